/* ui_search.c: the / key: search what every meeting said, hits in a list. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "search.h"
#include "ui.h"
#include "util.h"

/* The screen's state: the words, what they found, the list over it. */
struct search_screen {
	char *words;
	struct search_result r;
	struct ui_list list;
	char error[256];
};

/*
 * Run the search for the words typed. The screens are shared: private
 * notes and follow-ups are never searched here (parley search
 * --include-private is the way to them).
 */
static void
run_search(struct ui *ui, struct search_screen *ss)
{
	char *query = search_query(&ss->words, 1), *cause = NULL;

	search_result_fini(&ss->r);
	memset(&ss->list, 0, sizeof ss->list);
	ss->error[0] = '\0';
	if (query == NULL)
		snprintf(ss->error, sizeof ss->error, "Nothing to search for: "
		    "type words, as many as you like.");
	else if (store_search(ui->st, query, 0, 200, &ss->r, &cause) != 0)
		snprintf(ss->error, sizeof ss->error, "Search failed: %s",
		    cause);
	ss->list.n = ss->r.n;
	free(query);
	free(cause);
}

/* Draw bytes [from, to) of a snippet cleaned, from x; returns the new x. */
static int
put_piece(const char *s, size_t from, size_t to, int y, int x)
{
	char *piece = xstrndup(s + from, to - from), *clean;

	clean = search_clean(piece);
	if (x < COLS - 1)
		x += ui_put(y, x, COLS - 1 - x, clean);
	free(clean);
	free(piece);
	return x;
}

/* One hit: date, item, what it is, the snippet with its matches bold. */
static void
draw_hit(struct ui *ui, int y, size_t i, int selected, const void *arg)
{
	const struct search_screen *ss = arg;
	const struct search_hit *h = &ss->r.v[i];
	char left[96];
	size_t at = 0, k;
	int x, base = ui_attr(ui, selected ? STYLE_SELECT : STYLE_NORMAL);

	attron(base);
	ui_fill_row(y);
	snprintf(left, sizeof left, " %-10s  %s", h->date[0] != '\0' ?
	    h->date : "-", search_kind_label(h->kind));
	ui_put(y, 0, 29, left);
	x = 30;
	for (k = 0; k < h->nspans; k++) {
		x = put_piece(h->snippet, at, h->spans[k].start, y, x);
		attron(A_BOLD | (ui->color && !selected ?
		    ui_attr(ui, STYLE_ACCENT) : 0));
		x = put_piece(h->snippet, h->spans[k].start, h->spans[k].end, y,
		    x);
		attroff(A_BOLD | (ui->color && !selected ?
		    ui_attr(ui, STYLE_ACCENT) : 0));
		attron(base);
		at = h->spans[k].end;
	}
	put_piece(h->snippet, at, strlen(h->snippet), y, x);
	attroff(base);
}

/* Where the selected hit was said, at the foot of the list. */
static void
draw_where(struct ui *ui, const struct search_screen *ss)
{
	const struct search_hit *h;
	char *line;

	if (ss->r.n == 0)
		return;
	h = &ss->r.v[ss->list.sel];
	if (h->meeting_id != 0 && h->item_pos >= 0)
		line = xasprintf("Meeting %ld of %s, item %d: %s", h->meeting_id,
		    h->date, h->item_pos + 1, h->item_title != NULL ?
		    h->item_title : "");
	else if (h->meeting_id != 0)
		line = xasprintf("Meeting %ld of %s", h->meeting_id, h->date);
	else
		line = xasprintf("Action item made on %s, outside a meeting",
		    h->date);
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(LINES - 3, 1, COLS - 2, line);
	attroff(ui_attr(ui, STYLE_DIM));
	free(line);
}

/* Paint the hits. */
static void
search_draw(struct ui *ui, void *data)
{
	struct search_screen *ss = data;
	char *head;

	head = xasprintf("Search: %s · %ld found%s · / again · Esc back",
	    ss->words, ss->r.total, ss->r.total > (long)ss->r.n ?
	    ", the best shown" : "");
	ui_bar(ui, 0, head);
	free(head);
	if (ss->error[0] != '\0' || ss->r.n == 0) {
		ui_put(2, 2, COLS - 4, ss->error[0] != '\0' ? ss->error :
		    "No meeting said that.");
		return;
	}
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(2, 1, COLS - 2, "DATE        WHAT              SAID");
	attroff(ui_attr(ui, STYLE_DIM));
	ui_list_draw(ui, &ss->list, 3, LINES - 7, draw_hit, ss);
	draw_where(ui, ss);
}

/* Ask for words; 1 with a new string in *words, 0 when cancelled. */
int
ui_search_ask(struct ui *ui, char **words)
{
	ui_say(ui, 0, "Words to find in every meeting (the start of a word "
	    "is enough); nothing private is searched here.");
	if (ui_prompt(ui, "Search:", NULL, 0, words) == 1 &&
	    **words != '\0') {
		ui->message[0] = '\0';
		return 1;
	}
	free(*words);
	*words = NULL;
	ui_say(ui, 0, "No search.");
	return 0;
}

/* Handle a key: move, search again, or go back. */
static enum ui_redraw
search_key(struct ui *ui, void *data, int key)
{
	struct search_screen *ss = data;
	char *words = NULL;

	switch (ui_keys_lookup(&ui_keys_search, key)) {
	case CMD_BACK:
		ui_pop(ui);
		break;
	case CMD_HELP:
		ui->help = 1;
		break;
	case CMD_SEARCH:
		if (ui_search_ask(ui, &words)) {
			free(ss->words);
			ss->words = words;
			run_search(ui, ss);
		}
		break;
	default:
		if (!ui_list_key(&ss->list, key))
			ui_say(ui, 0, "Press ? for the keys.");
	}
	return UI_STAY;
}

/* Search for the words given (the screen takes them). */
static void *
search_enter(struct ui *ui, void *arg)
{
	struct search_screen *ss = xcalloc(1, sizeof *ss);

	ss->words = arg;
	run_search(ui, ss);
	return ss;
}

/* Free the words and the hits. */
static void
search_leave(struct ui *ui, void *data)
{
	struct search_screen *ss = data;

	(void)ui;
	search_result_fini(&ss->r);
	free(ss->words);
	free(ss);
}

const struct ui_screen ui_screen_search = {
	"search", &ui_keys_search, search_enter, search_leave, search_draw,
	search_key, NULL, NULL
};
