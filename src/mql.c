/* mql.c: the MQL definition's versions, proposals, agreement and diff. */
#include "mql.h"

#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "util.h"

/* Free the criteria. */
void
mql_criteria_fini(struct mql_criteria *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->v[i].key);
		free(c->v[i].value);
	}
	free(c->v);
	c->v = NULL;
	c->n = 0;
}

/* Append a copy of one criterion. */
void
mql_criteria_add(struct mql_criteria *c, const char *key, const char *value)
{
	c->v = xreallocarray(c->v, c->n + 1, sizeof *c->v);
	c->v[c->n].key = xstrdup(key);
	c->v[c->n++].value = xstrdup(value);
}

/* Copy criteria. */
void
mql_criteria_copy(struct mql_criteria *dst, const struct mql_criteria *src)
{
	size_t i;

	memset(dst, 0, sizeof *dst);
	for (i = 0; i < src->n; i++)
		mql_criteria_add(dst, src->v[i].key, src->v[i].value);
}

/* Find a criterion by name, case aside. */
const struct mql_criterion *
mql_criteria_find(const struct mql_criteria *c, const char *key)
{
	size_t i;

	for (i = 0; key != NULL && i < c->n; i++) {
		if (util_casecmp(c->v[i].key, key) == 0)
			return &c->v[i];
	}
	return NULL;
}

/* Same criteria, same values? */
int
mql_criteria_equal(const struct mql_criteria *a, const struct mql_criteria *b)
{
	const struct mql_criterion *other;
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++) {
		other = mql_criteria_find(b, a->v[i].key);
		if (other == NULL || strcmp(other->value, a->v[i].value) != 0)
			return 0;
	}
	return 1;
}

/* Change, add or remove one criterion. */
int
mql_criteria_apply(struct mql_criteria *c, const struct mql_change *ch,
    char **cause)
{
	struct mql_criterion *found;
	size_t i;

	found = (struct mql_criterion *)mql_criteria_find(c, ch->key);
	if (util_blank(ch->value)) {
		if (found == NULL)
			return util_fail(cause, "there is no criterion '%s' to "
			    "remove", ch->key);
		i = (size_t)(found - c->v);
		free(found->key);
		free(found->value);
		memmove(found, found + 1, (c->n - i - 1) * sizeof *found);
		c->n--;
		return 1;
	}
	if (found == NULL) {
		mql_criteria_add(c, ch->key, ch->value);
		return 1;
	}
	if (strcmp(found->value, ch->value) == 0)
		return 0;
	free(found->value);
	found->value = xstrdup(ch->value);
	return 1;
}

/* Check a criterion's name or value. */
int
mql_check_text(const char *what, const char *s, char **cause)
{
	unsigned int cp;

	if (util_blank(s))
		return util_fail(cause, "a criterion's %s cannot be empty", what);
	if (utf8_check_text(s, strlen(s), 0, &cp, NULL) != 0)
		return util_fail(cause, "a criterion's %s %s (U+%04X): one "
		    "line of text, please", what, cp == 0xfffd ?
		    "is not UTF-8" : "holds a control character", cp);
	if (strcmp(what, "name") == 0 && strchr(s, '=') != NULL)
		return util_fail(cause, "a criterion's name cannot hold '=' "
		    "('%s')", s);
	return 0;
}

/* Split KEY=VALUE. */
int
mql_parse_change(const char *arg, char **key, char **value, char **cause)
{
	const char *eq = strchr(arg, '=');

	*key = *value = NULL;
	if (eq == NULL)
		return util_fail(cause, "'%s' is not KEY=VALUE (KEY= with no "
		    "value removes a criterion)", arg);
	*key = util_trim(xstrndup(arg, (size_t)(eq - arg)));
	if (**key == '\0') {
		free(*key);
		*key = NULL;
		return util_fail(cause, "'%s' names no criterion before its "
		    "'='", arg);
	}
	*value = util_trim(xstrdup(eq + 1));
	return 0;
}

/* Free one version. */
void
mql_version_fini(struct mql_version *v)
{
	free(v->sales.by);
	free(v->marketing.by);
	mql_criteria_fini(&v->criteria);
	memset(v, 0, sizeof *v);
}

