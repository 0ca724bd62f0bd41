/* test_session.c: unit tests for the meeting in progress, on a real store. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "testlib.h"
#include "util.h"

/* A Sunday: tomorrow is 2026-11-23, Friday 2026-11-27, next 2026-12-22. */
#define NOW "2026-11-22T10:00:00"

static const char agenda_text[] =
    "title: Monthly alignment\n"
    "minutes: 30\n"
    "team:\n"
    "  sales: [Dana Reyes, Sam Ortiz]\n"
    "  marketing: [Priya Natarajan]\n"
    "items:\n"
    "  - kind: review\n"
    "    title: Last month's commitments\n"
    "    minutes: 10\n"
    "  - kind: topic\n"
    "    title: Pricing page\n"
    "    minutes: 20\n";

/* Each test's folder, database and parsed agenda. */
struct fixture {
	struct testdb db;
	struct agenda *agenda;
};

/* A fresh database, Parley's clock at NOW, the agenda parsed. */
static int
setup(void **state)
{
	struct agenda_diags diags = { NULL, 0 };
	struct fixture *fx = calloc(1, sizeof *fx);
	char *cause = NULL;

	if (fx == NULL)
		return -1;
	*state = fx;
	if (setenv("PARLEY_NOW", NOW, 1) != 0 || clock_init(&cause) != 0) {
		free(cause);
		return -1;
	}
	if (testdb_init(&fx->db) != 0)
		return -1;
	if (agenda_parse(agenda_text, strlen(agenda_text), &fx->agenda,
	    &diags) != 0) {
		fprintf(stderr, "agenda_parse: %s\n",
		    diags.n > 0 ? diags.v[0].message : "?");
		agenda_diags_fini(&diags);
		return -1;
	}
	agenda_diags_fini(&diags);
	return 0;
}

/* Close and remove everything the test made. */
static int
teardown(void **state)
{
	struct fixture *fx = *state;
	int rc;

	if (fx == NULL)
		return 0;
	agenda_free(fx->agenda);
	rc = testdb_fini(&fx->db);
	free(fx);
	unsetenv("PARLEY_NOW");
	return rc;
}

/* Start a meeting from the fixture's agenda or fail the test. */
static struct session *
start_ok(struct fixture *fx)
{
	struct session *s = NULL;
	char *cause = NULL;
	int rc;

	rc = session_start(fx->db.st, fx->agenda, agenda_text,
	    "/a/monthly.yaml", &s, &cause);
	if (rc != 0)
		fail_msg("session_start: %d %s", rc, cause);
	assert_null(cause);
	assert_non_null(s);
	return s;
}

/* Every open action item, as the action list reads them. */
static const struct action_list *
open_of(struct session *s)
{
	char *cause = NULL;

	if (session_open(s, &cause) != 0)
		fail_msg("session_open: %s", cause);
	return &s->open;
}

/* How many open commitments from earlier meetings the review counts. */
static size_t
earlier_n(const struct session *s)
{
	return s->view.backlog != NULL ? s->view.backlog->n : 0;
}

/* The review's open commitment id, read as the screen reads it, or NULL. */
static const struct action *
earlier_find(struct session *s, long id)
{
	const struct action *a;
	char *cause = NULL;
	size_t i;

	for (i = 0; i < earlier_n(s); i++) {
		a = backlog_get(s->view.backlog, s->st, i, &cause);
		if (a == NULL)
			fail_msg("backlog_get %zu: %s", i, cause);
		if (a->id == id)
			return a;
	}
	return NULL;
}

/* How many captures the current item shows. */
static size_t
item_captures(const struct session *s)
{
	struct view_captures c;
	size_t n;

	view_captures(&s->view, s->m->items[s->m->current].id, &c);
	n = c.n;
	view_captures_fini(&c);
	return n;
}

/* How many of the meeting's actions sit under the current item; with id
 * not 0, 1 when that one does and is the only one. */
static size_t
item_actions(const struct session *s, long id)
{
	size_t i, n = 0;
	int found = 0;

	for (i = 0; i < s->view.actions.n; i++) {
		if (s->view.actions.v[i].item_id != s->m->items[s->m->current].id)
			continue;
		n++;
		found |= s->view.actions.v[i].id == id;
	}
	return id == 0 || found ? n : 0;
}

/* Every action in the store, open or not; free with action_list_fini. */
static void
all_actions(struct store *st, struct action_list *l)
{
	struct action_filter all = { .all = 1 };
	char *cause = NULL;

	assert_int_equal(store_actions(st, &all, l, &cause), 0);
	assert_null(cause);
}

