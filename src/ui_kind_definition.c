/*
 * ui_kind_definition.c: Q4, the MQL definition, on both screens: the
 * version in force with its criteria and who agreed, the open proposal
 * with what it changes and which side has agreed; and on the meeting
 * screen the keys that change a criterion and agree for a side.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "session_mql.h"
#include "ui.h"
#include "util.h"

/* A key column wider than this would push the values off narrow screens. */
#define KEY_COLUMN_MAX 24

/* How much of the definition to draw: all, or what the room has room for. */
struct shown {
	size_t criteria;     /* criteria of the version in force */
	size_t changes;      /* lines of the proposal's changes */
	int keys;            /* the line of keys (meeting screen only) */
};

/* A time as its day, "2026-11-23". */
static void
day_of(time_t t, char buf[11])
{
	date_format(date_from_time(t), buf);
}

/* s, then spaces up to width columns (at least two after it). Caller frees. */
static char *
padded(const char *s, int width)
{
	int pad = width - utf8_width(s);

	return xasprintf("%s%*s", s, pad > 2 ? pad : 2, "");
}

/* The widest criterion name of c, capped. */
static int
key_column(const struct mql_criteria *c)
{
	int w = 0, kw;
	size_t i;

	for (i = 0; i < c->n; i++) {
		kw = utf8_width(c->v[i].key);
		w = kw > w ? kw : w;
	}
	return (w > KEY_COLUMN_MAX ? KEY_COLUMN_MAX : w) + 2;
}

/* One side's agreement: "sales (Dana Reyes)", or "sales" unnamed. */
static char *
side_phrase(const struct mql_version *v, enum side side)
{
	const struct mql_agreement *a = mql_agreement(v, side);

	if (a->by == NULL)
		return xstrdup(agenda_side_name(side));
	return xasprintf("%s (%s)", agenda_side_name(side), a->by);
}

/* The version in force: its heading, who agreed, its criteria. */
static void
draw_in_force(struct ui *ui, struct ui_body *b, const struct mql_version *v,
    size_t max)
{
	char when[11], *sales, *marketing, *key;
	int col = key_column(&v->criteria);
	size_t i;

	day_of(mql_agreed_at(v), when);
	if (v->origin == MQL_AGENDA)
		ui_body_line(ui, b, STYLE_ACCENT, 0, "MQL definition in force: "
		    "version %d, from the agenda (%s)", v->number, when);
	else {
		sales = side_phrase(v, SIDE_SALES);
		marketing = side_phrase(v, SIDE_MARKETING);
		ui_body_line(ui, b, STYLE_ACCENT, 0, "MQL definition in force: "
		    "version %d, agreed %s by %s and %s", v->number, when,
		    sales, marketing);
		free(sales);
		free(marketing);
	}
	for (i = 0; i < v->criteria.n && i < max; i++) {
		key = padded(v->criteria.v[i].key, col);
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s%s", key,
		    v->criteria.v[i].value);
		free(key);
	}
	if (i < v->criteria.n)
		ui_body_line(ui, b, STYLE_DIM, 2, "%zu more %s",
		    v->criteria.n - i, v->criteria.n - i == 1 ? "criterion" :
		    "criteria");
}

/* One side's state on a proposal: "sales agreed (Dana Reyes)". */
static char *
proposal_side(const struct mql_version *v, enum side side)
{
	const struct mql_agreement *a = mql_agreement(v, side);
	char when[11];

	if (a->at == 0)
		return xasprintf("%s: not yet", agenda_side_name(side));
	if (a->by != NULL)
		return xasprintf("%s agreed (%s)", agenda_side_name(side), a->by);
	day_of(a->at, when);
	return xasprintf("%s agreed (%s)", agenda_side_name(side), when);
}

/* The open proposal: which side agreed, then each change, old → new. */
static void
draw_proposal(struct ui *ui, struct ui_body *b, const struct mql_view *mv,
    size_t max)
{
	static const struct mql_criteria none;
	const struct mql_version *p = mv->proposal;
	struct mql_diff d;
	char *sales = proposal_side(p, SIDE_SALES);
	char *marketing = proposal_side(p, SIDE_MARKETING);
	const struct mql_diff_line *l;
	size_t i;

	ui_body_line(ui, b, STYLE_WARN, 0, "Proposed: version %d · %s · %s",
	    p->number, sales, marketing);
	free(sales);
	free(marketing);
	mql_diff(mv->in_force != NULL ? &mv->in_force->criteria : &none,
	    &p->criteria, &d);
	for (i = 0; i < d.n && i < max; i++) {
		l = &d.v[i];
		if (l->kind == MQL_CHANGED)
			ui_body_line(ui, b, STYLE_NORMAL, 2, "changed  %s: %s "
			    "→ %s", l->key, l->old_value, l->new_value);
		else
			ui_body_line(ui, b, STYLE_NORMAL, 2, "%-8s %s: %s",
			    mql_diff_kind_name(l->kind), l->key,
			    l->kind == MQL_ADDED ? l->new_value : l->old_value);
	}
	if (i < d.n)
		ui_body_line(ui, b, STYLE_DIM, 2, "%zu more change%s", d.n - i,
		    d.n - i == 1 ? "" : "s");
	mql_diff_fini(&d);
}

