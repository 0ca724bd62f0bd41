/* bigtext.c: draw text in large block letters for the shared screen. */

#include <stdlib.h>
#include <string.h>

#include "bigtext.h"
#include "util.h"

/* Blank columns between two words of a line. */
#define BIGTEXT_SPACE 3

/* The block drawn for one lit pixel: U+2588 FULL BLOCK. */
#define BIGTEXT_BLOCK "\xe2\x96\x88"

/* One glyph: BIGTEXT_HEIGHT rows of the same width, '#' lit. */
struct bigtext_glyph {
	char		 c;
	const char	*rows[BIGTEXT_HEIGHT];
};

static const struct bigtext_glyph bigtext_font[] = {
	{ 'A', { ".##.", "#..#", "####", "#..#", "#..#" } },
	{ 'B', { "###.", "#..#", "###.", "#..#", "###." } },
	{ 'C', { ".###", "#...", "#...", "#...", ".###" } },
	{ 'D', { "###.", "#..#", "#..#", "#..#", "###." } },
	{ 'E', { "####", "#...", "###.", "#...", "####" } },
	{ 'F', { "####", "#...", "###.", "#...", "#..." } },
	{ 'G', { ".###", "#...", "#.##", "#..#", ".###" } },
	{ 'H', { "#..#", "#..#", "####", "#..#", "#..#" } },
	{ 'I', { "###", ".#.", ".#.", ".#.", "###" } },
	{ 'J', { "...#", "...#", "...#", "#..#", ".##." } },
	{ 'K', { "#..#", "#.#.", "##..", "#.#.", "#..#" } },
	{ 'L', { "#...", "#...", "#...", "#...", "####" } },
	{ 'M', { "#...#", "##.##", "#.#.#", "#...#", "#...#" } },
	{ 'N', { "#...#", "##..#", "#.#.#", "#..##", "#...#" } },
	{ 'O', { ".##.", "#..#", "#..#", "#..#", ".##." } },
	{ 'P', { "###.", "#..#", "###.", "#...", "#..." } },
	{ 'Q', { ".##.", "#..#", "#..#", "#.#.", ".#.#" } },
	{ 'R', { "###.", "#..#", "###.", "#.#.", "#..#" } },
	{ 'S', { ".###", "#...", ".##.", "...#", "###." } },
	{ 'T', { "#####", "..#..", "..#..", "..#..", "..#.." } },
	{ 'U', { "#..#", "#..#", "#..#", "#..#", ".##." } },
	{ 'V', { "#...#", "#...#", ".#.#.", ".#.#.", "..#.." } },
	{ 'W', { "#...#", "#...#", "#.#.#", "##.##", "#...#" } },
	{ 'X', { "#...#", ".#.#.", "..#..", ".#.#.", "#...#" } },
	{ 'Y', { "#...#", ".#.#.", "..#..", "..#..", "..#.." } },
	{ 'Z', { "####", "...#", ".##.", "#...", "####" } },
	{ '0', { "###", "#.#", "#.#", "#.#", "###" } },
	{ '1', { ".#.", "##.", ".#.", ".#.", "###" } },
	{ '2', { "###", "..#", "###", "#..", "###" } },
	{ '3', { "###", "..#", "###", "..#", "###" } },
	{ '4', { "#.#", "#.#", "###", "..#", "..#" } },
	{ '5', { "###", "#..", "###", "..#", "###" } },
	{ '6', { "###", "#..", "###", "#.#", "###" } },
	{ '7', { "###", "..#", "..#", "..#", "..#" } },
	{ '8', { "###", "#.#", "###", "#.#", "###" } },
	{ '9', { "###", "#.#", "###", "..#", "###" } },
	{ '?', { "###", "..#", ".##", "...", ".#." } },
	{ '!', { "#", "#", "#", ".", "#" } },
	{ '.', { ".", ".", ".", ".", "#" } },
	{ ',', { "..", "..", "..", ".#", "#." } },
	{ '\'', { "#", "#", ".", ".", "." } },
	{ '"', { "#.#", "#.#", "...", "...", "..." } },
	{ '-', { "...", "...", "###", "...", "..." } },
	{ ':', { ".", "#", ".", "#", "." } },
	{ ';', { "..", ".#", "..", ".#", "#." } },
	{ '%', { "#.#", "..#", ".#.", "#..", "#.#" } },
	{ '$', { ".###", "#.#.", ".##.", "..##", "###." } },
	{ '&', { ".##.", "#..#", ".##.", "#.#.", ".#.#" } },
	{ '/', { "..#", "..#", ".#.", "#..", "#.." } },
	{ '(', { ".#", "#.", "#.", "#.", ".#" } },
	{ ')', { "#.", ".#", ".#", ".#", "#." } },
	{ '+', { "...", ".#.", "###", ".#.", "..." } },
	{ '#', { ".#.#.", "#####", ".#.#.", "#####", ".#.#." } },
	{ '*', { "#.#", ".#.", "#.#", "...", "..." } },
	{ '=', { "...", "###", "...", "###", "..." } },
	{ '_', { "...", "...", "...", "...", "###" } },
	{ '<', { "..#", ".#.", "#..", ".#.", "..#" } },
	{ '>', { "#..", ".#.", "..#", ".#.", "#.." } },
	{ '[', { "##", "#.", "#.", "#.", "##" } },
	{ ']', { "##", ".#", ".#", ".#", "##" } },
};

