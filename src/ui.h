/* ui.h: the full-screen terminal layer: screens, prompts and drawing. */
#ifndef PARLEY_UI_H
#define PARLEY_UI_H

#include "session.h"
#include "store.h"

/* The smallest terminal the meeting screen draws in. */
#define UI_MIN_COLS 80
#define UI_MIN_LINES 24

/* Function keys are KEY_* + UI_FN, above every Unicode code point. */
#define UI_FN 0x200000
#define UI_ESC 27
#define UI_CTRL(c) ((c) & 0x1f)
/*
 * What a terminal sends around pasted text once Parley asks it to
 * (bracketed paste): the text between comes as keys, and is typed text,
 * never commands.
 */
#define UI_PASTE_BEGIN (UI_FN + 01000)
#define UI_PASTE_END (UI_FN + 01001)

enum ui_redraw { UI_STAY, UI_QUIT };

struct ui;
struct ui_keymap;

/*
 * A screen: the same face for all, as ncdu's and tmux's modes. Its state
 * is its own: enter makes it, leave frees it; the data it shows lives in
 * the session or the store.
 */
struct ui_screen {
	const char *name;
	const struct ui_keymap *keys;
	/* Make the screen's state from what ui_push was given; may be NULL. */
	void *(*enter)(struct ui *ui, void *arg);
	/* Free the state; may be NULL. */
	void (*leave)(struct ui *ui, void *data);
	void (*draw)(struct ui *ui, void *data);
	/* Handle a key; returns UI_QUIT to leave the main loop. */
	enum ui_redraw (*key)(struct ui *ui, void *data, int key);
	/* Called before every paint, keys or not; may be NULL. */
	void (*tick)(struct ui *ui, void *data);
	/* Keys for the help besides the screen's own (an item's); may be NULL. */
	const struct ui_keymap *(*more_keys)(struct ui *ui, void *data);
};

/* Screens are a stack: Esc goes back to the one below. */
#define UI_MAX_SCREENS 8

struct ui_frame {
	const struct ui_screen *screen;
	void *data;
};

struct ui {
	struct store *st;       /* borrowed */
	struct session *s;      /* the meeting, NULL on the home screen */
	struct ui_frame stack[UI_MAX_SCREENS];
	int depth;              /* screens on the stack; 0 ends the loop */
	int color;              /* 0 under NO_COLOR or a monochrome terminal */
	int help;               /* the key overlay is up */
	char message[512];      /* the status line; never anything private */
	int message_error;
	int result;             /* what the run came to, for its caller */
	int room;               /* the room view: no key hints, read-only */
	int dirty;              /* something changed: paint again (a key,
	                           a reload); else only when the clock's
	                           second turns */
};

/* Open a screen over the current one; arg goes to its enter. */
void ui_push(struct ui *ui, const struct ui_screen *screen, void *arg);
/* Leave the current screen for the one below (none: the loop ends). */
void ui_pop(struct ui *ui);

/*
 * The list widget: a selection and a scroll over n rows. The screen owns
 * it and its rows; ui_list_draw calls row for each row that shows.
 */
struct ui_list {
	int sel;        /* the selected row */
	int top;        /* the first row shown */
	int rows;       /* rows it had when last drawn */
	size_t n;       /* rows in the list */
};
typedef void (*ui_list_row_fn)(struct ui *ui, int y, size_t i, int selected,
    const void *arg);
typedef long (*ui_list_id_fn)(size_t i, const void *arg);
/* Up, Down, PgUp, PgDn, Home, End: 1 if key was one of them. */
int ui_list_key(struct ui_list *l, int key);
/* Draw the rows that show in rows rows from row y, the selection kept
 * in sight. */
void ui_list_draw(struct ui *ui, struct ui_list *l, int y, int rows,
    ui_list_row_fn row, const void *arg);
/* After the list changed to n rows, select the row with id again. */
void ui_list_follow(struct ui_list *l, size_t n, long id, ui_list_id_fn id_at,
    const void *arg);

/* Colour pairs and attributes by meaning. */
enum ui_style {
	STYLE_NORMAL, STYLE_BAR, STYLE_TITLE, STYLE_DIM, STYLE_ACCENT,
	STYLE_WARN, STYLE_OK, STYLE_SELECT, STYLE_ERROR, STYLE_CALM,
	STYLE_COUNT
};

