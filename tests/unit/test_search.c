/* test_search.c: unit tests of search: the query, snippets, the index. */
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

#include "search.h"
#include "store.h"
#include "testlib.h"
#include "util.h"

/* Words as typed, and the FTS5 query they make (NULL: nothing to search). */
static const struct {
	const char *words[4];
	const char *query;
} query_cases[] = {
	{ { "pricing" }, "\"pricing\"*" },
	{ { "too pri" }, "\"too\"* \"pri\"*" },
	{ { "too", "pri" }, "\"too\"* \"pri\"*" },
	{ { "  too\t\npri  " }, "\"too\"* \"pri\"*" },
	{ { "say \"hi\"" }, "\"say\"* \"\"\"hi\"\"\"*" },
	{ { "a\"b" }, "\"a\"\"b\"*" },
	{ { "café" }, "\"café\"*" },
	{ { "e-mail" }, "\"e-mail\"*" },
	{ { "don't" }, "\"don't\"*" },
	{ { "数据" }, "\"数据\"*" },
	{ { "a", "!!!", "b" }, "\"a\"* \"b\"*" },
	{ { "NEAR(a b)" }, "\"NEAR(a\"* \"b)\"*" },
	{ { "AND", "OR", "NOT" }, "\"AND\"* \"OR\"* \"NOT\"*" },
	{ { "body:x" }, "\"body:x\"*" },
	{ { "x*" }, "\"x*\"*" },
	{ { "^start" }, "\"^start\"*" },
	{ { "-minus" }, "\"-minus\"*" },
	{ { "½" }, "\"½\"*" },
	/* Nothing a tokenizer would keep: nothing to search for. */
	{ { "!!!" }, NULL },
	{ { "!!! ???", "--", "\"\"" }, NULL },
	{ { "—" }, NULL },
	{ { "\xf0\x9f\x9a\x80" }, NULL },     /* 🚀 */
	{ { "\xc2\xab\xc2\xbb" }, NULL },     /* «» */
	{ { "\xff\xfe" }, NULL },             /* not UTF-8 */
	{ { "*" }, NULL },
	{ { "" }, NULL },
	{ { "   " }, NULL },
	{ { NULL }, NULL },
};

/* The words become the query of the table. */
static void
test_query(void **state)
{
	size_t i, n;
	char *q;

	(void)state;
	for (i = 0; i < sizeof query_cases / sizeof query_cases[0]; i++) {
		for (n = 0; n < 4 && query_cases[i].words[n] != NULL; n++)
			;
		q = search_query((char *const *)query_cases[i].words, n);
		if (query_cases[i].query == NULL && q != NULL)
			fail_msg("case %zu: expected nothing, got %s", i, q);
		if (query_cases[i].query != NULL)
			assert_non_null(q);
		if (q != NULL)
			assert_string_equal(q, query_cases[i].query);
		free(q);
	}
}

/* Two marked snippets, and the text and matches they make. */
static const struct {
	const char *a, *b;
	const char *text;
	size_t spans[3][2];
	size_t nspans;
} snippet_cases[] = {
	{ "Send the [webinar] case study", "Send the {webinar} case study",
	  "Send the webinar case study", { { 9, 16 } }, 1 },
	{ "[too] [pricey]", "{too} {pricey}", "too pricey",
	  { { 0, 3 }, { 4, 10 } }, 2 },
	/* The text's own brackets are text, wherever they are. */
	{ "a [b] {c} [d]{e}", "a [b] {c} {d}{e}", "a [b] {c} d{e}",
	  { { 10, 11 } }, 1 },
	{ "]x[ {[y]}", "]x[ {{y}}", "]x[ {y}", { { 5, 6 } }, 1 },
	/* Trailing line breaks and spaces go; a match at the end stays. */
	{ "Your [leads]\nQ?\n \n", "Your {leads}\nQ?\n \n", "Your leads\nQ?",
	  { { 5, 10 } }, 1 },
	{ "end [match]\n", "end {match}\n", "end match", { { 4, 9 } }, 1 },
	/* Snippets that do not pair up are kept as they are, unmarked. */
	{ "a [b]", "a {b}c", "a [b]", { { 0, 0 } }, 0 },
	{ "a [b]", "a (b)", "a [b]", { { 0, 0 } }, 0 },
	{ "a [b]", NULL, "a [b]", { { 0, 0 } }, 0 },
	{ NULL, NULL, "", { { 0, 0 } }, 0 },
	{ "", "", "", { { 0, 0 } }, 0 },
};

