/* ui_prompt.c: the one-line prompt at the bottom of every screen. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "lineedit.h"
#include "ui.h"
#include "util.h"

/* Show the names that start like the words before the cursor. */
static void
show_candidates(struct ui *ui, const struct lineedit *le,
    const char *const *names, size_t n)
{
	size_t i, from, used = 0;
	char buf[sizeof ui->message];

	if (!lineedit_run(le, names, n, &from))
		return;
	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		const char *name = names[i];

		if (!lineedit_matches(le, from, name) ||
		    used + strlen(name) + 5 > sizeof buf)
			continue;
		used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s",
		    used > 0 ? " · " : "", name);
	}
	ui_say(ui, 0, "%s", buf);
}

/*
 * Draw the prompt line: label, then the field or the blind marker. The
 * marker turns with every key pressed, not with the text: it says keys
 * arrive, never how long the text is.
 */
static void
draw_prompt(struct ui *ui, const char *label, const struct lineedit *le,
    int flags, unsigned keys)
{
	static const char *const spinner[] = {
		"◐ typing, not shown", "◓ typing, not shown",
		"◑ typing, not shown", "◒ typing, not shown",
	};
	int y = LINES - 1, x, width;
	size_t start;
	int col;

	attron(ui_attr(ui, STYLE_BAR));
	ui_fill_row(y);
	x = 1 + ui_put(y, 1, COLS / 2, label) + 1;
	attroff(ui_attr(ui, STYLE_BAR));
	ui_clear_row(y, x);
	width = COLS - x - 1;
	if (flags & PROMPT_BLIND) {
		/* Never the text, nor its length: only that typing happens. */
		ui_put(y, x, width, le->len == 0 ? "(typed blind: not shown)" :
		    spinner[keys % 4]);
		curs_set(0);
		return;
	}
	lineedit_view(le, width, &start, &col);
	if (le->selected)
		attron(A_REVERSE);
	ui_put(y, x, width, le->buf + start);
	attroff(A_REVERSE);
	move(y, x + col);
	curs_set(1);
}

/* Apply one editing key; returns 1 if it was one. */
static int
edit_key(struct lineedit *le, int key)
{
	switch (key) {
	case UI_FN + KEY_LEFT:
		lineedit_left(le);
		break;
	case UI_FN + KEY_RIGHT:
		lineedit_right(le);
		break;
	case UI_FN + KEY_HOME:
	case UI_CTRL('a'):
		lineedit_home(le);
		break;
	case UI_FN + KEY_END:
	case UI_CTRL('e'):
		lineedit_end(le);
		break;
	case UI_FN + KEY_BACKSPACE:
	case 127:
	case UI_CTRL('h'):
		lineedit_backspace(le);
		break;
	case UI_FN + KEY_DC:
	case UI_CTRL('d'):
		lineedit_delete(le);
		break;
	case UI_CTRL('u'):
		lineedit_kill_start(le);
		break;
	case UI_CTRL('w'):
		lineedit_kill_word(le);
		break;
	default:
		if (key < 0x20 || key >= UI_FN)
			return 0;
		lineedit_insert(le, (unsigned int)key);
	}
	return 1;
}

/* Ask for a line, Tab completing from the roster; 1 with *out, 0 cancelled. */
int
ui_prompt(struct ui *ui, const char *label, const char *initial, int flags,
    char **out)
{
	if (ui->s == NULL)
		return ui_prompt_from(ui, label, initial, flags, NULL, 0, out);
	return ui_prompt_from(ui, label, initial, flags,
	    (const char *const *)ui->s->roster, ui->s->nroster, out);
}

/* A prompt being answered: its text, and what keys came. */
struct prompt {
	struct lineedit le;
	int flags;
	const char *const *names;  /* for Tab; borrowed */
	size_t n;
	unsigned keys;             /* editing keys so far, for the spinner */
	int pasting;               /* between the brackets of a paste */
	int after_break;           /* pasted: the last key was a line break */
};

/*
 * A key pasted: a line break (CR, LF, both, or several: a blank line) is
 * one space, a tab a space, so a pasted newline never accepts the prompt
 * and the prompt stays one line. Any other control character, and what a
 * pasted escape sequence reads as (an arrow, Esc), is dropped: a paste
 * neither cancels nor edits. -1: nothing to type.
 */
static int
pasted_key(struct prompt *p, int key)
{
	int brk = key == '\r' || key == '\n' || key == UI_FN + KEY_ENTER;

	if ((brk && p->after_break) || (!brk && key != '\t' &&
	    (key < 0x20 || key == 0x7f || key >= UI_FN)))
		return -1;
	p->after_break = brk;
	return brk || key == '\t' ? ' ' : key;
}

/* Apply one key: -1 goes on, 1 accepts, 0 cancels. */
static int
prompt_key(struct ui *ui, struct prompt *p, int key)
{
	if (key == UI_PASTE_BEGIN || key == UI_PASTE_END) {
		p->pasting = key == UI_PASTE_BEGIN;
		p->after_break = 0;
		return -1;
	}
	if (p->pasting && (key = pasted_key(p, key)) < 0)
		return -1;
	if (key == UI_ESC || key == UI_CTRL('c'))
		return 0;
	if (key == '\r' || key == '\n' || key == UI_FN + KEY_ENTER)
		return 1;
	if (key == '\t' && !(p->flags & PROMPT_BLIND) && p->n > 0) {
		if (lineedit_complete(&p->le, p->names, p->n) > 1)
			show_candidates(ui, &p->le, p->names, p->n);
	} else
		p->keys += (unsigned)edit_key(&p->le, key);
	return -1;
}

