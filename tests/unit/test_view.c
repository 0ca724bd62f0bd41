/* test_view.c: the meeting view: what each audience may see, decided once. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "fixture.h"
#include "store.h"
#include "testlib.h"
#include "util.h"
#include "view.h"

#define AGENDA "agendas/monthly-alignment.yaml"
#define MEETING 2            /* the fixture's rich meeting */

/* The fixture database, built once for the whole file. */
static struct tmpdir tmp;
static struct store *st;

/* Build the fixture and open it. */
static int
group_setup(void **state)
{
	char *cause = NULL;

	(void)state;
	if (tmpdir_init(&tmp) != 0)
		return -1;
	fixture_minutes(tmp.path, AGENDA);
	if (store_open(tmp.path, &st, &cause) != 0) {
		fprintf(stderr, "store_open: %s\n", cause);
		return -1;
	}
	return 0;
}

/* Close and remove the fixture. */
static int
group_teardown(void **state)
{
	(void)state;
	store_close(st);
	return tmpdir_fini(&tmp);
}

/* Load meeting 2 for an audience or fail the test. */
static void
load(enum view_audience a, struct meeting_view *v)
{
	char *cause = NULL;

	if (view_load(st, MEETING, a, v, &cause) != 0)
		fail_msg("view_load: %s", cause);
	assert_int_equal(v->audience, a);
}

/* How many private entries the view has, and how many with their text. */
static void
count_private(const struct meeting_view *v, int *n, int *with_text)
{
	size_t i;

	*n = *with_text = 0;
	for (i = 0; i < v->entries.n; i++) {
		if (v->entries.v[i].kind != ENTRY_PRIVATE)
			continue;
		(*n)++;
		*with_text += v->entries.v[i].text != NULL;
	}
}

/* The outcomes of the three statements, in order. */
static void
outcomes(const struct meeting_view *v, enum objection_outcome out[3])
{
	assert_int_equal(v->objections.n, 3);
	out[0] = v->objections.v[0].outcome;
	out[1] = v->objections.v[1].outcome;
	out[2] = v->objections.v[2].outcome;
}

/* The meeting screen: private notes exist, no text; outcomes masked. */
static void
test_facilitator(void **state)
{
	struct meeting_view v;
	enum objection_outcome out[3];
	int n, text;

	(void)state;
	load(VIEW_FACILITATOR, &v);
	count_private(&v, &n, &text);
	assert_int_equal(n, 1);
	assert_int_equal(text, 0);
	outcomes(&v, out);
	assert_int_equal(out[0], OUTCOME_ACTION);
	assert_int_equal(out[1], OUTCOME_CLOSED);
	assert_int_equal(out[2], OUTCOME_CLOSED);
	assert_false(view_holds(&v, "QUOKKAPRIVATE"));
	assert_false(view_holds(&v, "ZEBRAFOLLOW"));
	assert_false(view_private(&v));
	view_fini(&v);
}

/* The room: not even that a private note exists. */
static void
test_room(void **state)
{
	struct meeting_view v;
	enum objection_outcome out[3];
	int n, text;

	(void)state;
	load(VIEW_ROOM, &v);
	count_private(&v, &n, &text);
	assert_int_equal(n, 0);
	outcomes(&v, out);
	assert_int_equal(out[1], OUTCOME_CLOSED);
	assert_int_equal(out[2], OUTCOME_CLOSED);
	assert_false(view_holds(&v, "QUOKKAPRIVATE"));
	assert_false(view_holds(&v, "ZEBRAFOLLOW"));
	view_fini(&v);
}

/* Shared minutes: nothing private, and no screen-only parts. */
static void
test_minutes(void **state)
{
	struct meeting_view v;
	enum objection_outcome out[3];
	int n, text;

	(void)state;
	load(VIEW_MINUTES, &v);
	count_private(&v, &n, &text);
	assert_int_equal(n, 0);
	outcomes(&v, out);
	assert_int_equal(out[0], OUTCOME_ACTION);
	assert_int_equal(out[1], OUTCOME_CLOSED);
	assert_int_equal(out[2], OUTCOME_CLOSED);
	assert_null(v.objections.v[1].followup);
	assert_false(view_holds(&v, "QUOKKAPRIVATE"));
	assert_false(view_holds(&v, "ZEBRAFOLLOW"));
	assert_null(v.backlog);
	assert_null(v.room_question);
	assert_false(view_private(&v));
	view_fini(&v);
}

/* Minutes with --include-private: all of it, the real outcomes. */
static void
test_minutes_private(void **state)
{
	struct meeting_view v;
	enum objection_outcome out[3];
	int n, text;

	(void)state;
	load(VIEW_MINUTES_PRIVATE, &v);
	count_private(&v, &n, &text);
	assert_int_equal(n, 1);
	assert_int_equal(text, 1);
	outcomes(&v, out);
	assert_int_equal(out[0], OUTCOME_ACTION);
	assert_int_equal(out[1], OUTCOME_FOLLOWUP);
	assert_int_equal(out[2], OUTCOME_RESOLVED);
	assert_non_null(strstr(v.objections.v[1].followup, "ZEBRAFOLLOW"));
	assert_true(view_holds(&v, "QUOKKAPRIVATE"));
	assert_true(view_private(&v));
	view_fini(&v);
}

