/*
 * test_store_action.c: unit tests for parley actions' streamed listing
 * (its order, its filters, a plan with no sort), the carried count the
 * database keeps, and the three-carry rule every keep answers to.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store.h"
#include "testlib.h"
#include "util.h"

#define DAY (24 * 60 * 60)

static const char team_yaml[] =
    "title: Monthly alignment\n"
    "team:\n"
    "  sales: [Dana Reyes, Sam Ortiz]\n"
    "  marketing: [Priya Natarajan]\n"
    "items:\n"
    "  - kind: review\n"
    "    title: Last month's commitments\n"
    "    minutes: 10\n";

/* Add an action or fail the test; returns its id. */
static long
add(struct testdb *db, const char *title, const char *owner, const char *due,
    long meeting_id)
{
	struct action_new a = { .title = title, .owner = owner, .due = due,
	    .meeting_id = meeting_id };
	char *cause = NULL;
	long id = 0;

	assert_int_equal(store_action_add(db->st, &a, db->now, &id, &cause), 0);
	assert_null(cause);
	return id;
}

/* What a listing streamed: the titles joined by '|', and the last action. */
struct seen {
	char titles[512];
	size_t n;
	struct action last;      /* its texts copied into the two below */
	char title[64];
	char owner[64];
	long id;                 /* the action whose carries to note */
	int carried;             /* its carries, -1 when not seen */
};

/* store_actions_each's fn: note one action. */
static void
see(const struct action *a, void *arg)
{
	struct seen *s = arg;
	size_t used = strlen(s->titles);

	snprintf(s->titles + used, sizeof s->titles - used, "%s%s",
	    s->n++ > 0 ? "|" : "", a->title);
	s->last = *a;
	snprintf(s->title, sizeof s->title, "%s", a->title);
	snprintf(s->owner, sizeof s->owner, "%s", a->owner != NULL ?
	    a->owner : "(none)");
	s->last.title = s->title;
	s->last.owner = s->owner;
	if (a->id == s->id)
		s->carried = a->carried;
}

/* The titles store_actions lists for f, joined by '|'. */
static void
listed(struct store *st, const struct action_filter *f, char *buf,
    size_t size)
{
	struct action_list l;
	char *cause = NULL;
	size_t i, used = 0;

	assert_int_equal(store_actions(st, f, &l, &cause), 0);
	buf[0] = '\0';
	for (i = 0; i < l.n; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
		    i > 0 ? "|" : "", l.v[i].title);
	action_list_fini(&l);
}

/*
 * Owners by name whatever its case, then nobody's; within an owner by
 * due date, none last, then by id; done, dropped and deleted items only
 * where they belong. Each filter lists what it says, and what the whole
 * lists of store_actions list, in the same order.
 */
