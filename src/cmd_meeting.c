/* cmd_meeting.c: the record of meetings: parley meetings. */
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "meeting.h"
#include "store.h"

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
		printf("%4ld  %-16s  %-11s  %7d  %s\n", rows.v[i].id, day,
		    rows.v[i].status == MEETING_LIVE ? "in progress" : "ended",
		    rows.v[i].nactions, rows.v[i].title);
	}
	meeting_rows_fini(&rows);
	store_close(st);
	return 0;
}

const struct cmd_entry cmd_meetings = {
	"meetings", "", "", 0, 0, exec_meetings, NULL
};