/* Before any version: the agenda's criteria, or that there are none. */
static void
draw_no_version(struct ui *ui, struct ui_body *b, const struct mql_view *mv,
    size_t max)
{
	const struct agenda_item *it = mv->item;
	size_t i;

	if (it == NULL || it->ncriteria == 0) {
		ui_body_line(ui, b, STYLE_DIM, 0, "No MQL definition yet: adding "
		    "a criterion proposes version 1.");
		return;
	}
	ui_body_line(ui, b, STYLE_ACCENT, 0, "MQL criteria in the agenda (no "
	    "version recorded yet)");
	for (i = 0; i < it->ncriteria && i < max; i++)
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s: %s",
		    it->criteria[i].key, it->criteria[i].value);
	if (i < it->ncriteria)
		ui_body_line(ui, b, STYLE_DIM, 2, "%zu more %s",
		    it->ncriteria - i, it->ncriteria - i == 1 ? "criterion" :
		    "criteria");
}

/* The definition, as much of it as shown says. */
static void
draw_definition(struct ui *ui, struct ui_body *b, const struct mql_view *mv,
    const struct shown *shown)
{
	if (mv == NULL)
		return;
	if (mv->in_force != NULL)
		draw_in_force(ui, b, mv->in_force, shown->criteria);
	else if (mv->proposal == NULL)
		draw_no_version(ui, b, mv, shown->criteria);
	if (mv->proposal != NULL) {
		ui_body_gap(b);
		draw_proposal(ui, b, mv, shown->changes);
	}
	if (shown->keys && mv->proposal != NULL)
		ui_body_line(ui, b, STYLE_DIM, 0, "C change or add · R remove "
		    "· S sales agrees · M marketing agrees");
	else if (shown->keys)
		ui_body_line(ui, b, STYLE_DIM, 0, "C change or add a criterion "
		    "· R remove one: proposes a new version");
}

/* The meeting screen: all of it, and the keys. */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	struct shown all = { SIZE_MAX, SIZE_MAX, 1 };

	(void)today;
	draw_definition(ui, b, session_mql_view(ui->s), &all);
}

/* Lines the definition takes in b's width when shown so. */
static int
measure(struct ui *ui, const struct ui_body *b, const struct mql_view *mv,
    const struct shown *shown)
{
	struct ui_body m = { 0 };

	m.width = b->width;
	m.bottom = INT_MAX;
	draw_definition(ui, &m, mv, shown);
	return m.total;
}

/* How many lines the open proposal's changes take. */
static size_t
count_changes(const struct mql_view *mv)
{
	static const struct mql_criteria none;
	struct mql_diff d;
	size_t n;

	if (mv->proposal == NULL)
		return 0;
	mql_diff(mv->in_force != NULL ? &mv->in_force->criteria : &none,
	    &mv->proposal->criteria, &d);
	n = d.n;
	mql_diff_fini(&d);
	return n;
}

/*
 * The room: the same without the keys, kept in sight above today's
 * actions. Nobody scrolls a projector: when it does not fit, the criteria
 * in force give way first ("N more criteria"), then the proposal's
 * changes, leaving a few rows for the rest.
 */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	const struct mql_view *mv = v->kind_data[KIND_DEFINITION];
	struct shown fit = { SIZE_MAX, SIZE_MAX, 0 };
	int rows = b->bottom - b->y - 3;

	if (mv == NULL)
		return;
	fit.criteria = mv->in_force != NULL ? mv->in_force->criteria.n :
	    mv->item != NULL ? mv->item->ncriteria : 0;
	fit.changes = count_changes(mv);
	while (measure(ui, b, mv, &fit) > rows && fit.criteria > 0)
		fit.criteria--;
	while (measure(ui, b, mv, &fit) > rows && fit.changes > 1)
		fit.changes--;
	draw_definition(ui, b, mv, &fit);
	ui_body_gap(b);
}

