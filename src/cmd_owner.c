/* cmd_owner.c: who owns what, and how much of it they did: parley owners. */
#include <stdio.h>

#include "cmd.h"
#include "owner.h"
#include "session.h"
#include "store.h"

/* parley owners */
static int
exec_owners(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct owner_filter f = { NULL, 0, OWNER_MEETINGS, 0 };
	struct owner_list l;
	struct store *st;
	char today[11], *cause = NULL;
	int code;

	(void)args;
	date_format(session_today(), today);
	f.today = today;
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (store_owners(st, &f, &l, &cause) != 0)
		code = cmd_failed(store_error_code(st), cause);
	else
		owner_write_table(stdout, &l);
	owner_list_fini(&l);
	store_close(st);
	return code;
}

const struct cmd_entry cmd_owners = {
	"owners", "", "", 0, 0, exec_owners, NULL
};
