/* cmd_action.c: action items between meetings: parley actions. */
#include <stdio.h>
#include <string.h>

#include "action.h"
#include "cmd.h"
#include "session.h"
#include "store.h"

/* parley actions [--all] [--owner NAME] [--overdue] [--format F] */
static int
exec_actions(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct action_filter f = { 0 };
	struct action_list l;
	struct store *st;
	const char *format = cmd_opt(args, "format");
	char *cause = NULL, today[11];
	int code;

	if (format == NULL)
		format = "table";
	if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0 &&
	    strcmp(format, "json") != 0)
		return cmd_usage_error(args, "actions: --format is table, csv "
		    "or json, not '%s'", format);
	f.all = cmd_flag(args, "all");
	f.owner = cmd_opt(args, "owner");
	date_format(session_today(), today);
	if (cmd_flag(args, "overdue"))
		f.due_before = today;
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (store_actions(st, &f, &l, &cause) != 0) {
		code = cmd_failed(store_error_code(st), cause);
		store_close(st);
		return code;
	}
	if (strcmp(format, "csv") == 0)
		action_write_csv(stdout, &l);
	else if (strcmp(format, "json") == 0)
		action_write_json(stdout, &l);
	else
		action_write_table(stdout, &l, today);
	action_list_fini(&l);
	store_close(st);
	return 0;
}

const struct cmd_entry cmd_actions = {
	"actions", "[--all] [--owner NAME] [--overdue] [--format table|csv|json]",
	"all owner= overdue format=", 0, 0, exec_actions, NULL
};