/* Ask for a criterion's name, Tab completing those there are. */
static int
ask_name(struct ui *ui, const char *label, const struct mql_criteria *c,
    char **name)
{
	const char **names = xreallocarray(NULL, c->n + 1, sizeof *names);
	char *cause = NULL;
	size_t i;
	int rc;

	for (i = 0; i < c->n; i++)
		names[i] = c->v[i].key;
	rc = ui_prompt_from(ui, label, NULL, 0, names, c->n, name);
	free(names);
	if (rc != 1 || **name == '\0') {
		ui_say(ui, 0, "Nothing changed.");
		rc = 0;
	} else if (mql_check_text("name", *name, &cause) != 0) {
		ui_say(ui, 1, "Nothing changed: %s.", cause);
		free(cause);
		rc = 0;
	}
	if (rc != 1) {
		free(*name);
		*name = NULL;
	}
	return rc;
}

/* What a change would apply to: the proposal, else the version in force. */
static void
current_criteria(const struct mql_view *mv, struct mql_criteria *out)
{
	const struct mql_version *v = mv->proposal != NULL ? mv->proposal :
	    mv->in_force;
	size_t i;

	memset(out, 0, sizeof *out);
	if (v != NULL) {
		mql_criteria_copy(out, &v->criteria);
		return;
	}
	for (i = 0; mv->item != NULL && i < mv->item->ncriteria; i++)
		mql_criteria_add(out, mv->item->criteria[i].key,
		    mv->item->criteria[i].value);
}

/* Whose agreement an amendment withdrew, as a sentence (or ""). */
static const char *
agree_again(const struct mql_plan *p)
{
	if (p->withdrawn_sales && p->withdrawn_marketing)
		return " Both sides must agree again.";
	if (p->withdrawn_sales)
		return " Sales must agree again.";
	if (p->withdrawn_marketing)
		return " Marketing must agree again.";
	return "";
}

/* Say what a change did. */
static void
say_changed(struct ui *ui, const struct mql_plan *p, const char *key)
{
	const struct mql_view *mv = session_mql_view(ui->s);
	int force = mv != NULL && mv->in_force != NULL ?
	    mv->in_force->number : 0;

	switch (p->kind) {
	case MQL_PLAN_NEW:
		ui_say(ui, 0, "Version %d proposed (%s): in force once sales "
		    "(S) and marketing (M) agree.", p->number, key);
		break;
	case MQL_PLAN_AMEND:
		ui_say(ui, 0, "Version %d amended (%s).%s", p->number, key,
		    agree_again(p));
		break;
	case MQL_PLAN_WITHDRAW:
		ui_say(ui, 0, "Version %d withdrawn: it no longer changes "
		    "version %d.", p->number, force);
		break;
	default:
		ui_say(ui, 0, "Nothing changed: version %d says so already.",
		    p->number);
	}
}

/* C: change a criterion's value, or add one. */
static void
change(struct ui *ui)
{
	const struct mql_view *mv = session_mql_view(ui->s);
	struct mql_criteria c;
	const struct mql_criterion *old;
	struct mql_plan plan;
	char *name = NULL, *value = NULL, *label, *cause = NULL;

	if (mv == NULL)
		return;
	current_criteria(mv, &c);
	ui_say(ui, 0, "Tab completes a criterion's name; a new name adds "
	    "one.");
	if (!ask_name(ui, "Change or add criterion:", &c, &name))
		goto out;
	old = mql_criteria_find(&c, name);
	label = old != NULL ? xasprintf("New value of %s:", old->key) :
	    xasprintf("Value of %s (a new criterion):", name);
	if (ui_prompt(ui, label, old != NULL ? old->value : NULL, old != NULL ?
	    PROMPT_SELECT : 0, &value) != 1)
		ui_say(ui, 0, "Nothing changed.");
	else if (*value == '\0')
		ui_say(ui, 0, "Nothing changed: a criterion needs a value (R "
		    "removes one).");
	else if (session_mql_change(ui->s, name, value, &plan, &cause) != 0) {
		ui_say(ui, 1, "NOT changed: %s", cause);
		free(cause);
	} else {
		say_changed(ui, &plan, old != NULL ? old->key : name);
		mql_plan_fini(&plan);
	}
	free(label);
out:
	free(name);
	free(value);
	mql_criteria_fini(&c);
}

