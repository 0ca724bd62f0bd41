/*
 * test_request.c: unit tests for content requests: who may own one (a
 * case table); saving one with its action, all or nothing; the objections
 * heard again that none answers; the session's r and h with undo; and
 * both items in the meeting view and the minutes, hostile text included.
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

#include "export.h"
#include "request.h"
#include "session.h"
#include "store.h"
#include "testlib.h"
#include "util.h"

#define NOW "2026-11-23T10:00:00"

static const struct agenda_person team[] = {
	{ (char *)"Dana Reyes", SIDE_SALES },
	{ (char *)"Lee Chen", SIDE_MARKETING },
	{ (char *)"Alex Kim", SIDE_NONE },
};

/* An owner, and whether a content request may have it. */
static const struct owner_case {
	const char *owner;
	int ok;
	const char *says;   /* in the refusal */
} owner_cases[] = {
	{ "Lee Chen", 1, NULL },
	{ "lee chen", 1, NULL },
	{ "Alex Kim", 1, NULL },           /* on no side: may */
	{ "Someone New", 1, NULL },        /* not on the team: may */
	{ "Dana Reyes", 0, "Dana Reyes is on the sales side" },
	{ "DANA REYES", 0, "Dana Reyes is on the sales side" },
	{ "", 0, "needs an owner" },
	{ "  ", 0, "needs an owner" },
	{ NULL, 0, "needs an owner" },
};

/* Every owner of the table against the team. */
static void
test_owner_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof owner_cases / sizeof owner_cases[0]; i++) {
		const struct owner_case *c = &owner_cases[i];
		char *cause = NULL;
		int rc = request_owner_check(team, 3, c->owner, &cause);

		if ((rc == 0) != c->ok || (c->says != NULL && (cause == NULL ||
		    strstr(cause, c->says) == NULL)))
			fail_msg("owner \"%s\": %d, %s", c->owner ? c->owner :
			    "(null)", rc, cause ? cause : "(no message)");
		free(cause);
	}
	/* Without a team, any name will do. */
	assert_int_equal(request_owner_check(NULL, 0, "Dana Reyes", NULL), 0);
}

/* Each test's database, and its session when it has one. */
struct fixture {
	struct testdb db;
	struct session *s;
};

static const char agenda_text[] =
    "title: Monthly\n"
    "team:\n"
    "  sales: [Dana Reyes, Sam Ortiz]\n"
    "  marketing: [Lee Chen]\n"
    "items:\n"
    "  - kind: objections\n    title: Q1\n    minutes: 10\n"
    "  - kind: requests\n    title: Q2\n    minutes: 10\n"
    "  - kind: wrapup\n    title: Wrap-up\n    minutes: 5\n";

/* A fresh database; Parley's clock and the database's at NOW. */
static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof *fx);
	char *cause = NULL;

	if (fx == NULL)
		return -1;
	if (setenv("PARLEY_NOW", NOW, 1) != 0 || clock_init(&cause) != 0 ||
	    testdb_init(&fx->db) != 0) {
		free(cause);
		free(fx);
		return -1;
	}
	if (clock_parse_iso(NOW, &fx->db.now) != 0) {
		testdb_fini(&fx->db);
		free(fx);
		return -1;
	}
	*state = fx;
	return 0;
}

/* Close and remove it. */
static int
teardown(void **state)
{
	struct fixture *fx = *state;
	int rc;

	session_free(fx->s);
	rc = testdb_fini(&fx->db);
	free(fx);
	unsetenv("PARLEY_NOW");
	return rc;
}

/* A meeting from the agenda, started at fx->db.now; then a month later. */
static struct meeting *
meeting_ok(struct fixture *fx, int end)
{
	struct meeting *m = NULL;
	char *cause = NULL;
	long id = testdb_start(&fx->db, agenda_text, &m);

	if (end)
		assert_int_equal(store_meeting_end(fx->db.st, id,
		    fx->db.now + 600, &cause), 0);
	fx->db.now += 28 * 86400;
	return m;
}

/* Hear text in m's Q1 a second after the last thing; the hearing's id. */
static long
hear_ok(struct fixture *fx, const struct meeting *m, const char *text)
{
	char *name = NULL, *cause = NULL;
	int again;
	long id;

	fx->db.now++;
	if (store_prospect_hear(fx->db.st, m->id, m->items[0].id, text,
	    fx->db.now, &id, &name, &again, &cause) != 0)
		fail_msg("hear: %s", cause);
	free(name);
	return id;
}

