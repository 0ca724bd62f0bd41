/* ui_room.c: the read-only room view for the projector; nothing private. */
#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"

/*
 * What the room shows, reloaded only when another connection has committed
 * (PRAGMA data_version moved): the view costs a cheap query four times a
 * second while nothing happens.
 */
struct room {
	long version;            /* data_version at the last load; -1: never */
	struct meeting *m;       /* the meeting in progress, NULL: waiting */
	struct agenda *agenda;   /* its agenda, for prompts and who asks */
	char *question;          /* the question parroted last, or NULL */
	struct action_list today;
	struct entry_list decisions;
	struct action_list earlier;  /* on the review item: open commitments */
	struct entry_list parking;   /* on the review item: the last parking lot */
	long ended;              /* the meeting that ended while watched */
	char error[256];
};

static struct room room;

/* Forget the loaded meeting. */
static void
room_clear(void)
{
	meeting_free(room.m);
	agenda_free(room.agenda);
	free(room.question);
	action_list_fini(&room.today);
	entry_list_fini(&room.decisions);
	action_list_fini(&room.earlier);
	entry_list_fini(&room.parking);
	room.m = NULL;
	room.agenda = NULL;
	room.question = NULL;
}

/* Keep only the decisions of a meeting's entries. */
static void
keep_decisions(struct entry_list *l)
{
	size_t i, kept = 0;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind == ENTRY_DECISION)
			l->v[kept++] = l->v[i];
		else
			free(l->v[i].text);
	}
	l->n = kept;
}

/* Load what the room shows of meeting id. */
static int
room_load(struct store *st, long id, char **cause)
{
	struct action_filter today = { .all = 1, .meeting_id = id };
	struct action_filter earlier = { .before_meeting = id };
	struct agenda_diags diags = { NULL, 0 };

	if (store_meeting_load(st, id, &room.m, cause) != 0 ||
	    store_room_question_get(st, id, &room.question, cause) != 0 ||
	    store_actions(st, &today, &room.today, cause) != 0 ||
	    store_entries(st, id, 0, PRIVATE_OMIT, &room.decisions,
	    cause) != 0)
		return -1;
	if (room.m->items[room.m->current].kind == KIND_REVIEW &&
	    (store_actions(st, &earlier, &room.earlier, cause) != 0 ||
	    store_previous_parking(st, id, &room.parking, cause) != 0))
		return -1;
	keep_decisions(&room.decisions);
	if (agenda_parse(room.m->agenda_text, strlen(room.m->agenda_text),
	    &room.agenda, &diags) != 0)
		room.agenda = NULL;
	agenda_diags_fini(&diags);
	return 0;
}

/*
 * A facilitator's screen saves its clock every SESSION_HEARTBEAT seconds;
 * one silent for three times that is gone (killed, or its machine asleep):
 * stop the room's copy of its clock at the last heartbeat, as resume will.
 */
static void
stop_dead_clock(void)
{
	if (room.m != NULL && room.m->clock_started != 0 &&
	    clock_time() - room.m->heartbeat > 3 * SESSION_HEARTBEAT)
		meeting_pause(room.m, room.m->heartbeat);
}

/* Reload when the database changed since the last look. */
static void
room_tick(struct ui *ui)
{
	char *cause = NULL;
	long version, id = 0;
	int live;

	if (store_data_version(ui->st, &version, &cause) != 0)
		goto fail;
	stop_dead_clock();
	if (version == room.version)
		return;
	room.version = version;
	if (room.m != NULL)
		room.ended = room.m->id;
	room_clear();
	if (store_snapshot_begin(ui->st, &cause) != 0)
		goto fail;
	live = store_meeting_live(ui->st, &id, &cause);
	if (live < 0 || (live == 1 && room_load(ui->st, id, &cause) != 0)) {
		store_snapshot_end(ui->st);
		goto fail;
	}
	store_snapshot_end(ui->st);
	if (live == 1)
		room.ended = 0;
	room.error[0] = '\0';
	return;
fail:
	snprintf(room.error, sizeof room.error, "%s", cause);
	free(cause);
	room_clear();
	room.version = -1;
}

