/*
 * test_parking.c: the parking lot carried forward, on real SQLite: a
 * parked topic stays on every following meeting until it is closed or a
 * later agenda takes it up as a topic; closed in a meeting, that meeting
 * still shows it, marked.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store.h"
#include "testlib.h"
#include "util.h"

#define DAY (24 * 60 * 60)
#define HOUR (60 * 60)

static char a_title[] = "Monthly";
static char t_review[] = "Last month's commitments";
static char t_topic[] = "  regional PRICING ";
static struct agenda_item plain_items[] = {
	{ .kind = KIND_REVIEW, .title = t_review, .minutes = 10 },
};
/* An agenda that takes up a parked topic as a topic of its own. */
static struct agenda_item topic_items[] = {
	{ .kind = KIND_REVIEW, .title = t_review, .minutes = 10 },
	{ .kind = KIND_TOPIC, .title = t_topic, .minutes = 10 },
};
static struct agenda plain = {
	.title = a_title, .minutes = 10, .items = plain_items, .nitems = 1,
};
static struct agenda with_topic = {
	.title = a_title, .minutes = 20, .items = topic_items, .nitems = 2,
};

/* Meeting n (from 0) of a monthly series: starts at t0 + n months. */
static time_t
month(int n)
{
	return t0() + n * 30 * DAY;
}

/* Start meeting n from agenda a (end ends it an hour later). */
static long
meeting(struct store *st, int n, const struct agenda *a)
{
	char *cause = NULL;
	long id = 0;

	assert_int_equal(store_meeting_create(st, a, "title: Monthly\n", NULL,
	    month(n), &id, &cause), 0);
	assert_null(cause);
	return id;
}

/* End meeting id, started as meeting n. */
static void
end(struct store *st, long id, int n)
{
	char *cause = NULL;

	assert_int_equal(store_meeting_end(st, id, month(n) + HOUR, &cause),
	    0);
}

/* Park a topic in meeting id at t; returns its id. */
static long
park(struct store *st, long id, const char *text, time_t t)
{
	char *cause = NULL;
	long e = 0;

	assert_int_equal(store_entry_add(st, id, 0, ENTRY_PARKING, text, t,
	    &e, &cause), 0);
	return e;
}

/* The lot carried into meeting id, as "text|text*" (* closed in it). */
static char *
lot(struct store *st, long id)
{
	struct entry_list l;
	char *cause = NULL, *s = xstrdup(""), *t;
	size_t i;

	assert_int_equal(store_parking_lot(st, id, &l, &cause), 0);
	for (i = 0; i < l.n; i++) {
		t = xasprintf("%s%s%s%s", s, i > 0 ? "|" : "", l.v[i].text,
		    l.v[i].closed_at[0] != '\0' ? "*" : "");
		free(s);
		s = t;
	}
	entry_list_fini(&l);
	return s;
}

/* Check the lot carried into meeting id. */
#define LOT(st, id, want) do { \
	char *got_ = lot(st, id); \
	if (strcmp(got_, want) != 0) \
		fail_msg("lot of meeting %ld: want \"%s\", got \"%s\"", \
		    (long)(id), want, got_); \
	free(got_); \
} while (0)

/* Close (1) or reopen (0), or fail the test. */
static void
close_ok(struct store *st, long e, int closed, time_t t)
{
	char *cause = NULL;

	if (store_parking_close(st, e, closed, t, &cause) != 0)
		fail_msg("close %ld: %s", e, cause);
}

