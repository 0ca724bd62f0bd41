/* ui_home.c: the home screen: start a meeting, resume one, review actions. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"

/* What the home screen chose (ui->result), once curses is closed. */
enum home_choice { HOME_QUIT, HOME_START, HOME_RESUME };

/* The home screen's own state. */
struct home {
	char *agenda_path;      /* the default agenda, shown */
	long live;              /* the meeting in progress, 0 when none */
};

/* Look again for a meeting in progress: another terminal may start one. */
static void
home_tick(struct ui *ui, void *data)
{
	struct home *h = data;
	char *cause = NULL;
	long was = h->live;

	if (store_meeting_live(ui->st, &h->live, &cause) != 1)
		h->live = 0;
	ui->dirty |= h->live != was;
	free(cause);
}

/* Paint the home screen. */
static void
home_draw(struct ui *ui, void *data)
{
	const struct home *h = data;
	long live = h->live;
	char line[256];

	ui_bar(ui, 0, "Parley · Sales & Marketing alignment");
	attron(ui_attr(ui, STYLE_TITLE));
	ui_put(3, 4, COLS - 8, "What would you like to do?");
	attroff(ui_attr(ui, STYLE_TITLE));
	ui_put(5, 6, COLS - 10, "r   run a meeting from the default agenda");
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(12, 4, COLS - 8, h->agenda_path);
	attroff(ui_attr(ui, STYLE_DIM));
	if (live != 0) {
		snprintf(line, sizeof line, "s   resume meeting %ld, in "
		    "progress", live);
		ui_put(6, 6, COLS - 10, line);
	} else {
		attron(ui_attr(ui, STYLE_DIM));
		ui_put(6, 6, COLS - 10, "s   resume (no meeting is in progress)");
		attroff(ui_attr(ui, STYLE_DIM));
	}
	ui_put(7, 6, COLS - 10, "A   review open action items");
	ui_put(8, 6, COLS - 10, "/   search what every meeting said");
	ui_put(9, 6, COLS - 10, "q   quit");
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(11, 4, COLS - 8, "The default agenda:");
	attroff(ui_attr(ui, STYLE_DIM));
}

/* Open the action list between meetings, fresh from the store. */
static void
review_actions(struct ui *ui)
{
	char *cause = NULL;

	if (ui->s == NULL)
		ui->s = session_between(ui->st, &cause);
	else if (session_refresh(ui->s, &cause) != 0) {
		session_free(ui->s);
		ui->s = NULL;
	}
	if (ui->s == NULL) {
		ui_say(ui, 1, "Cannot read the action items: %s", cause);
		free(cause);
		return;
	}
	ui_push(ui, &ui_screen_actions, NULL);
}

/*
 * Take the meeting-screen lock now, so that a meeting open in another
 * terminal is refused here, on the home screen, not after it has closed.
 */
static int
locked(struct ui *ui)
{
	char *cause = NULL;

	if (store_lock(ui->st, &cause) == 0)
		return 1;
	ui_say(ui, 1, "%s: leave it there first.", cause);
	free(cause);
	return 0;
}

/* Handle a key on the home screen. */
static enum ui_redraw
home_key(struct ui *ui, void *data, int key)
{
	const struct home *h = data;
	long live = h->live;
	char *words = NULL;

	switch (ui_keys_lookup(&ui_keys_home, key)) {
	case CMD_START:
		if (live != 0) {
			ui_say(ui, 1, "Meeting %ld is in progress: s resumes it.",
			    live);
			break;
		}
		if (!locked(ui))
			break;
		ui->result = HOME_START;
		return UI_QUIT;
	case CMD_RESUME:
		if (live == 0) {
			ui_say(ui, 1, "No meeting is in progress: r starts one.");
			break;
		}
		if (!locked(ui))
			break;
		ui->result = HOME_RESUME;
		return UI_QUIT;
	case CMD_ACTIONS:
		review_actions(ui);
		break;
	case CMD_SEARCH:
		if (ui_search_ask(ui, &words))
			ui_push(ui, &ui_screen_search, words);
		break;
	case CMD_LEAVE:
		ui->result = HOME_QUIT;
		return UI_QUIT;
	case CMD_HELP:
		ui->help = 1;
		break;
	default:
		ui_say(ui, 0, "Press r, s or q.");
	}
	return UI_STAY;
}

/* The home screen's state: the agenda it offers. */
static void *
home_enter(struct ui *ui, void *arg)
{
	struct home *h = xcalloc(1, sizeof *h);

	(void)ui;
	h->agenda_path = xstrdup(arg);
	return h;
}

/* Free it. */
static void
home_leave(struct ui *ui, void *data)
{
	struct home *h = data;

	(void)ui;
	free(h->agenda_path);
	free(h);
}

const struct ui_screen ui_screen_home = {
	"home", &ui_keys_home, home_enter, home_leave, home_draw, home_key,
	home_tick, NULL
};

/*
 * The home screen. Returns -1 to quit, 0 to start a meeting from the
 * default agenda, 1 to resume.
 */
int
ui_home_run(struct store *st, const char *agenda_path)
{
	struct ui ui;

	memset(&ui, 0, sizeof ui);
	ui.st = st;
	ui.result = HOME_QUIT;
	ui_begin(&ui);
	ui_push(&ui, &ui_screen_home, (void *)agenda_path);
	ui_loop(&ui);
	ui_end();
	session_free(ui.s);
	return ui.result == HOME_START ? 0 : ui.result == HOME_RESUME ? 1 : -1;
}
