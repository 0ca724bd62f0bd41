/*
 * fixture.c: build a database holding two meetings with every kind of
 * capture, hostile text included, at fixed times, for the minutes' golden
 * files and format checks. Used by
 * tests/tools/mkminutes (for the shell tests) and the unit tests.
 *
 * Meeting 1 (2026-10-26) makes four action items (the second a content
 * request answering an objection heard then), hears two objections,
 * parks two topics, has lead-source figures for three sources, and its
 * pulse and ratings.
 * Meeting 2 (2026-11-23) reviews them (done, kept, escalated, dropped),
 * takes notes, a decision, a parked topic, a private note, three parroted
 * statements (action, private follow-up, resolved) under Q1 with four
 * objections heard there (two heard before, one answered by a request,
 * one hostile), actions with and without an owner or a due date, wins and
 * new customers, a pulse that warns, ratings, closes a parked topic, and
 * leaves one item uncovered and one over its timebox. Its figures change
 * the three sources (one to flag for nurture, one that won nothing) and
 * add two: one with markup in its name and no deal closed, one with
 * nothing at all (every rate null). Its Q4 brings version 2 of the MQL
 * definition into force (version 1 came from meeting 1's agenda) and
 * leaves version 3, hostile text in it, agreed by marketing alone. The
 * private words are QUOKKAPRIVATE (the note) and
 * ZEBRAFOLLOW (the follow-up): no shared output may hold either.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "store.h"
#include "store_mql.h"
#include "fixture.h"
#include "util.h"

static struct store *st;
static time_t clock_now;

/* Die with a message. */
static void
die(const char *what, char *cause)
{
	fprintf(stderr, "mkminutes: %s: %s\n", what, cause != NULL ? cause :
	    "failed");
	exit(1);
}

/* Set the fixture's clock to an ISO time. */
static void
at(const char *iso)
{
	if (clock_parse_iso(iso, &clock_now) != 0)
		die("bad time", NULL);
}

/* The item at pos of meeting m. */
static long
item(const struct meeting *m, int pos)
{
	return m->items[pos].id;
}

/* Add an entry at the clock, a minute later each time. */
static long
entry(long meeting, long item_id, enum entry_kind kind, const char *text)
{
	char *cause = NULL;
	long id;

	if (store_entry_add(st, meeting, item_id, kind, text, clock_now, &id,
	    &cause) != 0)
		die("entry", cause);
	clock_now += 60;
	return id;
}

/* Add an action at the clock. */
static long
action(long meeting, long item_id, const char *title, const char *owner,
    const char *due)
{
	struct action_new a = { title, owner, due, meeting, item_id, 0 };
	char *cause = NULL;
	long id;

	if (store_action_add(st, &a, clock_now, &id, &cause) != 0)
		die("action", cause);
	clock_now += 60;
	return id;
}

/* Add a parroted statement, with its action for OUTCOME_ACTION. */
static void
statement(long meeting, long item_id, enum side side, const char *said,
    const char *question, const char *answer, enum objection_outcome out,
    const char *followup, const struct action_new *act)
{
	struct objection o;
	char *cause = NULL;

	memset(&o, 0, sizeof o);
	o.meeting_id = meeting;
	o.item_id = item_id;
	o.side = side;
	o.statement = (char *)said;
	o.question = (char *)question;
	o.answer = (char *)answer;
	o.outcome = out;
	o.followup = (char *)followup;
	if (store_objection_add(st, &o, act, clock_now, &cause) != 0)
		die("statement", cause);
	clock_now += 60;
}

/* Replace a meeting's lead-source figures with rows (sources borrowed). */
static void
figures(long meeting, const struct metrics_row *rows, size_t n)
{
	struct metrics_table t = { NULL, 0 };
	struct metrics_row r;
	char *cause = NULL;
	size_t i, replaced;

	for (i = 0; i < n; i++) {
		metrics_row_copy(&r, &rows[i]);
		metrics_table_add(&t, &r);
	}
	if (store_metrics_replace(st, meeting, &t, &replaced, &cause) != 0)
		die("figures", cause);
	metrics_table_fini(&t);
}

/* Count a prospect objection heard, at the clock (which stays). */
static void
heard(long meeting, long item_id, const char *text)
{
	char *cause = NULL, *name = NULL;
	int again;
	long id;

	if (store_prospect_hear(st, meeting, item_id, text, clock_now, &id,
	    &name, &again, &cause) != 0)
		die("objection heard", cause);
	free(name);
}