/*
 * 0 when a full-screen command can run here; else 69 with a reason in
 * *cause (no terminal, TERM unset or dumb).
 */
int ui_usable(char **cause);

/* Run the meeting screen on s until the user leaves or ends. Exit code. */
int ui_meeting_run(struct store *st, struct session *s);
/* The read-only room view of the meeting in progress. Exit code. */
int ui_room_run(struct store *st);
/* The home screen: -1 quit, 0 start from agenda_path, 1 resume. */
int ui_home_run(struct store *st, const char *agenda_path);

/* Internal to the ui layer. */
/* 1 if terminfo knows $TERM (asked without starting the screen). */
int ui_term_known(void);
/* Set by SIGTERM/SIGHUP: leave as q would, saving the clock. */
int ui_stopping(void);
void ui_begin(struct ui *ui);
void ui_end(void);
int ui_loop(struct ui *ui);
void ui_draw(struct ui *ui);
/*
 * Read a key (UI_FN + KEY_* or a code point) within 250 ms, -1 for none,
 * and save the meeting's clock when it is due.
 */
int ui_read_key(struct ui *ui);
/* As ui_read_key, waiting at most ms (0: only a key already typed). */
int ui_read_key_within(struct ui *ui, int ms);
/*
 * After UI_PASTE_BEGIN where no text is asked for: read the pasted keys
 * to their end, and say they were not taken as commands.
 */
