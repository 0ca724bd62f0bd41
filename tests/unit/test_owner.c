/* test_owner.c: owners and their to-do completion, on a history built in a real store. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "owner.h"
#include "store.h"
#include "testlib.h"
#include "util.h"
#include "view.h"

#define DAY (24 * 60 * 60)
#define HOUR (60 * 60)

/* A team of four, two a side; one item: the store needs no YAML. */
static char a_title[] = "Monthly Sales & Marketing Alignment";
static char n_dana[] = "Dana Reyes", n_sam[] = "Sam Ortiz";
static char n_priya[] = "Priya Natarajan", n_lee[] = "Lee Chen";
static char t_review[] = "Last month's commitments";
static char t_topic[] = "Pricing page";
static struct agenda_person team[] = {
	{ n_dana, SIDE_SALES }, { n_sam, SIDE_SALES },
	{ n_priya, SIDE_MARKETING }, { n_lee, SIDE_MARKETING },
};
static struct agenda_item items[] = {
	{ .kind = KIND_REVIEW, .title = t_review, .minutes = 10 },
	{ .kind = KIND_TOPIC, .title = t_topic, .minutes = 10 },
};
static struct agenda agenda = {
	.title = a_title, .minutes = 60, .team = team, .nteam = 4,
	.items = items, .nitems = 2,
};

/* Each test's folder, database and the history built in it. */
struct fixture {
	struct testdb db;
	long m[6];           /* meetings 1..5; m[0] unused */
	time_t start[6];     /* when each started */
	long a[10];          /* actions 1..9; a[0] unused */
};

/* A local time, or fail the test. */
static time_t
at(const char *iso)
{
	time_t t;

	assert_int_equal(clock_parse_iso(iso, &t), 0);
	return t;
}

/* Start a meeting at t (ending the one before it an hour after it began). */
static long
meeting(struct fixture *fx, int k, const char *iso)
{
	char *cause = NULL;

	if (k > 1)
		assert_int_equal(store_meeting_end(fx->db.st, fx->m[k - 1],
		    fx->start[k - 1] + HOUR, &cause), 0);
	fx->start[k] = at(iso);
	assert_int_equal(store_meeting_create(fx->db.st, &agenda, "title: x\n",
	    NULL, fx->start[k], &fx->m[k], &cause), 0);
	assert_null(cause);
	return fx->m[k];
}

/* Add an action made in meeting k (0: between meetings), a minute in. */
static long
action(struct fixture *fx, int k, const char *title, const char *owner,
    const char *due)
{
	struct action_new n = { .title = title, .owner = owner, .due = due,
	    .meeting_id = k > 0 ? fx->m[k] : 0 };
	char *cause = NULL;
	long id;

	assert_int_equal(store_action_add(fx->db.st, &n, k > 0 ? fx->start[k] +
	    60 : fx->start[1], &id, &cause), 0);
	assert_null(cause);
	return id;
}

/* Close action i in meeting k (0: none) at t. */
static void
close_at(struct fixture *fx, int i, enum action_status status, int k, time_t t)
{
	char *cause = NULL;

	assert_int_equal(store_action_close(fx->db.st, fx->a[i], status, k > 0 ?
	    fx->m[k] : 0, t, &cause), 0);
	assert_null(cause);
}

/*
 * Five monthly meetings, the fifth in progress. The commitments:
 *   M1 a1 Dana, done in M2                (before the window of M2-M4)
 *   M2 a2 Dana, done in M3                done by the next
 *      a3 Priya, done in M4               too late: M3 had ended
 *   M3 a4 Sam, escalated to Priya in M4, done in M4: Priya's, in time
 *      a5 Lee, dropped in M4              not done
 *      a6 Lee, deleted                    not counted at all
 *   M4 a7 Dana, done during M5            in time: M5 still runs
 *      a8 Priya, open, due 2026-12-01     not done; overdue
 *   -- a9 Sam, between meetings, open, due 2026-12-01: overdue, no commitment
 */
static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof *fx);

	if (fx == NULL || testdb_init(&fx->db) != 0) {
		free(fx);
		return -1;
	}
	*state = fx;
	return 0;
}