static void
test_each_order(void **state)
{
	struct testdb *db = *state;
	struct seen s;
	char *cause = NULL, want[512];
	long done, gone, m;
	size_t i;
	const struct {
		const char *what;
		struct action_filter f;
		const char *want;
	} cases[] = {
		{ "open", { 0 }, "a3|a1|a2|a4|b2|b1|n2|n1" },
		{ "all", { .all = 1 }, "a3|a1|a2|a4|a5|b2|b1|n2|n1" },
		{ "owner, any case", { .owner = "AMY ZHOU" }, "a3|a1|a2|a4" },
		{ "owner, all", { .all = 1, .owner = "amy zhou" },
		    "a3|a1|a2|a4|a5" },
		{ "owner with nothing", { .owner = "Priya Natarajan" }, "" },
		{ "owner unknown", { .owner = "Nobody At All" }, "" },
		{ "overdue", { .due_before = "2026-11-22" }, "b2|n2" },
		{ "overdue, all", { .all = 1, .due_before = "2026-11-22" },
		    "b2|n2" },
		{ "overdue, owner", { .owner = "bob stone",
		    .due_before = "2026-11-23" }, "b2|b1" },
		{ "overdue, later", { .due_before = "2026-12-02" },
		    "a3|a1|a2|b2|b1|n2" },
	};

	m = testdb_start(db, team_yaml, NULL);
	add(db, "a1", "amy Zhou", "2026-12-01", m);
	add(db, "a2", "amy Zhou", "2026-12-01", 0);
	add(db, "a3", "Amy Zhou", "2026-11-30", 0);
	add(db, "a4", "amy zhou", NULL, 0);
	done = add(db, "a5", "amy zhou", NULL, 0);
	gone = add(db, "gone", "amy zhou", "2026-11-01", 0);
	add(db, "b1", "Bob Stone", "2026-11-22", 0);
	add(db, "b2", "Bob Stone", "2026-11-20", 0);
	add(db, "n1", NULL, NULL, 0);
	add(db, "n2", NULL, "2026-11-01", 0);
	assert_int_equal(store_action_close(db->st, done, ACTION_DONE, 0,
	    db->now, &cause), 0);
	assert_int_equal(store_action_delete(db->st, gone, 1, 0, db->now,
	    &cause), 0);

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&s, 0, sizeof s);
		assert_int_equal(store_actions_each(db->st, &cases[i].f, see, &s,
		    &cause), 0);
		if (strcmp(s.titles, cases[i].want) != 0)
			fail_msg("%s: streamed \"%s\", want \"%s\"",
			    cases[i].what, s.titles, cases[i].want);
		listed(db->st, &cases[i].f, want, sizeof want);
		if (strcmp(s.titles, want) != 0)
			fail_msg("%s: streamed \"%s\", store_actions \"%s\"",
			    cases[i].what, s.titles, want);
	}
	assert_null(cause);
}

/* Each field of a streamed action is the one stored. */
static void
test_each_fields(void **state)
{
	struct testdb *db = *state;
	struct action_filter f = { .owner = "Sam Ortiz" };
	struct seen s;
	char *cause = NULL;
	long m, id;

	m = testdb_start(db, team_yaml, NULL);
	id = add(db, "Call the \"webinar\" leads, all of them", "sam ortiz",
	    "2026-12-04", m);
	memset(&s, 0, sizeof s);
	assert_int_equal(store_actions_each(db->st, &f, see, &s, &cause), 0);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.last.id, id);
	assert_string_equal(s.last.title, "Call the \"webinar\" leads, all of "
	    "them");
	assert_string_equal(s.last.owner, "Sam Ortiz");
	assert_int_equal(s.last.side, SIDE_SALES);
	assert_string_equal(s.last.due, "2026-12-04");
	assert_int_equal(s.last.status, ACTION_OPEN);
	assert_int_equal(s.last.meeting_id, m);
	assert_string_equal(s.last.created_at, T0_ISO);
	assert_int_equal(s.last.carried, 0);

	/* Nobody's, with no date and between meetings. */
	f.owner = NULL;
	id = add(db, "Orphan", NULL, NULL, 0);
	memset(&s, 0, sizeof s);
	assert_int_equal(store_actions_each(db->st, &f, see, &s, &cause), 0);
	assert_int_equal(s.n, 2);
	assert_int_equal(s.last.id, id);
	assert_string_equal(s.last.owner, "(none)");
	assert_int_equal(s.last.side, SIDE_NONE);
	assert_string_equal(s.last.due, "");
	assert_int_equal(s.last.meeting_id, 0);
	assert_null(cause);
}

/* The listing takes its own filters only: a meeting's is refused (70). */
static void
test_each_refuses_meeting_filters(void **state)
{
	struct testdb *db = *state;
	struct action_filter f = { .meeting_id = 1 };
	struct seen s;
	char *cause = NULL;

	memset(&s, 0, sizeof s);
	assert_int_equal(store_actions_each(db->st, &f, see, &s, &cause), -1);
	assert_int_equal(store_error_code(db->st), EX_SOFTWARE);
	assert_non_null(cause);
	free(cause);
	assert_int_equal(s.n, 0);
}

/*
 * Whatever the filters, SQLite walks an index in the order printed: no
 * temporary b-tree sorts the rows, the open ones come from the index of
 * open items, and an owner is found by name, not by reading everyone.
 * The index holds every column printed (migration 12): no row of the
 * table is read.
 */
