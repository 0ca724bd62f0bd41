/*
 * test_ics.c: unit tests for iCalendar content lines (folding at 75
 * octets, TEXT escaping, UTC stamps) and the VTODO list of the minutes.
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
#include "ics.h"
#include "testlib.h"
#include "util.h"

#define E_ACUTE "\xc3\xa9"              /* 2 octets */
#define KANJI "\xe6\x97\xa5"            /* 3 octets */
#define ROCKET "\xf0\x9f\x9a\x80"       /* 4 octets */
#define FFFD "\xef\xbf\xbd"
#define A36 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
#define A73 A36 A36 "a"
#define A74 A36 A36 "aa"
#define RTL "\xe2\x80\x8f\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\xe2\x80\x8e"

/* n copies of 'a' then tail, in a new string. */
static char *
as(int n, const char *tail)
{
	char *s = xmalloc((size_t)n + strlen(tail) + 1);

	memset(s, 'a', (size_t)n);
	strcpy(s + n, tail);
	return s;
}

/* line as ics_write_line folds it. Caller frees. */
static char *
folded(const char *line)
{
	struct capture c;

	capture_start(&c);
	ics_write_line(c.f, line);
	capture_end(&c);
	return c.buf;
}

/* 1 if the n bytes at s are whole UTF-8 characters. */
static int
whole_utf8(const char *s, size_t n)
{
	unsigned int cp;
	size_t len;

	while ((len = utf8_decode(s, n, &cp)) > 0) {
		if (cp == 0xfffd && len == 1)
			return 0;
		s += len;
		n -= len;
	}
	return n == 0;
}

/*
 * Check the rules of a folded line: CRLF ends, at most 75 octets a
 * physical line, continuation lines start with a space, no character
 * split, and unfolding gives the line back.
 */
static void
check_fold_rules(const char *line, const char *out)
{
	char *unfolded = xmalloc(strlen(out) + 1);
	const char *p = out, *end;
	size_t n = 0, len;
	int first = 1;

	while (*p != '\0') {
		if ((end = strstr(p, "\r\n")) == NULL)
			fail_msg("[%s]: a line without CRLF", line);
		len = (size_t)(end - p);
		if (len > ICS_LINE_OCTETS)
			fail_msg("[%s]: a line of %zu octets", line, len);
		if (!first && *p != ' ')
			fail_msg("[%s]: a continuation without a space", line);
		if (!first) {
			p++;
			len--;
		}
		if (!whole_utf8(p, len))
			fail_msg("[%s]: a character split across lines", line);
		memcpy(unfolded + n, p, len);
		n += len;
		p = end + 2;
		first = 0;
	}
	unfolded[n] = '\0';
	assert_string_equal(unfolded, line);
	free(unfolded);
}

/* Folding, case by case at the 75-octet boundary. */
static void
test_fold(void **state)
{
	static const struct {
		int a;              /* this many 'a' */
		const char *tail;   /* then this */
		int a2;             /* the expected output: a2 'a', then */
		const char *want;   /* this */
	} cases[] = {
		{ 0, "", 0, "\r\n" },
		{ 0, "BEGIN:VTODO", 0, "BEGIN:VTODO\r\n" },
		{ 74, "", 74, "\r\n" },
		{ 75, "", 75, "\r\n" },                 /* exactly 75: whole */
		{ 76, "", 75, "\r\n a\r\n" },
		{ 73, E_ACUTE, 73, E_ACUTE "\r\n" },    /* ends at 75 */
		{ 74, E_ACUTE, 74, "\r\n " E_ACUTE "\r\n" },  /* 75|76 */
		{ 72, KANJI, 72, KANJI "\r\n" },
		{ 73, KANJI, 73, "\r\n " KANJI "\r\n" },
		{ 74, KANJI, 74, "\r\n " KANJI "\r\n" },
		{ 71, ROCKET, 71, ROCKET "\r\n" },
		{ 72, ROCKET, 72, "\r\n " ROCKET "\r\n" },
		{ 74, ROCKET "b", 74, "\r\n " ROCKET "b\r\n" },
		{ 75, E_ACUTE, 75, "\r\n " E_ACUTE "\r\n" },
		/* The second line holds the space and 74 octets. */
		{ 149, "", 75, "\r\n " A74 "\r\n" },
		{ 150, "", 75, "\r\n " A74 "\r\n a\r\n" },
		{ 148, E_ACUTE, 75, "\r\n " A73 "\r\n " E_ACUTE "\r\n" },
	};
	char *line, *want, *got;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		line = as(cases[i].a, cases[i].tail);
		want = as(cases[i].a2, cases[i].want);
		got = folded(line);
		if (strcmp(got, want) != 0)
			fail_msg("case %zu: %d a + [%s]: got [%s]", i,
			    cases[i].a, cases[i].tail, got);
		check_fold_rules(line, got);
		free(line);
		free(want);
		free(got);
	}
}