/* Decoding finds the matches the marks make, and only those. */
static void
test_snippet_decode(void **state)
{
	struct search_hit h;
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof snippet_cases / sizeof snippet_cases[0]; i++) {
		memset(&h, 0, sizeof h);
		h.snippet = xstrdup("old");
		search_snippet_decode(&h, snippet_cases[i].a,
		    snippet_cases[i].b);
		assert_string_equal(h.snippet, snippet_cases[i].text);
		if (h.nspans != snippet_cases[i].nspans)
			fail_msg("case %zu: %zu spans, not %zu", i, h.nspans,
			    snippet_cases[i].nspans);
		for (k = 0; k < h.nspans; k++) {
			assert_int_equal(h.spans[k].start,
			    snippet_cases[i].spans[k][0]);
			assert_int_equal(h.spans[k].end,
			    snippet_cases[i].spans[k][1]);
		}
		free(h.snippet);
		free(h.spans);
	}
}

/* What text becomes on the way to a terminal. */
static const struct {
	const char *in;
	const char *out;
} clean_cases[] = {
	{ "plain text", "plain text" },
	{ "Line one\nline two", "Line one / line two" },
	{ "a\n\n\r\nb", "a / b" },
	{ "a\tb\vc\fd", "a b c d" },
	{ "\x1b[31mred\x1b[0m", "\xe2\x90\x9b[31mred\xe2\x90\x9b[0m" },
	{ "bell\a nul-ish\x01", "bell\xe2\x90\x87 nul-ish\xe2\x90\x81" },
	{ "del\x7f", "del\xe2\x90\xa1" },
	{ "c1 csi \xc2\x9b" "2J", "c1 csi \xe2\x90\x9b[2J" }, /* U+009B */
	{ "raw \x9b" "2J", "raw \xef\xbf\xbd" "2J" }, /* not UTF-8 */
	{ "cut \xe2\x80", "cut \xef\xbf\xbd\xef\xbf\xbd" },
	{ "rlo \xe2\x80\xae" "x", "rlo \xef\xbf\xbd" "x" },
	{ "caf\xc3\xa9 \xf0\x9f\x9a\x80", "caf\xc3\xa9 \xf0\x9f\x9a\x80" },
	{ "rtl \xe2\x80\x8f\xd7\xa9\xe2\x80\x8e", "rtl \xe2\x80\x8f\xd7\xa9"
	  "\xe2\x80\x8e" },
	{ "\xef\xbf\xbd kept", "\xef\xbf\xbd kept" }, /* a real U+FFFD */
	{ "", "" },
};

/* s as search_write_clean writes it. Caller frees. */
static char *
written_clean(const char *s)
{
	struct capture c;

	capture_start(&c);
	search_write_clean(c.f, s, strlen(s));
	capture_end(&c);
	return c.buf;
}

/* No control character reaches a terminal; every other byte does. */
static void
test_clean(void **state)
{
	char *out;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof clean_cases / sizeof clean_cases[0]; i++) {
		out = written_clean(clean_cases[i].in);
		assert_string_equal(out, clean_cases[i].out);
		free(out);
		out = search_clean(clean_cases[i].in);
		assert_string_equal(out, clean_cases[i].out);
		free(out);
	}
}

/* h's snippet as search_write_snippet writes it with < and >. Caller frees. */
static char *
written(const struct search_hit *h)
{
	struct capture c;

	capture_start(&c);
	search_write_snippet(c.f, h, "<", ">");
	capture_end(&c);
	return c.buf;
}