/* Starting a meeting stores it, starts its clock and loads what it shows. */
static void
test_start(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx);
	const struct agenda_item *it;
	char *cause = NULL;
	long live = 0;

	assert_true(s->m->id > 0);
	assert_int_equal(store_meeting_live(fx->db.st, &live, &cause), 1);
	assert_int_equal(live, s->m->id);
	assert_string_equal(s->m->title, "Monthly alignment");
	assert_string_equal(s->m->agenda_text, agenda_text);
	assert_string_equal(s->m->agenda_path, "/a/monthly.yaml");
	assert_int_equal(s->m->status, MEETING_LIVE);
	assert_int_equal(s->m->planned_minutes, 30);
	assert_int_equal(s->m->nitems, 2);
	assert_int_equal(s->m->current, 0);
	assert_true(s->m->clock_started != 0);
	/* Parley's clock, not the wall clock: within a minute of NOW. */
	{
		time_t now;

		assert_int_equal(clock_parse_iso(NOW, &now), 0);
		assert_true(s->m->started_at >= now &&
		    s->m->started_at < now + 60);
	}
	it = session_agenda_item(s);
	assert_non_null(it);
	assert_int_equal(it->kind, KIND_REVIEW);
	assert_string_equal(it->title, "Last month's commitments");
	assert_int_equal(s->agenda->nteam, 3);
	assert_int_equal(s->nroster, 3);
	assert_string_equal(s->roster[0], "Dana Reyes");
	assert_string_equal(s->roster[1], "Priya Natarajan");
	assert_string_equal(s->roster[2], "Sam Ortiz");
	assert_int_equal(s->view.entries.n, 0);
	assert_int_equal(s->view.actions.n, 0);
	assert_int_equal(s->view.parking_before.n, 0);
	session_free(s);
	session_free(NULL);
}

/* Going to an item moves there and saves it. */
static void
test_goto(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx);
	struct meeting *m;
	char *cause = NULL;

	assert_int_equal(session_goto(s, 1, &cause), 0);
	assert_int_equal(s->m->current, 1);
	assert_int_equal(session_agenda_item(s)->kind, KIND_TOPIC);
	assert_int_equal(store_meeting_load(fx->db.st, s->m->id, &m, &cause),
	    0);
	assert_int_equal(m->current, 1);
	assert_true(m->clock_started != 0);
	meeting_free(m);

	/* Clamped at both ends. */
	assert_int_equal(session_goto(s, 7, &cause), 0);
	assert_int_equal(s->m->current, 1);
	assert_int_equal(session_goto(s, -1, &cause), 0);
	assert_int_equal(s->m->current, 0);
	assert_int_equal(store_meeting_load(fx->db.st, s->m->id, &m, &cause),
	    0);
	assert_int_equal(m->current, 0);
	meeting_free(m);
	assert_null(cause);
	session_free(s);
}

struct due_case {
	const char *typed;
	const char *want; /* NULL: an error */
};

static const struct due_case due_cases[] = {
	{ "", "" },
	{ "   ", "" },
	{ "today", "2026-11-22" },
	{ "tomorrow", "2026-11-23" },
	{ "fri", "2026-11-27" },
	{ "+2w", "2026-12-06" },
	{ "next", "2026-12-22" },
	{ "2027-01-15", "2027-01-15" },
	{ "someday", NULL },
	{ "2026-02-30", NULL },
};

/* Due dates as typed are read on Parley's clock. */
static void
test_parse_due(void **state)
{
	char due[11], *cause;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof due_cases / sizeof due_cases[0]; i++) {
		cause = NULL;
		memset(due, 'X', sizeof due);
		if (due_cases[i].want == NULL) {
			assert_int_equal(session_parse_due(due_cases[i].typed,
			    due, &cause), -1);
			assert_non_null(cause);
			assert_non_null(strstr(cause, "YYYY-MM-DD"));
			free(cause);
			continue;
		}
		if (session_parse_due(due_cases[i].typed, due, &cause) != 0)
			fail_msg("\"%s\": %s", due_cases[i].typed, cause);
		assert_string_equal(due, due_cases[i].want);
	}
}

