/*
 * test_rating.c: the meeting's rating: parsing one, the average and its
 * trend as a case table, and the store's ratings on real SQLite.
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

#include "rating.h"
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
	{ "1", 1 }, { "10", 10 }, { " 7 ", 7 }, { "0", 0 }, { "11", 0 },
	{ "7.5", 0 }, { "-3", 0 }, { "", 0 }, { "ten", 0 }, { "8/10", 0 },
};

/* A rating is a whole number from 1 to 10. */
static void
test_parse(void **state)
{
	char *cause = NULL;
	size_t i;
	int v;

	(void)state;
	for (i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
		const struct parse_case *c = &parse_cases[i];
		int rc = rating_parse(c->text, &v, &cause);

		if (c->want == 0 && rc == 0)
			fail_msg("'%s' taken as %d", c->text, v);
		if (c->want != 0 && (rc != 0 || v != c->want))
			fail_msg("'%s': want %d", c->text, c->want);
		if (rc != 0) {
			assert_non_null(strstr(cause, "from 1 to 10"));
			free(cause);
			cause = NULL;
		}
	}
}

/* A history of (count, sum), oldest first, this meeting last. */
static const struct trend_case {
	const char *what;
	size_t n;
	int count[6];
	long sum[6];
	double today, before;   /* -1: none */
	const char *since;
	const char *spark;
} trend_cases[] = {
	{ "nobody rated, nothing before", 1, { 0 }, { 0 }, -1, -1, "",
	    SPARK_GAP },
	{ "the first rating", 1, { 3 }, { 22 }, 22.0 / 3, -1, "", "▆" },
	{ "up from the last", 2, { 4, 3 }, { 28, 24 }, 8, 7, "2026-01-01",
	    "▆▇" },
	{ "this one not rated yet: its average is none", 2, { 2, 0 },
	    { 20, 0 }, -1, 10, "2026-01-01", "█" SPARK_GAP },
	{ "from the last rated, the oldest too", 3, { 2, 2, 1 }, { 2, 20, 5 },
	    5, 10, "2026-02-01", "▁█▄" },
	{ "six meetings, lowest to highest", 6, { 1, 1, 1, 1, 1, 1 },
	    { 1, 2, 4, 6, 8, 10 }, 10, 8, "2026-05-01", "▁▁▃▅▇█" },
};

/* Average, the last rated before, the sparkline, case by case. */
static void
test_trend(void **state)
{
	struct rating_meeting h[6];
	struct rating_view r;
	char since[11], spark[SPARK_SIZE(RATING_HISTORY)];
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof trend_cases / sizeof trend_cases[0]; i++) {
		const struct trend_case *c = &trend_cases[i];

		memset(&r, 0, sizeof r);
		for (k = 0; k < c->n; k++) {
			h[k].meeting_id = (long)k + 1;
			snprintf(h[k].date, sizeof h[k].date, "2026-%02d-01",
			    (int)(k % 12) + 1);
			h[k].count = c->count[k];
			h[k].sum = c->sum[k];
		}
		r.history = h;
		r.nhistory = c->n;
		if (rating_today(&r) < c->today - 1e-9 ||
		    rating_today(&r) > c->today + 1e-9)
			fail_msg("%s: today %g, want %g", c->what,
			    rating_today(&r), c->today);
		if (rating_previous(&r, since) != c->before ||
		    strcmp(since, c->since) != 0)
			fail_msg("%s: before %g (%s), want %g (%s)", c->what,
			    rating_previous(&r, since), since, c->before,
			    c->since);
		rating_spark(&r, spark, sizeof spark);
		if (strcmp(spark, c->spark) != 0)
			fail_msg("%s: spark %s, want %s", c->what, spark,
			    c->spark);
	}
	assert_true(rating_today(NULL) < 0);
	assert_true(rating_previous(NULL, since) < 0);
	assert_int_equal(rating_count(NULL), 0);
}

/* An agenda with a team and a wrap-up. */
static char a_title[] = "Monthly";
static char n_dana[] = "Dana Reyes", n_priya[] = "Priya Natarajan";
static char t_wrap[] = "Wrap-up";
static struct agenda_person team[] = {
	{ n_priya, SIDE_MARKETING }, { n_dana, SIDE_SALES },
};
static struct agenda_item items[] = {
	{ .kind = KIND_WRAPUP, .title = t_wrap, .minutes = 5 },
};
static struct agenda agenda = {
	.title = a_title, .minutes = 5, .team = team, .nteam = 2,
	.items = items, .nitems = 1,
};