/* Build the history above. */
static void
build_history(struct fixture *fx)
{
	char *cause = NULL;

	meeting(fx, 1, "2026-08-24T10:00:00");
	fx->a[1] = action(fx, 1, "Old one", "Dana Reyes", "2026-09-01");
	meeting(fx, 2, "2026-09-21T10:00:00");
	close_at(fx, 1, ACTION_DONE, 2, fx->start[2] + 300);
	fx->a[2] = action(fx, 2, "Battlecard", "Dana Reyes", "2026-10-01");
	fx->a[3] = action(fx, 2, "Case study", "Priya Natarajan", "2026-10-01");
	meeting(fx, 3, "2026-10-26T10:00:00");
	/* Ten minutes into M3, which ends an hour after it began. */
	close_at(fx, 2, ACTION_DONE, 3, fx->start[3] + 600);
	fx->a[4] = action(fx, 3, "Lead routing", "Sam Ortiz", "2026-11-01");
	fx->a[5] = action(fx, 3, "Webinar list", "Lee Chen", "2026-11-01");
	fx->a[6] = action(fx, 3, "Typo", "Lee Chen", NULL);
	assert_int_equal(store_action_delete(fx->db.st, fx->a[6], 1, fx->m[3],
	    fx->start[3] + 900, &cause), 0);
	meeting(fx, 4, "2026-11-23T10:00:00");
	close_at(fx, 3, ACTION_DONE, 4, fx->start[4] + 120);
	assert_int_equal(store_action_escalate(fx->db.st, fx->a[4],
	    "Priya Natarajan", "2026-12-01", fx->m[4], fx->start[4] + 180,
	    &cause), 0);
	close_at(fx, 4, ACTION_DONE, 4, fx->start[4] + 240);
	close_at(fx, 5, ACTION_DROPPED, 4, fx->start[4] + 300);
	fx->a[7] = action(fx, 4, "Pricing FAQ", "Dana Reyes", "2026-12-10");
	fx->a[8] = action(fx, 4, "Nurture track", "Priya Natarajan",
	    "2026-12-01");
	fx->a[9] = action(fx, 0, "Between meetings", "Sam Ortiz",
	    "2026-12-01");
	/* M5 in progress: a7 done during it. */
	meeting(fx, 5, "2026-12-21T10:00:00");
	close_at(fx, 7, ACTION_DONE, 5, fx->start[5] + 2 * HOUR);
	assert_null(cause);
}

/* Close and remove everything the test made. */
static int
teardown(void **state)
{
	struct fixture *fx = *state;
	int rc;

	rc = testdb_fini(&fx->db);
	free(fx);
	return rc;
}

/* The owner named name in l, or fail. */
static const struct owner *
find(const struct owner_list *l, const char *name)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].name != NULL && strcmp(l->v[i].name, name) == 0)
			return &l->v[i];
	}
	fail_msg("no owner %s", name);
	return NULL;
}

/* Read the owners for a filter or fail. */
static void
owners_ok(struct fixture *fx, long before, int n, struct owner_list *l)
{
	struct owner_filter f = { "2026-12-21", before, n, 0 };
	char *cause = NULL;

	assert_int_equal(store_owners(fx->db.st, &f, l, &cause), 0);
	assert_null(cause);
}

/* Check one owner's row. */
static void
assert_owner(const struct owner_list *l, const char *name, enum side side,
    int open, int overdue, int done, int made, int made_done)
{
	const struct owner *o = find(l, name);

	if (o->side != side || o->open != open || o->overdue != overdue ||
	    o->done != done || o->made != made || o->made_done != made_done)
		fail_msg("%s: side %d open %d overdue %d done %d made %d/%d; "
		    "want %d %d %d %d %d/%d", name, o->side, o->open,
		    o->overdue, o->done, o->made_done, o->made, side, open,
		    overdue, done, made_done, made);
}

/* parley owners: the last three meetings with a next one, M2 to M4. */
static void
test_owners_last_three(void **state)
{
	struct fixture *fx = *state;
	struct owner_list l;
	char *s;

	build_history(fx);
	owners_ok(fx, 0, OWNER_MEETINGS, &l);
	assert_int_equal(l.nmeetings, 3);
	assert_int_equal(l.first_meeting, fx->m[2]);
	assert_string_equal(l.first_date, "2026-09-21");
	assert_int_equal(l.last_meeting, fx->m[4]);
	assert_string_equal(l.last_date, "2026-11-23");
	/* By name; Lee's deleted action is nowhere, his dropped one counts. */
	assert_int_equal(l.n, 4);
	assert_string_equal(l.v[0].name, "Dana Reyes");
	assert_string_equal(l.v[1].name, "Lee Chen");
	assert_string_equal(l.v[2].name, "Priya Natarajan");
	assert_string_equal(l.v[3].name, "Sam Ortiz");
	/* a1 is before the window; a2 in time; a7 done while M5 runs. */
	assert_owner(&l, "Dana Reyes", SIDE_SALES, 0, 0, 3, 2, 2);
	assert_owner(&l, "Lee Chen", SIDE_MARKETING, 0, 0, 0, 1, 0);
	/* a3 too late, a4 escalated to her and done in time, a8 open. */
	assert_owner(&l, "Priya Natarajan", SIDE_MARKETING, 1, 1, 2, 3, 1);
	/* a4 counts for its current owner; a9 is no meeting's commitment. */
	assert_owner(&l, "Sam Ortiz", SIDE_SALES, 1, 1, 0, 0, 0);
	s = owner_summary(&l);
	assert_string_equal(s, "3 of 6 (50%) \xc2\xb7 target 90% \xc2\xb7 "
	    "sales 2/2 \xc2\xb7 marketing 1/4");
	free(s);
	s = owner_breakdown(&l);
	assert_string_equal(s, "Dana Reyes 2/2 \xc2\xb7 Lee Chen 0/1 \xc2\xb7 "
	    "Priya Natarajan 1/3");
	free(s);
	owner_list_fini(&l);
}

