/* ui.c: terminal set-up, colours, the main loop and drawing helpers. */
#include "ui.h"

#include <curses.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sysexits.h>

#include "format.h"
#include "util.h"

static int curses_up;
static volatile sig_atomic_t stop_requested;

/* Ask the loops to leave; only sets a flag, as a signal handler must. */
static void
on_stop(int sig)
{
	(void)sig;
	stop_requested = 1;
}

/* Has a signal asked us to leave? */
int
ui_stopping(void)
{
	return stop_requested != 0;
}

/*
 * Take the user's locale, which must encode text as UTF-8: Parley stores
 * UTF-8, and typed text would otherwise be lost. C.UTF-8 stands in for a
 * plain C or POSIX locale.
 */
static int
utf8_locale(char **cause)
{
	if (util_locale() == 0)
		return 0;
	util_fail(cause, "the locale does not use UTF-8 and C.UTF-8 is not "
	    "installed: set LANG to a UTF-8 locale");
	return EX_UNAVAILABLE;
}

/* Can a full-screen command run here? Sets the locale up as it must be. */
int
ui_usable(char **cause)
{
	const char *term = getenv("TERM");

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		util_fail(cause, "this screen needs a terminal: run it "
		    "in one, or use the batch commands (see parley --help)");
		return EX_UNAVAILABLE;
	}
	if (term == NULL || *term == '\0' || strcmp(term, "dumb") == 0) {
		util_fail(cause, "TERM is %s: this screen needs a terminal "
		    "that can move the cursor", term != NULL && *term != '\0' ?
		    "dumb" : "not set");
		return EX_UNAVAILABLE;
	}
	/* Ask terminfo now, before a meeting is touched: initscr would exit. */
	if (!ui_term_known()) {
		util_fail(cause, "TERM=%s is not a terminal this system knows "
		    "(no terminfo entry)", term);
		return EX_UNAVAILABLE;
	}
	return utf8_locale(cause);
}

/* Restore the terminal; safe to call twice, and from util_fatal. */
void
ui_end(void)
{
	if (!curses_up)
		return;
	curses_up = 0;
	endwin();
	fputs("\033[?2004l", stdout);
	fflush(stdout);
}

/* Start curses, colours and the fatal hook. */
void
ui_begin(struct ui *ui)
{
	const char *no_color = getenv("NO_COLOR");

	/* Esc cancels at once: don't wait long for an escape sequence. */
	set_escdelay(25);
	initscr();
	curses_up = 1;
	util_set_fatal_hook(ui_end);
	signal(SIGTERM, on_stop);
	signal(SIGHUP, on_stop);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	/* Home and End as other terminals send them, whatever TERM says. */
	define_key("\033[1~", KEY_HOME);
	define_key("\033[7~", KEY_HOME);
	define_key("\033[H", KEY_HOME);
	define_key("\033OH", KEY_HOME);
	define_key("\033[4~", KEY_END);
	define_key("\033[8~", KEY_END);
	define_key("\033[F", KEY_END);
	define_key("\033OF", KEY_END);
	/* Pasted text comes bracketed: a newline in it is no Enter. */
	define_key("\033[200~", UI_PASTE_BEGIN - UI_FN);
	define_key("\033[201~", UI_PASTE_END - UI_FN);
	/* Written at once: curses's own output does not flush stdio's. */
	fputs("\033[?2004h", stdout);
	fflush(stdout);
	curs_set(0);
	ui->color = has_colors() && (no_color == NULL || *no_color == '\0');
	if (ui->color) {
		start_color();
		use_default_colors();
		init_pair(STYLE_BAR, COLOR_BLACK, COLOR_CYAN);
		init_pair(STYLE_TITLE, -1, -1);
		init_pair(STYLE_DIM, -1, -1);
		init_pair(STYLE_ACCENT, COLOR_CYAN, -1);
		init_pair(STYLE_WARN, COLOR_YELLOW, -1);
		init_pair(STYLE_OK, COLOR_GREEN, -1);
		init_pair(STYLE_SELECT, COLOR_BLACK, COLOR_WHITE);
		init_pair(STYLE_ERROR, COLOR_RED, -1);
		init_pair(STYLE_CALM, COLOR_BLUE, -1);
	}
}

