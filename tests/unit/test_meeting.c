/* test_meeting.c: unit tests for the clocks of a meeting and its items. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "meeting.h"
#include "util.h"

#define NITEMS 3

/* What is done to the clock, at a moment. */
enum clock_op { OP_NONE, OP_BANK, OP_GOTO, OP_PAUSE, OP_RESUME };

struct clock_case {
	const char *what;
	/* The meeting before: items banked 10, 20, 30 seconds. */
	int current;
	time_t clock_started;
	time_t heartbeat;
	/* The operation. */
	enum clock_op op;
	time_t at;
	int pos;              /* OP_GOTO's target */
	/* The meeting after. */
	long elapsed[NITEMS]; /* banked, without the running clock */
	int want_current;
	time_t want_clock;
	time_t want_heartbeat;
	/* Read at a later moment, with the running clock. */
	time_t read_at;
	long item_now[NITEMS];
	long total_now;
};

static const struct clock_case clock_cases[] = {
	/* Reading only. */
	{ "paused", 1, 0, 900, OP_NONE, 0, 0,
	    { 10, 20, 30 }, 1, 0, 900,
	    1000, { 10, 20, 30 }, 60 },
	{ "running", 1, 900, 900, OP_NONE, 0, 0,
	    { 10, 20, 30 }, 1, 900, 900,
	    1000, { 10, 120, 30 }, 160 },
	{ "running, on the first item", 0, 900, 900, OP_NONE, 0, 0,
	    { 10, 20, 30 }, 0, 900, 900,
	    905, { 15, 20, 30 }, 65 },
	{ "clock set in the future counts nothing", 1, 2000, 2000, OP_NONE,
	    0, 0, { 10, 20, 30 }, 1, 2000, 2000,
	    1000, { 10, 20, 30 }, 60 },

	/* Banking keeps the clock running. */
	{ "bank", 1, 900, 900, OP_BANK, 1000, 0,
	    { 10, 120, 30 }, 1, 1000, 1000,
	    1010, { 10, 130, 30 }, 170 },
	{ "bank while paused does nothing", 1, 0, 900, OP_BANK, 1000, 0,
	    { 10, 20, 30 }, 1, 0, 900,
	    1010, { 10, 20, 30 }, 60 },

	/* Going to an item banks the one left. */
	{ "goto next", 0, 900, 900, OP_GOTO, 1000, 1,
	    { 110, 20, 30 }, 1, 1000, 1000,
	    1030, { 110, 50, 30 }, 190 },
	{ "goto back", 2, 900, 950, OP_GOTO, 1000, 0,
	    { 10, 20, 130 }, 0, 1000, 1000,
	    1001, { 11, 20, 130 }, 161 },
	{ "goto the same item", 1, 900, 900, OP_GOTO, 1000, 1,
	    { 10, 120, 30 }, 1, 1000, 1000,
	    1000, { 10, 120, 30 }, 160 },
	{ "goto below 0 clamps to the first", 1, 900, 900, OP_GOTO, 1000, -5,
	    { 10, 120, 30 }, 0, 1000, 1000,
	    1000, { 10, 120, 30 }, 160 },
	{ "goto past the end clamps to the last", 1, 900, 900, OP_GOTO, 1000,
	    99, { 10, 120, 30 }, 2, 1000, 1000,
	    1000, { 10, 120, 30 }, 160 },
	{ "goto while paused moves, banks nothing", 0, 0, 900, OP_GOTO, 1000,
	    2, { 10, 20, 30 }, 2, 0, 900,
	    5000, { 10, 20, 30 }, 60 },

	/* Pausing stops the clock: time away is not counted. */
	{ "pause", 1, 900, 900, OP_PAUSE, 1000, 0,
	    { 10, 120, 30 }, 1, 0, 1000,
	    9000, { 10, 120, 30 }, 160 },
	{ "pause while paused", 1, 0, 900, OP_PAUSE, 1000, 0,
	    { 10, 20, 30 }, 1, 0, 1000,
	    9000, { 10, 20, 30 }, 60 },

	/* Resuming starts it again. */
	{ "resume after a pause", 1, 0, 1000, OP_RESUME, 5000, 0,
	    { 10, 20, 30 }, 1, 5000, 5000,
	    5030, { 10, 50, 30 }, 90 },
	{ "resume after a crash banks up to the heartbeat", 1, 900, 960,
	    OP_RESUME, 5000, 0, { 10, 80, 30 }, 1, 5000, 5000,
	    5000, { 10, 80, 30 }, 120 },
	{ "resume after a crash before any heartbeat", 2, 900, 0, OP_RESUME,
	    5000, 0, { 10, 20, 30 }, 2, 5000, 5000,
	    5010, { 10, 20, 40 }, 70 },
	{ "resume with a heartbeat from the future banks up to now", 0, 900,
	    9000, OP_RESUME, 1000, 0, { 110, 20, 30 }, 0, 1000, 1000,
	    1000, { 110, 20, 30 }, 160 },
};