/* Notes and actions go under the current item and show at once. */
static void
test_add_entry_and_action(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx);
	struct action_list l;
	const struct action *a;
	char *cause = NULL;
	long id = 0, id2 = 0, item;

	assert_int_equal(session_goto(s, 1, &cause), 0);
	item = s->m->items[1].id;
	assert_int_equal(session_add_entry(s, ENTRY_NOTE, "Test a lower tier",
	    &cause), 0);
	assert_int_equal(s->view.entries.n, 1);
	assert_string_equal(s->view.entries.v[0].text, "Test a lower tier");
	assert_int_equal(s->view.entries.v[0].kind, ENTRY_NOTE);
	assert_int_equal(s->view.entries.v[0].item_id, item);
	assert_int_equal(s->view.entries.v[0].meeting_id, s->m->id);
	assert_int_equal(session_add_entry(s, ENTRY_DECISION, "Ship in Q1",
	    &cause), 0);
	assert_int_equal(s->view.entries.n, 2);
	assert_int_equal(s->view.entries.v[1].kind, ENTRY_DECISION);

	/*
	 * BUG (session.c, session_add_action): its struct action_new is not
	 * initialised, so the new objection_id field is stack garbage; the
	 * insert then fails on the foreign key (valgrind: uninitialised value
	 * in bind_id_or_null). Fails until "struct action_new a = { 0 };".
	 */
	if (session_add_action(s, "Send the pricing deck", "Dana Reyes",
	    "tomorrow", &id, &cause) != 0)
		fail_msg("session_add_action: %s", cause);
	assert_null(cause);
	assert_true(id > 0);
	assert_int_equal(s->view.actions.n, 1);
	a = &s->view.actions.v[0];
	assert_int_equal(a->id, id);
	assert_string_equal(a->title, "Send the pricing deck");
	assert_string_equal(a->owner, "Dana Reyes");
	assert_int_equal(a->side, SIDE_SALES);
	assert_string_equal(a->due, "2026-11-23");
	assert_int_equal(a->status, ACTION_OPEN);
	assert_int_equal(a->meeting_id, s->m->id);
	assert_int_equal(a->item_id, item);
	assert_int_equal(item_actions(s, id), 1);
	assert_non_null(find_action(open_of(s), id));
	/* Not "earlier": it was made in this meeting. */
	assert_null(earlier_find(s, id));

	/* No due date and a new owner. */
	assert_int_equal(session_add_action(s, "Draft a case study",
	    "Lee Chen", "", &id2, &cause), 0);
	assert_int_equal(s->view.actions.n, 2);
	a = find_action(&s->view.actions, id2);
	assert_non_null(a);
	assert_string_equal(a->due, "");
	assert_int_equal(s->nroster, 4);

	/* A bad date saves nothing and says what is accepted. */
	assert_int_equal(session_add_action(s, "Never saved", "Dana Reyes",
	    "someday", &id, &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "YYYY-MM-DD"));
	free(cause);
	cause = NULL;
	assert_int_equal(s->view.actions.n, 2);
	all_actions(fx->db.st, &l);
	assert_int_equal(l.n, 2);
	action_list_fini(&l);

	/* The first item has none of them. */
	assert_int_equal(session_goto(s, 0, &cause), 0);
	assert_int_equal(item_captures(s), 0);
	assert_int_equal(item_actions(s, 0), 0);
	assert_int_equal(s->view.actions.n, 2);
	session_free(s);
}

/* Private notes are kept for the facilitator, never in the public list. */
static void
test_private_entry(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx);
	struct entry_list l;
	char *cause = NULL;

	assert_int_equal(session_add_entry(s, ENTRY_PRIVATE,
	    "Raise the claim with Sam's manager", &cause), 0);
	assert_int_equal(s->view.entries.n, 1);
	assert_int_equal(s->view.entries.v[0].kind, ENTRY_PRIVATE);
	assert_int_equal(store_entries(fx->db.st, s->m->id, 0, PRIVATE_OMIT,
	    &l, &cause), 0);
	assert_int_equal(l.n, 0);
	entry_list_fini(&l);
	assert_null(cause);
	session_free(s);
}

/* Leaving pauses the clock; resuming returns to the same item. */
static void
test_free_and_resume(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx);
	struct meeting *m;
	char *cause = NULL;
	long id = s->m->id;

	assert_int_equal(session_goto(s, 1, &cause), 0);
	assert_int_equal(session_add_entry(s, ENTRY_NOTE, "Before lunch",
	    &cause), 0);
	session_free(s);

	assert_int_equal(store_meeting_load(fx->db.st, id, &m, &cause), 0);
	assert_int_equal(m->status, MEETING_LIVE);
	assert_int_equal(m->current, 1);
	assert_int_equal(m->clock_started, 0);
	meeting_free(m);

	s = (struct session *)&s;
	assert_int_equal(session_resume(fx->db.st, &s, &cause), 0);
	assert_null(cause);
	assert_non_null(s);
	assert_int_equal(s->m->id, id);
	assert_int_equal(s->m->current, 1);
	assert_true(s->m->clock_started != 0);
	assert_int_equal(session_agenda_item(s)->kind, KIND_TOPIC);
	assert_int_equal(s->view.entries.n, 1);
	assert_string_equal(s->view.entries.v[0].text, "Before lunch");
	assert_int_equal(s->agenda->nteam, 3);
	assert_non_null(s->agenda);
	assert_int_equal(s->agenda->nitems, 2);
	session_free(s);
}

/* One meeting at a time: a second start is refused with 75. */
static void
test_second_start(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx), *t = (struct session *)&fx;
	struct meeting_rows rows;
	char *cause = NULL;

	assert_int_equal(session_start(fx->db.st, fx->agenda, agenda_text, NULL,
	    &t, &cause), 75);
	assert_null(t);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "already in progress"));
	free(cause);
	cause = NULL;
	assert_int_equal(store_meetings(fx->db.st, &rows, &cause), 0);
	assert_int_equal(rows.n, 1);
	meeting_rows_fini(&rows);
	session_free(s);
}

