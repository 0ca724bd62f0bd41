/*
 * test_json.c: unit tests for the one JSON writer (nesting, commas,
 * escaping, UTF-8 repair, numbers), read back by testlib's strict JSON
 * parser (tested here too), and for the minutes written with it
 * (export_json).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "json.h"
#include "testlib.h"
#include "util.h"

/* testlib's JSON parser: it must refuse what is not JSON, or proves nothing. */
static void
test_parser(void **state)
{
	static const char *const bad[] = {
		"", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":1,}", "{a:1}",
		"\"\x01\"", "\"\xff\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"",
		"01", "1.", "-", "1e", "[", "]", "nul", "\"a", "[] []",
		"\"\\u12", "\"\\u12\"", "\"\\ud83d\\u", "\"\\u00g0\"",
	};
	static const char *const good[] = {
		"[]", "{}", " [1, -0.5e+3, true, false, null] ",
		"\"\\ud83d\\ude80\"",
		"{\"a\": {\"b\": [\"\\u0000\"]}}", "0", "-0.0E-1",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (jp_valid(bad[i]))
			fail_msg("the test parser takes [%s]", bad[i]);
	}
	for (i = 0; i < sizeof good / sizeof good[0]; i++) {
		if (!jp_valid(good[i]))
			fail_msg("the test parser refuses [%s]", good[i]);
	}
}

/* Write one small document with containers flat from depth flat_from. */
static char *
nested(int flat_from)
{
	struct capture c;
	struct json j;

	capture_start(&c);
	json_init(&j, c.f, flat_from);
	json_object_begin(&j);
	json_key(&j, "a");
	json_array_begin(&j);
	json_int(&j, 1);
	json_object_begin(&j);
	json_kv_string(&j, "b", "x");
	json_key(&j, "c");
	json_array_begin(&j);
	json_array_end(&j);
	json_key(&j, "d");
	json_object_begin(&j);
	json_object_end(&j);
	json_object_end(&j);
	json_string(&j, NULL);
	json_array_end(&j);
	json_kv_bool(&j, "e", 1);
	json_kv_bool(&j, "f", 0);
	json_kv_id(&j, "g", 0);
	json_kv_id(&j, "h", 7);
	json_key(&j, "i");
	json_null(&j);
	json_object_end(&j);
	json_end(&j);
	capture_end(&c);
	return c.buf;
}

/* Nesting and commas: every value in its place, one comma between two. */
static void
test_nesting(void **state)
{
	static const char pretty[] = "{\n"
	    "  \"a\": [\n"
	    "    1,\n"
	    "    {\n"
	    "      \"b\": \"x\",\n"
	    "      \"c\": [],\n"
	    "      \"d\": {}\n"
	    "    },\n"
	    "    null\n"
	    "  ],\n"
	    "  \"e\": true,\n"
	    "  \"f\": false,\n"
	    "  \"g\": null,\n"
	    "  \"h\": 7,\n"
	    "  \"i\": null\n"
	    "}\n";
	static const char flat[] = "{\"a\": [1, {\"b\": \"x\", \"c\": [], "
	    "\"d\": {}}, null], \"e\": true, \"f\": false, \"g\": null, "
	    "\"h\": 7, \"i\": null}\n";
	static const char two[] = "{\n"
	    "  \"a\": [1, {\"b\": \"x\", \"c\": [], \"d\": {}}, null],\n"
	    "  \"e\": true,\n"
	    "  \"f\": false,\n"
	    "  \"g\": null,\n"
	    "  \"h\": 7,\n"
	    "  \"i\": null\n"
	    "}\n";
	char *s;
	int depth;

	(void)state;
	s = nested(JSON_MAX_DEPTH);
	assert_string_equal(s, pretty);
	free(s);
	s = nested(1);
	assert_string_equal(s, flat);
	free(s);
	s = nested(2);
	assert_string_equal(s, two);
	free(s);
	for (depth = 0; depth <= JSON_MAX_DEPTH; depth++) {
		s = nested(depth);
		if (!jp_valid(s))
			fail_msg("flat from %d: not JSON: %s", depth, s);
		free(s);
	}
}

/* Many values at one level: a comma between each two, none after the last. */
static void
test_many_values(void **state)
{
	struct capture c;
	struct json j;
	const char *p;
	int i, commas = 0;

	(void)state;
	capture_start(&c);
	json_init(&j, c.f, 1);
	json_array_begin(&j);
	for (i = 0; i < 300; i++)
		json_int(&j, i);
	json_array_end(&j);
	capture_end(&c);
	assert_true(jp_valid(c.buf));
	for (p = c.buf; *p != '\0'; p++)
		commas += *p == ',';
	assert_int_equal(commas, 299);
	assert_non_null(strstr(c.buf, "[0, 1, 2, "));
	assert_non_null(strstr(c.buf, ", 299]"));
	free(c.buf);
}