/* The record itself: team, actions, the review, the parking lot, misses. */
static void
test_contents(void **state)
{
	static const enum action_review want[5] = {
		REVIEW_NONE, REVIEW_DONE, REVIEW_KEPT, REVIEW_ESCALATED,
		REVIEW_DROPPED
	};
	struct meeting_view v;
	size_t i;

	(void)state;
	load(VIEW_MINUTES, &v);
	assert_string_equal(v.m->title, "Monthly Sales & Marketing Alignment");
	assert_int_equal(v.m->status, MEETING_ENDED);
	assert_int_equal(v.nattendees, 4);
	assert_int_equal(v.attendees[0].side, SIDE_SALES);
	assert_int_equal(v.attendees[3].side, SIDE_MARKETING);
	assert_int_equal(v.actions.n, 4);
	for (i = 0; i < v.actions.n; i++)
		assert_int_equal(v.actions.v[i].meeting_id, MEETING);
	assert_int_equal(v.reviewed.n, 4);
	for (i = 0; i < v.reviewed.n; i++)
		assert_int_equal(v.reviewed.v[i].review,
		    want[v.reviewed.v[i].id]);
	/* Meeting 1's lot: one closed in meeting 2, one still open. */
	assert_int_equal(v.parking_before.n, 2);
	assert_string_equal(v.parking_before.v[0].text,
	    "Partner channel pricing");
	assert_string_not_equal(v.parking_before.v[0].closed_at, "");
	assert_string_equal(v.parking_before.v[1].text, "Sales deck refresh");
	assert_string_equal(v.parking_before.v[1].closed_at, "");
	assert_non_null(v.agenda);
	assert_non_null(view_agenda_item(&v, 2));
	assert_int_equal(view_agenda_item(&v, 2)->asked_by, SIDE_MARKETING);
	assert_null(view_agenda_item(&v, 99));
	assert_int_equal(view_item_missed(&v, 0), MISSED_NO);
	assert_int_equal(view_item_missed(&v, 2), MISSED_OVER_TIME);
	assert_int_equal(view_item_missed(&v, 3), MISSED_NOT_COVERED);
	assert_int_equal(view_item_missed(&v, 4), MISSED_NO);
	view_fini(&v);
}

/* An item's captures in the order taken; a statement carries its action. */
static void
test_captures(void **state)
{
	static const enum view_capture_kind want[] = {
		CAPTURE_ENTRY, CAPTURE_ENTRY, CAPTURE_ENTRY, CAPTURE_OBJECTION,
		CAPTURE_OBJECTION, CAPTURE_OBJECTION, CAPTURE_ENTRY,
	};
	struct meeting_view v;
	struct view_captures c;
	size_t i;

	(void)state;
	load(VIEW_MINUTES_PRIVATE, &v);
	view_captures(&v, v.m->items[2].id, &c);
	assert_int_equal(c.n, sizeof want / sizeof want[0]);
	for (i = 0; i < c.n; i++)
		assert_int_equal(c.v[i].kind, want[i]);
	assert_true(c.v[0].entry->text != NULL &&
	    strstr(c.v[0].entry->text, "<script>") != NULL);
	assert_string_equal(c.v[3].objection->statement,
	    "Your leads are junk!");
	/* The statement's action goes with it, not as a capture of its own. */
	assert_non_null(c.v[3].action);
	assert_string_equal(c.v[3].action->title,
	    "Add a budget question to the webinar form");
	assert_true(view_action_from_statement(&v, c.v[3].action->id));
	assert_null(c.v[4].action);
	assert_int_equal(c.v[6].entry->kind, ENTRY_PRIVATE);
	view_captures_fini(&c);
	/* The whole meeting: every capture once. */
	view_captures(&v, 0, &c);
	/* 8 entries, 3 statements, 3 actions of their own (the 4th is a statement's). */
	assert_int_equal(c.n, 8 + 3 + 3);
	view_captures_fini(&c);
	view_fini(&v);
}

/* A meeting that does not exist is "not found" (66). */
static void
test_missing(void **state)
{
	struct meeting_view v;
	char *cause = NULL;

	(void)state;
	assert_int_equal(view_load(st, 99, VIEW_MINUTES, &v, &cause), -1);
	assert_non_null(strstr(cause, "no meeting 99"));
	assert_int_equal(store_error_code(st), EX_NOINPUT);
	free(cause);
	view_fini(&v);
}

/*
 * A private note alone does not make an item covered: the strip and the
 * minutes would tell the room something private was said there.
 */
static void
test_private_not_counted(void **state)
{
	struct meeting_view v;
	char *cause = NULL;
	long id;

	(void)state;
	load(VIEW_FACILITATOR, &v);
	assert_int_equal(store_entry_add(st, MEETING, v.m->items[3].id,
	    ENTRY_PRIVATE, "QUOKKAPRIVATE again", v.now, &id, &cause), 0);
	view_fini(&v);
	load(VIEW_MINUTES, &v);
	assert_int_equal(v.m->items[3].captures, 0);
	assert_int_equal(view_item_missed(&v, 3), MISSED_NOT_COVERED);
	view_fini(&v);
	/* A note there does count. */
	load(VIEW_ROOM, &v);
	assert_int_equal(store_entry_add(st, MEETING, v.m->items[3].id,
	    ENTRY_NOTE, "A shared word", v.now, NULL, &cause), 0);
	view_fini(&v);
	load(VIEW_ROOM, &v);
	assert_int_equal(v.m->items[3].captures, 1);
	assert_int_equal(view_item_missed(&v, 3), MISSED_NO);
	view_fini(&v);
	assert_null(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_facilitator),
		cmocka_unit_test(test_room),
		cmocka_unit_test(test_minutes),
		cmocka_unit_test(test_minutes_private),
		cmocka_unit_test(test_contents),
		cmocka_unit_test(test_captures),
		cmocka_unit_test(test_missing),
		/* Last: it adds to the fixture. */
		cmocka_unit_test(test_private_not_counted),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
