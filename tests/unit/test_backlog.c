/* test_backlog.c: the review's open commitments, a page at a time, on a real store. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backlog.h"
#include "session.h"
#include "store.h"
#include "testlib.h"
#include "util.h"
#include "view.h"

static char a_title[] = "Monthly Sales & Marketing Alignment";
static char n_dana[] = "Dana Reyes", n_lee[] = "Lee Chen";
static char t_review[] = "Last month's commitments";
static char t_topic[] = "Pricing page";
static struct agenda_person team[] = {
	{ n_dana, SIDE_SALES }, { n_lee, SIDE_MARKETING },
};
static struct agenda_item items[] = {
	{ .kind = KIND_REVIEW, .title = t_review, .minutes = 10 },
	{ .kind = KIND_TOPIC, .title = t_topic, .minutes = 10 },
};
static struct agenda agenda = {
	.title = a_title, .minutes = 60, .team = team, .nteam = 2,
	.items = items, .nitems = 2,
};

/* The live meeting's agenda: the review first, so it loads its lists. */
static const char live_yaml[] =
    "title: Monthly Sales & Marketing Alignment\n"
    "minutes: 60\n"
    "team:\n"
    "  sales: [Dana Reyes]\n"
    "  marketing: [Lee Chen]\n"
    "items:\n"
    "  - kind: review\n"
    "    title: Last month's commitments\n"
    "    minutes: 10\n"
    "  - kind: topic\n"
    "    title: Pricing page\n"
    "    minutes: 10\n";

/* Owners as the review sorts them (case aside), and nobody. */
static const char *const owners[] = {
	"lee chen", "Dana Reyes", NULL, "bo Park", "Amy Fox", "Lee Chen",
};

/* Add an action made in meeting (0: between meetings) at t; its id. */
static long
add(struct store *st, long meeting, const char *owner, const char *due,
    int k, time_t t)
{
	struct action_new a = { 0 };
	char title[64], *cause = NULL;
	long id;

	snprintf(title, sizeof title, "Commitment %d", k);
	a.title = title;
	a.owner = owner;
	a.due = due;
	a.meeting_id = meeting;
	assert_int_equal(store_action_add(st, &a, t, &id, &cause), 0);
	return id;
}

/*
 * A history across pages: two owners with more than two pages each,
 * others with a few, undated ones, nobody's; closed and deleted ones, and
 * the live meeting's own, which the review does not list. The live
 * meeting's id.
 */
static long
history(struct testdb *db)
{
	struct store *st = db->st;
	char due[16], *cause = NULL;
	time_t t = t0() - 60 * 24 * 3600;
	long first, live, id;
	int k;

	first = meeting_at(st, &agenda, t);
	for (k = 0; k < 2 * BACKLOG_PAGE + 40; k++) {
		snprintf(due, sizeof due, "2026-%02d-%02d", 1 + k % 12,
		    1 + k % 28);
		id = add(st, k % 3 ? first : 0, owners[k % 6], k % 7 ? due :
		    NULL, k, t + k);
		if (k % 10 == 9)
			assert_int_equal(store_action_close(st, id,
			    ACTION_DONE, 0, t + k, &cause), 0);
		if (k % 17 == 16)
			assert_int_equal(store_action_delete(st, id, 1, 0,
			    t + k, &cause), 0);
	}
	assert_int_equal(store_meeting_end(st, first, t + 3600, &cause), 0);
	live = testdb_start(db, live_yaml, NULL);
	add(st, live, "Dana Reyes", "2026-01-01", 1000, t0());
	add(st, live, NULL, NULL, 1001, t0());
	return live;
}

/*
 * The backlog before meeting live lists what the review always listed
 * (store_actions before the meeting), in its order, each owner's name
 * heading their first, read a page at a time.
 */
