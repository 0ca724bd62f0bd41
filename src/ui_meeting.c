/* ui_meeting.c: the meeting screen: the current item, its clock, its captures. */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"

/* Review: last meeting's parking lot, then open actions by owner. */
static void
draw_review(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct session *s = ui->s;
	const char *owner = NULL;
	size_t i;
	int top = b->y;

	if (s->parking.n > 0) {
		ui_body_line(ui, b, STYLE_ACCENT, 0, "Parking lot from last meeting");
		for (i = 0; i < s->parking.n; i++)
			ui_body_line(ui, b, STYLE_NORMAL, 2, "· %s",
			    s->parking.v[i].text);
	}
	ui_body_gap(b, top);
	ui_body_line(ui, b, STYLE_ACCENT, 0, "Open commitments from earlier "
	    "meetings: %zu (A: done, keep, drop, escalate)", s->earlier.n);
	if (s->earlier.n == 0)
		ui_body_line(ui, b, STYLE_DIM, 2, "None: a clean slate.");
	for (i = 0; i < s->earlier.n; i++) {
		const struct action *a = &s->earlier.v[i];
		const char *name = a->owner != NULL ? a->owner : "(no owner)";

		if (owner == NULL || strcmp(owner, name) != 0) {
			ui_body_line(ui, b, STYLE_TITLE, 0, "%s", name);
			owner = name;
		}
		ui_body_action(ui, b, a, today, 0);
	}
}

/* Wrap-up: today's actions with what they lack, and what was missed. */
static void
draw_wrapup(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct session *s = ui->s;
	const struct meeting *m = s->m;
	time_t now = clock_time();
	size_t i;
	int missed = 0;

	ui_body_line(ui, b, STYLE_ACCENT, 0, "Action items from today: %zu",
	    s->today.n);
	for (i = 0; i < s->today.n; i++)
		ui_body_action(ui, b, &s->today.v[i], today, 1);
	ui_body_gap(b, 0);
	for (i = 0; i < m->nitems; i++) {
		long spent = meeting_item_elapsed(m, i, now);

		if ((int)i == m->current || (spent > 0 &&
		    spent <= m->items[i].minutes * 60L))
			continue;
		if (!missed++)
			ui_body_line(ui, b, STYLE_ACCENT, 0, "Not covered, or "
			    "out of time");
		ui_body_line(ui, b, STYLE_WARN, 2, "%s: %s", m->items[i].title,
		    spent == 0 ? "skipped" : "ran over its timebox");
	}
}

/* Definition: the criteria as the agenda gives them. */
static void
draw_definition(struct ui *ui, struct ui_body *b)
{
	const struct agenda_item *it = session_agenda_item(ui->s);
	size_t i;

	if (it == NULL || it->ncriteria == 0)
		return;
	ui_body_line(ui, b, STYLE_ACCENT, 0, "MQL criteria in the agenda");
	for (i = 0; i < it->ncriteria; i++)
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%-20s %s",
		    it->criteria[i].key, it->criteria[i].value);
}

/* What was captured under this item: notes, decisions, parking, actions. */
static void
draw_captures(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct session *s = ui->s;
	size_t i;
	int top = b->y;

	if (s->entries.n == 0 && s->item_actions.n == 0 &&
	    s->objections.n == 0) {
		ui_body_gap(b, top - 1);
		ui_body_line(ui, b, STYLE_DIM, 0, "Nothing captured here yet: "
		    "c note · a action · o parrot · d decision");
		return;
	}
	ui_body_gap(b, top - 1);
	ui_body_line(ui, b, STYLE_ACCENT, 0, "Captured here");
	for (i = 0; i < s->entries.n; i++) {
		const struct entry *e = &s->entries.v[i];

		switch (e->kind) {
		case ENTRY_DECISION:
			ui_body_line(ui, b, STYLE_OK, 2, "Decision: %s", e->text);
			break;
		case ENTRY_PARKING:
			ui_body_line(ui, b, STYLE_NORMAL, 2, "Parking lot: %s",
			    e->text);
			break;
		case ENTRY_PRIVATE:
			/* Never the text: only that something private exists. */
			ui_body_line(ui, b, STYLE_DIM, 2, "(a private note)");
			break;
		default:
			ui_body_line(ui, b, STYLE_NORMAL, 2, "· %s", e->text);
		}
	}
	for (i = 0; i < s->objections.n; i++) {
		const struct objection *o = &s->objections.v[i];

		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s said: %s",
		    o->side == SIDE_SALES ? "Sales" : "Marketing", o->statement);
		ui_body_line(ui, b, STYLE_CALM, 4, "%s", o->question);
		if (o->answer != NULL)
			ui_body_line(ui, b, STYLE_DIM, 4, "%s", o->answer);
	}
	for (i = 0; i < s->item_actions.n; i++)
		ui_body_action(ui, b, &s->item_actions.v[i], today, 1);
}

/* The key hints along the bottom. */
static void
draw_hints(struct ui *ui)
{
	ui_bar(ui, LINES - 1, COLS >= 108 ? "n next  b back  c note  "
	    "a action  o parrot  d decide  l park  p private  A actions  "
	    "x end  q leave  ? help" : "n/b move  c note  a act  o parrot  "
	    "d decide  l park  p private  A  x end  q  ?");
}