/* Free the history. */
void
mql_history_fini(struct mql_history *h)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		mql_version_fini(&h->v[i]);
	free(h->v);
	h->v = NULL;
	h->n = 0;
}

/* One side's agreement. */
const struct mql_agreement *
mql_agreement(const struct mql_version *v, enum side side)
{
	switch (side) {
	case SIDE_SALES:
		return &v->sales;
	case SIDE_MARKETING:
		return &v->marketing;
	default:
		return NULL;
	}
}

/* Have both sides agreed? */
int
mql_agreed(const struct mql_version *v)
{
	return v->sales.at != 0 && v->marketing.at != 0;
}

/* When the version was last agreed. */
time_t
mql_agreed_at(const struct mql_version *v)
{
	if (!mql_agreed(v))
		return 0;
	return v->sales.at > v->marketing.at ? v->sales.at : v->marketing.at;
}

/* A version by number. */
const struct mql_version *
mql_find(const struct mql_history *h, int number)
{
	size_t i;

	for (i = 0; i < h->n; i++) {
		if (h->v[i].number == number)
			return &h->v[i];
	}
	return NULL;
}

/* The newest version both sides agreed to. */
const struct mql_version *
mql_in_force(const struct mql_history *h)
{
	size_t i;

	for (i = h->n; i > 0; i--) {
		if (mql_agreed(&h->v[i - 1]))
			return &h->v[i - 1];
	}
	return NULL;
}

/* The newest version both sides had agreed to before t. */
const struct mql_version *
mql_in_force_before(const struct mql_history *h, time_t t)
{
	const struct mql_version *v;
	size_t i;

	for (i = h->n; i > 0; i--) {
		v = &h->v[i - 1];
		if (mql_agreed(v) && (mql_agreed_at(v) < t ||
		    v->origin == MQL_AGENDA))
			return v;
	}
	return NULL;
}

/* The newest version still waiting for agreement, past the one in force. */
const struct mql_version *
mql_proposal(const struct mql_history *h)
{
	const struct mql_version *force = mql_in_force(h);
	const struct mql_version *last;

	if (h->n == 0)
		return NULL;
	last = &h->v[h->n - 1];
	if (mql_agreed(last) || (force != NULL && last->number <= force->number))
		return NULL;
	return last;
}

/* Forget an agreement given after t. */
static void
unagree_after(struct mql_agreement *a, time_t t)
{
	if (a->at > t) {
		a->at = 0;
		free(a->by);
		a->by = NULL;
	}
}

/* The history as it stood at t. */
void
mql_history_as_of(struct mql_history *h, time_t t)
{
	size_t i, n = 0;

	for (i = 0; i < h->n; i++) {
		if (h->v[i].proposed_at > t) {
			mql_version_fini(&h->v[i]);
			continue;
		}
		unagree_after(&h->v[i].sales, t);
		unagree_after(&h->v[i].marketing, t);
		h->v[n++] = h->v[i];
	}
	h->n = n;
}

/* Free a plan. */
void
mql_plan_fini(struct mql_plan *p)
{
	mql_criteria_fini(&p->criteria);
}

/* Check the names and values of n changes: 0 or 65 with *cause. */
static int
check_changes(const struct mql_change *ch, size_t n, char **cause)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (mql_check_text("name", ch[i].key, cause) != 0 ||
		    (!util_blank(ch[i].value) &&
		    mql_check_text("value", ch[i].value, cause) != 0))
			return EX_DATAERR;
	}
	return 0;
}

