/* agenda.h: a meeting agenda as loaded from YAML (see parley-agenda(5)). */
#ifndef PARLEY_AGENDA_H
#define PARLEY_AGENDA_H

#include <stddef.h>

enum side { SIDE_NONE, SIDE_SALES, SIDE_MARKETING };

/* Agenda item kinds. All but KIND_TOPIC may appear once per agenda. */
enum item_kind {
	KIND_REVIEW,     /* last month's commitments */
	KIND_WINS,       /* the olive branch, newly won customers */
	KIND_OBJECTIONS, /* Q1: prospect questions and objections */
	KIND_REQUESTS,   /* Q2: content support */
	KIND_METRICS,    /* Q3: conversion and velocity by lead source */
	KIND_DEFINITION, /* Q4: the MQL definition */
	KIND_PULSE,      /* tension and friction check */
	KIND_WRAPUP,     /* today's actions, what was missed, rating */
	KIND_TOPIC,      /* any other discussion item */
	KIND_COUNT
};

struct agenda_pair {
	char *key;
	char *value;
};

struct agenda_item {
	enum item_kind kind;
	char *title;             /* the question, for the four questions */
	char *prompt;            /* guidance for the facilitator; may be NULL */
	enum side asked_by;      /* SIDE_NONE when nobody in particular asks */
	int minutes;             /* timebox, > 0 */
	double nurture_below;    /* metrics: flag sources whose lead-to-SQL rate is
	                            below this fraction; 0 when not set */
	struct agenda_pair *criteria; /* definition: MQL criteria, in order */
	size_t ncriteria;
};

struct agenda_person {
	char *name;
	enum side side;
};

struct agenda {
	char *title;
	int minutes; /* planned length; the sum of the items when not given */
	struct agenda_person *team;
	size_t nteam;
	struct agenda_item *items;
	size_t nitems;
	/* parroting: extra lead-ins and reflections for the team's jargon. */
	char **lead_ins;
	size_t nlead_ins;
	struct agenda_pair *reflections;
	size_t nreflections;
};

/* One problem found in an agenda file. */
struct agenda_diag {
	int line;   /* 1-based; 0 when the problem has no position */
	int column; /* 1-based; 0 when the problem has no position */
	char *message;
};

struct agenda_diags {
	struct agenda_diag *v;
	size_t n;
};

/*
 * Load the agenda at path (at most 4 MiB). Returns 0 and stores a
 * new agenda in *out (caller frees with agenda_free) and, when text is not
 * NULL, the file's text in *text (caller frees); -1 when the file is invalid, with every problem in
 * diags; -2 when it cannot be read, with the reason as a single diag at line
 * 0. diags must be zeroed by the caller and freed with agenda_diags_fini.
 */
int agenda_load(const char *path, struct agenda **out, char **text,
    struct agenda_diags *diags);
/* As agenda_load, from memory. */
int agenda_parse(const char *text, size_t len, struct agenda **out,
    struct agenda_diags *diags);
void agenda_free(struct agenda *a); /* NULL is a no-op */
void agenda_diags_fini(struct agenda_diags *diags);

/*
 * Read and load the agenda file at path, keeping its text in *text (caller
 * frees) for the meeting's record. Returns 0; 65 when invalid, with every
 * problem as a "PATH:LINE:COLUMN: message" line in *report; 66 when it cannot
 * be read, with the reason in *report. Caller frees *report.
 */
int agenda_read_file(const char *path, char **text, struct agenda **out,
    char **report);

/* Names used in YAML and the database: "review", "sales", ... */
const char *agenda_kind_name(enum item_kind kind);
/* Returns 0 and sets *out, or -1 for an unknown name. */
int agenda_kind_parse(const char *name, enum item_kind *out);
const char *agenda_side_name(enum side side); /* "" for SIDE_NONE */
int agenda_side_parse(const char *name, enum side *out);
/* The side facing s: sales for marketing and back; none for none. */
enum side agenda_side_other(enum side s);

#endif
