/* ui_meeting.c: the meeting screen: the current item, its clock, its captures. */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"

/* The part of the screen between the item header and the status line. */
struct body {
	int y;
	int bottom; /* first row not to draw on */
	int x;
	int width;
	int hidden; /* lines that did not fit */
};

/* Headings of the item kinds, as the header shows them. */
static const char *const kind_label[KIND_COUNT] = {
	"Last month's commitments", "Olive branch", "Q1 · objections",
	"Q2 · content", "Q3 · lead sources", "Q4 · MQL definition",
	"Tension & friction", "Wrap-up", "Topic",
};

/* Add one wrapped line of text to the body in a style. */
static void
body_line(struct ui *ui, struct body *b, enum ui_style style, int indent,
    const char *fmt, ...)
{
	va_list ap;
	char *text;
	int room = b->bottom - b->y;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	if (room <= 0) {
		b->hidden++;
		free(text);
		return;
	}
	attron(ui_attr(ui, style));
	b->y += ui_wrap(b->y, b->x + indent, b->width - indent,
	    room > 3 ? 3 : room, text);
	attroff(ui_attr(ui, style));
	free(text);
}

/* A blank line between groups, unless at the top. */
static void
body_gap(struct body *b, int top)
{
	if (b->y > top)
		b->y++;
}

/* One action as a line: id, title, owner, due, flags. */
static void
body_action(struct ui *ui, struct body *b, const struct action *a,
    const char *today, int show_owner)
{
	int overdue = action_overdue(a, today);
	int stale = a->carried >= ACTION_CARRY_LIMIT;
	enum ui_style style = overdue || stale ? STYLE_WARN : STYLE_NORMAL;

	body_line(ui, b, style, 2, "#%ld  %s%s%s%s%s%s%s", a->id, a->title,
	    show_owner ? " · " : "",
	    show_owner ? (a->owner != NULL ? a->owner : "NO OWNER") : "",
	    a->due[0] != '\0' ? " · due " : " · NO DUE DATE", a->due,
	    overdue ? " (overdue)" : "",
	    a->status != ACTION_OPEN ? (a->status == ACTION_DONE ?
	    " · done" : " · dropped") : "");
	if (a->carried > 0)
		body_line(ui, b, style, 8, stale ? "carried %d times: close, "
		    "drop or escalate it (A)" : "carried %d time%s", a->carried,
		    a->carried == 1 ? "" : "s");
}

/* Review: last meeting's parking lot, then open actions by owner. */
static void
draw_review(struct ui *ui, struct body *b, const char *today)
{
	const struct session *s = ui->s;
	const char *owner = NULL;
	size_t i;
	int top = b->y;

	if (s->parking.n > 0) {
		body_line(ui, b, STYLE_ACCENT, 0, "Parking lot from last meeting");
		for (i = 0; i < s->parking.n; i++)
			body_line(ui, b, STYLE_NORMAL, 2, "· %s",
			    s->parking.v[i].text);
	}
	body_gap(b, top);
	body_line(ui, b, STYLE_ACCENT, 0, "Open commitments from earlier "
	    "meetings: %zu (A to mark done, keep or drop)", s->earlier.n);
	if (s->earlier.n == 0)
		body_line(ui, b, STYLE_DIM, 2, "None: a clean slate.");
	for (i = 0; i < s->earlier.n; i++) {
		const struct action *a = &s->earlier.v[i];
		const char *name = a->owner != NULL ? a->owner : "(no owner)";

		if (owner == NULL || strcmp(owner, name) != 0) {
			body_line(ui, b, STYLE_TITLE, 0, "%s", name);
			owner = name;
		}
		body_action(ui, b, a, today, 0);
	}
}

/* Wrap-up: today's actions with what they lack, and what was missed. */
static void
draw_wrapup(struct ui *ui, struct body *b, const char *today)
{
	const struct session *s = ui->s;
	const struct meeting *m = s->m;
	time_t now = clock_time();
	size_t i;
	int missed = 0;

	body_line(ui, b, STYLE_ACCENT, 0, "Action items from today: %zu",
	    s->today.n);
	for (i = 0; i < s->today.n; i++)
		body_action(ui, b, &s->today.v[i], today, 1);
	body_gap(b, 0);
	for (i = 0; i < m->nitems; i++) {
		long spent = meeting_item_elapsed(m, i, now);

		if ((int)i == m->current || (spent > 0 &&
		    spent <= m->items[i].minutes * 60L))
			continue;
		if (!missed++)
			body_line(ui, b, STYLE_ACCENT, 0, "Not covered, or "
			    "out of time");
		body_line(ui, b, STYLE_WARN, 2, "%s: %s", m->items[i].title,
		    spent == 0 ? "skipped" : "ran over its timebox");
	}
}

