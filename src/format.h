/* format.h: quoting for the text formats Parley writes (CSV, tables). */
#ifndef PARLEY_FORMAT_H
#define PARLEY_FORMAT_H

#include <stdio.h>

/* Write s as one CSV field, quoted per RFC 4180 when it needs to be. */
void format_csv_field(FILE *f, const char *s);
/* Write s left-aligned in width columns (cut with "…" when longer). */
void format_pad(FILE *f, const char *s, int width);

/*
 * Write s for a terminal, every byte kept but none that steers it: control
 * characters as \n, \r, \t or \xNN (C1 ones as \uNNNN), so a title cannot
 * move the cursor, clear the screen or hide the text after it. NULL writes
 * nothing.
 */
void format_text(FILE *f, const char *s);

#endif
