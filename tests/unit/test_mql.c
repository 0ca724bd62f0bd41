/*
 * test_mql.c: the MQL definition's versions: changing, adding and removing
 * criteria (tables), what a change proposes (a new version, an amendment,
 * a withdrawal, nothing), who may agree to what, the diff; then the same
 * through the store on real SQLite (version 1 from the agenda, who agreed
 * kept), the view of a past meeting, the session and the minutes.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "export.h"
#include "mql.h"
#include "session.h"
#include "session_mql.h"
#include "store.h"
#include "store_mql.h"
#include "testlib.h"
#include "util.h"
#include "view.h"

/* Criteria from "k=v;k=v" (no spaces trimmed). Free with fini. */
static void
criteria(struct mql_criteria *c, const char *spec)
{
	char *copy = xstrdup(spec), *item, *save = NULL, *eq;

	memset(c, 0, sizeof *c);
	for (item = strtok_r(copy, ";", &save); item != NULL;
	    item = strtok_r(NULL, ";", &save)) {
		eq = strchr(item, '=');
		assert_non_null(eq);
		*eq = '\0';
		mql_criteria_add(c, item, eq + 1);
	}
	free(copy);
}

/* Criteria as "k=v;k=v", in order. Caller frees. */
static char *
spec(const struct mql_criteria *c)
{
	char *s = xstrdup(""), *next;
	size_t i;

	for (i = 0; i < c->n; i++) {
		next = xasprintf("%s%s%s=%s", s, i > 0 ? ";" : "", c->v[i].key,
		    c->v[i].value);
		free(s);
		s = next;
	}
	return s;
}

/* Assert criteria read as expected ("k=v;k=v"). */
static void
assert_criteria(const struct mql_criteria *c, const char *expected)
{
	char *got = spec(c);

	assert_string_equal(got, expected);
	free(got);
}

/* Changing, adding and removing one criterion. */
static void
test_apply(void **state)
{
	static const struct {
		const char *before, *key, *value;
		int rc;
		const char *after;
	} cases[] = {
		{ "a=1;b=2", "a", "9", 1, "a=9;b=2" },      /* changed in place */
		{ "a=1;b=2", "b", "2", 0, "a=1;b=2" },      /* says so already */
		{ "a=1;b=2", "c", "3", 1, "a=1;b=2;c=3" },  /* added at the end */
		{ "a=1;b=2", "a", "", 1, "b=2" },           /* "" removes */
		{ "a=1;b=2", "b", NULL, 1, "a=1" },         /* NULL removes */
		{ "a=1;b=2", "z", "", -1, "a=1;b=2" },      /* nothing to remove */
		{ "Budget=1", "budget", "2", 1, "Budget=2" }, /* case aside,
		                                          first spelling kept */
		{ "Budget=1", "BUDGET", NULL, 1, "" },
		{ "", "a", "1", 1, "a=1" },
	};
	struct mql_criteria c;
	struct mql_change ch;
	char *cause = NULL;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		criteria(&c, cases[i].before);
		ch.key = cases[i].key;
		ch.value = cases[i].value;
		assert_int_equal(mql_criteria_apply(&c, &ch, &cause),
		    cases[i].rc);
		assert_criteria(&c, cases[i].after);
		if (cases[i].rc < 0) {
			assert_non_null(strstr(cause, "no criterion 'z'"));
			free(cause);
			cause = NULL;
		}
		mql_criteria_fini(&c);
	}
}

/* KEY=VALUE as the command line gives it. */
static void
test_parse_change(void **state)
{
	static const struct {
		const char *arg;
		int rc;
		const char *key, *value;
	} cases[] = {
		{ "industry=SaaS", 0, "industry", "SaaS" },
		{ " budget = >= $20k ", 0, "budget", ">= $20k" },
		{ "titles=", 0, "titles", "" },           /* a removal */
		{ "a=b=c", 0, "a", "b=c" },               /* the first '=' */
		{ "company size=50+", 0, "company size", "50+" },
		{ "=SaaS", -1, NULL, NULL },
		{ " =x", -1, NULL, NULL },
		{ "industry", -1, NULL, NULL },
		{ "", -1, NULL, NULL },
	};
	char *key, *value, *cause = NULL;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(mql_parse_change(cases[i].arg, &key, &value,
		    &cause), cases[i].rc);
		if (cases[i].rc == 0) {
			assert_string_equal(key, cases[i].key);
			assert_string_equal(value, cases[i].value);
		} else {
			assert_null(key);
			assert_null(value);
			assert_non_null(cause);
		}
		free(key);
		free(value);
		free(cause);
		cause = NULL;
	}
}