/* The review's window: the one meeting before a given one. */
static void
test_owners_last_month(void **state)
{
	struct fixture *fx = *state;
	struct owner_list l;
	int made, done;

	build_history(fx);
	/* In M5: M4's commitments, judged by now since M5 runs. */
	owners_ok(fx, fx->m[5], 1, &l);
	assert_int_equal(l.nmeetings, 1);
	assert_int_equal(l.first_meeting, fx->m[4]);
	assert_int_equal(l.last_meeting, fx->m[4]);
	owner_total(&l, SIDE_NONE, &made, &done);
	assert_int_equal(made, 2);
	assert_int_equal(done, 1);
	assert_owner(&l, "Dana Reyes", SIDE_SALES, 0, 0, 3, 1, 1);
	assert_owner(&l, "Priya Natarajan", SIDE_MARKETING, 1, 1, 2, 1, 0);
	owner_list_fini(&l);

	/* In M4: M3's, judged by M4's end; a4 was done before it. */
	owners_ok(fx, fx->m[4], 1, &l);
	assert_int_equal(l.first_meeting, fx->m[3]);
	owner_total(&l, SIDE_NONE, &made, &done);
	assert_int_equal(made, 2);
	assert_int_equal(done, 1);
	owner_total(&l, SIDE_SALES, &made, &done);
	assert_int_equal(made, 0);
	owner_list_fini(&l);

	/* In M3: M2's; a3 was done, but after M3 ended. */
	owners_ok(fx, fx->m[3], 1, &l);
	assert_owner(&l, "Dana Reyes", SIDE_SALES, 0, 0, 3, 1, 1);
	assert_owner(&l, "Priya Natarajan", SIDE_MARKETING, 1, 1, 2, 1, 0);
	owner_list_fini(&l);

	/* In M1: nothing before it, nothing counted, no division by zero. */
	owners_ok(fx, fx->m[1], 1, &l);
	assert_int_equal(l.nmeetings, 0);
	assert_int_equal(l.first_meeting, 0);
	assert_string_equal(l.first_date, "");
	owner_total(&l, SIDE_NONE, &made, &done);
	assert_int_equal(made, 0);
	owner_list_fini(&l);
}

/* Done exactly as the next meeting ends counts; a second later does not. */
static void
test_owners_edge_of_next(void **state)
{
	struct fixture *fx = *state;
	struct owner_list l;

	meeting(fx, 1, "2026-10-26T10:00:00");
	fx->a[1] = action(fx, 1, "On the dot", "Dana Reyes", NULL);
	fx->a[2] = action(fx, 1, "A second late", "Sam Ortiz", NULL);
	meeting(fx, 2, "2026-11-23T10:00:00");
	meeting(fx, 3, "2026-12-21T10:00:00");   /* M2 ended at 11:00 */
	close_at(fx, 1, ACTION_DONE, 0, fx->start[2] + HOUR);
	close_at(fx, 2, ACTION_DONE, 0, fx->start[2] + HOUR + 1);
	owners_ok(fx, 0, OWNER_MEETINGS, &l);
	assert_int_equal(l.nmeetings, 2);
	assert_owner(&l, "Dana Reyes", SIDE_SALES, 0, 0, 1, 1, 1);
	assert_owner(&l, "Sam Ortiz", SIDE_SALES, 0, 0, 1, 1, 0);
	owner_list_fini(&l);
}

/* No meetings, no actions: an empty list, nothing counted. */
static void
test_owners_empty(void **state)
{
	struct fixture *fx = *state;
	struct owner_list l;
	char *s;

	owners_ok(fx, 0, OWNER_MEETINGS, &l);
	assert_int_equal(l.n, 0);
	assert_int_equal(l.nmeetings, 0);
	s = owner_summary(&l);
	assert_string_equal(s, "\xe2\x80\x94 \xc2\xb7 target 90% \xc2\xb7 "
	    "sales \xe2\x80\x94 \xc2\xb7 marketing \xe2\x80\x94");
	free(s);
	assert_null(owner_breakdown(&l));
	owner_list_fini(&l);
}