/* Paint the meeting screen. */
static void
meeting_draw(struct ui *ui)
{
	struct ui_body b;
	char today[11];
	enum item_kind kind = ui->s->m->items[ui->s->m->current].kind;

	date_format(session_today(), today);
	ui_part_bar(ui, ui->s->m);
	ui_part_strip(ui, ui->s->m, 1);
	b.y = ui_part_item(ui, ui->s->m, session_agenda_item(ui->s), 3,
	    ui->parrot != NULL);
	b.x = 1;
	b.width = COLS - 2;
	b.bottom = LINES - 3;
	b.hidden = 0;
	if (ui->parrot != NULL) {
		ui_parrot_draw(ui, b.y, b.bottom, ui->parrot);
		draw_hints(ui);
		return;
	}
	if (kind == KIND_REVIEW)
		draw_review(ui, &b, today);
	else if (kind == KIND_WRAPUP)
		draw_wrapup(ui, &b, today);
	else if (kind == KIND_DEFINITION)
		draw_definition(ui, &b);
	draw_captures(ui, &b, today);
	if (ui->s->stale != NULL) {
		attron(ui_attr(ui, STYLE_WARN));
		ui_clear_row(LINES - 3, 0);
		ui_put(LINES - 3, 1, COLS - 2, "Saved, but the screen may be out "
		    "of date:");
		ui_put(LINES - 3, 44, COLS - 45, ui->s->stale);
		attroff(ui_attr(ui, STYLE_WARN));
	} else if (b.hidden > 0) {
		attron(ui_attr(ui, STYLE_DIM));
		ui_put(LINES - 3, 1, COLS - 2, "… more below than fits: "
		    "enlarge the window to see it all");
		attroff(ui_attr(ui, STYLE_DIM));
	}
	draw_hints(ui);
}

/* Report a failed save: the screen never claims what did not happen. */
static void
say_failed(struct ui *ui, const char *what, char *cause)
{
	ui_say(ui, 1, "%s NOT saved: %s", what, cause != NULL ? cause : "?");
	free(cause);
}

/* Ask for one line and store it as an entry of kind. */
static void
capture_entry(struct ui *ui, enum entry_kind kind, const char *label,
    const char *what)
{
	char *text = NULL, *cause = NULL;
	int flags = kind == ENTRY_PRIVATE ? PROMPT_BLIND : 0;

	if (ui_prompt(ui, label, NULL, flags, &text) == 1 && *text != '\0') {
		if (session_add_entry(ui->s, kind, text, &cause) == 0)
			ui_say(ui, 0, "%s saved.", what);
		else
			say_failed(ui, what, cause);
	}
	free(text);
}

/* The a flow: Action, Owner, Due; Esc anywhere saves nothing. */
static void
capture_action(struct ui *ui)
{
	char *title = NULL, *owner = NULL, *due = NULL, *cause = NULL;
	long id;

	if (!ui_prompt_action(ui, &title, &owner, &due)) {
		ui_say(ui, 0, "No action item added.");
		goto out;
	}
	if (session_add_action(ui->s, title, owner, due, &id, &cause) != 0) {
		say_failed(ui, "Action item", cause);
		goto out;
	}
	ui_say(ui, 0, "Action #%ld saved%s%s%s.", id,
	    *owner != '\0' ? " for " : " (no owner yet)", owner,
	    *due == '\0' ? ", no due date yet" : "");
out:
	free(title);
	free(owner);
	free(due);
}

/* Move to another item, saving the clocks. */
static void
go(struct ui *ui, int pos)
{
	char *cause = NULL;

	if (pos < 0 || (size_t)pos >= ui->s->m->nitems) {
		ui_say(ui, 0, pos < 0 ? "This is the first item." :
		    "This is the last item: x ends the meeting.");
		return;
	}
	if (session_goto(ui->s, pos, &cause) != 0)
		say_failed(ui, "Move", cause);
}

/* Handle a key on the meeting screen. */
static enum ui_redraw
meeting_key(struct ui *ui, int key)
{
	char *cause = NULL;

	switch (ui_keys_lookup(&ui_keys_meeting, key)) {
	case CMD_NEXT:
		go(ui, ui->s->m->current + 1);
		break;
	case CMD_PREV:
		go(ui, ui->s->m->current - 1);
		break;
	case CMD_NOTE:
		capture_entry(ui, ENTRY_NOTE, "Note:", "Note");
		break;
	case CMD_DECISION:
		capture_entry(ui, ENTRY_DECISION, "Decision:", "Decision");
		break;
	case CMD_PARKING:
		capture_entry(ui, ENTRY_PARKING, "Parking lot:",
		    "Parking-lot topic");
		break;
	case CMD_ACTION:
		capture_action(ui);
		break;
	case CMD_PARROT:
		ui_parrot_flow(ui);
		break;
	case CMD_PRIVATE:
		capture_entry(ui, ENTRY_PRIVATE, "Private note (typed blind):",
		    "Private note");
		break;
	case CMD_ACTIONS:
		ui_switch(ui, &ui_screen_actions);
		break;
	case CMD_HELP:
		ui->help = 1;
		break;
	case CMD_LEAVE:
		return UI_QUIT;
	case CMD_END:
		if (!ui_confirm(ui, "End the meeting? y ends it; any other "
		    "key goes back."))
			break;
		if (session_end(ui->s, &cause) != 0) {
			say_failed(ui, "End of meeting", cause);
			break;
		}
		ui->ended = 1;
		return UI_QUIT;
	default:
		ui_say(ui, 0, "Press ? for the keys.");
	}
	return UI_STAY;
}

const struct ui_screen ui_screen_meeting = {
	"meeting", &ui_keys_meeting, meeting_draw, meeting_key, NULL
};
