/* cmd_agenda.c: parley check, which validates agendas without a meeting. */
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "agenda.h"
#include "cmd.h"
#include "format.h"
#include "util.h"

/* parley check AGENDA...: silent when every agenda is valid. */
static int
exec_check(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct agenda *a;
	char *text, *report;
	int i, code, worst = 0;

	(void)ctx;
	for (i = 0; i < args->argc; i++) {
		report = NULL;
		code = agenda_read_file(args->argv[i], &text, &a, &report);
		if (code == EX_NOINPUT)
			cmd_failed(0, xstrdup(report));
		else if (code != 0) {
			/* FILE:LINE:COLUMN: lines, quoting the file. */
			format_lines(stderr, report);
			fputc('\n', stderr);
		}
		if (code > worst)
			worst = code;
		free(report);
		free(text);
		agenda_free(a);
	}
	return worst;
}

const struct cmd_entry cmd_check = {
	"check", "AGENDA...", NULL, 1, -1, exec_check, NULL
};
