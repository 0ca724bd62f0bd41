/* test_agenda.c: unit tests for loading and checking agenda files. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agenda.h"
#include "kind.h"
#include "testlib.h"
#include "util.h"

/* One broken agenda and the problem it must report, and where. */
struct broken_case {
	const char *file;
	int line;
	int column;
	const char *message; /* a substring of the message */
};

static const struct broken_case broken_cases[] = {
	{ "syntax-error.yaml", 2, 15,
	    "syntax error: mapping values are not allowed" },
	{ "unknown-key.yaml", 6, 5, "unknown key 'colour' in item" },
	{ "unknown-kind.yaml", 4, 11, "unknown kind 'standup' (expected "
	    "review, wins, objections, requests, metrics, definition, pulse, "
	    "wrapup or topic)" },
	{ "missing-title.yaml", 7, 5, "item has no title" },
	{ "no-agenda-title.yaml", 2, 1, "agenda has no title" },
	{ "wrong-type.yaml", 6, 7, "'title' must be text, not a list" },
	{ "zero-minutes.yaml", 6, 14,
	    "'minutes' must be a positive whole number" },
	{ "negative-minutes.yaml", 6, 14,
	    "'minutes' must be a positive whole number" },
	{ "too-long.yaml", 6, 14, "'minutes' must be at most 600" },
	{ "quoted-minutes.yaml", 6, 14, "'minutes' must be a plain number" },
	{ "duplicate-review.yaml", 10, 11,
	    "a 'review' item may appear only once (first at line 4)" },
	{ "duplicate-key.yaml", 7, 5,
	    "duplicate key 'minutes' (first at line 6)" },
	{ "criteria-wrong-kind.yaml", 7, 5,
	    "'criteria' is only for definition items" },
	{ "asked-by-wrong-kind.yaml", 7, 5,
	    "'asked_by' does not go with wrapup items" },
	{ "bad-asked-by.yaml", 6, 15, "unknown side 'engineering' for "
	    "'asked_by' (expected sales or marketing)" },
	{ "bad-team.yaml", 4, 10, "team: 'sales' must be a list of names" },
	{ "duplicate-name.yaml", 5, 32,
	    "team: 'dana reyes' is listed twice (first at line 4)" },
	{ "empty-items.yaml", 3, 1, "agenda has no items" },
	{ "bad-nurture.yaml", 7, 20, "'nurture_below' must be a fraction" },
	{ "empty.yaml", 1, 1, "the agenda is empty" },
	/* Someone else's text: nothing in it may steer a terminal. */
	{ "control-title.yaml", 2, 8,
	    "'title' must not contain a control character (U+001B)" },
	{ "control-team.yaml", 4, 23, "team: each name in 'sales' must not "
	    "contain a control character (U+001B)" },
	{ "newline-title.yaml", 5, 12,
	    "'title' must not contain a control character (U+000A)" },
	{ "nul-key.yaml", 5, 5, "a key must not contain a NUL character" },
	/* Costly shapes, refused where they are seen. */
	{ "too-deep.yaml", 3, 39, "nest deeper than 32 levels" },
	{ "deep-mapping.yaml", 37, 65, "nest deeper than 32 levels" },
	{ "too-many-minutes.yaml", 4, 1,
	    "the items' minutes add up to 1441; a meeting is at most 1440" },
};

/* A C1 control, as YAML's \u009b or \x9b writes it, in two places. */
static const struct broken_case c1_problems[] = {
	{ NULL, 5, 12, "'title' must not contain a control character "
	    "(U+009B)" },
	{ NULL, 8, 15, "a criterion's value must not contain a control "
	    "character (U+009B)" },
};

