/*
 * cmd_parking.c: the parking lot between meetings: parley parking lists
 * what is still open, parking close and parking reopen change one.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "format.h"
#include "store.h"
#include "util.h"

/* parley parking: every parked topic still open, oldest first. */
static int
exec_parking(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct entry_list l;
	struct store *st;
	char *cause = NULL;
	size_t i;
	int code;

	(void)args;
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (store_parking_lot(st, 0, &l, &cause) != 0) {
		code = cmd_failed(store_error_code(st), cause);
		goto out;
	}
	if (l.n == 0)
		puts("The parking lot is empty.");
	for (i = 0; i < l.n; i++) {
		/* Someone else's words: nothing in them steers the terminal. */
		printf("#%ld  parked %.10s in meeting %ld  ", l.v[i].id,
		    l.v[i].created_at, l.v[i].meeting_id);
		format_text(stdout, l.v[i].text);
		putchar('\n');
	}
out:
	entry_list_fini(&l);
	store_close(st);
	return code;
}

/* parley parking close ID, parking reopen ID. */
static int
change(struct cmd_ctx *ctx, struct cmd_args *args, int closed)
{
	struct store *st;
	char *cause = NULL;
	long id;
	int code;

	if (cmd_parse_id(args->argv[0], &id) != 0)
		return cmd_usage_error(args, "parking %s: '%s' is not an id",
		    closed ? "close" : "reopen", args->argv[0]);
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (store_parking_close(st, id, closed, clock_time(), &cause) != 0)
		code = cmd_failed(store_error_code(st), cause);
	else
		printf("Parked topic #%ld %s.\n", id, closed ? "closed" :
		    "reopened: the next meeting carries it again");
	store_close(st);
	return code;
}

/* Close a parked topic. */
static int
exec_close(struct cmd_ctx *ctx, struct cmd_args *args)
{
	return change(ctx, args, 1);
}

/* Open a closed one again. */
static int
exec_reopen(struct cmd_ctx *ctx, struct cmd_args *args)
{
	return change(ctx, args, 0);
}

static const struct cmd_entry parking_subs[] = {
	{ "close", "ID", "", 1, 1, exec_close, NULL },
	{ "reopen", "ID", "", 1, 1, exec_reopen, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL },
};

const struct cmd_entry cmd_parking = {
	"parking", "", "", 0, 0, exec_parking, parking_subs
};
