/*
 * pulse.h: the tension and friction check (seed 003). Each side rates
 * economic tension (budget, pricing) and cultural friction from 1 to 5,
 * with a short reason; the trend over the last meetings shows as a
 * sparkline, and a rise of PULSE_RISE or more since the last rating is an
 * early warning. Pure: the store loads it (store_pulse_history).
 */
#ifndef PARLEY_PULSE_H
#define PARLEY_PULSE_H

#include <stddef.h>

#include "agenda.h"

#define PULSE_MIN 1
#define PULSE_MAX 5
#define PULSE_HISTORY 6   /* meetings a sparkline shows, this one last */
#define PULSE_RISE 2      /* a rise this big since the last rating warns */

enum pulse_measure { PULSE_TENSION, PULSE_FRICTION, PULSE_MEASURES };

/* One side's rating in one meeting. */
struct pulse_rating {
	int value[PULSE_MEASURES];   /* 1-5; 0 when that side did not rate */
	char *reason;                /* NULL when none was given */
};

/* One meeting of the history. */
struct pulse_meeting {
	long meeting_id;
	char date[11];               /* the day it started, "YYYY-MM-DD" */
	struct pulse_rating side[2]; /* by pulse_side_index */
};

/*
 * The pulse of a meeting: the last meetings that rated, oldest first, at
 * most PULSE_HISTORY, and always the meeting itself last (rated or not).
 */
struct pulse_view {
	struct pulse_meeting *v;
	size_t n;
};

/* An early warning: a side's measure rose by PULSE_RISE or more. */
struct pulse_warning {
	enum side side;
	enum pulse_measure measure;
	int from, to;
	char since[11];              /* the day of the rating it rose from */
};

/* Free what a pulse view holds and empty it; NULL is a no-op. */
void pulse_view_fini(struct pulse_view *p);
/* 0 for sales, 1 for marketing; -1 for SIDE_NONE. */
int pulse_side_index(enum side s);
/* "economic tension", "cultural friction": for people. */
const char *pulse_measure_label(enum pulse_measure m);
/* "tension", "friction": for the minutes' JSON. */
const char *pulse_measure_name(enum pulse_measure m);
/*
 * Parse a rating as typed ("4", " 4 "): 0 and *out, or -1 with *cause
 * saying what is accepted.
 */
int pulse_parse(const char *text, int *out, char **cause);
/* This meeting's rating by side (the last of the view); NULL for none. */
const struct pulse_rating *pulse_today(const struct pulse_view *p,
    enum side s);
/*
 * The side's last rating of measure before this meeting: its value, and
 * the day in since (may be NULL); 0 when it never rated before.
 */
int pulse_previous(const struct pulse_view *p, enum side s,
    enum pulse_measure m, char since[11]);
/*
 * The sparkline of a side's measure over the view, oldest first, a gap
 * where it did not rate; buf holds SPARK_SIZE(PULSE_HISTORY) bytes.
 */
void pulse_spark(const struct pulse_view *p, enum side s,
    enum pulse_measure m, char *buf, size_t size);
/*
 * The early warnings of this meeting, sales first, tension first: each
 * measure this meeting rated PULSE_RISE or more above the side's last
 * rating of it. Writes at most 4 into out; returns how many.
 */
size_t pulse_warnings(const struct pulse_view *p, struct pulse_warning out[4]);

#endif
