/* ui_meeting.c: the meeting screen: the current item, its clock, its captures. */
#include <curses.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"

/*
 * What the meeting screen keeps of its own: where its body is scrolled.
 * The body is a row of blocks (what the item shows, each entry of its
 * long list, its captures), scrolled by the block at the top and the
 * rows of it scrolled off: a draw or a scroll lays out only the blocks
 * that show, however long the list (a page of a review of years).
 */
struct meeting_screen {
	size_t block;           /* the block at the top of the body */
	int row;                /* its rows scrolled off the top */
	int to_end;             /* show the end of the body at the next draw */
	int body_rows;          /* rows the body had when last drawn */
	const char *parrot;     /* the question being parroted, while shown */
};

/* A statement parroted here: what was said, asked back, answered, led to. */
static void
draw_objection(struct ui *ui, struct ui_body *b, const struct view_capture *c,
    const char *today)
{
	const struct objection *o = c->objection;

	ui_body_line(ui, b, STYLE_NORMAL, 2, "%s said: %s",
	    o->side == SIDE_SALES ? "Sales" : "Marketing", o->statement);
	ui_body_line(ui, b, STYLE_CALM, 4, "%s", o->question);
	if (o->answer != NULL)
		ui_body_line(ui, b, STYLE_DIM, 4, "%s", o->answer);
	if (c->action != NULL)
		ui_body_action(ui, b, c->action, today, 1, 4);
}

/* One note, decision, parking-lot topic, or that a private note exists. */
static void
draw_entry(struct ui *ui, struct ui_body *b, const struct entry *e)
{
	switch (e->kind) {
	case ENTRY_DECISION:
		ui_body_line(ui, b, STYLE_OK, 2, "Decision: %s", e->text);
		break;
	case ENTRY_PARKING:
		ui_body_line(ui, b, STYLE_NORMAL, 2, "Parking lot: %s", e->text);
		break;
	case ENTRY_PRIVATE:
		/* Never the text (it is not even loaded): only that it exists. */
		ui_body_line(ui, b, STYLE_DIM, 2, "(a private note)");
		break;
	default:
		ui_body_line(ui, b, STYLE_NORMAL, 2, "· %s", e->text);
	}
}

/* What was captured under this item, in the order it was said. */
static void
draw_captures(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct session *s = ui->s;
	struct view_captures caps;
	size_t i;

	ui_body_gap(b);
	view_captures(&s->view, s->m->items[s->m->current].id, &caps);
	if (caps.n == 0)
		ui_body_line(ui, b, STYLE_DIM, 0, "Nothing captured here yet: "
		    "c note · a action · o parrot · d decision");
	else
		ui_body_line(ui, b, STYLE_ACCENT, 0, "Captured here");
	for (i = 0; i < caps.n; i++) {
		const struct view_capture *c = &caps.v[i];

		if (c->kind == CAPTURE_ENTRY)
			draw_entry(ui, b, c->entry);
		else if (c->kind == CAPTURE_OBJECTION)
			draw_objection(ui, b, c, today);
		else
			ui_body_action(ui, b, c->action, today, 1, 2);
	}
	view_captures_fini(&caps);
}

/* The current item's kind. */
static enum item_kind
current_kind(const struct ui *ui)
{
	return ui->s->m->items[ui->s->m->current].kind;
}

/* How many blocks the body has: the kind's, its list's, the captures. */
static size_t
nblocks(struct ui *ui)
{
	const struct ui_kind_list *l = ui_kind_list_get(current_kind(ui));

	return 2 + (l != NULL ? l->n(ui) : 0);
}

/* Lay block i of the body into b. */
static void
draw_block(struct ui *ui, struct ui_body *b, size_t i, const char *today)
{
	const struct ui_kind *k = ui_kind_get(current_kind(ui));

	if (i == 0) {
		if (k->draw != NULL)
			k->draw(ui, b, today);
	} else if (i + 1 < nblocks(ui))
		ui_kind_list_get(current_kind(ui))->entry(ui, b, i - 1, today);
	else
		draw_captures(ui, b, today);
}

/*
 * Lay out block i from its row skip into b, as it would lie in the whole
 * body: a gap opening it shows after what came before, not at the top.
 */
static void
lay_block(struct ui *ui, struct ui_body *b, size_t i, int skip,
    const char *today)
{
	struct ui_body head = { 0 };

	if (i == 1) {
		head.width = b->width;
		head.bottom = INT_MAX;
		draw_block(ui, &head, 0, today);
	}
	b->total = i > 1 || head.total > 0;
	b->skip = b->total + skip;
	draw_block(ui, b, i, today);
}

