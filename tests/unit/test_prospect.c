/*
 * test_prospect.c: unit tests for prospect objections: the matching of
 * names (a case table), the tally and its history built from hearings (a
 * case table), their words; then the store: counting again under the
 * first name, taking back, and a tally read across meetings.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "prospect.h"
#include "store.h"
#include "testlib.h"
#include "util.h"

/* Two names, and whether they name the same objection. */
static const struct match_case {
	const char *a;
	const char *b;
	int same;
} match_cases[] = {
	{ "Too expensive", "Too expensive", 1 },
	{ "Too expensive", "too EXPENSIVE", 1 },
	{ "Too expensive", "  Too   expensive  ", 1 },
	{ "Too expensive", "Too\texpensive\n", 1 },
	{ "Too expensive", "Tooexpensive", 1 },      /* spaces do not count */
	{ "SOC 2 report", "soc2 report", 1 },
	{ "Too expensive", "Too\xc2\xa0" "expensive", 1 },   /* no-break */
	{ "Too expensive", "Too\xe3\x80\x80" "expensive", 1 }, /* ideographic */
	{ "Too expensive", "Too expensive.", 0 },    /* punctuation counts */
	{ "Too expensive", "Too expansive", 0 },
	{ "Too expensive", "Too expensive!", 0 },
	{ "No budget", "No budgets", 0 },
	{ "Déjà vu", "DÉJÀ VU", 1 },                /* Latin-1 */
	{ "\xc3\x84rger", "\xc3\xa4rger", 1 },      /* Ä ä */
	{ "\xc5\xb8", "\xc3\xbf", 1 },              /* Ÿ ÿ */
	{ "\xc3\x97", "\xc3\xb7", 0 },              /* × is no capital of ÷ */
	{ "A\xc3\x97" "B", "a\xc3\x97" "b", 1 },
	{ "\xc5\x81\xc3\x93" "D\xc5\xb9", "\xc5\x82\xc3\xb3" "d\xc5\xba", 1 },
	                                            /* ŁÓDŹ łódź */
	{ "\xc4\xbf", "\xc5\x80", 1 },              /* Ŀ ŀ: odd capital */
	{ "\xc4\xb2", "\xc4\xb3", 1 },              /* Ĳ ĳ */
	{ "\xc4\xb0", "i", 0 },                     /* İ is not i */
	{ "\xce\xa3\xce\x9f\xce\xa6\xce\x99\xce\x91",
	  "\xcf\x83\xce\xbf\xcf\x86\xce\xb9\xce\xb1", 1 },  /* ΣΟΦΙΑ σοφια */
	{ "\xce\xbb\xce\xbf\xce\xb3\xce\xbf\xcf\x82",
	  "\xce\x9b\xce\x9f\xce\x93\xce\x9f\xce\xa3", 1 },  /* final sigma */
	{ "\xd0\x9c\xd0\x9e\xd0\xa1\xd0\x9a\xd0\x92\xd0\x90",
	  "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0", 1 }, /* МОСКВА */
	{ "\xd0\x81\xd0\xbb\xd0\xba\xd0\xb0",
	  "\xd1\x91\xd0\xbb\xd0\xba\xd0\xb0", 1 },  /* Ёлка ёлка */
	{ "\xe4\xbb\xb7\xe6\xa0\xbc", "\xe4\xbb\xb7\xe6\xa0\xbc", 1 },
	{ "\xe4\xbb\xb7\xe6\xa0\xbc", "\xe4\xbb\xb7", 0 },
	{ "", "", 1 },
	{ "   ", "", 1 },
};

/* Every pair of the table, both ways round. */
static void
test_match_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof match_cases / sizeof match_cases[0]; i++) {
		const struct match_case *c = &match_cases[i];

		if (prospect_same(c->a, c->b) != c->same ||
		    prospect_same(c->b, c->a) != c->same)
			fail_msg("case %zu: \"%s\" and \"%s\" should%s match",
			    i, c->a, c->b, c->same ? "" : " not");
	}
	assert_int_equal(prospect_same(NULL, "x"), 0);
	assert_int_equal(prospect_same("x", NULL), 0);
	assert_null(prospect_key(NULL));
}

