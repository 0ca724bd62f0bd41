/* agenda_file.c: an agenda read from a file, with its problems as a report. */
#include <stdlib.h>
#include <sysexits.h>

#include "agenda.h"
#include "util.h"

/*
 * Join every problem as "PATH:LINE:COLUMN: message" lines ("PATH: message"
 * for a problem with no position).
 */
static char *
report_diags(const char *path, const struct agenda_diags *d)
{
	char *out = xstrdup(""), *line;
	size_t i;

	for (i = 0; i < d->n; i++) {
		if (d->v[i].line > 0)
			line = xasprintf("%s%s%s:%d:%d: %s", out, i > 0 ? "\n" :
			    "", path, d->v[i].line, d->v[i].column,
			    d->v[i].message);
		else
			line = xasprintf("%s%s%s: %s", out, i > 0 ? "\n" : "",
			    path, d->v[i].message);
		free(out);
		out = line;
	}
	return out;
}

/* Read and load an agenda file. */
int
agenda_read_file(const char *path, char **text, struct agenda **out,
    char **report)
{
	struct agenda_diags diags = { NULL, 0 };
	int rc = agenda_load(path, out, text, &diags);

	if (rc != 0) {
		free(*report);
		*report = report_diags(path, &diags);
	}
	agenda_diags_fini(&diags);
	return rc == 0 ? 0 : rc == -2 ? EX_NOINPUT : EX_DATAERR;
}
