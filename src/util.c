/* util.c: allocation, strings, fatal errors, UTF-8 and the clock. */
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "date.h"

static void (*fatal_hook)(void);
static time_t clock_offset;

/* Die for want of memory. */
static _Noreturn void
out_of_memory(void)
{
	util_fatal(70, "out of memory");
}

/* Allocate or die. */
void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

/* Allocate zeroed memory or die. */
void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		out_of_memory();
	return p;
}

/* Resize or die. */
void *
xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (p == NULL)
		out_of_memory();
	return p;
}

/* Resize an array, checking n * size for overflow. */
void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > (size_t)-1 / size)
		out_of_memory();
	return xrealloc(p, n * size);
}

/* Duplicate a string or die. */
char *
xstrdup(const char *s)
{
	return s == NULL ? NULL : xstrndup(s, strlen(s));
}

/* Duplicate at most n bytes of s. */
char *
xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* vprintf into a new string. */
char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list copy;
	int len;
	char *p;

	va_copy(copy, ap);
	len = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (len < 0)
		util_fatal(70, "bad format string");
	p = xmalloc((size_t)len + 1);
	vsnprintf(p, (size_t)len + 1, fmt, ap);
	return p;
}

/* printf into a new string. */
char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

/* Set the function that restores the terminal before a fatal message. */
void
util_set_fatal_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

/* Restore the terminal, print the message, exit. */
void
util_fatal(int code, const char *fmt, ...)
{
	va_list ap;

	if (fatal_hook != NULL)
		fatal_hook();
	fputs("parley: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(code);
}

/* Store a formatted message in *cause; always returns -1. */
int
util_fail(char **cause, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	util_vfail(cause, fmt, ap);
	va_end(ap);
	return -1;
}

/* As util_fail, with a va_list. */
int
util_vfail(char **cause, const char *fmt, va_list ap)
{
	if (cause == NULL)
		return -1;
	free(*cause);
	*cause = xvasprintf(fmt, ap);
	return -1;
}

/* Trim ASCII white space at both ends, in place. */
char *
util_trim(char *s)
{
	char *start = s;
	size_t len;

	while (isspace((unsigned char)*start))
		start++;
	len = strlen(start);
	while (len > 0 && isspace((unsigned char)start[len - 1]))
		len--;
	memmove(s, start, len);
	s[len] = '\0';
	return s;
}

/* Is s empty or white space only? */
int
util_parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	if (s == NULL)
		return -1;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	while (*end == ' ' || *end == '\t')
		end++;
	if (errno == ERANGE || *end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

void
util_free_strings(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int
util_blank(const char *s)
{
	if (s == NULL)
		return 1;
	for (; *s != '\0'; s++) {
		if (!isspace((unsigned char)*s))
			return 0;
	}
	return 1;
}

/* Compare ignoring ASCII case. */
int
util_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = tolower((unsigned char)*a);
		int cb = tolower((unsigned char)*b);

		if (ca != cb || ca == '\0')
			return ca - cb;
	}
}

/* Compare at most n bytes ignoring ASCII case. */
int
util_ncasecmp(const char *a, const char *b, size_t n)
{
	for (; n > 0; n--, a++, b++) {
		int ca = tolower((unsigned char)*a);
		int cb = tolower((unsigned char)*b);

		if (ca != cb || ca == '\0')
			return ca - cb;
	}
	return 0;
}

/* Decode one code point; invalid bytes become U+FFFD. */
size_t
utf8_decode(const char *s, size_t n, unsigned int *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len, i;
	unsigned int c;

	if (n == 0 || u[0] == '\0')
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if ((u[0] & 0xe0) == 0xc0) {
		len = 2;
		c = u[0] & 0x1f;
	} else if ((u[0] & 0xf0) == 0xe0) {
		len = 3;
		c = u[0] & 0x0f;
	} else if ((u[0] & 0xf8) == 0xf0) {
		len = 4;
		c = u[0] & 0x07;
	} else
		goto bad;
	if (len > n)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (u[i] & 0x3f);
	}
	/* Refuse overlong forms, surrogates and values past U+10FFFF. */
	if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) ||
	    (len == 4 && c < 0x10000) || c > 0x10ffff ||
	    (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return len;
bad:
	*cp = 0xfffd;
	return 1;
}