/* Definition: the criteria as the agenda gives them. */
static void
draw_definition(struct ui *ui, struct body *b)
{
	const struct agenda_item *it = session_agenda_item(ui->s);
	size_t i;

	if (it == NULL || it->ncriteria == 0)
		return;
	body_line(ui, b, STYLE_ACCENT, 0, "MQL criteria in the agenda");
	for (i = 0; i < it->ncriteria; i++)
		body_line(ui, b, STYLE_NORMAL, 2, "%-20s %s",
		    it->criteria[i].key, it->criteria[i].value);
}

/* What was captured under this item: notes, decisions, parking, actions. */
static void
draw_captures(struct ui *ui, struct body *b, const char *today)
{
	const struct session *s = ui->s;
	size_t i;
	int top = b->y;

	if (s->entries.n == 0 && s->item_actions.n == 0) {
		body_gap(b, top - 1);
		body_line(ui, b, STYLE_DIM, 0, "Nothing captured here yet: c note"
		    " · a action · d decision · l parking lot");
		return;
	}
	body_gap(b, top - 1);
	body_line(ui, b, STYLE_ACCENT, 0, "Captured here");
	for (i = 0; i < s->entries.n; i++) {
		const struct entry *e = &s->entries.v[i];

		switch (e->kind) {
		case ENTRY_DECISION:
			body_line(ui, b, STYLE_OK, 2, "Decision: %s", e->text);
			break;
		case ENTRY_PARKING:
			body_line(ui, b, STYLE_NORMAL, 2, "Parking lot: %s",
			    e->text);
			break;
		case ENTRY_PRIVATE:
			/* Never the text: only that something private exists. */
			body_line(ui, b, STYLE_DIM, 2, "(a private note)");
			break;
		default:
			body_line(ui, b, STYLE_NORMAL, 2, "· %s", e->text);
		}
	}
	for (i = 0; i < s->item_actions.n; i++)
		body_action(ui, b, &s->item_actions.v[i], today, 1);
}

/* The top bar: meeting title, date, total clock against the plan. */
static void
draw_bar(struct ui *ui)
{
	const struct meeting *m = ui->s->m;
	char total[16], plan[16], right[96], day[32];
	time_t now = clock_time();
	struct tm tm;
	int rw;

	localtime_r(&now, &tm);
	strftime(day, sizeof day, "%a %d %b %Y", &tm);
	meeting_format_clock(meeting_total_elapsed(m, now), total);
	meeting_format_clock(m->planned_minutes * 60L, plan);
	snprintf(right, sizeof right, "%s   total %s / %s ", day, total, plan);
	rw = utf8_width(right);
	attron(ui_attr(ui, STYLE_BAR));
	move(0, 0);
	for (int x = 0; x < COLS; x++)
		addch(' ');
	ui_put(0, 1, COLS - rw - 3, m->title);
	if (meeting_total_elapsed(m, now) > m->planned_minutes * 60L)
		attron(A_BOLD);
	ui_put(0, COLS - rw, rw, right);
	attroff(ui_attr(ui, STYLE_BAR) | A_BOLD);
}

/* The agenda as a strip of markers: done, current, to come. */
static void
draw_strip(struct ui *ui, int y)
{
	const struct meeting *m = ui->s->m;
	time_t now = clock_time();
	char mark[32];
	int x = 1;
	size_t i;

	for (i = 0; i < m->nitems && x < COLS - 12; i++) {
		int current = (int)i == m->current;
		long spent = meeting_item_elapsed(m, i, now);

		snprintf(mark, sizeof mark, "%s%zu %s", i > 0 ? " " : "",
		    i + 1, current ? "◉" : spent > 0 ? "●" : "○");
		attron(ui_attr(ui, current ? STYLE_ACCENT : STYLE_DIM));
		x += ui_put(y, x, COLS - x - 1, mark);
		attroff(ui_attr(ui, current ? STYLE_ACCENT : STYLE_DIM));
	}
}

