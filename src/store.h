/* store.h: the SQLite database, the only place Parley speaks SQL. */
#ifndef PARLEY_STORE_H
#define PARLEY_STORE_H

#include <stddef.h>
#include <time.h>

#include "action.h"
#include "agenda.h"
#include "entry.h"
#include "meeting.h"
#include "metrics.h"
#include "objection.h"
#include "owner.h"
#include "prospect.h"
#include "request.h"
#include "pulse.h"
#include "rating.h"
#include "search.h"
#include "win.h"
#include "backlog.h"

struct store;

/* A new action item. */
struct action_new {
	const char *title;
	const char *owner;   /* NULL or "" for none */
	const char *due;     /* "YYYY-MM-DD", NULL or "" for none */
	long meeting_id;     /* 0 outside a meeting */
	long item_id;        /* 0 for none */
	long objection_id;   /* the parroted statement it came from; 0 none */
};

/* Which action items to list. */
struct action_filter {
	int all;             /* include done and dropped */
	const char *owner;   /* NULL for anyone */
	long meeting_id;     /* only those created in it; 0 for any */
	long before_meeting; /* only those not created in it; 0 for any */
	long item_id;        /* only those created under this item; 0 any */
	const char *due_before; /* only open ones due before "YYYY-MM-DD" */
	long reviewed_in;    /* only those made before this meeting that it
	                        kept, escalated, closed or reopened; each with
	                        action.review set. 0 for any */
};

/*
 * Where the database lives: --db, $PARLEY_DB, then the XDG data folder
 * ($XDG_DATA_HOME, else the home folder's .local/share: $HOME, else the
 * password entry's). A new string, or NULL when there is no home folder.
 */
char *store_default_path(const char *flag);

/*
 * Open the database at path, creating it (and its folder) with mode 0600 if
 * it does not exist, and migrating it to the current schema. A file that is
 * not a Parley database, or is from a newer Parley, is refused untouched.
 * Returns 0, or a sysexits code with a message in *cause.
 */
int store_open(const char *path, struct store **out, char **cause);
void store_close(struct store *st); /* NULL is a no-op */
/*
 * The folder name beside the database (minutes/), made with mode 0700 if
 * missing. A new string, or NULL with *cause.
 */
char *store_folder(struct store *st, const char *name, char **cause);
/*
 * The sysexits code of the last failure: 66 what was asked for does not
 * exist, 65 bad or damaged data, 75 busy, 74 I/O, 70 anything else.
 */
int store_error_code(const struct store *st);
/* The schema version this Parley writes. */
int store_schema_version(void);

/*
 * Take the meeting-screen lock: only one facilitator screen per database.
 * Returns 0, or -1 with *cause if another Parley holds it. Released on close.
 */
int store_lock(struct store *st, char **cause);

/*
 * Create a meeting from an agenda (its text is kept with the meeting) and
 * make it the one in progress. Returns 0, 1 when another meeting is in
 * progress (*id is then that one), or -1.
 */
int store_meeting_create(struct store *st, const struct agenda *a,
    const char *agenda_text, const char *agenda_path, time_t now, long *id,
    char **cause);
/* The meeting in progress: 1 and *id, 0 when none, -1 on error. */
int store_meeting_live(struct store *st, long *id, char **cause);
/* The last meeting started (live or ended): 1 and *id, 0 when none, -1. */
int store_meeting_last(struct store *st, long *id, char **cause);
/* Load a meeting with its items. Caller frees with meeting_free. */
int store_meeting_load(struct store *st, long id, struct meeting **out,
    char **cause);
/* Count again what each item of m holds (meeting_item.captures). */
int store_item_captures(struct store *st, struct meeting *m, char **cause);
/* Save the current item, the clock and every item's banked time. */
int store_meeting_save_clock(struct store *st, const struct meeting *m,
    char **cause);