/* A snippet is written cleaned, its matches between the marks given. */
static void
test_write_snippet(void **state)
{
	struct search_hit h;
	char *out;

	(void)state;
	memset(&h, 0, sizeof h);
	search_snippet_decode(&h, "say \x1b[2J [too]\n[pricey] [x]",
	    "say \x1b[2J {too}\n{pricey} [x]");
	out = written(&h);
	assert_string_equal(out, "say \xe2\x90\x9b[2J <too> / <pricey> [x]");
	free(out);
	free(h.snippet);
	free(h.spans);
}

/* Names and labels of the kinds, both ways. */
static void
test_kinds(void **state)
{
	enum search_kind k;
	int i;

	(void)state;
	for (i = 0; i < SEARCH_KIND_COUNT; i++) {
		assert_int_equal(search_kind_parse(search_kind_name(
		    (enum search_kind)i), &k), 0);
		assert_int_equal(k, i);
		assert_true(*search_kind_label((enum search_kind)i) != '\0');
	}
	assert_int_equal(search_kind_parse("parking", &k), 0);
	assert_int_equal(k, SEARCH_PARKING);
	assert_string_equal(search_kind_label(SEARCH_FOLLOWUP),
	    "private follow-up");
	assert_string_equal(search_kind_label(SEARCH_PRIVATE), "private note");
	assert_int_equal(search_kind_parse("nope", &k), -1);
	assert_int_equal(search_kind_parse(NULL, &k), -1);
}

/* The store's half, on a real database. */

static char a_title[] = "Monthly Sales & Marketing Alignment";
static char n_dana[] = "Dana Reyes";
static char n_priya[] = "Priya Natarajan";
static char t_review[] = "Last month's commitments";
static char t_topic[] = "Pricing page";
static struct agenda_person team[] = {
	{ n_dana, SIDE_SALES },
	{ n_priya, SIDE_MARKETING },
};
static struct agenda_item items[] = {
	{ .kind = KIND_REVIEW, .title = t_review, .minutes = 10 },
	{ .kind = KIND_TOPIC, .title = t_topic, .minutes = 15 },
};
static struct agenda agenda = {
	.title = a_title, .minutes = 25, .team = team, .nteam = 2,
	.items = items, .nitems = 2,
};

/* A meeting at t0 with the two items; their ids in items_out. */
static long
meeting_ok(struct store *st, long items_out[2])
{
	struct meeting *m;
	char *cause = NULL;
	long id = 0;

	assert_int_equal(store_meeting_create(st, &agenda, "title: x\n",
	    "/agendas/x.yaml", t0(), &id, &cause), 0);
	assert_int_equal(store_meeting_load(st, id, &m, &cause), 0);
	items_out[0] = m->items[0].id;
	items_out[1] = m->items[1].id;
	meeting_free(m);
	return id;
}

/* Add an entry or fail; its id. */
static long
entry_ok(struct store *st, long meeting, long item, enum entry_kind kind,
    const char *text)
{
	char *cause = NULL;
	long id = 0;

	if (store_entry_add(st, meeting, item, kind, text, t0(), &id,
	    &cause) != 0)
		fail_msg("entry: %s", cause);
	return id;
}

/* Add an action or fail; its id. */
static long
action_ok(struct store *st, long meeting, long item, const char *title)
{
	struct action_new a = { .title = title, .owner = "Dana Reyes",
	    .meeting_id = meeting, .item_id = item };
	char *cause = NULL;
	long id = 0;

	if (store_action_add(st, &a, t0(), &id, &cause) != 0)
		fail_msg("action: %s", cause);
	return id;
}