/* Percentages round half up; nothing made is a dash, never a division. */
static void
test_percent_and_format(void **state)
{
	static const struct {
		int done, made, percent;
		const char *text, *shorter;
	} cases[] = {
		{ 0, 0, -1, "\xe2\x80\x94", "\xe2\x80\x94" },
		{ 0, 3, 0, "0 of 3 (0%)", "0/3" },
		{ 4, 6, 67, "4 of 6 (67%)", "4/6" },
		{ 1, 8, 13, "1 of 8 (13%)", "1/8" },     /* 12.5 up */
		{ 1, 3, 33, "1 of 3 (33%)", "1/3" },
		{ 9, 10, 90, "9 of 10 (90%)", "9/10" },
		{ 199, 200, 100, "199 of 200 (100%)", "199/200" }, /* 99.5 up */
		{ 5, 5, 100, "5 of 5 (100%)", "5/5" },
	};
	char buf[48];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(owner_percent(cases[i].done, cases[i].made),
		    cases[i].percent);
		owner_format(buf, sizeof buf, cases[i].done, cases[i].made, 0);
		assert_string_equal(buf, cases[i].text);
		owner_format(buf, sizeof buf, cases[i].done, cases[i].made, 1);
		assert_string_equal(buf, cases[i].shorter);
	}
}

/* The table of parley owners, byte for byte. */
static void
test_write_table(void **state)
{
	struct fixture *fx = *state;
	struct owner_list l;
	struct capture c;

	build_history(fx);
	owners_ok(fx, 0, OWNER_MEETINGS, &l);
	capture_start(&c);
	owner_write_table(c.f, &l);
	capture_end(&c);
	assert_string_equal(c.buf,
	    "OWNER                SIDE        OPEN  OVERDUE  DONE  "
	    "DONE BY NEXT MEETING\n"
	    "Dana Reyes           sales          0        0     3  "
	    "2 of 2 (100%)\n"
	    "Lee Chen             marketing      0        0     0  "
	    "0 of 1 (0%)\n"
	    "Priya Natarajan      marketing      1        1     2  "
	    "1 of 3 (33%)\n"
	    "Sam Ortiz            sales          1        1     0  "
	    "\xe2\x80\x94\n"
	    "\n"
	    "To-do completion: 3 of 6 (50%) \xc2\xb7 target 90% \xc2\xb7 "
	    "sales 2/2 \xc2\xb7 marketing 1/4\n"
	    "Counted: what the 3 meetings from #2 (2026-09-21) to #4 "
	    "(2026-11-23) committed to,\neach done by the meeting after it.\n");
	free(c.buf);
	owner_list_fini(&l);
}

/*
 * The review's figure is in the screens' views (the meeting screen, the
 * room) while the review is the current item, and nowhere else.
 */
static void
test_view_completion(void **state)
{
	static const enum view_audience screens[] = {
		VIEW_FACILITATOR, VIEW_ROOM
	}, minutes[] = { VIEW_MINUTES, VIEW_MINUTES_PRIVATE };
	struct fixture *fx = *state;
	struct meeting_view v;
	struct meeting *m;
	char *cause = NULL;
	int made, done;
	size_t i;

	build_history(fx);
	for (i = 0; i < 2; i++) {
		assert_int_equal(view_load(fx->db.st, fx->m[5], screens[i], &v,
		    &cause), 0);
		assert_int_equal(v.completion.nmeetings, 1);
		assert_int_equal(v.completion.first_meeting, fx->m[4]);
		owner_total(&v.completion, SIDE_NONE, &made, &done);
		assert_int_equal(made, 2);
		assert_int_equal(done, 1);
		view_fini(&v);
	}
	for (i = 0; i < 2; i++) {
		assert_int_equal(view_load(fx->db.st, fx->m[5], minutes[i], &v,
		    &cause), 0);
		assert_int_equal(v.completion.nmeetings, 0);
		assert_int_equal(v.completion.n, 0);
		view_fini(&v);
	}
	/* On another item, the screens do not load it either. */
	assert_int_equal(store_meeting_load(fx->db.st, fx->m[5], &m, &cause),
	    0);
	m->current = 1;
	assert_int_equal(store_meeting_save_clock(fx->db.st, m, &cause), 0);
	meeting_free(m);
	assert_int_equal(view_load(fx->db.st, fx->m[5], VIEW_FACILITATOR, &v,
	    &cause), 0);
	assert_int_equal(v.completion.nmeetings, 0);
	assert_int_equal(v.completion.n, 0);
	view_fini(&v);
	assert_null(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_owners_last_three, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_owners_last_month, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_owners_edge_of_next, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_owners_empty, setup,
		    teardown),
		cmocka_unit_test(test_percent_and_format),
		cmocka_unit_test_setup_teardown(test_write_table, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_view_completion, setup,
		    teardown),
	};

	/* Stored times are local: make local UTC. */
	setenv("TZ", "UTC", 1);
	tzset();
	umask(022);
	return cmocka_run_group_tests_name("owner", tests, NULL, NULL);
}