/* R: remove a criterion. */
static void
remove_criterion(struct ui *ui)
{
	const struct mql_view *mv = session_mql_view(ui->s);
	struct mql_criteria c;
	struct mql_plan plan;
	char *name = NULL, *cause = NULL;

	if (mv == NULL)
		return;
	current_criteria(mv, &c);
	ui_say(ui, 0, "Tab completes a criterion's name.");
	if (ask_name(ui, "Remove criterion:", &c, &name)) {
		if (session_mql_change(ui->s, name, NULL, &plan, &cause) != 0) {
			ui_say(ui, 1, "NOT removed: %s", cause);
			free(cause);
		} else {
			say_changed(ui, &plan, name);
			mql_plan_fini(&plan);
		}
	}
	free(name);
	mql_criteria_fini(&c);
}

/*
 * The names for Tab when side agrees: its team (*team of them), or
 * everyone Parley knows when the agenda names nobody on that side (*team
 * 0). Caller frees the array.
 */
static const char **
side_names(const struct session *s, enum side side, size_t *n, size_t *team)
{
	const struct meeting_view *v = &s->view;
	const char **names = xreallocarray(NULL, v->nattendees + s->nroster + 1,
	    sizeof *names);
	size_t i;

	*n = 0;
	for (i = 0; i < v->nattendees; i++) {
		if (v->attendees[i].side == side)
			names[(*n)++] = v->attendees[i].name;
	}
	*team = *n;
	for (i = 0; *team == 0 && i < s->nroster; i++)
		names[(*n)++] = s->roster[i];
	return names;
}

/* Ask who agrees for side; 1 with *by, 0 when cancelled. */
static int
ask_who(struct ui *ui, enum side side, int number, char **by)
{
	size_t n, team;
	const char **names = side_names(ui->s, side, &n, &team);
	char *label = xasprintf("Version %d: agreed for %s by:", number,
	    agenda_side_name(side));
	int rc;

	ui_say(ui, 0, "Who agrees for %s? Tab completes the names of the %s "
	    "team.", agenda_side_name(side), team > 0 ? agenda_side_name(side) :
	    "whole");
	/* A side of one is offered, selected: Enter agrees, typing replaces. */
	while ((rc = ui_prompt_from(ui, label, team == 1 ? names[0] : NULL,
	    team == 1 ? PROMPT_SELECT : 0, names, n, by)) == 1 &&
	    **by == '\0') {
		free(*by);
		*by = NULL;
		ui_say(ui, 1, "A name, please: who agrees for %s? Esc cancels.",
		    agenda_side_name(side));
	}
	free(label);
	free(names);
	return rc;
}

/* S or M: a side agrees to the open proposal. */
static void
agree(struct ui *ui, enum side side)
{
	const struct mql_view *mv = session_mql_view(ui->s);
	char *by = NULL, *cause = NULL;
	int number, in_force;

	if (mv == NULL || mv->proposal == NULL) {
		ui_say(ui, 0, "Nothing to agree to: no change is proposed (C "
		    "changes a criterion).");
		return;
	}
	if (mql_agreement(mv->proposal, side)->at != 0) {
		ui_say(ui, 0, "%s agreed to version %d already.",
		    side == SIDE_SALES ? "Sales" : "Marketing",
		    mv->proposal->number);
		return;
	}
	if (!ask_who(ui, side, mv->proposal->number, &by)) {
		ui_say(ui, 0, "No agreement recorded.");
		return;
	}
	if (session_mql_agree(ui->s, side, by, &number, &in_force,
	    &cause) != 0) {
		ui_say(ui, 1, "Agreement NOT recorded: %s", cause);
		free(cause);
	} else if (in_force)
		ui_say(ui, 0, "Version %d is in force: both sides agreed.",
		    number);
	else
		ui_say(ui, 0, "%s agreed to version %d (%s); %s to agree.",
		    side == SIDE_SALES ? "Sales" : "Marketing", number, by,
		    agenda_side_name(agenda_side_other(side)));
	free(by);
}

/* Do one of the item's keys. */
static void
key(struct ui *ui, enum ui_cmd cmd)
{
	switch (cmd) {
	case CMD_MQL_CHANGE:
		change(ui);
		break;
	case CMD_MQL_REMOVE:
		remove_criterion(ui);
		break;
	case CMD_MQL_SALES:
		agree(ui, SIDE_SALES);
		break;
	case CMD_MQL_MARKETING:
		agree(ui, SIDE_MARKETING);
		break;
	default:
		break;
	}
}

const struct ui_kind ui_kind_definition = {
	draw, NULL, room_pinned, &ui_keys_definition, key
};
