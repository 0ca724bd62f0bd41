/*
 * ui_kind_wrapup.c: the wrap-up on both screens: the meeting's rating and
 * its trend, today's actions and the commitments kept or escalated today
 * (those missing an owner or a due date called out), today's decisions,
 * and the items skipped or run over time; r records a rating.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kind.h"
#include "rating.h"
#include "spark.h"
#include "ui.h"
#include "util.h"

/* The rating and its trend in a line; then who gave what. */
static void
draw_rating(struct ui *ui, struct ui_body *b, const struct rating_view *r,
    int keys)
{
	char spark[SPARK_SIZE(RATING_HISTORY)], since[11], *who = NULL, *s;
	double today = rating_today(r), before = rating_previous(r, since);
	size_t i;

	if (r == NULL)
		return;
	rating_spark(r, spark, sizeof spark);
	if (today < 0)
		ui_body_line(ui, b, STYLE_ACCENT, 0, "The meeting's rating: "
		    "nobody has rated it yet%s", keys ? " (r: each attendee, "
		    "1 to 10)" : "");
	else
		ui_body_line(ui, b, STYLE_ACCENT, 0, "The meeting's rating: "
		    "%.1f from %zu of %zu%s%s%s", today, rating_count(r), r->n,
		    keys ? " (r rates)" : "", r->nhistory > 1 ? " \xc2\xb7 " :
		    "", r->nhistory > 1 ? spark : "");
	if (today >= 0 && before >= 0)
		ui_body_line(ui, b, STYLE_NORMAL, 2, "Last rated meeting, %s: "
		    "%.1f; %s", since, before, today > before + 0.05 ?
		    "up \xe2\x86\x91" : today < before - 0.05 ?
		    "down \xe2\x86\x93" : "the same");
	for (i = 0; i < r->n; i++) {
		char value[16];

		if (r->v[i].value > 0)
			snprintf(value, sizeof value, "%d", r->v[i].value);
		else
			snprintf(value, sizeof value, "\xe2\x80\x93");
		s = xasprintf("%s%s%s %s", who != NULL ? who : "", who != NULL ?
		    " \xc2\xb7 " : "", r->v[i].name, value);
		free(who);
		who = s;
	}
	if (who != NULL)
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s", who);
	free(who);
}

/* 1 when the review kept or escalated the action today. */
static int
kept_today(const struct action *a)
{
	return a->review == REVIEW_KEPT || a->review == REVIEW_ESCALATED;
}

/* What an action lacks, "" for nothing. */
static const char *
lacks(const struct action *a)
{
	int owner = !util_blank(a->owner), due = a->due[0] != '\0';

	return owner && due ? "" : !owner && !due ? "no owner, no due date" :
	    !owner ? "no owner" : "no due date";
}

/*
 * Call out today's actions and today's kept or escalated commitments that
 * lack an owner or a due date, or say that none does; after a blank line
 * (gap) when it says anything.
 */
static void
draw_missing(struct ui *ui, struct ui_body *b, const struct meeting_view *v,
    int gap)
{
	char *line = NULL, *s;
	size_t i, k;

	for (k = 0; k < 2; k++) {
		const struct action_list *l = k == 0 ? &v->actions :
		    &v->reviewed;

		for (i = 0; i < l->n; i++) {
			if ((k == 1 && !kept_today(&l->v[i])) ||
			    l->v[i].status != ACTION_OPEN ||
			    *lacks(&l->v[i]) == '\0')
				continue;
			s = xasprintf("%s%s#%ld %s", line != NULL ? line : "",
			    line != NULL ? "; " : "", l->v[i].id,
			    lacks(&l->v[i]));
			free(line);
			line = s;
		}
	}
	if (gap && (line != NULL || v->actions.n > 0))
		ui_body_gap(b);
	if (line != NULL)
		ui_body_line(ui, b, STYLE_WARN, 0, "MISSING an owner or a due "
		    "date: %s", line);
	else if (v->actions.n > 0)
		ui_body_line(ui, b, STYLE_OK, 0, "Every action item has an "
		    "owner and a due date.");
	free(line);
}

/* The commitments from earlier meetings kept or escalated today. */
static void
kept_lines(const struct meeting_view *v, struct ui_lines *l,
    const char *today)
{
	size_t i, n = 0;

	for (i = 0; i < v->reviewed.n; i++)
		n += kept_today(&v->reviewed.v[i]);
	ui_lines_add(l, STYLE_ACCENT, 0, "Commitments kept or escalated today: "
	    "%zu", n);
	for (i = 0; i < v->reviewed.n; i++) {
		const struct action *a = &v->reviewed.v[i];

		if (!kept_today(a))
			continue;
		ui_lines_add(l, action_overdue(a, today) ? STYLE_WARN :
		    STYLE_NORMAL, 2, "#%ld  %s \xc2\xb7 %s \xc2\xb7 %s%s "
		    "\xc2\xb7 %s", a->id, a->title, a->owner != NULL ? a->owner :
		    "NO OWNER", a->due[0] != '\0' ? "due\xc2\xa0" :
		    "NO DUE DATE", a->due, a->review == REVIEW_KEPT ? "kept" :
		    "escalated");
	}
}

/* How many items were skipped or ran over time (the wrap-up aside). */
static size_t
count_missed(const struct meeting_view *v)
{
	size_t i, n = 0;

	for (i = 0; i < v->m->nitems; i++)
		n += (int)i != v->m->current &&
		    view_item_missed(v, i) != MISSED_NO;
	return n;
}

