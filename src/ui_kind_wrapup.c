/* ui_kind_wrapup.c: the wrap-up: what the meeting made and what it missed. */
#include "kind.h"
#include "ui.h"

/* Wrap-up: today's actions with what they lack, and what was missed. */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct meeting_view *v = &ui->s->view;
	enum view_missed missed;
	size_t i;
	int n = 0;

	ui_part_actions(ui, b, "Action items from today", &v->actions, today);
	ui_body_gap(b);
	for (i = 0; i < v->m->nitems; i++) {
		if ((int)i == ui->s->m->current ||
		    (missed = view_item_missed(v, i)) == MISSED_NO)
			continue;
		if (!n++)
			ui_body_line(ui, b, STYLE_ACCENT, 0, "Not covered, or "
			    "out of time");
		ui_body_line(ui, b, STYLE_WARN, 2, "%zu/%zu %s: %s", i + 1,
		    v->m->nitems, kind_item_label(v->m->items[i].kind,
		    v->m->items[i].title),
		    missed == MISSED_OVER_TIME ? "ran over its timebox" :
		    "not covered");
	}
}

const struct ui_kind ui_kind_wrapup = {
	draw, NULL, NULL, NULL, NULL
};