/* End the meeting at now. */
int store_meeting_end(struct store *st, long id, time_t now, char **cause);
int store_meetings(struct store *st, struct meeting_rows *out, char **cause);
/* The team of a meeting: names and sides. Caller frees each name and *out. */
int store_attendees(struct store *st, long meeting_id,
    struct agenda_person **out, size_t *n, char **cause);

/* Every person Parley knows, by name. Caller frees each name and the array. */
int store_people(struct store *st, char ***names, size_t *n, char **cause);

int store_entry_add(struct store *st, long meeting_id, long item_id,
    enum entry_kind kind, const char *text, time_t now, long *id,
    char **cause);
/* What store_entries gives of private entries. */
enum entry_privacy {
	PRIVATE_OMIT,   /* nothing: for anything shared */
	PRIVATE_TEXT,   /* with their text: only when explicitly asked for */
	PRIVATE_MARKED  /* that they exist, text NULL: the meeting screen */
};

/* Entries of one meeting (item_id 0: every item), in order. */
int store_entries(struct store *st, long meeting_id, long item_id,
    enum entry_privacy privacy, struct entry_list *out, char **cause);
/*
 * The parking lot carried into meeting_id (store_parking.c): the topics
 * parked in the meetings before it, oldest first, that were not closed
 * before it started nor taken up as a topic by an agenda since; closed_at
 * is set on those closed during it. meeting_id 0: the lot as it stands,
 * every topic still open.
 */
int store_parking_lot(struct store *st, long meeting_id,
    struct entry_list *out, char **cause);
/*
 * Close a parked topic (closed 1), or open it again (0). 66 no such
 * parked topic, 65 closed (or open) already.
 */
int store_parking_close(struct store *st, long id, int closed, time_t now,
    char **cause);

/*
 * Editing captures. Every change is a line of capture_event: who never
 * reads it back but undo (and a future history view). A deleted capture
 * is kept, marked, in no list, export or search, and can be brought back.
 * 66 when there is no such capture (or it is deleted), 65 empty text.
 */
/*
 * Change an entry's text. *event: the id of the line of history that says
 * so, for undo; 0 when the text was the same and nothing changed.
 */
int store_entry_edit(struct store *st, long id, const char *text, time_t now,
    long *event, char **cause);
/*
 * Take back the edit whose history line is event, inside the store (a
 * private note's text is never read out). 65 if the text was changed
 * again since.
 */
int store_entry_revert(struct store *st, long id, long event, time_t now,
    char **cause);
/* Delete an entry (deleted 1) or bring it back (0). */
int store_entry_delete(struct store *st, long id, int deleted, time_t now,
    char **cause);
/* Change a statement, its question and its answer (NULL: none). */
int store_objection_edit(struct store *st, long id, const char *statement,
    const char *question, const char *answer, time_t now, char **cause);
/* Delete a statement and the action it led to, or bring both back. */
int store_objection_delete(struct store *st, long id, int deleted,
    time_t now, char **cause);

/*
 * Save a parroted statement with its outcome, and the action it led to
 * (act may be NULL), in one transaction. o->id and o->action_id are set.
 */
int store_objection_add(struct store *st, struct objection *o,
    const struct action_new *act, time_t now, char **cause);
/*
 * Objections of a meeting (item_id 0: all). The private follow-up text is
 * loaded only when include_private; otherwise followup stays NULL.
 */
int store_objections(struct store *st, long meeting_id, long item_id,
    int include_private, struct objection_list *out, char **cause);
/* Private follow-ups not yet raised with sales management, oldest first. */
int store_followups(struct store *st, struct objection_list *out,
    char **cause);
/* Mark a follow-up raised. 0, or -1 when there is no open one with that id. */
int store_followup_done(struct store *st, long id, time_t now, char **cause);

/*
 * Lead-source figures (store_metrics.c). A meeting's sources keep the
 * order they came in; a source is one per meeting, case aside.
 */
/* The figures of a meeting (none: an empty table). */
int store_metrics(struct store *st, long meeting_id, struct metrics_table *out,
    char **cause);
