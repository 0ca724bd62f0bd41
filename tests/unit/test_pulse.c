/*
 * test_pulse.c: the tension and friction check: parsing a rating, the
 * sparkline of a side's measure, the early warnings as a case table, and
 * the store's history of a meeting on real SQLite.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "pulse.h"
#include "spark.h"
#include "store.h"
#include "testlib.h"
#include "util.h"

#define DAY (24 * 60 * 60)

/* What a rating as typed parses to; 0: refused. */
static const struct parse_case {
	const char *text;
	int want;
} parse_cases[] = {
	{ "1", 1 }, { "5", 5 }, { " 3 ", 3 }, { "\t4", 4 },
	{ "0", 0 }, { "6", 0 }, { "-1", 0 }, { "3.5", 0 }, { "4x", 0 },
	{ "", 0 }, { " ", 0 }, { "x", 0 }, { "99999999999999999999", 0 },
};

/* A rating is a whole number from 1 to 5, blanks aside. */
static void
test_parse(void **state)
{
	char *cause = NULL;
	size_t i;
	int v;

	(void)state;
	for (i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
		const struct parse_case *c = &parse_cases[i];
		int rc = pulse_parse(c->text, &v, &cause);

		if (c->want == 0 && rc == 0)
			fail_msg("'%s' taken as %d", c->text, v);
		if (c->want != 0 && (rc != 0 || v != c->want))
			fail_msg("'%s': want %d, got rc %d", c->text, c->want,
			    rc);
		if (rc != 0) {
			assert_non_null(strstr(cause, "from 1"));
			free(cause);
			cause = NULL;
		}
	}
	assert_int_equal(pulse_parse(NULL, &v, NULL), -1);
}

/* At most this many meetings in a case. */
#define MAXM 8

/*
 * A history, oldest first, the last meeting this one: each side's
 * tension and friction there (0: did not rate).
 */
struct history {
	size_t n;
	int sales[MAXM][2];
	int mkt[MAXM][2];
};

/* Build a view over static storage from a history. */
static void
build(const struct history *h, struct pulse_view *p,
    struct pulse_meeting m[MAXM])
{
	size_t i;

	memset(m, 0, MAXM * sizeof *m);
	for (i = 0; i < h->n; i++) {
		m[i].meeting_id = (long)i + 1;
		snprintf(m[i].date, sizeof m[i].date, "2026-%02d-01",
		    (int)(i % 12) + 1);
		m[i].side[0].value[PULSE_TENSION] = h->sales[i][0];
		m[i].side[0].value[PULSE_FRICTION] = h->sales[i][1];
		m[i].side[1].value[PULSE_TENSION] = h->mkt[i][0];
		m[i].side[1].value[PULSE_FRICTION] = h->mkt[i][1];
	}
	p->v = m;
	p->n = h->n;
}

/* The warnings of a history, as "sales tension 2>4 2026-01-01; ...". */
static void
warnings_text(const struct pulse_view *p, char *buf, size_t size)
{
	struct pulse_warning w[4];
	size_t i, n = pulse_warnings(p, w), used = 0;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		used += (size_t)snprintf(buf + used, size - used,
		    "%s%s %s %d>%d %s", i > 0 ? "; " : "", agenda_side_name(w[i].side),
		    pulse_measure_name(w[i].measure), w[i].from, w[i].to,
		    w[i].since);
}

static const struct warn_case {
	const char *what;
	struct history h;
	const char *want;
} warn_cases[] = {
	{ "a rise of exactly 2 warns",
	    { 2, { { 2, 2 }, { 4, 2 } }, { { 0, 0 }, { 0, 0 } } },
	    "sales tension 2>4 2026-01-01" },
	{ "a rise of 1 does not",
	    { 2, { { 2, 2 }, { 3, 3 } }, { { 0, 0 }, { 0, 0 } } }, "" },
	{ "a fall does not, however large",
	    { 2, { { 5, 5 }, { 1, 1 } }, { { 0, 0 }, { 0, 0 } } }, "" },
	{ "the first rating has nothing to rise from",
	    { 1, { { 5, 5 } }, { { 5, 5 } } }, "" },
	{ "not rated today: nothing to warn of",
	    { 2, { { 1, 1 }, { 0, 0 } }, { { 1, 1 }, { 0, 0 } } }, "" },
	{ "from the last rating, though a meeting was skipped",
	    { 3, { { 1, 1 }, { 0, 0 }, { 3, 1 } }, { { 0 } } },
	    "sales tension 1>3 2026-01-01" },
	{ "from the last rating, not the first of the history",
	    { 3, { { 1, 1 }, { 3, 3 }, { 4, 4 } }, { { 0 } } }, "" },
	{ "each side and measure, sales first, tension first",
	    { 2, { { 1, 1 }, { 3, 5 } }, { { 2, 1 }, { 5, 4 } } },
	    "sales tension 1>3 2026-01-01; sales friction 1>5 2026-01-01; "
	    "marketing tension 2>5 2026-01-01; marketing friction 1>4 "
	    "2026-01-01" },
	{ "one side only",
	    { 2, { { 3, 3 }, { 3, 3 } }, { { 1, 2 }, { 1, 4 } } },
	    "marketing friction 2>4 2026-01-01" },
	{ "an empty history", { 0, { { 0 } }, { { 0 } } }, "" },
};