/* The attributes of a style, with or without colour. */
int
ui_attr(const struct ui *ui, enum ui_style style)
{
	static const int mono[STYLE_COUNT] = {
		[STYLE_BAR] = A_REVERSE, [STYLE_TITLE] = A_BOLD,
		[STYLE_DIM] = A_DIM, [STYLE_WARN] = A_BOLD,
		[STYLE_SELECT] = A_REVERSE, [STYLE_ERROR] = A_BOLD,
		[STYLE_ACCENT] = A_BOLD, [STYLE_OK] = 0, [STYLE_CALM] = A_BOLD,
	};

	if (!ui->color || style == STYLE_NORMAL)
		return mono[style];
	if (style == STYLE_TITLE || style == STYLE_CALM)
		return (int)COLOR_PAIR(style) | A_BOLD;
	if (style == STYLE_DIM)
		return A_DIM;
	return (int)COLOR_PAIR(style);
}

/*
 * After an Esc, swallow the rest of an escape sequence curses did not know
 * (a key of another terminal type): it must not cancel a prompt and type
 * "[1~". Returns 1 if one was there, 0 for an Esc that stands.
 */
static int
escape_sequence(void)
{
	int c, n = 0;

	timeout(0);
	if ((c = getch()) == ERR)
		return 0;
	/*
	 * Anything else is a key typed right after Esc (or an Alt chord, which
	 * Parley does not use): put it back, so Esc and then the key count,
	 * as they do when typed slowly.
	 */
	if (c != '[' && c != 'O') {
		ungetch(c);
		return 0;
	}
	/* CSI and SS3 sequences end with a byte from @ to ~. */
	while (n++ < 16 && (c = getch()) != ERR && c <= 0xff) {
		if (c >= 0x40 && c <= 0x7e)
			break;
	}
	return 1;
}

/*
 * Read the rest of the character whose first byte is first, and return
 * it. Bytes, not get_wch: get_wch keeps every byte after one that is not
 * UTF-8 waiting for a character that never comes, and a Latin-1 terminal
 * typing "café ok" would lose all after "caf". Such a byte reads as its
 * Latin-1 character instead (utf8_decode_typed), and what follows it is
 * read again as the keys it is.
 */
static int
typed_char(int first)
{
	char buf[4];
	size_t n = 0, len;
	unsigned int cp;
	int c;

	buf[n++] = (char)first;
	/* The rest of a character comes with its first byte, or not at all. */
	timeout(50);
	while ((len = utf8_decode_typed(buf, n, n < sizeof buf, &cp)) == 0) {
		if ((c = getch()) == ERR || c > 0xff) {
			if (c != ERR)
				ungetch(c);
			len = utf8_decode_typed(buf, n, 0, &cp);
			break;
		}
		buf[n++] = (char)c;
	}
	/* Bytes read past the character go back, the last first. */
	while (n > len)
		ungetch((unsigned char)buf[--n]);
	return (int)cp;
}

/* Read one key; -1 when none came within timeout_ms. */
static int
getkey(int timeout_ms)
{
	int c;

	timeout(timeout_ms);
	if ((c = getch()) == ERR)
		return -1;
	if (c > 0xff)
		return UI_FN + c;
	if (c == UI_ESC && escape_sequence())
		return -1;
	return c < 0x80 ? c : typed_char(c);
}

/* Read a key within a quarter second, saving the meeting's clock. */
int
ui_read_key(struct ui *ui)
{
	return ui_read_key_within(ui, 250);
}

/* Read a key within ms, saving the meeting's clock. */
int
ui_read_key_within(struct ui *ui, int ms)
{
	char *cause = NULL;
	int key = getkey(ms);

	if (ui->s != NULL && session_tick(ui->s, &cause) != 0) {
		ui_say(ui, 1, "The clock could not be saved: %s", cause);
		free(cause);
	}
	return key;
}