/* Add a parroted statement (a follow-up when followup is not NULL). */
static long
statement_ok(struct store *st, long meeting, long item, const char *said,
    const char *question, const char *answer, const char *followup)
{
	struct objection o;
	char *cause = NULL;

	memset(&o, 0, sizeof o);
	o.meeting_id = meeting;
	o.item_id = item;
	o.side = SIDE_SALES;
	o.statement = (char *)said;
	o.question = (char *)question;
	o.answer = (char *)answer;
	o.outcome = followup != NULL ? OUTCOME_FOLLOWUP : OUTCOME_RESOLVED;
	o.followup = (char *)followup;
	if (store_objection_add(st, &o, NULL, t0(), &cause) != 0)
		fail_msg("statement: %s", cause);
	return o.id;
}

/* Search words (one string) or fail; the result in *r. */
static void
search_ok(struct store *st, const char *words, int include_private,
    size_t limit, struct search_result *r)
{
	char *w = xstrdup(words), *q = search_query(&w, 1), *cause = NULL;

	assert_non_null(q);
	if (store_search(st, q, include_private, limit, r, &cause) != 0)
		fail_msg("search %s: %s", q, cause);
	assert_null(cause);
	free(q);
	free(w);
}

/* How many hits words have. */
static long
total_of(struct store *st, const char *words, int include_private)
{
	struct search_result r;
	long n;

	search_ok(st, words, include_private, SEARCH_DEFAULT_LIMIT, &r);
	n = r.total;
	assert_true(r.n <= (size_t)r.total);
	search_result_fini(&r);
	return n;
}

/* The hit of kind with capture id in r, or NULL. */
static const struct search_hit *
find_hit(const struct search_result *r, enum search_kind kind, long id)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		if (r->v[i].kind == kind && r->v[i].capture_id == id)
			return &r->v[i];
	}
	return NULL;
}

/* The one hit words have, which must be of kind and id. */
static void
only_hit(struct store *st, const char *words, int include_private,
    enum search_kind kind, long id)
{
	struct search_result r;

	search_ok(st, words, include_private, SEARCH_DEFAULT_LIMIT, &r);
	if (r.n != 1 || r.total != 1)
		fail_msg("'%s': %zu hits (%ld in all), not 1", words, r.n,
		    r.total);
	if (r.v[0].kind != kind || r.v[0].capture_id != id)
		fail_msg("'%s': found %s %ld, not %s %ld", words,
		    search_kind_name(r.v[0].kind), r.v[0].capture_id,
		    search_kind_name(kind), id);
	search_result_fini(&r);
}

/* Every kind of capture is found by its words, with where it was said. */
static void
test_every_source(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct search_result r;
	const struct search_hit *h;
	long it[2], m, note, dec, park, stmt, act;

	m = meeting_ok(st, it);
	note = entry_ok(st, m, it[0], ENTRY_NOTE, "Prospects ask about SSO");
	dec = entry_ok(st, m, it[1], ENTRY_DECISION,
	    "Webinar leads get two more weeks of nurture");
	park = entry_ok(st, m, it[1], ENTRY_PARKING, "Partner channel tiers");
	stmt = statement_ok(st, m, it[1], "Your leads are junk!",
	    "Our leads are junk?", "Three of five had no budget", NULL);
	act = action_ok(st, m, it[1], "Draft the battlecard for Acme");

	only_hit(st, "SSO", 0, SEARCH_NOTE, note);
	only_hit(st, "nurture", 0, SEARCH_DECISION, dec);
	only_hit(st, "channel", 0, SEARCH_PARKING, park);
	only_hit(st, "junk!", 0, SEARCH_STATEMENT, stmt);
	only_hit(st, "our", 0, SEARCH_STATEMENT, stmt);       /* question */
	only_hit(st, "budget", 0, SEARCH_STATEMENT, stmt);    /* answer */
	only_hit(st, "battlecard", 0, SEARCH_ACTION, act);

	/* Where each was said: meeting, date, item. */
	search_ok(st, "sso", 0, 5, &r);
	h = find_hit(&r, SEARCH_NOTE, note);
	assert_non_null(h);
	assert_int_equal(h->meeting_id, m);
	assert_string_equal(h->date, "2026-11-22");
	assert_int_equal(h->item_id, it[0]);
	assert_int_equal(h->item_pos, 0);
	assert_string_equal(h->item_title, "Last month's commitments");
	assert_int_equal(h->private, 0);
	assert_true(h->rank < 0);
	assert_string_equal(h->snippet, "Prospects ask about SSO");
	assert_int_equal(h->nspans, 1);
	assert_int_equal(h->spans[0].start, 20);
	assert_int_equal(h->spans[0].end, 23);
	search_result_fini(&r);
	search_ok(st, "acme", 0, 5, &r);
	h = find_hit(&r, SEARCH_ACTION, act);
	assert_non_null(h);
	assert_int_equal(h->item_pos, 1);
	assert_string_equal(h->item_title, "Pricing page");
	search_result_fini(&r);
	store_close(st);
}

