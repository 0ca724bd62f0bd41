/* ui_help.c: the key overlay, drawn from the key table. */
#include <curses.h>

#include "ui.h"

/* The prompt keys, the same in every prompt. */
static const char *const prompt_help[] = {
	"In prompts: Enter accepts, Esc cancels, Tab completes names,",
	"Left/Right Home/End Backspace Delete Ctrl-A Ctrl-E Ctrl-U Ctrl-W edit.",
};

/* Draw a boxed list of the keys of map over the screen. */
void
ui_help_draw(struct ui *ui, const struct ui_keymap *map)
{
	int h, w = 74, y0, x0, y, row, shown = 0;
	size_t i;

	/* Keys without a label share the line of the key before them. */
	for (i = 0; i < map->n; i++)
		shown += map->keys[i].label != NULL;
	h = shown + 6;
	if (h > LINES - 2)
		h = LINES - 2;
	y0 = (LINES - h) / 2;
	x0 = (COLS - w) / 2;
	for (y = y0; y < y0 + h; y++) {
		move(y, x0);
		for (i = 0; i < (size_t)w; i++)
			addch(' ');
	}
	attron(ui_attr(ui, STYLE_ACCENT));
	/* The wide forms: UTF-8 lines, not the terminal's alternate charset. */
	mvhline_set(y0, x0, WACS_HLINE, w);
	mvhline_set(y0 + h - 1, x0, WACS_HLINE, w);
	mvvline_set(y0, x0, WACS_VLINE, h);
	mvvline_set(y0, x0 + w - 1, WACS_VLINE, h);
	mvadd_wch(y0, x0, WACS_ULCORNER);
	mvadd_wch(y0, x0 + w - 1, WACS_URCORNER);
	mvadd_wch(y0 + h - 1, x0, WACS_LLCORNER);
	mvadd_wch(y0 + h - 1, x0 + w - 1, WACS_LRCORNER);
	attroff(ui_attr(ui, STYLE_ACCENT));
	attron(ui_attr(ui, STYLE_TITLE));
	mvprintw(y0, x0 + 2, " Keys: %s ", map->title);
	attroff(ui_attr(ui, STYLE_TITLE));
	for (i = 0, row = y0 + 1; i < map->n && row < y0 + h - 4; i++) {
		if (map->keys[i].label == NULL)
			continue;
		attron(ui_attr(ui, STYLE_ACCENT));
		ui_put(row, x0 + 2, 12, map->keys[i].label);
		attroff(ui_attr(ui, STYLE_ACCENT));
		ui_put(row++, x0 + 15, w - 17, map->keys[i].help);
	}
	attron(ui_attr(ui, STYLE_DIM));
	for (i = 0; i < 2; i++)
		ui_put(y0 + h - 4 + (int)i, x0 + 2, w - 4, prompt_help[i]);
	attroff(ui_attr(ui, STYLE_DIM));
	ui_put(y0 + h - 2, x0 + 2, w - 4, "Any key closes this help.");
}