/* Every problem in several-problems.yaml, in the order reported. */
static const struct broken_case several_problems[] = {
	{ NULL, 3, 1, "unknown key 'colour' in agenda" },
	{ NULL, 4, 10, "'minutes' must be a positive whole number" },
	{ NULL, 7, 3, "unknown key 'engineering' in team" },
	{ NULL, 12, 11, "unknown kind 'standup'" },
	{ NULL, 15, 11,
	    "a 'review' item may appear only once (first at line 9)" },
	{ NULL, 17, 14, "'minutes' must be a positive whole number" },
	{ NULL, 18, 5, "item has no title" },
	{ NULL, 20, 15, "unknown side 'both'" },
	{ NULL, 22, 12, "'title' must be text, not a list" },
	{ NULL, 24, 5, "'criteria' is only for definition items" },
};

/* Load an agenda from the source tree. */
static int
load(const char *relative, struct agenda **a, struct agenda_diags *d)
{
	char *path = src_path(relative);
	int rc = agenda_load(path, a, NULL, d);

	free(path);
	return rc;
}

/* Print the problems found, to explain a failure. */
static void
print_diags(const char *file, const struct agenda_diags *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		print_message("  %s:%d:%d: %s\n", file, d->v[i].line,
		    d->v[i].column, d->v[i].message);
}

/* Whether a problem is at the expected line and column, with the message. */
static int
diag_matches(const struct agenda_diag *got, const struct broken_case *want)
{
	return got->line == want->line && got->column == want->column &&
	    strstr(got->message, want->message) != NULL;
}

/* Assert the problems are exactly those expected, showing them if not. */
static void
assert_diags(const char *file, const struct agenda_diags *d,
    const struct broken_case *want, size_t n)
{
	size_t i;
	int ok = d->n == n;

	for (i = 0; ok && i < n; i++)
		ok = diag_matches(&d->v[i], &want[i]);
	if (!ok) {
		print_message("%s: expected %zu problem(s), got:\n", file, n);
		print_diags(file, d);
	}
	assert_true(ok);
}

/* The bundled agenda runs the whole meeting of SPEC section 1. */
static void
test_bundled(void **state)
{
	static const struct {
		enum item_kind kind;
		int minutes;
		enum side asked_by;
		const char *title;
	} want[] = {
		{ KIND_REVIEW, 10, SIDE_NONE, "Last month's commitments" },
		{ KIND_WINS, 5, SIDE_NONE, "Olive branch: what the other side "
		    "did well, and newly won customers" },
		{ KIND_OBJECTIONS, 10, SIDE_MARKETING, "What questions and "
		    "objections have you heard from prospects recently?" },
		{ KIND_REQUESTS, 10, SIDE_SALES,
		    "How can we support you with content?" },
		{ KIND_METRICS, 10, SIDE_NONE, "What are the conversion rates "
		    "and sales velocity for leads from new sources?" },
		{ KIND_DEFINITION, 5, SIDE_NONE, "Do we still agree on our "
		    "definition of a marketing-qualified lead?" },
		{ KIND_PULSE, 5, SIDE_NONE, "Tension & friction check" },
		{ KIND_WRAPUP, 5, SIDE_NONE, "Wrap-up" },
	};
	static const char *const criteria[][2] = {
		{ "industry", "SaaS, fintech" },
		{ "company_size", "50-1000 employees" },
		{ "budget", ">= $20k/year" },
		{ "titles", "VP Marketing, Head of Growth" },
		{ "purchasing_timeline", "within 2 quarters" },
	};
	struct agenda *a = NULL;
	struct agenda_diags d = { 0 };
	const struct agenda_item *it;
	size_t i;

	(void)state;
	if (load("agendas/monthly-alignment.yaml", &a, &d) != 0)
		print_diags("monthly-alignment.yaml", &d);
	assert_non_null(a);
	assert_int_equal(d.n, 0);
	assert_string_equal(a->title, "Monthly Sales & Marketing Alignment");
	assert_int_equal(a->minutes, 60);
	assert_int_equal(a->nitems, sizeof want / sizeof want[0]);
	for (i = 0; i < a->nitems; i++) {
		it = &a->items[i];
		assert_int_equal(it->kind, want[i].kind);
		assert_int_equal(it->minutes, want[i].minutes);
		assert_int_equal(it->asked_by, want[i].asked_by);
		assert_string_equal(it->title, want[i].title);
		assert_non_null(it->prompt);
		if (it->kind != KIND_METRICS)
			assert_true(it->nurture_below == 0.0);
		if (it->kind != KIND_DEFINITION)
			assert_int_equal(it->ncriteria, 0);
	}
	assert_true(a->items[4].nurture_below > 0.0999 &&
	    a->items[4].nurture_below < 0.1001);
	assert_non_null(strstr(a->items[1].prompt, "newly won customer"));
	it = &a->items[5];
	assert_int_equal(it->ncriteria, 5);
	for (i = 0; i < it->ncriteria; i++) {
		assert_string_equal(it->criteria[i].key, criteria[i][0]);
		assert_string_equal(it->criteria[i].value, criteria[i][1]);
	}
	assert_int_equal(a->nteam, 4);
	assert_string_equal(a->team[0].name, "Dana Reyes");
	assert_int_equal(a->team[0].side, SIDE_SALES);
	assert_string_equal(a->team[1].name, "Sam Ortiz");
	assert_int_equal(a->team[1].side, SIDE_SALES);
	assert_string_equal(a->team[2].name, "Priya Natarajan");
	assert_int_equal(a->team[2].side, SIDE_MARKETING);
	assert_string_equal(a->team[3].name, "Lee Chen");
	assert_int_equal(a->team[3].side, SIDE_MARKETING);
	assert_int_equal(a->nlead_ins, 0);
	assert_int_equal(a->nreflections, 0);
	agenda_free(a);
	agenda_diags_fini(&d);
}