/* Words are prefixes, all of them required; nothing inside a word. */
static void
test_prefix_all_words(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	long it[2], m, a, b;

	m = meeting_ok(st, it);
	a = entry_ok(st, m, it[1], ENTRY_NOTE, "Prospects ask about pricing "
	    "tiers");
	b = entry_ok(st, m, it[1], ENTRY_PARKING, "Partner channel pricing");
	assert_int_equal(total_of(st, "pric", 0), 2);
	assert_int_equal(total_of(st, "PRICING", 0), 2);
	assert_int_equal(total_of(st, "pricing", 0), 2);
	only_hit(st, "pric tier", 0, SEARCH_NOTE, a);
	only_hit(st, "pri part", 0, SEARCH_PARKING, b);
	/* A word's inside is not its start; accents fold. */
	assert_int_equal(total_of(st, "ricing", 0), 0);
	assert_int_equal(total_of(st, "pricing nowhere", 0), 0);
	entry_ok(st, m, it[1], ENTRY_NOTE, "Caf\xc3\xa9 meeting with Acme");
	assert_int_equal(total_of(st, "cafe", 0), 1);
	store_close(st);
}

/* Hits come best first, as bm25 ranks them, not in the order taken. */
static void
test_ranking(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct search_result r;
	char *cause = NULL;
	long it[2], m, loose, single, dense;

	m = meeting_ok(st, it);
	/* Taken in an order that is neither the best first nor the worst. */
	loose = entry_ok(st, m, it[1], ENTRY_NOTE, "the pricing page needs a "
	    "new layout for enterprise buyers before the spring launch");
	single = entry_ok(st, m, it[1], ENTRY_NOTE, "pricing");
	dense = entry_ok(st, m, it[1], ENTRY_NOTE, "pricing pricing pricing");
	entry_ok(st, m, it[1], ENTRY_NOTE, "nothing to see here at all");
	search_ok(st, "pricing", 0, SEARCH_DEFAULT_LIMIT, &r);
	assert_int_equal(r.n, 3);
	assert_int_equal(r.total, 3);
	assert_int_equal(r.v[0].capture_id, dense);
	assert_int_equal(r.v[1].capture_id, single);
	assert_int_equal(r.v[2].capture_id, loose);
	assert_true(r.v[0].rank < r.v[1].rank);
	assert_true(r.v[1].rank < r.v[2].rank);
	search_result_fini(&r);

	/* The limit keeps the best; a caller's snapshot is no obstacle. */
	assert_int_equal(store_snapshot_begin(st, &cause), 0);
	search_ok(st, "pricing", 0, 1, &r);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.total, 3);
	assert_int_equal(r.v[0].capture_id, dense);
	search_result_fini(&r);
	search_ok(st, "pricing", 0, 1, &r);
	assert_int_equal(r.total, 3);
	search_result_fini(&r);
	store_snapshot_end(st);
	store_close(st);
}