/* s as the writer writes it. Caller frees. */
static char *
literal(const char *s)
{
	struct capture c;

	capture_start(&c);
	json_write_string(c.f, s);
	capture_end(&c);
	return c.buf;
}

/* Check that s is written as want and reads back as back. */
static void
check_string(const char *s, const char *want, const char *back)
{
	char *lit = literal(s), *dec;

	if (want != NULL && strcmp(lit, want) != 0)
		fail_msg("json of [%s]: got [%s], want [%s]", s, lit, want);
	dec = xmalloc(strlen(lit) + 1);
	if (jp_string(lit, dec) == NULL || !jp_valid(lit))
		fail_msg("json of [%s]: [%s] does not parse", s, lit);
	if (strcmp(dec, back) != 0)
		fail_msg("json of [%s] reads back as [%s]", s, dec);
	free(dec);
	free(lit);
}

/* Every control character, the quote, the backslash, DEL. */
static void
test_escape_controls(void **state)
{
	char in[2], want[16];
	int ch;

	(void)state;
	for (ch = 1; ch < 0x20; ch++) {
		in[0] = (char)ch;
		in[1] = '\0';
		if (ch == '\n')
			strcpy(want, "\"\\n\"");
		else if (ch == '\r')
			strcpy(want, "\"\\r\"");
		else if (ch == '\t')
			strcpy(want, "\"\\t\"");
		else
			snprintf(want, sizeof want, "\"\\u%04x\"", ch);
		check_string(in, want, in);
	}
	check_string("\x7f", "\"\\u007f\"", "\x7f");
	check_string("\"", "\"\\\"\"", "\"");
	check_string("\\", "\"\\\\\"", "\\");
	check_string("a\\\"b\"\\", "\"a\\\\\\\"b\\\"\\\\\"", "a\\\"b\"\\");
	check_string("</script>", "\"</script>\"", "</script>");
	check_string("", "\"\"", "");
	{
		char *null = literal(NULL);

		assert_string_equal(null, "null");
		free(null);
	}
}

/* JavaScript's two line ends, U+2028 and U+2029, are escaped. */
static void
test_escape_line_separators(void **state)
{
	(void)state;
	check_string("a\xe2\x80\xa8" "b\xe2\x80\xa9" "c",
	    "\"a\\u2028b\\u2029c\"", "a\xe2\x80\xa8" "b\xe2\x80\xa9" "c");
}

/* Text beyond the BMP (an emoji), RTL marks, CJK: kept as UTF-8 bytes. */
static void
test_non_bmp(void **state)
{
	static const char rocket[] = "\xf0\x9f\x9a\x80";
	static const char mixed[] = "launch \xf0\x9f\x9a\x80 \xe2\x80\x8f"
	    "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\xe2\x80\x8e \xe6\x97\xa5 "
	    "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd";
	char want[64];

	(void)state;
	snprintf(want, sizeof want, "\"%s\"", rocket);
	check_string(rocket, want, rocket);
	snprintf(want, sizeof want, "\"%s\"", mixed);
	check_string(mixed, want, mixed);
	/* The parser reads the same emoji from its escaped surrogates. */
	{
		char dec[8];

		assert_non_null(jp_string("\"\\ud83d\\ude80\"", dec));
		assert_string_equal(dec, rocket);
	}
}