/* The key itself: what the store and the tally group by. */
static void
test_key(void **state)
{
	char *k;

	(void)state;
	k = prospect_key(" Too  Expensive\t");
	assert_string_equal(k, "tooexpensive");
	free(k);
	/* An invalid byte is kept apart as U+FFFD, never read past. */
	k = prospect_key("A\xff" "B");
	assert_string_equal(k, "a\xef\xbf\xbd" "b");
	free(k);
	k = prospect_key("\xc3");
	assert_string_equal(k, "\xef\xbf\xbd");
	free(k);
}

/* Finding the one typed among names: the first that matches. */
static void
test_find(void **state)
{
	const char *names[] = { "No budget", "Too expensive", "too expensive",
	    NULL, "SOC 2" };

	(void)state;
	assert_int_equal(prospect_find(names, 5, "TOO EXPENSIVE"), 1);
	assert_int_equal(prospect_find(names, 5, "no budget"), 0);
	assert_int_equal(prospect_find(names, 5, "soc2"), 4);
	assert_int_equal(prospect_find(names, 5, "Pricing"), -1);
	assert_int_equal(prospect_find(names, 5, ""), -1);
	assert_int_equal(prospect_find(names, 5, "  "), -1);
	assert_int_equal(prospect_find(names, 5, NULL), -1);
	assert_int_equal(prospect_find(names, 0, "No budget"), -1);
}

/* A hearing for the tally's case table. */
struct heard_row {
	long id;
	int parroted;
	long meeting;
	const char *day;
	const char *name;
};

/* A line the tally must have, in its place. */
struct line_want {
	const char *name;
	long hearing_id;
	int heard, parroted, meetings, window;
	const char *first, *before;
	int requested, uncovered;
	const char *history, *times;
};

struct tally_case {
	const char *what;
	long meeting;
	const struct heard_row *rows;
	size_t nrows;
	long window[PROSPECT_WINDOW];
	size_t nwindow;
	const char *requested[4];
	size_t nrequested;
	const struct line_want *lines;
	size_t nlines;
	int total;
	const char *names[6];
	size_t nnames;
};

#define N(a) (sizeof (a) / sizeof (a)[0])

/* Four meetings; the fourth, today, hears three objections. */
static const struct heard_row rows_history[] = {
	{ 1, 0, 1, "2026-08-24", "Too expensive" },
	{ 2, 0, 1, "2026-08-24", "No budget this quarter" },
	{ 3, 0, 2, "2026-09-28", "Too expensive" },
	{ 4, 0, 3, "2026-10-26", "No budget this quarter" },
	{ 5, 0, 4, "2026-11-23", "Too expensive" },
	{ 6, 0, 4, "2026-11-23", "Needs SOC 2" },
	{ 7, 0, 4, "2026-11-23", "too  expensive" },
	{ 8, 0, 4, "2026-11-23", "No budget this quarter" },
	{ 9, 0, 4, "2026-11-23", "Too expensive" },
};
static const struct line_want want_history[] = {
	{ "Too expensive", 9, 3, 0, 3, 4, "2026-08-24", "2026-09-28", 1, 0,
	  "heard in 3 of the last 4 meetings \xc2\xb7 first 2026-08-24 "
	  "\xc2\xb7 last 2026-09-28", "3\xc3\x97" },
	{ "Needs SOC 2", 6, 1, 0, 1, 4, "2026-11-23", "", 0, 0,
	  "new today", "1\xc3\x97" },
	{ "No budget this quarter", 8, 1, 0, 3, 4, "2026-08-24", "2026-10-26",
	  0, 1, "heard in 3 of the last 4 meetings \xc2\xb7 first 2026-08-24 "
	  "\xc2\xb7 last 2026-10-26", "1\xc3\x97" },
};

