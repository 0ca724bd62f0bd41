/* meeting.h: a meeting in progress or past, its agenda items and their clocks. */
#ifndef PARLEY_MEETING_H
#define PARLEY_MEETING_H

#include <stddef.h>
#include <time.h>

#include "agenda.h"

enum meeting_status { MEETING_LIVE, MEETING_ENDED };

/* One agenda item as run in one meeting. */
struct meeting_item {
	long id;
	int pos;             /* 0-based order */
	enum item_kind kind;
	char *title;
	int minutes;         /* timebox */
	long elapsed;        /* seconds banked on this item */
	int captures;        /* notes, actions and statements taken under it */
};

/*
 * A meeting. The clock of the current item runs from clock_started while it
 * is not 0; leaving the screen banks it into that item's elapsed time, so
 * time away from the meeting (lunch) is not counted.
 */
struct meeting {
	long id;
	char *title;
	char *agenda_text;   /* the agenda YAML as it was when the meeting began */
	char *agenda_path;   /* where it came from; may be NULL */
	time_t started_at;
	time_t ended_at;     /* 0 while live */
	enum meeting_status status;
	int planned_minutes;
	int current;         /* index into items */
	time_t clock_started;/* 0 when paused */
	time_t heartbeat;    /* last moment the meeting screen was known alive */
	struct meeting_item *items;
	size_t nitems;
};

void meeting_free(struct meeting *m); /* NULL is a no-op */

/* A line of the list of meetings. */
struct meeting_row {
	long id;
	char started_at[20];
	char *title;
	enum meeting_status status;
	int nactions;       /* action items created in it */
};

struct meeting_rows {
	struct meeting_row *v;
	size_t n;
};

void meeting_rows_fini(struct meeting_rows *rows);

/* Seconds spent on item i, counting the running clock. */
long meeting_item_elapsed(const struct meeting *m, size_t i, time_t now);
/*
 * An item counts as covered once it has had this long, or holds something
 * captured: a glance on the way to the next item does not.
 */
#define MEETING_COVERED_SECONDS 60
/* 1 if item i holds a capture or had at least MEETING_COVERED_SECONDS. */
int meeting_item_covered(const struct meeting *m, size_t i, time_t now);
/* Seconds spent on the whole meeting, counting the running clock. */
long meeting_total_elapsed(const struct meeting *m, time_t now);
/* Bank the running clock into the current item; the clock keeps running. */
void meeting_bank(struct meeting *m, time_t now);
/* Move to item pos (clamped), banking the current item's time. */
void meeting_goto(struct meeting *m, int pos, time_t now);
/* Stop the clock (leaving the screen). */
void meeting_pause(struct meeting *m, time_t now);
/*
 * Start the clock (entering the screen). A clock found running belongs to a
 * screen that died: its time is banked up to the last heartbeat first.
 */
void meeting_resume(struct meeting *m, time_t now);
/* "MM:SS" (minutes up to 99), then "H:MM:SS" (at most 99:59:59). */
void meeting_format_clock(long seconds, char buf[16]);

#endif
