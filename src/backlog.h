/*
 * backlog.h: the open commitments from earlier meetings, as the review
 * lists them (by owner, then due date), read from the store a page at a
 * time: a screen costs what it shows, not what years of history hold.
 */
#ifndef PARLEY_BACKLOG_H
#define PARLEY_BACKLOG_H

#include <stddef.h>

#include "action.h"

struct store;

/* One owner's share of the list. */
struct backlog_owner {
	long owner_id;   /* 0 for nobody */
	char *name;      /* NULL for nobody */
	size_t n;        /* their open commitments */
};

/* The pages kept, and how many items each holds. */
#define BACKLOG_PAGES 4
#define BACKLOG_PAGE 64

struct backlog_page {
	size_t first;            /* the list's index of l.v[0] */
	struct action_list l;    /* l.n 0: the slot is free */
	unsigned long used;      /* when it was last read */
};

struct backlog {
	long meeting_id;         /* the list is of what came before it */
	struct backlog_owner *owners;  /* by name, nobody last */
	size_t nowners;
	size_t n;                /* every item of the list */
	struct backlog_page pages[BACKLOG_PAGES];
	unsigned long clock;
};

/*
 * How many open action items were made before meeting_id, per owner, into
 * *b (zeroed first): no item is read yet. 0, or -1 with *cause. Free
 * with backlog_fini, whatever the result.
 */
int backlog_load(struct backlog *b, struct store *st, long meeting_id,
    char **cause);
void backlog_fini(struct backlog *b);
void backlog_owners_free(struct backlog_owner *o, size_t n);
/*
 * Item i (below b->n), read from st with the page around it unless a page
 * kept holds it; borrowed until the next call. NULL when the store fails
 * (*cause set), or when the list has changed since it was counted and i
 * is no longer there (*cause NULL): reload it.
 */
const struct action *backlog_get(struct backlog *b, struct store *st,
    size_t i, char **cause);
/* The owner item i falls under (b->owners[...]); *first 1 if it is their first. */
const struct backlog_owner *backlog_owner_of(const struct backlog *b,
    size_t i, int *first);

#endif