/* A meeting of three items as a case begins it. */
static void
make_meeting(struct meeting *m, struct meeting_item *items,
    const struct clock_case *c)
{
	static const long banked[NITEMS] = { 10, 20, 30 };
	size_t i;

	memset(m, 0, sizeof *m);
	memset(items, 0, NITEMS * sizeof *items);
	for (i = 0; i < NITEMS; i++) {
		items[i].id = (long)i + 1;
		items[i].pos = (int)i;
		items[i].minutes = 10;
		items[i].elapsed = banked[i];
	}
	m->items = items;
	m->nitems = NITEMS;
	m->planned_minutes = 30;
	m->current = c->current;
	m->clock_started = c->clock_started;
	m->heartbeat = c->heartbeat;
}

/* Apply each case's operation and check the banked and running times. */
static void
test_clock_table(void **state)
{
	struct meeting_item items[NITEMS];
	const struct clock_case *c;
	struct meeting m;
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof clock_cases / sizeof clock_cases[0]; i++) {
		c = &clock_cases[i];
		make_meeting(&m, items, c);
		switch (c->op) {
		case OP_NONE:
			break;
		case OP_BANK:
			meeting_bank(&m, c->at);
			break;
		case OP_GOTO:
			meeting_goto(&m, c->pos, c->at);
			break;
		case OP_PAUSE:
			meeting_pause(&m, c->at);
			break;
		case OP_RESUME:
			meeting_resume(&m, c->at);
			break;
		}
		for (k = 0; k < NITEMS; k++) {
			if (m.items[k].elapsed != c->elapsed[k])
				fail_msg("%s: item %zu banked %ld, want %ld",
				    c->what, k, m.items[k].elapsed,
				    c->elapsed[k]);
			if (meeting_item_elapsed(&m, k, c->read_at) !=
			    c->item_now[k])
				fail_msg("%s: item %zu reads %ld, want %ld",
				    c->what, k, meeting_item_elapsed(&m, k,
				    c->read_at), c->item_now[k]);
		}
		if (m.current != c->want_current)
			fail_msg("%s: current %d, want %d", c->what, m.current,
			    c->want_current);
		if (m.clock_started != c->want_clock)
			fail_msg("%s: clock %lld, want %lld", c->what,
			    (long long)m.clock_started,
			    (long long)c->want_clock);
		if (m.heartbeat != c->want_heartbeat)
			fail_msg("%s: heartbeat %lld, want %lld", c->what,
			    (long long)m.heartbeat,
			    (long long)c->want_heartbeat);
		if (meeting_total_elapsed(&m, c->read_at) != c->total_now)
			fail_msg("%s: total %ld, want %ld", c->what,
			    meeting_total_elapsed(&m, c->read_at),
			    c->total_now);
	}
}