/* An ended meeting cannot be resumed; the next one sees its parking lot. */
static void
test_end(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx), *t = (struct session *)&fx;
	struct meeting *m;
	char *cause = NULL;
	long id = s->m->id, live = 0;

	assert_int_equal(session_add_entry(s, ENTRY_PARKING, "Partner channel",
	    &cause), 0);
	assert_int_equal(session_end(s, &cause), 0);
	assert_int_equal(s->m->status, MEETING_ENDED);
	assert_true(s->m->ended_at != 0);
	session_free(s);
	assert_int_equal(store_meeting_live(fx->db.st, &live, &cause), 0);
	assert_int_equal(store_meeting_load(fx->db.st, id, &m, &cause), 0);
	assert_int_equal(m->status, MEETING_ENDED);
	assert_int_equal(m->clock_started, 0);
	meeting_free(m);

	assert_int_equal(session_resume(fx->db.st, &t, &cause), 65);
	assert_null(t);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "no meeting is in progress"));
	free(cause);
	cause = NULL;

	s = start_ok(fx);
	assert_true(s->m->id != id);
	assert_int_equal(s->view.parking_before.n, 1);
	assert_string_equal(s->view.parking_before.v[0].text, "Partner channel");
	session_free(s);
}

/* Keeping and closing earlier actions change the lists the screen shows. */
static void
test_keep_and_close(void **state)
{
	struct fixture *fx = *state;
	struct action_new old = { .title = "Refresh the battlecard",
	    .owner = "Priya Natarajan", .due = "2026-11-01" };
	struct action_new other = { .title = "Call the webinar leads",
	    .owner = "Sam Ortiz", .due = "2026-11-10" };
	struct session *s;
	struct action_list l;
	const struct action *a;
	char *cause = NULL;
	long a1, a2;
	time_t then;

	assert_int_equal(clock_parse_iso("2026-10-20T10:00:00", &then), 0);
	assert_int_equal(store_action_add(fx->db.st, &old, then, &a1, &cause),
	    0);
	assert_int_equal(store_action_add(fx->db.st, &other, then, &a2, &cause),
	    0);
	s = start_ok(fx);
	assert_int_equal(earlier_n(s), 2);
	assert_int_equal(open_of(s)->n, 2);
	assert_int_equal(s->view.actions.n, 0);

	assert_int_equal(session_keep_action(s, a1, "+1w", &cause), 0);
	a = earlier_find(s, a1);
	assert_non_null(a);
	assert_string_equal(a->due, "2026-11-29");
	assert_int_equal(a->carried, 1);

	/* A bad date changes nothing. */
	assert_int_equal(session_keep_action(s, a1, "soon", &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "YYYY-MM-DD"));
	free(cause);
	cause = NULL;
	a = earlier_find(s, a1);
	assert_string_equal(a->due, "2026-11-29");
	assert_int_equal(a->carried, 1);

	assert_int_equal(session_close_action(s, a1, ACTION_DONE, &cause), 0);
	assert_int_equal(earlier_n(s), 1);
	assert_null(earlier_find(s, a1));
	assert_null(find_action(open_of(s), a1));
	assert_int_equal(session_close_action(s, a2, ACTION_DROPPED, &cause),
	    0);
	assert_int_equal(earlier_n(s), 0);
	assert_int_equal(open_of(s)->n, 0);

	all_actions(fx->db.st, &l);
	assert_int_equal(l.n, 2);
	assert_int_equal(find_action(&l, a1)->status, ACTION_DONE);
	assert_int_equal(find_action(&l, a2)->status, ACTION_DROPPED);
	action_list_fini(&l);

	/* A closed action cannot be kept. */
	assert_int_equal(session_keep_action(s, a1, "tomorrow", &cause), -1);
	assert_non_null(cause);
	free(cause);
	session_free(s);
}

/*
 * Three meetings kept it: it may not be kept again, by k or by an
 * escalation to the owner it has; to someone else it may go. Under the
 * limit, an escalation to its own owner is a keep (1) and counts as one.
 */
