/* ui_room.c: the read-only room view for the projector; nothing private. */
#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "kind.h"
#include "ui.h"
#include "util.h"

/*
 * What the room shows, reloaded only when another connection has committed
 * (PRAGMA data_version moved): the view costs a cheap query four times a
 * second while nothing happens.
 */
struct room {
	long version;            /* data_version at the last load; -1: never */
	int live;                /* a meeting is in progress: view holds it */
	int summary;             /* view holds the meeting that ended */
	struct meeting_view view;/* the room's view: nothing private */
	long ended;              /* the meeting that ended while watched */
	char error[256];
};

/* Forget the loaded meeting. */
static void
room_clear(struct room *room)
{
	view_fini(&room->view);
	room->live = 0;
	room->summary = 0;
}

/*
 * Load what the room shows of meeting id, keeping of what it showed what
 * no change touched (the review's commitments, unless an action changed):
 * the meeting's clock, saved every few seconds, costs no recount of them.
 */
static int
room_load(struct room *room, struct store *st, long id, char **cause)
{
	room->live = 0;
	room->summary = 0;
	if (view_reload(st, id, VIEW_ROOM, &room->view, cause) != 0)
		return -1;
	room->live = 1;
	return 0;
}

/*
 * A facilitator's screen saves its clock every SESSION_HEARTBEAT seconds;
 * one silent for three times that is gone (killed, or its machine asleep):
 * stop the room's copy of its clock at the last heartbeat, as resume will.
 * Returns 1 when it did.
 */
static int
stop_dead_clock(struct room *room)
{
	struct meeting *m = room->view.m;

	if (!room->live || m->clock_started == 0 ||
	    clock_time() - m->heartbeat <= 3 * SESSION_HEARTBEAT)
		return 0;
	meeting_pause(m, m->heartbeat);
	return 1;
}

/* Reload when the database changed since the last look. */
static void
room_tick(struct ui *ui, void *data)
{
	struct room *room = data;
	char *cause = NULL;
	long version, id = 0;
	int live;

	if (store_data_version(ui->st, &version, &cause) != 0)
		goto fail;
	ui->dirty |= stop_dead_clock(room);
	if (version == room->version)
		return;
	ui->dirty = 1;
	room->version = version;
	if (room->live)
		room->ended = room->view.m->id;
	live = store_meeting_live(ui->st, &id, &cause);
	if (live != 1)
		room_clear(room);
	if (live < 0 || (live == 1 && room_load(room, ui->st, id, &cause) != 0))
		goto fail;
	if (live == 1)
		room->ended = 0;
	/* A meeting that ended while watched: the room keeps its summary. */
	else if (room->ended != 0) {
		if (view_load(ui->st, room->ended, VIEW_ROOM, &room->view,
		    &cause) != 0)
			goto fail;
		room->summary = 1;
	}
	room->error[0] = '\0';
	return;
fail:
	snprintf(room->error, sizeof room->error, "%s", cause);
	free(cause);
	room_clear(room);
	room->version = -1;
}

/* The screen while no meeting is in progress. */
static void
draw_waiting(struct ui *ui, const struct room *room)
{
	ui_bar(ui, 0, "Parley · room view");
	attron(ui_attr(ui, STYLE_TITLE));
	ui_put(LINES / 2 - 1, 4, COLS - 8, room->ended != 0 ? "The meeting "
	    "has ended. Waiting for the next one to start…" :
	    "Waiting for a meeting to start…");
	attroff(ui_attr(ui, STYLE_TITLE));
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(LINES / 2 + 1, 4, COLS - 8, "This view follows the meeting "
	    "as it happens. q leaves.");
	if (room->error[0] != '\0')
		ui_put(LINES / 2 + 3, 4, COLS - 8, room->error);
	attroff(ui_attr(ui, STYLE_DIM));
}

/* What the item shows, then today's actions and decisions. */
static void
draw_lists(struct ui *ui, struct ui_body *b, const struct meeting_view *v,
    const struct agenda_item *ai, const char *today)
{
	const struct ui_kind *k = ui_kind_get(v->m->items[v->m->current].kind);
	int before = b->total;

	(void)ai;
	if (v->room_question == NULL && k->draw_room != NULL) {
		k->draw_room(ui, b, v, today);
		if (b->total > before)
			ui_body_gap(b);
	}
	ui_part_actions(ui, b, "Action items from today", &v->actions, today);
	ui_part_decisions(ui, b, v);
}

/*
 * What stays in sight above the lists, whatever their length: the
 * commitment on the table, the review's figure. Returns the row after it.
 */
static int
draw_pinned(struct ui *ui, const struct meeting_view *v, int top,
    const char *today)
{
	const struct ui_kind *k = ui_kind_get(v->m->items[v->m->current].kind);
	struct ui_body b = { 0 };

	if (v->room_question != NULL)
		return top;
	b.x = 1;
	b.width = COLS - 2;
	b.y = top;
	b.bottom = LINES - 2;
	b.draw = 1;
	/* The commitment the facilitator has selected: what is discussed. */
	if (v->on_table.id != 0) {
		ui_body_line(ui, &b, STYLE_ACCENT, 0, "On the table");
		ui_body_action(ui, &b, &v->on_table, today, 1, 2);
		ui_body_gap(&b);
	}
	if (k->room_pinned != NULL)
		k->room_pinned(ui, &b, v);
	return b.y;
}

/*
 * Draw the lists from row top. Nobody scrolls a projector: when they do
 * not fit, each entry shows whole, from the top, as far as the room goes,
 * and a last line says how many more there are.
 */
