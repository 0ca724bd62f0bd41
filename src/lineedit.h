/* lineedit.h: a one-line UTF-8 text editor, free of any terminal. */
#ifndef PARLEY_LINEEDIT_H
#define PARLEY_LINEEDIT_H

#include <stddef.h>

struct lineedit {
	char *buf;     /* NUL-terminated valid UTF-8, owned */
	size_t len;    /* bytes, without the NUL */
	size_t cap;
	size_t cursor; /* byte offset, always on a code point boundary */
	int selected;  /* the whole text is selected: a pre-filled answer,
	                  which the first character typed replaces; any
	                  other editing key ends the selection, then edits
	                  the text as it stands */
};

/* Start with a copy of initial (may be NULL; as lineedit_set), cursor at
 * the end. */
void lineedit_init(struct lineedit *le, const char *initial);
void lineedit_fini(struct lineedit *le);
/*
 * Replace the whole text, cursor at the end, nothing selected. Each byte of
 * text that is not valid UTF-8 becomes U+FFFD.
 */
void lineedit_set(struct lineedit *le, const char *text);
/* Select the whole text (none is selected when it is empty). */
void lineedit_select_all(struct lineedit *le);

/*
 * Insert code point cp at the cursor (control characters are ignored);
 * when the text is selected, cp replaces it. Every function below ends
 * the selection before it does its work.
 */
void lineedit_insert(struct lineedit *le, unsigned int cp);
void lineedit_left(struct lineedit *le);      /* one code point */
void lineedit_right(struct lineedit *le);
void lineedit_home(struct lineedit *le);      /* also Ctrl-A */
void lineedit_end(struct lineedit *le);       /* also Ctrl-E */
void lineedit_backspace(struct lineedit *le); /* delete before the cursor */
void lineedit_delete(struct lineedit *le);    /* delete under the cursor */
void lineedit_kill_start(struct lineedit *le);/* Ctrl-U: delete to the start */
void lineedit_kill_word(struct lineedit *le); /* Ctrl-W: the word before */

/*
 * Tab completion against names (case-insensitive): the longest run of words
 * ending at the cursor that starts some name is completed, the text after
 * the cursor kept. One match: the run becomes that name. Several: the run
 * grows to their longest common prefix. An empty run matches every name,
 * and grows only at the end of the text.
 * Returns the number of matches (0: nothing changed).
 */
size_t lineedit_complete(struct lineedit *le, const char *const *names,
    size_t n);
/*
 * 1 if name starts (ignoring ASCII case) with the text from byte from to
 * the cursor; NULL never does.
 */
int lineedit_matches(const struct lineedit *le, size_t from, const char *name);
/*
 * Where the run lineedit_complete would complete begins: 1 and its byte
 * offset in *from, or 0 when no run before the cursor starts a name.
 */
int lineedit_run(const struct lineedit *le, const char *const *names,
    size_t n, size_t *from);

/*
 * Which part of the text to show in a field width columns wide so the cursor
 * is visible: sets *start (byte offset of the first shown code point) and
 * *cursor_col (the cursor's column within the field).
 */
void lineedit_view(const struct lineedit *le, int width, size_t *start,
    int *cursor_col);

#endif
