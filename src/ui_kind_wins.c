/*
 * ui_kind_wins.c: the olive branch on both screens: what each side did
 * well, and the newly won customers with their lead sources; w and N
 * capture them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "ui.h"
#include "util.h"
#include "win.h"

/* The two lists as lines, each heading first, to draw whole or fitted. */
static void
win_lines(const struct win_list *l, int keys, struct ui_lines *well,
    struct ui_lines *customers)
{
	size_t i, nwell = win_count(l, WIN_WELL);
	size_t ncust = win_count(l, WIN_CUSTOMER);
	const struct win *w;

	ui_lines_add(well, STYLE_ACCENT, 0, "What each side did well: %zu%s",
	    nwell, keys && nwell == 0 ? " (w adds one)" : "");
	ui_lines_add(customers, STYLE_ACCENT, 0, "Newly won customers: %zu%s",
	    ncust, keys && ncust == 0 ? " (N adds one)" : "");
	for (i = 0; l != NULL && i < l->n; i++) {
		w = &l->v[i];
		if (w->kind == WIN_WELL)
			ui_lines_add(well, STYLE_OK, 2, "%s: %s", w->side ==
			    SIDE_SALES ? "Sales" : w->side == SIDE_MARKETING ?
			    "Marketing" : "Both", w->text);
		else if (w->source != NULL)
			ui_lines_add(customers, STYLE_OK, 2, "%s \xc2\xb7 lead "
			    "source: %s", w->text, w->source);
		else
			ui_lines_add(customers, STYLE_OK, 2, "%s \xc2\xb7 lead "
			    "source not known", w->text);
	}
}

/*
 * Both lists in at most rows rows (rows < 0: all): each list gets its
 * share, what one does not use the other may.
 */
static void
draw_wins(struct ui *ui, struct ui_body *b, const struct win_list *l,
    int keys, int rows)
{
	struct ui_lines well = { 0 }, customers = { 0 };
	int half, start;

	win_lines(l, keys, &well, &customers);
	if (rows < 0) {
		ui_body_fit(ui, b, &well, -1);
		ui_body_fit(ui, b, &customers, -1);
	} else {
		/* The customers keep at least their heading and one more. */
		half = (int)customers.n < rows / 2 ? rows - (int)customers.n :
		    rows - rows / 2;
		start = b->y;
		ui_body_fit(ui, b, &well, half);
		ui_body_fit(ui, b, &customers, rows - (b->y - start));
	}
	ui_lines_fini(&well);
	ui_lines_fini(&customers);
}

/* The meeting screen: both lists whole (it scrolls). */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	(void)today;
	draw_wins(ui, b, ui->s->view.kind_data[KIND_WINS], 1, -1);
}

/* The room: the wins in sight above today's lists, as many as fit. */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	int rows = ui_part_room_rows(b, v);

	draw_wins(ui, b, v->kind_data[KIND_WINS], 0, rows > 1 ? rows - 1 : 0);
	ui_body_gap(b);
}

/*
 * Show the lead sources known, to type one of them; *names (freed by the
 * caller with util_free_strings) gets them for Tab.
 */
static void
say_sources(struct ui *ui, char ***names, size_t *n)
{
	char *cause = NULL, line[sizeof ui->message];
	size_t i, used = 0, shown = 0;

	*names = NULL;
	*n = 0;
	if (store_lead_sources(ui->st, names, n, &cause) != 0 || *n == 0) {
		ui_say(ui, 0, "Empty if the lead source is not known.");
		free(cause);
		return;
	}
	line[0] = '\0';
	for (i = 0; i < *n; i++)
		if (used + strlen((*names)[i]) + 64 < sizeof line) {
			used += (size_t)snprintf(line + used, sizeof line -
			    used, "%s%s", i > 0 ? ", " : "", (*names)[i]);
			shown++;
		}
	if (shown < *n)
		ui_say(ui, 0, "Known: %s and %zu more. Tab completes; empty if "
		    "not known.", line, *n - shown);
	else
		ui_say(ui, 0, "Known: %s. Tab completes; empty if not known.",
		    line);
}

/* Save a win or a customer and say so, or say why not. */
static void
save(struct ui *ui, enum win_kind kind, enum side side, const char *text,
    const char *source)
{
	char *cause = NULL;
	long id;

	if (session_add_win(ui->s, kind, side, text, source, &id,
	    &cause) != 0)
		ui_say(ui, 1, "%s NOT saved: %s", kind == WIN_CUSTOMER ?
		    "New customer" : "Win", cause);
	else if (kind == WIN_CUSTOMER)
		ui_say(ui, 0, "New customer saved: %s%s%s.", text,
		    util_blank(source) ? "" : ", from ", util_blank(source) ?
		    "" : source);
	else
		ui_say(ui, 0, "Win saved for %s.", side == SIDE_SALES ?
		    "sales" : "marketing");
	free(cause);
}

/* w: which side did well, and what. */
static void
add_win(struct ui *ui)
{
	char *text = NULL, label[48];
	enum side side;
	int key;

	key = ui_choose(ui, "Who did well? s sales, m marketing (Esc: "
	    "nothing)", "sm");
	if (key == 0) {
		ui_say(ui, 0, "Nothing saved.");
		return;
	}
	side = key == 's' ? SIDE_SALES : SIDE_MARKETING;
	snprintf(label, sizeof label, "What %s did well:", side == SIDE_SALES ?
	    "sales" : "marketing");
	if (ui_prompt(ui, label, NULL, 0, &text) != 1 || util_blank(text))
		ui_say(ui, 0, "Nothing saved.");
	else
		save(ui, WIN_WELL, side, text, NULL);
	free(text);
}

/* N: the customer's name, then the lead source it came from. */
static void
add_customer(struct ui *ui)
{
	char *name = NULL, *source = NULL, **sources = NULL;
	size_t n = 0;

	if (ui_prompt(ui, "New customer:", NULL, 0, &name) != 1 ||
	    util_blank(name)) {
		ui_say(ui, 0, "Nothing saved.");
		goto out;
	}
	say_sources(ui, &sources, &n);
	if (ui_prompt_from(ui, "Lead source:", NULL, 0,
	    (const char *const *)sources, n, &source) != 1)
		ui_say(ui, 0, "Nothing saved.");
	else
		save(ui, WIN_CUSTOMER, SIDE_NONE, name, source);
out:
	util_free_strings(sources, n);
	free(name);
	free(source);
}

/* The item's keys. */
static void
key(struct ui *ui, enum ui_cmd cmd)
{
	if (cmd == CMD_WIN)
		add_win(ui);
	else if (cmd == CMD_CUSTOMER)
		add_customer(ui);
}

const struct ui_kind ui_kind_wins = {
	draw, NULL, room_pinned, &ui_keys_wins, key
};
