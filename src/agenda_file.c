/* agenda_file.c: an agenda read from a file, with its problems as a report. */
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>

#include "agenda.h"
#include "util.h"

/* A report shows this many problems, then says how many more there are. */
#define REPORT_MAX 100

/*
 * Join the problems as "PATH:LINE:COLUMN: message" lines ("PATH: message"
 * for a problem with no position), the first REPORT_MAX of them, in one
 * pass: a file of 10,000 mistakes costs no more than its length.
 */
static char *
report_diags(const char *path, const struct agenda_diags *d)
{
	char *out = NULL;
	size_t size = 0, i;
	FILE *f = open_memstream(&out, &size);

	if (f == NULL)
		util_fatal(70, "out of memory");
	for (i = 0; i < d->n && i < REPORT_MAX; i++) {
		if (d->v[i].line > 0)
			fprintf(f, "%s%s:%d:%d: %s", i > 0 ? "\n" : "", path,
			    d->v[i].line, d->v[i].column, d->v[i].message);
		else
			fprintf(f, "%s%s: %s", i > 0 ? "\n" : "", path,
			    d->v[i].message);
	}
	if (d->n > REPORT_MAX)
		fprintf(f, "\n%s: and %zu more problem%s", path,
		    d->n - REPORT_MAX, d->n - REPORT_MAX == 1 ? "" : "s");
	if (fclose(f) != 0)
		util_fatal(70, "out of memory");
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
