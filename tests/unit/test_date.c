/* test_date.c: unit tests for calendar arithmetic and due-date parsing. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "date.h"

/* 2026-11-23 is a Monday; 2026-11-27 a Friday. */
#define MONDAY   "2026-11-23"
#define FRIDAY   "2026-11-27"
#define NEXT     "2026-12-21"

struct parse_case {
	const char *today;
	const char *text;
	const char *want; /* NULL: an error is expected */
	const char *cause; /* expected start of the message, for errors */
};

static const struct parse_case parse_cases[] = {
	/* ISO dates. */
	{ MONDAY, "2026-11-23", "2026-11-23", NULL },
	{ MONDAY, "2025-01-01", "2025-01-01", NULL },
	{ MONDAY, "2028-02-29", "2028-02-29", NULL },
	{ MONDAY, "2000-02-29", "2000-02-29", NULL },
	{ MONDAY, "2026-12-31", "2026-12-31", NULL },
	{ MONDAY, "  2026-12-01\t", "2026-12-01", NULL },
	/* today, tomorrow, next. */
	{ MONDAY, "today", MONDAY, NULL },
	{ MONDAY, "TODAY", MONDAY, NULL },
	{ MONDAY, " Today ", MONDAY, NULL },
	{ MONDAY, "tomorrow", "2026-11-24", NULL },
	{ "2026-12-31", "tomorrow", "2027-01-01", NULL },
	{ "2028-02-28", "tomorrow", "2028-02-29", NULL },
	{ "2026-02-28", "tomorrow", "2026-03-01", NULL },
	{ MONDAY, "next", NEXT, NULL },
	{ MONDAY, "NEXT", NEXT, NULL },
	/* Weekdays from a Monday: strictly after today. */
	{ MONDAY, "mon", "2026-11-30", NULL },
	{ MONDAY, "tue", "2026-11-24", NULL },
	{ MONDAY, "wed", "2026-11-25", NULL },
	{ MONDAY, "thu", "2026-11-26", NULL },
	{ MONDAY, "fri", "2026-11-27", NULL },
	{ MONDAY, "sat", "2026-11-28", NULL },
	{ MONDAY, "sun", "2026-11-29", NULL },
	{ MONDAY, "monday", "2026-11-30", NULL },
	{ MONDAY, "Tuesday", "2026-11-24", NULL },
	{ MONDAY, "WEDNESDAY", "2026-11-25", NULL },
	{ MONDAY, "thursday", "2026-11-26", NULL },
	{ MONDAY, "friday", "2026-11-27", NULL },
	{ MONDAY, "saturday", "2026-11-28", NULL },
	{ MONDAY, "sunday", "2026-11-29", NULL },
	{ MONDAY, "FRI", "2026-11-27", NULL },
	{ MONDAY, " fri\n", "2026-11-27", NULL },
	/* Weekdays from a Friday. */
	{ FRIDAY, "fri", "2026-12-04", NULL },
	{ FRIDAY, "friday", "2026-12-04", NULL },
	{ FRIDAY, "sat", "2026-11-28", NULL },
	{ FRIDAY, "mon", "2026-11-30", NULL },
	{ FRIDAY, "thu", "2026-12-03", NULL },
	/* Across a year end. */
	{ "2026-12-31", "fri", "2027-01-01", NULL },
	/* +Nd, +Nw, +Nm. */
	{ MONDAY, "+0d", MONDAY, NULL },
	{ MONDAY, "+1d", "2026-11-24", NULL },
	{ MONDAY, "+3d", "2026-11-26", NULL },
	{ MONDAY, "+8d", "2026-12-01", NULL },
	{ MONDAY, "+3D", "2026-11-26", NULL },
	{ MONDAY, "+40d", "2027-01-02", NULL },
	{ MONDAY, "+999d", "2029-08-18", NULL },
	{ MONDAY, "+007d", "2026-11-30", NULL },
	{ MONDAY, "+1w", "2026-11-30", NULL },
	{ MONDAY, "+2w", "2026-12-07", NULL },
	{ MONDAY, "+2W", "2026-12-07", NULL },
	{ MONDAY, "+6w", "2027-01-04", NULL },
	{ MONDAY, "+1m", "2026-12-23", NULL },
	{ MONDAY, "+2m", "2027-01-23", NULL },
	{ MONDAY, "+12m", "2027-11-23", NULL },
	{ "2026-01-31", "+1m", "2026-02-28", NULL },
	{ "2028-01-31", "+1m", "2028-02-29", NULL },
	{ "2026-03-31", "+1m", "2026-04-30", NULL },
	{ "2026-10-31", "+2m", "2026-12-31", NULL },
	{ "2028-02-29", "+12m", "2029-02-28", NULL },
	{ "2028-02-29", "+1d", "2028-03-01", NULL },
	{ "2026-11-30", "+1d", "2026-12-01", NULL },
	{ MONDAY, "\t+1m  ", "2026-12-23", NULL },
	/* Errors: well-formed but not on the calendar. */
	{ MONDAY, "2026-13-01", NULL, "'2026-13-01' is not a date on the calendar" },
	{ MONDAY, "2026-02-29", NULL, "'2026-02-29' is not a date on the calendar" },
	{ MONDAY, "2026-02-30", NULL, "'2026-02-30' is not a date on the calendar" },
	{ MONDAY, "2100-02-29", NULL, "'2100-02-29' is not a date on the calendar" },
	{ MONDAY, "2026-04-31", NULL, "'2026-04-31' is not a date on the calendar" },
	{ MONDAY, "2026-00-10", NULL, "'2026-00-10' is not a date on the calendar" },
	{ MONDAY, "2026-01-00", NULL, "'2026-01-00' is not a date on the calendar" },
	{ MONDAY, " 2026-02-30 ", NULL, "'2026-02-30' is not a date on the calendar" },
	/* Errors: past the last date YYYY-MM-DD can write. */
	{ "9999-12-31", "tomorrow", NULL, "'tomorrow' falls after 9999-12-31" },
	{ "9999-12-01", "+1m", NULL, "'+1m' falls after 9999-12-31" },
	{ "9999-12-30", "fri", "9999-12-31", NULL },
	{ "9999-12-30", "sat", NULL, "'sat' falls after 9999-12-31" },
	{ "9999-12-30", "+1d", "9999-12-31", NULL },
	/* Errors: not a date at all. */
	{ MONDAY, "", NULL, "'' is not a date" },
	{ MONDAY, "   ", NULL, "'' is not a date" },
	{ MONDAY, "garbage", NULL, "'garbage' is not a date" },
	{ MONDAY, "next week", NULL, "'next week' is not a date" },
	{ MONDAY, " next week ", NULL, "'next week' is not a date" },
	{ MONDAY, "+d", NULL, "'+d' is not a date" },
	{ MONDAY, "+3", NULL, "'+3' is not a date" },
	{ MONDAY, "+3x", NULL, "'+3x' is not a date" },
	{ MONDAY, "+3dd", NULL, "'+3dd' is not a date" },
	{ MONDAY, "+1000d", NULL, "'+1000d' is not a date" },
	/* Found by fuzz_date: so many digits overflowed an int (UBSan). */
	{ MONDAY, "+35555555555555d", NULL, "'+35555555555555d' is not a date" },
	{ MONDAY, "+-1d", NULL, "'+-1d' is not a date" },
	{ MONDAY, "-1d", NULL, "'-1d' is not a date" },
	{ MONDAY, "3d", NULL, "'3d' is not a date" },
	{ MONDAY, "+ 3d", NULL, "'+ 3d' is not a date" },
	{ MONDAY, "fr", NULL, "'fr' is not a date" },
	{ MONDAY, "frid", NULL, "'frid' is not a date" },
	{ MONDAY, "fridays", NULL, "'fridays' is not a date" },
	{ MONDAY, "todayx", NULL, "'todayx' is not a date" },
	{ MONDAY, "2026-1-5", NULL, "'2026-1-5' is not a date" },
	{ MONDAY, "2026/11/23", NULL, "'2026/11/23' is not a date" },
	{ MONDAY, "2026-11-233", NULL, "'2026-11-233' is not a date" },
	{ MONDAY, "20261123", NULL, "'20261123' is not a date" },
	/*
	 * Found by fuzz_date: near the calendar's end a relative date ran
	 * past 9999-12-31, which YYYY-MM-DD cannot hold.
	 */
	{ "9999-12-31", "today", "9999-12-31", NULL },
	{ "9999-12-28", "+3d", "9999-12-31", NULL },
	{ "9999-12-31", "+3d", NULL, "'+3d' falls after 9999-12-31" },
	{ "9999-12-31", "tomorrow", NULL, "'tomorrow' falls after 9999-12-31" },
	{ "9999-12-31", "fri", NULL, "'fri' falls after 9999-12-31" },
	{ "9999-11-30", "+1m", "9999-12-30", NULL },
	{ "9999-12-01", "+1m", NULL, "'+1m' falls after 9999-12-31" },
	{ "9950-06-15", "+999m", NULL, "'+999m' falls after 9999-12-31" },
	{ "9990-06-15", "+999w", NULL, "'+999w' falls after 9999-12-31" },
};