static void
check_backlog(struct store *st, long live)
{
	struct action_filter f = { 0 };
	struct action_list l;
	struct backlog b;
	const struct backlog_owner *o;
	const struct action *a;
	char *cause = NULL;
	size_t i, heads;
	int first;

	f.before_meeting = live;
	assert_int_equal(store_actions(st, &f, &l, &cause), 0);
	assert_int_equal(backlog_load(&b, st, live, &cause), 0);
	assert_int_equal(b.n, l.n);
	for (i = 0; i < b.n; i++) {
		a = backlog_get(&b, st, i, &cause);
		assert_non_null(a);
		if (a->id != l.v[i].id)
			fail_msg("item %zu: #%ld, the review lists #%ld", i,
			    a->id, l.v[i].id);
		assert_string_equal(a->title, l.v[i].title);
		assert_string_equal(a->due, l.v[i].due);
		assert_int_equal(a->carried, l.v[i].carried);
		o = backlog_owner_of(&b, i, &first);
		assert_non_null(o);
		if (l.v[i].owner == NULL)
			assert_null(o->name);
		else
			assert_string_equal(o->name, l.v[i].owner);
		assert_int_equal(first, i == 0 || (l.v[i].owner == NULL) !=
		    (l.v[i - 1].owner == NULL) || (l.v[i].owner != NULL &&
		    strcmp(l.v[i].owner, l.v[i - 1].owner) != 0));
	}
	assert_null(backlog_owner_of(&b, b.n, &first));
	/* An owner whose items are all closed is no heading of the review. */
	for (i = 0, heads = 0; i < l.n; i++)
		heads += i == 0 || (l.v[i].owner == NULL) !=
		    (l.v[i - 1].owner == NULL) || (l.v[i].owner != NULL &&
		    strcmp(l.v[i].owner, l.v[i - 1].owner) != 0);
	assert_int_equal(b.nowners, heads);
	for (i = 0; i < b.nowners; i++)
		assert_true(b.owners[i].n > 0);
	backlog_fini(&b);
	action_list_fini(&l);
}

/* Read a page at a time, out of order too, the backlog is the review's list. */
static void
test_order(void **state)
{
	struct testdb *db = *state;
	struct action_filter f = { 0 };
	struct action_list l;
	struct backlog b;
	const struct action *a;
	char *cause = NULL;
	size_t i;

	f.before_meeting = history(db);
	assert_int_equal(store_actions(db->st, &f, &l, &cause), 0);
	assert_int_equal(backlog_load(&b, db->st, f.before_meeting, &cause), 0);
	assert_true(b.n > 2 * BACKLOG_PAGE);
	/* Backwards: pages are read out of order, and evicted. */
	for (i = b.n; i-- > 0;) {
		a = backlog_get(&b, db->st, i, &cause);
		assert_non_null(a);
		assert_int_equal(a->id, l.v[i].id);
	}
	backlog_fini(&b);
	action_list_fini(&l);
	check_backlog(db->st, f.before_meeting);
}

/*
 * The counts follow every change an action can go through: closed and
 * reopened, deleted and brought back, handed to someone else or to
 * nobody, kept; made in the meeting or outside one.
 */
static void
test_counts(void **state)
{
	struct testdb *db = *state;
	struct action_edit nobody = { NULL, "", NULL }, amy = { NULL, "Amy Fox",
	    NULL };
	char *cause = NULL;
	long live, first, mine, outside, only;

	live = history(db);
	check_backlog(db->st, live);
	first = add(db->st, 0, "Dana Reyes", "2026-01-02", 2000, t0());
	mine = add(db->st, live, "Lee Chen", NULL, 2001, t0());
	outside = add(db->st, 0, NULL, NULL, 2002, t0());
	check_backlog(db->st, live);
	assert_int_equal(store_action_close(db->st, first, ACTION_DONE, live,
	    t0(), &cause), 0);
	check_backlog(db->st, live);
	assert_int_equal(store_action_close(db->st, first, ACTION_OPEN, live,
	    t0(), &cause), 0);
	check_backlog(db->st, live);
	assert_int_equal(store_action_delete(db->st, outside, 1, live, t0(),
	    &cause), 0);
	check_backlog(db->st, live);
	assert_int_equal(store_action_delete(db->st, outside, 0, live, t0(),
	    &cause), 0);
	check_backlog(db->st, live);
	assert_int_equal(store_action_escalate(db->st, first, "Bo Park",
	    "2026-12-01", live, t0(), &cause), 0);
	check_backlog(db->st, live);
	assert_int_equal(store_action_edit(db->st, first, &nobody, live, t0(),
	    &cause), 0);
	check_backlog(db->st, live);
	assert_int_equal(store_action_edit(db->st, outside, &amy, live, t0(),
	    &cause), 0);
	assert_int_equal(store_action_keep(db->st, outside, "2026-12-24", live,
	    t0(), &cause), 0);
	assert_int_equal(store_action_close(db->st, mine, ACTION_DROPPED, live,
	    t0(), &cause), 0);
	check_backlog(db->st, live);
	/* An owner's one commitment closed: no heading left for them. */
	only = add(db->st, 0, "Zoe Kim", NULL, 2003, t0());
	check_backlog(db->st, live);
	assert_int_equal(store_action_close(db->st, only, ACTION_DONE, live,
	    t0(), &cause), 0);
	check_backlog(db->st, live);
	assert_null(cause);
}

/* A database of the first release, migrated, counts what it held. */
static void
test_migrated(void **state)
{
	struct testdb *db = *state;
	struct store *st;
	char *src = src_path("tests/fixtures/schema-1.db"), *path;

	path = xasprintf("%s/old.db", db->tmp.dir);
	copy_file(src, path);
	st = open_ok(path);
	check_backlog(st, 1);
	check_backlog(st, 2);
	store_close(st);
	free(path);
	free(src);
}