/* Characters outside ASCII drawn as their ASCII look-alikes. */
static const struct {
	unsigned int	 cp;
	const char	*ascii;
} bigtext_lookalikes[] = {
	{ 0x00a0, " " }, { 0x2018, "'" }, { 0x2019, "'" }, { 0x201c, "\"" },
	{ 0x201d, "\"" }, { 0x2013, "-" }, { 0x2014, "-" }, { 0x2026, "..." },
};

/* A line of glyphs: the words it holds and the columns it takes. */
struct bigtext_line {
	size_t	first;
	size_t	nwords;
	int	width;
};

#define nitems(a) (sizeof (a) / sizeof (a)[0])

/* Find the glyph for an upper-case ASCII character. */
static const struct bigtext_glyph *
bigtext_glyph(char c)
{
	size_t i;

	for (i = 0; i < nitems(bigtext_font); i++) {
		if (bigtext_font[i].c == c)
			return &bigtext_font[i];
	}
	return NULL;
}

/* Columns one glyph takes. */
static int
bigtext_glyph_width(const struct bigtext_glyph *g)
{
	return (int)strlen(g->rows[0]);
}

/*
 * Spell text in the characters of the font, white space as single spaces.
 * Returns a new string (caller frees), or NULL if a character has no glyph.
 */
static char *
bigtext_spell(const char *text)
{
	size_t n = strlen(text), len, i, k;
	char *out = xmalloc(3 * n + 1), *p = out;
	unsigned int cp;

	for (; (len = utf8_decode(text, n, &cp)) > 0; text += len, n -= len) {
		if (cp >= 'a' && cp <= 'z')
			cp -= 'a' - 'A';
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r')
			*p++ = ' ';
		else if (cp < 0x80 && bigtext_glyph((char)cp) != NULL)
			*p++ = (char)cp;
		else {
			for (i = 0; i < nitems(bigtext_lookalikes); i++) {
				if (bigtext_lookalikes[i].cp == cp)
					break;
			}
			if (i == nitems(bigtext_lookalikes)) {
				free(out);
				return NULL;
			}
			k = strlen(bigtext_lookalikes[i].ascii);
			memcpy(p, bigtext_lookalikes[i].ascii, k);
			p += k;
		}
	}
	*p = '\0';
	return out;
}

/* Split spelled text into words in place; returns the number of words. */
static size_t
bigtext_words(char *s, char ***words)
{
	size_t n = 0;
	char *word;

	*words = NULL;
	while ((word = strsep(&s, " ")) != NULL) {
		if (*word == '\0')
			continue;
		*words = xreallocarray(*words, n + 1, sizeof **words);
		(*words)[n++] = word;
	}
	return n;
}

/* Columns a word takes. */
static int
bigtext_word_width(const char *word)
{
	int width = -1;

	for (; *word != '\0'; word++)
		width += bigtext_glyph_width(bigtext_glyph(*word)) + 1;
	return width;
}

/*
 * Fill lines greedily with words. Returns the number of lines, or -1 if a
 * word is wider than width or more than max_lines lines are needed.
 */
static int
bigtext_layout(char **words, size_t nwords, int width, int max_lines,
    struct bigtext_line *lines)
{
	struct bigtext_line *line = NULL;
	int nlines = 0, w;
	size_t i;

	for (i = 0; i < nwords; i++) {
		w = bigtext_word_width(words[i]);
		if (w > width)
			return -1;
		if (line != NULL && line->width + BIGTEXT_SPACE + w <= width) {
			line->width += BIGTEXT_SPACE + w;
			line->nwords++;
			continue;
		}
		if (nlines == max_lines)
			return -1;
		line = &lines[nlines++];
		line->first = i;
		line->nwords = 1;
		line->width = w;
	}
	return nlines;
}

/* The cell for two stacked pixels: both, the upper, the lower, neither. */
static const char *
bigtext_cell(int upper, int lower)
{
	if (upper && lower)
		return BIGTEXT_BLOCK;
	if (upper)
		return "\xe2\x96\x80"; /* U+2580 UPPER HALF BLOCK */
	if (lower)
		return "\xe2\x96\x84"; /* U+2584 LOWER HALF BLOCK */
	return " ";
}

/*
 * Draw one row of one line of glyphs from glyph rows upper and lower (the
 * same row for full height; lower -1 past the last). Returns a new string.
 */
