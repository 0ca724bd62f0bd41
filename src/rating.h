/*
 * rating.h: the meeting's rating at the wrap-up. Each attendee may rate
 * the meeting from 1 to 10; the average is shown with its trend over the
 * last meetings that were rated. Pure: the store loads it (store_ratings).
 */
#ifndef PARLEY_RATING_H
#define PARLEY_RATING_H

#include <stddef.h>

#include "agenda.h"

#define RATING_MIN 1
#define RATING_MAX 10
#define RATING_HISTORY 6    /* meetings the trend shows, this one last */

/* One attendee and what they gave. */
struct rating {
	char *name;
	enum side side;
	int value;              /* 1-10; 0 when they have not rated */
};

/* The ratings of one meeting, in sum. */
struct rating_meeting {
	long meeting_id;
	char date[11];          /* the day it started */
	int count;              /* how many rated */
	long sum;
};

/*
 * The rating of a meeting: each attendee (sales first, as the team is
 * listed), and the last meetings that were rated, oldest first, at most
 * RATING_HISTORY, the meeting itself always last.
 */
struct rating_view {
	struct rating *v;
	size_t n;
	struct rating_meeting *history;
	size_t nhistory;
};

/* Free what a rating view holds and empty it; NULL is a no-op. */
void rating_view_fini(struct rating_view *r);
/*
 * Parse a rating as typed ("8"): 0 and *out, or -1 with *cause saying
 * what is accepted.
 */
int rating_parse(const char *text, int *out, char **cause);
/* The average of a meeting's ratings; -1 when nobody rated. */
double rating_average(const struct rating_meeting *m);
/* This meeting's average (the last of the history); -1 when none. */
double rating_today(const struct rating_view *r);
/*
 * The average of the last rated meeting before this one, with its day in
 * since (may be NULL); -1 when there is none.
 */
double rating_previous(const struct rating_view *r, char since[11]);
/* How many attendees rated this meeting. */
size_t rating_count(const struct rating_view *r);
/*
 * The averages over the history as a sparkline on 1-10, oldest first, a
 * gap for this meeting while nobody rated it; buf holds
 * SPARK_SIZE(RATING_HISTORY) bytes.
 */
void rating_spark(const struct rating_view *r, char *buf, size_t size);

#endif
