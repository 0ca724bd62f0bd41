/* ui_actions.c: the open action items, to mark done, keep or drop in the room. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"

/*
 * Every open action item, read again after a change (session_open): the
 * list is the one screen that shows them all.
 */
static const struct action_list *
open_list(struct ui *ui)
{
	char *cause = NULL;

	if (session_open(ui->s, &cause) != 0) {
		ui_say(ui, 1, "The action items could not be read: %s", cause);
		free(cause);
	}
	return &ui->s->open;
}

/* Draw one action row of the open list; the selected row is highlighted. */
static void
draw_row(struct ui *ui, int y, size_t i, int selected, const void *arg)
{
	const struct action *a = &ui->s->open.v[i];
	const char *today = arg;
	char left[64];
	int stale = action_keep_refused(a->carried);
	int overdue = action_overdue(a, today);
	int style = selected ? ui_attr(ui, STYLE_SELECT) :
	    ui_attr(ui, stale || overdue ? STYLE_WARN : STYLE_NORMAL);

	attron(style);
	ui_fill_row(y);
	snprintf(left, sizeof left, " #%-4ld %-10s %s", a->id,
	    a->due[0] != '\0' ? a->due : "no date", overdue ? "late" : "");
	ui_put(y, 0, 23, left);
	ui_put(y, 23, 17, a->owner != NULL ? a->owner : "(no owner)");
	if (a->carried > 0) {
		snprintf(left, sizeof left, "%d×", a->carried);
		ui_put(y, 41, 7, left);
	}
	ui_put(y, 49, COLS - 50, a->title);
	attroff(style);
}

/* Paint the list of open action items. */
static void
actions_draw(struct ui *ui, void *data)
{
	struct ui_list *list = data;
	char today[11];

	date_format(session_today(), today);
	ui_bar(ui, 0, "Open action items: d done · k keep · x drop · "
	    "e escalate · Esc back");
	list->n = open_list(ui)->n;
	if (list->n == 0) {
		ui_put(2, 2, COLS - 4, "No open action items.");
		return;
	}
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(2, 1, COLS - 2, "#ID   DUE             OWNER             CARRIED "
	    "ACTION");
	attroff(ui_attr(ui, STYLE_DIM));
	ui_list_draw(ui, list, 3, LINES - 6, draw_row, today);
}

/* The due date of action id as the list has it now. */
static const char *
due_of(struct ui *ui, long id)
{
	const struct action_list *l = open_list(ui);
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].id == id)
			return l->v[i].due;
	}
	return "?";
}

/* The id of row i of the open list. */
static long
id_at(size_t i, const void *arg)
{
	const struct action_list *l = arg;

	return l->v[i].id;
}

/*
 * Say at once, before a date is asked for, that an action carried too
 * often may not be kept, nor handed to its own owner (a keep by another
 * name); 1 when so. The store refuses such a keep whoever asks: this only
 * spares the facilitator a prompt.
 */
static int
refuse_keep(struct ui *ui, const struct action *a, int escalating)
{
	if (!action_keep_refused(a->carried))
		return 0;
	if (escalating)
		ui_say(ui, 1, "#%ld was carried %d times, and to its own owner "
		    "it is a keep: pick someone else.", a->id, a->carried);
	else
		ui_say(ui, 1, "#%ld was carried %d times: done (d), dropped (x) "
		    "or escalated (e), not kept.", a->id, a->carried);
	return 1;
}

/* Keep the selected action with a new due date, unless carried too often. */
static void
keep(struct ui *ui, const struct action *a)
{
	char *due = NULL, *cause = NULL, *label;
	long id = a->id;

	if (refuse_keep(ui, a, 0))
		return;
	label = xasprintf("Keep #%ld, new due date:", id);
	if (ui_prompt_due(ui, label, "next", 1, &due)) {
		if (session_keep_action(ui->s, id, due, &cause) == 0)
			ui_say(ui, 0, "#%ld kept, due %s.", id, due_of(ui, id));
		else
			ui_say(ui, 1, "#%ld NOT kept: %s", id, cause);
	}
	free(label);
	free(due);
	free(cause);
}

/*
 * Hand the selected action to a new owner with a new date. Handed to the
 * owner it has, it is a keep: refused as k refuses it, and said to be one.
 */
static void
escalate(struct ui *ui, const struct action *a)
{
	char *owner = NULL, *due = NULL, *cause = NULL, *label;
	long id = a->id;
	int same, rc;

	label = xasprintf("Escalate #%ld to:", id);
	if (ui_prompt(ui, label, NULL, 0, &owner) != 1 || *owner == '\0')
		goto out;
	same = action_owned_by(a, owner);
	if (same && refuse_keep(ui, a, 1))
		goto out;
	if (!ui_prompt_due(ui, "New due date:", "next", 1, &due))
		goto out;
	/* Copied: the list a pointed into is reloaded by the change. */
	if (same) {
		free(owner);
		owner = xstrdup(a->owner);
	}
	rc = session_escalate_action(ui->s, id, owner, due, &cause);
	if (rc == 1)
		ui_say(ui, 0, "#%ld kept, due %s: %s owns it already, so that is "
		    "a keep.", id, due_of(ui, id), owner);
	else if (rc == 0)
		ui_say(ui, 0, "#%ld escalated to %s.", id, owner);
	else
		ui_say(ui, 1, "#%ld NOT escalated: %s", id, cause);
out:
	free(label);
	free(owner);
	free(due);
	free(cause);
}

