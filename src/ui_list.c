/* ui_list.c: the one list widget: a selection, scrolling, and keys to move. */
#include <curses.h>

#include "ui.h"

/* Keep the selection within the list and on screen. */
static void
clamp(struct ui_list *l)
{
	if (l->sel >= (int)l->n)
		l->sel = (int)l->n - 1;
	if (l->sel < 0)
		l->sel = 0;
	if (l->rows < 1)
		l->rows = 1;
	if (l->top > l->sel)
		l->top = l->sel;
	if (l->sel >= l->top + l->rows)
		l->top = l->sel - l->rows + 1;
	if (l->top > (int)l->n - l->rows)
		l->top = (int)l->n - l->rows;
	if (l->top < 0)
		l->top = 0;
}

/* Move the selection for a navigation key; 1 if it was one. */
int
ui_list_key(struct ui_list *l, int key)
{
	int page = l->rows > 1 ? l->rows - 1 : 1;

	switch (key) {
	case UI_FN + KEY_UP:
		l->sel--;
		break;
	case UI_FN + KEY_DOWN:
		l->sel++;
		break;
	case UI_FN + KEY_PPAGE:
		l->sel -= page;
		break;
	case UI_FN + KEY_NPAGE:
		l->sel += page;
		break;
	case UI_FN + KEY_HOME:
		l->sel = 0;
		break;
	case UI_FN + KEY_END:
		l->sel = (int)l->n - 1;
		break;
	default:
		return 0;
	}
	clamp(l);
	return 1;
}

/* Draw the rows that show, from row y, rows rows high. */
void
ui_list_draw(struct ui *ui, struct ui_list *l, int y, int rows,
    ui_list_row_fn row, const void *arg)
{
	int i;

	l->rows = rows;
	clamp(l);
	for (i = l->top; i < (int)l->n && i - l->top < rows; i++)
		row(ui, y + i - l->top, (size_t)i, i == l->sel, arg);
}

/*
 * The list changed (n rows now): keep the selection on the row whose id
 * was selected, wherever it sorted to; if it left the list, stay at the
 * same place, so the next row is selected.
 */
void
ui_list_follow(struct ui_list *l, size_t n, long id, ui_list_id_fn id_at,
    const void *arg)
{
	size_t i;

	l->n = n;
	for (i = 0; i < n; i++) {
		if (id_at(i, arg) == id) {
			l->sel = (int)i;
			break;
		}
	}
	clamp(l);
}
