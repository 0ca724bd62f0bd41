/* test_bigtext.c: unit tests for large block letters. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "bigtext.h"

/* A row written with '#' for a block, as the renderer should draw it. */
static char *
blocks(const char *pattern)
{
	char *out = malloc(strlen(pattern) * 3 + 1), *p = out;

	assert_non_null(out);
	for (; *pattern != '\0'; pattern++) {
		if (*pattern == '#') {
			memcpy(p, "\xe2\x96\x88", 3);
			p += 3;
		} else
			*p++ = *pattern;
	}
	*p = '\0';
	return out;
}

/* Assert that row is the pattern drawn in blocks. */
static void
assert_row(const char *row, const char *pattern)
{
	char *want = blocks(pattern);

	assert_string_equal(row, want);
	free(want);
}

/* Columns a row takes: every character is one column wide. */
static size_t
columns(const char *row)
{
	size_t n = 0;

	for (; *row != '\0'; row++)
		n += ((unsigned char)*row & 0xc0) != 0x80;
	return n;
}

/* Assert that two renders are the same, row by row. */
static void
assert_same(char **a, int na, char **b, int nb)
{
	int i;

	assert_int_equal(na, nb);
	for (i = 0; i < na; i++)
		assert_string_equal(a[i], b[i]);
}

/* "HI?" is drawn exactly, one column between glyphs. */
static void
test_bigtext_hi(void **state)
{
	char **rows;
	int nrows;

	(void)state;
	assert_int_equal(bigtext_render("HI?", 80, 3, &rows, &nrows), 0);
	assert_int_equal(nrows, BIGTEXT_HEIGHT);
	assert_row(rows[0], "#  # ### ###");
	assert_row(rows[1], "#  #  #    #");
	assert_row(rows[2], "####  #   ##");
	assert_row(rows[3], "#  #  #     ");
	assert_row(rows[4], "#  # ###  # ");
	bigtext_free(rows, nrows);
}

/* Words sit 3 columns apart; white space between them collapses. */
static void
test_bigtext_one_line(void **state)
{
	char **rows, **rows2;
	int nrows, nrows2, i;

	(void)state;
	assert_int_equal(bigtext_render("HI HI", 19, 1, &rows, &nrows), 0);
	assert_int_equal(nrows, BIGTEXT_HEIGHT);
	assert_row(rows[0], "#  # ###   #  # ###");
	assert_row(rows[2], "####  #    ####  # ");
	for (i = 0; i < nrows; i++)
		assert_int_equal(columns(rows[i]), 19);
	assert_int_equal(bigtext_render("  HI \t HI\n", 19, 1, &rows2,
	    &nrows2), 0);
	assert_same(rows, nrows, rows2, nrows2);
	bigtext_free(rows, nrows);
	bigtext_free(rows2, nrows2);
}

/* A line too narrow wraps at a space, with a blank row between. */
static void
test_bigtext_wrap(void **state)
{
	char **rows;
	int nrows, i;

	(void)state;
	assert_int_equal(bigtext_render("HI HI", 18, 2, &rows, &nrows), 0);
	assert_int_equal(nrows, 2 * BIGTEXT_HEIGHT + BIGTEXT_GAP);
	for (i = 0; i < BIGTEXT_HEIGHT; i++) {
		assert_int_equal(columns(rows[i]), 8);
		assert_string_equal(rows[i], rows[i + BIGTEXT_HEIGHT +
		    BIGTEXT_GAP]);
	}
	assert_row(rows[0], "#  # ###");
	assert_string_equal(rows[BIGTEXT_HEIGHT], "");
	bigtext_free(rows, nrows);

	/* Lines of different widths: each is as wide as its own text. */
	assert_int_equal(bigtext_render("our leads are bad?", 41, 3, &rows,
	    &nrows), 0);
	assert_int_equal(nrows, 2 * BIGTEXT_HEIGHT + BIGTEXT_GAP);
	/* OUR 14, LEADS 24, ARE 14, BAD? 18; words 3 apart. */
	assert_int_equal(columns(rows[0]), 14 + 3 + 24);
	assert_int_equal(columns(rows[6]), 14 + 3 + 18);
	bigtext_free(rows, nrows);
	assert_int_equal(bigtext_render("our leads are bad?", 40, 3, &rows,
	    &nrows), 0);
	assert_int_equal(nrows, 3 * BIGTEXT_HEIGHT + 2 * BIGTEXT_GAP);
	assert_int_equal(columns(rows[0]), 14);
	assert_int_equal(columns(rows[6]), 24);
	assert_int_equal(columns(rows[12]), 14 + 3 + 18);
	bigtext_free(rows, nrows);
	assert_int_equal(bigtext_render("our leads are bad?", 34, 3, &rows,
	    &nrows), -1);
}