/* Rate or fail the test; returns whether the name was new to it. */
static int
rate_ok(struct store *st, long m, const char *name, int value)
{
	char *cause = NULL;
	int added = -1;

	if (store_rating_set(st, m, name, value, &added, &cause) != 0)
		fail_msg("rating %s: %s", name, cause);
	return added;
}

/* The store refuses what is out of range or nameless, and replaces. */
static void
test_store_set(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct rating_view r;
	char *cause = NULL;
	long m = meeting_at(st, &agenda, t0());

	assert_int_equal(store_rating_set(st, m, "Dana Reyes", 0, NULL,
	    &cause), -1);
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	cause = NULL;
	assert_int_equal(store_rating_set(st, m, "Dana Reyes", 11, NULL,
	    &cause), -1);
	free(cause);
	cause = NULL;
	assert_int_equal(store_rating_set(st, m, "  ", 5, NULL, &cause), -1);
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	cause = NULL;
	/* A team member is an attendee already; case aside, the same one. */
	assert_int_equal(rate_ok(st, m, "Dana Reyes", 4), 0);
	assert_int_equal(rate_ok(st, m, "dana reyes", 9), 0);
	/* A guest becomes an attendee, without a side. */
	assert_int_equal(rate_ok(st, m, "Ana Guest", 6), 1);
	assert_int_equal(store_ratings(st, m, &r, &cause), 0);
	assert_int_equal(r.n, 3);
	/* Sales first, then marketing, then those without a side. */
	assert_string_equal(r.v[0].name, "Dana Reyes");
	assert_int_equal(r.v[0].side, SIDE_SALES);
	assert_int_equal(r.v[0].value, 9);
	assert_string_equal(r.v[1].name, "Priya Natarajan");
	assert_int_equal(r.v[1].value, 0);
	assert_string_equal(r.v[2].name, "Ana Guest");
	assert_int_equal(r.v[2].side, SIDE_NONE);
	assert_int_equal(rating_count(&r), 2);
	assert_true(rating_today(&r) > 7.49 && rating_today(&r) < 7.51);
	rating_view_fini(&r);
	rating_view_fini(NULL);
	store_close(st);
}

/*
 * The trend of a meeting: the rated meetings before it, five at most,
 * then itself, rated or not; later meetings are not in it.
 */
static void
test_store_trend(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct rating_view r;
	char *cause = NULL, since[11];
	long m[8];
	int i;

	for (i = 0; i < 8; i++) {
		m[i] = meeting_at(st, &agenda, t0() + i * 30 * DAY);
		/* The third meeting is not rated. */
		if (i != 2) {
			rate_ok(st, m[i], "Dana Reyes", 1 + i);
			rate_ok(st, m[i], "Priya Natarajan", 3 + i);
		}
	}
	assert_int_equal(store_ratings(st, m[7], &r, &cause), 0);
	assert_int_equal(r.nhistory, RATING_HISTORY);
	/* m[2] was not rated: the five before m[7] go back to m[1]. */
	assert_int_equal(r.history[0].meeting_id, m[1]);
	assert_int_equal(r.history[1].meeting_id, m[3]);
	assert_int_equal(r.history[5].meeting_id, m[7]);
	assert_int_equal(r.history[5].count, 2);
	assert_int_equal(r.history[5].sum, 8 + 10);
	assert_true(rating_previous(&r, since) == 8.0);
	rating_view_fini(&r);

	/* The unrated meeting: itself last, empty; the ones before it. */
	assert_int_equal(store_ratings(st, m[2], &r, &cause), 0);
	assert_int_equal(r.nhistory, 3);
	assert_int_equal(r.history[2].count, 0);
	assert_true(rating_today(&r) < 0);
	assert_true(rating_previous(&r, since) == 3.0);
	assert_string_equal(since, "2026-12-22");
	rating_view_fini(&r);
	assert_null(cause);
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_trend),
		cmocka_unit_test_setup_teardown(test_store_set, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_store_trend,
		    tmpdir_setup, tmpdir_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