/* One topic item is enough; the plan is then the items' sum. */
static void
test_minimal(void **state)
{
	struct agenda *a = NULL;
	struct agenda_diags d = { 0 };

	(void)state;
	assert_int_equal(load("tests/agendas/minimal.yaml", &a, &d), 0);
	assert_int_equal(d.n, 0);
	assert_string_equal(a->title, "Quick sync");
	assert_int_equal(a->minutes, 15);
	assert_int_equal(a->nitems, 1);
	assert_int_equal(a->items[0].kind, KIND_TOPIC);
	assert_string_equal(a->items[0].title, "Anything else");
	assert_null(a->items[0].prompt);
	assert_int_equal(a->items[0].asked_by, SIDE_NONE);
	assert_int_equal(a->nteam, 0);
	agenda_free(a);
	agenda_diags_fini(&d);
}

/* Optional keys: parroting, nurture_below as a fraction, several topics. */
static void
test_optional_keys(void **state)
{
	struct agenda *a = NULL;
	struct agenda_diags d = { 0 };

	(void)state;
	if (load("tests/agendas/parroting.yaml", &a, &d) != 0)
		print_diags("parroting.yaml", &d);
	assert_non_null(a);
	assert_int_equal(a->minutes, 45);
	assert_int_equal(a->nitems, 3);
	assert_true(a->items[0].nurture_below == 0.25);
	assert_int_equal(a->items[1].kind, KIND_TOPIC);
	assert_int_equal(a->items[2].kind, KIND_TOPIC);
	assert_string_equal(a->items[1].prompt, "Budget first.");
	assert_int_equal(a->items[1].asked_by, SIDE_SALES);
	assert_int_equal(a->nlead_ins, 2);
	assert_string_equal(a->lead_ins[0], "To be fair,");
	assert_string_equal(a->lead_ins[1], "With respect");
	assert_int_equal(a->nreflections, 2);
	assert_string_equal(a->reflections[0].key, "ours");
	assert_string_equal(a->reflections[0].value, "yours");
	assert_string_equal(a->reflections[1].key, "us");
	assert_string_equal(a->reflections[1].value, "you");
	agenda_free(a);
	agenda_diags_fini(&d);
}

/* Each broken agenda reports its one problem, where it is. */
static void
test_broken(void **state)
{
	const struct broken_case *c;
	struct agenda *a;
	struct agenda_diags d = { 0 };
	char *rel;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof broken_cases / sizeof broken_cases[0]; i++) {
		c = &broken_cases[i];
		rel = xasprintf("tests/agendas/%s", c->file);
		a = (struct agenda *)1;
		assert_int_equal(load(rel, &a, &d), -1);
		assert_null(a);
		assert_diags(c->file, &d, c, 1);
		agenda_diags_fini(&d);
		free(rel);
	}
}

