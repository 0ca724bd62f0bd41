/*
 * kind.h: the kinds of agenda item, one entry each in one table: the name
 * an agenda and the database use, the words people read, whether it may
 * appear once, and the agenda options it takes. Each kind's behaviour sits
 * in tables of the same shape on each layer: view_kind.c (what it loads
 * into the meeting view), ui_kind.c (how the screens draw it and its
 * keys), export_kind.c (its section of the minutes).
 */
#ifndef PARLEY_KIND_H
#define PARLEY_KIND_H

#include "agenda.h"

/* Agenda options beyond kind, title, minutes and prompt. */
enum kind_option {
	KIND_OPT_ASKED_BY = 1,   /* asked_by: sales or marketing */
	KIND_OPT_CRITERIA = 2,   /* criteria: the MQL criteria, a mapping */
	KIND_OPT_NURTURE = 4     /* nurture_below: a fraction or a percentage */
};

struct kind {
	const char *name;        /* "objections": in YAML and the database */
	const char *label;       /* "Q1 · objections": on screens and minutes */
	int once;                /* may appear once in an agenda */
	unsigned options;        /* the kind_option bits it takes */
};

/* The kind k; NULL when k is not one. */
const struct kind *kind_get(enum item_kind k);
/* 0 and *out, or -1 for an unknown name (NULL included). */
int kind_parse(const char *name, enum item_kind *out);
/* The first kind that takes option (for messages), or NULL. */
const struct kind *kind_taking(enum kind_option option);
/* How many kinds take option. */
int kind_takers(enum kind_option option);
/*
 * How an item is named for people: its kind's label, but a topic by its
 * own title (there may be many, and "Topic" says nothing).
 */
const char *kind_item_label(enum item_kind k, const char *title);

#endif
