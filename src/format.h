/* format.h: the terminal filter, and quoting for CSV, Markdown and HTML. */
#ifndef PARLEY_FORMAT_H
#define PARLEY_FORMAT_H

#include <stdio.h>

#include "sink.h"

/*
 * Each writer of a cell or a field has an _into form that puts into a
 * sink: a list of many rows builds them there, not by many stdio calls.
 */

/* Write s as one CSV field, quoted per RFC 4180 when it needs to be. */
void format_csv_field(FILE *f, const char *s);
void format_csv_field_into(struct sink *k, const char *s);
/*
 * Write v right-aligned in width columns (0: as it is), as "%*ld" would:
 * lists write a number or two a row, and printf costs more than the row.
 */
void format_long(FILE *f, long v, int width);
void format_long_into(struct sink *k, long v, int width);
/* v as text that reads back as v exactly (finite v), into buf; buf. */
const char *format_double(char buf[32], double v);

/*
 * A cell as it was before format_csv_field made it text: without the one
 * leading "'" it adds. Points into cell.
 */
const char *format_csv_unquote(const char *cell);
/*
 * The one filter for text that can reach someone else's terminal. cp is a
 * code point utf8_decode read from len bytes. Returns 0 when cp shows as
 * itself; otherwise writes what stands for it into out (NUL-terminated)
 * and returns its length: a C0 control or DEL becomes its Unicode control
 * picture (ESC U+241B, LF U+240A), a C1 control the picture of ESC and the
 * letter it stands for (CSI, U+009B, as U+241B "["), and a bidirectional
 * embedding, override or isolate (U+202A-U+202E, U+2066-U+2069) or a
 * byte that is not UTF-8 becomes U+FFFD. Nothing written through it can
 * move the cursor, retitle the terminal or reorder a line. The marks
 * right-to-left text needs (U+061C, U+200E, U+200F) stay, but for
 * format_pad's table cells.
 */
size_t format_safe_cp(unsigned int cp, size_t len, char out[8]);
/*
 * Write s for a terminal through format_safe_cp, on one line: a line
 * break shows as its picture. NULL writes nothing.
 */
void format_text(FILE *f, const char *s);
void format_text_into(struct sink *k, const char *s);
/* As format_text, keeping line feeds: a message or report of many lines. */
void format_lines(FILE *f, const char *s);
/* A copy of s as format_text writes it. Caller frees; NULL gives NULL. */
char *format_text_dup(const char *s);
/* Terminal columns s takes as format_text writes it. */
int format_width(const char *s);
/*
 * Write s as format_text does, padded with spaces or cut to width
 * columns, between whole characters (a wide one that would straddle the
 * edge goes too), the cut marked with U+2026. Columns are wcwidth's: the
 * caller sets the locale.
 */
void format_pad(FILE *f, const char *s, int width);
void format_pad_into(struct sink *k, const char *s, int width);

/*
 * Write s as GitHub-flavoured Markdown that shows exactly as typed: the
 * characters that would format (\ ` * _ [ ] < > # | ! ~) are
 * backslash-escaped, and so are an "&" that could start an entity and
 * what would open a list or a heading underline at the start of a line
 * (-, +, =, "1." or "1)"). Control characters become numeric references.
 * A line break (LF, CRLF or CR) is a hard break, "\" at the end of the
 * line, and the next line starts with indent spaces, so the text stays
 * inside the list item it is in. NULL writes nothing.
 */
void format_md_text(FILE *f, const char *s, int indent);
/* As format_md_text, for a table cell: a line break is <br>. */
void format_md_cell(FILE *f, const char *s);
/*
 * Write s as HTML text: & < > " ' as references, control characters as
 * numeric references, and a line break as <br> when br is set (text in
 * an element) or as it is (a title or an attribute). NULL writes nothing.
 */
void format_html(FILE *f, const char *s, int br);

#endif