/* A file with many problems reports all of them, in order. */
static void
test_several_problems(void **state)
{
	struct agenda *a;
	struct agenda_diags d = { 0 };
	size_t n = sizeof several_problems / sizeof several_problems[0];

	(void)state;
	assert_int_equal(load("tests/agendas/several-problems.yaml", &a, &d),
	    -1);
	assert_null(a);
	assert_diags("several-problems.yaml", &d, several_problems, n);
	agenda_diags_fini(&d);
}

/* A C1 control is refused wherever it is, each one reported. */
static void
test_c1_controls(void **state)
{
	struct agenda *a;
	struct agenda_diags d = { 0 };

	(void)state;
	assert_int_equal(load("tests/agendas/c1-criterion.yaml", &a, &d), -1);
	assert_diags("c1-criterion.yaml", &d, c1_problems,
	    sizeof c1_problems / sizeof c1_problems[0]);
	agenda_diags_fini(&d);
}

/*
 * What is still allowed: a prompt of several lines (a folded block keeps
 * its blank line), right-to-left text, and a plan of exactly 1440 minutes
 * from timeboxes of exactly 600.
 */
static void
test_text_allowed(void **state)
{
	struct agenda *a = agenda_ok("title: \"\u05e9\u05dc\u05d5\u05dd "
	    "\u200f!\"\nitems:\n"
	    "  - kind: topic\n    title: Morning\n    minutes: 600\n"
	    "    prompt: |\n      First line\n\n      \tThird, tabbed\n"
	    "  - kind: topic\n    title: Afternoon\n    minutes: 600\n"
	    "  - kind: topic\n    title: Evening\n    minutes: 240\n");

	(void)state;
	assert_string_equal(a->items[0].prompt,
	    "First line\n\n\tThird, tabbed\n");
	assert_int_equal(a->minutes, 1440);
	assert_string_equal(a->title, "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d "
	    "\xe2\x80\x8f!");
	agenda_free(a);
}

/* A control character in a prompt is refused, a line break is not. */
static void
test_prompt_control(void **state)
{
	const char *yaml = "title: T\nitems:\n  - kind: topic\n    title: x\n"
	    "    minutes: 5\n    prompt: \"ask \\e[2J\"\n";
	struct agenda *a;
	struct agenda_diags d = { 0 };

	(void)state;
	assert_int_equal(agenda_parse(yaml, strlen(yaml), &a, &d), -1);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 6);
	assert_non_null(strstr(d.v[0].message, "'prompt' must not contain a "
	    "control character (U+001B)"));
	agenda_diags_fini(&d);
}

/*
 * 10,000 problems are reported as the first 100 and a count of the rest,
 * each line whole: the report does not grow with the file past that.
 */
static void
test_many_problems(void **state)
{
	char path[] = "/tmp/parley-agenda-XXXXXX", *report = NULL, *text, *p;
	struct agenda *a;
	FILE *f;
	int fd, i, lines = 0;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	assert_non_null(f = fdopen(fd, "w"));
	fputs("title: Many\nitems:\n", f);
	for (i = 0; i < 10000; i++)
		fprintf(f, "  - kind: topic\n    title: t%d\n    minutes: 0\n",
		    i);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(agenda_read_file(path, &text, &a, &report), 65);
	for (p = report; (p = strchr(p, '\n')) != NULL; p++)
		lines++;
	assert_int_equal(lines, 100);
	/* The 100th problem is the one at line 302; then the count. */
	p = xasprintf("%s:302:14: 'minutes' must be a positive whole "
	    "number\n%s: and 9900 more problems", path, path);
	assert_non_null(strstr(report, p));
	assert_true(strlen(strstr(report, p)) == strlen(p));
	unlink(path);
	free(p);
	free(report);
}