/*
 * Replace every figure of a meeting with t in one transaction: all or
 * nothing. *replaced: how many sources it had. 66 no such meeting.
 */
int store_metrics_replace(struct store *st, long meeting_id,
    const struct metrics_table *t, size_t *replaced, char **cause);
/*
 * Set one source's figures: those of the source of that name (case
 * aside) are corrected in place (*corrected 1), else it is added last.
 * 66 no such meeting.
 */
int store_metrics_set(struct store *st, long meeting_id,
    const struct metrics_row *r, int *corrected, char **cause);
/* Remove one source's figures; 66 when the meeting has none for it. */
int store_metrics_remove(struct store *st, long meeting_id, const char *source,
    char **cause);
/*
 * The meeting before this one (by start time) that has figures: 1 with
 * its id and day (YYYY-MM-DD), 0 when none has, -1.
 */
int store_metrics_previous(struct store *st, long meeting_id, long *id,
    char day[11], char **cause);

/*
 * Fill c (zeroed) with a meeting's figures and those of the previous
 * meeting with any; the nurture threshold is the caller's to set. Free
 * what it holds with metrics_card_free or its tables' fini.
 */
int store_metrics_card(struct store *st, long meeting_id,
    struct metrics_card *c, char **cause);

/* Show question in the room (NULL clears it). */
int store_room_question(struct store *st, long meeting_id,
    const char *question, char **cause);
/* Show the room the action item selected on the meeting screen (0: none). */
int store_room_action(struct store *st, long meeting_id, long action_id,
    char **cause);
/* The action item the room is shown: *id, or 0 when none. */
int store_room_action_get(struct store *st, long meeting_id, long *id,
    char **cause);
/* Read the room's question of a meeting; *out NULL when none. Caller frees. */
int store_room_question_get(struct store *st, long meeting_id, char **out,
    char **cause);
/*
 * Read in one snapshot: what is read between begin and end sees the
 * database as it was at the first read, whatever others commit meanwhile.
 */
int store_snapshot_begin(struct store *st, char **cause);
void store_snapshot_end(struct store *st);
/*
 * A number that changes whenever another connection commits to the
 * database: the room view polls it instead of reloading.
 */
int store_data_version(struct store *st, long *version, char **cause);
/*
 * Make every write until store_batch_end one transaction, for loading
 * much at once (each write is then a savepoint within it, undone alone
 * when it fails). store_batch_end commits, or rolls all back when rc is
 * not 0; it returns 0 or -1.
 */
int store_batch_begin(struct store *st, char **cause);
int store_batch_end(struct store *st, int rc, char **cause);

int store_action_add(struct store *st, const struct action_new *a,
    time_t now, long *id, char **cause);
int store_actions(struct store *st, const struct action_filter *f,
    struct action_list *out, char **cause);
/*
 * The open action items made before meeting_id (or outside any meeting),
 * as the review lists them, a page at a time (backlog.h): how many each
 * owner has, owners by name and nobody last, in *out (n of them; free
 * with backlog_owners_free); then up to limit of one owner's (owner_id 0:
 * nobody's) from offset, by due date (undated last) and id. Both cost
 * what they return (migration 10's index and counts), not the history.
 */
int store_backlog_owners(struct store *st, long meeting_id,
    struct backlog_owner **out, size_t *n, char **cause);
int store_backlog_page(struct store *st, long meeting_id, long owner_id,
    size_t offset, size_t limit, struct action_list *out, char **cause);
/*
 * A number that changes whenever any action item does (each change is a
 * line of its history): 0 before the first. Lists of actions loaded at
 * one mark are still right at the same mark.
 */
int store_action_mark(struct store *st, long *mark, char **cause);
/*
 * What store_actions_each hands over, one action at a time: a borrowed
 * action whose title and owner live until fn returns.
 */
typedef void (*store_action_fn)(const struct action *a, void *arg);
/*
 * The listing of parley actions, streamed: each action item that f's
 * all, owner and due_before select is handed to fn as it is read, in
 * store_actions' order (by owner, then due date), in one snapshot; the
 * listing costs what it prints. The meeting filters are refused (70).
 * 0, or -1 with *cause (fn may have seen some items by then).
 */
