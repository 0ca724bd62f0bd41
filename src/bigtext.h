/* bigtext.h: large block letters, legible on a projector across a room. */
#ifndef PARLEY_BIGTEXT_H
#define PARLEY_BIGTEXT_H

/* Rows of one line of glyphs, and blank rows between two such lines. */
#define BIGTEXT_HEIGHT 5
#define BIGTEXT_GAP 1

/*
 * Lay text out in big letters within width columns: word-wrapped at spaces,
 * at most max_lines lines of glyphs. Glyphs exist for A-Z (lower case is
 * drawn as upper case), 0-9 and ? ! . , ' " - : ; % $ & / ( ) + # * = _ < >
 * [ ]; typographic quotes, dashes and the ellipsis are drawn as their ASCII
 * look-alikes. Glyphs are 1-5 columns wide, 1 column apart; words are 3
 * columns apart.
 *
 * Returns 0 and sets *rows to a new array of *nrows UTF-8 strings: for each
 * line, BIGTEXT_HEIGHT rows drawn with U+2588 FULL BLOCK and spaces, all as
 * wide as that line's text (no further padding, so the caller centres each
 * line); between two lines, BIGTEXT_GAP empty strings. Caller frees with
 * bigtext_free.
 *
 * Returns -1 and leaves *rows and *nrows alone when it does not fit, so the
 * caller falls back to plain text: a word wider than width, more than
 * max_lines lines needed, a character without a glyph (most non-ASCII text),
 * or nothing to draw.
 */
int bigtext_render(const char *text, int width, int max_lines, char ***rows,
    int *nrows);
/*
 * As bigtext_render, at half the height: each cell holds two rows of the
 * glyph, drawn with U+2580 UPPER HALF BLOCK, U+2584 LOWER HALF BLOCK and
 * U+2588, so a line of glyphs is BIGTEXT_HALF_HEIGHT rows: for a small
 * screen, where full-height letters do not fit.
 */
#define BIGTEXT_HALF_HEIGHT 3
int bigtext_render_half(const char *text, int width, int max_lines,
    char ***rows, int *nrows);
/*
 * As bigtext_render, every pixel two columns wide and two rows tall (lines
 * of 2 * BIGTEXT_HEIGHT rows, 2 * BIGTEXT_GAP between): for a projector.
 */
int bigtext_render_double(const char *text, int width, int max_lines,
    char ***rows, int *nrows);
/* Free rows from bigtext_render. NULL is a no-op. */
void bigtext_free(char **rows, int nrows);

#endif