/* A file that is not there, or not a file, cannot be read: -2 at line 0. */
static void
test_unreadable(void **state)
{
	struct agenda *a;
	struct agenda_diags d = { 0 };

	(void)state;
	assert_int_equal(agenda_load("/nonexistent/agenda.yaml", &a, NULL, &d), -2);
	assert_null(a);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 0);
	assert_int_equal(d.v[0].column, 0);
	assert_string_equal(d.v[0].message,
	    "cannot open: No such file or directory");
	agenda_diags_fini(&d);

	assert_int_equal(agenda_load("/", &a, NULL, &d), -2);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].message, "cannot read: Is a directory");
	agenda_diags_fini(&d);
}

/* A file too large to be an agenda is refused without parsing it. */
static void
test_too_large(void **state)
{
	char path[] = "/tmp/parley-agenda-XXXXXX";
	struct agenda *a;
	struct agenda_diags d = { 0 };
	FILE *f;
	int fd;
	long i;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	assert_non_null(f = fdopen(fd, "w"));
	for (i = 0; i < 4L * 1024 * 1024 + 1; i++)
		fputc('#', f);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(agenda_load(path, &a, NULL, &d), -1);
	unlink(path);
	assert_null(a);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 0);
	assert_non_null(strstr(d.v[0].message, "larger than 4 MiB"));
	agenda_diags_fini(&d);
}

/* Parse from memory, without a file. */
static void
test_parse_string(void **state)
{
	static const char text[] =
	    "title: From memory\n"
	    "minutes: 90\n"
	    "items:\n"
	    "  - {kind: definition, title: MQL, minutes: 5,\n"
	    "     criteria: {industry: SaaS, budget: \"10k\"}}\n"
	    "  - kind: topic\n"
	    "    title: Anything else\n"
	    "    minutes: 7\n"
	    "    prompt:\n";
	struct agenda *a = NULL;
	struct agenda_diags d = { 0 };

	(void)state;
	assert_int_equal(agenda_parse(text, strlen(text), &a, &d), 0);
	assert_int_equal(d.n, 0);
	assert_string_equal(a->title, "From memory");
	assert_int_equal(a->minutes, 90);
	assert_int_equal(a->nitems, 2);
	assert_int_equal(a->items[0].kind, KIND_DEFINITION);
	assert_int_equal(a->items[0].ncriteria, 2);
	assert_string_equal(a->items[0].criteria[1].key, "budget");
	assert_string_equal(a->items[0].criteria[1].value, "10k");
	assert_null(a->items[1].prompt);
	agenda_free(a);

	/* Only len bytes are read: the cut leaves the agenda with no items. */
	assert_int_equal(agenda_parse(text, 19, &a, &d), -1);
	assert_null(a);
	assert_int_equal(d.n, 1);
	assert_string_equal(d.v[0].message, "agenda has no items");
	agenda_diags_fini(&d);
}

/* The limits themselves are accepted, one minute more is not. */
static void
test_minute_limits(void **state)
{
	static const struct {
		const char *text;
		int item, meeting;	/* the minutes read, when accepted */
		const char *message;	/* NULL: accepted */
	} cases[] = {
		{ "title: a\nitems: [{kind: topic, title: b, minutes: 600}]\n",
		    600, 0, NULL },
		{ "title: a\nitems: [{kind: topic, title: b, minutes: 601}]\n",
		    0, 0, "'minutes' must be at most 600" },
		{ "title: a\nminutes: 1440\nitems: [{kind: topic, title: b, "
		    "minutes: 600}]\n", 600, 1440, NULL },
		{ "title: a\nminutes: 1441\nitems: [{kind: topic, title: b, "
		    "minutes: 600}]\n", 0, 0, "'minutes' must be at most 1440" },
	};
	struct agenda *a;
	struct agenda_diags d = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		a = NULL;
		if (cases[i].message == NULL) {
			assert_int_equal(agenda_parse(cases[i].text,
			    strlen(cases[i].text), &a, &d), 0);
			assert_int_equal(d.n, 0);
			assert_int_equal(a->items[0].minutes, cases[i].item);
			if (cases[i].meeting != 0)
				assert_int_equal(a->minutes, cases[i].meeting);
			agenda_free(a);
			continue;
		}
		assert_int_equal(agenda_parse(cases[i].text,
		    strlen(cases[i].text), &a, &d), -1);
		assert_null(a);
		assert_int_equal(d.n, 1);
		assert_string_equal(d.v[0].message, cases[i].message);
		agenda_diags_fini(&d);
	}
}