int store_actions_each(struct store *st, const struct action_filter *f,
    store_action_fn fn, void *arg, char **cause);
/*
 * SQLite's query plan for store_actions_each with f, one step a line
 * (EXPLAIN QUERY PLAN), to check that no filter makes it sort. Caller
 * frees *plan.
 */
int store_actions_plan(struct store *st, const struct action_filter *f,
    char **plan, char **cause);
/*
 * Mark done or dropped (in a meeting or not), keeping the change in
 * history. 66 no such action (or a deleted one), 65 one already done or
 * dropped (closed is closed: a done item is not dropped afterwards).
 */
int store_action_close(struct store *st, long id, enum action_status status,
    long meeting_id, time_t now, char **cause);
/*
 * Keep an open action through a meeting with a new due date. It counts as
 * carried through that meeting unless the meeting is the one that made it.
 */
int store_action_keep(struct store *st, long id, const char *due,
    long meeting_id, time_t now, char **cause);

/* What to change of an action item: NULL leaves a field as it is. */
struct action_edit {
	const char *title;   /* not empty */
	const char *owner;   /* "" for nobody; a new name becomes a person */
	const char *due;     /* "YYYY-MM-DD", or "" for none */
};

/*
 * Change an action item (open or closed); each field that changes is a
 * line in its history. 66 no such action, 65 an empty title.
 */
int store_action_edit(struct store *st, long id, const struct action_edit *e,
    long meeting_id, time_t now, char **cause);
/*
 * Delete an action item captured by mistake (deleted 1) or bring it back
 * (0). Deleted, it is in no list, export or search; its history keeps it.
 */
int store_action_delete(struct store *st, long id, int deleted,
    long meeting_id, time_t now, char **cause);

/*
 * The history of action id, oldest first (empty for no such action).
 * Free with action_event_list_fini.
 */
int store_action_events(struct store *st, long id,
    struct action_event_list *out, char **cause);
/*
 * Action id, deleted or not, with the meeting, item and statement it came
 * from and its history. 66 when there is no such action. Free with
 * action_record_fini, whatever the result.
 */
int store_action_record(struct store *st, long id, struct action_record *out,
    char **cause);

/* Which meetings' commitments store_owners counts. */
struct owner_filter {
	const char *today;    /* "YYYY-MM-DD", for overdue; NULL: none is */
	long before_meeting;  /* count meetings started before this one;
	                         0: before the latest (each has a next one) */
	int nmeetings;        /* at most this many, the most recent */
	int made_only;        /* only what those meetings made: the owners
	                         with none are left out, and open, overdue
	                         and done count those actions alone (the
	                         review's figure, at their cost) */
};

/*
 * Every owner of an action item (and nobody, for those without one) with
 * open, overdue and done counts, and the to-do completion of the
 * commitments made in the meetings f counts (owner.h defines it). Free
 * with owner_list_fini, whatever the result.
 */
int store_owners(struct store *st, const struct owner_filter *f,
    struct owner_list *out, char **cause);

/*
 * Escalate an open action: a new owner (created if new) and due date, kept
 * in its history; like a keep, it counts as carried through the meeting
 * unless that meeting made it. Returns 0; or 1 when owner is the one it
 * has already (case aside): that is no escalation but a keep, recorded as
 * one; or -1 (66 no such action, 65 not open).
 */
int store_action_escalate(struct store *st, long id, const char *owner,
    const char *due, long meeting_id, time_t now, char **cause);

/*
 * Search every meeting's notes, decisions, parked topics, statements
 * (with their question and answer) and action titles for match, an FTS5
 * query made by search_query. Private notes and follow-ups are searched
 * only when include_private. At most limit hits, the best (bm25) first,
 * and out->total counts them all, both read in one snapshot (the
 * caller's, when it holds one). Free with search_result_fini, whatever
 * the result. 64 for an empty query or a zero limit.
 */