static char *
bigtext_draw_row(char **words, const struct bigtext_line *line, int upper,
    int lower)
{
	char *out = xmalloc((size_t)line->width * 3 + 1), *p = out;
	const struct bigtext_glyph *g;
	const char *word, *cell;
	size_t i, k, len;

	for (i = line->first; i < line->first + line->nwords; i++) {
		if (i != line->first) {
			memset(p, ' ', BIGTEXT_SPACE);
			p += BIGTEXT_SPACE;
		}
		for (word = words[i]; *word != '\0'; word++) {
			if (word != words[i])
				*p++ = ' ';
			g = bigtext_glyph(*word);
			len = strlen(g->rows[upper]);
			for (k = 0; k < len; k++) {
				cell = bigtext_cell(g->rows[upper][k] == '#',
				    lower >= 0 && g->rows[lower][k] == '#');
				memcpy(p, cell, strlen(cell));
				p += strlen(cell);
			}
		}
	}
	*p = '\0';
	return out;
}

/* Draw the lines of glyphs with blank rows between them. */
static char **
bigtext_draw(char **words, const struct bigtext_line *lines, int nlines,
    int half, int *nrows)
{
	int height = half ? BIGTEXT_HALF_HEIGHT : BIGTEXT_HEIGHT;
	char **rows;
	int i, r, n = 0, upper, lower;

	*nrows = nlines * height + (nlines - 1) * BIGTEXT_GAP;
	rows = xreallocarray(NULL, (size_t)*nrows, sizeof *rows);
	for (i = 0; i < nlines; i++) {
		for (r = 0; i > 0 && r < BIGTEXT_GAP; r++)
			rows[n++] = xstrdup("");
		for (r = 0; r < height; r++) {
			upper = half ? 2 * r : r;
			lower = !half ? r : 2 * r + 1 < BIGTEXT_HEIGHT ?
			    2 * r + 1 : -1;
			rows[n++] = bigtext_draw_row(words, &lines[i], upper,
			    lower);
		}
	}
	return rows;
}

/* Lay text out at full or half height. */
static int
bigtext_render_rows(const char *text, int width, int max_lines, int half,
    char ***rows, int *nrows)
{
	struct bigtext_line *lines = NULL;
	char *spelled = NULL, **words = NULL;
	size_t nwords;
	int nlines, rc = -1;

	if (text == NULL || width <= 0 || max_lines <= 0)
		goto out;
	if ((spelled = bigtext_spell(text)) == NULL)
		goto out;
	if ((nwords = bigtext_words(spelled, &words)) == 0)
		goto out;
	lines = xreallocarray(NULL, nwords, sizeof *lines);
	nlines = bigtext_layout(words, nwords, width, max_lines, lines);
	if (nlines <= 0)
		goto out;
	*rows = bigtext_draw(words, lines, nlines, half, nrows);
	rc = 0;
out:
	free(lines);
	free(words);
	free(spelled);
	return rc;
}

/* Lay text out in big letters within width columns. */
int
bigtext_render(const char *text, int width, int max_lines, char ***rows,
    int *nrows)
{
	return bigtext_render_rows(text, width, max_lines, 0, rows, nrows);
}

/* The same letters at half the height, two pixels a cell. */
int
bigtext_render_half(const char *text, int width, int max_lines, char ***rows,
    int *nrows)
{
	return bigtext_render_rows(text, width, max_lines, 1, rows, nrows);
}

/* Row r of rows, each cell written twice across. Returns a new string. */
static char *
bigtext_widen(const char *row)
{
	char *out = xmalloc(strlen(row) * 2 + 1), *p = out;
	size_t k;

	while (*row != '\0') {
		k = (unsigned char)*row >= 0x80 ? 3 : 1; /* a block or a space */
		memcpy(p, row, k);
		memcpy(p + k, row, k);
		p += 2 * k;
		row += k;
	}
	*p = '\0';
	return out;
}

/* The same letters twice as tall and wide, for a large screen. */
int
bigtext_render_double(const char *text, int width, int max_lines,
    char ***rows, int *nrows)
{
	char **small = NULL;
	int n = 0, i;

	if (bigtext_render_rows(text, width / 2, max_lines, 0, &small,
	    &n) != 0)
		return -1;
	*nrows = 2 * n;
	*rows = xreallocarray(NULL, (size_t)*nrows, sizeof **rows);
	for (i = 0; i < n; i++) {
		(*rows)[2 * i] = bigtext_widen(small[i]);
		(*rows)[2 * i + 1] = xstrdup((*rows)[2 * i]);
	}
	bigtext_free(small, n);
	return 0;
}

/* Free rows from bigtext_render. */
void
bigtext_free(char **rows, int nrows)
{
	if (rows != NULL)
		util_free_strings(rows, (size_t)nrows);
}
