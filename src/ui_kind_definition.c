/* ui_kind_definition.c: Q4, the MQL definition, on both screens. */
#include "ui.h"

/* The meeting screen: the criteria. */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	(void)today;
	ui_part_criteria(ui, b, session_agenda_item(ui->s));
}

/* The room: the same. */
static void
draw_room(struct ui *ui, struct ui_body *b, const struct meeting_view *v,
    const char *today)
{
	(void)today;
	ui_part_criteria(ui, b, view_agenda_item(v, (size_t)v->m->current));
}

const struct ui_kind ui_kind_definition = {
	draw, draw_room, NULL, NULL, NULL
};
