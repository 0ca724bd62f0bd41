/* ui_parrot.c: blame turned into a calm question, large, for the whole room. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "bigtext.h"
#include "ui.h"
#include "util.h"

/* Draw s centred on row y. */
static void
put_centred(int y, const char *s)
{
	int w = utf8_width(s), x = (COLS - w) / 2;

	ui_put(y, x > 1 ? x : 1, COLS - 2, s);
}

/*
 * Lay the question out in large letters for rows rows: twice the size when
 * it fits (a projector's big screen), full height, else half height (two
 * pixels a cell). -1 when none fits.
 */
static int
render_large(const char *question, int rows, char ***out, int *nrows)
{
	/* Keep two rows for the plain line beneath. */
	int room = rows - 2 + BIGTEXT_GAP;
	int twice = (rows - 2 + 2 * BIGTEXT_GAP) / (2 * (BIGTEXT_HEIGHT +
	    BIGTEXT_GAP));

	if (twice > 0 && bigtext_render_double(question, COLS - 4, twice, out,
	    nrows) == 0)
		return 0;
	if (room / (BIGTEXT_HEIGHT + BIGTEXT_GAP) > 0 &&
	    bigtext_render(question, COLS - 4, room / (BIGTEXT_HEIGHT +
	    BIGTEXT_GAP), out, nrows) == 0)
		return 0;
	if (room / (BIGTEXT_HALF_HEIGHT + BIGTEXT_GAP) > 0 &&
	    bigtext_render_half(question, COLS - 4, room /
	    (BIGTEXT_HALF_HEIGHT + BIGTEXT_GAP), out, nrows) == 0)
		return 0;
	return -1;
}

/* Rows the question takes when drawn within rows: letters and plain line. */
int
ui_parrot_rows(const char *question, int rows)
{
	char **big = NULL;
	int n = 0;

	if (render_large(question, rows, &big, &n) != 0)
		return utf8_width(question) <= COLS - 4 ? 1 : 2;
	bigtext_free(big, n);
	return n + 2;
}

/* Draw the question large and centred, the plain line beneath. */
void
ui_parrot_draw(struct ui *ui, int top, int bottom, const char *question)
{
	char **rows = NULL;
	int nrows = 0, y, i, style = ui_attr(ui, STYLE_CALM);

	attron(style);
	if (render_large(question, bottom - top, &rows, &nrows) == 0) {
		y = top + (bottom - top - nrows - 2) / 2;
		for (i = 0; i < nrows; i++)
			put_centred(y + i, rows[i]);
		bigtext_free(rows, nrows);
		y += nrows + 1;
	} else
		y = top + (bottom - top - 1) / 2;
	attroff(style);
	/* Once in ordinary text: to copy, for screen readers, when too wide. */
	attron(A_BOLD);
	if (utf8_width(question) <= COLS - 4)
		put_centred(y, question);
	else
		ui_wrap(y, 2, COLS - 4, bottom - y > 1 ? bottom - y : 1,
		    question);
	attroff(A_BOLD);
}

/* Ask for the side that spoke: SIDE_NONE when cancelled. */
static enum side
ask_side(struct ui *ui)
{
	switch (ui_choose(ui, "Who said it? s sales · m marketing · "
	    "Esc cancels", "smSM")) {
	case 's':
	case 'S':
		return SIDE_SALES;
	case 'm':
	case 'M':
		return SIDE_MARKETING;
	default:
		return SIDE_NONE;
	}
}

/* Ask for the outcome, and what it needs; 0 when cancelled. */
static int
ask_outcome(struct ui *ui, struct objection *o, char **title, char **owner,
    char **due)
{
	switch (ui_choose(ui, "Outcome: a action item · f private follow-up · "
	    "r resolved · Esc cancels", "afr")) {
	case 'a':
		o->outcome = OUTCOME_ACTION;
		ui_say(ui, 0, "The action item this statement led to.");
		return ui_prompt_action(ui, title, owner, due);
	case 'f':
		o->outcome = OUTCOME_FOLLOWUP;
		ui_say(ui, 0, "Typed blind: for sales management, never shown.");
		return ui_prompt(ui, "Follow-up:", NULL, PROMPT_BLIND,
		    &o->followup) == 1;
	case 'r':
		o->outcome = OUTCOME_RESOLVED;
		return 1;
	default:
		return 0;
	}
}

/* Side, statement, the question shown, answer, outcome; then save all. */
void
ui_parrot_flow(struct ui *ui, const char **shown)
{
	struct objection o;
	char *title = NULL, *owner = NULL, *due = NULL, *cause = NULL;
	int ok = 0, new_name = 0;

	memset(&o, 0, sizeof o);
	if ((o.side = ask_side(ui)) == SIDE_NONE)
		goto out;
	ui_say(ui, 0, "%s said it: type the statement as it was said.",
	    o.side == SIDE_SALES ? "Sales" : "Marketing");
	ok = ui_prompt(ui, "Statement:", NULL, 0, &o.statement) == 1 &&
	    *o.statement != '\0';
	if (!ok)
		goto out;
	if (session_parrot(ui->s, o.statement, &o.question, &cause) != 0) {
		ui_say(ui, 1, "%s", cause);
		ok = -1;
		goto out;
	}
	*shown = o.question;
	ui_say(ui, 0, "Ask it, calmly. Then type what %s adds, or just "
	    "Enter.", o.side == SIDE_SALES ? "sales" : "marketing");
	ok = ui_prompt(ui, "Answer:", NULL, 0, &o.answer) == 1 &&
	    ask_outcome(ui, &o, &title, &owner, &due);
	/* Asked before saving: once saved, every name is known. */
	new_name = ok && owner != NULL && *owner != '\0' &&
	    !ui_known_name(ui, owner);
	if (ok && session_add_objection(ui->s, &o, title, owner, due,
	    &cause) != 0) {
		ui_say(ui, 1, "Statement NOT saved: %s", cause);
		ok = -1;
	}
out:
	if (ok == 1 && o.action_id != 0)
		ui_say_action_saved(ui, 1, o.action_id, new_name);
	else if (ok == 1)
		ui_say(ui, 0, "Saved."); /* never which outcome: f is private */
	else if (ok == 0)
		ui_say(ui, 0, "Parroting cancelled: nothing saved.");
	if (ok != 1 && *shown != NULL)
		session_parrot_cancel(ui->s, NULL);
	*shown = NULL;
	free(o.statement);
	free(o.question);
	free(o.answer);
	free(o.followup);
	free(title);
	free(owner);
	free(due);
	free(cause);
}