/* Statements parroted in Q1 count as such, alone or with a hearing. */
static const struct heard_row rows_parroted[] = {
	{ 1, 1, 1, "2026-10-26", "Your leads are junk!" },
	{ 2, 0, 2, "2026-11-23", "Too expensive" },
	{ 3, 1, 2, "2026-11-23", "Your leads are junk!" },
	{ 4, 1, 2, "2026-11-23", "too expensive" },
	{ 5, 1, 2, "2026-11-23", "YOUR LEADS ARE JUNK!" },
};
static const struct line_want want_parroted[] = {
	{ "Too expensive", 2, 1, 1, 1, 2, "2026-11-23", "", 0, 0,
	  "new today", "2\xc3\x97 (1 parroted)" },
	{ "Your leads are junk!", 0, 0, 2, 2, 2, "2026-10-26", "2026-10-26",
	  0, 0, "heard in 2 of the last 2 meetings \xc2\xb7 first 2026-10-26 "
	  "\xc2\xb7 last 2026-10-26", "2\xc3\x97 parroted" },
};

/* Heard long ago, outside the window: first heard, but not counted. */
static const struct heard_row rows_window[] = {
	{ 1, 0, 10, "2025-01-27", "Legal review takes months" },
	{ 2, 0, 20, "2026-10-26", "Legal review takes months" },
	{ 3, 0, 30, "2026-11-23", "Legal review takes months" },
	{ 4, 0, 30, "2026-11-23", "" },          /* blank: never a line */
};
static const struct line_want want_window[] = {
	{ "Legal review takes months", 3, 1, 0, 2, 6, "2025-01-27",
	  "2026-10-26", 2, 0, "heard in 2 of the last 6 meetings \xc2\xb7 "
	  "first 2025-01-27 \xc2\xb7 last 2026-10-26",
	  "1\xc3\x97" },
};

/* Equal counts keep the order heard; a later meeting is not today. */
static const struct heard_row rows_order[] = {
	{ 1, 0, 1, "2026-10-26", "Zebra" },
	{ 2, 0, 1, "2026-10-26", "apple" },
	{ 3, 0, 1, "2026-10-26", "Mango" },
	{ 4, 0, 1, "2026-10-26", "mango" },
	{ 5, 0, 2, "2026-11-23", "Kiwi" },
};
static const struct line_want want_order[] = {
	{ "Mango", 4, 2, 0, 1, 1, "2026-10-26", "", 0, 0, "new today",
	  "2\xc3\x97" },
	{ "Zebra", 1, 1, 0, 1, 1, "2026-10-26", "", 0, 0, "new today",
	  "1\xc3\x97" },
	{ "apple", 2, 1, 0, 1, 1, "2026-10-26", "", 0, 0, "new today",
	  "1\xc3\x97" },
};

static const struct tally_case tally_cases[] = {
	{ "history over four meetings", 4, rows_history, N(rows_history),
	  { 4, 3, 2, 1 }, 4, { "too expensive", "Pricing" }, 2,
	  want_history, N(want_history), 5,
	  { "Needs SOC 2", "No budget this quarter", "Too expensive" }, 3 },
	{ "parroted statements", 2, rows_parroted, N(rows_parroted),
	  { 2, 1 }, 2, { NULL }, 0, want_parroted, N(want_parroted), 4,
	  { "Too expensive" }, 1 },
	{ "a window of six", 30, rows_window, N(rows_window),
	  { 30, 29, 28, 27, 26, 20 }, 6,
	  { "Legal review takes months", "LEGAL review takes months", "" }, 3,
	  want_window, N(want_window), 1, { "Legal review takes months" }, 1 },
	{ "the order of equals", 1, rows_order, N(rows_order), { 1 }, 1,
	  { NULL }, 0, want_order, N(want_order), 4,
	  { "apple", "Kiwi", "Mango", "Zebra" }, 4 },
	{ "nothing heard", 9, rows_order, N(rows_order), { 9, 2, 1 }, 3,
	  { NULL }, 0, NULL, 0, 0, { "apple", "Kiwi", "Mango", "Zebra" }, 4 },
};

