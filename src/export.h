/*
 * export.h: the minutes of a meeting in five formats. Each format is one
 * entry in a table and one file (export_md.c, export_html.c, ...), as
 * ncdu's dir_output; every writer reads the same meeting view, so what is
 * private was decided before any of them runs.
 */
#ifndef PARLEY_EXPORT_H
#define PARLEY_EXPORT_H

#include <stdio.h>

#include "view.h"

struct export_format {
	const char *name;        /* as --format names it: "md" */
	const char *ext;         /* the file name's ending: "md" */
	const char *what;        /* for help: "Markdown" */
	/* Write the minutes of v to f. 0, or -1 with *cause. */
	int (*write)(FILE *f, const struct meeting_view *v, char **cause);
};

extern const struct export_format export_md, export_html, export_json,
    export_csv, export_ics;

/* The format named name, or NULL. */
const struct export_format *export_find(const char *name);
/* "md, html, json, csv or ics", for messages. */
const char *export_names(void);
/*
 * Write the minutes of v in format fmt to path ("-": standard output),
 * whole or not at all. Returns 0, 73 or 74 with *cause.
 */
int export_write(const struct export_format *fmt,
    const struct meeting_view *v, const char *path, char **cause);
/* "minutes-2026-11-23-meeting-12.md": the name e saves under. New string. */
char *export_file_name(const struct export_format *fmt,
    const struct meeting_view *v);

/*
 * What the writers share. The side of a person or statement as a word
 * ("sales"); "" for none.
 */
const char *export_side(enum side s);
/* "Monday 23 November 2026" of an ISO time; buf holds 48 bytes. */
void export_long_date(const char *iso, char buf[48]);
/* The time of day of t, "10:05"; buf holds 6 bytes. */
void export_time_of_day(time_t t, char buf[6]);
/*
 * A length of time for readers: "57 min", "12 min 30 s", "45 s",
 * "1 h 5 min"; buf holds 32 bytes.
 */
void export_duration(long seconds, char buf[32]);
/* "not covered", "over time"; NULL for an item that went as planned. */
const char *export_missed_name(enum view_missed m);
/*
 * The actions made in the meeting in the order they were made: a new
 * array of v->actions.n pointers into v (caller frees the array).
 */
const struct action **export_actions_in_order(const struct meeting_view *v);
/* The position of the meeting's first review item, or -1. */
int export_review_item(const struct meeting_view *v);
/*
 * Item i in a line: "Q1 · objections · marketing asks sales · 12 min of
 * 10 min". No user text. A new string: caller frees.
 */
char *export_item_meta(const struct meeting_view *v, size_t i);
/*
 * What the meeting did to an action it reviewed, in words ("kept, now due
 * 2026-12-04", "escalated to NAME", "done"...): user text written by text,
 * the date by date (NULL: as it is).
 */
void export_review(FILE *f, const struct action *a,
    void (*text)(FILE *f, const char *s),
    void (*date)(FILE *f, const char *s));

#endif
