/*
 * test_export.c: unit tests for the Markdown and HTML minutes, on
 * meetings built with the store in a temp file: hostile text never breaks
 * a table or becomes markup, private content is there only when asked
 * for, and the layout follows the meeting (live, without a review item).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "store.h"
#include "testlib.h"
#include "util.h"

#define T0 "2026-11-23T10:00:00"

/* An agenda with a review item, a topic and a wrap-up. */
static const char agenda_review[] =
    "title: \"Sync | <b>bold</b>\"\n"
    "minutes: 30\n"
    "team:\n"
    "  sales: [\"Ann | Lee\"]\n"
    "  marketing: [Bo]\n"
    "items:\n"
    "  - kind: review\n    title: Review\n    minutes: 10\n"
    "  - kind: topic\n    title: \"One *two* | three\"\n    minutes: 10\n"
    "  - kind: wrapup\n    title: Wrap-up\n    minutes: 10\n";

/* An agenda with no review item and no team. */
static const char agenda_plain[] =
    "title: Plain\n"
    "items:\n"
    "  - kind: topic\n    title: Talk\n    minutes: 10\n";

/* A fresh database, its clock at T0. */
static int
setup(void **state)
{
	struct testdb *fx;

	if (testdb_setup(state) != 0)
		return -1;
	fx = *state;
	if (clock_parse_iso(T0, &fx->now) != 0) {
		testdb_teardown(state);
		return -1;
	}
	return 0;
}

/* Add an action a minute after the last thing; its id. */
static long
add_action(struct testdb *fx, long meeting, long item, const char *title,
    const char *owner, const char *due)
{
	struct action_new n = { title, owner, due, meeting, item, 0 };
	char *cause = NULL;
	long id;

	fx->now += 60;
	assert_int_equal(store_action_add(fx->st, &n, fx->now, &id, &cause),
	    0);
	return id;
}

/* Add an entry a minute after the last thing. */
static void
add_entry(struct testdb *fx, long meeting, long item, enum entry_kind kind,
    const char *text)
{
	char *cause = NULL;
	long id;

	fx->now += 60;
	assert_int_equal(store_entry_add(fx->st, meeting, item, kind, text,
	    fx->now, &id, &cause), 0);
}

/* End a meeting a minute after the last thing. */
static void
end(struct testdb *fx, long id)
{
	char *cause = NULL;

	fx->now += 60;
	assert_int_equal(store_meeting_end(fx->st, id, fx->now, &cause), 0);
}

/* The pipes of a Markdown table row that separate cells. */
static int
cell_pipes(const char *line, size_t len)
{
	size_t i;
	int n = 0;

	for (i = 0; i < len; i++) {
		if (line[i] == '\\')
			i++;
		else if (line[i] == '|')
			n++;
	}
	return n;
}

/* The tags in Markdown other than <br>: a "<" with no backslash before. */
static int
bare_tags(const char *md)
{
	const char *p;
	int n = 0;

	for (p = md; (p = strchr(p, '<')) != NULL; p++) {
		if ((p == md || p[-1] != '\\') && strncmp(p, "<br>", 4) != 0)
			n++;
	}
	return n;
}

/* The lines of a table that starts after heading in md; checks each row. */
static int
table_rows(const char *md, const char *heading, int columns)
{
	const char *p = strstr(md, heading), *nl;
	int rows = 0;

	assert_non_null(p);
	p = strstr(p, "\n| ");
	assert_non_null(p);
	for (p++; *p == '|'; p = nl + 1) {
		nl = strchr(p, '\n');
		assert_non_null(nl);
		assert_int_equal(cell_pipes(p, (size_t)(nl - p)), columns + 1);
		rows++;
	}
	return rows;
}

/* A meeting whose action titles and owners hold markup and line breaks. */
static long
hostile_meeting(struct testdb *fx)
{
	struct meeting *m;
	long id = testdb_start(fx, agenda_review, &m);

	add_action(fx, id, m->items[1].id, "Fix a | b\nand <b>c</b> `d`",
	    "O|wner", "");
	add_action(fx, id, m->items[1].id, "Plain", "", "2026-12-01");
	add_entry(fx, id, m->items[1].id, ENTRY_NOTE,
	    "<script>alert(1)</script>");
	meeting_free(m);
	end(fx, id);
	return id;
}