/* Add a content request and its action at the clock; the action's id. */
static long
request(long meeting, long item_id, const char *asset, const char *objection,
    const char *needed_by, const char *owner, const char *due)
{
	struct request_new r = { asset, objection, needed_by, owner, due,
	    meeting, item_id };
	char *cause = NULL;
	long id, action_id;

	if (store_request_add(st, &r, clock_now, &id, &action_id, &cause) != 0)
		die("content request", cause);
	clock_now += 60;
	return action_id;
}

/*
 * Propose one change to the MQL definition at the clock. The clock stays:
 * the captures after it keep the times they had before Q4 kept versions.
 */
static void
mql_change(long meeting, const char *key, const char *value)
{
	struct mql_change ch = { key, value };
	struct mql_plan p;
	char *cause = NULL;

	if (store_mql_propose(st, &ch, 1, NULL, meeting, clock_now, &p,
	    &cause) != 0)
		die("mql propose", cause);
	mql_plan_fini(&p);
}

/* One side agrees to an MQL version at the clock. */
static void
mql_agree(int number, enum side side, const char *by)
{
	char *cause = NULL;
	int in_force;

	if (store_mql_agree(st, number, side, by, clock_now, &in_force,
	    &cause) != 0)
		die("mql agree", cause);
}

/* A side's pulse rating of a meeting. */
static void
pulse(long meeting, enum side side, int tension, int friction,
    const char *reason)
{
	char *cause = NULL;

	if (store_pulse_set(st, meeting, side, tension, friction, reason,
	    &cause) != 0)
		die("pulse", cause);
}

/* An attendee's rating of a meeting. */
static void
rate(long meeting, const char *name, int rating)
{
	char *cause = NULL;

	if (store_rating_set(st, meeting, name, rating, NULL, &cause) != 0)
		die("rating", cause);
}

/* A win or a new customer under an item, a minute later each time. */
static void
win(long meeting, long item_id, enum win_kind kind, enum side side,
    const char *text, const char *source)
{
	struct win w = { 0 };
	char *cause = NULL;

	w.kind = kind;
	w.side = side;
	w.text = (char *)text;
	w.source = (char *)source;
	w.item_id = item_id;
	if (store_win_add(st, &w, meeting, clock_now, NULL, &cause) != 0)
		die("win", cause);
	clock_now += 60;
}

/* Start a meeting from the agenda at the clock; its items loaded. */
static struct meeting *
start(const struct agenda *a, const char *text)
{
	struct meeting *m;
	char *cause = NULL;
	long id;

	if (store_meeting_create(st, a, text, "agendas/monthly-alignment.yaml",
	    clock_now, &id, &cause) != 0 ||
	    store_meeting_load(st, id, &m, &cause) != 0)
		die("meeting", cause);
	return m;
}

/* Give the items their time (seconds each), then end the meeting. */
static void
finish(struct meeting *m, const long *seconds, int last)
{
	char *cause = NULL;
	size_t i;

	for (i = 0; i < m->nitems; i++)
		m->items[i].elapsed = seconds[i];
	m->current = last;
	m->clock_started = 0;
	m->heartbeat = clock_now;
	if (store_meeting_save_clock(st, m, &cause) != 0 ||
	    store_meeting_end(st, m->id, clock_now, &cause) != 0)
		die("end", cause);
	meeting_free(m);
}

/*
 * The first meeting: four commitments, two parked topics (ids[4] the
 * first), the pulse and the ratings.
 */