/* Lines of every length, mixing 1- to 4-octet characters, keep the rules. */
static void
test_fold_rules(void **state)
{
	static const char *const pieces[] = { "a", E_ACUTE, KANJI, ROCKET };
	char line[1024], *got;
	size_t n, k;

	(void)state;
	for (n = 0; n < 300; n++) {
		line[0] = '\0';
		for (k = 0; k < n; k++)
			strcat(line, pieces[(k * 7 + n) % 4]);
		got = folded(line);
		check_fold_rules(line, got);
		free(got);
	}
}

/* TEXT escaping, case by case. */
static void
test_text(void **state)
{
	static const struct {
		const char *in;
		const char *want;
	} cases[] = {
		{ "", "" },
		{ "plain words", "plain words" },
		{ "a,b", "a\\,b" },
		{ "a;b", "a\\;b" },
		{ "back\\slash", "back\\\\slash" },
		{ "\\n is not a break", "\\\\n is not a break" },
		{ "line\nbreak", "line\\nbreak" },
		{ "crlf\r\nbreak", "crlf\\nbreak" }, /* one break, not two */
		{ "cr\rbreak", "cr\\nbreak" },
		{ "two\n\nbreaks", "two\\n\\nbreaks" },
		{ "\r\n\r\n", "\\n\\n" },
		{ "colon: \"quoted\"", "colon: \"quoted\"" }, /* as they are */
		{ "tab\there", "tab\there" },
		{ "bell\x07", "bell" FFFD },
		{ "del\x7f", "del" FFFD },
		{ "bad\xff", "bad" FFFD },
		{ "cut\xc3", "cut" FFFD },
		{ "rocket " ROCKET, "rocket " ROCKET },
		{ "rtl " RTL, "rtl " RTL },
		{ "<script>alert(1)</script> | &",
		    "<script>alert(1)</script> | &" },
		{ "all: \\;,\n", "all: \\\\\\;\\,\\n" },
	};
	char *got;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = ics_text(cases[i].in);
		if (strcmp(got, cases[i].want) != 0)
			fail_msg("text of [%s]: got [%s], want [%s]",
			    cases[i].in, got, cases[i].want);
		free(got);
	}
	got = ics_text(NULL);
	assert_string_equal(got, "");
	free(got);
}

/* A property: name, colon, escaped value, folded. */
static void
test_prop(void **state)
{
	struct capture c;

	(void)state;
	capture_start(&c);
	ics_prop_text(c.f, "SUMMARY", "Pull Q3 numbers by source, \"webinar\" "
	    "first; then share them with the whole team\\everyone\n"
	    "by Friday " ROCKET);
	ics_prop(c.f, "DUE;VALUE=DATE", "20261130");
	capture_end(&c);
	assert_string_equal(c.buf,
	    "SUMMARY:Pull Q3 numbers by source\\, \"webinar\" first\\; then sha"
	    "re them with \r\n"
	    " the whole team\\\\everyone\\nby Friday " ROCKET "\r\n"
	    "DUE;VALUE=DATE:20261130\r\n");
	free(c.buf);
}

