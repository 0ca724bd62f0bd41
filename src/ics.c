/* ics.c: iCalendar content lines: TEXT escaping and folding at 75 octets. */
#include "ics.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "format.h"
#include "util.h"

#define REPLACEMENT "\xef\xbf\xbd"   /* U+FFFD */

/* Write a content line folded at ICS_LINE_OCTETS, whole characters only. */
void
ics_write_line(FILE *f, const char *line)
{
	size_t n = strlen(line), len, used = 0;
	unsigned int cp;

	while ((len = utf8_decode(line, n, &cp)) > 0) {
		/* utf8_decode gives an invalid byte alone: it is kept alone. */
		if (used + len > ICS_LINE_OCTETS) {
			fputs("\r\n ", f);
			used = 1;
		}
		fwrite(line, 1, len, f);
		used += len;
		line += len;
		n -= len;
	}
	fputs("\r\n", f);
}

/* Append len bytes of s to the growing string *buf. */
static void
append(char **buf, size_t *n, size_t *cap, const char *s, size_t len)
{
	if (*n + len + 1 > *cap) {
		*cap = (*n + len + 1) * 2;
		*buf = xrealloc(*buf, *cap);
	}
	memcpy(*buf + *n, s, len);
	*n += len;
	(*buf)[*n] = '\0';
}

/* Escape s as an iCalendar TEXT value. */
char *
ics_text(const char *s)
{
	size_t n, len, out = 0, cap = 16;
	char pic[8];
	char *buf = xmalloc(cap);
	unsigned int cp;

	buf[0] = '\0';
	n = s != NULL ? strlen(s) : 0;
	while ((len = utf8_decode(s, n, &cp)) > 0) {
		if (cp == '\\' || cp == ';' || cp == ',') {
			append(&buf, &out, &cap, "\\", 1);
			append(&buf, &out, &cap, s, 1);
		} else if (cp == '\r' || cp == '\n') {
			/* CRLF is one line break, not two. */
			if (cp == '\r' && n > 1 && s[1] == '\n')
				len = 2;
			append(&buf, &out, &cap, "\\n", 2);
		} else if (cp != '\t' && format_safe_cp(cp, len, pic) > 0)
			append(&buf, &out, &cap, REPLACEMENT, 3);
		else
			append(&buf, &out, &cap, s, len);
		s += len;
		n -= len;
	}
	return buf;
}

/* Write a property whose value needs no escaping. */
void
ics_prop(FILE *f, const char *name, const char *value)
{
	char *line = xasprintf("%s:%s", name, value);

	ics_write_line(f, line);
	free(line);
}

/* Write a TEXT property. */
void
ics_prop_text(FILE *f, const char *name, const char *text)
{
	char *value = ics_text(text);

	ics_prop(f, name, value);
	free(value);
}

/* The UTC form of a local ISO time. */
int
ics_utc(const char *iso, char buf[17])
{
	struct tm tm;
	time_t t;

	if (iso == NULL || clock_parse_iso(iso, &t) != 0 ||
	    gmtime_r(&t, &tm) == NULL)
		return -1;
	strftime(buf, 17, "%Y%m%dT%H%M%SZ", &tm);
	return 0;
}
