/* objection.h: statements parroted back in the room, and what came of them. */
#ifndef PARLEY_OBJECTION_H
#define PARLEY_OBJECTION_H

#include <stddef.h>

#include "agenda.h"

enum objection_outcome {
	OUTCOME_NONE,
	OUTCOME_ACTION,    /* it uncovered a process problem: an action item */
	OUTCOME_FOLLOWUP,  /* nothing behind it: raised later, privately */
	OUTCOME_RESOLVED,  /* settled in the room */
	/*
	 * Resolved or followed up: which one is private, so every shared
	 * view says only this (a follow-up is never called out in the room).
	 */
	OUTCOME_CLOSED,
	OUTCOME_COUNT
};

struct objection {
	long id;
	long meeting_id;
	long item_id;
	enum side side;          /* who said it */
	char *statement;
	char *question;
	char *answer;            /* may be NULL */
	enum objection_outcome outcome;
	char *followup;          /* private; NULL unless asked for */
	long action_id;          /* the action it led to, or 0 */
	char created_at[20];
	long seq;                /* the order taken in, as entry.seq */
};

struct objection_list {
	struct objection *v;
	size_t n;
};

void objection_list_fini(struct objection_list *l);
/* "action", "followup", "resolved", "closed"; NULL for OUTCOME_NONE. */
const char *objection_outcome_name(enum objection_outcome o);
/* 0 and *out, or -1 for an unknown name (NULL included). */
int objection_outcome_parse(const char *name, enum objection_outcome *out);

#endif