/* Private notes and follow-ups are found only when asked for, marked. */
static void
test_private(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct search_result r;
	const struct search_hit *h;
	long it[2], m, note, priv, stmt;

	m = meeting_ok(st, it);
	note = entry_ok(st, m, it[1], ENTRY_NOTE, "Pricing for Acme");
	priv = entry_ok(st, m, it[1], ENTRY_PRIVATE,
	    "QUOKKAPRIVATE: Sam seemed unprepared about pricing");
	stmt = statement_ok(st, m, it[1], "They weren't qualified.",
	    "They weren't qualified?", NULL,
	    "ZEBRAFOLLOW: ask the sales manager about pricing");

	assert_int_equal(total_of(st, "quokkaprivate", 0), 0);
	assert_int_equal(total_of(st, "zebrafollow", 0), 0);
	assert_int_equal(total_of(st, "unprepared", 0), 0);
	assert_int_equal(total_of(st, "manager", 0), 0);
	only_hit(st, "pricing", 0, SEARCH_NOTE, note);
	/* The statement itself is shared, whatever came of it. */
	only_hit(st, "qualified", 0, SEARCH_STATEMENT, stmt);

	only_hit(st, "quokka", 1, SEARCH_PRIVATE, priv);
	only_hit(st, "zebra", 1, SEARCH_FOLLOWUP, stmt);
	search_ok(st, "pricing", 1, SEARCH_DEFAULT_LIMIT, &r);
	assert_int_equal(r.total, 3);
	h = find_hit(&r, SEARCH_PRIVATE, priv);
	assert_non_null(h);
	assert_int_equal(h->private, 1);
	h = find_hit(&r, SEARCH_FOLLOWUP, stmt);
	assert_non_null(h);
	assert_int_equal(h->private, 1);
	assert_string_equal(h->snippet,
	    "ZEBRAFOLLOW: ask the sales manager about pricing");
	h = find_hit(&r, SEARCH_NOTE, note);
	assert_non_null(h);
	assert_int_equal(h->private, 0);
	search_result_fini(&r);
	store_close(st);
}

/* A deleted action is not found; restored, it is; edited, by its new words. */
static void
test_deleted_and_edited(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_edit e = { .title = "Write the onboarding guide" };
	char *cause = NULL;
	long it[2], m, act;

	m = meeting_ok(st, it);
	act = action_ok(st, m, it[1], "Draft the battlecard");
	only_hit(st, "battlecard", 0, SEARCH_ACTION, act);
	assert_int_equal(store_action_delete(st, act, 1, m, t0(), &cause), 0);
	assert_int_equal(total_of(st, "battlecard", 0), 0);
	assert_int_equal(total_of(st, "battlecard", 1), 0);
	assert_int_equal(store_action_delete(st, act, 0, m, t0(), &cause), 0);
	only_hit(st, "battlecard", 0, SEARCH_ACTION, act);

	assert_int_equal(store_action_edit(st, act, &e, m, t0(), &cause), 0);
	assert_null(cause);
	assert_int_equal(total_of(st, "battlecard", 0), 0);
	assert_int_equal(total_of(st, "draft", 0), 0);
	only_hit(st, "onboarding guide", 0, SEARCH_ACTION, act);
	store_close(st);
}