/* The Markdown action table keeps its shape whatever the titles hold. */
static void
test_md_table_whole(void **state)
{
	struct testdb *fx = *state;
	char *md = minutes_ok(fx->st, hostile_meeting(fx), VIEW_MINUTES, "md");

	/* The header, the rule and one row per action, five cells each. */
	assert_int_equal(table_rows(md, "## Action items", 5), 4);
	assert_non_null(strstr(md, "| Fix a \\| b<br>and \\<b\\>c\\</b\\> "
	    "\\`d\\` | O\\|wner | **none** | open |"));
	assert_non_null(strstr(md, "| Plain | **none** | 2026-12-01 | open |"));
	assert_non_null(strstr(md, "**Missing an owner or a due date:** #1 "
	    "(no due date); #2 (no owner)."));
	assert_non_null(strstr(md, "# Minutes: Sync \\| \\<b\\>bold\\</b\\>\n"));
	assert_non_null(strstr(md, "## 2. One \\*two\\* \\| three\n"));
	assert_non_null(strstr(md, "- **Sales:** Ann \\| Lee\n"));
	assert_non_null(strstr(md, "- \\<script\\>alert(1)\\</script\\>\n"));
	assert_int_equal(bare_tags(md), 0);
	free(md);
}

/* The HTML page holds no markup from user text and nothing from outside. */
static void
test_html_escaped_whole(void **state)
{
	struct testdb *fx = *state;
	char *html = minutes_ok(fx->st, hostile_meeting(fx), VIEW_MINUTES,
	    "html");
	const char *p;
	int rows = 0;

	for (p = html; (p = strstr(p, "<tr id=\"action-")) != NULL; p++)
		rows++;
	assert_int_equal(rows, 2);
	assert_non_null(strstr(html, "<bdi>Fix a | b<br>\nand &lt;b&gt;c"
	    "&lt;/b&gt; `d`</bdi>"));
	assert_non_null(strstr(html, "<bdi>&lt;script&gt;alert(1)&lt;/script"
	    "&gt;</bdi>"));
	assert_non_null(strstr(html, "<title>Minutes: Sync | &lt;b&gt;bold"
	    "&lt;/b&gt;, "));
	assert_null(strstr(html, "<script"));
	assert_null(strstr(html, "<b>"));
	/* Self-contained: nothing is fetched, nothing runs. */
	assert_null(strstr(html, "src="));
	assert_null(strstr(html, "url("));
	assert_null(strstr(html, "@import"));
	assert_null(strstr(html, "<link"));
	assert_null(strstr(html, "href=\"http"));
	assert_non_null(strstr(html, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(html, "<meta name=\"viewport\""));
	assert_non_null(strstr(html, "@media print"));
	assert_non_null(strstr(html, "@page{size:A4"));
	free(html);
}

/* Private notes: absent from shared minutes, marked in private ones. */
static void
test_private_marked(void **state)
{
	struct testdb *fx = *state;
	struct meeting *m;
	long id = testdb_start(fx, agenda_review, &m);
	char *md, *html;

	add_entry(fx, id, m->items[1].id, ENTRY_PRIVATE, "SECRETWORD here");
	add_entry(fx, id, m->items[1].id, ENTRY_NOTE, "shared words");
	meeting_free(m);
	end(fx, id);
	md = minutes_ok(fx->st, id, VIEW_MINUTES, "md");
	html = minutes_ok(fx->st, id, VIEW_MINUTES, "html");
	assert_null(strstr(md, "SECRETWORD"));
	assert_null(strstr(md, "PRIVATE"));
	assert_null(strstr(html, "SECRETWORD"));
	assert_null(strstr(html, "class=\"private"));
	assert_null(strstr(html, "class=\"banner"));
	assert_null(strstr(html, "Private"));
	assert_non_null(strstr(md, "- shared words\n"));
	free(md);
	free(html);
	md = minutes_ok(fx->st, id, VIEW_MINUTES_PRIVATE, "md");
	html = minutes_ok(fx->st, id, VIEW_MINUTES_PRIVATE, "html");
	assert_non_null(strstr(md, "\n- **[PRIVATE]** **Private note:** "
	    "SECRETWORD here\n"));
	assert_non_null(strstr(md, "\n> **[PRIVATE]** These minutes include "
	    "private notes"));
	assert_non_null(strstr(html, "<li class=\"private\"><span class=\"tag "
	    "private-tag\">Private note</span><bdi>SECRETWORD here</bdi></li>"));
	assert_non_null(strstr(html, "<p class=\"banner\""));
	assert_non_null(strstr(html, "<title>PRIVATE Minutes: "));
	free(md);
	free(html);
}

/* A meeting in progress says so, and as of when. */
static void
test_live_meeting(void **state)
{
	struct testdb *fx = *state;
	struct meeting *m;
	long id = testdb_start(fx, agenda_review, &m);
	char *md, *html;

	meeting_free(m);
	md = minutes_ok(fx->st, id, VIEW_MINUTES, "md");
	html = minutes_ok(fx->st, id, VIEW_MINUTES, "html");
	assert_non_null(strstr(md, "- **Status:** in progress: these minutes "
	    "are as of "));
	assert_non_null(strstr(md, "- **Date:** Monday 23 November 2026, "
	    "10:00\n"));
	assert_non_null(strstr(md, "*Nothing captured.*"));
	assert_non_null(strstr(md, "*No action items were made in this "
	    "meeting.*"));
	assert_non_null(strstr(html, "in progress: as of "));
	assert_null(strstr(html, "<span>ended</span>"));
	free(md);
	free(html);
}

/*
 * Without a review item, the commitments reviewed and last time's parking
 * lot open the minutes; without a team, the attendees say so.
 */
static void
test_no_review_item(void **state)
{
	struct testdb *fx = *state;
	struct meeting *m;
	char *cause = NULL, *md, *html;
	long first, second, act;

	first = testdb_start(fx, agenda_plain, &m);
	act = add_action(fx, first, m->items[0].id, "Carry me", "Bo",
	    "2026-11-30");
	add_entry(fx, first, m->items[0].id, ENTRY_PARKING, "Later, maybe");
	meeting_free(m);
	end(fx, first);
	fx->now += 7 * 86400;
	second = testdb_start(fx, agenda_plain, &m);
	meeting_free(m);
	assert_int_equal(store_action_keep(fx->st, act, "2026-12-14", second,
	    fx->now + 60, &cause), 0);
	end(fx, second);
	md = minutes_ok(fx->st, second, VIEW_MINUTES, "md");
	html = minutes_ok(fx->st, second, VIEW_MINUTES, "html");
	assert_non_null(strstr(md, "*No team was named in the agenda.*\n\n"
	    "## Commitments from earlier meetings\n"));
	assert_int_equal(table_rows(md, "## Commitments", 5), 3);
	assert_non_null(strstr(md, "| 1 | Carry me | Bo | 2026-12-14 | kept, "
	    "now due 2026-12-14 (carried 1 time) |"));
	assert_non_null(strstr(md, "## Parking lot carried forward\n\n"
	    "- Later, maybe *(parked "));
	assert_true(strstr(md, "## Parking lot carried forward") <
	    strstr(md, "## 1. "));
	assert_non_null(strstr(html, "<h2>Commitments from earlier meetings"
	    "</h2>"));
	assert_non_null(strstr(html, "<h2>Parking lot carried forward</h2>"));
	free(md);
	free(html);
}

/* Lengths of time read as words. */
static void
test_duration(void **state)
{
	static const struct {
		long seconds;
		const char *want;
	} cases[] = {
		{ -5, "0 min" }, { 0, "0 min" }, { 45, "45 s" },
		{ 60, "1 min" }, { 750, "12 min 30 s" }, { 3420, "57 min" },
		{ 3600, "1 h 0 min" }, { 3900, "1 h 5 min" },
		{ 3959, "1 h 5 min" },
	};
	char buf[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		export_duration(cases[i].seconds, buf);
		assert_string_equal(buf, cases[i].want);
	}
}

/* Dates read in English, whatever the locale, with no leading zero. */
static void
test_long_date(void **state)
{
	char buf[48];

	(void)state;
	export_long_date("2026-11-02T09:00:00", buf);
	assert_string_equal(buf, "Monday 2 November 2026");
	export_long_date("2027-02-28T23:59:59", buf);
	assert_string_equal(buf, "Sunday 28 February 2027");
	export_long_date("not a date", buf);
	assert_string_equal(buf, "not a date");
}

/* The table finds md and html by name; md is first, as the default. */
static void
test_formats(void **state)
{
	(void)state;
	assert_ptr_equal(export_find("md"), &export_md);
	assert_ptr_equal(export_find("html"), &export_html);
	assert_null(export_find("markdown"));
	assert_null(export_find(NULL));
	assert_string_equal(export_md.ext, "md");
	assert_string_equal(export_html.ext, "html");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_md_table_whole, setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_html_escaped_whole, setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_private_marked, setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_live_meeting, setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_no_review_item, setup,
		    testdb_teardown),
		cmocka_unit_test(test_duration),
		cmocka_unit_test(test_long_date),
		cmocka_unit_test(test_formats),
	};

	return cmocka_run_group_tests_name("export", tests, NULL, NULL);
}
