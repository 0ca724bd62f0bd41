/* test_util.c: unit tests for the clock: PARLEY_NOW and stored times. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"

struct iso_case {
	const char *text;
	const char *back;    /* clock_iso of what it parses to; NULL: refused */
};

static const struct iso_case iso_cases[] = {
	{ "2026-11-22T10:00:00", "2026-11-22T10:00:00" },
	{ "2026-11-22T10:00", "2026-11-22T10:00:00" },
	{ "2026-11-22 10:05:09", "2026-11-22T10:05:09" },
	{ "2026-11-22", "2026-11-22T00:00:00" },
	{ "2028-02-29T12:00:00", "2028-02-29T12:00:00" },
	{ "0001-01-01T00:00:00", "0001-01-01T00:00:00" },
	{ "0999-06-01T08:00:00", "0999-06-01T08:00:00" },
	{ "9999-12-31T23:59:59", "9999-12-31T23:59:59" },
	/* Not on the calendar: mktime would roll them over. */
	{ "2026-02-31T10:00:00", NULL },
	{ "2026-02-29", NULL },
	{ "2026-04-31T00:00", NULL },
	{ "2026-13-01", NULL },
	{ "2026-00-01", NULL },
	{ "2026-01-00", NULL },
	/* Years Parley cannot write back. */
	{ "0000-01-01T00:00:00", NULL },
	{ "-999-01-01T00:00:00", NULL },
	{ "+999-01-01T00:00:00", NULL },
	{ "10000-01-01T00:00:00", NULL },
	/* Times of day that are none. */
	{ "2026-11-22T24:00:00", NULL },
	{ "2026-11-22T10:60:00", NULL },
	{ "2026-11-22T10:00:60", NULL },
	{ "2026-11-22T-1:00:00", NULL },
	/* Not the shape. */
	{ "", NULL },
	{ "soon", NULL },
	{ "2026-1-22", NULL },
	{ " 2026-11-22", NULL },
	{ "2026-11-22T", NULL },
	{ "2026-11-22T10", NULL },
	{ "2026-11-22T10:00:0", NULL },
	{ "2026-11-22T10:00:00Z", NULL },
	{ "2026-11-22X10:00:00", NULL },
	{ "2026/11/22", NULL },
	{ "2026-11-22T1 :00:00", NULL },
};

/* Times read as the calendar has them, or refused; read back the same. */
static void
test_parse_iso(void **state)
{
	const struct iso_case *c;
	char back[20];
	time_t t;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof iso_cases / sizeof iso_cases[0]; i++) {
		c = &iso_cases[i];
		if (c->back == NULL) {
			if (clock_parse_iso(c->text, &t) == 0)
				fail_msg("'%s' was taken for a time", c->text);
			continue;
		}
		if (clock_parse_iso(c->text, &t) != 0)
			fail_msg("'%s' was refused", c->text);
		clock_iso(t, back);
		assert_string_equal(back, c->back);
	}
}

/*
 * A time past 9999 is written as the last second of 9999, before the year
 * 1 as the first: never cut short, always a time that reads back.
 */
static void
test_iso_bounds(void **state)
{
	char buf[20];
	time_t t;

	(void)state;
	assert_int_equal(clock_parse_iso("9999-12-31T23:59:59", &t), 0);
	clock_iso(t + 1, buf);
	assert_string_equal(buf, "9999-12-31T23:59:59");
	clock_iso(t + 86400L * 366 * 50, buf);
	assert_string_equal(buf, "9999-12-31T23:59:59");
	assert_int_equal(clock_parse_iso("0001-01-01T00:00:00", &t), 0);
	clock_iso(t - 1, buf);
	assert_string_equal(buf, "0001-01-01T00:00:00");
	/* Past what localtime can tell. */
	clock_iso((time_t)INT64_MAX, buf);
	assert_string_equal(buf, "9999-12-31T23:59:59");
	clock_iso((time_t)INT64_MIN, buf);
	assert_string_equal(buf, "0001-01-01T00:00:00");
	assert_int_equal(clock_parse_iso(buf, &t), 0);
}

/* PARLEY_NOW sets the clock; one that is no time is refused, saying why. */
static void
test_clock_init(void **state)
{
	static const char *const refused[] = { "2026-02-31T10:00:00",
	    "-999-01-01T00:00:00", "10000-01-01", "soon", "2026-11-22T25:00" };
	char *cause = NULL, now[20];
	size_t i;

	(void)state;
	setenv("PARLEY_NOW", "2026-11-22T10:00:00", 1);
	assert_int_equal(clock_init(&cause), 0);
	clock_iso(clock_time(), now);
	/* The clock runs on from there: allow the test a minute. */
	assert_memory_equal(now, "2026-11-22T10:0", 15);
	for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		setenv("PARLEY_NOW", refused[i], 1);
		assert_int_equal(clock_init(&cause), -1);
		assert_non_null(cause);
		if (strstr(cause, refused[i]) == NULL ||
		    strstr(cause, "YYYY-MM-DDTHH:MM:SS") == NULL ||
		    strstr(cause, "0001 to 9999") == NULL)
			fail_msg("%s: %s", refused[i], cause);
		free(cause);
		cause = NULL;
	}
	unsetenv("PARLEY_NOW");
	assert_int_equal(clock_init(&cause), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_iso),
		cmocka_unit_test(test_iso_bounds),
		cmocka_unit_test(test_clock_init),
	};

	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