/* The rows block i takes. */
static int
block_rows(struct ui *ui, size_t i, const char *today)
{
	struct ui_body m = { 0 };

	m.width = COLS - 2;
	m.bottom = INT_MAX;
	lay_block(ui, &m, i, 0, today);
	return m.total - m.skip;
}

/* The rows from the top of the body's scroll to its end, up to limit. */
static int
rows_below(struct ui *ui, const struct meeting_screen *ms, int limit,
    const char *today)
{
	size_t i, n = nblocks(ui);
	int rows = -ms->row;

	for (i = ms->block; i < n && rows < limit; i++)
		rows += block_rows(ui, i, today);
	return rows;
}

/* Scroll to the end: the last rows of the body fill the screen. */
static void
scroll_end(struct ui *ui, struct meeting_screen *ms, const char *today)
{
	size_t i = nblocks(ui);
	int rows = 0, h;

	while (i-- > 0) {
		h = block_rows(ui, i, today);
		if (rows + h >= ms->body_rows) {
			ms->block = i;
			ms->row = rows + h - ms->body_rows;
			return;
		}
		rows += h;
	}
	ms->block = 0;
	ms->row = 0;
}

/* Never scroll past the end: the body's last row stays at the bottom. */
static void
scroll_hold(struct ui *ui, struct meeting_screen *ms, const char *today)
{
	if (ms->to_end || ms->block >= nblocks(ui) ||
	    rows_below(ui, ms, ms->body_rows, today) < ms->body_rows)
		scroll_end(ui, ms, today);
	ms->to_end = 0;
}

/* Scroll by rows (down when positive), within the body. */
static void
scroll_by(struct ui *ui, struct meeting_screen *ms, int rows,
    const char *today)
{
	size_t n = nblocks(ui);
	int h;

	ms->row += rows;
	while (ms->row < 0 && ms->block > 0)
		ms->row += block_rows(ui, --ms->block, today);
	if (ms->row < 0)
		ms->row = 0;
	while (ms->block + 1 < n && ms->row > 0 &&
	    ms->row >= (h = block_rows(ui, ms->block, today))) {
		ms->row -= h;
		ms->block++;
	}
	if (rows > 0)
		scroll_hold(ui, ms, today);
}

/* Are rows of the body scrolled off the top? */
static int
scrolled(struct ui *ui, const struct meeting_screen *ms, const char *today)
{
	return ms->row > 0 || ms->block > 1 ||
	    (ms->block == 1 && block_rows(ui, 0, today) > 0);
}

/*
 * Paint the body from row top to the status line, from the scroll on:
 * b says what was left below (hidden) or scrolled above (skip).
 */
static void
draw_body(struct ui *ui, struct meeting_screen *ms, struct ui_body *b,
    int top, const char *today)
{
	size_t i, n = nblocks(ui);
	struct ui_body part;
	int row = ms->row;

	memset(b, 0, sizeof *b);
	b->y = top;
	b->bottom = LINES - 3;
	b->skip = scrolled(ui, ms, today);
	for (i = ms->block; i < n && b->y < b->bottom; i++) {
		memset(&part, 0, sizeof part);
		part.x = 1;
		part.width = COLS - 2;
		part.y = b->y;
		part.bottom = b->bottom;
		part.draw = 1;
		lay_block(ui, &part, i, row, today);
		b->y = part.y;
		b->hidden += part.hidden;
		row = 0;
	}
	if (i < n)
		b->hidden++;
}

/* The key hints along the bottom, as many as the width holds. */
static void
draw_hints(struct ui *ui)
{
	ui_bar(ui, LINES - 1, COLS >= 134 ? "n next  b back  c note  a action  "
	    "o parrot  d decide  l park  p private  A actions  E edit  u undo  "
	    "e export  x end  q leave  ? help" : COLS >= 108 ? "n next  "
	    "b back  c note  a action  o parrot  d decide  l park  p private  "
	    "A actions  x end  q leave  ? help" : "n/b  c note  a act  "
	    "o parrot  d decide  l park  p priv  A list  x end  q  ?");
}

/* Say what lies beyond the body, or that a saved change was not shown. */
static void
draw_more(struct ui *ui, const struct ui_body *b)
{
	int y = LINES - 3;

	if (ui->s->stale != NULL) {
		attron(ui_attr(ui, STYLE_WARN));
		ui_put(y, 1, 42, "Saved, but the screen may be out of date:");
		ui_put(y, 44, COLS - 45, ui->s->stale);
		attroff(ui_attr(ui, STYLE_WARN));
		return;
	}
	if (b->skip == 0 && b->hidden == 0)
		return;
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(y, 1, COLS - 2, b->skip > 0 && b->hidden > 0 ? "↑↓ more above "
	    "and below: Up, Down, PgUp, PgDn" : b->skip > 0 ? "↑ more above: "
	    "Up, PgUp" : "↓ more below: Down, PgDn");
	attroff(ui_attr(ui, STYLE_DIM));
}