/* A request in m's Q2; -1 or 0 as the store says, with *action. */
static int
request(struct fixture *fx, const struct meeting *m, const char *asset,
    const char *objection, const char *needed_by, long *action)
{
	struct request_new r = { asset, objection, needed_by, "Lee Chen",
	    "2026-12-04", 0, 0 };
	char *cause = NULL;
	long id;
	int rc;

	r.meeting_id = m->id;
	r.item_id = m->items[1].id;
	fx->db.now++;
	rc = store_request_add(fx->db.st, &r, fx->db.now, &id, action, &cause);
	free(cause);
	return rc;
}

/* How many actions the database holds, any status. */
static size_t
count_actions(struct fixture *fx)
{
	struct action_filter all = { .all = 1 };
	struct action_list l;
	char *cause = NULL;
	size_t n;

	assert_int_equal(store_actions(fx->db.st, &all, &l, &cause), 0);
	n = l.n;
	action_list_fini(&l);
	return n;
}

/* A request is saved with its action and its objection, or not at all. */
static void
test_store_request(void **state)
{
	struct fixture *fx = *state;
	struct meeting *m = meeting_ok(fx, 0);
	struct action_filter made = { .all = 1 };
	struct request_list l;
	struct action_list a;
	char *cause = NULL;
	long action = 0;

	hear_ok(fx, m, "Too expensive");
	hear_ok(fx, m, "Needs SOC 2");
	assert_int_equal(request(fx, m, "ROI calculator", "too  EXPENSIVE",
	    "Dana Reyes", &action), 0);
	assert_int_equal(request(fx, m, "Battlecard", NULL, "", &action), 0);
	/* All or nothing: no request and no action for a name never heard. */
	assert_int_equal(request(fx, m, "Deck", "Pricing", NULL, &action), -1);
	assert_int_equal(store_error_code(fx->db.st), 65);
	assert_int_equal(request(fx, m, "  ", NULL, NULL, &action), -1);
	assert_int_equal(store_error_code(fx->db.st), 65);
	assert_int_equal(count_actions(fx), 2);

	assert_int_equal(store_requests(fx->db.st, m->id, &l, &cause), 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].asset, "ROI calculator");
	assert_string_equal(l.v[0].objection, "Too expensive");
	assert_string_equal(l.v[0].needed_by, "Dana Reyes");
	assert_null(l.v[1].objection);
	assert_null(l.v[1].needed_by);
	/* The action is the request's: its title, owner, due date. */
	made.meeting_id = m->id;
	assert_int_equal(store_actions(fx->db.st, &made, &a, &cause), 0);
	assert_non_null(find_action(&a, l.v[0].action_id));
	assert_string_equal(find_action(&a, l.v[0].action_id)->title,
	    "ROI calculator");
	assert_string_equal(find_action(&a, l.v[0].action_id)->owner,
	    "Lee Chen");
	assert_string_equal(find_action(&a, l.v[0].action_id)->due,
	    "2026-12-04");
	/* The action made the item covered, as any action does. */
	assert_int_equal(store_item_captures(fx->db.st, m, &cause), 0);
	assert_int_equal(m->items[1].captures, 2);
	action_list_fini(&a);

	/* Its action deleted, the request is gone; restored, it is back. */
	assert_int_equal(store_action_delete(fx->db.st, l.v[0].action_id, 1,
	    m->id, fx->db.now, &cause), 0);
	request_list_fini(&l);
	assert_int_equal(store_requests(fx->db.st, m->id, &l, &cause), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].asset, "Battlecard");
	request_list_fini(&l);
	meeting_free(m);
}

