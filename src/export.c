/* export.c: the table of minutes formats, and writing one to a file whole. */
#include "export.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "outfile.h"
#include "util.h"

/* Every format, in the order help lists them; md is the default. */
static const struct export_format *const formats[] = {
	&export_json,
	&export_csv,
	&export_ics,
};

#define NFORMATS (sizeof formats / sizeof formats[0])

/* The format named name. */
const struct export_format *
export_find(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < NFORMATS; i++) {
		if (strcmp(formats[i]->name, name) == 0)
			return formats[i];
	}
	return NULL;
}

/* The names of the formats, for messages. */
const char *
export_names(void)
{
	return "md, html, json, csv or ics";
}

/* Write the minutes to path whole, or leave what was there. */
int
export_write(const struct export_format *fmt, const struct meeting_view *v,
    const char *path, char **cause)
{
	struct outfile o;
	int code;

	if ((code = outfile_open(&o, path, view_private(v), cause)) != 0)
		return code;
	if (fmt->write(o.f, v, cause) != 0) {
		outfile_abort(&o);
		return 70;
	}
	return outfile_commit(&o, cause);
}

/* The file name minutes are saved under. */
char *
export_file_name(const struct export_format *fmt,
    const struct meeting_view *v)
{
	char day[20];

	clock_iso(v->m->started_at, day);
	day[10] = '\0';
	return xasprintf("minutes-%s-meeting-%ld%s.%s", day, v->m->id,
	    view_private(v) ? "-private" : "", fmt->ext);
}

/* The side as a word. */
const char *
export_side(enum side s)
{
	return agenda_side_name(s);
}

/* A long date of an ISO time. */
void
export_long_date(const char *iso, char buf[48])
{
	struct tm tm;
	time_t t;

	if (clock_parse_iso(iso, &t) != 0) {
		snprintf(buf, 48, "%s", iso);
		return;
	}
	localtime_r(&t, &tm);
	strftime(buf, 48, "%A %d %B %Y", &tm);
}