/* Too wide a word, too many lines, or nothing to draw: -1, rows untouched. */
static void
test_bigtext_no_fit(void **state)
{
	char **rows = NULL;
	int nrows = 42;

	(void)state;
	/* HELLO is 5 glyphs of 4 columns and 4 gaps: 24 columns. */
	assert_int_equal(bigtext_render("HELLO", 23, 5, &rows, &nrows), -1);
	assert_int_equal(bigtext_render("A B C", 4, 2, &rows, &nrows), -1);
	assert_int_equal(bigtext_render("", 80, 5, &rows, &nrows), -1);
	assert_int_equal(bigtext_render("   ", 80, 5, &rows, &nrows), -1);
	assert_int_equal(bigtext_render(NULL, 80, 5, &rows, &nrows), -1);
	assert_int_equal(bigtext_render("HI", 0, 5, &rows, &nrows), -1);
	assert_int_equal(bigtext_render("HI", 80, 0, &rows, &nrows), -1);
	assert_null(rows);
	assert_int_equal(nrows, 42);

	assert_int_equal(bigtext_render("HELLO", 24, 1, &rows, &nrows), 0);
	assert_int_equal(columns(rows[0]), 24);
	bigtext_free(rows, nrows);
	assert_int_equal(bigtext_render("A B C", 4, 3, &rows, &nrows), 0);
	assert_int_equal(nrows, 3 * BIGTEXT_HEIGHT + 2 * BIGTEXT_GAP);
	bigtext_free(rows, nrows);
}

/* Lower case is drawn as upper case. */
static void
test_bigtext_lower_case(void **state)
{
	char **up, **low;
	int nup, nlow;

	(void)state;
	assert_int_equal(bigtext_render("THEY WEREN'T QUALIFIED?", 60, 4, &up,
	    &nup), 0);
	assert_int_equal(bigtext_render("they weren't Qualified?", 60, 4, &low,
	    &nlow), 0);
	assert_same(up, nup, low, nlow);
	bigtext_free(up, nup);
	bigtext_free(low, nlow);
}

/* Typographic quotes and the ellipsis look like their ASCII cousins. */
static void
test_bigtext_lookalikes(void **state)
{
	char **a, **b;
	int na, nb;

	(void)state;
	assert_int_equal(bigtext_render("WEREN\xe2\x80\x99T \xe2\x80\x9cOK\xe2"
	    "\x80\x9d\xe2\x80\xa6", 80, 1, &a, &na), 0);
	assert_int_equal(bigtext_render("WEREN'T \"OK\"...", 80, 1, &b, &nb),
	    0);
	assert_same(a, na, b, nb);
	bigtext_free(a, na);
	bigtext_free(b, nb);
}

/* Text without a glyph is refused, so the caller shows plain text. */
static void
test_bigtext_non_ascii(void **state)
{
	static const char *const texts[] = {
		"\xc3\x89lodie says the leads are bad?",
		"\xe7\xba\xbf\xe7\xb4\xa2?",
		"caf\xc3\xa9",
		"50\xe2\x82\xac",
		"a@b",
		"tab\x01",
		"\xff",
	};
	char **rows = NULL;
	int nrows = 0;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		assert_int_equal(bigtext_render(texts[i], 200, 5, &rows,
		    &nrows), -1);
	assert_null(rows);
}