/* A topic stays until closed; the meeting that closes it marks it. */
static void
test_carried_until_closed(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	char *cause = NULL;
	long m[5], p, note;

	m[0] = meeting(st, 0, &plain);
	p = park(st, m[0], "Partner channel", month(0) + 60);
	assert_int_equal(store_entry_add(st, m[0], 0, ENTRY_NOTE,
	    "Not parked", month(0) + 61, &note, &cause), 0);
	LOT(st, m[0], "");          /* nothing before the first meeting */
	end(st, m[0], 0);
	m[1] = meeting(st, 1, &plain);
	LOT(st, m[1], "Partner channel");
	end(st, m[1], 1);
	/* Parked two meetings ago, and still open: still there. */
	m[2] = meeting(st, 2, &plain);
	LOT(st, m[2], "Partner channel");
	close_ok(st, p, 1, month(2) + 600);
	LOT(st, m[2], "Partner channel*");
	end(st, m[2], 2);
	/* Its minutes, written later, still show it closed there. */
	LOT(st, m[2], "Partner channel*");
	LOT(st, m[1], "Partner channel");
	m[3] = meeting(st, 3, &plain);
	LOT(st, m[3], "");
	/* Reopened, it comes back. */
	close_ok(st, p, 0, month(3) + 60);
	LOT(st, m[3], "Partner channel");

	/* Closed twice, reopened when open, or not a parked topic at all. */
	close_ok(st, p, 1, month(3) + 120);
	assert_int_equal(store_parking_close(st, p, 1, month(3), &cause), -1);
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	cause = NULL;
	close_ok(st, p, 0, month(3) + 180);
	assert_int_equal(store_parking_close(st, p, 0, month(3), &cause), -1);
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	cause = NULL;
	assert_int_equal(store_parking_close(st, note, 1, month(3), &cause),
	    -1);
	assert_int_equal(store_error_code(st), EX_NOINPUT);
	free(cause);
	cause = NULL;
	assert_int_equal(store_parking_close(st, 999, 1, month(3), &cause),
	    -1);
	assert_int_equal(store_error_code(st), EX_NOINPUT);
	free(cause);
	store_close(st);
}

/* Closed after a meeting ended: that meeting saw it open. */
static void
test_closed_between(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	long m[3], p, q;

	m[0] = meeting(st, 0, &plain);
	p = park(st, m[0], "Pricing tiers", month(0) + 60);
	q = park(st, m[0], "Deleted by mistake", month(0) + 61);
	end(st, m[0], 0);
	m[1] = meeting(st, 1, &plain);
	end(st, m[1], 1);
	close_ok(st, p, 1, month(1) + 2 * HOUR);
	LOT(st, m[1], "Pricing tiers|Deleted by mistake");
	/* A deleted topic is no longer carried. */
	assert_int_equal(store_entry_delete(st, q, 1, month(1) + 3 * HOUR,
	    NULL), 0);
	LOT(st, m[1], "Pricing tiers");
	m[2] = meeting(st, 2, &plain);
	LOT(st, m[2], "");
	store_close(st);
}

/* An agenda that takes a topic up: shown there, gone after it. */
static void
test_taken_up_as_topic(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct entry_list now;
	char *cause = NULL;
	long m[4];

	m[0] = meeting(st, 0, &plain);
	park(st, m[0], "Regional pricing", month(0) + 60);
	park(st, m[0], "Sales deck", month(0) + 61);
	end(st, m[0], 0);
	/* The lot as it stands, between meetings: both open. */
	assert_int_equal(store_parking_lot(st, 0, &now, &cause), 0);
	assert_int_equal(now.n, 2);
	entry_list_fini(&now);
	/* The meeting that takes it up still lists it (the screen says so). */
	m[1] = meeting(st, 1, &with_topic);
	LOT(st, m[1], "Regional pricing|Sales deck");
	end(st, m[1], 1);
	assert_int_equal(store_parking_lot(st, 0, &now, &cause), 0);
	assert_int_equal(now.n, 1);
	assert_string_equal(now.v[0].text, "Sales deck");
	entry_list_fini(&now);
	m[2] = meeting(st, 2, &plain);
	LOT(st, m[2], "Sales deck");
	end(st, m[2], 2);
	/* Parked again after it was a topic, it is a new topic to carry. */
	park(st, m[2], "Regional pricing", month(2) + 60);
	m[3] = meeting(st, 3, &plain);
	LOT(st, m[3], "Sales deck|Regional pricing");
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_carried_until_closed,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_closed_between,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_taken_up_as_topic,
		    tmpdir_setup, tmpdir_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