/* What a criterion's name and value may hold. */
static void
test_check_text(void **state)
{
	static const struct {
		const char *what, *s;
		int rc;
		const char *says;
	} cases[] = {
		{ "name", "industry", 0, NULL },
		{ "name", "company size", 0, NULL },
		{ "name", "Größe", 0, NULL },
		{ "value", "a=b", 0, NULL },          /* '=' is fine in a value */
		{ "name", "a=b", -1, "cannot hold '='" },
		{ "name", "", -1, "cannot be empty" },
		{ "value", "  ", -1, "cannot be empty" },
		{ "value", "one\ntwo", -1, "control character (U+000A)" },
		{ "name", "x\x1b[2J", -1, "U+001B" },
	};
	char *cause = NULL;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(mql_check_text(cases[i].what, cases[i].s,
		    &cause), cases[i].rc);
		if (cases[i].says != NULL)
			assert_non_null(strstr(cause, cases[i].says));
		free(cause);
		cause = NULL;
	}
}

/* The diff as text: "kind key old>new" lines joined by "|". Caller frees. */
static char *
diff_text(const char *old_spec, const char *new_spec)
{
	struct mql_criteria a, b;
	struct mql_diff d;
	char *s = xstrdup(""), *next;
	size_t i;

	criteria(&a, old_spec);
	criteria(&b, new_spec);
	mql_diff(&a, &b, &d);
	for (i = 0; i < d.n; i++) {
		next = xasprintf("%s%s%s %s %s>%s", s, i > 0 ? "|" : "",
		    mql_diff_kind_name(d.v[i].kind), d.v[i].key,
		    d.v[i].old_value != NULL ? d.v[i].old_value : "-",
		    d.v[i].new_value != NULL ? d.v[i].new_value : "-");
		free(s);
		s = next;
	}
	mql_diff_fini(&d);
	mql_criteria_fini(&a);
	mql_criteria_fini(&b);
	return s;
}

/* Added, removed, changed: old and new values, in a stable order. */
static void
test_diff(void **state)
{
	static const struct {
		const char *old, *new, *expected;
	} cases[] = {
		{ "a=1;b=2", "a=1;b=2", "" },
		{ "a=1;b=2", "b=2;a=1", "" },              /* order aside */
		{ "a=1", "a=2", "changed a 1>2" },
		{ "a=1;b=2", "b=2", "removed a 1>-" },
		{ "a=1", "a=1;c=3", "added c ->3" },
		/* Changed and removed in the old order, then added. */
		{ "a=1;b=2;c=3", "d=4;c=9;a=1", "removed b 2>-|changed c 3>9|"
		    "added d ->4" },
		{ "", "a=1;b=2", "added a ->1|added b ->2" },
		{ "a=1", "", "removed a 1>-" },
		/* A name spelled otherwise is the same criterion. */
		{ "Budget=1", "budget=2", "changed budget 1>2" },
	};
	char *got;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = diff_text(cases[i].old, cases[i].new);
		assert_string_equal(got, cases[i].expected);
		free(got);
	}
}

/*
 * A history from a spec of versions, "N:S:M:criteria": number, when sales
 * and marketing agreed (0: not), the criteria. Free with mql_history_fini.
 */
static void
history(struct mql_history *h, const char *const *versions, size_t n)
{
	struct mql_version *v;
	long sales, marketing;
	int number, used;
	size_t i;

	memset(h, 0, sizeof *h);
	h->v = xcalloc(n + 1, sizeof *h->v);
	for (i = 0; i < n; i++) {
		v = &h->v[h->n++];
		assert_int_equal(sscanf(versions[i], "%d:%ld:%ld:%n", &number,
		    &sales, &marketing, &used), 3);
		v->number = number;
		v->id = number * 10;
		v->proposed_at = 100 * number;
		v->sales.at = sales;
		v->marketing.at = marketing;
		v->sales.by = sales != 0 ? xstrdup("Dana Reyes") : NULL;
		criteria(&v->criteria, versions[i] + used);
	}
}

/* Which version is in force, which is proposed, and as of when. */
static void
test_in_force(void **state)
{
	static const char *const none_agreed[] = { "1:0:0:a=1" };
	static const char *const one_side[] = { "1:150:0:a=1" };
	static const char *const both[] = { "1:110:120:a=1",
	    "2:250:0:a=2" };
	static const char *const later[] = { "1:110:120:a=1",
	    "2:250:260:a=2", "3:0:0:a=3" };
	struct mql_history h;

	(void)state;
	history(&h, none_agreed, 1);
	assert_null(mql_in_force(&h));
	assert_int_equal(mql_proposal(&h)->number, 1);
	mql_history_fini(&h);

	history(&h, one_side, 1);
	assert_null(mql_in_force(&h));
	assert_int_equal(mql_agreed_at(&h.v[0]), 0);
	mql_history_fini(&h);

	history(&h, both, 2);
	assert_int_equal(mql_in_force(&h)->number, 1);
	assert_int_equal(mql_agreed_at(mql_in_force(&h)), 120);
	assert_int_equal(mql_proposal(&h)->number, 2);
	mql_history_fini(&h);

	history(&h, later, 3);
	assert_int_equal(mql_in_force(&h)->number, 2);
	assert_int_equal(mql_proposal(&h)->number, 3);
	assert_null(mql_in_force_before(&h, 120));
	assert_int_equal(mql_in_force_before(&h, 121)->number, 1);
	assert_int_equal(mql_in_force_before(&h, 260)->number, 1);
	assert_int_equal(mql_in_force_before(&h, 261)->number, 2);
	/* From an agenda: in force from the first, agreed when it may be. */
	h.v[0].origin = MQL_AGENDA;
	assert_int_equal(mql_in_force_before(&h, 100)->number, 1);
	/* At 255: version 3 not proposed yet, 2 agreed by sales alone. */
	mql_history_as_of(&h, 255);
	assert_int_equal(h.n, 2);
	assert_int_equal(mql_in_force(&h)->number, 1);
	assert_int_equal(mql_proposal(&h)->number, 2);
	assert_int_equal(h.v[1].sales.at, 250);
	assert_int_equal(h.v[1].marketing.at, 0);
	mql_history_as_of(&h, 249);
	assert_int_equal(h.v[1].sales.at, 0);
	assert_null(h.v[1].sales.by);
	mql_history_fini(&h);
}