/* Every glyph is as wide in each of its rows. */
static void
test_bigtext_font(void **state)
{
	static const char charset[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	    "?!.,'\"-:;%$&/()+#*=_<>[]";
	char **rows, text[2] = "";
	int nrows, r;
	size_t i;

	(void)state;
	for (i = 0; charset[i] != '\0'; i++) {
		text[0] = charset[i];
		assert_int_equal(bigtext_render(text, 5, 1, &rows, &nrows), 0);
		assert_int_equal(nrows, BIGTEXT_HEIGHT);
		for (r = 1; r < nrows; r++)
			assert_int_equal(columns(rows[r]), columns(rows[0]));
		bigtext_free(rows, nrows);
	}
	bigtext_free(NULL, 0);
}

/* The cell a half-height row should hold for two stacked pixels. */
static const char *
half_cell(int upper, int lower)
{
	return upper && lower ? "\xe2\x96\x88" : upper ? "\xe2\x96\x80" :
	    lower ? "\xe2\x96\x84" : " ";
}

/* Whether column col of a full-height row is a block. */
static int
pixel(const char *row, int col)
{
	for (; *row != '\0' && col > 0; col--)
		row += (unsigned char)*row >= 0x80 ? 3 : 1;
	return strncmp(row, "\xe2\x96\x88", 3) == 0;
}

/* Half height folds each pair of full rows into one, pixel for pixel. */
static void
test_bigtext_half(void **state)
{
	char **full = NULL, **half = NULL, want[1024];
	int nfull = 0, nhalf = 0, r, c, width;

	(void)state;
	assert_int_equal(bigtext_render("Our leads are junk?", 200, 1, &full,
	    &nfull), 0);
	assert_int_equal(bigtext_render_half("Our leads are junk?", 200, 1,
	    &half, &nhalf), 0);
	assert_int_equal(nfull, BIGTEXT_HEIGHT);
	assert_int_equal(nhalf, BIGTEXT_HALF_HEIGHT);
	width = (int)columns(full[0]);
	assert_true(width > 40);
	for (r = 0; r < nhalf; r++) {
		want[0] = '\0';
		for (c = 0; c < width; c++)
			strcat(want, half_cell(pixel(full[2 * r], c),
			    2 * r + 1 < nfull && pixel(full[2 * r + 1], c)));
		assert_string_equal(half[r], want);
	}
	bigtext_free(full, nfull);
	bigtext_free(half, nhalf);
	/* Two lines at half height: 3 + 1 + 3 rows. */
	assert_int_equal(bigtext_render_half("Our leads are junk?", 50, 2,
	    &half, &nhalf), 0);
	assert_int_equal(nhalf, 2 * BIGTEXT_HALF_HEIGHT + BIGTEXT_GAP);
	assert_string_equal(half[BIGTEXT_HALF_HEIGHT], "");
	bigtext_free(half, nhalf);
}

/* Double size: each pixel two columns wide, each row twice. */
static void
test_bigtext_double(void **state)
{
	char **one = NULL, **two = NULL;
	int n1 = 0, n2 = 0, r;

	(void)state;
	assert_int_equal(bigtext_render("HI?", 100, 1, &one, &n1), 0);
	assert_int_equal(bigtext_render_double("HI?", 100, 1, &two, &n2), 0);
	assert_int_equal(n2, 2 * n1);
	for (r = 0; r < n1; r++) {
		assert_int_equal(columns(two[2 * r]), 2 * columns(one[r]));
		assert_string_equal(two[2 * r], two[2 * r + 1]);
		/* The first pixel of the row, twice. */
		assert_int_equal(strncmp(two[2 * r], one[r], 1) == 0, 1);
	}
	bigtext_free(one, n1);
	bigtext_free(two, n2);
	/* Half the width is what a line may take at single size. */
	assert_int_equal(bigtext_render_double("HI?", 20, 1, &two, &n2), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bigtext_hi),
		cmocka_unit_test(test_bigtext_one_line),
		cmocka_unit_test(test_bigtext_wrap),
		cmocka_unit_test(test_bigtext_no_fit),
		cmocka_unit_test(test_bigtext_lower_case),
		cmocka_unit_test(test_bigtext_lookalikes),
		cmocka_unit_test(test_bigtext_non_ascii),
		cmocka_unit_test(test_bigtext_font),
		cmocka_unit_test(test_bigtext_half),
		cmocka_unit_test(test_bigtext_double),
	};

	return cmocka_run_group_tests_name("bigtext", tests, NULL, NULL);
}