/* Parse a fixed date or fail the test. */
static struct date
iso(const char *s)
{
	struct date d = { 0, 0, 0 };

	assert_int_equal(date_from_iso(s, &d), 0);
	return d;
}

/* Run every row of the date_parse table. */
static void
test_parse_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
		const struct parse_case *c = &parse_cases[i];
		struct date out = { 0, 0, 0 };
		char *cause = NULL;
		char buf[11];
		int rc;

		rc = date_parse(c->text, iso(c->today), iso(NEXT), &out, &cause);
		if (c->want != NULL) {
			if (rc != 0)
				fail_msg("'%s': %s", c->text, cause);
			assert_null(cause);
			date_format(out, buf);
			if (strcmp(buf, c->want) != 0) {
				fail_msg("'%s' from %s: got %s, want %s",
				    c->text, c->today, buf, c->want);
			}
		} else {
			if (rc != -1)
				fail_msg("'%s' parsed but should not", c->text);
			assert_non_null(cause);
			if (strncmp(cause, c->cause, strlen(c->cause)) != 0)
				fail_msg("'%s': message '%s'", c->text, cause);
			assert_non_null(strstr(cause, ": use " DATE_ACCEPTED));
			free(cause);
		}
	}
}

/* The whole message, exactly. */
static void
test_parse_message(void **state)
{
	struct date out;
	char *cause = NULL;

	(void)state;
	assert_int_equal(date_parse(" soon ", iso(MONDAY), iso(NEXT), &out,
	    &cause), -1);
	assert_string_equal(cause, "'soon' is not a date: use YYYY-MM-DD, "
	    "today, tomorrow, a weekday (mon..sun), +Nd, +Nw, +Nm or next");
	free(cause);
	cause = NULL;
	assert_int_equal(date_parse("2026-02-30", iso(MONDAY), iso(NEXT), &out,
	    &cause), -1);
	assert_string_equal(cause, "'2026-02-30' is not a date on the "
	    "calendar: use " DATE_ACCEPTED);
	free(cause);
	/* A NULL cause is allowed. */
	assert_int_equal(date_parse("x", iso(MONDAY), iso(NEXT), &out, NULL),
	    -1);
}