static void
test_carry_limit(void **state)
{
	struct fixture *fx = *state;
	struct action_new old = { .title = "Fix lead routing",
	    .owner = "Sam Ortiz", .due = "2026-08-01" };
	struct action_new young = { .title = "Refresh the battlecard",
	    .owner = "Priya Natarajan", .due = "2026-11-01" };
	struct session *s;
	const struct action *a;
	char *cause = NULL;
	long m, stale, fresh;
	time_t t;
	int k;

	assert_int_equal(clock_parse_iso("2026-07-20T10:00:00", &t), 0);
	assert_int_equal(store_action_add(fx->db.st, &old, t, &stale, &cause),
	    0);
	assert_int_equal(store_action_add(fx->db.st, &young, t, &fresh, &cause),
	    0);
	for (k = 0; k < 3; k++, t += 30 * 24 * 3600) {
		assert_int_equal(store_meeting_create(fx->db.st, fx->agenda,
		    agenda_text, NULL, t, &m, &cause), 0);
		assert_int_equal(store_action_keep(fx->db.st, stale,
		    "2026-12-01", m, t + 60, &cause), 0);
		assert_int_equal(store_meeting_end(fx->db.st, m, t + 3600,
		    &cause), 0);
	}
	s = start_ok(fx);
	a = find_action(open_of(s), stale);
	assert_int_equal(a->carried, 3);
	assert_int_equal(session_keep_action(s, stale, "+1w", &cause), -1);
	assert_non_null(strstr(cause, "#1 was carried 3 times already"));
	free(cause);
	cause = NULL;
	assert_int_equal(session_escalate_action(s, stale, "SAM ORTIZ", "+1w",
	    &cause), -1);
	assert_non_null(strstr(cause, "carried 3 times"));
	free(cause);
	cause = NULL;
	a = find_action(open_of(s), stale);
	assert_string_equal(a->due, "2026-12-01");
	assert_int_equal(a->carried, 3);
	/* To someone else: escalated, and now carried 4 times. */
	assert_int_equal(session_escalate_action(s, stale, "Dana Reyes",
	    "+1w", &cause), 0);
	a = find_action(open_of(s), stale);
	assert_string_equal(a->owner, "Dana Reyes");
	assert_int_equal(a->carried, 4);

	/* Under the limit: to its own owner, a keep. */
	assert_int_equal(session_escalate_action(s, fresh, "priya natarajan",
	    "+2w", &cause), 1);
	a = find_action(open_of(s), fresh);
	assert_string_equal(a->owner, "Priya Natarajan");
	assert_string_equal(a->due, "2026-12-06");
	assert_int_equal(a->carried, 1);
	assert_null(cause);
	session_free(s);
}

/* Between meetings: the open actions alone, changed with no meeting. */
static void
test_between(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx), *b;
	char *cause = NULL;
	long id = 0;

	assert_int_equal(session_add_action(s, "Share the win list",
	    "Sam Ortiz", "", &id, &cause), 0);
	assert_int_equal(session_end(s, &cause), 0);
	session_free(s);
	b = session_between(fx->db.st, &cause);
	assert_non_null(b);
	assert_null(b->m);
	assert_int_equal(open_of(b)->n, 1);
	assert_true(b->nroster >= 3);
	assert_int_equal(session_tick(b, &cause), 0); /* no clock to save */
	assert_int_equal(session_keep_action(b, id, "+1w", &cause), 0);
	assert_string_equal(open_of(b)->v[0].due, "2026-11-29");
	assert_int_equal(session_close_action(b, id, ACTION_DONE, &cause), 0);
	assert_int_equal(open_of(b)->n, 0);
	assert_null(cause);
	session_free(b);
}

static const char jargon_text[] =
    "title: Monthly alignment\n"
    "team:\n"
    "  sales: [Dana Reyes]\n"
    "items:\n"
    "  - kind: objections\n"
    "    title: What objections have you heard?\n"
    "    minutes: 10\n"
    "parroting:\n"
    "  lead_ins: [Real talk]\n"
    "  reflections:\n"
    "    team: squad\n";

/* Parroting uses the agenda's jargon, shows the room, saves the outcome. */
static void
test_parrot_and_objection(void **state)
{
	struct fixture *fx = *state;
	struct agenda *a = agenda_ok(jargon_text);
	struct session *s = NULL;
	struct objection o = { 0 };
	char *cause = NULL, *q = NULL, *room = NULL;

	assert_int_equal(session_start(fx->db.st, a, jargon_text, NULL, &s,
	    &cause), 0);
	assert_int_equal(session_parrot(s, "Real talk, your team never "
	    "calls back!", &q, &cause), 0);
	assert_string_equal(q, "Our squad never calls back?");
	assert_int_equal(store_room_question_get(fx->db.st, s->m->id, &room,
	    &cause), 0);
	assert_string_equal(room, q);
	free(room);
	assert_int_equal(session_parrot(s, "  ?! ", &room, &cause), -1);
	assert_null(room);
	assert_string_equal(cause, "nothing to parrot: the statement is only "
	    "punctuation, with no word to ask back");
	free(cause);
	cause = NULL;
	assert_int_equal(session_parrot(s, " \t", &room, &cause), -1);
	assert_string_equal(cause, "nothing to parrot: the statement is empty");
	free(cause);
	cause = NULL;

	o.side = SIDE_SALES;
	o.statement = (char *)"Real talk, your team never calls back!";
	o.question = q;
	o.outcome = OUTCOME_ACTION;
	assert_int_equal(session_add_objection(s, &o, "Call back in 24h",
	    "Dana Reyes", "someday", &cause), -1); /* a bad due saves nothing */
	assert_non_null(strstr(cause, "YYYY-MM-DD"));
	free(cause);
	cause = NULL;
	assert_int_equal(s->view.objections.n, 0);
	assert_int_equal(session_add_objection(s, &o, "Call back in 24h",
	    "Dana Reyes", "fri", &cause), 0);
	assert_int_equal(s->view.objections.n, 1);
	assert_int_equal(item_actions(s, o.action_id), 1);
	assert_string_equal(view_action(&s->view, o.action_id)->due,
	    "2026-11-27");
	free(q);
	session_free(s);
	agenda_free(a);
}

