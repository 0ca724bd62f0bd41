/* cmd_meeting.c: the record of meetings: parley meetings and export. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"
#include "export.h"
#include "format.h"
#include "meeting.h"
#include "store.h"
#include "util.h"
#include "view.h"

/* parley meetings */
static int
exec_meetings(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct store *st;
	struct meeting_rows rows;
	char *cause = NULL;
	size_t i;
	int code;

	(void)args;
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (store_meetings(st, &rows, &cause) != 0) {
		code = cmd_failed(store_error_code(st), cause);
		store_close(st);
		return code;
	}
	if (rows.n == 0)
		puts("No meetings yet: 'parley run' starts one.");
	else
		puts("  ID  DATE              STATUS       ACTIONS  TITLE");
	for (i = 0; i < rows.n; i++) {
		char day[17];

		snprintf(day, sizeof day, "%.10s %.5s", rows.v[i].started_at,
		    rows.v[i].started_at + 11);
		printf("%4ld  ", rows.v[i].id);
		format_pad(stdout, day, 16);
		printf("  %-11s  %7d  ", rows.v[i].status == MEETING_LIVE ?
		    "in progress" : "ended", rows.v[i].nactions);
		format_text(stdout, rows.v[i].title);
		putchar('\n');
	}
	meeting_rows_fini(&rows);
	store_close(st);
	return 0;
}

const struct cmd_entry cmd_meetings = {
	"meetings", "", "", 0, 0, exec_meetings, NULL
};

/*
 * The meeting an argument names: an id, or "last" (and none given): the
 * most recent, in progress or ended. 0 and *id, or a sysexits code.
 */
static int
which_meeting(struct store *st, const char *arg, long *id)
{
	char *cause = NULL;
	int rc;

	if (arg != NULL && strcmp(arg, "last") != 0) {
		if (cmd_parse_id(arg, id) == 0)
			return 0;
		return cmd_failed(EX_USAGE, xasprintf("'%s' is not a meeting: "
		    "give its id (parley meetings lists them) or last", arg));
	}
	rc = store_meeting_last(st, id, &cause);
	if (rc < 0)
		return cmd_failed(store_error_code(st), cause);
	if (rc == 0) {
		fputs("parley: no meetings yet: 'parley run' starts one\n",
		    stderr);
		return EX_NOINPUT;
	}
	return 0;
}

/* parley export [ID|last] [--format F] [-o FILE] [--include-private] */
static int
exec_export(struct cmd_ctx *ctx, struct cmd_args *args)
{
	const struct export_format *fmt = export_find(cmd_opt(args, "format") ?
	    cmd_opt(args, "format") : "md");
	const char *out = cmd_opt(args, "o") ? cmd_opt(args, "o") : "-";
	struct meeting_view v;
	struct store *st;
	char *cause = NULL;
	long id;
	int code;

	if (fmt == NULL)
		return cmd_usage_error(args, "export: --format is %s, not '%s'",
		    export_names(), cmd_opt(args, "format"));
	if (*out == '\0')
		return cmd_usage_error(args, "export: -o needs a file name, or "
		    "- for standard output");
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	memset(&v, 0, sizeof v);
	code = which_meeting(st, args->argc > 0 ? args->argv[0] : NULL, &id);
	if (code == 0 && view_load(st, id, cmd_flag(args, "include-private") ?
	    VIEW_MINUTES_PRIVATE : VIEW_MINUTES, &v, &cause) != 0)
		code = cmd_failed(store_error_code(st), cause);
	else if (code == 0 && (code = export_write(fmt, &v, out, &cause)) != 0)
		cmd_failed(code, cause);
	view_fini(&v);
	store_close(st);
	return code;
}

const struct cmd_entry cmd_export = {
	"export", "[ID|last] [--format md|html|json|csv|ics] [-o FILE] "
	"[--include-private]", "format= o= include-private", 0, 1,
	exec_export, NULL
};
