/* json.c: a streaming JSON writer that tracks nesting and commas. */
#include "json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "util.h"

/* Start a document. */
void
json_init(struct json *j, FILE *f, int flat_from)
{
	memset(j, 0, sizeof *j);
	sink_init(&j->k, f);
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
		sink_putc(&j->k, ',');
	if (j->count[j->depth] < 2)
		j->count[j->depth]++;
	if (j->depth >= j->flat_from) {
		if (j->count[j->depth] > 1)
			sink_putc(&j->k, ' ');
		return;
	}
	sink_putc(&j->k, '\n');
	for (i = 0; i < j->depth; i++)
		sink_put(&j->k, "  ", 2);
}

/* After a value: a whole document goes to the stream at once. */
static void
after(struct json *j)
{
	if (j->depth == 0)
		sink_flush(&j->k);
}

/* Open a container. */
static void
open_container(struct json *j, int c)
{
	before(j);
	sink_putc(&j->k, c);
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
		sink_putc(&j->k, '\n');
		for (i = 0; i < j->depth; i++)
			sink_put(&j->k, "  ", 2);
	}
	sink_putc(&j->k, c);
	after(j);
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
 * Put a string literal, always valid UTF-8. What needs no escape goes in
 * runs, not a character at a time: long lists are made of this.
 */
static void
string_into(struct sink *k, const char *s)
{
	size_t n, at = 0, run = 0, len;
	unsigned int cp;
	const char *e;
	char buf[8];

	if (s == NULL) {
		sink_put(k, "null", 4);
		return;
	}
	if (!plain[' ']) {
		for (cp = 0x20; cp < 0x7f; cp++)
			plain[cp] = cp != '"' && cp != '\\';
	}
	sink_putc(k, '"');
	n = strlen(s);
	while (at < n) {
		if (plain[(unsigned char)s[at]]) {
			at++;
			continue;
		}
		len = utf8_decode(s + at, n - at, &cp);
		if ((e = escape(cp, len, buf)) != NULL) {
			sink_put(k, s + run, at - run);
			sink_puts(k, e);
			run = at + len;
		}
		at += len;
	}
	sink_put(k, s + run, at - run);
	sink_putc(k, '"');
}

/* Write a string literal to f. */
void
json_write_string(FILE *f, const char *s)
{
	sink_text(f, string_into, s);
}

/* The key of the next value. */
void
json_key(struct json *j, const char *key)
{
	before(j);
	/* A name from the program, not text from anyone: nothing to escape. */
	sink_putc(&j->k, '"');
	sink_puts(&j->k, key);
	sink_put(&j->k, "\": ", 3);
	j->after_key = 1;
}

void
json_string(struct json *j, const char *s)
{
	before(j);
	string_into(&j->k, s);
	after(j);
}

void
json_int(struct json *j, long v)
{
	before(j);
	format_long_into(&j->k, v, 0);
	after(j);
}

/* A number as the shortest text that reads back the same. */
void
json_double(struct json *j, double v)
{
	char buf[32];

	before(j);
	sink_puts(&j->k, isfinite(v) ? format_double(buf, v) : "null");
	after(j);
}

void
json_bool(struct json *j, int v)
{
	before(j);
	sink_puts(&j->k, v ? "true" : "false");
	after(j);
}

void
json_null(struct json *j)
{
	before(j);
	sink_puts(&j->k, "null");
	after(j);
}

/* End the document. */
void
json_end(struct json *j)
{
	sink_putc(&j->k, '\n');
	sink_flush(&j->k);
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
