/* date.h: calendar dates and the due-date forms a facilitator types. */
#ifndef PARLEY_DATE_H
#define PARLEY_DATE_H

#include <time.h>

struct date {
	int year;
	int month; /* 1-12 */
	int day;   /* 1-31 */
};

/* What date_parse accepts, for error messages and help. */
#define DATE_ACCEPTED \
	"YYYY-MM-DD, today, tomorrow, a weekday (mon..sun), +Nd, +Nw, +Nm or next"

/*
 * Parse a due date relative to today:
 *   YYYY-MM-DD (a real calendar date), "today", "tomorrow",
 *   weekday names full or three-letter ("fri" = the next Friday strictly
 *   after today), "+Nd", "+Nw", "+Nm" (months, clamped to the month's last
 *   day), and "next" (next_meeting).
 * Case-insensitive; surrounding white space is ignored. Returns 0 and sets
 * *out, or -1 with a message naming what is accepted in *cause (caller frees).
 */
int date_parse(const char *text, struct date today, struct date next_meeting,
    struct date *out, char **cause);

/* Strict "YYYY-MM-DD" parse of a real date; 0 or -1. */
int date_from_iso(const char *s, struct date *out);
/* Format as "YYYY-MM-DD" into buf. */
void date_format(struct date d, char buf[11]);
/* The local calendar date of t. */
struct date date_from_time(time_t t);
/* d plus n days (n may be negative). */
struct date date_add_days(struct date d, int n);
/* d plus n months, the day clamped to the month's length. */
struct date date_add_months(struct date d, int n);
/* 0 = Sunday .. 6 = Saturday. */
int date_weekday(struct date d);
/* <0, 0, >0 like strcmp. */
int date_cmp(struct date a, struct date b);
/* Days from a to b (b - a). */
int date_diff_days(struct date a, struct date b);
/* 1 if y-m-d is a real calendar date. */
int date_valid(int year, int month, int day);

#endif