/* Notes and statements, edited, deleted and restored, as E and u do it. */
static void
test_captures_edited(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	char *cause = NULL;
	long it[2], m, note, priv, stmt, event;

	m = meeting_ok(st, it);
	note = entry_ok(st, m, it[1], ENTRY_NOTE, "Prospects ask about SOS");
	priv = entry_ok(st, m, it[1], ENTRY_PRIVATE, "QUOKKA unsure");
	stmt = statement_ok(st, m, it[1], "Your leads are junk!",
	    "Our leads are junk?", NULL, NULL);
	assert_int_equal(store_entry_edit(st, note, "Prospects ask about SSO",
	    t0(), &event, &cause), 0);
	assert_true(event > 0);
	assert_int_equal(total_of(st, "SOS", 0), 0);
	only_hit(st, "SSO", 0, SEARCH_NOTE, note);
	assert_int_equal(store_entry_revert(st, note, event, t0(), &cause), 0);
	only_hit(st, "SOS", 0, SEARCH_NOTE, note);
	assert_int_equal(store_entry_delete(st, note, 1, t0(), &cause), 0);
	assert_int_equal(total_of(st, "SOS", 1), 0);
	assert_int_equal(store_entry_delete(st, note, 0, t0(), &cause), 0);
	only_hit(st, "SOS", 0, SEARCH_NOTE, note);
	/* A private note replaced: its old words are gone from the index. */
	assert_int_equal(store_entry_edit(st, priv, "WOMBAT fine", t0(),
	    &event, &cause), 0);
	assert_int_equal(total_of(st, "QUOKKA", 1), 0);
	only_hit(st, "WOMBAT", 1, SEARCH_PRIVATE, priv);
	assert_int_equal(total_of(st, "WOMBAT", 0), 0);
	/* A statement: new words found, old ones not; deleted, not at all. */
	assert_int_equal(store_objection_edit(st, stmt, "Your leads are late!",
	    "Our leads are late?", "A week late", t0(), &cause), 0);
	assert_int_equal(total_of(st, "junk", 0), 0);
	only_hit(st, "week late", 0, SEARCH_STATEMENT, stmt);
	assert_int_equal(store_objection_delete(st, stmt, 1, t0(), &cause), 0);
	assert_int_equal(total_of(st, "late", 1), 0);
	assert_int_equal(store_objection_delete(st, stmt, 0, t0(), &cause), 0);
	only_hit(st, "late", 0, SEARCH_STATEMENT, stmt);
	assert_null(cause);
	store_close(st);
}

/* An action made outside a meeting is found, dated by itself. */
static void
test_outside_meeting(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct search_result r;
	long act;

	act = action_ok(st, 0, 0, "Renew the CRM licence");
	search_ok(st, "licence", 0, 5, &r);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.v[0].capture_id, act);
	assert_int_equal(r.v[0].meeting_id, 0);
	assert_int_equal(r.v[0].item_id, 0);
	assert_int_equal(r.v[0].item_pos, -1);
	assert_null(r.v[0].item_title);
	assert_string_equal(r.v[0].date, "2026-11-22");
	search_result_fini(&r);
	store_close(st);
}

/*
 * Stored text comes back byte for byte, its brackets and escapes
 * included, and only the words searched are marked.
 */
static void
test_hostile_text(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct search_result r;
	long it[2], m;
	char *out;

	m = meeting_ok(st, it);
	entry_ok(st, m, it[1], ENTRY_NOTE, "[draft] {v2} \x1b[2J\x1b]0;pwned\a "
	    "pricing");
	search_ok(st, "pricing", 0, 5, &r);
	assert_int_equal(r.n, 1);
	assert_string_equal(r.v[0].snippet, "[draft] {v2} \x1b[2J\x1b]0;pwned\a "
	    "pricing");
	assert_int_equal(r.v[0].nspans, 1);
	assert_int_equal(r.v[0].spans[0].start, 28);
	assert_int_equal(r.v[0].spans[0].end, 35);
	out = written(&r.v[0]);
	assert_string_equal(out, "[draft] {v2} \xe2\x90\x9b[2J\xe2\x90\x9b"
	    "]0;pwned\xe2\x90\x87 <pricing>");
	free(out);
	search_result_fini(&r);
	store_close(st);
}

