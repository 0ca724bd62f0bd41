/*
 * owner.h: the people who own action items, what each has open, and how
 * many of the commitments they made in a meeting were done by the next one
 * ("to-do completion", the figure Ninety's meetings track, target 90%).
 *
 * A commitment is an action item made in a meeting M (deleted ones aside),
 * counted for its current owner. It was done by the next meeting N (the
 * next one started after M) when it is done now and was marked done before
 * N ended, or at any time while N is still in progress. Dropped and still
 * open commitments count as not done.
 */
#ifndef PARLEY_OWNER_H
#define PARLEY_OWNER_H

#include <stddef.h>
#include <stdio.h>

#include "agenda.h"

/* Ninety's target for to-do completion, in percent. */
#define OWNER_TARGET 90
/* How many meetings parley owners counts: the last ones with a next one. */
#define OWNER_MEETINGS 3

struct owner {
	char *name;          /* NULL for the action items nobody owns */
	enum side side;      /* SIDE_NONE when not known */
	int open;            /* open now */
	int overdue;         /* open and due before today */
	int done;            /* done, in any meeting or none */
	int made;            /* commitments made in the meetings counted */
	int made_done;       /* of those, done by the next meeting */
};

struct owner_list {
	struct owner *v;     /* by name, case aside; nobody last */
	size_t n;
	int nmeetings;       /* meetings counted: 0 when none had a next one */
	long first_meeting;  /* the first and last of them (ids), 0 if none */
	long last_meeting;
	char first_date[11]; /* their days, "YYYY-MM-DD"; "" if none */
	char last_date[11];
};

void owner_list_fini(struct owner_list *l);

/*
 * The commitments made and done by the next meeting, of everyone
 * (side SIDE_NONE, owners or not) or of one side.
 */
void owner_total(const struct owner_list *l, enum side side, int *made,
    int *done);
/* done of made in percent, rounded half up; -1 when made is 0. */
int owner_percent(int done, int made);
/*
 * "4 of 6 (67%)" (long) or "4/6" (short) into buf; "—" when nothing was
 * made: never a division by zero.
 */
void owner_format(char *buf, size_t size, int done, int made, int shorter);
/*
 * The whole figure on one line: "4 of 6 (67%) · target 90% · sales 2/3 ·
 * marketing 2/3". Caller frees.
 */
char *owner_summary(const struct owner_list *l);
/*
 * Each owner with commitments, "Dana Reyes 1/2 · Lee Chen 1/1", or NULL
 * when there are none. Caller frees.
 */
char *owner_breakdown(const struct owner_list *l);
/*
 * Write parley owners' table: per owner side, open, overdue, done and the
 * completion, then the whole figure and the meetings it counts.
 */
void owner_write_table(FILE *f, const struct owner_list *l);

#endif