/* The objections heard again that no live request answers. */
static void
test_uncovered(void **state)
{
	struct fixture *fx = *state;
	struct meeting *m1 = meeting_ok(fx, 1), *m2;
	struct prospect_tally t;
	char *cause = NULL;
	long roi = 0, other = 0;

	hear_ok(fx, m1, "Too expensive");
	hear_ok(fx, m1, "No budget");
	hear_ok(fx, m1, "Legal review");
	/* Answered in the first meeting: covered from then on. */
	assert_int_equal(request(fx, m1, "ROI calculator", "Too expensive",
	    "Dana Reyes", &roi), 0);
	m2 = meeting_ok(fx, 0);
	hear_ok(fx, m2, "too expensive");
	hear_ok(fx, m2, "No budget");
	hear_ok(fx, m2, "Legal review");
	hear_ok(fx, m2, "Brand new");
	/* Answered today: covered too. */
	assert_int_equal(request(fx, m2, "Legal FAQ", "legal review",
	    "Sam Ortiz", &other), 0);

	assert_int_equal(store_prospect_tally(fx->db.st, m2->id, &t, &cause),
	    0);
	assert_int_equal(t.n, 4);
	assert_int_equal(prospect_uncovered(&t), 1);
	assert_string_equal(t.v[1].name, "No budget");
	assert_int_equal(prospect_line_uncovered(&t.v[1]), 1);
	assert_int_equal(t.v[0].requested, 1);
	assert_int_equal(t.v[2].requested, 1);
	prospect_tally_fini(&t);

	/* A request dropped, or deleted, answers nothing any more. */
	assert_int_equal(store_action_close(fx->db.st, roi, ACTION_DROPPED,
	    m2->id, fx->db.now, &cause), 0);
	assert_int_equal(store_action_delete(fx->db.st, other, 1, m2->id,
	    fx->db.now, &cause), 0);
	assert_int_equal(store_prospect_tally(fx->db.st, m2->id, &t, &cause),
	    0);
	assert_int_equal(prospect_uncovered(&t), 3);
	prospect_tally_fini(&t);
	/* A request done still answers it. */
	assert_int_equal(store_action_delete(fx->db.st, other, 0, m2->id,
	    fx->db.now, &cause), 0);
	assert_int_equal(store_action_close(fx->db.st, other, ACTION_DONE,
	    m2->id, fx->db.now, &cause), 0);
	assert_int_equal(store_prospect_tally(fx->db.st, m2->id, &t, &cause),
	    0);
	assert_int_equal(prospect_uncovered(&t), 2);
	prospect_tally_fini(&t);
	meeting_free(m1);
	meeting_free(m2);
}

/*
 * Years of action items cost a tally nothing: which objections requests
 * answer is read from the requests, not from every action ever made
 * (a covering index once drew SQLite there: 21 ms at 150,000 items).
 */
static void
test_tally_reads_no_history(void **state)
{
	struct fixture *fx = *state;
	struct action_new a = { "Send the deck", "Dana Reyes", "2026-12-04",
	    0, 0, 0 };
	struct meeting *m1, *m2;
	struct prospect_tally t;
	char *cause = NULL;
	const char *sql;
	long roi = 0, id;
	int i, worst;

	store_close(fx->db.st);
	scan_meter_start();
	fx->db.st = open_ok(fx->db.tmp.path);
	m1 = meeting_ok(fx, 1);
	hear_ok(fx, m1, "Too expensive");
	assert_int_equal(request(fx, m1, "ROI calculator", "Too expensive",
	    "Dana Reyes", &roi), 0);
	for (i = 0; i < 400; i++)
		assert_int_equal(store_action_add(fx->db.st, &a, fx->db.now,
		    &id, &cause), 0);
	m2 = meeting_ok(fx, 0);
	hear_ok(fx, m2, "too expensive");

	scan_meter_reset();
	assert_int_equal(store_prospect_tally(fx->db.st, m2->id, &t, &cause),
	    0);
	assert_int_equal(t.v[0].requested, 1);
	worst = scan_meter_max(&sql);
	if (worst >= 100)
		fail_msg("%d rows scanned by %s", worst, sql);
	prospect_tally_fini(&t);
	meeting_free(m1);
	meeting_free(m2);
}

/* Start a meeting in a session on the fixture's agenda. */
static struct session *
session_ok(struct fixture *fx)
{
	struct agenda *a = agenda_ok(agenda_text);
	char *cause = NULL;

	if (session_start(fx->db.st, a, agenda_text, "a.yaml", &fx->s,
	    &cause) != 0)
		fail_msg("session_start: %s", cause);
	agenda_free(a);
	return fx->s;
}