/* Decide what changes do to the history. */
int
mql_plan(const struct mql_history *h, const struct mql_change *ch,
    size_t n, struct mql_plan *out, char **cause)
{
	const struct mql_version *force = mql_in_force(h);
	const struct mql_version *open = mql_proposal(h);
	const struct mql_version *base = open != NULL ? open : force;
	static const struct mql_criteria none;
	size_t i;
	int code;

	memset(out, 0, sizeof *out);
	if ((code = check_changes(ch, n, cause)) != 0)
		return code;
	mql_criteria_copy(&out->criteria, base != NULL ? &base->criteria :
	    &none);
	for (i = 0; i < n; i++) {
		if (mql_criteria_apply(&out->criteria, &ch[i], cause) < 0) {
			mql_plan_fini(out);
			return EX_NOINPUT;
		}
	}
	out->number = base != NULL ? base->number : 0;
	/* Added then removed is no change: compare the outcome, not steps. */
	if (mql_criteria_equal(&out->criteria, base != NULL ?
	    &base->criteria : &none)) {
		mql_criteria_fini(&out->criteria);
		return 0;
	}
	if (out->criteria.n == 0) {
		mql_plan_fini(out);
		util_fail(cause, "the definition would have no criterion left: "
		    "change one instead, or add another first");
		return EX_DATAERR;
	}
	if (open == NULL) {
		out->kind = MQL_PLAN_NEW;
		out->number = h->n > 0 ? h->v[h->n - 1].number + 1 : 1;
	} else if (force != NULL &&
	    mql_criteria_equal(&out->criteria, &force->criteria)) {
		out->kind = MQL_PLAN_WITHDRAW;
		mql_criteria_fini(&out->criteria);
	} else {
		out->kind = MQL_PLAN_AMEND;
		out->withdrawn_sales = open->sales.at != 0;
		out->withdrawn_marketing = open->marketing.at != 0;
	}
	return 0;
}

/* May side agree to version number? */
int
mql_check_agree(const struct mql_history *h, int number, enum side side,
    char **cause)
{
	const struct mql_version *v = mql_find(h, number);
	const struct mql_version *force = mql_in_force(h);
	const struct mql_agreement *a;
	const char *name = agenda_side_name(side);
	char day[20];

	if (v == NULL) {
		util_fail(cause, "there is no version %d of the MQL definition%s",
		    number, h->n == 0 ? " yet" : " ('parley mql history' lists "
		    "them)");
		return EX_NOINPUT;
	}
	if (force != NULL && v->number < force->number) {
		clock_iso(mql_agreed_at(force), day);
		day[10] = '\0';
		util_fail(cause, "version %d is older than version %d, in force "
		    "since %s: it can no longer be agreed to; propose its "
		    "criteria again to go back to it", number, force->number,
		    day);
		return EX_DATAERR;
	}
	a = mql_agreement(v, side);
	if (a->at != 0) {
		clock_iso(a->at, day);
		day[10] = '\0';
		util_fail(cause, "%s agreed to version %d already, on %s%s%s%s%s",
		    name, number, day, a->by != NULL ? " (" : "",
		    a->by != NULL ? a->by : "", a->by != NULL ? ")" : "",
		    v == force ? ": it is in force" : "");
		return EX_DATAERR;
	}
	return 0;
}

/* The differences between two lists of criteria. */
void
mql_diff(const struct mql_criteria *old, const struct mql_criteria *new,
    struct mql_diff *out)
{
	const struct mql_criterion *c;
	struct mql_diff_line *l;
	size_t i;

	memset(out, 0, sizeof *out);
	out->v = xreallocarray(NULL, old->n + new->n + 1, sizeof *out->v);
	for (i = 0; i < old->n; i++) {
		c = mql_criteria_find(new, old->v[i].key);
		if (c != NULL && strcmp(c->value, old->v[i].value) == 0)
			continue;
		l = &out->v[out->n++];
		l->kind = c == NULL ? MQL_REMOVED : MQL_CHANGED;
		l->key = c != NULL ? c->key : old->v[i].key;
		l->old_value = old->v[i].value;
		l->new_value = c != NULL ? c->value : NULL;
	}
	for (i = 0; i < new->n; i++) {
		if (mql_criteria_find(old, new->v[i].key) != NULL)
			continue;
		l = &out->v[out->n++];
		l->kind = MQL_ADDED;
		l->key = new->v[i].key;
		l->old_value = NULL;
		l->new_value = new->v[i].value;
	}
}

/* Free a diff. */
void
mql_diff_fini(struct mql_diff *d)
{
	free(d->v);
	d->v = NULL;
	d->n = 0;
}

/* The name of a kind of difference. */
const char *
mql_diff_kind_name(enum mql_diff_kind kind)
{
	switch (kind) {
	case MQL_ADDED:
		return "added";
	case MQL_REMOVED:
		return "removed";
	default:
		return "changed";
	}
}

/* Free a view's definition. */
void
mql_view_free(void *data)
{
	struct mql_view *mv = data;

	if (mv == NULL)
		return;
	mql_history_fini(&mv->history);
	free(mv);
}
