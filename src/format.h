/* format.h: quoting for what Parley writes: CSV, tables, Markdown, HTML. */
#ifndef PARLEY_FORMAT_H
#define PARLEY_FORMAT_H

#include <stdio.h>

/* Write s as one CSV field, quoted per RFC 4180 when it needs to be. */
void format_csv_field(FILE *f, const char *s);
/* Write s left-aligned in width columns (cut with "…" when longer). */
void format_pad(FILE *f, const char *s, int width);
/*
 * Write v right-aligned in width columns (0: as it is), as "%*ld" would:
 * lists write a number or two a row, and printf costs more than the row.
 */
void format_long(FILE *f, long v, int width);

/*
 * Write s for a terminal, every byte kept but none that steers it: control
 * characters as \n, \r, \t or \xNN (C1 ones as \uNNNN), so a title cannot
 * move the cursor, clear the screen or hide the text after it. NULL writes
 * nothing.
 */
void format_text(FILE *f, const char *s);
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
