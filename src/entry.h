/* entry.h: what a meeting item holds besides actions: notes, decisions, parked topics, private notes. */
#ifndef PARLEY_ENTRY_H
#define PARLEY_ENTRY_H

#include <stddef.h>

enum entry_kind {
	ENTRY_NOTE,
	ENTRY_DECISION,
	ENTRY_PARKING,   /* a topic for the parking lot */
	ENTRY_PRIVATE,   /* typed blind, never shown in the room */
	ENTRY_COUNT
};

struct entry {
	long id;
	long meeting_id;
	long item_id;
	enum entry_kind kind;
	char *text;          /* NULL for a private note whose text was withheld */
	char created_at[20];
	long seq;            /* the order it was taken in among all captures;
	                        0 for one taken before Parley kept it */
	char closed_at[20];  /* a parked topic carried forward: when it was
	                        closed, "" while open (store_parking_lot) */
};

struct entry_list {
	struct entry *v;
	size_t n;
};

void entry_list_fini(struct entry_list *l);
/* "note", "decision", "parking", "private". */
const char *entry_kind_name(enum entry_kind kind);
/* "note", "decision", "parking-lot topic", "private note": for people. */
const char *entry_kind_label(enum entry_kind kind);
/* 0 and *out, or -1 for an unknown name (NULL included). */
int entry_kind_parse(const char *name, enum entry_kind *out);

#endif
