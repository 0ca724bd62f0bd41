/* action.h: action items, their owners, due dates and history. */
#ifndef PARLEY_ACTION_H
#define PARLEY_ACTION_H

#include <stddef.h>
#include <stdio.h>

#include "agenda.h"
#include "json.h"
#include "sink.h"

enum action_status { ACTION_OPEN, ACTION_DONE, ACTION_DROPPED };

/* An action item can be carried this many times before it must be closed. */
#define ACTION_CARRY_LIMIT 3

/* What a meeting did to an action item made before it, in its review. */
enum action_review {
	REVIEW_NONE,         /* nothing, or what it did was undone */
	REVIEW_KEPT,         /* kept open with a new due date */
	REVIEW_ESCALATED,    /* handed to a new owner */
	REVIEW_DONE,
	REVIEW_DROPPED
};

struct action {
	long id;
	char *title;
	char *owner;         /* NULL when nobody owns it yet */
	enum side side;      /* the owner's side, SIDE_NONE when unknown */
	char due[11];        /* "YYYY-MM-DD", or "" when not set */
	enum action_status status;
	long meeting_id;     /* the meeting it was created in; 0 outside one */
	long item_id;        /* the agenda item it was created under; 0 if none */
	int carried;         /* meetings it was kept through */
	char created_at[20]; /* "YYYY-MM-DDTHH:MM:SS" */
	enum action_review review; /* set only by a reviewed_in listing */
	char changed_at[20]; /* its last change, as its history has it */
	char closed_at[20];  /* when it was done or dropped, or "" */
	long seq;            /* the order taken in, as entry.seq */
};

struct action_list {
	struct action *v;
	size_t n;
};

void action_list_fini(struct action_list *l);

/* What one line of an action item's history records. */
enum action_event_kind {
	EVENT_CREATED,    /* new: the title */
	EVENT_TITLE,      /* old and new title */
	EVENT_OWNER,      /* old and new owner's name, NULL for nobody */
	EVENT_DUE,        /* old and new "YYYY-MM-DD", NULL for none */
	EVENT_STATUS,     /* old and new status; new "deleted" or "restored"
	                     when it was deleted or brought back */
	EVENT_KEPT,       /* kept through a meeting; new: the due date */
	EVENT_ESCALATED,  /* handed on in a meeting; old and new owner */
	EVENT_COUNT
};

/* One line of an action item's history. */
struct action_event {
	long id;
	enum action_event_kind what;
	char at[20];          /* "YYYY-MM-DDTHH:MM:SS" */
	long meeting_id;      /* the meeting it happened in; 0 between them */
	char meeting_date[11];/* that meeting's day, "" when none */
	char *old;            /* NULL when none */
	char *new_value;      /* NULL when none */
};

struct action_event_list {
	struct action_event *v;
	size_t n;
};

void action_event_list_fini(struct action_event_list *l);
/* "created", "title", ... as the store keeps them; 0 or -1 if unknown. */
int action_event_parse(const char *name, enum action_event_kind *out);

/*
 * One action item with where it came from and its whole history, for
 * parley action show. Deleted items are found too (deleted_at set).
 */
struct action_record {
	struct action a;
	char deleted_at[20];   /* "" unless it was deleted */
	char meeting_date[11]; /* the meeting that made it: its day, "" if
	                          it was made between meetings */
	char *meeting_title;   /* NULL when made between meetings */
	int item_pos;          /* 0-based position of the item it was made
	                          under, -1 for none */
	char *item_title;      /* NULL for none */
	enum item_kind item_kind;
	/* The parroted statement it came from; statement NULL if none. */
	enum side said_by;
	char *statement;
	char *question;
	int statement_deleted; /* that statement was deleted since */
	struct action_event_list history;  /* oldest first */
};

void action_record_fini(struct action_record *r);

const char *action_status_name(enum action_status s); /* "open", ... */
int action_status_parse(const char *name, enum action_status *out);
/*
 * What a meeting did to an action in its review, from the store's
 * "STATUS:KEEP" (the last status it gave it there, "" none; its last
 * "kept" or "escalated" there, "" none) and the action's status now.
 * REVIEW_NONE for NULL.
 */
enum action_review action_review_parse(const char *s, enum action_status now);
/* "kept", "escalated", "done", "dropped"; "" for REVIEW_NONE. */
const char *action_review_name(enum action_review r);
/*
 * 1 if name (case aside, as people are told apart) already owns a: handing
 * it to them is no escalation but a keep.
 */
int action_owned_by(const struct action *a, const char *name);
/*
 * 1 if an action carried through that many meetings may not be kept
 * again, only closed or handed to someone else: the three-carry rule,
 * which the store holds every keep to (store_action_keep).
 */
int action_keep_refused(int carried);
/* 1 if a is open and due strictly before today ("YYYY-MM-DD"). */
int action_overdue(const struct action *a, const char *today);

/* The formats of parley actions. */
enum action_format { ACTION_TABLE, ACTION_CSV, ACTION_JSON };

/* "table", "csv", "json": 0, or -1 for another name. */
int action_format_parse(const char *name, enum action_format *out);

/*
 * A list written as it is read, one action at a time, so that listing
 * costs what it prints: action_out_begin, action_out_row for each item,
 * action_out_end. Nothing is kept of an item once its row is written.
 */
struct action_out {
	FILE *f;
	enum action_format format;
	const char *today;   /* borrowed: the table marks what is due before */
	size_t n;            /* rows written */
	int late;            /* the table marked one overdue */
	struct json j;       /* the JSON writer */
	struct sink k;       /* the table's and CSV's rows, until the end */
};

void action_out_begin(struct action_out *o, FILE *f,
    enum action_format format, const char *today);
void action_out_row(struct action_out *o, const struct action *a);
void action_out_end(struct action_out *o);

/* Write a whole list as an aligned table, CSV (RFC 4180) or JSON. */
void action_write_table(FILE *f, const struct action_list *l, const char *today);
void action_write_csv(FILE *f, const struct action_list *l);
void action_write_json(FILE *f, const struct action_list *l);
/*
 * Write one line of a history: when, in which meeting, what changed
 * ("owner: Sam Ortiz → Priya Natarajan"). User text is escaped for a
 * terminal (format_text).
 */
void action_write_event(FILE *f, const struct action_event *e);
/*
 * Write an action's record for parley action show: status, owner, where
 * it was made and from what statement, who owned it when, its due dates,
 * the meetings it was carried through, and every line of its history.
 */
void action_write_record(FILE *f, const struct action_record *r,
    const char *today);
/* Write one action as a JSON object: id, title, owner, side, due, ... */
void action_json(struct json *j, const struct action *a);
/* The same keys and values, in an object the caller opened, to add more. */
void action_json_fields(struct json *j, const struct action *a);

#endif