/* The early warnings, case by case. */
static void
test_warnings(void **state)
{
	struct pulse_meeting m[MAXM];
	struct pulse_view p;
	char got[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof warn_cases / sizeof warn_cases[0]; i++) {
		build(&warn_cases[i].h, &p, m);
		warnings_text(&p, got, sizeof got);
		if (strcmp(got, warn_cases[i].want) != 0)
			fail_msg("%s: want \"%s\", got \"%s\"",
			    warn_cases[i].what, warn_cases[i].want, got);
	}
	assert_int_equal(pulse_warnings(NULL, (struct pulse_warning[4]){ 0 }),
	    0);
}

/* The sparkline: the last six meetings, gaps where a side did not rate. */
static void
test_spark(void **state)
{
	static const struct history h = { 8,
	    { { 5, 1 }, { 5, 1 }, { 1, 1 }, { 2, 0 }, { 0, 0 }, { 3, 2 },
	    { 4, 2 }, { 5, 2 } },
	    { { 0 } } };
	struct pulse_meeting m[MAXM];
	struct pulse_view p;
	char buf[SPARK_SIZE(PULSE_HISTORY)], since[11];

	(void)state;
	build(&h, &p, m);
	/* The two oldest (5, 5) are past the six shown. */
	pulse_spark(&p, SIDE_SALES, PULSE_TENSION, buf, sizeof buf);
	assert_string_equal(buf, "▁▃" SPARK_GAP "▅▇█");
	pulse_spark(&p, SIDE_SALES, PULSE_FRICTION, buf, sizeof buf);
	assert_string_equal(buf, "▁" SPARK_GAP SPARK_GAP "▃▃▃");
	pulse_spark(&p, SIDE_MARKETING, PULSE_TENSION, buf, sizeof buf);
	assert_string_equal(buf, SPARK_GAP SPARK_GAP SPARK_GAP SPARK_GAP
	    SPARK_GAP SPARK_GAP);
	pulse_spark(&p, SIDE_NONE, PULSE_TENSION, buf, sizeof buf);
	assert_string_equal(buf, "");
	/* The last rating before this meeting, and when it was. */
	assert_int_equal(pulse_previous(&p, SIDE_SALES, PULSE_TENSION, since),
	    4);
	assert_string_equal(since, "2026-07-01");
	assert_int_equal(pulse_previous(&p, SIDE_MARKETING, PULSE_TENSION,
	    since), 0);
	assert_string_equal(since, "");
	assert_int_equal(pulse_today(&p, SIDE_SALES)->value[PULSE_TENSION],
	    5);
	assert_null(pulse_today(&p, SIDE_NONE));
}

/* A small agenda: a pulse item. */
static char a_title[] = "Monthly";
static char t_pulse[] = "Tension & friction check";
static struct agenda_item items[] = {
	{ .kind = KIND_PULSE, .title = t_pulse, .minutes = 5 },
};
static struct agenda agenda = {
	.title = a_title, .minutes = 5, .items = items, .nitems = 1,
};

/* Rate or fail the test. */
static void
rate_ok(struct store *st, long m, enum side side, int t, int f,
    const char *why)
{
	char *cause = NULL;

	if (store_pulse_set(st, m, side, t, f, why, &cause) != 0)
		fail_msg("pulse %ld: %s", m, cause);
}

