/* ui_kind_objections.c: Q1, the objections heard and their history. */
#include <curses.h>
#include <stdlib.h>

#include "ui.h"
#include "util.h"

/*
 * Lines the room gives the tally: two thirds of what is left under the
 * item's header, so today's actions still show below it.
 */
static int
room_budget(void)
{
	int rows = (LINES - 11) * 2 / 3;

	return rows < 5 ? 5 : rows;
}

/* The tally a view holds, or NULL when it has none. */
static const struct prospect_tally *
tally_of(const struct meeting_view *v)
{
	return v->kind_data[KIND_OBJECTIONS];
}

/* One objection: how often today, its name; its history beneath. */
static void
draw_line(struct ui *ui, struct ui_body *b, size_t i, const void *arg)
{
	const struct prospect_line *l = &((const struct prospect_tally *)
	    arg)->v[i];
	char *times = prospect_times(l);
	char *history = prospect_history(l, "today");

	ui_body_line(ui, b, STYLE_NORMAL, 2, "%s  %s", times, l->name);
	ui_body_line(ui, b, STYLE_DIM, 6, "%s%s", history, l->requested > 0 ?
	    " \xc2\xb7 content asked for" : "");
	free(times);
	free(history);
}

/*
 * One objection in the room, on one line where it fits: the room has
 * less space and nobody scrolls it, so the history is said short.
 */
static void
draw_room_line(struct ui *ui, struct ui_body *b, size_t i, const void *arg)
{
	const struct prospect_line *l = &((const struct prospect_tally *)
	    arg)->v[i];
	char *times = prospect_times(l);

	if (l->before[0] == '\0')
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s  %s \xc2\xb7 new "
		    "today", times, l->name);
	else
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s  %s \xc2\xb7 %d of "
		    "the last %d meetings, first %s", times, l->name,
		    l->meetings, l->window, l->first);
	free(times);
}

/* The heading and the tally, in at most max lines (-1: all of it). */
static void
draw_tally(struct ui *ui, struct ui_body *b, const struct prospect_tally *t,
    int max, int room)
{
	if (t == NULL)
		return;
	if (t->n == 0) {
		ui_body_line(ui, b, STYLE_DIM, 0, room ? "No objections heard "
		    "yet today." : "No objections heard yet today: h captures "
		    "one, Tab offers those heard before.");
		return;
	}
	ui_body_line(ui, b, STYLE_ACCENT, 0, "Objections heard today: %d%s",
	    t->total, room ? "" : " (h: one more; heard again, it is "
	    "counted)");
	ui_body_list(ui, b, t->n, max < 0 ? -1 : max - 1, room ?
	    draw_room_line : draw_line, t);
}

/* The meeting screen: the whole tally, above the captures. */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	(void)today;
	draw_tally(ui, b, tally_of(&ui->s->view), -1, 0);
}

/*
 * The room: the tally stays in sight, whatever follows it, its first
 * entries and how many more when it is long.
 */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	draw_tally(ui, b, tally_of(v), room_budget(), 1);
	ui_body_gap(b);
}

/* h: an objection heard, counted again when it was heard before. */
static void
hear(struct ui *ui)
{
	const struct prospect_tally *t = tally_of(&ui->s->view);
	const struct prospect_line *l;
	char *text = NULL, *name = NULL, *cause = NULL;
	int again, times = 0;
	size_t i;

	ui_say(ui, 0, "Tab offers the objections heard before; one heard again "
	    "is counted, not repeated.");
	if (ui_prompt_from(ui, "Objection heard:", NULL, 0, t != NULL ?
	    (const char *const *)t->names : NULL, t != NULL ? t->nnames : 0,
	    &text) != 1 || *text == '\0') {
		ui_say(ui, 0, "Nothing saved.");
		goto out;
	}
	if (session_hear_objection(ui->s, text, &name, &again, &cause) != 0) {
		ui_say(ui, 1, "Objection NOT saved: %s", cause);
		goto out;
	}
	/* The tally was reloaded: say how often it was heard today. */
	for (i = 0, t = tally_of(&ui->s->view); t != NULL && i < t->n; i++) {
		l = &t->v[i];
		if (l->hearing_id != 0 && prospect_same(l->name, name))
			times = l->heard + l->parroted;
	}
	if (again)
		ui_say(ui, 0, "Heard again: %s (%d\xc3\x97 today).", name,
		    times);
	else
		ui_say(ui, 0, "New objection saved: %s.", name);
out:
	free(text);
	free(name);
	free(cause);
}

/*
 * H: take back one count of an objection heard today, its newest: one
 * counted by mistake, or under a name mistyped (h then counts it right).
 */
static void
unhear(struct ui *ui)
{
	const struct prospect_tally *t = tally_of(&ui->s->view);
	const char **names = NULL;
	long *ids = NULL, at;
	char *text = NULL, *name = NULL, *cause = NULL;
	size_t i, n = 0;

	for (i = 0; t != NULL && i < t->n; i++) {
		if (t->v[i].hearing_id == 0)
			continue;   /* parroted only: E changes a statement */
		names = xreallocarray(names, n + 1, sizeof *names);
		ids = xreallocarray(ids, n + 1, sizeof *ids);
		names[n] = t->v[i].name;
		ids[n++] = t->v[i].hearing_id;
	}
	if (n == 0) {
		ui_say(ui, 0, "No objection was heard today.");
		goto out;
	}
	ui_say(ui, 0, "Tab offers the objections heard today.");
	if (ui_prompt_from(ui, "Take back one count of:", NULL, 0, names, n,
	    &text) != 1 || *text == '\0') {
		ui_say(ui, 0, "Nothing taken back.");
		goto out;
	}
	if ((at = prospect_find(names, n, text)) < 0) {
		ui_say(ui, 1, "No objection was heard today as \"%s\": nothing "
		    "taken back.", text);
		goto out;
	}
	name = xstrdup(names[at]);
	if (session_unhear_objection(ui->s, ids[at], &cause) != 0)
		ui_say(ui, 1, "NOT taken back: %s", cause);
	else
		ui_say(ui, 0, "Taken back: one count of %s (u counts it "
		    "again).", name);
out:
	free(names);
	free(ids);
	free(text);
	free(name);
	free(cause);
}

/* The item's own keys. */
static void
key(struct ui *ui, enum ui_cmd cmd)
{
	if (cmd == CMD_HEARD)
		hear(ui);
	else if (cmd == CMD_UNHEARD)
		unhear(ui);
}

const struct ui_kind ui_kind_objections = {
	draw, NULL, room_pinned, &ui_keys_objections, key
};
