/* ui_edit.c: the E key: pick a capture of this item, then change or delete it. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"
#include "win.h"

/* One capture the facilitator may pick. */
struct pick {
	enum view_capture_kind kind;
	long id;
	enum entry_kind entry_kind;  /* CAPTURE_ENTRY */
	char *label;                 /* as the row shows it; never private */
};

/* The screen's state: the captures of the item and the list over them. */
struct edit_screen {
	struct pick *v;
	size_t n;
	struct ui_list list;
};

/* Add a row. Takes ownership of label. */
static void
add_pick(struct edit_screen *e, enum view_capture_kind kind, long id,
    enum entry_kind ek, char *label)
{
	struct pick *p;

	e->v = xreallocarray(e->v, e->n + 1, sizeof *e->v);
	p = &e->v[e->n++];
	p->kind = kind;
	p->id = id;
	p->entry_kind = ek;
	p->label = label;
}

/* How an action reads in the list. */
static char *
action_label(const struct action *a, const char *indent)
{
	return xasprintf("%saction #%ld · %s · %s · %s", indent, a->id,
	    a->title, a->owner != NULL ? a->owner : "no owner",
	    a->due[0] != '\0' ? a->due : "no due date");
}

/* The label of an entry: never a private note's text (it is not loaded). */
static char *
entry_label(const struct entry *en)
{
	if (en->kind == ENTRY_PRIVATE || en->text == NULL)
		return xstrdup("private note · (typed blind: not shown)");
	return xasprintf("%s · %s", entry_kind_label(en->kind), en->text);
}

/* Free the rows. */
static void
clear_picks(struct edit_screen *e)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		free(e->v[i].label);
	free(e->v);
	e->v = NULL;
	e->n = 0;
}

/* The olive branch's wins and customers under this item: entries too. */
static void
add_wins(struct edit_screen *e, const struct session *s)
{
	const struct win_list *l = s->view.kind_data[KIND_WINS];
	size_t i;

	for (i = 0; l != NULL && i < l->n; i++) {
		if (l->v[i].item_id == s->m->items[s->m->current].id)
			add_pick(e, CAPTURE_ENTRY, l->v[i].id, ENTRY_NOTE,
			    xasprintf("%s \xc2\xb7 %s", l->v[i].kind ==
			    WIN_CUSTOMER ? "new customer" : "win",
			    l->v[i].text));
	}
}

/* The text of entry id as the view has it (a win's too), or NULL. */
static const char *
entry_text(const struct session *s, long id)
{
	const struct win_list *l = s->view.kind_data[KIND_WINS];
	size_t i;

	for (i = 0; i < s->view.entries.n; i++) {
		if (s->view.entries.v[i].id == id)
			return s->view.entries.v[i].text;
	}
	for (i = 0; l != NULL && i < l->n; i++) {
		if (l->v[i].id == id)
			return l->v[i].text;
	}
	return NULL;
}

/* Build the rows from the current item's captures, in the order taken. */
static void
load_picks(struct ui *ui, struct edit_screen *e)
{
	const struct session *s = ui->s;
	struct view_captures caps;
	size_t i;

	clear_picks(e);
	view_captures(&s->view, s->m->items[s->m->current].id, &caps);
	for (i = 0; i < caps.n; i++) {
		const struct view_capture *c = &caps.v[i];

		if (c->kind == CAPTURE_ENTRY)
			add_pick(e, c->kind, c->entry->id, c->entry->kind,
			    entry_label(c->entry));
		else if (c->kind == CAPTURE_ACTION)
			add_pick(e, c->kind, c->action->id, ENTRY_NOTE,
			    action_label(c->action, ""));
		else {
			add_pick(e, c->kind, c->objection->id, ENTRY_NOTE,
			    xasprintf("statement · %s: %s",
			    c->objection->side == SIDE_SALES ? "Sales" :
			    "Marketing", c->objection->statement));
			if (c->action != NULL)
				add_pick(e, CAPTURE_ACTION, c->action->id,
				    ENTRY_NOTE, action_label(c->action, "  "));
		}
	}
	view_captures_fini(&caps);
	add_wins(e, s);
	e->list.n = e->n;
}