/* Set the status line. */
void
ui_say(struct ui *ui, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(ui->message, sizeof ui->message, fmt, ap);
	va_end(ap);
	ui->message_error = error;
}

/* Is name already in the roster (ignoring case)? */
int
ui_known_name(const struct ui *ui, const char *name)
{
	size_t i;

	for (i = 0; ui->s != NULL && i < ui->s->nroster; i++) {
		if (util_casecmp(ui->s->roster[i], name) == 0)
			return 1;
	}
	return 0;
}

/* Say where an action went: its owner (as stored) and its date. */
void
ui_say_action_saved(struct ui *ui, int from_statement, long id, int new_name)
{
	const struct action *a = view_action(&ui->s->view, id);
	char today[11], lead[64];

	if (from_statement)
		snprintf(lead, sizeof lead, "Saved, with action #%ld", id);
	else
		snprintf(lead, sizeof lead, "Action #%ld saved", id);
	if (a == NULL) {
		ui_say(ui, 0, "%s.", lead);
		return;
	}
	date_format(session_today(), today);
	ui_say(ui, 0, "%s: %s%s, %s%s%s.", lead, a->owner != NULL ?
	    a->owner : "no owner yet", new_name ? " (a new name)" : "",
	    a->due[0] != '\0' ? "due " : "no due date yet", a->due,
	    a->due[0] != '\0' && strcmp(a->due, today) < 0 ?
	    " (already past)" : "");
}

/*
 * Print len bytes of s at y, x, each control character (C0, DEL, C1) and
 * byte that is not UTF-8 as "?": curses would draw ^A in two columns or
 * jump to a tab stop, and break the layout. A bidirectional override or
 * isolate, which takes no column, is left out: it would reorder the line
 * (format_safe_cp names them). A no-break space (kept whole by wrapping)
 * is drawn as a plain space.
 */
void
ui_put_bytes(int y, int x, const char *s, size_t len)
{
	char buf[256], pic[8];
	size_t n, out = 0;
	unsigned int cp;

	move(y, x);
	while ((n = utf8_decode(s, len, &cp)) > 0) {
		if (out + 4 > sizeof buf) {
			addnstr(buf, (int)out);
			out = 0;
		}
		if (cp == 0xa0)
			buf[out++] = ' ';
		else if (format_safe_cp(cp, n, pic) == 0) {
			memcpy(buf + out, s, n);
			out += n;
		} else if (cp < 0xa0 || n == 1)
			buf[out++] = '?';
		s += n;
		len -= n;
	}
	addnstr(buf, (int)out);
}

/* Is s wider than width columns? Measured only as far as it takes. */
static int
wider_than(const char *s, int width)
{
	size_t n = strlen(s), len, pos = 0;
	unsigned int cp;
	int used = 0;

	while ((len = utf8_decode(s + pos, n - pos, &cp)) > 0) {
		if ((used += utf8_cp_width(cp)) > width)
			return 1;
		pos += len;
	}
	return 0;
}

/* Print s at y, x, cut to width columns (with "…" when cut). */
int
ui_put(int y, int x, int width, const char *s)
{
	size_t n = strlen(s), len, bytes = 0;
	unsigned int cp;
	int used = 0, w, cut = width > 1 && wider_than(s, width);

	/* What does not fit ends in "…", so nobody reads a cut word as whole. */
	while ((len = utf8_decode(s + bytes, n - bytes, &cp)) > 0) {
		w = utf8_cp_width(cp);
		if (used + w > width - cut)
			break;
		used += w;
		bytes += len;
	}
	if (bytes > 0)
		ui_put_bytes(y, x, s, bytes);
	if (cut) {
		mvaddstr(y, x + used, "\xe2\x80\xa6");
		used++;
	}
	return used;
}