static void
test_each_plan(void **state)
{
	struct testdb *db = *state;
	struct action_filter f;
	char *plan = NULL, *cause = NULL;
	int all, owner, overdue;

	testdb_start(db, team_yaml, NULL);
	add(db, "One", "Dana Reyes", "2026-11-01", 0);
	add(db, "Two", NULL, NULL, 0);
	for (all = 0; all < 2; all++)
	for (owner = 0; owner < 2; owner++)
	for (overdue = 0; overdue < 2; overdue++) {
		memset(&f, 0, sizeof f);
		f.all = all;
		f.owner = owner ? "Dana Reyes" : NULL;
		f.due_before = overdue ? "2026-11-22" : NULL;
		assert_int_equal(store_actions_plan(db->st, &f, &plan, &cause),
		    0);
		if (strstr(plan, "TEMP B-TREE") != NULL ||
		    strstr(plan, (!all || overdue) ?
		    "COVERING INDEX action_open_list" :
		    "COVERING INDEX action_list") == NULL ||
		    (owner && strstr(plan, "(name=?)") == NULL))
			fail_msg("all %d, owner %d, overdue %d:\n%s", all,
			    owner, overdue, plan);
		free(plan);
	}
	assert_null(cause);
}

/* Keep id through meeting m, or fail the test. */
static void
keep_ok(struct testdb *db, long id, const char *due, long m)
{
	char *cause = NULL;

	assert_int_equal(store_action_keep(db->st, id, due, m, db->now,
	    &cause), 0);
	assert_null(cause);
}

/* The carried count of action id, as both listings read it. */
static int
carried(struct testdb *db, long id)
{
	struct action_filter f = { .all = 1 };
	struct action_list l;
	struct seen s;
	char *cause = NULL;
	int n;

	assert_int_equal(store_actions(db->st, &f, &l, &cause), 0);
	assert_non_null(find_action(&l, id));
	n = find_action(&l, id)->carried;
	action_list_fini(&l);
	memset(&s, 0, sizeof s);
	s.id = id;
	s.carried = -1;
	assert_int_equal(store_actions_each(db->st, &f, see, &s, &cause), 0);
	assert_int_equal(s.carried, n);
	return n;
}

/* The next monthly meeting, the one in progress ended. */
static long
next_meeting(struct testdb *db, const struct agenda *a)
{
	db->now += 30 * DAY;
	return meeting_at(db->st, a, db->now);
}

/* Expect rc to be the refusal of a keep of id, carried n times: 65. */
static void
assert_refused(struct testdb *db, int rc, char **cause, long id, int n)
{
	char want[96];

	snprintf(want, sizeof want, "#%ld was carried %d times already", id,
	    n);
	assert_int_equal(rc, -1);
	assert_int_equal(store_error_code(db->st), EX_DATAERR);
	assert_non_null(*cause);
	if (strstr(*cause, want) == NULL)
		fail_msg("cause '%s' lacks '%s'", *cause, want);
	free(*cause);
	*cause = NULL;
}

/*
 * The count the database keeps: the meetings other than the one that
 * made it that kept or escalated it, each once; keeps between meetings
 * or in the meeting that made it are no carry.
 */
static void
test_carried_counted(void **state)
{
	struct testdb *db = *state;
	struct agenda *a = agenda_ok(team_yaml);
	char *cause = NULL;
	long m1, m2, m3, made, solo;

	m1 = meeting_at(db->st, a, db->now);
	made = add(db, "Made in m1", "Dana Reyes", "2026-12-01", m1);
	solo = add(db, "Made between", "Sam Ortiz", "2026-12-01", 0);
	keep_ok(db, made, "2026-12-08", m1);
	assert_int_equal(carried(db, made), 0);
	keep_ok(db, made, "2026-12-15", 0);
	keep_ok(db, solo, "2026-12-15", 0);
	assert_int_equal(carried(db, made), 0);
	assert_int_equal(carried(db, solo), 0);
	m2 = next_meeting(db, a);
	keep_ok(db, made, "2027-01-08", m2);
	keep_ok(db, made, "2027-01-15", m2);
	keep_ok(db, solo, "2027-01-15", m2);
	assert_int_equal(carried(db, made), 1);
	assert_int_equal(carried(db, solo), 1);
	m3 = next_meeting(db, a);
	/* An escalation carries it too; to its own owner, it is a keep. */
	assert_int_equal(store_action_escalate(db->st, made, "Priya Natarajan",
	    "2027-02-01", m3, db->now, &cause), 0);
	assert_int_equal(store_action_escalate(db->st, solo, "SAM ORTIZ",
	    "2027-02-01", m3, db->now, &cause), 1);
	assert_int_equal(carried(db, made), 2);
	assert_int_equal(carried(db, solo), 2);
	assert_null(cause);
	agenda_free(a);
}