/* A lunch break: pause, an hour away, resume; only meeting time counts. */
static void
test_clock_story(void **state)
{
	struct meeting_item items[NITEMS];
	struct clock_case start = { .current = 0 };
	struct meeting m;

	(void)state;
	make_meeting(&m, items, &start);
	meeting_resume(&m, 1000);            /* the screen opens */
	meeting_goto(&m, 1, 1300);           /* 300 s on item 0 */
	meeting_bank(&m, 1400);              /* a heartbeat */
	meeting_pause(&m, 1500);             /* 200 s on item 1; lunch */
	meeting_resume(&m, 1500 + 3600);     /* back */
	meeting_goto(&m, 2, 1500 + 3600 + 60);
	/* The screen dies at +90 with its last heartbeat at +80. */
	meeting_bank(&m, 1500 + 3600 + 80);
	meeting_resume(&m, 1500 + 3600 + 4000);

	assert_int_equal(m.items[0].elapsed, 10 + 300);
	assert_int_equal(m.items[1].elapsed, 20 + 200 + 60);
	assert_int_equal(m.items[2].elapsed, 30 + 20);
	assert_int_equal(m.current, 2);
	assert_int_equal(m.clock_started, 1500 + 3600 + 4000);
	assert_int_equal(meeting_total_elapsed(&m, 1500 + 3600 + 4000 + 5),
	    10 + 300 + 20 + 200 + 60 + 30 + 20 + 5);
}

/* A meeting without items: goto changes nothing, totals are 0. */
static void
test_no_items(void **state)
{
	struct meeting m;

	(void)state;
	memset(&m, 0, sizeof m);
	m.clock_started = 100;
	meeting_goto(&m, 3, 200);
	assert_int_equal(m.current, 0);
	assert_int_equal(m.clock_started, 100);
	assert_int_equal(meeting_total_elapsed(&m, 150), 50);
	meeting_pause(&m, 200);
	assert_int_equal(m.clock_started, 0);
	assert_int_equal(meeting_total_elapsed(&m, 300), 0);
	meeting_free(NULL);
}

struct format_case {
	long seconds;
	const char *want;
};

/* MM:SS while minutes fit in two digits, then H:MM:SS (meeting.h). */
static const struct format_case format_cases[] = {
	{ 0, "00:00" },
	{ 1, "00:01" },
	{ 59, "00:59" },
	{ 60, "01:00" },
	{ 61, "01:01" },
	{ 600, "10:00" },
	{ 3599, "59:59" },
	/* Under 100 minutes the minutes are not wrapped at 60. */
	{ 3600, "60:00" },
	{ 3661, "61:01" },
	{ 5999, "99:59" },
	{ 6000, "1:40:00" },
	{ 7322, "2:02:02" },
	{ 36000, "10:00:00" },
	{ 359999, "99:59:59" },
	{ 360000, "99:59:59" },
	{ 10000000, "99:59:59" },
	{ LONG_MAX, "99:59:59" },
	{ -1, "00:00" },
	{ -3600, "00:00" },
	{ LONG_MIN, "00:00" },
};

/* Clocks are formatted for the screen within bounds. */
static void
test_format_clock(void **state)
{
	char buf[16];
	size_t i;
	int wrong = 0;

	(void)state;
	for (i = 0; i < sizeof format_cases / sizeof format_cases[0]; i++) {
		memset(buf, 'X', sizeof buf);
		meeting_format_clock(format_cases[i].seconds, buf);
		if (strcmp(buf, format_cases[i].want) != 0) {
			print_message("%ld seconds: got \"%s\", want \"%s\"\n",
			    format_cases[i].seconds, buf,
			    format_cases[i].want);
			wrong++;
		}
	}
	assert_int_equal(wrong, 0);
}

/* Covered: a minute spent, or something captured; a glance is not. */
static void
test_covered(void **state)
{
	struct meeting_item items[NITEMS];
	struct meeting m;
	struct clock_case c = { 0 };

	(void)state;
	make_meeting(&m, items, &c);
	items[0].elapsed = 59;
	items[1].elapsed = 60;
	items[2].elapsed = 3;
	items[2].captures = 1;
	assert_false(meeting_item_covered(&m, 0, 0));
	assert_true(meeting_item_covered(&m, 1, 0));
	assert_true(meeting_item_covered(&m, 2, 0));
	/* The running clock counts for the current item. */
	m.current = 0;
	m.clock_started = 1000;
	assert_true(meeting_item_covered(&m, 0, 1001));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clock_table),
		cmocka_unit_test(test_clock_story),
		cmocka_unit_test(test_no_items),
		cmocka_unit_test(test_format_clock),
		cmocka_unit_test(test_covered),
	};

	return cmocka_run_group_tests_name("meeting", tests, NULL, NULL);
}
