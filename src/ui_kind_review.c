/* ui_kind_review.c: last month's commitments on both screens. */
#include "ui.h"

/* The meeting screen: the figure, last parking lot, open actions by owner. */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct meeting_view *v = &ui->s->view;

	ui_part_review(ui, b, &v->parking_before, &v->earlier, &v->completion,
	    today);
}

/* The room: the same lists; its figure is pinned above them. */
static void
draw_room(struct ui *ui, struct ui_body *b, const struct meeting_view *v,
    const char *today)
{
	ui_part_review(ui, b, &v->parking_before, &v->earlier, NULL, today);
}

/* The room sees accountability as a number, whatever the list's length. */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	ui_part_completion(ui, b, &v->completion);
}

const struct ui_kind ui_kind_review = {
	draw, draw_room, room_pinned, NULL, NULL
};