/* Syntax errors point at the problem; tabs get a plain hint. */
static void
test_syntax_errors(void **state)
{
	static const struct {
		const char *text;
		int line, column;
		const char *message;
	} cases[] = {
		{ "title: a\nitems:\n\t- kind: topic\n", 3, 1,
		    "syntax error: a tab cannot indent YAML; use spaces" },
		{ "title: \"open\nitems: []\n", 3, 1,
		    "syntax error: found unexpected end of stream "
		    "(while scanning a quoted scalar at line 1)" },
		{ "title: caf\xc3\xa9 \xff\n", 1, 13,
		    "syntax error: invalid leading UTF-8 octet" },
	};
	struct agenda *a;
	struct agenda_diags d = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(agenda_parse(cases[i].text,
		    strlen(cases[i].text), &a, &d), -1);
		assert_diags("text", &d, &(struct broken_case){ NULL,
		    cases[i].line, cases[i].column, cases[i].message }, 1);
		assert_string_equal(d.v[0].message, cases[i].message);
		agenda_diags_fini(&d);
	}
}

/* Odd shapes are reported, never followed: aliases, second documents. */
static void
test_odd_shapes(void **state)
{
	static const struct {
		const char *text;
		const char *message;
	} cases[] = {
		{ "- a\n- b\n", "an agenda must be a mapping with a title and "
		    "items, not a list" },
		{ "title: a\nitems: &x [*x]\n", "each item must be a mapping "
		    "with kind, title and minutes, not a list" },
		{ "title: a\nitems: [{kind: topic, title: b, minutes: 1}]\n"
		    "---\ntitle: b\n",
		    "an agenda file holds one YAML document" },
		{ "title: a\nitems: [{kind: topic, title: b, minutes: 1, "
		    "prompt: \"x\\0y\"}]\n",
		    "'prompt' must not contain a NUL character" },
		{ "title: a\nitems: [{kind: metrics, title: b, minutes: 1, "
		    "nurture_below: nan}]\n", "'nurture_below' must be a "
		    "fraction" },
		{ "title: a\nitems: [{kind: topic, title: b, minutes: "
		    "99999999999999999999999}]\n",
		    "'minutes' must be at most 600" },
		{ "title: a\nminutes: 1441\nitems: [{kind: topic, title: b, "
		    "minutes: 1}]\n", "'minutes' must be at most 1440" },
		{ "title: a\nitems: [{kind: topic, title: b, minutes: 1}]\n"
		    "parroting: {reflections: {our team: your team}}\n",
		    "parroting: reflection 'our team' must be a single word" },
		{ "title: a\nitems: [{kind: topic, title: b, minutes: 1}]\n"
		    "parroting: {lead_ins: ok}\n",
		    "parroting: 'lead_ins' must be a list of phrases, "
		    "not text" },
	};
	struct agenda *a;
	struct agenda_diags d = { 0 };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(agenda_parse(cases[i].text,
		    strlen(cases[i].text), &a, &d), -1);
		assert_null(a);
		if (d.n != 1 ||
		    strstr(d.v[0].message, cases[i].message) == NULL)
			print_diags("text", &d);
		assert_int_equal(d.n, 1);
		assert_non_null(strstr(d.v[0].message, cases[i].message));
		agenda_diags_fini(&d);
	}
}

