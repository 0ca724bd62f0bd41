/* lineedit.c: a one-line UTF-8 text editor, free of any terminal. */
#include "lineedit.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/*
 * A "character" here is a base code point and the zero-width code points
 * (combining marks) that follow it: the cursor moves over, and Backspace and
 * Delete remove, whole characters, so the cursor never sits between a base
 * and its mark. The buffer is always valid UTF-8: lineedit_set stores each
 * invalid byte as U+FFFD. Kept raw, a bad byte would count as a code point
 * of its own only until a cut joined it to its neighbours into a valid
 * sequence, leaving the cursor inside that sequence.
 */

/* Make room for at least need bytes plus the NUL. */
static void
lineedit_reserve(struct lineedit *le, size_t need)
{
	if (need + 1 <= le->cap)
		return;
	le->cap = le->cap == 0 ? 32 : le->cap;
	while (le->cap < need + 1)
		le->cap *= 2;
	le->buf = xrealloc(le->buf, le->cap);
}

/* Find the code point at off and its length; 0 at the end. */
static size_t
lineedit_cp_at(const struct lineedit *le, size_t off, unsigned int *cp)
{
	return utf8_decode(le->buf + off, le->len - off, cp);
}

/* Find the start of the code point ending at off (off > 0). */
static size_t
lineedit_prev_cp(const struct lineedit *le, size_t off)
{
	unsigned int cp;
	size_t k;

	/*
	 * Try the longest sequence first: a valid sequence of k bytes ending
	 * here is what a forward decode would have found, since its trailing
	 * bytes cannot start anything.
	 */
	for (k = 4; k > 1; k--) {
		if (k <= off && utf8_decode(le->buf + off - k, k, &cp) == k)
			return off - k;
	}
	return off - 1;
}

/* Find the end of the character starting at off. */
static size_t
lineedit_next_char(const struct lineedit *le, size_t off)
{
	unsigned int cp;
	size_t n;

	if ((n = lineedit_cp_at(le, off, &cp)) == 0)
		return off;
	off += n;
	while ((n = lineedit_cp_at(le, off, &cp)) > 0 &&
	    utf8_cp_width(cp) == 0)
		off += n;
	return off;
}

/* Find the start of the character ending at off. */
static size_t
lineedit_prev_char(const struct lineedit *le, size_t off)
{
	unsigned int cp;

	while (off > 0) {
		off = lineedit_prev_cp(le, off);
		lineedit_cp_at(le, off, &cp);
		if (utf8_cp_width(cp) != 0)
			break;
	}
	return off;
}

/* Check for a blank that separates words. */
static int
lineedit_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Lower an ASCII letter; other bytes, UTF-8 included, stay as they are. */
static int
lineedit_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : (unsigned char)c;
}

/* Remove the bytes from..to, cursor at from; an edit ends the selection. */
static void
lineedit_cut(struct lineedit *le, size_t from, size_t to)
{
	le->selected = 0;
	memmove(le->buf + from, le->buf + to, le->len - to + 1);
	le->len -= to - from;
	le->cursor = from;
}

/* Start an editor holding a copy of initial. */
void
lineedit_init(struct lineedit *le, const char *initial)
{
	le->buf = NULL;
	le->len = le->cap = le->cursor = 0;
	le->selected = 0;
	lineedit_set(le, initial);
}

/* Free an editor's text. */
void
lineedit_fini(struct lineedit *le)
{
	free(le->buf);
	le->buf = NULL;
	le->len = le->cap = le->cursor = 0;
}

/* Replace the whole text and put the cursor at the end. */
void
lineedit_set(struct lineedit *le, const char *text)
{
	const char *s = text != NULL ? text : "";
	size_t len = strlen(s), off, n, out = 0;
	unsigned int cp;
	char *buf;

	/* A new buffer: text may point into our own. U+FFFD takes 3 bytes. */
	buf = xmalloc(3 * len + 1);
	for (off = 0; off < len; off += n) {
		n = utf8_decode(s + off, len - off, &cp);
		out += utf8_encode(cp, buf + out);
	}
	buf[out] = '\0';
	free(le->buf);
	le->buf = buf;
	le->cap = 3 * len + 1;
	le->len = le->cursor = out;
	le->selected = 0;
}

/* Select the whole text, so that typing replaces it. */
void
lineedit_select_all(struct lineedit *le)
{
	le->selected = le->len > 0;
}

/* Insert a code point at the cursor, ignoring control characters. */
void
lineedit_insert(struct lineedit *le, unsigned int cp)
{
	char enc[4];
	size_t n;

	if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return;
	if (le->selected) {
		le->buf[0] = '\0';
		le->len = le->cursor = 0;
		le->selected = 0;
	}
	n = utf8_encode(cp, enc);
	lineedit_reserve(le, le->len + n);
	memmove(le->buf + le->cursor + n, le->buf + le->cursor,
	    le->len - le->cursor + 1);
	memcpy(le->buf + le->cursor, enc, n);
	le->len += n;
	le->cursor += n;
}

/* Move the cursor one character left. */
void
lineedit_left(struct lineedit *le)
{
	le->selected = 0;
	le->cursor = lineedit_prev_char(le, le->cursor);
}

/* Move the cursor one character right. */
void
lineedit_right(struct lineedit *le)
{
	le->selected = 0;
	le->cursor = lineedit_next_char(le, le->cursor);
}