/* The items skipped or run over time (the wrap-up itself aside). */
static void
missed_lines(const struct meeting_view *v, struct ui_lines *l)
{
	enum view_missed missed;
	size_t i;

	for (i = 0; i < v->m->nitems; i++) {
		if ((int)i == v->m->current ||
		    (missed = view_item_missed(v, i)) == MISSED_NO)
			continue;
		if (l->n == 0)
			ui_lines_add(l, STYLE_ACCENT, 0, "Not covered, or out "
			    "of time: %zu", count_missed(v));
		ui_lines_add(l, STYLE_WARN, 2, "%zu/%zu %s: %s", i + 1,
		    v->m->nitems, kind_item_label(v->m->items[i].kind,
		    v->m->items[i].title), missed == MISSED_OVER_TIME ?
		    "ran over its timebox" : "not covered");
	}
}

/* Today's decisions. */
static void
decision_lines(const struct meeting_view *v, struct ui_lines *l)
{
	size_t i;

	for (i = 0; i < v->entries.n; i++) {
		if (v->entries.v[i].kind != ENTRY_DECISION)
			continue;
		if (l->n == 0)
			ui_lines_add(l, STYLE_ACCENT, 0, "Decisions today: %zu",
			    view_count_entries(v, ENTRY_DECISION));
		ui_lines_add(l, STYLE_OK, 2, "%s", v->entries.v[i].text);
	}
}

/* Draw a list whole or in rows rows, a gap above it (gap), and free it. */
static void
fit(struct ui *ui, struct ui_body *b, struct ui_lines *l, int rows, int gap)
{
	if (l->n > 0) {
		if (gap)
			ui_body_gap(b);
		ui_body_fit(ui, b, l, rows);
	}
	ui_lines_fini(l);
}

/* The meeting screen: everything, whole (it scrolls). */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct meeting_view *v = &ui->s->view;
	struct ui_lines kept = { 0 }, decisions = { 0 }, missed = { 0 };

	draw_rating(ui, b, v->kind_data[KIND_WRAPUP], 1);
	ui_body_gap(b);
	ui_part_actions(ui, b, "Action items from today", &v->actions, today);
	kept_lines(v, &kept, today);
	fit(ui, b, &kept, -1, 1);
	draw_missing(ui, b, v, 1);
	decision_lines(v, &decisions);
	fit(ui, b, &decisions, -1, 1);
	missed_lines(v, &missed);
	fit(ui, b, &missed, -1, 1);
}

/* Rows for a list in the room: never the "all of them" of -1. */
static int
room_rows(int rows)
{
	return rows > 0 ? rows : 0;
}

/*
 * The room: the rating, what is missing, the commitments kept today and
 * what was missed, pinned above today's actions and decisions (which the
 * room lists itself), tight: the kept first, each list "N more" when it
 * does not fit.
 */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	struct ui_lines kept = { 0 }, missed = { 0 };
	char today[11];
	int total = ui_part_room_rows(b, v) - 1, start = b->y;

	date_format(date_from_time(v->now), today);
	draw_rating(ui, b, v->kind_data[KIND_WRAPUP], 0);
	draw_missing(ui, b, v, 0);
	kept_lines(v, &kept, today);
	missed_lines(v, &missed);
	/* What was missed keeps a row for its heading. */
	if (kept.n > 1)
		fit(ui, b, &kept, room_rows(total - (b->y - start) -
		    (missed.n > 0)), 0);
	else
		ui_lines_fini(&kept);
	fit(ui, b, &missed, room_rows(total - (b->y - start)), 0);
	ui_body_gap(b);
}

/* r: who rates, and what they give. */
static void
rate(struct ui *ui)
{
	const struct rating_view *r = ui->s->view.kind_data[KIND_WRAPUP];
	char *name = NULL, *cause = NULL, *label = NULL;
	int value, before = 0, added = 0;
	size_t i;

	ui_say(ui, 0, "Tab completes the name.");
	if (ui_prompt(ui, "Who rates the meeting?", NULL, 0, &name) != 1 ||
	    util_blank(name)) {
		ui_say(ui, 0, "Nothing rated.");
		goto out;
	}
	for (i = 0; r != NULL && i < r->n; i++) {
		if (util_casecmp(r->v[i].name, name) == 0)
			before = r->v[i].value;
	}
	ui_say(ui, 0, "1 a waste of time, 10 the best we have had.");
	label = xasprintf("Rating by %s, 1-10:", name);
	if (!ui_prompt_number(ui, label, before, rating_parse, &value)) {
		ui_say(ui, 0, "Nothing rated.");
		goto out;
	}
	if (session_rate_meeting(ui->s, name, value, &added, &cause) != 0)
		ui_say(ui, 1, "Rating NOT saved: %s", cause);
	else
		ui_say(ui, 0, "Rating saved: %s %d%s.", name, value, added ?
		    " (not on the team: now an attendee)" : "");
out:
	free(label);
	free(name);
	free(cause);
}

/* The item's keys. */
static void
key(struct ui *ui, enum ui_cmd cmd)
{
	if (cmd == CMD_RATE)
		rate(ui);
}

void
ui_wrapup_summary(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v)
{
	int before = b->total;

	draw_rating(ui, b, v->kind_data[KIND_WRAPUP], 0);
	draw_missing(ui, b, v, 0);
	if (b->total > before)
		ui_body_gap(b);
}

const struct ui_kind ui_kind_wrapup = {
	draw, NULL, room_pinned, &ui_keys_wrapup, key
};