/* Build the case's hearings as the store would give them. */
static void
heard_of(const struct tally_case *c, struct prospect_heard_list *l)
{
	size_t i;

	l->n = c->nrows;
	l->v = calloc(c->nrows + 1, sizeof *l->v);
	assert_non_null(l->v);
	for (i = 0; i < c->nrows; i++) {
		l->v[i].id = c->rows[i].id;
		l->v[i].source = c->rows[i].parroted ? HEARD_PARROTED :
		    HEARD_CAPTURED;
		l->v[i].meeting_id = c->rows[i].meeting;
		snprintf(l->v[i].day, sizeof l->v[i].day, "%s", c->rows[i].day);
		l->v[i].name = xstrdup(c->rows[i].name);
	}
}

/* One line against what it should be. */
static void
check_line(const char *what, size_t i, const struct prospect_line *l,
    const struct line_want *w)
{
	char *history = prospect_history(l, "today");
	char *times = prospect_times(l);

	if (strcmp(l->name, w->name) != 0 || l->hearing_id != w->hearing_id ||
	    l->heard != w->heard || l->parroted != w->parroted ||
	    l->meetings != w->meetings || l->window != w->window ||
	    strcmp(l->first, w->first) != 0 ||
	    strcmp(l->before, w->before) != 0 ||
	    l->requested != w->requested ||
	    prospect_line_uncovered(l) != w->uncovered ||
	    strcmp(history, w->history) != 0 || strcmp(times, w->times) != 0)
		fail_msg("%s, line %zu: got \"%s\" #%ld heard %d parroted %d "
		    "in %d of %d, first %s before %s, requested %d, "
		    "uncovered %d, \"%s\", \"%s\"", what, i, l->name,
		    l->hearing_id, l->heard, l->parroted, l->meetings,
		    l->window, l->first, l->before, l->requested,
		    prospect_line_uncovered(l), history, times);
	free(history);
	free(times);
}

/* Every tally case: its lines in order, its total and its names. */
static void
test_tally_table(void **state)
{
	struct prospect_heard_list heard;
	struct prospect_tally t;
	size_t i, k;

	(void)state;
	for (i = 0; i < N(tally_cases); i++) {
		const struct tally_case *c = &tally_cases[i];
		size_t nun = 0;

		heard_of(c, &heard);
		prospect_tally_build(&t, c->meeting, &heard, c->window,
		    c->nwindow, c->requested, c->nrequested);
		/* Nothing is borrowed: the hearings may go first. */
		prospect_heard_list_fini(&heard);
		if (t.n != c->nlines || t.total != c->total ||
		    t.nnames != c->nnames)
			fail_msg("%s: %zu lines, %d heard, %zu names", c->what,
			    t.n, t.total, t.nnames);
		for (k = 0; k < t.n; k++) {
			check_line(c->what, k, &t.v[k], &c->lines[k]);
			nun += (size_t)c->lines[k].uncovered;
		}
		for (k = 0; k < t.nnames; k++) {
			if (strcmp(t.names[k], c->names[k]) != 0)
				fail_msg("%s: name %zu is %s", c->what, k,
				    t.names[k]);
		}
		assert_int_equal(prospect_uncovered(&t), nun);
		prospect_tally_fini(&t);
	}
}

/* The words of a line in the minutes name the meeting, not the day. */
static void
test_history_words(void **state)
{
	struct prospect_line l;
	char *s;

	(void)state;
	memset(&l, 0, sizeof l);
	strcpy(l.first, "2026-11-23");
	s = prospect_history(&l, "this meeting");
	assert_string_equal(s, "new this meeting");
	free(s);
	l.meetings = 2;
	l.window = 6;
	strcpy(l.first, "2026-01-26");
	strcpy(l.before, "2026-02-23");
	s = prospect_history(&l, "this meeting");
	assert_string_equal(s, "heard in 2 of the last 6 meetings \xc2\xb7 "
	    "first 2026-01-26 \xc2\xb7 last 2026-02-23");
	free(s);
	/* Only a captured objection can be answered, so called out. */
	assert_int_equal(prospect_line_uncovered(&l), 0);
	l.hearing_id = 3;
	assert_int_equal(prospect_line_uncovered(&l), 1);
	l.requested = 1;
	assert_int_equal(prospect_line_uncovered(&l), 0);
}