static void
first_meeting(const struct agenda *a, const char *text, long ids[5])
{
	static const long seconds[] = { 540, 300, 600, 480, 600, 420, 300, 360 };
	static const struct metrics_row sources[] = {
		{ (char *)"Webinar", 300, 90, 18, 6, 2, 2, 20000, 50 },
		{ (char *)"Partner referral", 80, 50, 30, 15, 6, 4, 120000, 35 },
		{ (char *)"Trade show", 260, 78, 20, 9, 3, 4, 41700, 58 },
	};
	struct meeting *m;

	at("2026-10-26T10:00:00");
	m = start(a, text);
	figures(m->id, sources, sizeof sources / sizeof sources[0]);
	clock_now += 600;
	heard(m->id, item(m, 2), "Too expensive for a team our size");
	heard(m->id, item(m, 2), "No budget this quarter");
	ids[0] = action(m->id, item(m, 2), "Send the webinar case study",
	    "Dana Reyes", "2026-11-06");
	ids[1] = request(m->id, item(m, 3), "Refresh the pricing one-pager",
	    "too expensive for a TEAM our size", "Dana Reyes", "Lee Chen",
	    "2026-11-13");
	ids[2] = action(m->id, item(m, 4), "Clean the MQL scoring sheet",
	    "Sam Ortiz", "2026-11-20");
	ids[3] = action(m->id, item(m, 5), "Draft the partner FAQ",
	    "Priya Natarajan", "2026-11-20");
	ids[4] = entry(m->id, item(m, 6), ENTRY_PARKING,
	    "Partner channel pricing");
	entry(m->id, item(m, 7), ENTRY_PARKING, "Sales deck refresh");
	pulse(m->id, SIDE_SALES, 2, 2, "Budget talks went fine");
	pulse(m->id, SIDE_MARKETING, 2, 1, NULL);
	rate(m->id, "Dana Reyes", 7);
	rate(m->id, "Sam Ortiz", 6);
	rate(m->id, "Priya Natarajan", 8);
	rate(m->id, "Lee Chen", 7);
	at("2026-10-26T11:02:00");
	finish(m, seconds, 7);
}

/* The review of the first meeting's four commitments. */
static void
review(long meeting, const long ids[4])
{
	char *cause = NULL;

	if (store_action_close(st, ids[0], ACTION_DONE, meeting, clock_now,
	    &cause) != 0 ||
	    store_action_keep(st, ids[1], "2026-12-04", meeting,
	    clock_now + 60, &cause) != 0 ||
	    store_action_escalate(st, ids[2], "Priya Natarajan", "2026-12-11",
	    meeting, clock_now + 120, &cause) != 0 ||
	    store_action_close(st, ids[3], ACTION_DROPPED, meeting,
	    clock_now + 180, &cause) != 0)
		die("review", cause);
	clock_now += 240;
}

/*
 * The olive branch, the pulse (sales' tension up 2: a warning), the
 * ratings (Priya gives none) and a parked topic of the first meeting
 * closed, in the second meeting.
 */
static void
second_kinds(const struct meeting *m, long parked)
{
	char *cause = NULL;

	win(m->id, item(m, 1), WIN_WELL, SIDE_SALES, "Closed the <b>Initech"
	    "</b> deal | *fast* & early", NULL);
	win(m->id, item(m, 1), WIN_WELL, SIDE_MARKETING,
	    "Three SQLs from the trade show", NULL);
	win(m->id, item(m, 1), WIN_CUSTOMER, SIDE_NONE, "Acme Corp",
	    "Partner webinar");
	win(m->id, item(m, 1), WIN_CUSTOMER, SIDE_NONE, "Globex & Sons "
	    "\"GmbH\"", NULL);
	pulse(m->id, SIDE_SALES, 4, 2, "Discount approvals take a week | "
	    "*slow* <i>");
	pulse(m->id, SIDE_MARKETING, 2, 3, NULL);
	rate(m->id, "Dana Reyes", 8);
	rate(m->id, "Sam Ortiz", 7);
	rate(m->id, "Lee Chen", 9);
	if (store_parking_close(st, parked, 1, clock_now, &cause) != 0)
		die("parking", cause);
	clock_now += 60;
}