/* What changes to a history do: a case a line. */
static void
test_plan(void **state)
{
	static const char *const empty[] = { NULL };
	static const char *const agreed[] = { "1:10:10:a=1;b=2" };
	static const char *const open[] = { "1:10:10:a=1;b=2",
	    "2:200:0:a=1;b=3" };
	static const char *const both_open[] = { "1:10:10:a=1;b=2",
	    "2:200:210:a=1;b=3", "3:0:300:a=1;b=4" };
	static const struct {
		const char *const *versions;
		size_t nversions;
		const char *key, *value;
		int code;
		enum mql_plan_kind kind;
		int number;
		const char *criteria;
		int withdrawn_sales, withdrawn_marketing;
	} cases[] = {
		/* Nothing yet: a first criterion proposes version 1. */
		{ empty, 0, "a", "1", 0, MQL_PLAN_NEW, 1, "a=1", 0, 0 },
		{ empty, 0, "a", "", EX_NOINPUT, MQL_PLAN_NONE, 0, "", 0, 0 },
		/* On the version in force: a new version, it plus the change. */
		{ agreed, 1, "b", "9", 0, MQL_PLAN_NEW, 2, "a=1;b=9", 0, 0 },
		{ agreed, 1, "c", "3", 0, MQL_PLAN_NEW, 2, "a=1;b=2;c=3", 0, 0 },
		{ agreed, 1, "a", NULL, 0, MQL_PLAN_NEW, 2, "b=2", 0, 0 },
		{ agreed, 1, "b", "2", 0, MQL_PLAN_NONE, 1, "", 0, 0 },
		{ agreed, 1, "z", NULL, EX_NOINPUT, MQL_PLAN_NONE, 0, "", 0, 0 },
		/* A proposal open: it is amended, its agreement withdrawn. */
		{ open, 2, "c", "3", 0, MQL_PLAN_AMEND, 2, "a=1;b=3;c=3", 1, 0 },
		{ open, 2, "b", "3", 0, MQL_PLAN_NONE, 2, "", 0, 0 },
		/* Changed back to what is in force: withdrawn. */
		{ open, 2, "b", "2", 0, MQL_PLAN_WITHDRAW, 2, "", 0, 0 },
		{ both_open, 3, "a", "7", 0, MQL_PLAN_AMEND, 3, "a=7;b=4", 0, 1 },
		{ both_open, 3, "b", "3", 0, MQL_PLAN_WITHDRAW, 3, "", 0, 0 },
		/* No definition without a criterion; no text that is not. */
		{ open, 2, "a", NULL, 0, MQL_PLAN_AMEND, 2, "b=3", 1, 0 },
		{ agreed, 1, "b", "x\ty", EX_DATAERR, MQL_PLAN_NONE, 0, "", 0,
		    0 },
		{ agreed, 1, "x=y", "1", EX_DATAERR, MQL_PLAN_NONE, 0, "", 0,
		    0 },
	};
	struct mql_history h;
	struct mql_change ch;
	struct mql_plan p;
	char *cause = NULL;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		history(&h, cases[i].versions, cases[i].nversions);
		ch.key = cases[i].key;
		ch.value = cases[i].value;
		assert_int_equal(mql_plan(&h, &ch, 1, &p, &cause),
		    cases[i].code);
		if (cases[i].code != 0) {
			assert_non_null(cause);
			free(cause);
			cause = NULL;
		} else {
			assert_int_equal(p.kind, cases[i].kind);
			assert_int_equal(p.number, cases[i].number);
			assert_criteria(&p.criteria, cases[i].criteria);
			assert_int_equal(p.withdrawn_sales,
			    cases[i].withdrawn_sales);
			assert_int_equal(p.withdrawn_marketing,
			    cases[i].withdrawn_marketing);
		}
		mql_plan_fini(&p);
		mql_history_fini(&h);
	}
}