void ui_paste_refuse(struct ui *ui);
void ui_say(struct ui *ui, int error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* 1 if name is in the roster already (case aside): not a new name. */
int ui_known_name(const struct ui *ui, const char *name);
/*
 * Say an action item of this meeting was saved, with its owner as stored
 * ("a new name" when new_name) and due date ("already past" when it is),
 * or that it has neither yet: "Action #12 saved: ..." for a, "Saved, with
 * action #12: ..." for a parroted statement (from_statement).
 */
void ui_say_action_saved(struct ui *ui, int from_statement, long id,
    int new_name);
int ui_attr(const struct ui *ui, enum ui_style style);
/* Print s at y, x, cut to width columns; returns columns used. */
int ui_put(int y, int x, int width, const char *s);
/*
 * The next line of s that fits width columns: returns its length in bytes
 * and sets *next to where the line after it starts.
 */
size_t ui_wrap_line(const char *s, int width, size_t *next);
/* Print len bytes of s at y, x, control characters as "?". */
void ui_put_bytes(int y, int x, const char *s, size_t len);
/* Word-wrap s into at most maxlines lines from y; returns lines used. */
int ui_wrap(int y, int x, int width, int maxlines, const char *s);
/* Fill row y with spaces in the current attributes. */
void ui_fill_row(int y);
/* A full-width bar on row y, text at its left. */
void ui_bar(struct ui *ui, int y, const char *text);
/* Fill a row from x to the right edge with spaces. */
void ui_clear_row(int y, int x);

/* Show that something is typed, never what; no Tab completion. */
#define PROMPT_BLIND 1
/*
 * The initial text is a pre-filled answer, selected (drawn reversed): the
 * first character typed replaces it; Left, Right, Home, End, Backspace and
 * the other editing keys keep it and edit it.
 */
#define PROMPT_SELECT 2

/*
 * Ask for a line at the bottom of the screen, the screen still live above.
 * Returns 1 with a new string in *out (caller frees), 0 when cancelled with
 * Esc (nothing is kept).
 */
int ui_prompt(struct ui *ui, const char *label, const char *initial,
    int flags, char **out);
/* As ui_prompt, Tab completing from names (n of them; borrowed). */
int ui_prompt_from(struct ui *ui, const char *label, const char *initial,
    int flags, const char *const *names, size_t n, char **out);
/*
 * Ask for a due date (any form date_parse takes; empty too unless required)
 * until it parses; 1 with *due as typed, 0 when cancelled. initial (may
 * be NULL) is offered selected; a date refused comes back to be fixed.
 */
int ui_prompt_due(struct ui *ui, const char *label, const char *initial,
    int required, char **due);
/*
 * Ask for a number until parse (pulse_parse, rating_parse...) takes it: 1
 * with *out, 0 when cancelled. initial (0: none) is offered selected; a
 * number refused comes back selected, with parse's reason above it.
 */
int ui_prompt_number(struct ui *ui, const char *label, int initial,
    int (*parse)(const char *text, int *out, char **cause), int *out);
/* Action:, Owner: (Tab completes), Due:; 1 when all were given. */
int ui_prompt_action(struct ui *ui, char **title, char **owner, char **due);
/* Ask a yes/no question; 1 for y. */
int ui_confirm(struct ui *ui, const char *question);
/* Ask for one of the keys in keys; returns it, or 0 for Esc. */
int ui_choose(struct ui *ui, const char *question, const char *keys);

/*
 * The parroting flow of the o key (ui_parrot.c). While the answer is typed,
 * *shown points to the question, for the screen to draw large.
 */
void ui_parrot_flow(struct ui *ui, const char **shown);
/*
 * Draw question large and centred between rows top and bottom, in calm
 * colours, with the plain text once beneath; plain text alone when large
 * letters do not fit.
 */
void ui_parrot_draw(struct ui *ui, int top, int bottom, const char *question);
/* How many of rows ui_parrot_draw needs for question. */
int ui_parrot_rows(const char *question, int rows);

/* The keys: one table, for the screens, the help and the man page. */
enum ui_cmd {
	CMD_NONE = -1,
	CMD_NEXT, CMD_PREV, CMD_NOTE, CMD_ACTION, CMD_DECISION, CMD_PARKING,
	CMD_ACTIONS, CMD_END, CMD_LEAVE, CMD_HELP, CMD_PARROT, CMD_PRIVATE,
	CMD_UP, CMD_DOWN, CMD_DONE, CMD_KEEP, CMD_DROP, CMD_ESCALATE, CMD_BACK,
	CMD_START, CMD_RESUME, CMD_PGUP, CMD_PGDN, CMD_HOME, CMD_END_OF_LIST,
	CMD_EDIT, CMD_DELETE, CMD_UNDO, CMD_EXPORT, CMD_SEARCH,
	CMD_FIGURES, CMD_FIGURES_REMOVE,
	CMD_HEARD, CMD_UNHEARD, CMD_REQUEST,
	CMD_MQL_CHANGE, CMD_MQL_REMOVE, CMD_MQL_SALES, CMD_MQL_MARKETING,
	CMD_RATE, CMD_WIN, CMD_CUSTOMER, CMD_CLOSE_PARKED
};

struct ui_keydef {
	enum ui_cmd cmd;
	int key;
	int key2;           /* another key for the same command, or 0 */
	const char *label;  /* as the help shows it: "n, Right"; NULL when
	                       the line of the key before says it */
	const char *help;
};

struct ui_keymap {
	const char *title;
	const struct ui_keydef *keys;
	size_t n;
};

extern const struct ui_keymap ui_keys_meeting;
extern const struct ui_keymap ui_keys_actions;
extern const struct ui_keymap ui_keys_home;
extern const struct ui_keymap ui_keys_room;
extern const struct ui_keymap ui_keys_edit;
extern const struct ui_keymap ui_keys_search;
extern const struct ui_keymap ui_keys_metrics;   /* Q3's own */
/* The keys of the objections item and of the requests item. */
extern const struct ui_keymap ui_keys_objections, ui_keys_requests;
/* An agenda item's own keys, shown under its title in the help. */
extern const struct ui_keymap ui_keys_definition;
/* The keys of agenda items of these kinds (struct ui_kind). */
extern const struct ui_keymap ui_keys_review, ui_keys_wins, ui_keys_pulse,
    ui_keys_wrapup;
enum ui_cmd ui_keys_lookup(const struct ui_keymap *map, int key);

extern const struct ui_screen ui_screen_meeting;
extern const struct ui_screen ui_screen_actions;
extern const struct ui_screen ui_screen_home;
extern const struct ui_screen ui_screen_room;
extern const struct ui_screen ui_screen_edit;
/* The search screen: ui_push it with the words typed (it takes them). */
extern const struct ui_screen ui_screen_search;
/* Ask for words to search; 1 with a new string in *words, 0 cancelled. */
int ui_search_ask(struct ui *ui, char **words);
/* Shared pieces of the meeting screen and the room view (ui_parts.c). */
/*
 * The scrollable part of a screen. Lines are numbered as if the body were
 * endless: those before skip are passed over, those past bottom counted in
 * hidden. With draw 0 nothing is painted: a first pass measures (total).
 */
struct ui_body {
	int y;       /* next row to paint on */
	int bottom;  /* first row not to paint on */
	int x;
	int width;
	int skip;    /* lines scrolled off the top */
	int draw;    /* paint, or only count */
	int total;   /* lines so far, painted or not */
	int hidden;  /* lines below the bottom */
	int clip;    /* whole entries only, from the top, the last row kept
	                for "… N more" (ui_body_more): the room's way */
	int cut;     /* entries clip left out */
};

/* Add text to the body, wrapped, lines after the first indented 2 more. */
void ui_body_line(struct ui *ui, struct ui_body *b, enum ui_style style,
    int indent, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The rows text takes in b at indent, wrapped as ui_body_line wraps it. */
int ui_body_height(const struct ui_body *b, int indent, const char *text);
/*
 * Before an entry of rows rows: 1 to draw it; 0, in a clipped body where
 * it does not fit whole (or an entry before it did not), counting it once
 * in "… N more" — the caller draws none of it.
 */
int ui_body_entry(struct ui_body *b, int rows);
/* 1 when rows more rows fit whole in b (always, unclipped); counts nothing. */
int ui_body_fits(const struct ui_body *b, int rows);
/*
 * A list's heading (saying how many it heads): as ui_body_line, but a
 * clipped body that has no room for it leaves it out without counting it:
 * "… N more" counts entries, not headings.
 */
void ui_body_heading(struct ui *ui, struct ui_body *b, enum ui_style style,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/*
 * A list that must fit in a number of rows, built line by line: each line
 * is drawn whole or not at all (ui_body_fit).
 */
struct ui_line {
	enum ui_style style;
	int indent;
	char *text;
};
struct ui_lines {
	struct ui_line *v;
	size_t n;
};
void ui_lines_add(struct ui_lines *l, enum ui_style style, int indent,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void ui_lines_fini(struct ui_lines *l);
/*
 * Draw as many of the lines as fit whole in rows rows of b (rows < 0: all
 * of them), then "… N more" on a row of its own when the rest do not. The
 * first line is the list's heading: drawn whenever it fits, alone when no
 * entry does (so a heading should say how many there are). Returns how
 * many lines were drawn.
 */
size_t ui_body_fit(struct ui *ui, struct ui_body *b, const struct ui_lines *l,
    int rows);
/* A blank line, unless nothing came before it. */
void ui_body_gap(struct ui_body *b);
/* In clip mode, say how many entries did not fit ("… 3 more"). */
void ui_body_more(struct ui *ui, struct ui_body *b);
/* Draw entry i of a list into b. */
typedef void (*ui_body_entry_fn)(struct ui *ui, struct ui_body *b, size_t i,
    const void *arg);
/*
 * Draw the n entries of a list, each whole, while they fit in max lines
 * (max < 0: all of them); those that do not are one last line, "… N
 * more", within max too. Returns the lines used.
 */
int ui_body_list(struct ui *ui, struct ui_body *b, size_t n, int max,
    ui_body_entry_fn entry, const void *arg);
/*
 * Draw the n entries of a list however long, each as entry draws it,
 * until the body is full: the rest are then counted, never laid out —
 * clipped, each in "… N more"; else as lines below the bottom (hidden
 * counts at least one: enough to say there is more).
 */
void ui_body_entries(struct ui *ui, struct ui_body *b, size_t n,
    ui_body_entry_fn entry, const void *arg);
/* One action item: id, title, owner (if show_owner), due, what it lacks. */
void ui_body_action(struct ui *ui, struct ui_body *b, const struct action *a,
    const char *today, int show_owner, int indent);
/* A heading with the count, then each action item. */
void ui_part_actions(struct ui *ui, struct ui_body *b, const char *heading,
    const struct action_list *l, const char *today);
/* After a gap, "Decisions today: N" and each decision; nothing for none. */
void ui_part_decisions(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v);
/*
 * How many of the last meeting's commitments were done, per side and per
 * owner (nothing when l is NULL or counts no meeting).
 */
void ui_part_completion(struct ui *ui, struct ui_body *b,
    const struct owner_list *l);
/*
 * The review's open commitments from earlier meetings (v->backlog, read
 * from ui->st as they show): the heading with how many, then (entry i)
 * each under its owner's name, the name only with a commitment beneath;
 * ui_part_review draws both, as far as b goes.
 */
void ui_part_review_heading(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v);
void ui_part_review_entry(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v, size_t i, const char *today);
void ui_part_review(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v, const char *today);
/*
 * The parking lot carried into the meeting (v->parking_before), numbered
 * as the review's C asks for them, closed ones marked, in at most rows
 * rows (rows < 0: all); keys: say the key (the meeting screen, not the
 * room). Nothing when the lot is empty.
 */
void ui_part_parking(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v, int rows, int keys);
/*
 * The rows an item's room_pinned may take from b: what is left once today's
 * actions and decisions have theirs, but at least half of what b has.
 */
int ui_part_room_rows(const struct ui_body *b, const struct meeting_view *v);
/* The top bar: title, date, the meeting's clock against its plan. */
void ui_part_bar(struct ui *ui, const struct meeting *m);
/* The agenda as a strip of markers on row y. */
void ui_part_strip(struct ui *ui, const struct meeting *m, int y);
/*
 * The current item's header from row y; returns the first row after it.
 * compact: one line of title, no prompt, to leave room for large letters.
 */
int ui_part_item(struct ui *ui, const struct meeting *m,
    const struct agenda_item *ai, int y, int compact);

/*
 * What each kind of agenda item draws and does on the screens, one entry a
 * kind (ui_kind.c), the terminal side of kind.c. Every entry may be NULL.
 */
struct ui_kind {
	/* On the meeting screen, what the item shows above its captures. */
	void (*draw)(struct ui *ui, struct ui_body *b, const char *today);
	/* In the room (no question up), what the item shows first. */
	void (*draw_room)(struct ui *ui, struct ui_body *b,
	    const struct meeting_view *v, const char *today);
	/*
	 * In the room, what stays in sight above the rest whatever its
	 * length (the review's figure).
	 */
	void (*room_pinned)(struct ui *ui, struct ui_body *b,
	    const struct meeting_view *v);
	/* The item's own keys on the meeting screen (in ui_keys.c). */
	const struct ui_keymap *keys;
	/* Do one of them; the session is the meeting's. */
	void (*key)(struct ui *ui, enum ui_cmd cmd);
};

/*
 * On the meeting screen, a list after what a kind's draw shows that may
 * be too long to lay out whole (the review's commitments): how many
 * entries, and entry i into b. The screen lays out those that show.
 */
struct ui_kind_list {
	size_t (*n)(struct ui *ui);
	void (*entry)(struct ui *ui, struct ui_body *b, size_t i,
	    const char *today);
};

/* The entry of kind k: never NULL (a kind with nothing has an empty one). */
const struct ui_kind *ui_kind_get(enum item_kind k);
/* The long list of kind k, or NULL for a kind without one. */
const struct ui_kind_list *ui_kind_list_get(enum item_kind k);
extern const struct ui_kind_list ui_kind_review_list;
/*
 * For the room once the meeting has ended: the meeting's rating (when the
 * agenda has a wrap-up) and what lacks an owner or a due date, in b.
 */
void ui_wrapup_summary(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v);
/* The kinds with screens of their own (ui_kind_*.c). */
extern const struct ui_kind ui_kind_review, ui_kind_definition,
    ui_kind_wrapup, ui_kind_metrics, ui_kind_objections, ui_kind_requests,
    ui_kind_wins, ui_kind_pulse;

/*
 * Draw the key overlay for the current screen's map, and more (the current
 * agenda item's own keys, under their title) when it is not NULL.
 */
void ui_help_draw(struct ui *ui, const struct ui_keymap *map,
    const struct ui_keymap *more);

#endif