/* The agenda of every store test's meetings: Q1 and a topic. */
static const char agenda_text[] =
    "title: Monthly\n"
    "team:\n"
    "  sales: [Dana Reyes]\n"
    "  marketing: [Lee Chen]\n"
    "items:\n"
    "  - kind: objections\n    title: Q1\n    minutes: 10\n"
    "  - kind: topic\n    title: Other\n    minutes: 10\n";

/* A meeting started at fx->now (days later each time), ended at once. */
static struct meeting *
meeting_ok(struct testdb *fx, int end)
{
	struct meeting *m = NULL;
	char *cause = NULL;
	long id = testdb_start(fx, agenda_text, &m);

	if (end)
		assert_int_equal(store_meeting_end(fx->st, id, fx->now + 60,
		    &cause), 0);
	fx->now += 28 * 86400;
	return m;
}

/* Hear text in meeting m's Q1; returns again, checks the name. */
static int
hear_ok(struct testdb *fx, const struct meeting *m, const char *text,
    const char *as)
{
	char *name = NULL, *cause = NULL;
	int again = -1;
	long id;

	if (store_prospect_hear(fx->st, m->id, m->items[0].id, text, fx->now,
	    &id, &name, &again, &cause) != 0)
		fail_msg("hear %s: %s", text, cause);
	assert_string_equal(name, as);
	free(name);
	return again;
}

/* Heard again, an objection is counted under its first name. */
static void
test_store_hear(void **state)
{
	struct testdb *fx = *state;
	struct prospect_tally t;
	struct meeting *m = meeting_ok(fx, 0);
	char *name = NULL, *cause = NULL;
	int again;
	long id;

	assert_int_equal(hear_ok(fx, m, "Too expensive", "Too expensive"), 0);
	assert_int_equal(hear_ok(fx, m, "  TOO expensive ", "Too expensive"),
	    1);
	assert_int_equal(hear_ok(fx, m, "No budget", "No budget"), 0);
	assert_int_equal(store_prospect_hear(fx->st, m->id, m->items[0].id,
	    " \t", fx->now, &id, &name, &again, &cause), -1);
	assert_int_equal(store_error_code(fx->st), 65);
	assert_null(name);
	free(cause);
	assert_int_equal(store_prospect_tally(fx->st, m->id, &t, &cause), 0);
	assert_int_equal(t.n, 2);
	assert_string_equal(t.v[0].name, "Too expensive");
	assert_int_equal(t.v[0].heard, 2);
	assert_int_equal(t.total, 3);
	prospect_tally_fini(&t);
	/* A hearing marks its item covered, as any capture does. */
	assert_int_equal(store_item_captures(fx->st, m, &cause), 0);
	assert_int_equal(m->items[0].captures, 3);
	assert_int_equal(m->items[1].captures, 0);
	meeting_free(m);
}

/* A hearing taken back is in no tally, and comes back whole. */
static void
test_store_take_back(void **state)
{
	struct testdb *fx = *state;
	struct prospect_tally t;
	struct meeting *m = meeting_ok(fx, 0);
	char *name = NULL, *cause = NULL;
	int again;
	long id;

	assert_int_equal(store_prospect_hear(fx->st, m->id, m->items[0].id,
	    "Too expensive", fx->now, &id, &name, &again, &cause), 0);
	free(name);
	assert_int_equal(store_prospect_delete(fx->st, id, 1, fx->now, &cause),
	    0);
	assert_int_equal(store_prospect_tally(fx->st, m->id, &t, &cause), 0);
	assert_int_equal(t.n, 0);
	/* Nothing left to offer Tab either: the name went with it. */
	assert_int_equal(t.nnames, 0);
	prospect_tally_fini(&t);
	assert_int_equal(store_prospect_delete(fx->st, id, 1, fx->now, &cause),
	    -1);
	assert_int_equal(store_error_code(fx->st), 66);
	free(cause);
	cause = NULL;
	assert_int_equal(store_prospect_delete(fx->st, id, 0, fx->now, &cause),
	    0);
	assert_int_equal(store_prospect_tally(fx->st, m->id, &t, &cause), 0);
	assert_int_equal(t.n, 1);
	prospect_tally_fini(&t);
	assert_int_equal(store_prospect_delete(fx->st, 999, 1, fx->now,
	    &cause), -1);
	assert_int_equal(store_error_code(fx->st), 66);
	free(cause);
	meeting_free(m);
}