/*
 * A database of schema 10 counts nothing yet: migration 11 counts what
 * its history says, once, and the trigger goes on from there.
 */
static void
test_carried_migrated(void **state)
{
	struct testdb *db = *state;
	struct agenda *a = agenda_ok(team_yaml);
	sqlite3 *raw;
	long m1, m2, id, other;

	m1 = meeting_at(db->st, a, db->now);
	id = add(db, "Kept twice", "Dana Reyes", "2026-12-01", m1);
	other = add(db, "Never kept", "Dana Reyes", "2026-12-01", m1);
	m2 = next_meeting(db, a);
	keep_ok(db, id, "2027-01-01", m2);
	next_meeting(db, a);
	keep_ok(db, id, "2027-02-01", 0);
	store_close(db->st);
	db->st = NULL;

	/* Back to schema 10, as an older Parley left it. */
	assert_int_equal(sqlite3_open(db->tmp.path, &raw), SQLITE_OK);
	assert_int_equal(sqlite3_exec(raw, "DROP TRIGGER action_carried;"
	    "DROP INDEX action_open_list; DROP INDEX action_list;"
	    "ALTER TABLE action DROP COLUMN carried;"
	    "PRAGMA user_version = 10;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(raw);

	db->st = open_ok(db->tmp.path);
	assert_int_equal(carried(db, id), 1);
	assert_int_equal(carried(db, other), 0);
	keep_ok(db, id, "2027-03-01", meeting_at(db->st, a, db->now + DAY));
	assert_int_equal(carried(db, id), 2);
	agenda_free(a);
}

/*
 * A database of schema 11 has the listing's indexes without the columns
 * printed: opening it builds them again (migration 12), and the listing
 * reads the index alone.
 */
static void
test_covering_migrated(void **state)
{
	struct testdb *db = *state;
	struct action_filter f = { 0 };
	char *plan = NULL, *cause = NULL;
	sqlite3 *raw;
	sqlite3_stmt *stmt;

	testdb_start(db, team_yaml, NULL);
	add(db, "One", "Dana Reyes", "2026-11-01", 0);
	store_close(db->st);
	db->st = NULL;

	/* Back to schema 11, as an older Parley left it. */
	assert_int_equal(sqlite3_open(db->tmp.path, &raw), SQLITE_OK);
	assert_int_equal(sqlite3_exec(raw,
	    "DROP INDEX action_open_list; DROP INDEX action_list;"
	    "CREATE INDEX action_open_list ON action"
	    "  (status, owner_id, due IS NULL, due) WHERE deleted_at IS NULL;"
	    "CREATE INDEX action_list ON action (owner_id, due IS NULL, due)"
	    "  WHERE deleted_at IS NULL;"
	    "PRAGMA user_version = 11;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(raw);

	db->st = open_ok(db->tmp.path);
	assert_int_equal(store_actions_plan(db->st, &f, &plan, &cause), 0);
	if (strstr(plan, "COVERING INDEX action_open_list") == NULL)
		fail_msg("after migration 12:\n%s", plan);
	free(plan);
	store_close(db->st);
	db->st = NULL;
	assert_int_equal(sqlite3_open(db->tmp.path, &raw), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(raw, "PRAGMA user_version", -1,
	    &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(stmt, 0), store_schema_version());
	assert_true(store_schema_version() >= 12);
	sqlite3_finalize(stmt);
	sqlite3_close(raw);
	db->st = open_ok(db->tmp.path);
}

/*
 * The three-carry rule, whoever asks: carried through three meetings, an
 * action is not kept a fourth time (65), nor handed to its own owner, nor
 * kept between meetings, nor given a new date by an edit; it may be done,
 * dropped, or handed to someone else.
 */
static void
test_fourth_keep_refused(void **state)
{
	struct testdb *db = *state;
	struct agenda *a = agenda_ok(team_yaml);
	struct action_event_list h;
	struct action_edit e = { 0 };
	char *cause = NULL;
	long m, id, young;
	size_t events;
	int k;

	id = add(db, "Fix lead routing", "Sam Ortiz", "2026-12-01", 0);
	young = add(db, "Refresh the battlecard", "Sam Ortiz", "2026-12-01",
	    0);
	for (k = 0; k < 3; k++) {
		m = next_meeting(db, a);
		keep_ok(db, id, "2027-03-01", m);
	}
	keep_ok(db, young, "2027-03-01", m);
	assert_int_equal(carried(db, id), 3);
	assert_int_equal(store_action_events(db->st, id, &h, &cause), 0);
	events = h.n;
	action_event_list_fini(&h);

	m = next_meeting(db, a);
	assert_refused(db, store_action_keep(db->st, id, "2027-04-01", m,
	    db->now, &cause), &cause, id, 3);
	assert_refused(db, store_action_escalate(db->st, id, "sam ortiz",
	    "2027-04-01", m, db->now, &cause), &cause, id, 3);
	assert_refused(db, store_action_keep(db->st, id, "2027-04-01", 0,
	    db->now, &cause), &cause, id, 3);
	e.due = "2027-04-01";
	assert_refused(db, store_action_edit(db->st, id, &e, 0, db->now,
	    &cause), &cause, id, 3);
	e.due = "";
	assert_refused(db, store_action_edit(db->st, id, &e, 0, db->now,
	    &cause), &cause, id, 3);
	e.owner = "SAM ORTIZ";
	e.due = "2027-04-01";
	assert_refused(db, store_action_edit(db->st, id, &e, 0, db->now,
	    &cause), &cause, id, 3);
	/* Nothing of it changed, and its history says nothing more. */
	assert_int_equal(store_action_events(db->st, id, &h, &cause), 0);
	assert_int_equal(h.n, events);
	action_event_list_fini(&h);
	assert_int_equal(carried(db, id), 3);

	/* What may be done: its title, its date unchanged, a new owner. */
	e.owner = NULL;
	e.due = "2027-03-01";
	e.title = "Fix lead routing, for good";
	assert_int_equal(store_action_edit(db->st, id, &e, 0, db->now,
	    &cause), 0);
	/* Under the limit, a keep is a keep. */
	keep_ok(db, young, "2027-04-01", m);
	assert_int_equal(carried(db, young), 2);
	e.title = NULL;
	e.owner = "Dana Reyes";
	e.due = "2027-05-01";
	assert_int_equal(store_action_edit(db->st, id, &e, 0, db->now,
	    &cause), 0);
	assert_int_equal(store_action_escalate(db->st, id, "Priya Natarajan",
	    "2027-05-15", m, db->now, &cause), 0);
	assert_int_equal(carried(db, id), 4);
	assert_int_equal(store_action_close(db->st, id, ACTION_DONE, m,
	    db->now, &cause), 0);
	/* Closed, its date may be corrected whatever it was carried. */
	e.owner = NULL;
	e.due = "2027-05-02";
	assert_int_equal(store_action_edit(db->st, id, &e, 0, db->now,
	    &cause), 0);
	assert_null(cause);
	agenda_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_each_order, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_each_fields, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(
		    test_each_refuses_meeting_filters, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_each_plan, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_carried_counted,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_carried_migrated,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_covering_migrated,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_fourth_keep_refused,
		    testdb_setup, testdb_teardown),
	};

	/* Stored times are local: make local UTC. */
	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