/* The text of the entry with id as the screen has it, or NULL. */
static const char *
entry_text(const struct session *s, long id, int *found)
{
	size_t i;

	*found = 0;
	for (i = 0; i < s->view.entries.n; i++) {
		if (s->view.entries.v[i].id == id) {
			*found = 1;
			return s->view.entries.v[i].text;
		}
	}
	return NULL;
}

/* Undo the last change, expecting it to say what. */
static void
undo_ok(struct session *s, const char *want)
{
	char *what = NULL, *cause = NULL;

	if (session_undo(s, &what, &cause) != 1)
		fail_msg("session_undo: %s", cause != NULL ? cause : "nothing");
	assert_string_equal(what, want);
	free(what);
}

/*
 * The meeting screen's own data, not only what it draws, never holds a
 * private note's text or a follow-up's: after the capture, a blind edit,
 * an undo and its redo, a parrot and a resume. The screen is shared.
 */
static void
test_private_never_held(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx);
	struct objection o = { 0 };
	char *cause = NULL, *q = NULL;
	long id;

	assert_int_equal(session_add_entry(s, ENTRY_PRIVATE,
	    "QUOKKAPRIVATE: Sam seemed unprepared", &cause), 0);
	assert_false(view_holds(&s->view, "QUOKKAPRIVATE"));
	id = s->view.entries.v[0].id;
	assert_int_equal(session_edit_entry(s, id, "QUOKKAPRIVATE, edited",
	    &cause), 0);
	assert_false(view_holds(&s->view, "QUOKKAPRIVATE"));
	undo_ok(s, "the edit");
	assert_false(view_holds(&s->view, "QUOKKAPRIVATE"));

	assert_int_equal(session_parrot(s, "Your leads are junk!", &q,
	    &cause), 0);
	o.side = SIDE_SALES;
	o.statement = (char *)"Your leads are junk!";
	o.question = q;
	o.outcome = OUTCOME_FOLLOWUP;
	o.followup = (char *)"ZEBRAFOLLOW: ask which ones";
	assert_int_equal(session_add_objection(s, &o, NULL, NULL, NULL,
	    &cause), 0);
	assert_int_equal(s->view.objections.n, 1);
	assert_false(view_holds(&s->view, "ZEBRAFOLLOW"));
	assert_int_equal(s->view.objections.v[0].outcome, OUTCOME_CLOSED);
	assert_int_equal(session_refresh(s, &cause), 0);
	assert_false(view_holds(&s->view, "QUOKKAPRIVATE"));
	assert_false(view_holds(&s->view, "ZEBRAFOLLOW"));
	session_free(s);
	free(q);

	assert_int_equal(session_resume(fx->db.st, &s, &cause), 0);
	assert_int_equal(s->view.audience, VIEW_FACILITATOR);
	assert_int_equal(view_count_entries(&s->view, ENTRY_PRIVATE), 1);
	assert_false(view_holds(&s->view, "QUOKKAPRIVATE"));
	assert_false(view_holds(&s->view, "ZEBRAFOLLOW"));
	session_free(s);
}