/* Kind and side names round-trip; unknown names are refused. */
static void
test_names(void **state)
{
	static const char *const kinds[KIND_COUNT] = {
		"review", "wins", "objections", "requests", "metrics",
		"definition", "pulse", "wrapup", "topic",
	};
	enum item_kind k;
	enum side s;
	size_t i;

	(void)state;
	for (i = 0; i < KIND_COUNT; i++) {
		assert_string_equal(agenda_kind_name((enum item_kind)i),
		    kinds[i]);
		assert_int_equal(agenda_kind_parse(kinds[i], &k), 0);
		assert_int_equal(k, i);
	}
	assert_int_equal(agenda_kind_parse("Review", &k), -1);
	assert_int_equal(agenda_kind_parse("", &k), -1);
	assert_string_equal(agenda_kind_name(KIND_COUNT), "");

	assert_string_equal(agenda_side_name(SIDE_SALES), "sales");
	assert_string_equal(agenda_side_name(SIDE_MARKETING), "marketing");
	assert_string_equal(agenda_side_name(SIDE_NONE), "");
	assert_int_equal(agenda_side_parse("sales", &s), 0);
	assert_int_equal(s, SIDE_SALES);
	assert_int_equal(agenda_side_parse("marketing", &s), 0);
	assert_int_equal(s, SIDE_MARKETING);
	assert_int_equal(agenda_side_parse("", &s), -1);
	assert_int_equal(agenda_side_parse("both", &s), -1);

	assert_int_equal(agenda_side_other(SIDE_SALES), SIDE_MARKETING);
	assert_int_equal(agenda_side_other(SIDE_MARKETING), SIDE_SALES);
	assert_int_equal(agenda_side_other(SIDE_NONE), SIDE_NONE);
	agenda_free(NULL);
}

/* agenda_load keeps the file's text, NUL-terminated, when asked. */
static void
test_load_keeps_text(void **state)
{
	struct agenda_diags d = { NULL, 0 };
	struct agenda *a = NULL;
	char *path = src_path("tests/agendas/minimal.yaml"),
	    *text = NULL, *want;
	FILE *f = fopen(path, "rb");
	long n;

	(void)state;
	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	rewind(f);
	want = xmalloc((size_t)n + 1);
	assert_int_equal(fread(want, 1, (size_t)n, f), (size_t)n);
	want[n] = '\0';
	fclose(f);
	assert_int_equal(agenda_load(path, &a, &text, &d), 0);
	assert_non_null(text);
	assert_string_equal(text, want);
	agenda_free(a);
	agenda_diags_fini(&d);
	free(text);
	free(want);
	free(path);
}

/* The kind table: names both ways, once-only, a topic named by its title. */
static void
test_kinds(void **state)
{
	enum item_kind k;
	int i;

	(void)state;
	for (i = 0; i < KIND_COUNT; i++) {
		assert_int_equal(kind_parse(kind_get((enum item_kind)i)->name,
		    &k), 0);
		assert_int_equal((int)k, i);
		assert_int_equal(kind_get((enum item_kind)i)->once,
		    i != KIND_TOPIC);
	}
	assert_int_equal(kind_parse("standup", &k), -1);
	assert_null(kind_get(KIND_COUNT));
	assert_string_equal(kind_item_label(KIND_TOPIC, "Pricing page"),
	    "Pricing page");
	assert_string_equal(kind_item_label(KIND_TOPIC, ""), "Topic");
	assert_string_equal(kind_item_label(KIND_OBJECTIONS, "What do..."),
	    "Q1 · objections");
	assert_string_equal(kind_taking(KIND_OPT_CRITERIA)->name, "definition");
	assert_int_equal(kind_takers(KIND_OPT_NURTURE), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_load_keeps_text),
		cmocka_unit_test(test_bundled),
		cmocka_unit_test(test_minimal),
		cmocka_unit_test(test_optional_keys),
		cmocka_unit_test(test_broken),
		cmocka_unit_test(test_several_problems),
		cmocka_unit_test(test_c1_controls),
		cmocka_unit_test(test_text_allowed),
		cmocka_unit_test(test_prompt_control),
		cmocka_unit_test(test_many_problems),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_parse_string),
		cmocka_unit_test(test_minute_limits),
		cmocka_unit_test(test_syntax_errors),
		cmocka_unit_test(test_odd_shapes),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests_name("agenda", tests, NULL, NULL);
}
