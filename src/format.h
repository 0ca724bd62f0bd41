/* format.h: quoting for the text formats Parley writes (CSV, tables). */
#ifndef PARLEY_FORMAT_H
#define PARLEY_FORMAT_H

#include <stdio.h>

/* Write s as one CSV field, quoted per RFC 4180 when it needs to be. */
void format_csv_field(FILE *f, const char *s);
/* Write s left-aligned in width columns (cut with "…" when longer). */
void format_pad(FILE *f, const char *s, int width);

#endif