/* "next" with no meeting ahead is an error, not a zero date. */
static void
test_parse_next_unknown(void **state)
{
	struct date none = { 0, 0, 0 }, out;
	char *cause = NULL;

	(void)state;
	assert_int_equal(date_parse("next", iso(MONDAY), none, &out, &cause),
	    -1);
	assert_non_null(strstr(cause, DATE_ACCEPTED));
	free(cause);
}

struct iso_case {
	const char *text;
	int ok;
};

/* Strict ISO parsing: no white space, no short fields. */
static void
test_from_iso(void **state)
{
	static const struct iso_case cases[] = {
		{ "2026-11-23", 1 }, { "0001-01-01", 1 }, { "9999-12-31", 1 },
		{ "2024-02-29", 1 }, { "2023-02-29", 0 }, { "1900-02-29", 0 },
		{ "0000-01-01", 0 }, { " 2026-11-23", 0 }, { "2026-11-23 ", 0 },
		{ "2026-11-3", 0 }, { "2026-11-", 0 }, { "", 0 },
		{ "2026-11-2x", 0 }, { "2026-06-31", 0 }, { "2026-12-32", 0 },
	};
	struct date d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if ((date_from_iso(cases[i].text, &d) == 0) != cases[i].ok)
			fail_msg("date_from_iso('%s')", cases[i].text);
	}
	assert_int_equal(date_from_iso(NULL, &d), -1);
	assert_int_equal(date_from_iso("2028-02-29", &d), 0);
	assert_int_equal(d.year, 2028);
	assert_int_equal(d.month, 2);
	assert_int_equal(d.day, 29);
}

