/* ui_help.c: the key overlay, drawn from the key tables. */
#include <curses.h>

#include "ui.h"

/* The prompt keys, the same in every prompt. */
static const char *const prompt_help[] = {
	"In prompts: Enter accepts, Esc cancels, Tab completes names,",
	"Left/Right Home/End Backspace Delete Ctrl-A Ctrl-E Ctrl-U Ctrl-W edit.",
};

/* Blank the box and draw its frame and title. */
static void
draw_box(struct ui *ui, int y0, int x0, int h, int w, const char *title)
{
	int y, x;

	for (y = y0; y < y0 + h; y++) {
		move(y, x0);
		for (x = 0; x < w; x++)
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
	mvprintw(y0, x0 + 2, " Keys: %s ", title);
	attroff(ui_attr(ui, STYLE_TITLE));
}

/* One line of the overlay: a key and its words, or a heading alone. */
struct help_line {
	const char *label;      /* NULL for a heading */
	const char *text;
};

/* Add the lines of map (under heading, when not NULL) to lines. */
static int
add_lines(struct help_line *lines, int n, int max,
    const struct ui_keymap *map, const char *heading)
{
	size_t i;

	if (heading != NULL && n < max)
		lines[n++] = (struct help_line){ NULL, heading };
	for (i = 0; map != NULL && i < map->n && n < max; i++) {
		if (map->keys[i].label != NULL)
			lines[n++] = (struct help_line){ map->keys[i].label,
			    map->keys[i].help };
	}
	return n;
}

/* Draw one line in a column x wide w. */
static void
draw_line(struct ui *ui, const struct help_line *l, int y, int x, int w)
{
	int style = ui_attr(ui, l->label == NULL ? STYLE_TITLE : STYLE_ACCENT);

	attron(style);
	ui_put(y, x, l->label == NULL ? w : 12, l->label == NULL ? l->text :
	    l->label);
	attroff(style);
	if (l->label != NULL)
		ui_put(y, x + 13, w - 13, l->text);
}

/*
 * Draw a boxed list of the keys of map over the screen, then those of
 * more (an agenda item's own, under its title) when it is not NULL. When
 * they do not fit in one column, the prompt keys make room first; then
 * they take two columns, the words cut shorter.
 */
void
ui_help_draw(struct ui *ui, const struct ui_keymap *map,
    const struct ui_keymap *more)
{
	struct help_line lines[64];
	int n, w, h, y0, x0, i, col, rows, two, prompts, foot;

	n = add_lines(lines, 0, 64, map, NULL);
	n = add_lines(lines, n, 64, more, more != NULL ? more->title : NULL);
	prompts = n + 6 <= LINES - 2;
	two = n + 3 > LINES - 2;
	foot = prompts ? 4 : 2;   /* rows under the keys, frame included */
	rows = two ? (n + 1) / 2 : n;
	w = two ? (COLS - 4 < 110 ? COLS - 4 : 110) : 74;
	h = rows + foot + 1 < LINES - 2 ? rows + foot + 1 : LINES - 2;
	if (prompts)
		h++;
	y0 = (LINES - h) / 2;
	x0 = (COLS - w) / 2;
	draw_box(ui, y0, x0, h, w, map->title);
	col = two ? (w - 4) / 2 : w - 4;
	for (i = 0; i < n && i % rows < h - foot - 1; i++)
		draw_line(ui, &lines[i], y0 + 1 + i % rows, x0 + 2 +
		    (i / rows) * (col + 1), col - 1);
	attron(ui_attr(ui, STYLE_DIM));
	for (i = 0; prompts && i < 2; i++)
		ui_put(y0 + h - 4 + i, x0 + 2, w - 4, prompt_help[i]);
	attroff(ui_attr(ui, STYLE_DIM));
	/* Short of room, the prompt keys in brief on the last line. */
	ui_put(y0 + h - 2, x0 + 2, w - 4, prompts ? "Any key closes this help." :
	    "Any key closes · prompts: Enter Esc Tab Ctrl-A Ctrl-E Ctrl-U Ctrl-W");
}