/* Length in bytes of the next line of s that fits width columns. */
size_t
ui_wrap_line(const char *s, int width, size_t *next)
{
	size_t n = strlen(s), len, pos = 0, brk = 0;
	unsigned int cp;
	int used = 0;

	while ((len = utf8_decode(s + pos, n - pos, &cp)) > 0) {
		if (cp == '\n') {
			*next = pos + 1;
			return pos;
		}
		if (used + utf8_cp_width(cp) > width) {
			if (cp == ' ')
				brk = pos + len; /* it ends exactly at a word */
			break;
		}
		used += utf8_cp_width(cp);
		pos += len;
		if (cp == ' ')
			brk = pos;
	}
	if (len == 0) {
		*next = pos;
		return pos;
	}
	if (brk == 0)
		brk = pos > 0 ? pos : len; /* a word longer than the line */
	*next = brk;
	while (brk > 0 && s[brk - 1] == ' ')
		brk--;
	return brk;
}

/* Word-wrap s into at most maxlines lines. */
int
ui_wrap(int y, int x, int width, int maxlines, const char *s)
{
	size_t len, next;
	int lines = 0;

	while (*s != '\0' && lines < maxlines) {
		len = ui_wrap_line(s, width, &next);
		if (len > 0)
			ui_put_bytes(y + lines, x, s, len);
		lines++;
		s += next;
	}
	return lines;
}

/* Blank a row from x to the right edge. */
void
ui_clear_row(int y, int x)
{
	move(y, x);
	clrtoeol();
}

/* Fill row y with spaces in the current attributes. */
void
ui_fill_row(int y)
{
	move(y, 0);
	for (int x = 0; x < COLS; x++)
		addch(' ');
}

/* A full-width bar on row y with text at its left. */
void
ui_bar(struct ui *ui, int y, const char *text)
{
	attron(ui_attr(ui, STYLE_BAR));
	ui_fill_row(y);
	ui_put(y, 1, COLS - 2, text);
	attroff(ui_attr(ui, STYLE_BAR));
}

/* Open a screen over the current one. */
void
ui_push(struct ui *ui, const struct ui_screen *screen, void *arg)
{
	struct ui_frame *f;

	if (ui->depth == UI_MAX_SCREENS)
		util_fatal(70, "screens nested too deep");
	f = &ui->stack[ui->depth++];
	f->screen = screen;
	f->data = screen->enter != NULL ? screen->enter(ui, arg) : NULL;
}

/* Leave the current screen for the one below. */
void
ui_pop(struct ui *ui)
{
	struct ui_frame *f;

	if (ui->depth == 0)
		return;
	f = &ui->stack[--ui->depth];
	if (f->screen->leave != NULL)
		f->screen->leave(ui, f->data);
	f->screen = NULL;
	f->data = NULL;
}

/* The screen on top. */
static struct ui_frame *
top(struct ui *ui)
{
	return &ui->stack[ui->depth - 1];
}

/* Draw the status line at the bottom. */
static void
draw_status(struct ui *ui)
{
	if (ui->message[0] == '\0')
		return;
	int long_one = utf8_width(ui->message) > COLS - 2;

	attron(ui_attr(ui, ui->message_error ? STYLE_ERROR : STYLE_OK));
	/* A long message takes the row above too, rather than be cut. */
	if (long_one)
		ui_clear_row(LINES - 3, 0);
	ui_wrap(LINES - 2 - long_one, 1, COLS - 2, 1 + long_one, ui->message);
	attroff(ui_attr(ui, ui->message_error ? STYLE_ERROR : STYLE_OK));
}

/* Paint the whole screen from state. */
void
ui_draw(struct ui *ui)
{
	char msg[128];

	erase();
	if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
		snprintf(msg, sizeof msg, "Enlarge the window to at least "
		    "%dx%d (it is %dx%d now).", UI_MIN_COLS, UI_MIN_LINES,
		    COLS, LINES);
		ui_wrap(LINES / 2, 1, COLS - 2 > 0 ? COLS - 2 : 1, 3, msg);
		return;
	}
	top(ui)->screen->draw(ui, top(ui)->data);
	draw_status(ui);
	if (ui->help)
		ui_help_draw(ui, top(ui)->screen->keys,
		    top(ui)->screen->more_keys != NULL ?
		    top(ui)->screen->more_keys(ui, top(ui)->data) : NULL);
}

