/*
 * search.h: full-text search over what meetings said. The core half: the
 * words a user types made into a safe FTS5 query, the hits a search
 * returns (a list a screen or a command can show), and their snippets
 * written so that nothing in them can command a terminal. store_search
 * (store.h) runs the query.
 */
#ifndef PARLEY_SEARCH_H
#define PARLEY_SEARCH_H

#include <stddef.h>
#include <stdio.h>

/* Hits a search returns unless asked for another number. */
#define SEARCH_DEFAULT_LIMIT 20

/* What a hit is, as the index names it ("note" ... "action"). */
enum search_kind {
	SEARCH_NOTE,
	SEARCH_DECISION,
	SEARCH_PARKING,     /* a parking-lot topic */
	SEARCH_PRIVATE,     /* a private note: private */
	SEARCH_WIN,
	SEARCH_CUSTOMER,
	SEARCH_STATEMENT,   /* a parroted statement, its question and answer */
	SEARCH_FOLLOWUP,    /* a statement's follow-up: private */
	SEARCH_ACTION,      /* an action item's title */
	SEARCH_KIND_COUNT
};

/* A match inside a snippet: bytes [start, end) of the snippet's text. */
struct search_span {
	size_t start;
	size_t end;
};

/* One capture that matched. */
struct search_hit {
	long meeting_id;        /* 0: an action made outside any meeting */
	char date[11];          /* "YYYY-MM-DD": the meeting's, else the
	                           action's own; "" if unknown */
	long item_id;           /* 0 when none */
	int item_pos;           /* 0-based place in the agenda; -1 none */
	char *item_title;       /* NULL when none */
	enum search_kind kind;
	long capture_id;        /* the entry's, the statement's (for a
	                           statement or its follow-up) or the
	                           action's id */
	int private;            /* 1 for a private note or follow-up */
	double rank;            /* bm25: lower is a better match */
	char *snippet;          /* the text around the matches, as stored:
	                           user text, every byte kept */
	struct search_span *spans; /* where the matches are, in order */
	size_t nspans;
};

/* What a search found: the best hits first, and how many there are. */
struct search_result {
	struct search_hit *v;
	size_t n;               /* hits returned, at most the limit */
	long total;             /* hits there are, past the limit too */
};

void search_result_fini(struct search_result *r);

/*
 * The FTS5 query for words (as typed, each may hold several separated by
 * spaces): each word quoted (a '"' doubled) as a prefix, all of them
 * required: "too" pri -> "too"* "pri"*. A word with no letter or digit
 * is left out, since FTS5 would find nothing in it. Returns a new string
 * (caller frees), or NULL when no word is left: nothing to search for.
 */
char *search_query(char *const *words, size_t n);

/* "note", "parking", "followup", ...: the index's name for a kind. */
const char *search_kind_name(enum search_kind k);
/* "note", "parked topic", "private follow-up", ...: for people. */
const char *search_kind_label(enum search_kind k);
/* 0 and *out, or -1 for an unknown name (NULL included). */
int search_kind_parse(const char *name, enum search_kind *out);

/*
 * The marks store_search asks snippet() for, twice over: once with the A
 * pair, once with the B pair. Both snippets are the same text with marks
 * of the same length at the same places, so the bytes where they differ
 * are the marks, whatever brackets the text itself holds.
 */
#define SEARCH_MARK_A_OPEN "["
#define SEARCH_MARK_A_CLOSE "]"
#define SEARCH_MARK_B_OPEN "{"
#define SEARCH_MARK_B_CLOSE "}"

/*
 * Set h's snippet and spans from the two marked snippets a and b (see
 * above); trailing white space is dropped. Snippets that do not pair up
 * are kept as a, with no spans. Frees what h held before.
 */
void search_snippet_decode(struct search_hit *h, const char *a,
    const char *b);

/*
 * Write the first len bytes of s for a terminal: a line break becomes
 * " / " (a run of them, one), a tab a space, any other control character
 * and what else a terminal must not see raw go through format_safe_cp;
 * everything else is written as it is.
 */
void search_write_clean(FILE *f, const char *s, size_t len);
/* s cleaned as search_write_clean does. A new string: caller frees. */
char *search_clean(const char *s);
/*
 * Write h's snippet cleaned as above, each match between open and close
 * ("\033[1m" and "\033[22m" for bold, "[" and "]" for a pipe).
 */
void search_write_snippet(FILE *f, const struct search_hit *h,
    const char *open, const char *close);

#endif