/* Validity by month length and leap year. */
static void
test_valid(void **state)
{
	(void)state;
	assert_true(date_valid(2026, 1, 31));
	assert_false(date_valid(2026, 1, 32));
	assert_true(date_valid(2026, 4, 30));
	assert_false(date_valid(2026, 4, 31));
	assert_true(date_valid(2028, 2, 29));
	assert_false(date_valid(2026, 2, 29));
	assert_true(date_valid(2000, 2, 29));
	assert_false(date_valid(2100, 2, 29));
	assert_false(date_valid(2026, 0, 1));
	assert_false(date_valid(2026, 13, 1));
	assert_false(date_valid(2026, 5, 0));
	assert_false(date_valid(2026, 5, -1));
	assert_false(date_valid(0, 1, 1));
}

/* Formatting pads every field. */
static void
test_format(void **state)
{
	struct date d = { 2026, 3, 7 }, early = { 987, 1, 2 };
	char buf[11];

	(void)state;
	date_format(d, buf);
	assert_string_equal(buf, "2026-03-07");
	date_format(early, buf);
	assert_string_equal(buf, "0987-01-02");
	date_format(iso("2026-12-31"), buf);
	assert_string_equal(buf, "2026-12-31");
}

struct add_case {
	const char *from;
	int n;
	const char *want;
};

/* Adding days, forwards and backwards, across months, years and leaps. */
static void
test_add_days(void **state)
{
	static const struct add_case cases[] = {
		{ "2026-11-23", 0, "2026-11-23" },
		{ "2026-11-23", 1, "2026-11-24" },
		{ "2026-11-23", 8, "2026-12-01" },
		{ "2026-12-31", 1, "2027-01-01" },
		{ "2027-01-01", -1, "2026-12-31" },
		{ "2026-12-25", 10, "2027-01-04" },
		{ "2028-02-28", 1, "2028-02-29" },
		{ "2028-02-29", 1, "2028-03-01" },
		{ "2026-02-28", 1, "2026-03-01" },
		{ "2028-03-01", -1, "2028-02-29" },
		{ "2026-01-01", 365, "2027-01-01" },
		{ "2028-01-01", 366, "2029-01-01" },
		{ "2026-11-23", -365, "2025-11-23" },
		{ "2000-01-01", 10000, "2027-05-19" },
		{ "1970-01-01", -1, "1969-12-31" },
		{ "2100-02-28", 1, "2100-03-01" },
	};
	char buf[11];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		date_format(date_add_days(iso(cases[i].from), cases[i].n), buf);
		if (strcmp(buf, cases[i].want) != 0) {
			fail_msg("%s %+d: got %s, want %s", cases[i].from,
			    cases[i].n, buf, cases[i].want);
		}
	}
}