/* The current item's header: position, kind, who asks, clock, question. */
static int
draw_item(struct ui *ui, int y)
{
	const struct session *s = ui->s;
	const struct meeting_item *it = &s->m->items[s->m->current];
	const struct agenda_item *ai = session_agenda_item(s);
	char spent[16], box[16], right[48], left[160];
	long secs = meeting_item_elapsed(s->m, (size_t)s->m->current,
	    clock_time());
	int over = secs > it->minutes * 60L, rw;

	meeting_format_clock(secs, spent);
	meeting_format_clock(it->minutes * 60L, box);
	snprintf(right, sizeof right, "%s / %s%s", spent, box,
	    over ? "  over time" : "");
	if (ai != NULL && ai->asked_by != SIDE_NONE)
		snprintf(left, sizeof left, "%d/%zu  %s · %s asks %s",
		    s->m->current + 1, s->m->nitems, kind_label[it->kind],
		    agenda_side_name(ai->asked_by),
		    agenda_side_name(agenda_side_other(ai->asked_by)));
	else
		snprintf(left, sizeof left, "%d/%zu  %s", s->m->current + 1,
		    s->m->nitems, kind_label[it->kind]);
	rw = utf8_width(right);
	attron(ui_attr(ui, STYLE_ACCENT));
	ui_put(y, 1, COLS - rw - 4, left);
	attroff(ui_attr(ui, STYLE_ACCENT));
	attron(ui_attr(ui, over ? STYLE_WARN : STYLE_NORMAL) | A_BOLD);
	ui_put(y, COLS - rw - 1, rw, right);
	attroff(ui_attr(ui, over ? STYLE_WARN : STYLE_NORMAL) | A_BOLD);
	y++;
	attron(ui_attr(ui, STYLE_TITLE));
	y += ui_wrap(y, 1, COLS - 2, 2, it->title);
	attroff(ui_attr(ui, STYLE_TITLE));
	if (ai != NULL && ai->prompt != NULL) {
		attron(ui_attr(ui, STYLE_DIM));
		y += ui_wrap(y, 1, COLS - 2, 2, ai->prompt);
		attroff(ui_attr(ui, STYLE_DIM));
	}
	attron(ui_attr(ui, STYLE_DIM));
	mvhline(y, 1, ACS_HLINE, COLS - 2);
	attroff(ui_attr(ui, STYLE_DIM));
	return y + 1;
}

/* The key hints along the bottom. */
static void
draw_hints(struct ui *ui)
{
	attron(ui_attr(ui, STYLE_BAR));
	move(LINES - 1, 0);
	for (int x = 0; x < COLS; x++)
		addch(' ');
	ui_put(LINES - 1, 1, COLS - 2, "n next  b back  c note  a action  "
	    "d decision  l park  A actions  x end  q leave  ? help");
	attroff(ui_attr(ui, STYLE_BAR));
}

/* Paint the meeting screen. */
static void
meeting_draw(struct ui *ui)
{
	struct body b;
	char today[11];
	enum item_kind kind = ui->s->m->items[ui->s->m->current].kind;

	date_format(session_today(), today);
	draw_bar(ui);
	draw_strip(ui, 1);
	b.y = draw_item(ui, 3);
	b.x = 1;
	b.width = COLS - 2;
	b.bottom = LINES - 3;
	b.hidden = 0;
	if (kind == KIND_REVIEW)
		draw_review(ui, &b, today);
	else if (kind == KIND_WRAPUP)
		draw_wrapup(ui, &b, today);
	else if (kind == KIND_DEFINITION)
		draw_definition(ui, &b);
	draw_captures(ui, &b, today);
	if (b.hidden > 0) {
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

	if (ui_prompt(ui, label, NULL, 0, &text) == 1 && *text != '\0') {
		if (session_add_entry(ui->s, kind, text, &cause) == 0)
			ui_say(ui, 0, "%s saved.", what);
		else
			say_failed(ui, what, cause);
	}
	free(text);
}

/* Ask for a due date until it parses or the user gives up (0). */
static int
ask_due(struct ui *ui, const char *label, char **due)
{
	char *cause = NULL, day[11], *prev = NULL;

	for (;;) {
		if (ui_prompt(ui, label, prev, 0, due) != 1) {
			free(prev);
			return 0;
		}
		free(prev);
		if (session_parse_due(*due, day, &cause) == 0)
			return 1;
		ui_say(ui, 1, "%s", cause);
		free(cause);
		cause = NULL;
		prev = *due;
		*due = NULL;
	}
}

/* The a flow: Action, Owner, Due; Esc anywhere saves nothing. */
static void
capture_action(struct ui *ui)
{
	char *title = NULL, *owner = NULL, *due = NULL, *cause = NULL;
	long id;

	if (ui_prompt(ui, "Action:", NULL, 0, &title) != 1 || *title == '\0' ||
	    ui_prompt(ui, "Owner:", NULL, PROMPT_NAMES, &owner) != 1 ||
	    !ask_due(ui, "Due:", &due)) {
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
	"meeting", &ui_keys_meeting, meeting_draw, meeting_key
};