/* The screen while no meeting is in progress. */
static void
draw_waiting(struct ui *ui)
{
	ui_bar(ui, 0, "Parley · room view");
	attron(ui_attr(ui, STYLE_TITLE));
	ui_put(LINES / 2 - 1, 4, COLS - 8, room.ended != 0 ? "The meeting "
	    "has ended. Waiting for the next one to start…" :
	    "Waiting for a meeting to start…");
	attroff(ui_attr(ui, STYLE_TITLE));
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(LINES / 2 + 1, 4, COLS - 8, "This view follows the meeting "
	    "as it happens. q leaves.");
	if (room.error[0] != '\0')
		ui_put(LINES / 2 + 3, 4, COLS - 8, room.error);
	attroff(ui_attr(ui, STYLE_DIM));
}

/* What the item shows, then today's actions and decisions. */
static void
draw_lists(struct ui *ui, struct ui_body *b, const struct agenda_item *ai,
    const char *today)
{
	size_t i;

	if (room.question == NULL &&
	    room.m->items[room.m->current].kind == KIND_REVIEW) {
		ui_part_review(ui, b, &room.parking, &room.earlier, today);
		ui_body_gap(b);
	}
	if (room.question == NULL && ai != NULL && ai->kind == KIND_DEFINITION) {
		ui_part_criteria(ui, b, ai);
		ui_body_gap(b);
	}
	ui_part_actions(ui, b, "Action items from today", &room.today, today);
	if (room.decisions.n == 0)
		return;
	ui_body_gap(b);
	ui_body_line(ui, b, STYLE_ACCENT, 0, "Decisions");
	for (i = 0; i < room.decisions.n; i++)
		ui_body_line(ui, b, STYLE_OK, 2, "%s", room.decisions.v[i].text);
}

/*
 * Draw the lists from row top. Nobody scrolls a projector: when they do not
 * fit, the end (what was said last) is shown, and a line says so.
 */
static void
draw_body(struct ui *ui, int top, const struct agenda_item *ai,
    const char *today)
{
	struct ui_body measure = { 0 }, b = { 0 };
	int rows = LINES - 2 - top;

	measure.width = COLS - 2;
	measure.bottom = INT_MAX;
	draw_lists(ui, &measure, ai, today);
	b.x = 1;
	b.width = COLS - 2;
	b.y = top;
	b.bottom = LINES - 2;
	b.draw = 1;
	b.skip = measure.total > rows ? measure.total - rows : 0;
	draw_lists(ui, &b, ai, today);
	if (b.skip > 0) {
		attron(ui_attr(ui, STYLE_DIM));
		ui_put(LINES - 2, 1, COLS - 30, "↑ more above: the meeting "
		    "screen has it all");
		attroff(ui_attr(ui, STYLE_DIM));
	}
}

/* Paint the room view. */
static void
room_draw(struct ui *ui)
{
	const struct agenda_item *ai = NULL;
	char today[11];
	int top, qrows;

	if (room.m == NULL) {
		draw_waiting(ui);
		return;
	}
	date_format(date_from_time(clock_time()), today);
	if (room.agenda != NULL && (size_t)room.m->current <
	    room.agenda->nitems)
		ai = &room.agenda->items[room.m->current];
	ui_part_bar(ui, room.m);
	ui_part_strip(ui, room.m, 1);
	top = ui_part_item(ui, room.m, ai, 3, room.question != NULL);
	if (room.question != NULL) {
		/* The question first, as large as leaves three rows for the rest. */
		qrows = ui_parrot_rows(room.question, LINES - 2 - top - 3);
		ui_parrot_draw(ui, top, top + qrows, room.question);
		top += qrows + 1;
	}
	draw_body(ui, top, ai, today);
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(LINES - 1, COLS - 26, 25, "room view · read-only");
	attroff(ui_attr(ui, STYLE_DIM));
}

/* Only q (or Ctrl-C) does anything here: the view is read-only. */
static enum ui_redraw
room_key(struct ui *ui, int key)
{
	(void)ui;
	return ui_keys_lookup(&ui_keys_room, key) == CMD_LEAVE ? UI_QUIT :
	    UI_STAY;
}

const struct ui_screen ui_screen_room = {
	"room", &ui_keys_room, room_draw, room_key, room_tick
};

/* Follow the meeting in progress until q. */
int
ui_room_run(struct store *st)
{
	struct ui ui;

	memset(&ui, 0, sizeof ui);
	memset(&room, 0, sizeof room);
	room.version = -1;
	ui.st = st;
	ui.screen = &ui_screen_room;
	ui.back = &ui_screen_room;
	ui_begin(&ui);
	ui_loop(&ui);
	ui_end();
	room_clear();
	return 0;
}