/*
 * Ask for a line, Tab completing from names; 1 with *out, 0 cancelled.
 * The keys already typed are taken before the line is painted again: a
 * paste of thousands of characters is painted a few times, not once a
 * character.
 */
int
ui_prompt_from(struct ui *ui, const char *label, const char *initial,
    int flags, const char *const *names, size_t n, char **out)
{
	struct prompt p = { .flags = flags, .names = names, .n = n };
	time_t shown = 0;
	int key, paint = 1, rc = -1;

	*out = NULL;
	lineedit_init(&p.le, initial);
	if (flags & PROMPT_SELECT)
		lineedit_select_all(&p.le);
	while (rc < 0) {
		if (paint || clock_time() != shown) {
			ui_draw(ui);
			draw_prompt(ui, label, &p.le, flags, p.keys);
			refresh();
			shown = clock_time();
		}
		key = ui_read_key(ui);
		paint = key >= 0;
		while (rc < 0 && key >= 0 && !ui_stopping()) {
			if (key != UI_FN + KEY_RESIZE)
				rc = prompt_key(ui, &p, key);
			if (rc < 0)
				key = ui_read_key_within(ui, 0);
		}
		if (ui_stopping())
			rc = 0;
	}
	ui->dirty = 1;
	curs_set(0);
	if (rc == 1)
		*out = util_trim(xstrdup(p.le.buf));
	lineedit_fini(&p.le);
	return rc;
}

/* Ask a yes/no question on the prompt line. */
int
ui_confirm(struct ui *ui, const char *question)
{
	int key = ui_choose(ui, question, NULL);

	return key == 'y' || key == 'Y';
}

/* Ask for one of keys (NULL: any key) on the prompt line; 0 for Esc. */
int
ui_choose(struct ui *ui, const char *question, const char *keys)
{
	time_t shown = 0;
	int key = 0;

	for (;;) {
		/* Painted again after a key, or when the clock's second turns. */
		if (key >= 0 || clock_time() != shown) {
			ui_draw(ui);
			attron(ui_attr(ui, STYLE_WARN));
			ui_clear_row(LINES - 1, 0);
			ui_put(LINES - 1, 1, COLS - 2, question);
			attroff(ui_attr(ui, STYLE_WARN));
			refresh();
			shown = clock_time();
		}
		key = ui_read_key(ui);
		if (ui_stopping() || key == UI_ESC)
			return 0;
		if (key < 0 || key == UI_FN + KEY_RESIZE)
			continue;
		/* A paste answers nothing: its "y" would end a meeting. */
		if (key == UI_PASTE_BEGIN) {
			ui_paste_refuse(ui);
			continue;
		}
		if (keys == NULL)
			return key;
		if (key < 0x80 && key > 0 && strchr(keys, key) != NULL)
			return key;
	}
}

/* Ask for a due date until it parses; 0 when given up with Esc. */
int
ui_prompt_due(struct ui *ui, const char *label, const char *initial,
    int required, char **due)
{
	char *cause = NULL, day[11], *prev = xstrdup(initial);
	int flags = PROMPT_SELECT;  /* what we offer; not what was typed */

	ui_say(ui, 0, "For example fri, +2w, next, 2026-12-01%s.", required ?
	    "" : "; empty for none");
	for (;;) {
		if (ui_prompt(ui, label, prev, flags, due) != 1) {
			free(prev);
			return 0;
		}
		free(prev);
		flags = 0;
		if (required && util_blank(*due))
			cause = xstrdup("A date is needed here: " DATE_ACCEPTED);
		else if (session_parse_due(*due, day, &cause) == 0)
			return 1;
		ui_say(ui, 1, "%s", cause);
		free(cause);
		cause = NULL;
		prev = *due;
		*due = NULL;
	}
}

/* Ask for a number until parse takes it; 0 when given up with Esc. */
int
ui_prompt_number(struct ui *ui, const char *label, int initial,
    int (*parse)(const char *text, int *out, char **cause), int *out)
{
	char *prev = initial > 0 ? xasprintf("%d", initial) : NULL, *text;
	char *cause = NULL;

	for (;;) {
		if (ui_prompt(ui, label, prev, PROMPT_SELECT, &text) != 1) {
			free(prev);
			return 0;
		}
		free(prev);
		if (parse(text, out, &cause) == 0) {
			free(text);
			return 1;
		}
		ui_say(ui, 1, "%s.", cause);
		free(cause);
		cause = NULL;
		prev = text;   /* back, selected: a digit typed replaces it */
	}
}

/* The action prompts in order: Action, Owner (Tab completes), Due. */
int
ui_prompt_action(struct ui *ui, char **title, char **owner, char **due)
{
	while (ui_prompt(ui, "Action:", NULL, 0, title) == 1) {
		if (**title != '\0')
			return ui_prompt(ui, "Owner:", NULL, 0, owner) == 1 &&
			    ui_prompt_due(ui, "Due:", NULL, 0, due);
		free(*title);
		*title = NULL;
		ui_say(ui, 1, "An action item needs a title; Esc cancels.");
	}
	return 0;
}