/* E and u: notes, private notes, statements and actions change and come back. */
static void
test_edit_and_undo(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx);
	struct objection o;
	struct entry_list l;
	char *cause = NULL, *what = NULL, *question = NULL, *shown = NULL;
	long note, priv, act;
	int found, kind;

	assert_int_equal(session_undo(s, &what, &cause), 0);
	assert_null(what);
	assert_int_equal(session_add_entry(s, ENTRY_NOTE, "Typo hree", &cause),
	    0);
	note = s->view.entries.v[0].id;
	assert_int_equal(session_last_capture(s, &kind, &act), 1);
	assert_int_equal(kind, CAPTURE_ENTRY);
	assert_int_equal(act, note);
	assert_int_equal(session_edit_entry(s, note, "Typo here", &cause), 0);
	assert_string_equal(entry_text(s, note, &found), "Typo here");
	assert_int_equal(session_edit_entry(s, note, "  ", &cause), -1);
	free(cause);
	cause = NULL;
	/* The same text again is no change, and no step for u. */
	assert_int_equal(session_edit_entry(s, note, "Typo here", &cause), 1);
	assert_int_equal(session_edit_entry(s, note, "Typo, here", &cause), 0);
	/* Two edits, two undos: the first text comes back, not the second. */
	undo_ok(s, "the edit");
	assert_string_equal(entry_text(s, note, &found), "Typo here");
	undo_ok(s, "the edit");
	assert_string_equal(entry_text(s, note, &found), "Typo hree");
	undo_ok(s, "the note");
	entry_text(s, note, &found);
	assert_false(found);

	/* A private note is reverted inside the store, never read out. */
	assert_int_equal(session_add_entry(s, ENTRY_PRIVATE, "QUOKKA one",
	    &cause), 0);
	priv = s->view.entries.v[0].id;
	assert_null(entry_text(s, priv, &found));
	assert_true(found);
	assert_int_equal(session_edit_entry(s, priv, "QUOKKA two", &cause), 0);
	undo_ok(s, "the edit");
	assert_int_equal(store_entries(fx->db.st, s->m->id, 0, PRIVATE_TEXT,
	    &l, &cause), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].text, "QUOKKA one");
	entry_list_fini(&l);
	assert_int_equal(session_delete_entry(s, priv, &cause), 0);
	entry_text(s, priv, &found);
	assert_false(found);
	undo_ok(s, "the deletion");
	entry_text(s, priv, &found);
	assert_true(found);

	/* A statement: its question follows the words; undo puts all back. */
	memset(&o, 0, sizeof o);
	o.side = SIDE_SALES;
	o.statement = (char *)"Your leads are junk!";
	o.question = (char *)"Our leads are junk?";
	o.outcome = OUTCOME_RESOLVED;
	assert_int_equal(session_parrot(s, o.statement, &question, &cause), 0);
	assert_int_equal(session_add_objection(s, &o, NULL, NULL, NULL, &cause),
	    0);
	assert_int_equal(session_edit_objection(s, o.id, "Your leads are junk!",
	    "", &cause), 1);
	assert_int_equal(session_edit_objection(s, o.id, "Your leads are late!",
	    "A week late", &cause), 0);
	/* The room shows the question as the words now have it. */
	assert_int_equal(store_room_question_get(fx->db.st, s->m->id, &shown,
	    &cause), 0);
	assert_string_equal(shown, "Our leads are late?");
	free(shown);
	assert_string_equal(s->view.objections.v[0].question,
	    "Our leads are late?");
	assert_string_equal(s->view.objections.v[0].answer, "A week late");
	undo_ok(s, "the edit");
	assert_string_equal(s->view.objections.v[0].statement,
	    "Your leads are junk!");
	assert_null(s->view.objections.v[0].answer);
	assert_int_equal(store_room_question_get(fx->db.st, s->m->id, &shown,
	    &cause), 0);
	assert_string_equal(shown, "Our leads are junk?");
	free(shown);
	undo_ok(s, "the statement");
	assert_int_equal(s->view.objections.n, 0);
	/* A statement taken back leaves the room. */
	assert_int_equal(store_room_question_get(fx->db.st, s->m->id, &shown,
	    &cause), 0);
	assert_null(shown);
	free(question);

	/* An action: edited, deleted, brought back with its changes. */
	assert_int_equal(session_add_action(s, "Draft FAQ", "Dana Reyes", "fri",
	    &act, &cause), 0);
	assert_int_equal(session_edit_action(s, act, "Draft FAQ", "dana reyes",
	    "2026-11-27", &cause), 1);
	assert_int_equal(session_edit_action(s, act, "Draft the FAQ", "",
	    "", &cause), 0);
	assert_null(view_action(&s->view, act)->owner);
	assert_string_equal(view_action(&s->view, act)->due, "");
	assert_int_equal(session_delete_action(s, act, &cause), 0);
	assert_null(view_action(&s->view, act));
	undo_ok(s, "the deletion of #1");
	assert_string_equal(view_action(&s->view, act)->title, "Draft the FAQ");
	undo_ok(s, "the edit of #1");
	assert_string_equal(view_action(&s->view, act)->owner, "Dana Reyes");
	assert_string_equal(view_action(&s->view, act)->due, "2026-11-27");

	/*
	 * A statement's action deleted on its own, then the statement: the
	 * statement comes back alone, the action with the next u.
	 */
	memset(&o, 0, sizeof o);
	o.side = SIDE_MARKETING;
	o.statement = (char *)"We never get anything from you.";
	o.question = (char *)"You never get anything from us?";
	o.outcome = OUTCOME_ACTION;
	assert_int_equal(session_add_objection(s, &o, "Send the decks",
	    "Lee Chen", "fri", &cause), 0);
	assert_int_equal(session_delete_action(s, o.action_id, &cause), 0);
	assert_int_equal(session_delete_objection(s, o.id, &cause), 0);
	assert_int_equal(s->view.objections.n, 0);
	undo_ok(s, "the deletion");
	assert_int_equal(s->view.objections.n, 1);
	assert_null(view_action(&s->view, o.action_id));
	undo_ok(s, "the deletion of #2");
	assert_non_null(view_action(&s->view, o.action_id));
	/* Deleted together, they come back together. */
	assert_int_equal(session_delete_objection(s, o.id, &cause), 0);
	assert_null(view_action(&s->view, o.action_id));
	undo_ok(s, "the deletion");
	assert_non_null(view_action(&s->view, o.action_id));
	undo_ok(s, "the statement and its action");
	assert_null(view_action(&s->view, o.action_id));

	/* Done is undone (reopened); a keep is not, and says so. */
	assert_int_equal(session_close_action(s, act, ACTION_DONE, &cause), 0);
	undo_ok(s, "#1 done");
	assert_int_equal(view_action(&s->view, act)->status, ACTION_OPEN);
	assert_int_equal(session_keep_action(s, act, "+2w", &cause), 0);
	assert_int_equal(session_undo(s, &what, &cause), 0);
	assert_non_null(strstr(what, "cannot be undone"));
	free(what);
	undo_ok(s, "action #1");
	assert_null(view_action(&s->view, act));
	assert_null(cause);
	session_free(s);
}