/* The store refuses what is out of range, and keeps one rating a side. */
static void
test_store_set(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct pulse_view p;
	char *cause = NULL;
	long m = meeting_at(st, &agenda, t0());

	assert_int_equal(store_pulse_set(st, m, SIDE_SALES, 0, 3, NULL,
	    &cause), -1);
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	cause = NULL;
	assert_int_equal(store_pulse_set(st, m, SIDE_SALES, 3, 6, NULL,
	    &cause), -1);
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	cause = NULL;
	assert_int_equal(store_pulse_set(st, m, SIDE_NONE, 3, 3, NULL,
	    &cause), -1);
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	rate_ok(st, m, SIDE_SALES, 2, 3, "Budget cut");
	/* A second rating replaces the first, reason and all. */
	rate_ok(st, m, SIDE_SALES, 4, 1, "");
	rate_ok(st, m, SIDE_MARKETING, 5, 5, "Pricing page fight");
	assert_int_equal(store_pulse_history(st, m, &p, &cause), 0);
	assert_int_equal(p.n, 1);
	assert_int_equal(pulse_today(&p, SIDE_SALES)->value[PULSE_TENSION], 4);
	assert_int_equal(pulse_today(&p, SIDE_SALES)->value[PULSE_FRICTION],
	    1);
	assert_null(pulse_today(&p, SIDE_SALES)->reason);
	assert_string_equal(pulse_today(&p, SIDE_MARKETING)->reason,
	    "Pricing page fight");
	pulse_view_fini(&p);
	pulse_view_fini(NULL);
	store_close(st);
}

/*
 * The history of a meeting: the meetings before it that rated, five at
 * most, then itself (rated or not), whatever came after it.
 */
static void
test_store_history(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct pulse_view p;
	char *cause = NULL, buf[SPARK_SIZE(PULSE_HISTORY)];
	long m[9];
	int i;

	for (i = 0; i < 9; i++) {
		m[i] = meeting_at(st, &agenda, t0() + i * 30 * DAY);
		/* The fourth meeting does not rate at all. */
		if (i != 3)
			rate_ok(st, m[i], SIDE_SALES, 1 + i % 5, 2, NULL);
	}
	/* Meeting 8 (the ninth) rated 4; it sees 3, 5, 1, 2, 3 before it. */
	assert_int_equal(store_pulse_history(st, m[8], &p, &cause), 0);
	assert_int_equal(p.n, PULSE_HISTORY);
	assert_int_equal(p.v[0].meeting_id, m[2]);
	assert_int_equal(p.v[1].meeting_id, m[4]);
	assert_int_equal(p.v[5].meeting_id, m[8]);
	pulse_spark(&p, SIDE_SALES, PULSE_TENSION, buf, sizeof buf);
	assert_string_equal(buf, "▅█▁▃▅▇");
	pulse_view_fini(&p);

	/* An earlier meeting's history stops at it: later ones are not in. */
	assert_int_equal(store_pulse_history(st, m[4], &p, &cause), 0);
	assert_int_equal(p.n, 4);
	assert_int_equal(p.v[3].meeting_id, m[4]);
	assert_string_equal(p.v[0].date, "2026-11-22");
	pulse_view_fini(&p);

	/* The unrated meeting is in its own history, last, and empty. */
	assert_int_equal(store_pulse_history(st, m[3], &p, &cause), 0);
	assert_int_equal(p.n, 4);
	assert_int_equal(p.v[3].meeting_id, m[3]);
	assert_int_equal(pulse_today(&p, SIDE_SALES)->value[PULSE_TENSION], 0);
	assert_int_equal(pulse_previous(&p, SIDE_SALES, PULSE_TENSION, NULL),
	    3);
	pulse_view_fini(&p);
	assert_null(cause);
	store_close(st);
}

/* Two meetings started in the same second keep one order. */
static void
test_store_same_second(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct pulse_view p;
	char *cause = NULL;
	long a, b;

	a = meeting_at(st, &agenda, t0());
	rate_ok(st, a, SIDE_MARKETING, 1, 1, NULL);
	b = meeting_at(st, &agenda, t0());
	rate_ok(st, b, SIDE_MARKETING, 3, 1, NULL);
	assert_int_equal(store_pulse_history(st, b, &p, &cause), 0);
	assert_int_equal(p.n, 2);
	assert_int_equal(p.v[0].meeting_id, a);
	pulse_view_fini(&p);
	assert_int_equal(store_pulse_history(st, a, &p, &cause), 0);
	assert_int_equal(p.n, 1);
	assert_int_equal(p.v[0].meeting_id, a);
	pulse_view_fini(&p);
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_spark),
		cmocka_unit_test_setup_teardown(test_store_set, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_store_history,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_store_same_second,
		    tmpdir_setup, tmpdir_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
