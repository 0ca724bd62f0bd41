/* cmd_followup.c: the private follow-ups, shown nowhere else: parley followups. */
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "format.h"
#include "objection.h"
#include "store.h"
#include "util.h"

/* List the private follow-ups still to raise with sales management. */
static int
list_followups(struct store *st)
{
	struct objection_list l;
	char *cause = NULL;
	size_t i;

	if (store_followups(st, &l, &cause) != 0)
		return cmd_failed(store_error_code(st), cause);
	if (l.n == 0)
		puts("No private follow-ups to raise.");
	for (i = 0; i < l.n; i++) {
		const struct objection *o = &l.v[i];

		printf("#%ld  %.10s  meeting %ld  %s said: ", o->id,
		    o->created_at, o->meeting_id, o->side == SIDE_SALES ?
		    "sales" : "marketing");
		format_text(stdout, o->statement);
		if (o->answer != NULL) {
			fputs("\n      answer: ", stdout);
			format_text(stdout, o->answer);
		}
		fputs("\n      follow-up: ", stdout);
		format_text(stdout, o->followup);
		putchar('\n');
	}
	objection_list_fini(&l);
	return 0;
}

/* parley followups: private, so shown only here. */
static int
exec_followups(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct store *st;
	int code;

	(void)args;
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	code = list_followups(st);
	store_close(st);
	return code;
}

/* parley followups done ID: raised with sales management. */
static int
exec_followup_done(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct store *st;
	char *cause = NULL;
	long id;
	int code;

	if (cmd_parse_id(args->argv[0], &id) != 0)
		return cmd_usage_error(args, "followups done: '%s' is not an "
		    "id", args->argv[0]);
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (store_followup_done(st, id, clock_time(), &cause) != 0)
		code = cmd_failed(store_error_code(st), cause);
	else
		printf("Follow-up #%ld marked raised.\n", id);
	store_close(st);
	return code;
}

static const struct cmd_entry followup_subs[] = {
	{ "done", "ID", "", 1, 1, exec_followup_done, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL },
};

const struct cmd_entry cmd_followups = {
	"followups", "", "", 0, 0, exec_followups, followup_subs
};
