/* cmd_agenda.c: parley check, which validates agendas without a meeting. */
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "agenda.h"
#include "cmd.h"

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
		if (code != 0)
			fprintf(stderr, code == EX_NOINPUT ? "parley: %s\n" :
			    "%s\n", report);
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