/* Draw one row. */
static void
draw_row(struct ui *ui, int y, size_t i, int selected, const void *arg)
{
	const struct edit_screen *e = arg;
	int style = ui_attr(ui, selected ? STYLE_SELECT : STYLE_NORMAL);

	attron(style);
	ui_fill_row(y);
	ui_put(y, 1, COLS - 2, e->v[i].label);
	attroff(style);
}

/* Paint the list of captures. */
static void
edit_draw(struct ui *ui, void *data)
{
	struct edit_screen *e = data;

	ui_bar(ui, 0, "Edit a capture of this item: Enter change · x delete · "
	    "Esc back");
	attron(ui_attr(ui, STYLE_TITLE));
	ui_put(2, 1, COLS - 2, ui->s->m->items[ui->s->m->current].title);
	attroff(ui_attr(ui, STYLE_TITLE));
	if (e->n == 0) {
		ui_put(4, 2, COLS - 4, "Nothing captured under this item yet.");
		return;
	}
	ui_list_draw(ui, &e->list, 4, LINES - 7, draw_row, e);
}

/* Say how an edit went: rc as the session_edit functions return it. */
static void
say_edited(struct ui *ui, int rc, const char *done, const char *cause)
{
	if (rc == 0)
		ui_say(ui, 0, "%s u takes it back.", done);
	else if (rc == 1)
		ui_say(ui, 0, "Nothing changed (x deletes).");
	else
		ui_say(ui, 1, "NOT changed: %s", cause);
}

/* Change a note, decision or parked topic; a private note is replaced blind. */
static void
edit_entry(struct ui *ui, const struct pick *p)
{
	char *text = NULL, *cause = NULL;
	int ok;

	if (p->entry_kind == ENTRY_PRIVATE) {
		ui_say(ui, 0, "Type the new text: it replaces the old, which "
		    "is never shown.");
		ok = ui_prompt(ui, "Replace the private note (typed blind):",
		    NULL, PROMPT_BLIND, &text) == 1;
	} else
		ok = ui_prompt(ui, "Change to:", entry_text(ui->s, p->id), 0,
		    &text) == 1;
	if (ok && *text != '\0')
		say_edited(ui, session_edit_entry(ui->s, p->id, text, &cause),
		    "Changed.", cause);
	else
		say_edited(ui, 1, NULL, NULL);
	free(text);
	free(cause);
}

/* Change a statement and its answer. */
static void
edit_objection(struct ui *ui, const struct pick *p)
{
	const struct objection *o = NULL;
	char *statement = NULL, *answer = NULL, *cause = NULL;
	size_t i;

	for (i = 0; i < ui->s->view.objections.n; i++) {
		if (ui->s->view.objections.v[i].id == p->id)
			o = &ui->s->view.objections.v[i];
	}
	if (o == NULL || ui_prompt(ui, "Statement:", o->statement, 0,
	    &statement) != 1 || *statement == '\0' ||
	    ui_prompt(ui, "Answer:", o->answer, 0, &answer) != 1)
		ui_say(ui, 0, "Nothing changed.");
	else
		say_edited(ui, session_edit_objection(ui->s, p->id, statement,
		    answer, &cause), "Changed; the question follows the words.",
		    cause);
	free(statement);
	free(answer);
	free(cause);
}