/* Several changes at once, in order; none may leave no criterion. */
static void
test_plan_several(void **state)
{
	static const char *const agreed[] = { "1:10:10:a=1;b=2" };
	struct mql_change ch[] = { { "a", "" }, { "b", "" } };
	struct mql_change net[] = { { "c", "3" }, { "c", "" } };
	struct mql_history h;
	struct mql_plan p;
	char *cause = NULL;

	(void)state;
	history(&h, agreed, 1);
	assert_int_equal(mql_plan(&h, ch, 2, &p, &cause), EX_DATAERR);
	assert_non_null(strstr(cause, "no criterion left"));
	free(cause);
	/* Added then removed: nothing changes. */
	assert_int_equal(mql_plan(&h, net, 2, &p, &cause), 0);
	assert_int_equal(p.kind, MQL_PLAN_NONE);
	mql_plan_fini(&p);
	mql_history_fini(&h);
}

/* Who may agree to what, and the exit class of each refusal. */
static void
test_check_agree(void **state)
{
	static const char *const versions[] = { "1:10:10:a=1",
	    "2:200:210:a=2", "3:300:0:a=3" };
	static const struct {
		int number;
		enum side side;
		int code;
		const char *says;
	} cases[] = {
		{ 3, SIDE_MARKETING, 0, NULL },
		{ 3, SIDE_SALES, EX_DATAERR, "sales agreed to version 3 already" },
		{ 2, SIDE_SALES, EX_DATAERR, ": it is in force" },
		{ 1, SIDE_MARKETING, EX_DATAERR, "older than version 2, in "
		    "force since" },
		{ 4, SIDE_SALES, EX_NOINPUT, "no version 4" },
		{ 0, SIDE_SALES, EX_NOINPUT, "no version 0" },
	};
	struct mql_history h;
	char *cause = NULL;
	size_t i;

	(void)state;
	history(&h, versions, 3);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(mql_check_agree(&h, cases[i].number,
		    cases[i].side, &cause), cases[i].code);
		if (cases[i].says != NULL) {
			if (strstr(cause, cases[i].says) == NULL)
				fail_msg("case %zu: %s", i, cause);
		}
		free(cause);
		cause = NULL;
	}
	mql_history_fini(&h);
}

static const char agenda_text[] =
    "title: Alignment\n"
    "team:\n"
    "  sales: [Dana Reyes, Sam Ortiz]\n"
    "  marketing: [Priya Natarajan]\n"
    "items:\n"
    "  - kind: definition\n"
    "    title: Do we still agree?\n"
    "    minutes: 10\n"
    "    criteria:\n"
    "      industry: SaaS, fintech\n"
    "      budget: \">= $20k/year\"\n"
    "  - kind: wrapup\n    title: Wrap-up\n    minutes: 5\n";

/* Propose one change at fx->now, a minute on; what it did. */
static enum mql_plan_kind
propose(struct testdb *fx, const char *key, const char *value, long meeting)
{
	struct mql_change ch = { key, value };
	struct mql_plan p;
	char *cause = NULL;
	enum mql_plan_kind kind;

	fx->now += 60;
	if (store_mql_propose(fx->st, &ch, 1, NULL, meeting, fx->now, &p,
	    &cause) != 0)
		fail_msg("store_mql_propose: %s", cause);
	kind = p.kind;
	mql_plan_fini(&p);
	return kind;
}

/* Agree at fx->now, a minute on; the result, and *in_force. */
static int
agree(struct testdb *fx, int number, enum side side, const char *by,
    int *in_force, char **cause)
{
	fx->now += 60;
	return store_mql_agree(fx->st, number, side, by, fx->now, in_force,
	    cause);
}

/* The history as stored, or fail. */
static void
stored(struct testdb *fx, struct mql_history *h)
{
	char *cause = NULL;

	if (store_mql_history(fx->st, h, &cause) != 0)
		fail_msg("store_mql_history: %s", cause);
}

/* A meeting's agenda criteria are version 1, in force, once only. */
static void
test_store_seed(void **state)
{
	struct testdb *fx = *state;
	struct mql_history h;
	char *cause = NULL;
	long first;

	first = testdb_start(fx, agenda_text, NULL);
	stored(fx, &h);
	assert_int_equal(h.n, 1);
	assert_int_equal(h.v[0].number, 1);
	assert_int_equal(h.v[0].origin, MQL_AGENDA);
	assert_int_equal(h.v[0].meeting_id, first);
	assert_true(mql_agreed(&h.v[0]));
	assert_null(h.v[0].sales.by);
	assert_int_equal(h.v[0].proposed_at, fx->now);
	assert_criteria(&h.v[0].criteria,
	    "industry=SaaS, fintech;budget=>= $20k/year");
	mql_history_fini(&h);
	/* The next meeting's agenda does not make another. */
	assert_int_equal(store_meeting_end(fx->st, first, fx->now + 60,
	    &cause), 0);
	fx->now += 3600;
	testdb_start(fx, agenda_text, NULL);
	stored(fx, &h);
	assert_int_equal(h.n, 1);
	mql_history_fini(&h);
}

