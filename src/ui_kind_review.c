/*
 * ui_kind_review.c: last month's commitments on both screens, with the
 * parking lot carried forward; C closes a parked topic, or reopens it.
 */
#include <stdio.h>
#include <stdlib.h>

#include "ui.h"
#include "util.h"

/*
 * The meeting screen: the figure, the parking lot, the heading of the
 * open commitments; these follow, laid out as they show (list_entry).
 */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct meeting_view *v = &ui->s->view;

	(void)today;
	ui_part_completion(ui, b, &v->completion);
	ui_part_parking(ui, b, v, -1, 1);
	ui_part_review_heading(ui, b, v);
}

/* How many open commitments the meeting screen lists. */
static size_t
list_n(struct ui *ui)
{
	return ui->s->view.backlog != NULL ? ui->s->view.backlog->n : 0;
}

/* Commitment i on the meeting screen. */
static void
list_entry(struct ui *ui, struct ui_body *b, size_t i, const char *today)
{
	ui_part_review_entry(ui, b, &ui->s->view, i, today);
}

/* The room: the open actions; the figure and the lot are pinned above. */
static void
draw_room(struct ui *ui, struct ui_body *b, const struct meeting_view *v,
    const char *today)
{
	ui_part_review(ui, b, v, today);
}

/*
 * The room sees accountability as a number whatever the list's length,
 * and the parking lot in at most half of what is left.
 */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	ui_part_completion(ui, b, &v->completion);
	ui_part_parking(ui, b, v, (b->bottom - b->y) / 2, 0);
}

/* Which parked topic: the only one, or the number typed; 0 for none. */
static size_t
pick_parked(struct ui *ui, size_t n)
{
	char *text = NULL, label[64];
	long k = 0;

	if (n == 1)
		return 1;
	snprintf(label, sizeof label, "Close or reopen parked topic (1-%zu):",
	    n);
	if (ui_prompt(ui, label, NULL, 0, &text) != 1 || *text == '\0') {
		free(text);
		ui_say(ui, 0, "No parked topic changed.");
		return 0;
	}
	if (util_parse_long(text, 1, (long)n, &k) != 0) {
		ui_say(ui, 1, "No parked topic %s: the lot is numbered 1 to "
		    "%zu.", text, n);
		k = 0;
	}
	free(text);
	return (size_t)k;
}

/* C: close a topic of the lot carried forward, or open it again. */
static void
close_parked(struct ui *ui)
{
	const struct entry_list *l = &ui->s->view.parking_before;
	const struct entry *e;
	char *cause = NULL, *text;
	size_t k;
	int closed;

	if (l->n == 0) {
		ui_say(ui, 0, "No parked topic was carried into this meeting.");
		return;
	}
	if ((k = pick_parked(ui, l->n)) == 0)
		return;
	e = &l->v[k - 1];
	closed = e->closed_at[0] == '\0';
	text = xstrdup(e->text);   /* the view is reloaded by the change */
	if (session_close_parked(ui->s, e->id, closed, &cause) != 0)
		ui_say(ui, 1, "Parked topic %zu NOT %s: %s", k, closed ?
		    "closed" : "reopened", cause);
	else
		ui_say(ui, 0, "Parked topic %zu %s: %s", k, closed ?
		    "closed" : "reopened", text);
	free(text);
	free(cause);
}

/* The item's keys. */
static void
key(struct ui *ui, enum ui_cmd cmd)
{
	if (cmd == CMD_CLOSE_PARKED)
		close_parked(ui);
}

const struct ui_kind ui_kind_review = {
	draw, draw_room, room_pinned, &ui_keys_review, key
};

const struct ui_kind_list ui_kind_review_list = { list_n, list_entry };