/* Change an action's title, owner and due date. */
static void
edit_action(struct ui *ui, const struct pick *p)
{
	const struct action *a = view_action(&ui->s->view, p->id);
	char *title = NULL, *owner = NULL, *due = NULL, *cause = NULL;

	if (a == NULL || ui_prompt(ui, "Action:", a->title, 0, &title) != 1 ||
	    *title == '\0' || ui_prompt(ui, "Owner:", a->owner, 0,
	    &owner) != 1 || !ui_prompt_due(ui, "Due:", a->due, 0, &due))
		ui_say(ui, 0, "Nothing changed.");
	else
		say_edited(ui, session_edit_action(ui->s, p->id, title, owner,
		    due, &cause), "Changed.", cause);
	free(title);
	free(owner);
	free(due);
	free(cause);
}

/* Delete the picked capture once y confirms it. */
static void
delete_pick(struct ui *ui, const struct pick *p)
{
	char *question, *cause = NULL;
	int rc;

	question = xasprintf("Delete the %s? y deletes it (u brings it back); "
	    "any other key keeps it.", p->kind == CAPTURE_ACTION ? "action" :
	    p->kind == CAPTURE_OBJECTION ? "statement and what it led to" :
	    p->entry_kind == ENTRY_PRIVATE ? "private note" : "capture");
	if (!ui_confirm(ui, question)) {
		ui_say(ui, 0, "Kept.");
		free(question);
		return;
	}
	free(question);
	if (p->kind == CAPTURE_ACTION)
		rc = session_delete_action(ui->s, p->id, &cause);
	else if (p->kind == CAPTURE_OBJECTION)
		rc = session_delete_objection(ui->s, p->id, &cause);
	else
		rc = session_delete_entry(ui->s, p->id, &cause);
	if (rc == 0)
		ui_say(ui, 0, "Deleted. u brings it back.");
	else
		ui_say(ui, 1, "NOT deleted: %s", cause);
	free(cause);
}

/* Handle a key: move, change, delete, or go back. */
static enum ui_redraw
edit_key(struct ui *ui, void *data, int key)
{
	struct edit_screen *e = data;
	struct pick *p;

	if (key == '\n' || key == UI_FN + KEY_ENTER)
		key = '\r';
	switch (ui_keys_lookup(&ui_keys_edit, key)) {
	case CMD_BACK:
		ui_pop(ui);
		return UI_STAY;
	case CMD_HELP:
		ui->help = 1;
		return UI_STAY;
	case CMD_EDIT:
	case CMD_DELETE:
		if (e->n == 0)
			return UI_STAY;
		p = &e->v[e->list.sel];
		if (ui_keys_lookup(&ui_keys_edit, key) == CMD_DELETE)
			delete_pick(ui, p);
		else if (p->kind == CAPTURE_ENTRY)
			edit_entry(ui, p);
		else if (p->kind == CAPTURE_OBJECTION)
			edit_objection(ui, p);
		else
			edit_action(ui, p);
		/* One change, then back to the meeting, which shows it. */
		ui_pop(ui);
		return UI_STAY;
	default:
		if (!ui_list_key(&e->list, key))
			ui_say(ui, 0, "Press ? for the keys.");
		return UI_STAY;
	}
}

/* The captures of the current item, to pick from. */
static void *
edit_enter(struct ui *ui, void *arg)
{
	struct edit_screen *e = xcalloc(1, sizeof *e);
	size_t i;
	long id;
	int kind;

	(void)arg;
	load_picks(ui, e);
	/* The capture just made (a typo, mostly), else the last one. */
	e->list.sel = e->n > 0 ? (int)e->n - 1 : 0;
	if (session_last_capture(ui->s, &kind, &id)) {
		for (i = 0; i < e->n; i++) {
			if ((int)e->v[i].kind == kind && e->v[i].id == id)
				e->list.sel = (int)i;
		}
	}
	return e;
}

/* Free the rows. */
static void
edit_leave(struct ui *ui, void *data)
{
	(void)ui;
	clear_picks(data);
	free(data);
}

const struct ui_screen ui_screen_edit = {
	"edit", &ui_keys_edit, edit_enter, edit_leave, edit_draw, edit_key,
	NULL, NULL
};