/* An agenda without criteria makes no version. */
static void
test_store_no_seed(void **state)
{
	struct testdb *fx = *state;
	struct mql_history h;

	testdb_start(fx, "title: T\nitems:\n  - kind: definition\n"
	    "    title: Q4\n    minutes: 5\n", NULL);
	stored(fx, &h);
	assert_int_equal(h.n, 0);
	mql_history_fini(&h);
}

/* Propose, amend, agree: each side's agreement kept with who gave it. */
static void
test_store_agree(void **state)
{
	struct testdb *fx = *state;
	struct mql_history h;
	char *cause = NULL;
	long meeting = testdb_start(fx, agenda_text, NULL);
	int in_force;

	assert_int_equal(propose(fx, "budget", ">= $30k/year", meeting),
	    MQL_PLAN_NEW);
	assert_int_equal(agree(fx, 2, SIDE_SALES, "Dana Reyes", &in_force,
	    &cause), 0);
	assert_int_equal(in_force, 0);
	/* Amended: sales agreed to something else; that agreement goes. */
	assert_int_equal(propose(fx, "region", "EMEA", meeting),
	    MQL_PLAN_AMEND);
	stored(fx, &h);
	assert_int_equal(h.n, 2);
	assert_int_equal(h.v[1].sales.at, 0);
	assert_null(h.v[1].sales.by);
	assert_criteria(&h.v[1].criteria,
	    "industry=SaaS, fintech;budget=>= $30k/year;region=EMEA");
	mql_history_fini(&h);
	assert_int_equal(agree(fx, 2, SIDE_MARKETING, "priya natarajan",
	    &in_force, &cause), 0);
	assert_int_equal(in_force, 0);
	/* Twice: refused as bad data. */
	assert_int_equal(agree(fx, 2, SIDE_MARKETING, NULL, &in_force,
	    &cause), -1);
	assert_int_equal(store_error_code(fx->st), EX_DATAERR);
	assert_non_null(strstr(cause, "marketing agreed to version 2 "
	    "already"));
	/* Someone of the other side: refused, nothing recorded. */
	assert_int_equal(agree(fx, 2, SIDE_SALES, "Priya Natarajan",
	    &in_force, &cause), -1);
	assert_int_equal(store_error_code(fx->st), EX_DATAERR);
	assert_non_null(strstr(cause, "Priya Natarajan is on the marketing "
	    "side"));
	/* A new name joins the side it agrees for. */
	assert_int_equal(agree(fx, 2, SIDE_SALES, "Kim Lee", &in_force,
	    &cause), 0);
	assert_int_equal(in_force, 1);
	free(cause);
	stored(fx, &h);
	assert_int_equal(mql_in_force(&h)->number, 2);
	assert_null(mql_proposal(&h));
	assert_string_equal(h.v[1].sales.by, "Kim Lee");
	/* The name as the roster spells it, not as typed. */
	assert_string_equal(h.v[1].marketing.by, "Priya Natarajan");
	assert_int_equal(h.v[1].sales.at, fx->now);
	assert_int_equal(h.v[1].marketing.at, fx->now - 180);
	assert_int_equal(h.v[1].meeting_id, meeting);
	mql_history_fini(&h);
}

/* A proposal made in a meeting counts as a capture of its Q4. */
static void
test_store_covered(void **state)
{
	struct testdb *fx = *state;
	struct meeting *m;
	char *cause = NULL;
	long id = testdb_start(fx, agenda_text, NULL);

	assert_int_equal(store_meeting_load(fx->st, id, &m, &cause), 0);
	assert_int_equal(m->items[0].captures, 0);
	meeting_free(m);
	propose(fx, "budget", "any", id);
	propose(fx, "region", "EMEA", 0);   /* amends: still one version */
	assert_int_equal(store_meeting_load(fx->st, id, &m, &cause), 0);
	assert_int_equal(m->items[0].captures, 1);
	assert_int_equal(m->items[1].captures, 0);
	meeting_free(m);
}