/* No words, however hostile, make FTS5 fail: each is a quoted string. */
static void
test_query_safety(void **state)
{
	static const char *const hostile[] = {
		"\"", "\"\"\"", "a\"", "(", ")", "NEAR(", "NEAR(a b, 2)",
		"AND", "OR", "NOT", "a OR b", "body:x", "{body kind}:x",
		"^x", "x*", "*x", "+", "-x", "a:b:c", "'", "\\", "x\" OR \"y",
		"kind:note", "private:1", "\"pricing\" OR \"quokka\"",
		"\xff\xfe" "abc", "x\xc3", "\x1b[2J" "y",
	};
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct search_result r;
	char *q, *cause = NULL;
	long it[2], m, priv;
	size_t i;

	m = meeting_ok(st, it);
	priv = entry_ok(st, m, it[1], ENTRY_PRIVATE, "quokka pricing");
	entry_ok(st, m, it[1], ENTRY_NOTE, "x OR y and a note");
	for (i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
		q = search_query((char *const *)&hostile[i], 1);
		if (q == NULL)
			continue;
		if (store_search(st, q, 0, 5, &r, &cause) != 0)
			fail_msg("'%s' as %s: %s", hostile[i], q, cause);
		/* Never the private note, whatever the words say. */
		assert_null(find_hit(&r, SEARCH_PRIVATE, priv));
		assert_int_equal(r.total, (long)r.n);
		search_result_fini(&r);
		free(q);
	}
	/* An empty query or a zero limit is the caller's mistake: 64. */
	assert_int_equal(store_search(st, "", 0, 5, &r, &cause), -1);
	assert_int_equal(store_error_code(st), EX_USAGE);
	free(cause);
	cause = NULL;
	assert_int_equal(store_search(st, "\"x\"*", 0, 0, &r, &cause), -1);
	assert_int_equal(store_error_code(st), EX_USAGE);
	search_result_fini(&r);
	free(cause);
	store_close(st);
}

/* A database of the first release, migrated, has its captures indexed. */
static void
test_migrated_index(void **state)
{
	struct tmpdir *fx = *state;
	char *fixture = src_path("tests/fixtures/schema-1.db");
	struct search_result r;
	const struct search_hit *h;
	struct store *st;

	copy_file(fixture, fx->path);
	free(fixture);
	st = open_ok(fx->path);
	assert_int_equal(total_of(st, "sso", 0), 2);
	search_ok(st, "sso", 0, 5, &r);
	h = find_hit(&r, SEARCH_NOTE, 1);
	assert_non_null(h);
	assert_string_equal(h->snippet,
	    "Prospects ask for SSO before the demo");
	assert_int_equal(h->meeting_id, 1);
	assert_string_equal(h->date, "2026-10-26");
	assert_int_equal(h->item_pos, 1);
	assert_string_equal(h->item_title, "What questions and objections "
	    "have you heard from prospects recently?");
	assert_non_null(find_hit(&r, SEARCH_ACTION, 1));
	search_result_fini(&r);
	only_hit(st, "nurture", 0, SEARCH_DECISION, 2);
	only_hit(st, "partner", 0, SEARCH_PARKING, 3);
	only_hit(st, "qualified", 0, SEARCH_STATEMENT, 2);
	only_hit(st, "budget question", 0, SEARCH_ACTION, 3);
	only_hit(st, "webinar form", 0, SEARCH_ACTION, 2);
	/* The first statement by its answer, and its question. */
	only_hit(st, "three five", 0, SEARCH_STATEMENT, 1);
	only_hit(st, "our leads", 0, SEARCH_STATEMENT, 1);
	/* The private note and follow-up: only when asked for. */
	assert_int_equal(total_of(st, "v1", 0), 0);
	assert_int_equal(total_of(st, "v1", 1), 2);
	only_hit(st, "unprepared", 1, SEARCH_PRIVATE, 4);
	only_hit(st, "management", 1, SEARCH_FOLLOWUP, 2);
	/* And what is captured after the migration is indexed too. */
	only_hit(st, "unprepared v1", 1, SEARCH_PRIVATE, 4);
	entry_ok(st, 1, 1, ENTRY_NOTE, "Migrated databases keep indexing");
	assert_int_equal(total_of(st, "indexing", 0), 1);
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_query),
		cmocka_unit_test(test_snippet_decode),
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_write_snippet),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test_setup_teardown(test_every_source, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_prefix_all_words,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_ranking, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_private, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_captures_edited,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_deleted_and_edited,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_outside_meeting,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_hostile_text, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_query_safety, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_migrated_index,
		    tmpdir_setup, tmpdir_teardown),
	};

	return cmocka_run_group_tests_name("search", tests, NULL, NULL);
}