static void
draw_body(struct ui *ui, int top, const struct meeting_view *v,
    const struct agenda_item *ai, const char *today)
{
	struct ui_body measure = { 0 }, b = { 0 };

	top = draw_pinned(ui, v, top, today);
	/* Measured as far as the room goes: what is past it is not laid out. */
	measure.width = COLS - 2;
	measure.bottom = LINES - 1 - top;
	draw_lists(ui, &measure, v, ai, today);
	b.x = 1;
	b.width = COLS - 2;
	b.y = top;
	b.bottom = LINES - 1;
	b.draw = 1;
	b.clip = measure.hidden > 0;
	draw_lists(ui, &b, v, ai, today);
	ui_body_more(ui, &b);
}

/* What an ended meeting made and missed, for the room to read. */
static void
draw_summary_lists(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v, const char *today)
{
	enum view_missed missed;
	size_t i, n = 0;

	ui_wrapup_summary(ui, b, v);
	ui_part_actions(ui, b, "Action items from this meeting", &v->actions,
	    today);
	ui_part_decisions(ui, b, v);
	for (i = 0; i < v->m->nitems; i++)
		n += view_item_missed(v, i) != MISSED_NO;
	if (n > 0) {
		ui_body_gap(b);
		ui_body_heading(ui, b, STYLE_ACCENT, "Not covered, or out of "
		    "time: %zu", n);
	}
	for (i = 0; i < v->m->nitems; i++) {
		if ((missed = view_item_missed(v, i)) == MISSED_NO)
			continue;
		ui_body_line(ui, b, STYLE_WARN, 2, "%zu %s: %s", i + 1,
		    kind_item_label(v->m->items[i].kind, v->m->items[i].title),
		    missed == MISSED_OVER_TIME ? "ran over its timebox" :
		    "not covered");
	}
}

/* The room once the meeting it watched has ended: what it came to. */
static void
draw_summary(struct ui *ui, const struct room *room)
{
	const struct meeting_view *v = &room->view;
	struct ui_body measure = { 0 }, b = { 0 };
	char total[16], plan[16], today[11], *line;

	date_format(date_from_time(clock_time()), today);
	line = xasprintf("%s · the meeting has ended", v->m->title);
	ui_bar(ui, 0, line);
	free(line);
	meeting_format_clock(meeting_total_elapsed(v->m, v->m->ended_at), total);
	meeting_format_clock(v->m->planned_minutes * 60L, plan);
	line = xasprintf("It took %s of the %s planned. Waiting for the next "
	    "meeting to start.", total, plan);
	attron(ui_attr(ui, STYLE_TITLE));
	ui_put(2, 1, COLS - 2, line);
	attroff(ui_attr(ui, STYLE_TITLE));
	free(line);
	measure.width = COLS - 2;
	measure.bottom = INT_MAX;
	draw_summary_lists(ui, &measure, v, today);
	b.x = 1;
	b.width = COLS - 2;
	b.y = 4;
	b.bottom = LINES - 1;
	b.draw = 1;
	b.clip = measure.total > b.bottom - b.y;
	draw_summary_lists(ui, &b, v, today);
	ui_body_more(ui, &b);
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(LINES - 1, COLS - 26, 25, "room view · read-only");
	attroff(ui_attr(ui, STYLE_DIM));
}

/* Paint the room view. */
static void
room_draw(struct ui *ui, void *data)
{
	const struct room *room = data;
	const struct agenda_item *ai = NULL;
	char today[11];
	int top, qrows;

	const struct meeting_view *v = &room->view;

	if (room->summary) {
		draw_summary(ui, room);
		return;
	}
	if (!room->live) {
		draw_waiting(ui, room);
		return;
	}
	date_format(date_from_time(clock_time()), today);
	ai = view_agenda_item(v, (size_t)v->m->current);
	ui_part_bar(ui, v->m);
	ui_part_strip(ui, v->m, 1);
	top = ui_part_item(ui, v->m, ai, 3, v->room_question != NULL);
	if (v->room_question != NULL) {
		/* The question first, as large as leaves three rows for the rest. */
		qrows = ui_parrot_rows(v->room_question, LINES - 2 - top - 3);
		ui_parrot_draw(ui, top, top + qrows, v->room_question);
		top += qrows + 1;
	}
	draw_body(ui, top, v, ai, today);
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(LINES - 1, COLS - 26, 25, "room view · read-only");
	attroff(ui_attr(ui, STYLE_DIM));
}

/* Only q (or Ctrl-C) does anything here: the view is read-only. */
static enum ui_redraw
room_key(struct ui *ui, void *data, int key)
{
	(void)ui;
	(void)data;
	return ui_keys_lookup(&ui_keys_room, key) == CMD_LEAVE ? UI_QUIT :
	    UI_STAY;
}

/* The room's state: nothing loaded yet. */
static void *
room_enter(struct ui *ui, void *arg)
{
	struct room *room = xcalloc(1, sizeof *room);

	(void)ui;
	(void)arg;
	room->version = -1;
	return room;
}

/* Free it and what it loaded. */
static void
room_leave(struct ui *ui, void *data)
{
	(void)ui;
	room_clear(data);
	free(data);
}

const struct ui_screen ui_screen_room = {
	"room", &ui_keys_room, room_enter, room_leave, room_draw, room_key,
	room_tick, NULL
};

/* Follow the meeting in progress until q. */
int
ui_room_run(struct store *st)
{
	struct ui ui;

	memset(&ui, 0, sizeof ui);
	ui.st = st;
	ui.room = 1;
	ui_begin(&ui);
	ui_push(&ui, &ui_screen_room, NULL);
	ui_loop(&ui);
	ui_end();
	return 0;
}