/* The second meeting: every kind of capture, hostile text among them. */
static void
second_meeting(const struct agenda *a, const char *text, const long ids[5])
{
	/* Q2 (item 4) stays uncovered; Q1 (item 3) runs over its 10 minutes. */
	static const long seconds[] = { 600, 300, 780, 0, 540, 480, 300, 420 };
	struct action_new budget = { "Add a budget question to the webinar form",
	    "Priya Natarajan", "2026-12-07", 0, 0, 0 };
	static const struct metrics_row sources[] = {
		{ (char *)"Webinar", 400, 120, 16, 8, 2, 4, 24000, 52 },
		{ (char *)"Partner referral", 95, 61, 38, 21, 9, 5, 198450, 33 },
		{ (char *)"Trade show", 260, 78, 20, 9, 0, 4, 0, 0 },
		{ (char *)"Co-marketing | \"Acme\" <b>*x*</b>", 12, 6, 3, 1, 0,
		    0, 0, 0 },
		{ (char *)"Podcast", 0, 0, 0, 0, 0, 0, 0, 0 },
	};
	struct meeting *m;

	at("2026-11-23T10:00:00");
	m = start(a, text);
	figures(m->id, sources, sizeof sources / sizeof sources[0]);
	budget.meeting_id = m->id;
	budget.item_id = item(m, 2);
	clock_now += 60;
	review(m->id, ids);
	entry(m->id, item(m, 1), ENTRY_NOTE,
	    "Marketing's webinar brought 3 SQLs \xf0\x9f\x9a\x80");
	entry(m->id, item(m, 1), ENTRY_NOTE, "New customer: Acme Corp (from "
	    "the partner webinar)");
	entry(m->id, item(m, 2), ENTRY_NOTE, "Prospects say \"too pricey\", "
	    "then <script>alert(1)</script> | a pipe | & an ampersand");
	entry(m->id, item(m, 2), ENTRY_NOTE, "Line one\nline two, with a "
	    "comma; *stars* _under_ `tick` # hash [link](x) \\ back");
	entry(m->id, item(m, 2), ENTRY_NOTE, "Right-to-left: \xe2\x80\x8f"
	    "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\xe2\x80\x8e (shalom)");
	statement(m->id, item(m, 2), SIDE_SALES, "Your leads are junk!",
	    "Our leads are junk?", "Three of five webinar leads had no budget",
	    OUTCOME_ACTION, NULL, &budget);
	statement(m->id, item(m, 2), SIDE_SALES, "But, they weren't qualified.",
	    "They weren't qualified?", NULL, OUTCOME_FOLLOWUP,
	    "ZEBRAFOLLOW: ask the sales manager which ones", NULL);
	statement(m->id, item(m, 2), SIDE_MARKETING,
	    "We never get anything from you.",
	    "You never get anything from us?",
	    "The case studies went out late", OUTCOME_RESOLVED, NULL, NULL);
	heard(m->id, item(m, 2), "Too expensive for a team our size");
	heard(m->id, item(m, 2), "  no budget this   quarter");
	heard(m->id, item(m, 2), "Pricing | <b>tiers</b> *confuse* \"buyers\" "
	    "& admins");
	heard(m->id, item(m, 2), "Too Expensive for a team our size");
	entry(m->id, item(m, 2), ENTRY_PRIVATE,
	    "QUOKKAPRIVATE: Sam seemed unprepared");
	action(m->id, item(m, 4), "Pull Q3 numbers by source, \"webinar\" "
	    "first", "Sam Ortiz", "2026-11-30");
	action(m->id, item(m, 5), "Write up the MQL budget criterion", "", "");
	entry(m->id, item(m, 5), ENTRY_DECISION,
	    "Webinar leads get two more weeks of nurture");
	/* Q4: version 2 agreed here; version 3, hostile, half agreed. */
	mql_change(m->id, "budget", ">= $30k/year");
	mql_change(m->id, "region", "EMEA");
	mql_agree(2, SIDE_SALES, "Dana Reyes");
	mql_agree(2, SIDE_MARKETING, "Priya Natarajan");
	mql_change(m->id, "titles", "<b>VP</b> | \"Head\" of *Growth*");
	mql_change(m->id, "purchasing_timeline", NULL);
	mql_agree(3, SIDE_MARKETING, "Lee Chen");
	entry(m->id, item(m, 6), ENTRY_PARKING, "Regional pricing, revisit "
	    "in Q1");
	action(m->id, item(m, 7), "Share the minutes with the VP", "Lee Chen",
	    "");
	second_kinds(m, ids[4]);
	at("2026-11-23T11:05:00");
	finish(m, seconds, 7);
}

/* Build the two meetings into a new database at db. */
void
fixture_minutes(const char *db, const char *agenda_path)
{
	struct agenda *a = NULL;
	char *text = NULL, *cause = NULL;
	long ids[5];

	if (agenda_read_file(agenda_path, &text, &a, &cause) != 0)
		die(agenda_path, cause);
	remove(db);
	if (store_open(db, &st, &cause) != 0)
		die(db, cause);
	first_meeting(a, text, ids);
	second_meeting(a, text, ids);
	store_close(st);
	st = NULL;
	agenda_free(a);
	free(text);
}
