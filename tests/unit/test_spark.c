/* test_spark.c: sparklines, as a table of values and the glyphs they make. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "spark.h"

#define G "\xc2\xb7"   /* the gap */

struct spark_case {
	const char *what;
	double v[8];
	size_t n;
	double lo, hi;
	const char *want;
};

static const struct spark_case cases[] = {
	{ "the five ratings of 1-5, two steps apart", { 1, 2, 3, 4, 5 }, 5,
	    1, 5, "▁▃▅▇█" },
	{ "1-10, lowest and highest", { 1, 10 }, 2, 1, 10, "▁█" },
	{ "1-10: the ratings people give, each its own step", { 6, 7, 8, 9 },
	    4, 1, 10, "▅▆▇█" },
	{ "1-10 between: the band it falls in", { 5.5, 7.33, 7.7 }, 3, 1, 10,
	    "▅▆▆" },
	{ "a value left out is a gap", { 2, SPARK_NONE, 4 }, 3, 1, 5,
	    "▃" G "▇" },
	{ "every value left out", { SPARK_NONE, SPARK_NONE }, 2, 1, 5,
	    G G },
	{ "above the scale: the highest step", { 9 }, 1, 1, 5, "█" },
	{ "no values: nothing", { 0 }, 0, 1, 5, "" },
	{ "a scale of one value: the lowest step", { 3 }, 1, 3, 3, "▁" },
	{ "six values, the most a trend shows", { 1, 1, 2, 2, 5, 5 }, 6, 1,
	    5, "▁▁▃▃██" },
};

/* Each case makes its glyphs. */
static void
test_cases(void **state)
{
	char buf[SPARK_SIZE(8)];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct spark_case *c = &cases[i];

		spark_line(c->v, c->n, c->lo, c->hi, buf, sizeof buf);
		if (strcmp(buf, c->want) != 0)
			fail_msg("%s: want %s, got %s", c->what, c->want, buf);
	}
}

/* Not a number is a gap; a buffer too small gets "", never an overrun. */
static void
test_edges(void **state)
{
	double v[3] = { 1, 5, 3 };
	char buf[SPARK_SIZE(3)], small[SPARK_SIZE(3) - 1];

	(void)state;
	v[2] = NAN;
	assert_string_equal(spark_line(v, 3, 1, 5, buf, sizeof buf),
	    "▁█" G);
	memset(small, 'x', sizeof small);
	assert_string_equal(spark_line(v, 3, 1, 5, small, sizeof small), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_edges),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