/* Paint the meeting screen. */
static void
meeting_draw(struct ui *ui, void *data)
{
	struct meeting_screen *ms = data;
	struct ui_body b = { 0 };
	char today[11];
	int top;

	date_format(session_today(), today);
	ui_part_bar(ui, ui->s->m);
	ui_part_strip(ui, ui->s->m, 1);
	top = ui_part_item(ui, ui->s->m, session_agenda_item(ui->s), 3,
	    ms->parrot != NULL);
	if (ms->parrot != NULL) {
		ui_parrot_draw(ui, top, LINES - 3, ms->parrot);
		draw_hints(ui);
		return;
	}
	/* Held within what there is: the list may have shrunk since. */
	ms->body_rows = LINES - 3 - top;
	scroll_hold(ui, ms, today);
	draw_body(ui, ms, &b, top, today);
	draw_more(ui, &b);
	draw_hints(ui);
}

/* Report a failed save: the screen never claims what did not happen. */
static void
say_failed(struct ui *ui, const char *what, char *cause)
{
	ui_say(ui, 1, "%s NOT saved: %s", what, cause != NULL ? cause : "?");
	free(cause);
}

/* The captures that are one line of text, by the key that takes them. */
static const struct capture {
	enum ui_cmd cmd;
	enum entry_kind kind;
	const char *label;
	const char *what;
} captures[] = {
	{ CMD_NOTE, ENTRY_NOTE, "Note:", "Note" },
	{ CMD_DECISION, ENTRY_DECISION, "Decision:", "Decision" },
	{ CMD_PARKING, ENTRY_PARKING, "Parking lot:", "Parking-lot topic" },
	{ CMD_PRIVATE, ENTRY_PRIVATE, "Private note (typed blind):",
	    "Private note" },
};

/* Show the end of the body, where what was just saved is. */
static void
scroll_to_end(struct meeting_screen *ms)
{
	ms->to_end = 1;
}

/* Ask for one line and store it as an entry; 1 if it was a capture key. */
static int
capture_entry(struct ui *ui, struct meeting_screen *ms, enum ui_cmd cmd)
{
	const struct capture *c = NULL;
	char *text = NULL, *cause = NULL;
	size_t i;

	for (i = 0; i < sizeof captures / sizeof captures[0]; i++) {
		if (captures[i].cmd == cmd)
			c = &captures[i];
	}
	if (c == NULL)
		return 0;
	if (ui_prompt(ui, c->label, NULL, c->kind == ENTRY_PRIVATE ?
	    PROMPT_BLIND : 0, &text) != 1 || *text == '\0')
		ui_say(ui, 0, "Nothing saved.");
	else if (session_add_entry(ui->s, c->kind, text, &cause) == 0) {
		ui_say(ui, 0, "%s saved.", c->what);
		scroll_to_end(ms);
	} else
		say_failed(ui, c->what, cause);
	free(text);
	return 1;
}

/* The a flow: Action, Owner, Due; Esc anywhere saves nothing. */
static void
capture_action(struct ui *ui, struct meeting_screen *ms)
{
	char *title = NULL, *owner = NULL, *due = NULL, *cause = NULL;
	int new_name;
	long id;

	if (!ui_prompt_action(ui, &title, &owner, &due)) {
		ui_say(ui, 0, "No action item added.");
		goto out;
	}
	new_name = *owner != '\0' && !ui_known_name(ui, owner);
	if (session_add_action(ui->s, title, owner, due, &id, &cause) != 0)
		say_failed(ui, "Action item", cause);
	else {
		ui_say_action_saved(ui, 0, id, new_name);
		scroll_to_end(ms);
	}
out:
	free(title);
	free(owner);
	free(due);
}

/* Move to another item, saving the clocks. */
static void
go(struct ui *ui, struct meeting_screen *ms, int pos)
{
	char *cause = NULL;

	if (pos < 0 || (size_t)pos >= ui->s->m->nitems) {
		ui_say(ui, 0, pos < 0 ? "This is the first item." :
		    "This is the last item: x ends the meeting.");
		return;
	}
	ms->block = 0;
	ms->row = 0;
	if (session_goto(ui->s, pos, &cause) != 0)
		say_failed(ui, "Move", cause);
}

/* x: end the meeting once y confirms it. Returns UI_QUIT when ended. */
static enum ui_redraw
end_meeting(struct ui *ui)
{
	char *cause = NULL;

	if (!ui_confirm(ui, "End the meeting? y ends it; any other key goes "
	    "back.")) {
		ui_say(ui, 0, "The meeting goes on.");
		return UI_STAY;
	}
	if (session_end(ui->s, &cause) != 0) {
		say_failed(ui, "End of meeting", cause);
		return UI_STAY;
	}
	ui->result = 1;
	return UI_QUIT;
}