/* Captures list in the order taken, even within one second. */
static void
test_capture_order(void **state)
{
	struct fixture *fx = *state;
	struct session *s = start_ok(fx);
	struct view_captures c;
	char *cause = NULL;
	long act;

	assert_int_equal(session_add_action(s, "First, an action", "", "",
	    &act, &cause), 0);
	assert_int_equal(session_add_entry(s, ENTRY_NOTE, "Then a note",
	    &cause), 0);
	assert_int_equal(session_add_entry(s, ENTRY_DECISION, "Then a decision",
	    &cause), 0);
	view_captures(&s->view, s->m->items[s->m->current].id, &c);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.v[0].kind, CAPTURE_ACTION);
	assert_int_equal(c.v[1].kind, CAPTURE_ENTRY);
	assert_string_equal(c.v[1].entry->text, "Then a note");
	assert_string_equal(c.v[2].entry->text, "Then a decision");
	assert_true(c.v[0].action->seq < c.v[1].entry->seq);
	view_captures_fini(&c);
	session_free(s);
}

/* Set Parley's clock to iso, or fail the test. */
static void
clock_at(const char *iso)
{
	char *cause = NULL;

	assert_int_equal(setenv("PARLEY_NOW", iso, 1), 0);
	if (clock_init(&cause) != 0)
		fail_msg("clock_init: %s", cause);
}

/*
 * Years of history cost the meeting screen nothing: beside 600 action
 * items of an earlier meeting (open, done and dropped), a meeting of the
 * bundled agenda, every kind of item in it, started, each item visited,
 * a note saved, the clock ticked and the screen refreshed, steps no
 * statement through a full scan of them (testlib's scan meter).
 */
static void
test_history_scans_nothing(void **state)
{
	struct fixture *fx = *state;
	struct agenda *a = NULL;
	struct session *s = NULL;
	char *path = src_path("agendas/monthly-alignment.yaml");
	char *text = NULL, *report = NULL, *cause = NULL, title[32];
	const char *sql;
	long id;
	size_t pos;
	int i, worst;

	if (agenda_read_file(path, &text, &a, &report) != 0)
		fail_msg("%s: %s", path, report);
	store_close(fx->db.st);
	scan_meter_start();
	fx->db.st = open_ok(fx->db.tmp.path);
	assert_int_equal(session_start(fx->db.st, a, text, path, &s, &cause),
	    0);
	for (i = 0; i < 600; i++) {
		snprintf(title, sizeof title, "Commitment %d", i);
		assert_int_equal(session_add_action(s, title, i % 3 ? "Dana Reyes"
		    : "", i % 2 ? "2026-12-15" : "", &id, &cause), 0);
		if (i % 3 == 1)
			assert_int_equal(session_close_action(s, id, i % 2 ?
			    ACTION_DONE : ACTION_DROPPED, &cause), 0);
	}
	assert_int_equal(session_end(s, &cause), 0);
	session_free(s);

	clock_at("2026-12-20T10:00:00");
	scan_meter_reset();
	assert_int_equal(session_start(fx->db.st, a, text, path, &s, &cause),
	    0);
	for (pos = 0; pos < s->m->nitems; pos++)
		assert_int_equal(session_goto(s, (int)pos, &cause), 0);
	assert_int_equal(session_add_entry(s, ENTRY_NOTE, "A note", &cause),
	    0);
	assert_int_equal(session_tick(s, &cause), 0);
	assert_int_equal(session_refresh(s, &cause), 0);
	worst = scan_meter_max(&sql);
	if (worst >= 300)
		fail_msg("%d rows scanned by %s", worst, sql);
	session_free(s);
	agenda_free(a);
	free(text);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_start, setup, teardown),
		cmocka_unit_test_setup_teardown(test_goto, setup, teardown),
		cmocka_unit_test_setup_teardown(test_parse_due, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_add_entry_and_action,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_private_entry, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_private_never_held, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_free_and_resume, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_second_start, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_end, setup, teardown),
		cmocka_unit_test_setup_teardown(test_between, setup, teardown),
		cmocka_unit_test_setup_teardown(test_edit_and_undo, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_capture_order, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_carry_limit, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_parrot_and_objection, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_keep_and_close, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_history_scans_nothing,
		    setup, teardown),
	};

	/* Stored times are local: make local UTC. */
	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests_name("session", tests, NULL, NULL);
}
