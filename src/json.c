/* json.c: a streaming JSON writer that tracks nesting and commas. */
#include "json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "util.h"

/*
 * One character: putc_unlocked, a macro that writes into the buffer, for
 * Parley writes each stream from one thread and a JSON list of thousands
 * of items writes millions of these.
 */
#define PUT(c, f) putc_unlocked((c), (f))

/* Write n bytes of s: a short run with PUT, cheaper than a call. */
static void
put_run(FILE *f, const char *s, size_t n)
{
	if (n > 24) {
		fwrite(s, 1, n, f);
		return;
	}
	while (n-- > 0)
		PUT(*s++, f);
}

/* Start a document. */
void
json_init(struct json *j, FILE *f, int flat_from)
{
	memset(j, 0, sizeof *j);
	j->f = f;
	j->flat_from = flat_from;
}

/* Before a value or key: the comma and line break it needs. */
static void
before(struct json *j)
{
	int i;

	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->depth == 0)
		return;
	if (j->count[j->depth] > 0)
		PUT(',', j->f);
	if (j->count[j->depth] < 2)
		j->count[j->depth]++;
	if (j->depth >= j->flat_from) {
		if (j->count[j->depth] > 1)
			PUT(' ', j->f);
		return;
	}
	PUT('\n', j->f);
	for (i = 0; i < j->depth; i++)
		fputs("  ", j->f);
}

/* Open a container. */
static void
open_container(struct json *j, int c)
{
	before(j);
	PUT(c, j->f);
	if (j->depth + 1 >= JSON_MAX_DEPTH)
		util_fatal(70, "JSON nested too deep");
	j->count[++j->depth] = 0;
}

/* Close a container, on a line of its own when it held something. */
static void
close_container(struct json *j, int c)
{
	int i, had = j->count[j->depth] > 0;

	j->depth--;
	if (had && j->depth + 1 < j->flat_from) {
		PUT('\n', j->f);
		for (i = 0; i < j->depth; i++)
			fputs("  ", j->f);
	}
	PUT(c, j->f);
}

void
json_object_begin(struct json *j)
{
	open_container(j, '{');
}

void
json_object_end(struct json *j)
{
	close_container(j, '}');
}

void
json_array_begin(struct json *j)
{
	open_container(j, '[');
}

void
json_array_end(struct json *j)
{
	close_container(j, ']');
}

/* The key of the next value. */
void
json_key(struct json *j, const char *key)
{
	before(j);
	json_write_string(j->f, key);
	PUT(':', j->f);
	PUT(' ', j->f);
	j->after_key = 1;
}

/* The escape JSON needs for code point cp (len bytes), or NULL for none. */
static const char *
escape(unsigned int cp, size_t len, char buf[8])
{
	switch (cp) {
	case '"':
		return "\\\"";
	case '\\':
		return "\\\\";
	case '\n':
		return "\\n";
	case '\r':
		return "\\r";
	case '\t':
		return "\\t";
	}
	if (cp == 0xfffd && len == 1)
		return "\xef\xbf\xbd"; /* an invalid byte */
	/*
	 * What the terminal filter stops (C0, DEL, C1, bidirectional
	 * controls) escaped, so the text reaches a script whole and a
	 * terminal harmless; and the two JavaScript line ends.
	 */
	if (format_safe_cp(cp, len, buf) > 0 || cp == 0x2028 || cp == 0x2029) {
		snprintf(buf, 8, "\\u%04x", cp);
		return buf;
	}
	return NULL;
}

/* 1 for a byte a string holds as it is: printable ASCII but " and \\. */
static unsigned char plain[256];

/*
 * Write a string literal, always valid UTF-8. What needs no escape goes
 * out in runs, not a character at a time: long lists are made of this.
 */
void
json_write_string(FILE *f, const char *s)
{
	size_t n, at = 0, run = 0, len;
	unsigned int cp;
	const char *e;
	char buf[8];

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	if (!plain[' ']) {
		for (cp = 0x20; cp < 0x7f; cp++)
			plain[cp] = cp != '"' && cp != '\\';
	}
	PUT('"', f);
	n = strlen(s);
	while (at < n) {
		if (plain[(unsigned char)s[at]]) {
			at++;
			continue;
		}
		len = utf8_decode(s + at, n - at, &cp);
		if ((e = escape(cp, len, buf)) != NULL) {
			put_run(f, s + run, at - run);
			fputs(e, f);
			run = at + len;
		}
		at += len;
	}
	put_run(f, s + run, at - run);
	PUT('"', f);
}

void
json_string(struct json *j, const char *s)
{
	before(j);
	json_write_string(j->f, s);
}

void
json_int(struct json *j, long v)
{
	before(j);
	format_long(j->f, v, 0);
}

/* A number as the shortest text that reads back the same. */
void
json_double(struct json *j, double v)
{
	char buf[32];

	before(j);
	if (!isfinite(v)) {
		fputs("null", j->f);
		return;
	}
	fputs(format_double(buf, v), j->f);
}

void
json_bool(struct json *j, int v)
{
	before(j);
	fputs(v ? "true" : "false", j->f);
}

void
json_null(struct json *j)
{
	before(j);
	fputs("null", j->f);
}

/* End the document. */
void
json_end(struct json *j)
{
	PUT('\n', j->f);
}

void
json_kv_string(struct json *j, const char *key, const char *s)
{
	json_key(j, key);
	json_string(j, s);
}

void
json_kv_int(struct json *j, const char *key, long v)
{
	json_key(j, key);
	json_int(j, v);
}

void
json_kv_bool(struct json *j, const char *key, int v)
{
	json_key(j, key);
	json_bool(j, v);
}

void
json_kv_id(struct json *j, const char *key, long id)
{
	json_key(j, key);
	if (id != 0)
		json_int(j, id);
	else
		json_null(j);
}