/* Unknown versions, older ones, and a proposal changed back. */
static void
test_store_refusals(void **state)
{
	struct testdb *fx = *state;
	struct mql_history h;
	struct mql_change ch = { "nothing", NULL };
	struct mql_plan p;
	char *cause = NULL;
	int in_force;

	testdb_start(fx, agenda_text, NULL);
	assert_int_equal(agree(fx, 7, SIDE_SALES, NULL, &in_force, &cause),
	    -1);
	assert_int_equal(store_error_code(fx->st), EX_NOINPUT);
	assert_int_equal(store_mql_propose(fx->st, &ch, 1, NULL, 0, fx->now,
	    &p, &cause), -1);
	assert_int_equal(store_error_code(fx->st), EX_NOINPUT);
	assert_int_equal(propose(fx, "industry", "SaaS", 0), MQL_PLAN_NEW);
	assert_int_equal(agree(fx, 2, SIDE_SALES, NULL, &in_force, &cause),
	    0);
	assert_int_equal(agree(fx, 2, SIDE_MARKETING, NULL, &in_force,
	    &cause), 0);
	assert_int_equal(in_force, 1);
	/* Version 1 was replaced: too late to agree to it. */
	assert_int_equal(agree(fx, 1, SIDE_SALES, NULL, &in_force, &cause),
	    -1);
	assert_int_equal(store_error_code(fx->st), EX_DATAERR);
	assert_non_null(strstr(cause, "older than version 2"));
	/* Proposed, then changed back: withdrawn, the number free again. */
	assert_int_equal(propose(fx, "budget", "any", 0), MQL_PLAN_NEW);
	assert_int_equal(propose(fx, "budget", ">= $20k/year", 0),
	    MQL_PLAN_WITHDRAW);
	stored(fx, &h);
	assert_int_equal(h.n, 2);
	assert_null(mql_proposal(&h));
	mql_history_fini(&h);
	assert_int_equal(propose(fx, "titles", "VP", 0), MQL_PLAN_NEW);
	stored(fx, &h);
	assert_int_equal(mql_proposal(&h)->number, 3);
	assert_int_equal(mql_proposal(&h)->meeting_id, 0);
	mql_history_fini(&h);
	free(cause);
}

/* A meeting begun before versions were kept: its criteria seed the first. */
static void
test_store_propose_seed(void **state)
{
	struct testdb *fx = *state;
	struct mql_change ch = { "budget", "any" };
	struct agenda *a = agenda_ok(agenda_text);
	struct mql_history h;
	struct mql_plan p;
	char *cause = NULL;

	assert_int_equal(store_mql_propose(fx->st, &ch, 1, &a->items[0], 0,
	    fx->now, &p, &cause), 0);
	assert_int_equal(p.kind, MQL_PLAN_NEW);
	assert_int_equal(p.number, 2);
	mql_plan_fini(&p);
	stored(fx, &h);
	assert_int_equal(h.n, 2);
	assert_int_equal(h.v[0].origin, MQL_AGENDA);
	assert_criteria(&h.v[1].criteria, "industry=SaaS, fintech;budget=any");
	mql_history_fini(&h);
	agenda_free(a);
}

/* A database of the first release migrates to keep who agreed. */
static void
test_store_migrated(void **state)
{
	struct testdb *fx = *state;
	struct store *old;
	struct mql_history h;
	char *src = src_path("tests/fixtures/schema-1.db"), *cmd, *cause = NULL;
	int in_force;

	store_close(fx->st);
	fx->st = NULL;
	cmd = xasprintf("cp '%s' '%s'", src, fx->tmp.path);
	assert_int_equal(system(cmd), 0);
	old = open_ok(fx->tmp.path);
	fx->st = old;
	assert_int_equal(propose(fx, "industry", "SaaS", 0), MQL_PLAN_NEW);
	stored(fx, &h);
	assert_int_equal(h.n >= 1, 1);
	assert_int_equal(mql_proposal(&h)->origin, MQL_PROPOSED);
	assert_int_equal(agree(fx, mql_proposal(&h)->number, SIDE_SALES,
	    "Dana Reyes", &in_force, &cause), 0);
	mql_history_fini(&h);
	stored(fx, &h);
	assert_string_equal(h.v[h.n - 1].sales.by, "Dana Reyes");
	mql_history_fini(&h);
	free(cmd);
	free(src);
}

/*
 * A past meeting's view shows the definition as it ended, not as later
 * meetings changed it; and what it changed from the version before.
 */
static void
test_view_as_of(void **state)
{
	struct testdb *fx = *state;
	struct meeting_view v;
	const struct mql_view *mv;
	char *cause = NULL;
	long first, second;
	int in_force;

	first = testdb_start(fx, agenda_text, NULL);
	propose(fx, "budget", ">= $30k/year", first);
	agree(fx, 2, SIDE_SALES, "Dana Reyes", &in_force, &cause);
	agree(fx, 2, SIDE_MARKETING, "Priya Natarajan", &in_force, &cause);
	propose(fx, "region", "EMEA", first);
	agree(fx, 3, SIDE_SALES, "Sam Ortiz", &in_force, &cause);
	fx->now += 60;
	assert_int_equal(store_meeting_end(fx->st, first, fx->now, &cause), 0);
	/* The next meeting: marketing agrees to 3, and proposes 4. */
	fx->now += 3600;
	second = testdb_start(fx, agenda_text, NULL);
	agree(fx, 3, SIDE_MARKETING, "Priya Natarajan", &in_force, &cause);
	propose(fx, "industry", NULL, second);

	assert_int_equal(view_load(fx->st, first, VIEW_MINUTES, &v, &cause), 0);
	mv = v.kind_data[KIND_DEFINITION];
	assert_non_null(mv);
	assert_int_equal(mv->in_force->number, 2);
	assert_int_equal(mv->before->number, 1);
	assert_int_equal(mv->proposal->number, 3);
	assert_true(mv->proposal->sales.at != 0);
	assert_int_equal(mv->proposal->marketing.at, 0);
	assert_int_equal(mv->history.n, 3);
	assert_non_null(mv->item);
	view_fini(&v);

	assert_int_equal(view_load(fx->st, second, VIEW_ROOM, &v, &cause), 0);
	mv = v.kind_data[KIND_DEFINITION];
	assert_int_equal(mv->in_force->number, 3);
	assert_int_equal(mv->before->number, 2);
	assert_int_equal(mv->proposal->number, 4);
	view_fini(&v);
	free(cause);
}