/* Read pasted keys to the end of the paste (or a pause): they are no commands. */
void
ui_paste_refuse(struct ui *ui)
{
	int key;

	while ((key = ui_read_key(ui)) >= 0 && key != UI_PASTE_END &&
	    !ui_stopping())
		;
	ui_say(ui, 1, "Pasted text is not taken as keys: paste it in a "
	    "prompt (c for a note).");
}

/*
 * Run screens until one says to quit or the last is left; then leave all.
 * The screen is painted when something changed (a key, a resize, a
 * reload a tick made) or the clock's second turned, not four times a
 * second: an idle screen costs next to nothing.
 */
int
ui_loop(struct ui *ui)
{
	time_t shown = 0;
	int key;

	ui->dirty = 1;
	while (ui->depth > 0) {
		if (top(ui)->screen->tick != NULL)
			top(ui)->screen->tick(ui, top(ui)->data);
		if (ui->dirty || clock_time() != shown) {
			ui_draw(ui);
			refresh();
			ui->dirty = 0;
			shown = clock_time();
		}
		key = ui_read_key(ui);
		if (ui_stopping())
			break;
		if (key < 0)
			continue;
		ui->dirty = 1;
		if (key == UI_FN + KEY_RESIZE)
			continue;
		if (key == UI_PASTE_BEGIN) {
			ui_paste_refuse(ui);
			continue;
		}
		if (key == UI_CTRL('c'))
			key = 'q';  /* raw mode: Ctrl-C leaves like q */
		if (ui->help) {
			ui->help = 0; /* any key closes it, whatever the size */
			continue;
		}
		if (COLS < UI_MIN_COLS || LINES < UI_MIN_LINES) {
			if (key == 'q')
				break;
			continue;
		}
		ui->message[0] = '\0';
		if (top(ui)->screen->key(ui, top(ui)->data, key) == UI_QUIT)
			break;
	}
	while (ui->depth > 0)
		ui_pop(ui);
	return 0;
}

/* What a meeting that just ended left behind, on the terminal it ran in. */
static void
print_ended(const struct session *s)
{
	const struct action_list *l = &s->view.actions;
	size_t i, lacking = 0;
	char total[16];

	for (i = 0; i < l->n; i++)
		lacking += l->v[i].owner == NULL || l->v[i].due[0] == '\0';
	meeting_format_clock(meeting_total_elapsed(s->m, s->m->ended_at),
	    total);
	printf("Meeting %ld ended after %s: %zu action item%s", s->m->id,
	    total, l->n, l->n == 1 ? "" : "s");
	if (lacking > 0)
		printf(", %zu without an owner or a due date", lacking);
	printf(".\n'parley actions' lists what is open.\n");
}

/* Run the meeting screen until the user leaves or ends the meeting. */
int
ui_meeting_run(struct store *st, struct session *s)
{
	struct ui ui;
	char *cause = NULL;
	int code = 0;

	memset(&ui, 0, sizeof ui);
	ui.st = st;
	ui.s = s;
	ui_begin(&ui);
	ui_push(&ui, &ui_screen_meeting, NULL);
	ui_say(&ui, 0, "Meeting %ld in progress. Press ? for keys.", s->m->id);
	ui_loop(&ui);
	ui_end();
	if (!ui.result && session_leave(s, &cause) != 0) {
		fprintf(stderr, "parley: could not save the clock: %s\n", cause);
		code = store_error_code(st);
	} else if (!ui.result)
		printf("Meeting %ld is still in progress: 'parley resume' "
		    "takes you back to it.\n", s->m->id);
	else
		print_ended(s);
	free(cause);
	return code;
}