/*
 * Counted, then changed by another connection: an item no longer there
 * is NULL without a cause (the caller reloads), never another's.
 */
static void
test_changed(void **state)
{
	struct testdb *db = *state;
	struct action_filter f = { 0 };
	struct action_list l;
	struct backlog b;
	struct store *other;
	char *cause = NULL;
	size_t i;

	f.before_meeting = history(db);
	assert_int_equal(backlog_load(&b, db->st, f.before_meeting, &cause), 0);
	other = open_ok(db->tmp.path);
	assert_int_equal(store_actions(other, &f, &l, &cause), 0);
	for (i = 0; i < l.n; i++)
		assert_int_equal(store_action_close(other, l.v[i].id,
		    ACTION_DONE, 0, t0(), &cause), 0);
	action_list_fini(&l);
	store_close(other);
	assert_null(backlog_get(&b, db->st, b.n - 1, &cause));
	assert_null(cause);
	backlog_fini(&b);
}

/*
 * The review's completion figure read from the last meeting's actions
 * alone is the figure read from all of them.
 */
static void
test_completion(void **state)
{
	struct testdb *db = *state;
	struct owner_filter all = { "2026-11-22", 0, 1, 0 };
	struct owner_list full, made;
	char *cause = NULL, *s1, *s2, *b1, *b2;

	all.before_meeting = history(db);
	assert_int_equal(store_owners(db->st, &all, &full, &cause), 0);
	all.made_only = 1;
	assert_int_equal(store_owners(db->st, &all, &made, &cause), 0);
	assert_int_equal(made.nmeetings, 1);
	assert_true(made.n > 0 && made.n <= full.n);
	s1 = owner_summary(&full);
	s2 = owner_summary(&made);
	b1 = owner_breakdown(&full);
	b2 = owner_breakdown(&made);
	assert_string_equal(s1, s2);
	assert_string_equal(b1, b2);
	free(s1);
	free(s2);
	free(b1);
	free(b2);
	owner_list_fini(&full);
	owner_list_fini(&made);
}

/*
 * A view loaded again keeps the review's lists while no action changed
 * (a note: no recount of history), and counts them again once one has,
 * whoever changed it.
 */
static void
test_reload(void **state)
{
	struct testdb *db = *state;
	struct meeting_view v;
	const struct backlog *kept;
	const struct action *a;
	struct store *other;
	char *cause = NULL;
	long live, item, id;
	size_t n;

	live = history(db);
	assert_int_equal(view_load(db->st, live, VIEW_ROOM, &v, &cause), 0);
	assert_non_null(v.backlog);
	n = v.backlog->n;
	kept = v.backlog;
	item = v.m->items[0].id;
	assert_int_equal(store_entry_add(db->st, live, item, ENTRY_NOTE,
	    "A note", t0(), &id, &cause), 0);
	assert_int_equal(view_reload(db->st, live, VIEW_ROOM, &v, &cause), 0);
	assert_ptr_equal(v.backlog, kept);
	assert_int_equal(v.entries.n, 1);
	/* Closed from another connection: counted again. */
	a = backlog_get(v.backlog, db->st, 0, &cause);
	assert_non_null(a);
	other = open_ok(db->tmp.path);
	assert_int_equal(store_action_close(other, a->id, ACTION_DONE, 0,
	    t0(), &cause), 0);
	store_close(other);
	assert_int_equal(view_reload(db->st, live, VIEW_ROOM, &v, &cause), 0);
	assert_int_equal(v.backlog->n, n - 1);
	view_fini(&v);
}

/*
 * Saving a capture on the review reads neither every open action item
 * (only the action list does) nor the commitments again.
 */
static void
test_capture_reads_no_history(void **state)
{
	struct testdb *db = *state;
	struct session *s = NULL;
	const struct backlog *kept;
	char *cause = NULL;
	long id;

	history(db);
	assert_int_equal(session_resume(db->st, &s, &cause), 0);
	kept = s->view.backlog;
	assert_non_null(kept);
	assert_int_equal(session_add_entry(s, ENTRY_NOTE, "Noted", &cause), 0);
	assert_false(s->open_loaded);
	assert_ptr_equal(s->view.backlog, kept);
	/* An action of this meeting is not among earlier ones either. */
	assert_int_equal(session_add_action(s, "Call back", "Lee Chen", "",
	    &id, &cause), 0);
	assert_false(s->open_loaded);
	assert_int_equal(session_open(s, &cause), 0);
	assert_true(s->open_loaded);
	assert_non_null(find_action(&s->open, id));
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_order, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_counts, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_migrated, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_changed, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_completion, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_reload, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_capture_reads_no_history,
		    testdb_setup, testdb_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