/* The requests item's data in the session's view. */
static const struct request_data *
requests_of(const struct session *s)
{
	return s->view.kind_data[KIND_REQUESTS];
}

/* h and r from the meeting screen, each taken back by u. */
static void
test_session(void **state)
{
	struct fixture *fx = *state;
	struct session *s = session_ok(fx);
	const struct prospect_tally *t;
	struct request_new r = { "ROI calculator", "Too expensive",
	    "Dana Reyes", "Lee Chen", "fri", 0, 0 };
	char *name = NULL, *cause = NULL, *what = NULL;
	int again;
	long action;

	assert_int_equal(session_hear_objection(s, "Too expensive", &name,
	    &again, &cause), 0);
	assert_int_equal(again, 0);
	free(name);
	assert_int_equal(session_hear_objection(s, "TOO EXPENSIVE", &name,
	    &again, &cause), 0);
	assert_int_equal(again, 1);
	assert_string_equal(name, "Too expensive");
	free(name);
	t = s->view.kind_data[KIND_OBJECTIONS];
	assert_non_null(t);
	assert_int_equal(t->n, 1);
	assert_int_equal(t->v[0].heard, 2);
	assert_int_equal(session_undo(s, &what, &cause), 1);
	assert_string_equal(what, "the count");
	free(what);
	t = s->view.kind_data[KIND_OBJECTIONS];
	assert_int_equal(t->v[0].heard, 1);
	/* H takes back the newest count; u counts it again. */
	assert_int_equal(session_unhear_objection(s, t->v[0].hearing_id,
	    &cause), 0);
	t = s->view.kind_data[KIND_OBJECTIONS];
	assert_int_equal(t->n, 0);
	assert_int_equal(session_unhear_objection(s, 1, &cause), -1);
	assert_int_equal(store_error_code(s->st), 66);
	free(cause);
	cause = NULL;
	assert_int_equal(session_undo(s, &what, &cause), 1);
	assert_string_equal(what, "the count taken back");
	free(what);
	t = s->view.kind_data[KIND_OBJECTIONS];
	assert_int_equal(t->n, 1);
	assert_int_equal(t->v[0].heard, 1);

	assert_int_equal(session_goto(s, 1, &cause), 0);
	/* Owned by marketing, with a due date. */
	r.owner = "Dana Reyes";
	assert_int_equal(session_add_request(s, &r, &action, &cause), -1);
	assert_non_null(strstr(cause, "sales side"));
	free(cause);
	cause = NULL;
	r.owner = "Lee Chen";
	r.due = "";
	assert_int_equal(session_add_request(s, &r, &action, &cause), -1);
	assert_non_null(strstr(cause, "due date"));
	free(cause);
	cause = NULL;
	r.due = "someday";
	assert_int_equal(session_add_request(s, &r, &action, &cause), -1);
	free(cause);
	cause = NULL;
	r.due = "fri";
	assert_int_equal(session_add_request(s, &r, &action, &cause), 0);
	assert_int_equal(requests_of(s)->requests.n, 1);
	assert_string_equal(view_action(&s->view, action)->due, "2026-11-27");
	assert_int_equal(view_action(&s->view, action)->item_id,
	    s->m->items[1].id);
	assert_int_equal(session_undo(s, &what, &cause), 1);
	assert_non_null(strstr(what, "the request and its action"));
	free(what);
	assert_int_equal(requests_of(s)->requests.n, 0);
	assert_null(view_action(&s->view, action));
}

/* Every audience sees the same tally and requests: none of it is private. */
static void
test_view_audiences(void **state)
{
	struct fixture *fx = *state;
	struct meeting *m = meeting_ok(fx, 0);
	enum view_audience a;
	struct meeting_view v;
	char *cause = NULL;
	long action;

	hear_ok(fx, m, "Too expensive");
	assert_int_equal(request(fx, m, "ROI calculator", "Too expensive",
	    "Dana Reyes", &action), 0);
	for (a = VIEW_FACILITATOR; a <= VIEW_MINUTES_PRIVATE; a++) {
		const struct prospect_tally *t;
		const struct request_data *d;

		assert_int_equal(view_load(fx->db.st, m->id, a, &v, &cause), 0);
		t = v.kind_data[KIND_OBJECTIONS];
		d = v.kind_data[KIND_REQUESTS];
		assert_non_null(t);
		assert_non_null(d);
		assert_int_equal(t->n, 1);
		assert_int_equal(d->requests.n, 1);
		assert_int_equal(d->tally.n, 1);
		assert_non_null(view_action(&v, d->requests.v[0].action_id));
		view_fini(&v);
	}
	meeting_free(m);
}