int store_search(struct store *st, const char *match, int include_private,
    size_t limit, struct search_result *out, char **cause);

/*
 * Prospect objections (prospect.h). Count one heard under item_id: text
 * names one heard before (case and spaces aside, prospect_same) or a new
 * one. Returns 0 with the hearing's *id, the name it was counted under in
 * *name (caller frees) and *again 1 when that name was heard before; -1
 * with *cause (65: blank text).
 */
int store_prospect_hear(struct store *st, long meeting_id, long item_id,
    const char *text, time_t now, long *id, char **name, int *again,
    char **cause);
/* Take a hearing back (deleted 1) or bring it back (0); 66: no such one. */
int store_prospect_delete(struct store *st, long id, int deleted, time_t now,
    char **cause);
/*
 * The tally of meeting_id: what was heard in it (captured, and parroted
 * under its objections item), with each objection's history up to it and
 * the requests that answer it. Free with prospect_tally_fini, whatever
 * the result.
 */
int store_prospect_tally(struct store *st, long meeting_id,
    struct prospect_tally *out, char **cause);

/* A new content request (request.h), and the action it becomes. */
struct request_new {
	const char *asset;      /* not blank: the action's title too */
	const char *objection;  /* the name of one heard before; NULL or ""
	                           for none */
	const char *needed_by;  /* NULL or "" for nobody */
	const char *owner;      /* the action's owner */
	const char *due;        /* "YYYY-MM-DD", NULL or "" for none */
	long meeting_id;
	long item_id;
};

/*
 * Save a content request and its action, linked to the objection's newest
 * hearing, in one transaction. 0 with *id and *action_id; -1 with *cause
 * (65: a blank asset, or no objection heard by that name).
 */
int store_request_add(struct store *st, const struct request_new *r,
    time_t now, long *id, long *action_id, char **cause);
/*
 * The content requests of a meeting whose action is not deleted, in the
 * order made. Free with request_list_fini, whatever the result.
 */
int store_requests(struct store *st, long meeting_id,
    struct request_list *out, char **cause);
/*
 * The pulse (store_pulse.c): record a side's tension and friction, 1-5
 * each, with a reason (NULL or "" for none), replacing what the side gave
 * before in that meeting. 65 a side that is neither, a rating out of range.
 */
int store_pulse_set(struct store *st, long meeting_id, enum side side,
    int tension, int friction, const char *reason, char **cause);
/*
 * The pulse of a meeting with its history (pulse.h). Free with
 * pulse_view_fini, whatever the result.
 */
int store_pulse_history(struct store *st, long meeting_id,
    struct pulse_view *out, char **cause);

/*
 * The meeting's rating (store_rating.c): record name's rating, 1-10, of
 * a meeting, replacing one they gave before; someone not yet an attendee
 * becomes one (*new_attendee 1; may be NULL). 65 no name, out of range.
 */
int store_rating_set(struct store *st, long meeting_id, const char *name,
    int rating, int *new_attendee, char **cause);
/*
 * The ratings of a meeting and their trend (rating.h). Free with
 * rating_view_fini, whatever the result.
 */
int store_ratings(struct store *st, long meeting_id, struct rating_view *out,
    char **cause);

/*
 * The olive branch (store_win.c): record w (kind, side, text, source,
 * item_id; the rest is ignored) in a meeting; *id (may be NULL) its id,
 * an entry's, so that store_entry_delete takes it back. 65 empty text.
 */
int store_win_add(struct store *st, const struct win *w, long meeting_id,
    time_t now, long *id, char **cause);
/* A meeting's wins and new customers in order. Free with win_list_fini. */
int store_wins(struct store *st, long meeting_id, struct win_list *out,
    char **cause);
/*
 * The lead sources known (figures and customers), each once, by name.
 * Caller frees each and the array.
 */
int store_lead_sources(struct store *st, char ***names, size_t *n,
    char **cause);

#endif