/* Set the time zone for what follows. */
static void
set_tz(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

/* Local times become UTC stamps, whatever the zone. */
static void
test_utc(void **state)
{
	char buf[17];

	(void)state;
	set_tz("UTC0");
	assert_int_equal(ics_utc("2026-11-23T10:10:00", buf), 0);
	assert_string_equal(buf, "20261123T101000Z");
	/* Central Europe: an hour ahead in winter, two in summer. */
	set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
	assert_int_equal(ics_utc("2026-11-23T10:10:00", buf), 0);
	assert_string_equal(buf, "20261123T091000Z");
	assert_int_equal(ics_utc("2026-07-01T00:30:00", buf), 0);
	assert_string_equal(buf, "20260630T223000Z");
	set_tz("EST5EDT,M3.2.0,M11.1.0");
	assert_int_equal(ics_utc("2026-11-23T22:00:00", buf), 0);
	assert_string_equal(buf, "20261124T030000Z");
	assert_int_equal(ics_utc("yesterday", buf), -1);
	assert_int_equal(ics_utc("", buf), -1);
	assert_int_equal(ics_utc(NULL, buf), -1);
	set_tz("UTC0");
}

static char t_meeting[] = "Monthly Sales & Marketing Alignment";
static char n_open[] = "Pull Q3 numbers by source, \"webinar\" first";
static char n_done[] = "DONEITEM";
static char n_noowner[] = "Write up; the criterion";
static char n_kept[] = "Refresh the pricing one-pager";
static char n_dropped[] = "DROPPEDITEM";
static char n_sam[] = "Sam Ortiz";
static char n_lee[] = "Lee Chen";

/* Fill an action. */
static void
set_action(struct action *a, long id, char *title, char *owner,
    enum side side, const char *due, enum action_status status,
    long meeting_id, const char *created, const char *changed)
{
	memset(a, 0, sizeof *a);
	a->id = id;
	a->title = title;
	a->owner = owner;
	a->side = side;
	snprintf(a->due, sizeof a->due, "%s", due);
	a->status = status;
	a->meeting_id = meeting_id;
	snprintf(a->created_at, sizeof a->created_at, "%s", created);
	snprintf(a->changed_at, sizeof a->changed_at, "%s", changed);
}

/* The minutes of a hand-built meeting as iCalendar. Caller frees. */
static char *
calendar(struct action made[3], struct action reviewed[2])
{
	struct meeting_view v;
	struct meeting m;
	struct capture c;
	char *cause = NULL;

	memset(&v, 0, sizeof v);
	memset(&m, 0, sizeof m);
	m.id = 2;
	m.title = t_meeting;
	assert_int_equal(clock_parse_iso("2026-11-23T10:00:00", &m.started_at),
	    0);
	v.audience = VIEW_MINUTES;
	v.m = &m;
	v.actions = (struct action_list){ made, 3 };
	v.reviewed = (struct action_list){ reviewed, 2 };
	capture_start(&c);
	assert_int_equal(export_ics.write(c.f, &v, &cause), 0);
	capture_end(&c);
	return c.buf;
}

/* The VTODO list: open actions only, stable UIDs, no wall clock. */
static void
test_export_ics(void **state)
{
	struct action made[3], reviewed[2];
	char *s, *again;
	const char *p;

	(void)state;
	set_tz("UTC0");
	set_action(&made[0], 6, n_open, n_sam, SIDE_SALES, "2026-11-30",
	    ACTION_OPEN, 2, "2026-11-23T10:14:00", "2026-11-23T10:14:00");
	set_action(&made[1], 9, n_done, n_sam, SIDE_SALES, "2026-11-30",
	    ACTION_DONE, 2, "2026-11-23T10:15:00", "2026-11-23T10:40:00");
	set_action(&made[2], 7, n_noowner, NULL, SIDE_NONE, "", ACTION_OPEN, 2,
	    "2026-11-23T10:15:00", "");
	set_action(&reviewed[0], 2, n_kept, n_lee, SIDE_MARKETING,
	    "2026-12-04", ACTION_OPEN, 1, "2026-10-26T10:11:00",
	    "2026-11-23T10:02:00");
	reviewed[0].review = REVIEW_KEPT;
	reviewed[0].carried = 1;
	set_action(&reviewed[1], 4, n_dropped, n_lee, SIDE_MARKETING,
	    "2026-11-20", ACTION_DROPPED, 1, "2026-10-26T10:13:00",
	    "2026-11-23T10:03:00");
	s = calendar(made, reviewed);
	assert_int_equal(strncmp(s, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "PRODID:-//Parley//Parley minutes//EN\r\nCALSCALE:GREGORIAN\r\n"
	    "BEGIN:VTODO\r\n", 78), 0);
	assert_non_null(strstr(s, "END:VTODO\r\nEND:VCALENDAR\r\n"));
	assert_int_equal(strlen(strstr(s, "END:VCALENDAR\r\n")), 15);
	/* One VTODO per open action: the done and the dropped are not there. */
	assert_int_equal(count(s, "BEGIN:VTODO\r\n"), 3);
	assert_int_equal(count(s, "END:VTODO\r\n"), 3);
	assert_null(strstr(s, "DONEITEM"));
	assert_null(strstr(s, "DROPPEDITEM"));
	assert_int_equal(count(s, "STATUS:NEEDS-ACTION\r\n"), 3);
	assert_null(strstr(s, "ATTENDEE"));
	/* Made here first, then the reviewed ones. */
	assert_true(strstr(s, "UID:parley-action-6-") <
	    strstr(s, "UID:parley-action-7-"));
	assert_true(strstr(s, "UID:parley-action-7-") <
	    strstr(s, "UID:parley-action-2-"));
	assert_non_null(strstr(s, "BEGIN:VTODO\r\n"
	    "UID:parley-action-6-20261123T101400\r\n"
	    "DTSTAMP:20261123T101400Z\r\n"
	    "CREATED:20261123T101400Z\r\n"
	    "SUMMARY:Pull Q3 numbers by source\\, \"webinar\" first\r\n"
	    "DUE;VALUE=DATE:20261130\r\n"
	    "STATUS:NEEDS-ACTION\r\n"
	    "DESCRIPTION:Owner: Sam Ortiz (sales)\\nMeeting: Monthly Sales & "
	    "Marketing Al\r\n"
	    " ignment\\, 2026-11-23\\nParley action item 6\r\n"
	    "END:VTODO\r\n"));
	/* No due date: no DUE; no owner: said so; no change: created. */
	p = strstr(s, "UID:parley-action-7-20261123T101500\r\n");
	assert_non_null(p);
	assert_true(strstr(p, "DUE") == NULL || strstr(p, "DUE") >
	    strstr(p, "END:VTODO"));
	assert_non_null(strstr(p, "DTSTAMP:20261123T101500Z\r\n"));
	assert_non_null(strstr(p, "SUMMARY:Write up\\; the criterion\r\n"));
	assert_non_null(strstr(p, "DESCRIPTION:Owner: nobody yet\\n"));
	/* Reviewed: stamped by its last change, the review said. */
	p = strstr(s, "UID:parley-action-2-20261026T101100\r\n");
	assert_non_null(p);
	assert_non_null(strstr(p, "DTSTAMP:20261123T100200Z\r\n"
	    "CREATED:20261026T101100Z\r\n"));
	assert_non_null(strstr(p, "Made on 2026-10-26\\; kept in this meeti"));
	/* The same database gives the same file, whatever the time now. */
	again = calendar(made, reviewed);
	assert_string_equal(s, again);
	free(again);
	/* The UID keeps to the action's own time, not the zone's. */
	set_tz("CET-1CEST,M3.5.0,M10.5.0/3");
	again = calendar(made, reviewed);
	assert_non_null(strstr(again, "UID:parley-action-6-20261123T101400\r\n"
	    "DTSTAMP:20261123T091400Z\r\n"));
	free(again);
	set_tz("UTC0");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_fold_rules),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_prop),
		cmocka_unit_test(test_utc),
		cmocka_unit_test(test_export_ics),
	};

	return cmocka_run_group_tests_name("ics", tests, NULL, NULL);
}
