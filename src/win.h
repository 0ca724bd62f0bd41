/*
 * win.h: the olive branch (seed 001): what each side did well, and every
 * newly won customer (seed 002), captured as such at the wins item. Pure:
 * the store keeps them as entries of kind 'win' and 'customer'.
 */
#ifndef PARLEY_WIN_H
#define PARLEY_WIN_H

#include <stddef.h>

#include "agenda.h"

enum win_kind {
	WIN_WELL,       /* what a side did well */
	WIN_CUSTOMER    /* a newly won customer */
};

struct win {
	long id;
	long item_id;
	enum win_kind kind;
	enum side side;        /* WIN_WELL: the side that did well */
	char *text;            /* what they did; the customer's name */
	char *source;          /* WIN_CUSTOMER: its lead source; NULL unknown */
	char created_at[20];
};

struct win_list {
	struct win *v;
	size_t n;
};

/* Free the list and empty it; NULL is a no-op. */
void win_list_fini(struct win_list *l);
/* How many of kind the list holds. */
size_t win_count(const struct win_list *l, enum win_kind kind);
/* "win", "customer": the entry kinds the store keeps them as. */
const char *win_kind_name(enum win_kind kind);
/* 0 and *out, or -1 for a name that is neither. */
int win_kind_parse(const char *name, enum win_kind *out);

#endif