/* A meeting without a definition item loads nothing of the kind. */
static void
test_view_no_item(void **state)
{
	struct testdb *fx = *state;
	struct meeting_view v;
	char *cause = NULL;
	long id;

	id = testdb_start(fx, "title: T\nitems:\n  - kind: topic\n"
	    "    title: X\n    minutes: 5\n", NULL);
	assert_int_equal(view_load(fx->st, id, VIEW_MINUTES, &v, &cause), 0);
	assert_null(v.kind_data[KIND_DEFINITION]);
	view_fini(&v);
}

/* A meeting that changes the definition, with hostile text in it. */
static long
changing_meeting(struct testdb *fx)
{
	char *cause = NULL;
	long id = testdb_start(fx, agenda_text, NULL);
	int in_force;

	propose(fx, "budget", "<b>big</b> | *huge*", id);
	propose(fx, "industry", NULL, id);
	agree(fx, 2, SIDE_SALES, "Dana Reyes", &in_force, &cause);
	agree(fx, 2, SIDE_MARKETING, "Priya Natarajan", &in_force, &cause);
	propose(fx, "region", "EMEA\\APAC", id);
	agree(fx, 3, SIDE_MARKETING, "Priya Natarajan", &in_force, &cause);
	fx->now += 60;
	assert_int_equal(store_meeting_end(fx->st, id, fx->now, &cause), 0);
	return id;
}

/* Markdown: in force with who agreed, what changed, the open proposal. */
static void
test_minutes_md(void **state)
{
	struct testdb *fx = *state;
	char *md = minutes_ok(fx->st, changing_meeting(fx), VIEW_MINUTES, "md");

	assert_non_null(strstr(md, "### MQL definition in force\n\nVersion 2: "
	    "sales (Dana Reyes) agreed on 2026-11-22, marketing (Priya "
	    "Natarajan) agreed on 2026-11-22.\n"));
	assert_non_null(strstr(md, "| Criterion | Value |\n"));
	/* The hostile value stays one cell, shown as typed. */
	assert_non_null(strstr(md, "| budget | \\<b\\>big\\</b\\> \\| "
	    "\\*huge\\* |\n"));
	assert_non_null(strstr(md, "### Changed in this meeting: version 1 "
	    "\xe2\x86\x92 version 2\n\n* removed **industry**: was SaaS, "
	    "fintech\n* changed **budget**: \\>= $20k/year \xe2\x86\x92 "
	    "\\<b\\>big\\</b\\> \\| \\*huge\\*\n"));
	assert_non_null(strstr(md, "### Proposed, not in force: version 3\n\n"
	    "Sales has not agreed yet; marketing (Priya Natarajan) agreed on "
	    "2026-11-22.\n\n* added **region**: EMEA\\\\APAC\n"));
	free(md);
}

/* HTML: the same, every text escaped. */
static void
test_minutes_html(void **state)
{
	struct testdb *fx = *state;
	char *html = minutes_ok(fx->st, changing_meeting(fx), VIEW_MINUTES,
	    "html");

	assert_non_null(strstr(html, "<h3>MQL definition in force</h3>"));
	assert_null(strstr(html, "<b>big"));
	assert_non_null(strstr(html, "&lt;b&gt;big&lt;/b&gt; | *huge*"));
	assert_non_null(strstr(html, "<h3>Changed in this meeting: version 1 "
	    "\xe2\x86\x92 version 2</h3>"));
	assert_non_null(strstr(html, "<h3>Proposed, not in force: version "
	    "3</h3>"));
	assert_non_null(strstr(html, "<span class=\"tag\">added</span> "
	    "<strong><bdi>region</bdi></strong>"));
	free(html);
}

/* JSON: "mql" as the schema says, valid whatever the text. */
static void
test_minutes_json(void **state)
{
	struct testdb *fx = *state;
	char *json = minutes_ok(fx->st, changing_meeting(fx), VIEW_MINUTES,
	    "json");

	assert_true(jp_valid(json));
	assert_non_null(strstr(json, "\"mql\": {"));
	assert_non_null(strstr(json, "\"version\": 2,\n"));
	assert_non_null(strstr(json, "\"origin\": \"proposed\""));
	assert_non_null(strstr(json, "\"sales\": {\"at\": \"2026-11-22T"));
	assert_non_null(strstr(json, "\"by\": \"Dana Reyes\""));
	assert_non_null(strstr(json, "\"changed_from\": 1"));
	assert_non_null(strstr(json, "{\"key\": \"industry\", \"change\": "
	    "\"removed\", \"old\": \"SaaS, fintech\", \"new\": null}"));
	assert_non_null(strstr(json, "\"proposal\": {"));
	assert_non_null(strstr(json, "{\"key\": \"region\", \"change\": "
	    "\"added\", \"old\": null, \"new\": \"EMEA\\\\APAC\"}"));
	free(json);
}