/* Both sections in every format, hostile names written as typed. */
static void
test_minutes(void **state)
{
	struct fixture *fx = *state;
	struct meeting *m1 = meeting_ok(fx, 1), *m2;
	char *md, *html, *json;
	long action;

	hear_ok(fx, m1, "No | budget <b>");
	m2 = meeting_ok(fx, 1);
	hear_ok(fx, m2, "Too *expensive*");
	hear_ok(fx, m2, "too *EXPENSIVE*");
	hear_ok(fx, m2, "no | BUDGET <b>");
	assert_int_equal(request(fx, m2, "ROI <i>calc</i>", "Too *expensive*",
	    "Dana | Reyes", &action), 0);

	md = minutes_ok(fx->db.st, m2->id, VIEW_MINUTES, "md");
	assert_non_null(strstr(md, "### Objections heard\n\n"
	    "| Objection | Heard | History |\n"));
	assert_non_null(strstr(md, "| Too \\*expensive\\* | 2\xc3\x97 | "
	    "new this meeting \xc2\xb7 content asked for |"));
	assert_non_null(strstr(md, "| No \\| budget \\<b\\> | 1\xc3\x97 | "
	    "heard in 2 of the last 2 meetings \xc2\xb7 first 2026-11-23 "
	    "\xc2\xb7 last 2026-11-23 |"));
	assert_non_null(strstr(md, "### Content requested\n\n"
	    "- \xe2\x80\x9cToo \\*expensive\\*\xe2\x80\x9d \xe2\x86\x92 "
	    "**ROI \\<i\\>calc\\</i\\>**, for Dana \\| Reyes \xe2\x86\x92 "
	    "action #1 (Lee Chen, due 2026-12-04)\n"));
	assert_non_null(strstr(md, "**Heard again, and no content asked "
	    "for:**\n\n- No \\| budget \\<b\\> (heard in 2"));
	free(md);

	html = minutes_ok(fx->db.st, m2->id, VIEW_MINUTES, "html");
	assert_non_null(strstr(html, "<h3>Objections heard</h3>"));
	assert_non_null(strstr(html, "<bdi>No | budget &lt;b&gt;</bdi>"));
	assert_non_null(strstr(html, "<strong><bdi>ROI &lt;i&gt;calc&lt;/i"
	    "&gt;</bdi></strong>"));
	assert_non_null(strstr(html, "<a href=\"#action-1\">action #1</a>"));
	assert_null(strstr(html, "<b>"));
	assert_null(strstr(html, "<i>"));
	free(html);

	json = minutes_ok(fx->db.st, m2->id, VIEW_MINUTES, "json");
	assert_true(jp_valid(json));
	assert_non_null(strstr(json, "\"objections_heard\": [\n    {\"name\": "
	    "\"Too *expensive*\", \"times\": 2, \"heard\": 2, \"parroted\": 0, "
	    "\"meetings\": 1, \"of_last\": 2, \"first_heard\": \"2026-12-21\", "
	    "\"last_heard_before\": null, \"requests\": 1, "
	    "\"uncovered\": false}"));
	assert_non_null(strstr(json, "\"uncovered\": true}"));
	assert_non_null(strstr(json, "\"requests\": [\n    {\"id\": 1, "
	    "\"asset\": \"ROI <i>calc</i>\", "
	    "\"objection\": \"Too *expensive*\", \"needed_by\": \"Dana | Reyes\", \"action_id\": 1, "
	    "\"owner\": \"Lee Chen\", \"due\": \"2026-12-04\", "
	    "\"status\": \"open\"}"));
	free(json);
	meeting_free(m1);
	meeting_free(m2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_owner_table),
		cmocka_unit_test_setup_teardown(test_store_request, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_uncovered, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_tally_reads_no_history,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_session, setup, teardown),
		cmocka_unit_test_setup_teardown(test_view_audiences, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_minutes, setup, teardown),
	};

	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests_name("request", tests, NULL, NULL);
}