/* Each byte that is not part of valid UTF-8 becomes one U+FFFD. */
static void
test_invalid_utf8(void **state)
{
	static const struct {
		const char *in;
		const char *back;
	} cases[] = {
		{ "\xff", "\xef\xbf\xbd" },
		{ "a\xc3", "a\xef\xbf\xbd" },              /* cut short */
		{ "\xc3(", "\xef\xbf\xbd(" },               /* bad follower */
		{ "\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd" }, /* overlong '/' */
		{ "\xed\xa0\x80",                         /* a surrogate */
		    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\xf4\x90\x80\x80",                     /* past U+10FFFF */
		    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\x80x", "\xef\xbf\xbdx" },            /* a lone follower */
		{ "\xf0\x9f\x9a", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		{ "ok \xef\xbf\xbd", "ok \xef\xbf\xbd" },  /* a real U+FFFD */
	};
	char want[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(want, sizeof want, "\"%s\"", cases[i].back);
		check_string(cases[i].in, want, cases[i].back);
	}
}

/* A double as JSON text. Caller frees. */
static char *
number(double v)
{
	struct capture c;
	struct json j;

	capture_start(&c);
	json_init(&j, c.f, 1);
	json_double(&j, v);
	capture_end(&c);
	return c.buf;
}

/* Numbers read back exactly; NaN and infinities are null. */
static void
test_doubles(void **state)
{
	static const double exact[] = {
		0.0, 1.0, -2.5, 0.1, 1.0 / 3.0, 2.0 / 3.0, 1e300, -1e-300,
		123456789012345678.0, 5e-324, 0.30000000000000004,
	};
	char *s;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof exact / sizeof exact[0]; i++) {
		s = number(exact[i]);
		if (!jp_valid(s) || strtod(s, NULL) != exact[i])
			fail_msg("%.17g written as [%s]", exact[i], s);
		free(s);
	}
	s = number(0.1);
	assert_string_equal(s, "0.1");
	free(s);
	s = number(3.0);
	assert_string_equal(s, "3");
	free(s);
	s = number(NAN);
	assert_string_equal(s, "null");
	free(s);
	s = number(INFINITY);
	assert_string_equal(s, "null");
	free(s);
	s = number(-INFINITY);
	assert_string_equal(s, "null");
	free(s);
}

/* A meeting of two items, built by hand: the writer needs no store. */
static char t_meeting[] = "Alignment";
static char t_first[] = "Objections";
static char t_second[] = "Content";
static char n_note[] = "A note, with \"quotes\"";
static char n_private[] = "QUOKKAPRIVATE";
static char n_decision[] = "Nurture webinar leads";
static char n_said[] = "Your leads are junk!";
static char n_asked[] = "Our leads are junk?";
static char n_follow[] = "ZEBRAFOLLOW";
static char n_fix[] = "Add a budget question";
static char n_owner[] = "Priya Natarajan";
static char n_plain[] = "Send the deck";

/* Fill v as the minutes of that meeting for audience. */
static void
hand_view(struct meeting_view *v, struct meeting *m,
    struct meeting_item items[2], struct entry e[3], struct objection o[2],
    struct action a[2], enum view_audience audience)
{
	memset(v, 0, sizeof *v);
	memset(m, 0, sizeof *m);
	memset(items, 0, 2 * sizeof *items);
	memset(e, 0, 3 * sizeof *e);
	memset(o, 0, 2 * sizeof *o);
	memset(a, 0, 2 * sizeof *a);
	assert_int_equal(clock_parse_iso("2026-11-23T10:00:00",
	    &m->started_at), 0);
	m->ended_at = m->started_at + 1800;
	m->id = 2;
	m->title = t_meeting;
	m->status = MEETING_ENDED;
	m->planned_minutes = 25;
	m->items = items;
	m->nitems = 2;
	items[0] = (struct meeting_item){ 11, 0, KIND_OBJECTIONS, t_first, 10,
	    900, 5 };
	items[1] = (struct meeting_item){ 12, 1, KIND_REQUESTS, t_second, 15,
	    20, 0 };
	e[0] = (struct entry){ 1, 2, 11, ENTRY_NOTE, n_note,
	    "2026-11-23T10:01:00", 1, "" };
	e[1] = (struct entry){ 2, 2, 11, ENTRY_PRIVATE, n_private,
	    "2026-11-23T10:02:00", 2, "" };
	e[2] = (struct entry){ 3, 2, 11, ENTRY_DECISION, n_decision,
	    "2026-11-23T10:05:00", 5, "" };
	o[0] = (struct objection){ 1, 2, 11, SIDE_SALES, n_said, n_asked,
	    NULL, OUTCOME_ACTION, NULL, 5, "2026-11-23T10:03:00", 3 };
	o[1] = (struct objection){ 2, 2, 11, SIDE_NONE, n_said, n_asked,
	    NULL, OUTCOME_FOLLOWUP, n_follow, 0, "2026-11-23T10:04:00", 4 };
	a[0].id = 5;
	a[0].title = n_fix;
	a[0].owner = n_owner;
	a[0].side = SIDE_MARKETING;
	a[0].meeting_id = 2;
	a[0].item_id = 11;
	strcpy(a[0].created_at, "2026-11-23T10:03:00");
	a[1].id = 6;
	a[1].title = n_plain;
	a[1].meeting_id = 2;
	a[1].item_id = 11;
	strcpy(a[1].created_at, "2026-11-23T10:06:00");
	v->audience = audience;
	v->now = m->ended_at;
	v->m = m;
	v->entries = (struct entry_list){ e, 3 };
	v->objections = (struct objection_list){ o, 2 };
	v->actions = (struct action_list){ a, 2 };
}

/* The minutes of v as JSON. Caller frees. */
static char *
minutes(const struct meeting_view *v)
{
	struct capture c;
	char *cause = NULL;

	capture_start(&c);
	assert_int_equal(export_json.write(c.f, v, &cause), 0);
	capture_end(&c);
	return c.buf;
}

/* The minutes: the keys in order, captures in order, private marked. */
static void
test_export_json(void **state)
{
	static const char *const keys[] = {
		"meeting", "private", "attendees", "items", "objections",
		"decisions", "parking_lot", "parking_before", "actions",
		"reviewed", "not_covered",
	};
	struct meeting_item items[2];
	struct meeting_view v;
	struct meeting m;
	struct entry e[3];
	struct objection o[2];
	struct action a[2];
	const char *at, *prev = NULL;
	char key[32], *s;
	size_t i;

	(void)state;
	hand_view(&v, &m, items, e, o, a, VIEW_MINUTES_PRIVATE);
	s = minutes(&v);
	if (!jp_valid(s))
		fail_msg("not JSON:\n%s", s);
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		snprintf(key, sizeof key, "\n  \"%s\": ", keys[i]);
		if ((at = strstr(s, key)) == NULL || at < prev)
			fail_msg("key %s missing or out of order:\n%s", keys[i],
			    s);
		prev = at;
	}
	/* Features not built yet are absent, not faked. */
	assert_null(strstr(s, "\"metrics\""));
	assert_null(strstr(s, "\"mql\""));
	assert_null(strstr(s, "\"pulse\""));
	assert_non_null(strstr(s, "\n  \"private\": true,"));
	assert_non_null(strstr(s, "{\"kind\": \"private\", \"id\": 2, "
	    "\"at\": \"2026-11-23T10:02:00\", \"text\": \"QUOKKAPRIVATE\", "
	    "\"private\": true}"));
	assert_non_null(strstr(s, "\"outcome\": \"followup\", \"action\": "
	    "null, \"followup\": {\"text\": \"ZEBRAFOLLOW\", \"private\": "
	    "true}}"));
	/* Only the private note and the follow-up are marked. */
	assert_int_equal(count(s, "\"private\": true"), 3);
	/* Captures as taken; the statement's action is not one of its own. */
	assert_non_null(strstr(s, "\"captures\": [{\"kind\": \"note\", "
	    "\"id\": 1, "));
	at = strstr(s, "\"kind\": \"private\"");
	assert_true(at < strstr(s, "{\"kind\": \"objection\", \"id\": 1"));
	assert_true(strstr(s, "{\"kind\": \"objection\", \"id\": 2") <
	    strstr(s, "{\"kind\": \"decision\", \"id\": 3"));
	assert_int_equal(count(s, "{\"kind\": \"action\""), 1);
	assert_non_null(strstr(s, "{\"kind\": \"action\", \"id\": 6"));
	/* Positions are 1-based; an item without time or captures is missed. */
	assert_non_null(strstr(s, "\"position\": 2, \"kind\": \"requests\", "
	    "\"title\": \"Content\", \"minutes\": 15, \"elapsed\": 20, "
	    "\"missed\": \"not covered\", \"captures\": []}"));
	assert_non_null(strstr(s, "\"elapsed\": 900, \"missed\": \"over "
	    "time\""));
	assert_non_null(strstr(s, "\"not_covered\": [\n    {\"position\": 1, "
	    "\"title\": \"Objections\", \"missed\": \"over time\"},\n    "
	    "{\"position\": 2, \"title\": \"Content\", \"missed\": \"not "
	    "covered\"}\n  ]"));
	assert_non_null(strstr(s, "\"item\": 1, \"side\": null, "));
	assert_non_null(strstr(s, "\"decisions\": [\n    {\"id\": 3, "
	    "\"item\": 1, \"text\": \"Nurture webinar leads\"}\n  ]"));
	assert_non_null(strstr(s, "\"text\": \"A note, with \\\"quotes\\\"\""));
	assert_non_null(strstr(s, "\"started_at\": \"2026-11-23T10:00:00\",\n"
	    "    \"ended_at\": \"2026-11-23T10:30:00\""));
	free(s);

	/* A shared view holds nothing private (view_load sees to that). */
	hand_view(&v, &m, items, e, o, a, VIEW_MINUTES);
	v.entries.n = 1;
	o[1].outcome = OUTCOME_CLOSED;
	o[1].followup = NULL;
	s = minutes(&v);
	assert_true(jp_valid(s));
	assert_non_null(strstr(s, "\n  \"private\": false,"));
	assert_null(strstr(s, "\"private\": true"));
	assert_null(strstr(s, "\"followup\""));
	assert_non_null(strstr(s, "\"outcome\": \"closed\""));
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parser),
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_many_values),
		cmocka_unit_test(test_escape_controls),
		cmocka_unit_test(test_escape_line_separators),
		cmocka_unit_test(test_non_bmp),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_doubles),
		cmocka_unit_test(test_export_json),
	};

	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