/* An agenda definition never changed: in force, nothing changed here. */
static void
test_minutes_unchanged(void **state)
{
	struct testdb *fx = *state;
	char *cause = NULL, *md, *json;
	long id = testdb_start(fx, agenda_text, NULL);

	assert_int_equal(store_meeting_end(fx->st, id, fx->now + 60, &cause),
	    0);
	md = minutes_ok(fx->st, id, VIEW_MINUTES, "md");
	json = minutes_ok(fx->st, id, VIEW_MINUTES, "json");
	assert_non_null(strstr(md, "Version 1, from the agenda's criteria "
	    "(2026-11-22)."));
	assert_null(strstr(md, "Changed in this meeting"));
	assert_null(strstr(md, "Proposed"));
	assert_non_null(strstr(json, "\"origin\": \"agenda\""));
	assert_non_null(strstr(json, "\"changed_from\": null,\n"));
	assert_non_null(strstr(json, "\"changes\": [],\n"));
	assert_non_null(strstr(json, "\"proposal\": null\n"));
	free(md);
	free(json);
}

/* The session: a change reloads the screen, u says it cannot undo it. */
static void
test_session(void **state)
{
	struct testdb *fx = *state;
	struct agenda *a;
	struct session *s = NULL;
	struct store *other;
	struct mql_plan p;
	char *cause = NULL, *what = NULL;
	int number, in_force;

	assert_int_equal(setenv("PARLEY_NOW", T0_ISO, 1), 0);
	assert_int_equal(clock_init(&cause), 0);
	a = agenda_ok(agenda_text);
	assert_int_equal(session_start(fx->st, a, agenda_text, "a.yaml", &s,
	    &cause), 0);
	assert_int_equal(session_mql_view(s)->in_force->number, 1);
	assert_int_equal(session_mql_agree(s, SIDE_SALES, "Dana Reyes",
	    &number, &in_force, &cause), -1);
	assert_non_null(strstr(cause, "no change to the MQL definition is "
	    "proposed"));
	assert_int_equal(session_add_entry(s, ENTRY_NOTE, "a note", &cause),
	    0);
	assert_int_equal(session_mql_change(s, "budget", "any", &p, &cause),
	    0);
	assert_int_equal(p.kind, MQL_PLAN_NEW);
	mql_plan_fini(&p);
	assert_int_equal(session_mql_view(s)->proposal->number, 2);
	assert_int_equal(session_mql_agree(s, SIDE_SALES, "Dana Reyes",
	    &number, &in_force, &cause), 0);
	assert_int_equal(number, 2);
	assert_int_equal(in_force, 0);
	assert_non_null(session_mql_view(s)->proposal->sales.by);
	/* u does not take back the note behind the agreement. */
	assert_int_equal(session_undo(s, &what, &cause), 0);
	assert_non_null(strstr(what, "cannot be undone"));
	free(what);
	/* Another Parley agrees: the session follows without a key. */
	other = open_ok(fx->tmp.path);
	assert_int_equal(store_mql_agree(other, 2, SIDE_MARKETING, NULL,
	    fx->now, &in_force, &cause), 0);
	store_close(other);
	assert_int_equal(session_follow(s, &cause), 1);
	assert_int_equal(session_mql_view(s)->in_force->number, 2);
	assert_null(session_mql_view(s)->proposal);
	assert_int_equal(session_follow(s, &cause), 0);
	session_free(s);
	agenda_free(a);
	free(cause);
	unsetenv("PARLEY_NOW");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_apply),
		cmocka_unit_test(test_parse_change),
		cmocka_unit_test(test_check_text),
		cmocka_unit_test(test_diff),
		cmocka_unit_test(test_in_force),
		cmocka_unit_test(test_plan),
		cmocka_unit_test(test_plan_several),
		cmocka_unit_test(test_check_agree),
		cmocka_unit_test_setup_teardown(test_store_seed, testdb_setup,
		    testdb_teardown),
		cmocka_unit_test_setup_teardown(test_store_no_seed,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_store_agree,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_store_refusals,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_store_covered,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_store_propose_seed,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_store_migrated,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_view_as_of,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_view_no_item,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_minutes_md,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_minutes_html,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_minutes_json,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_minutes_unchanged,
		    testdb_setup, testdb_teardown),
		cmocka_unit_test_setup_teardown(test_session, testdb_setup,
		    testdb_teardown),
	};

	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