/* Add a parroted statement under item_id. */
static void
parrot_ok(struct testdb *fx, long meeting, long item_id, const char *said)
{
	struct objection o;
	char *cause = NULL;

	memset(&o, 0, sizeof o);
	o.meeting_id = meeting;
	o.item_id = item_id;
	o.side = SIDE_SALES;
	o.statement = (char *)said;
	o.question = (char *)"?";
	o.outcome = OUTCOME_RESOLVED;
	if (store_objection_add(fx->st, &o, NULL, fx->now, &cause) != 0)
		fail_msg("statement: %s", cause);
}

/*
 * The tally read from the store: history over earlier meetings only (a
 * later one does not change an old meeting's minutes), statements
 * parroted on Q1 and not elsewhere.
 */
static void
test_store_tally(void **state)
{
	struct testdb *fx = *state;
	struct prospect_tally t;
	struct meeting *m1 = meeting_ok(fx, 1), *m2, *m3;
	char *cause = NULL;

	hear_ok(fx, m1, "Too expensive", "Too expensive");
	parrot_ok(fx, m1->id, m1->items[0].id, "Your leads are junk!");
	m2 = meeting_ok(fx, 1);
	hear_ok(fx, m2, "too expensive", "Too expensive");
	hear_ok(fx, m2, "Needs SOC 2", "Needs SOC 2");
	parrot_ok(fx, m2->id, m2->items[0].id, "Your leads are junk!");
	/* Parroted under another item: not an objection heard. */
	parrot_ok(fx, m2->id, m2->items[1].id, "We never get anything");
	m3 = meeting_ok(fx, 0);
	hear_ok(fx, m3, "Needs SOC 2", "Needs SOC 2");

	assert_int_equal(store_prospect_tally(fx->st, m2->id, &t, &cause), 0);
	assert_int_equal(t.n, 3);
	assert_int_equal(t.total, 3);
	assert_string_equal(t.v[0].name, "Too expensive");
	assert_int_equal(t.v[0].meetings, 2);
	assert_int_equal(t.v[0].window, 2);
	assert_string_equal(t.v[0].first, "2026-11-22");
	assert_string_equal(t.v[0].before, "2026-11-22");
	assert_string_equal(t.v[1].name, "Needs SOC 2");
	assert_string_equal(t.v[1].before, "");   /* m3 is later */
	assert_string_equal(t.v[2].name, "Your leads are junk!");
	assert_int_equal(t.v[2].parroted, 1);
	assert_int_equal(t.v[2].meetings, 2);
	assert_int_equal(t.nnames, 2);
	prospect_tally_fini(&t);

	assert_int_equal(store_prospect_tally(fx->st, m3->id, &t, &cause), 0);
	assert_int_equal(t.n, 1);
	assert_int_equal(t.v[0].window, 3);
	assert_int_equal(t.v[0].meetings, 2);
	assert_string_equal(t.v[0].before, "2026-12-20");
	prospect_tally_fini(&t);
	/* No such meeting: nothing heard, no history. */
	assert_int_equal(store_prospect_tally(fx->st, 99, &t, &cause), 0);
	assert_int_equal(t.n, 0);
	assert_int_equal(t.nnames, 0);
	prospect_tally_fini(&t);
	meeting_free(m1);
	meeting_free(m2);
	meeting_free(m3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_match_table),
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_tally_table),
		cmocka_unit_test(test_history_words),
		cmocka_unit_test_setup_teardown(test_store_hear,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_store_take_back,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_store_tally,
		    testdb_setup, testdb_teardown),
	};

	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests_name("prospect", tests, NULL, NULL);
}
