/*
 * prospect.h: the objections prospects raise, as sales hears them (Q1, the
 * objections item). Not to be confused with objection.h, the statements
 * parroted in the room: those show in Q1's tally too, as such.
 *
 * An objection is known by its name, the words it was first captured with.
 * Each time it is heard again it is counted under that name: names match
 * whatever their case and spacing ("Too  expensive" is "too expensive").
 * The tally of a meeting lists what was heard in it, most heard first, and
 * each objection's history up to that meeting.
 */
#ifndef PARLEY_PROSPECT_H
#define PARLEY_PROSPECT_H

#include <stddef.h>

/* The history counts this many meetings, the last one included. */
#define PROSPECT_WINDOW 6

/*
 * The key two names match by: the name without any white space, each
 * letter in lower case (Latin, Greek and Cyrillic; other scripts as
 * written). A new string; NULL for NULL. Caller frees.
 */
char *prospect_key(const char *name);
/* 1 if a and b name the same objection (NULL names none). */
int prospect_same(const char *a, const char *b);
/*
 * The index of the first of names (n of them) that names the same
 * objection as typed, or -1: none, or typed is blank.
 */
long prospect_find(const char *const *names, size_t n, const char *typed);

/* How an objection was heard. */
enum prospect_source {
	HEARD_CAPTURED,   /* captured as an objection (h on Q1) */
	HEARD_PARROTED    /* a statement parroted during Q1 */
};

/* One time an objection was heard, as the store reads it. */
struct prospect_heard {
	long id;                 /* its row: a hearing, or a statement */
	enum prospect_source source;
	long meeting_id;
	char day[11];            /* the meeting's day, "YYYY-MM-DD" */
	char *name;              /* a hearing's name, a statement's words */
};

struct prospect_heard_list {
	struct prospect_heard *v;  /* in the order they were heard */
	size_t n;
};

void prospect_heard_list_fini(struct prospect_heard_list *l);

/* One objection of a meeting's tally. */
struct prospect_line {
	char *name;          /* as first heard in the meeting */
	long hearing_id;     /* its newest hearing in the meeting; 0 when it
	                        was only parroted */
	int heard;           /* times captured in the meeting */
	int parroted;        /* times parroted in the meeting's Q1 */
	int meetings;        /* meetings of the window it was heard in */
	int window;          /* meetings in the window, the tally's included */
	char first[11];      /* the first meeting it was ever heard in */
	char before[11];     /* the last meeting before the tally's it was
	                        heard in; "" when this is the first */
	int requested;       /* content requests made against it, up to and
	                        in the tally's meeting */
};

struct prospect_tally {
	struct prospect_line *v;  /* most heard first, then as first heard */
	size_t n;
	int total;                /* times heard in the meeting, all told */
	char **names;             /* every objection captured up to the
	                             meeting, each once, by name (case
	                             aside): what Tab offers */
	size_t nnames;
};

/*
 * Build the tally of meeting from heard (every hearing up to and in it,
 * in the order heard), window (the ids of the last meetings up to and
 * with it, at most PROSPECT_WINDOW) and requested (the names of the
 * objections content requests answer, up to and in it, repeats counted).
 * Nothing is borrowed. Free with prospect_tally_fini.
 */
void prospect_tally_build(struct prospect_tally *t, long meeting,
    const struct prospect_heard_list *heard, const long *window,
    size_t nwindow, const char *const *requested, size_t nrequested);
void prospect_tally_fini(struct prospect_tally *t);

/*
 * 1 if the line is an objection heard again, in the meeting and before,
 * that no content request answers: the requests item calls it out.
 * Only a captured objection can be, since only one can be answered.
 */
int prospect_line_uncovered(const struct prospect_line *l);
/* How many lines of t are uncovered. */
size_t prospect_uncovered(const struct prospect_tally *t);
/*
 * The line's history in words: "new today" (today names the tally's
 * meeting: "today" on the screens, "this meeting" in the minutes), or
 * "heard in 3 of the last 4 meetings · first 2026-08-24 · last
 * 2026-10-26", last being the last meeting before the tally's (the
 * tally's own is the latest). 71 columns at most: one line at 80. A new
 * string; caller frees.
 */
char *prospect_history(const struct prospect_line *l, const char *today);
/*
 * How the line was heard in the meeting: "3×", "2× (1 parroted)",
 * "1× parroted". A new string; caller frees.
 */
char *prospect_times(const struct prospect_line *l);

#endif
