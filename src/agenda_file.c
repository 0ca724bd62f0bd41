/* agenda_file.c: an agenda read from a file, with its problems as a report. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "util.h"

#define EX_DATAERR_ 65
#define EX_NOINPUT_ 66

/* Read a whole file into a new NUL-terminated string. */
static int
slurp(const char *path, char **text, size_t *len, char **cause)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 4096, n = 0, got;
	char *buf;

	if (f == NULL)
		return util_fail(cause, "%s: %s", path, strerror(errno));
	buf = xmalloc(cap);
	while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (cap - n - 1 == 0)
			buf = xrealloc(buf, cap *= 2);
	}
	if (ferror(f)) {
		util_fail(cause, "%s: %s", path, strerror(errno));
		free(buf);
		fclose(f);
		return -1;
	}
	fclose(f);
	buf[n] = '\0';
	*text = buf;
	*len = n;
	return 0;
}

/* Join every diagnostic as "PATH:LINE:COLUMN: message" lines. */
static char *
report_diags(const char *path, const struct agenda_diags *d)
{
	char *out = xstrdup(""), *line;
	size_t i;

	for (i = 0; i < d->n; i++) {
		line = xasprintf("%s%s%s:%d:%d: %s", out, i > 0 ? "\n" : "",
		    path, d->v[i].line, d->v[i].column, d->v[i].message);
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
	size_t len = 0;
	int code = 0;

	*text = NULL;
	*out = NULL;
	if (slurp(path, text, &len, report) != 0)
		return EX_NOINPUT_;
	if (agenda_parse(*text, len, out, &diags) != 0) {
		free(*report);
		*report = report_diags(path, &diags);
		free(*text);
		*text = NULL;
		code = EX_DATAERR_;
	}
	agenda_diags_fini(&diags);
	return code;
}