/* Encode one code point as UTF-8. */
size_t
utf8_encode(unsigned int cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* Take the user's locale, with UTF-8 text and C numbers. */
int
util_locale(void)
{
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return 0;
	if (setlocale(LC_CTYPE, "C.UTF-8") != NULL &&
	    strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return 0;
	return -1;
}

/* Decode one typed character, reading a stray byte as Latin-1. */
size_t
utf8_decode_typed(const char *s, size_t n, int more, unsigned int *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t want, i, len;

	want = u[0] >= 0xf0 && u[0] <= 0xf4 ? 4 : u[0] >= 0xe0 ? 3 :
	    u[0] >= 0xc2 ? 2 : 1;
	if (more && n < want && u[0] < 0xf5) {
		for (i = 1; i < n && (u[i] & 0xc0) == 0x80; i++)
			;
		if (i == n)
			return 0;
	}
	len = utf8_decode(s, n, cp);
	if (*cp == 0xfffd && len == 1)
		*cp = u[0] >= 0xa0 ? u[0] : 0xfffd;
	return len;
}

/* Check text for what must not be stored or shown raw. */
int
utf8_check_text(const char *s, size_t n, int lines, unsigned int *cp,
    size_t *at)
{
	size_t i, len;
	unsigned int c;

	for (i = 0; i < n; i += len) {
		/* utf8_decode stops at a NUL: it is a control like any. */
		if ((len = utf8_decode(s + i, n - i, &c)) == 0) {
			c = 0;
			len = 1;
		}
		if ((c == 0xfffd && len == 1) || c == 0x7f ||
		    (c >= 0x80 && c <= 0x9f) ||
		    (c < 0x20 && !(lines && (c == '\n' || c == '\t')))) {
			if (cp != NULL)
				*cp = c;
			if (at != NULL)
				*at = i;
			return -1;
		}
	}
	return 0;
}

/* Columns one code point takes on a terminal. */
int
utf8_cp_width(unsigned int cp)
{
	int w = wcwidth((wchar_t)cp);

	if (w >= 0)
		return w;
	/* Outside a UTF-8 locale wcwidth knows nothing: guess one column. */
	(void)cp;
	return 1;
}

/* Columns a UTF-8 string takes on a terminal. */
int
utf8_width(const char *s)
{
	size_t n = strlen(s), len;
	unsigned int cp;
	int width = 0;

	while ((len = utf8_decode(s, n, &cp)) > 0) {
		width += utf8_cp_width(cp);
		s += len;
		n -= len;
	}
	return width;
}

/* The number the n digits at s spell, or -1 if one is not a digit. */
static int
iso_digits(const char *s, size_t n)
{
	size_t i;
	int v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * Split "YYYY-MM-DD[THH:MM[:SS]]" into tm: digits only, a date on the
 * calendar in the years 0001 to 9999, a time of day that exists. 0, or -1.
 */
static int
iso_split(const char *s, struct tm *tm)
{
	size_t len = strlen(s);
	int y, mo, d, h = 0, mi = 0, sec = 0;

	if ((len != 10 && len != 16 && len != 19) || s[4] != '-' ||
	    s[7] != '-')
		return -1;
	y = iso_digits(s, 4);
	mo = iso_digits(s + 5, 2);
	d = iso_digits(s + 8, 2);
	if (len > 10) {
		if ((s[10] != 'T' && s[10] != ' ') || s[13] != ':')
			return -1;
		h = iso_digits(s + 11, 2);
		mi = iso_digits(s + 14, 2);
	}
	if (len == 19 && (s[16] != ':' || (sec = iso_digits(s + 17, 2)) < 0))
		return -1;
	if (!date_valid(y, mo, d) || h < 0 || h > 23 || mi < 0 || mi > 59 ||
	    sec > 59)
		return -1;
	memset(tm, 0, sizeof *tm);
	tm->tm_year = y - 1900;
	tm->tm_mon = mo - 1;
	tm->tm_mday = d;
	tm->tm_hour = h;
	tm->tm_min = mi;
	tm->tm_sec = sec;
	tm->tm_isdst = -1;
	return 0;
}

/* Parse "YYYY-MM-DD[THH:MM[:SS]]" as local time. */
int
clock_parse_iso(const char *s, time_t *out)
{
	struct tm tm;

	if (iso_split(s, &tm) != 0)
		return -1;
	*out = mktime(&tm);
	return *out == (time_t)-1 ? -1 : 0;
}

/* Is s a time clock_parse_iso reads? Without mktime's cost. */
int
clock_valid_iso(const char *s)
{
	struct tm tm;

	return iso_split(s, &tm) == 0;
}

/* Start Parley's clock at $PARLEY_NOW when it is set. */
int
clock_init(char **cause)
{
	const char *env = getenv("PARLEY_NOW");
	time_t t;

	clock_offset = 0;
	if (env == NULL || *env == '\0')
		return 0;
	if (clock_parse_iso(env, &t) != 0)
		return util_fail(cause, "PARLEY_NOW: '%s' is not a time Parley "
		    "accepts: YYYY-MM-DDTHH:MM:SS (the seconds, or the whole "
		    "time, may be left out), a date on the calendar in the "
		    "years 0001 to 9999, local time", env);
	clock_offset = t - time(NULL);
	return 0;
}

/* The time Parley believes it is. */
time_t
clock_time(void)
{
	return time(NULL) + clock_offset;
}

/*
 * Format t as local ISO 8601 without zone. A time past 9999 (or before
 * the year 1) is written as the last (first) second there is: never cut
 * short, always a time clock_parse_iso reads back.
 */
void
clock_iso(time_t t, char buf[20])
{
	struct tm tm;
	char text[64];

	if (localtime_r(&t, &tm) == NULL)
		memcpy(buf, t < 0 ? "0001-01-01T00:00:00" :
		    "9999-12-31T23:59:59", 20);
	else if (tm.tm_year > 9999 - 1900)
		memcpy(buf, "9999-12-31T23:59:59", 20);
	else if (tm.tm_year < 1 - 1900)
		memcpy(buf, "0001-01-01T00:00:00", 20);
	else {
		/* Not strftime: its %Y writes the year 999 as "999". */
		snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
		    tm.tm_min, tm.tm_sec);
		memcpy(buf, text, 20);
	}
}