/* Move the cursor to the start. */
void
lineedit_home(struct lineedit *le)
{
	le->selected = 0;
	le->cursor = 0;
}

/* Move the cursor to the end. */
void
lineedit_end(struct lineedit *le)
{
	le->selected = 0;
	le->cursor = le->len;
}

/* Delete the character before the cursor. */
void
lineedit_backspace(struct lineedit *le)
{
	lineedit_cut(le, lineedit_prev_char(le, le->cursor), le->cursor);
}

/* Delete the character under the cursor. */
void
lineedit_delete(struct lineedit *le)
{
	lineedit_cut(le, le->cursor, lineedit_next_char(le, le->cursor));
}

/* Delete from the start to the cursor. */
void
lineedit_kill_start(struct lineedit *le)
{
	lineedit_cut(le, 0, le->cursor);
}

/* Delete the white space, then the word, before the cursor. */
void
lineedit_kill_word(struct lineedit *le)
{
	size_t from = le->cursor;

	/* ASCII blanks never occur inside a UTF-8 sequence. */
	while (from > 0 && lineedit_blank(le->buf[from - 1]))
		from--;
	while (from > 0 && !lineedit_blank(le->buf[from - 1]))
		from--;
	lineedit_cut(le, from, le->cursor);
}

/* Count the bytes a and b share at the start, ASCII case ignored. */
static size_t
lineedit_common(const char *a, const char *b)
{
	size_t i = 0;

	while (a[i] != '\0' && lineedit_lower(a[i]) == lineedit_lower(b[i]))
		i++;
	return i;
}

/* Does name start with the text from byte from to the cursor? */
int
lineedit_matches(const struct lineedit *le, size_t from, const char *name)
{
	size_t len = le->cursor - from;

	return name != NULL && strlen(name) >= len &&
	    util_ncasecmp(name, le->buf + from, len) == 0;
}

/*
 * Complete the text from byte from to the cursor against names. Returns
 * the number of names it starts (case-insensitively); with one or more, the
 * text grows to what they share, taken from the first.
 */
static size_t
lineedit_complete_from(struct lineedit *le, size_t from,
    const char *const *names, size_t n)
{
	const char *first = NULL;
	size_t i, count = 0, common = 0, off, step, len = le->cursor - from;
	unsigned int cp;
	char *rest;

	for (i = 0; i < n; i++) {
		if (!lineedit_matches(le, from, names[i]))
			continue;
		if (count++ == 0) {
			first = names[i];
			common = strlen(first);
		} else if (lineedit_common(first, names[i]) < common)
			common = lineedit_common(first, names[i]);
	}
	if (count == 0)
		return 0;

	/* Do not cut a multibyte character of the first match in half. */
	off = 0;
	while (off < common &&
	    (step = utf8_decode(first + off, strlen(first + off), &cp)) > 0 &&
	    off + step <= common)
		off += step;
	/* An empty run before more text only lists: never glue a name on. */
	if (off < len || (len == 0 && le->cursor < le->len))
		return count;
	rest = xstrdup(le->buf + le->cursor);
	le->len = from;
	le->buf[from] = '\0';
	lineedit_reserve(le, from + off + strlen(rest) + 1);
	memcpy(le->buf + from, first, off);
	strcpy(le->buf + from + off, rest);
	le->len = strlen(le->buf);
	le->cursor = from + off;
	free(rest);
	return count;
}

/* Does some name start with the text from byte from to the cursor? */
static int
lineedit_starts_name(const struct lineedit *le, size_t from,
    const char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (lineedit_matches(le, from, names[i]))
			return 1;
	}
	return 0;
}

/* Find the longest run of words before the cursor that starts a name. */
int
lineedit_run(const struct lineedit *le, const char *const *names, size_t n,
    size_t *from)
{
	for (*from = 0; *from <= le->cursor; (*from)++) {
		if ((*from == 0 || lineedit_blank(le->buf[*from - 1])) &&
		    lineedit_starts_name(le, *from, names, n))
			return 1;
	}
	return 0;
}

/*
 * Tab: complete the longest run of words before the cursor that starts a
 * name, so "Owner: Da" and "thanks to Pri" both complete.
 */
size_t
lineedit_complete(struct lineedit *le, const char *const *names, size_t n)
{
	size_t from;

	le->selected = 0;
	if (!lineedit_run(le, names, n, &from))
		return 0;
	return lineedit_complete_from(le, from, names, n);
}

/* The columns of the character from off to end. */
static int
lineedit_char_width(const struct lineedit *le, size_t off, size_t end)
{
	unsigned int cp;
	size_t n;
	int w = 0;

	for (; off < end; off += n) {
		n = lineedit_cp_at(le, off, &cp);
		w += utf8_cp_width(cp);
	}
	return w;
}

/*
 * Choose which part of the text to show so the cursor is visible: the
 * cursor needs a column of its own, so the text before it may take width
 * - 1 columns, whole characters (a wide one is never shown by half). They
 * are taken back from the cursor, so the cost is the field's width, not
 * the text's length: a long paste is not measured again a key at a time.
 */
void
lineedit_view(const struct lineedit *le, int width, size_t *start,
    int *cursor_col)
{
	size_t off = le->cursor, prev;
	int col = 0, w;

	while (off > 0) {
		prev = lineedit_prev_char(le, off);
		w = lineedit_char_width(le, prev, off);
		if (col + w > width - 1)
			break;
		col += w;
		off = prev;
	}
	*start = off;
	*cursor_col = col;
}