/* u: take back the last capture or change. */
static void
undo(struct ui *ui)
{
	char *what = NULL, *cause = NULL;

	switch (session_undo(ui->s, &what, &cause)) {
	case 1:
		ui_say(ui, 0, "Undone: %s.", what);
		break;
	case 0:
		if (what != NULL)
			ui_say(ui, 1, "%s.", what);
		else
			ui_say(ui, 0, "Nothing to undo in this session.");
		break;
	default:
		ui_say(ui, 1, "NOT undone: %s", cause);
	}
	free(what);
	free(cause);
}

/* e: write the minutes beside the database and say where. */
static void
export_minutes(struct ui *ui)
{
	char *path = NULL, *cause = NULL;

	if (session_export(ui->s, &path, &cause) == 0)
		ui_say(ui, 0, "Minutes written (nothing private): %s", path);
	else
		ui_say(ui, 1, "Minutes NOT written: %s", cause);
	free(path);
	free(cause);
}

/* A key the meeting has not taken: the current item's own, if it is one. */
static void
item_key(struct ui *ui, int key)
{
	const struct ui_kind *k = ui_kind_get(ui->s->m->items[
	    ui->s->m->current].kind);
	enum ui_cmd cmd = k->keys != NULL ? ui_keys_lookup(k->keys, key) :
	    CMD_NONE;

	if (cmd != CMD_NONE && k->key != NULL)
		k->key(ui, cmd);
	else
		ui_say(ui, 0, "Press ? for the keys.");
}

/* Handle a key on the meeting screen. */
static enum ui_redraw
meeting_key(struct ui *ui, void *data, int key)
{
	struct meeting_screen *ms = data;
	enum ui_cmd cmd = ui_keys_lookup(&ui_keys_meeting, key);
	char *words = NULL, today[11];
	int page = ms->body_rows > 1 ? ms->body_rows - 1 : 1;

	if (capture_entry(ui, ms, cmd))
		return UI_STAY;
	switch (cmd) {
	case CMD_NEXT:
	case CMD_PREV:
		go(ui, ms, ui->s->m->current + (cmd == CMD_NEXT ? 1 : -1));
		break;
	case CMD_UP:
	case CMD_DOWN:
	case CMD_PGUP:
	case CMD_PGDN:
		date_format(session_today(), today);
		scroll_by(ui, ms, cmd == CMD_UP ? -1 : cmd == CMD_DOWN ? 1 :
		    cmd == CMD_PGUP ? -page : page, today);
		break;
	case CMD_ACTION:
		capture_action(ui, ms);
		break;
	case CMD_PARROT:
		ui_parrot_flow(ui, &ms->parrot);
		scroll_to_end(ms);
		break;
	case CMD_ACTIONS:
		ui_push(ui, &ui_screen_actions, NULL);
		break;
	case CMD_EDIT:
		ui_push(ui, &ui_screen_edit, NULL);
		break;
	case CMD_UNDO:
		undo(ui);
		break;
	case CMD_EXPORT:
		export_minutes(ui);
		break;
	case CMD_SEARCH:
		if (ui_search_ask(ui, &words))
			ui_push(ui, &ui_screen_search, words);
		break;
	case CMD_HELP:
		ui->help = 1;
		break;
	case CMD_LEAVE:
		return UI_QUIT;
	case CMD_END:
		return end_meeting(ui);
	default:
		item_key(ui, key);
	}
	return UI_STAY;
}

/* The current item's own keys, for the help. */
static const struct ui_keymap *
meeting_more_keys(struct ui *ui, void *data)
{
	(void)data;
	return ui_kind_get(ui->s->m->items[ui->s->m->current].kind)->keys;
}

/*
 * Follow what others commit beside the meeting (parley mql propose, action
 * add...): a cheap query each time round, a reload only when it changed.
 */
static void
meeting_tick(struct ui *ui, void *data)
{
	char *cause = NULL;
	int rc;

	(void)data;
	if ((rc = session_follow(ui->s, &cause)) < 0) {
		ui_say(ui, 1, "The screen may be out of date: %s", cause);
		free(cause);
	}
	ui->dirty |= rc != 0;
}

/* Make the meeting screen's state. */
static void *
meeting_enter(struct ui *ui, void *arg)
{
	(void)ui;
	(void)arg;
	return xcalloc(1, sizeof(struct meeting_screen));
}

/* Free it. */
static void
meeting_leave(struct ui *ui, void *data)
{
	(void)ui;
	free(data);
}

const struct ui_screen ui_screen_meeting = {
	"meeting", &ui_keys_meeting, meeting_enter, meeting_leave, meeting_draw,
	meeting_key, meeting_tick, meeting_more_keys
};