/* Adding months clamps the day and handles negative counts. */
static void
test_add_months(void **state)
{
	static const struct add_case cases[] = {
		{ "2026-01-31", 1, "2026-02-28" },
		{ "2028-01-31", 1, "2028-02-29" },
		{ "2026-11-23", 1, "2026-12-23" },
		{ "2026-12-15", 1, "2027-01-15" },
		{ "2026-11-30", 3, "2027-02-28" },
		{ "2026-05-31", -1, "2026-04-30" },
		{ "2026-01-15", -1, "2025-12-15" },
		{ "2026-01-15", -13, "2024-12-15" },
		{ "2026-03-31", -12, "2025-03-31" },
		{ "2026-06-10", 0, "2026-06-10" },
		{ "2026-06-10", 999, "2109-09-10" },
	};
	char buf[11];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		date_format(date_add_months(iso(cases[i].from), cases[i].n),
		    buf);
		if (strcmp(buf, cases[i].want) != 0) {
			fail_msg("%s %+d months: got %s, want %s",
			    cases[i].from, cases[i].n, buf, cases[i].want);
		}
	}
}

struct weekday_case {
	const char *date;
	int weekday;
};

/* Days of the week, 0 = Sunday. */
static void
test_weekday(void **state)
{
	static const struct weekday_case cases[] = {
		{ "2026-11-22", 0 }, { "2026-11-23", 1 }, { "2026-11-24", 2 },
		{ "2026-11-25", 3 }, { "2026-11-26", 4 }, { "2026-11-27", 5 },
		{ "2026-11-28", 6 }, { "1970-01-01", 4 }, { "1969-12-31", 3 },
		{ "2000-01-01", 6 }, { "2028-02-29", 2 }, { "0001-01-01", 1 },
		{ "9999-12-31", 5 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		if (date_weekday(iso(cases[i].date)) != cases[i].weekday)
			fail_msg("weekday of %s", cases[i].date);
	}
}

/* Differences are b - a, across years and leap days. */
static void
test_diff_cmp(void **state)
{
	(void)state;
	assert_int_equal(date_diff_days(iso(MONDAY), iso(MONDAY)), 0);
	assert_int_equal(date_diff_days(iso(MONDAY), iso(FRIDAY)), 4);
	assert_int_equal(date_diff_days(iso(FRIDAY), iso(MONDAY)), -4);
	assert_int_equal(date_diff_days(iso("2026-12-31"), iso("2027-01-01")),
	    1);
	assert_int_equal(date_diff_days(iso("2028-01-01"), iso("2029-01-01")),
	    366);
	assert_int_equal(date_diff_days(iso("2026-01-01"), iso("2027-01-01")),
	    365);
	assert_int_equal(date_diff_days(iso("2028-02-28"), iso("2028-03-01")),
	    2);
	assert_int_equal(date_diff_days(iso("1970-01-01"), iso("2026-11-23")),
	    20780);

	assert_int_equal(date_cmp(iso(MONDAY), iso(MONDAY)), 0);
	assert_true(date_cmp(iso(MONDAY), iso(FRIDAY)) < 0);
	assert_true(date_cmp(iso(FRIDAY), iso(MONDAY)) > 0);
	assert_true(date_cmp(iso("2026-12-01"), iso("2026-11-30")) > 0);
	assert_true(date_cmp(iso("2025-12-31"), iso("2026-01-01")) < 0);
}

/* The local date of a time: noon UTC is the same day almost everywhere. */
static void
test_from_time(void **state)
{
	struct date d;

	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	/* 2026-11-23T12:00:00Z. */
	d = date_from_time((time_t)1795435200);
	assert_int_equal(d.year, 2026);
	assert_int_equal(d.month, 11);
	assert_int_equal(d.day, 23);
	d = date_from_time((time_t)0);
	assert_int_equal(d.year, 1970);
	assert_int_equal(d.month, 1);
	assert_int_equal(d.day, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_table),
		cmocka_unit_test(test_parse_message),
		cmocka_unit_test(test_parse_next_unknown),
		cmocka_unit_test(test_from_iso),
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_add_days),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_weekday),
		cmocka_unit_test(test_diff_cmp),
		cmocka_unit_test(test_from_time),
	};

	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