/* Close the selected action as done or dropped. */
static void
close_action(struct ui *ui, long id, enum action_status status)
{
	char *cause = NULL;

	if (session_close_action(ui->s, id, status, &cause) == 0)
		ui_say(ui, 0, "#%ld %s.", id, action_status_name(status));
	else
		ui_say(ui, 1, "#%ld NOT changed: %s", id, cause);
	free(cause);
}

/* Drop the selected action once y confirms (u in the meeting reopens it). */
static void
drop(struct ui *ui, const struct action *a)
{
	char title[160], *question;
	const char *s = a->title;
	size_t n = strlen(s), len, used = 0;
	unsigned int cp;
	int width = 0;

	/* The title, cut to 32 columns at a character: the question must fit. */
	while ((len = utf8_decode(s + used, n - used, &cp)) > 0 &&
	    width + utf8_cp_width(cp) <= 32 && used + len < sizeof title - 4) {
		width += utf8_cp_width(cp);
		used += len;
	}
	snprintf(title, sizeof title, "%.*s%s", (int)used, s, used < n ?
	    "…" : "");
	question = xasprintf("Drop #%ld \"%s\"? y drops it; any other key "
	    "keeps it.", a->id, title);
	long id = a->id;

	if (ui_confirm(ui, question))
		close_action(ui, id, ACTION_DROPPED);
	else
		ui_say(ui, 0, "#%ld stays open.", id);
	free(question);
}

static enum ui_redraw list_key(struct ui *ui, struct ui_list *list, int key);

/* The list's state: its selection, and what the room was told of it. */
struct actions_screen {
	struct ui_list list;    /* first: actions_draw reads it as the list */
	long on_table;          /* the item the room shows; 0 none */
};

/*
 * In a meeting, the room shows the item selected: what is on the table.
 * Said again only when it changes.
 */
static void
show_room(struct ui *ui, struct actions_screen *as)
{
	const struct action_list *l;
	char *cause = NULL;
	long id;

	if (ui->s->m == NULL)
		return;
	l = open_list(ui);
	id = l->n > 0 && as->list.sel < (int)l->n ? l->v[as->list.sel].id : 0;
	if (id == as->on_table)
		return;
	if (session_on_table(ui->s, id, &cause) == 0)
		as->on_table = id;
	else
		ui_say(ui, 1, "The room was not told: %s", cause);
	free(cause);
}

/* Handle a key on the action list. */
static enum ui_redraw
actions_key(struct ui *ui, void *data, int key)
{
	struct actions_screen *as = data;

	/* Back: the screen and its state are gone (actions_leave told the room). */
	if (ui_keys_lookup(&ui_keys_actions, key) == CMD_BACK) {
		ui_pop(ui);
		return UI_STAY;
	}
	list_key(ui, &as->list, key);
	show_room(ui, as);
	return UI_STAY;
}

/* Handle a key on the list itself. */
static enum ui_redraw
list_key(struct ui *ui, struct ui_list *list, int key)
{
	const struct action_list *l = open_list(ui);
	enum ui_cmd cmd = ui_keys_lookup(&ui_keys_actions, key);
	long id;

	if (cmd == CMD_HELP) {
		ui->help = 1;
		return UI_STAY;
	}
	list->n = l->n;
	if (l->n == 0 || ui_list_key(list, key))
		return UI_STAY;
	id = l->v[list->sel].id;
	switch (cmd) {
	case CMD_DONE:
		close_action(ui, id, ACTION_DONE);
		break;
	case CMD_DROP:
		drop(ui, &l->v[list->sel]);
		break;
	case CMD_KEEP:
		keep(ui, &l->v[list->sel]);
		break;
	case CMD_ESCALATE:
		escalate(ui, &l->v[list->sel]);
		break;
	default:
		ui_say(ui, 0, "Press ? for the keys.");
		return UI_STAY;
	}
	/* Stay on the item just changed wherever it sorted, or the next. */
	l = open_list(ui);
	ui_list_follow(list, l->n, id, id_at, l);
	return UI_STAY;
}

/* The list's state; the room is shown the first item. */
static void *
actions_enter(struct ui *ui, void *arg)
{
	struct actions_screen *as = xcalloc(1, sizeof *as);

	(void)arg;
	show_room(ui, as);
	return as;
}

/* Free it; nothing is on the table any more. */
static void
actions_leave(struct ui *ui, void *data)
{
	struct actions_screen *as = data;
	char *cause = NULL;

	if (ui->s->m != NULL && as->on_table != 0)
		session_on_table(ui->s, 0, &cause);
	free(cause);
	free(as);
}

const struct ui_screen ui_screen_actions = {
	"actions", &ui_keys_actions, actions_enter, actions_leave, actions_draw,
	actions_key, NULL, NULL
};
