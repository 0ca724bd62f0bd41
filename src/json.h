/*
 * json.h: one small streaming JSON writer for every JSON Parley prints. It
 * tracks nesting and commas, so no caller places either by hand, and
 * writes strings as valid UTF-8 whatever bytes it is given.
 */
#ifndef PARLEY_JSON_H
#define PARLEY_JSON_H

#include <stdio.h>

#include "sink.h"

#define JSON_MAX_DEPTH 16

struct json {
	struct sink k;       /* the document, handed to its stream in blocks */
	int depth;
	int flat_from;       /* containers this deep or deeper go on one line */
	int after_key;       /* a key was written: its value comes next */
	unsigned char count[JSON_MAX_DEPTH];  /* values so far, capped at 2 */
};

/*
 * Start writing to f. Containers nested flat_from deep or deeper are
 * written on one line ("{"id": 1, ...}"); shallower ones put each value on
 * a line of its own, indented two spaces a level. What is written is
 * held and handed to f in blocks, the rest when the outermost value is
 * whole: nothing else writes to f until then.
 */
void json_init(struct json *j, FILE *f, int flat_from);
void json_object_begin(struct json *j);
void json_object_end(struct json *j);
void json_array_begin(struct json *j);
void json_array_end(struct json *j);
/*
 * The key of the next value in an object: a name the program gives, in
 * printable ASCII without " or \, written as it is.
 */
void json_key(struct json *j, const char *key);
/* A string; NULL is written as null. */
void json_string(struct json *j, const char *s);
void json_int(struct json *j, long v);
/* A number; NaN and infinities are written as null. */
void json_double(struct json *j, double v);
void json_bool(struct json *j, int v);
void json_null(struct json *j);
/* End the document with a newline, and hand all of it to f. */
void json_end(struct json *j);

/* A key and its value, in one call. */
void json_kv_string(struct json *j, const char *key, const char *s);
void json_kv_int(struct json *j, const char *key, long v);
void json_kv_bool(struct json *j, const char *key, int v);
/* A key and an id, null when 0. */
void json_kv_id(struct json *j, const char *key, long id);

/*
 * Write s as a JSON string literal: quotes and backslashes escaped, control
 * characters as \n, \t or \u00XX, U+2028 and U+2029 escaped, each byte
 * that is not part of valid UTF-8 replaced by U+FFFD. NULL: null.
 */
void json_write_string(FILE *f, const char *s);

#endif
