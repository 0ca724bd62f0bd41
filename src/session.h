/* session.h: the meeting in progress, as the meeting screen drives it. */
#ifndef PARLEY_SESSION_H
#define PARLEY_SESSION_H

#include <time.h>

#include "action.h"
#include "agenda.h"
#include "date.h"
#include "meeting.h"
#include "parrot.h"
#include "store.h"
#include "view.h"

/* The changes u can take back, newest last. */
#define SESSION_UNDO_MAX 100

/* The clock is saved at least this often, so a kill loses little time. */
#define SESSION_HEARTBEAT 5

/*
 * A live meeting and what the screen shows of it. The lists are refreshed
 * from the store after every change (session_refresh), so the screen only
 * draws them.
 */
struct session {
	struct store *st;            /* borrowed */
	struct meeting *m;
	struct agenda *agenda;       /* the meeting's own copy of its agenda */
	char **roster;               /* every known name, for Tab */
	size_t nroster;
	struct meeting_view view;    /* the meeting as its screen may show it */
	struct action_list open;     /* every open action item, once
	                                session_open has read them */
	int open_loaded;             /* open holds them: no change since */
	struct parrot_rules *rules;  /* built in, plus the agenda's jargon */
	char *room_before;           /* the room's question before the parrot
	                                being typed; NULL when none */
	char *stale;                 /* why the lists may be out of date, or
	                                NULL: a change was saved, the reload
	                                after it failed */
	struct session_undo *undo;   /* what u takes back, newest last */
	size_t nundo;
	long data_version;           /* the store's data_version when the
	                                lists were last loaded */
};

/*
 * Start a meeting from a parsed agenda and its text. Returns 0, or a
 * sysexits code with *cause (75 when a meeting is already in progress).
 */
int session_start(struct store *st, const struct agenda *a, const char *text,
    const char *path, struct session **out, char **cause);
/*
 * A session between meetings (m and agenda NULL): only the open action
 * items and the roster, to review them from the home screen.
 */
struct session *session_between(struct store *st, char **cause);
/* Reopen the meeting in progress where it was left. 0 or a sysexits code. */
int session_resume(struct store *st, struct session **out, char **cause);
/* Pause the clock, save, and free. NULL is a no-op. */
void session_free(struct session *s);

/* Reload the lists the screen shows. */
int session_refresh(struct session *s, char **cause);
/*
 * Read every open action item into s->open, unless it holds them since
 * the last change: 0, or -1 with *cause. The action list reads them; a
 * capture never does.
 */
int session_open(struct session *s, char **cause);
/*
 * Reload them if another connection committed since (a batch command run
 * beside the meeting): 1 reloaded, 0 nothing new, -1 with *cause.
 */
int session_follow(struct session *s, char **cause);
/*
 * A kind's own change (ui_kind_*.c, through its session_<kind>.c) was
 * committed: reload, and if u cannot take it back, say why_not (a printf
 * format) when u is pressed, rather than undo what came before it.
 */
void session_kind_changed(struct session *s, const char *why_not, ...)
    __attribute__((format(printf, 2, 3)));
/* The agenda item of the current position (its options: criteria...). */
const struct agenda_item *session_agenda_item(const struct session *s);
/* Go to agenda item pos, saving the clocks. */
int session_goto(struct session *s, int pos, char **cause);
/* Save the clock if the heartbeat is due. */
int session_tick(struct session *s, char **cause);
/* Pause the clock and save: the meeting stays in progress. */
int session_leave(struct session *s, char **cause);
/* End the meeting. */
int session_end(struct session *s, char **cause);

/* Today, on Parley's clock. */
struct date session_today(void);
/* Parse a due date as typed (empty: none, due[0] = 0). */
int session_parse_due(const char *text, char due[11], char **cause);

int session_add_entry(struct session *s, enum entry_kind kind,
    const char *text, char **cause);
/* Add an action under the current item. due is as typed. */
int session_add_action(struct session *s, const char *title,
    const char *owner, const char *due, long *id, char **cause);
/*
 * Parrot a statement with the agenda's rules and show the question in the
 * room. Returns 0 with a new string in *question (caller frees), or -1: an
 * empty statement, or a failed save.
 */
int session_parrot(struct session *s, const char *statement, char **question,
    char **cause);
/*
 * A parrot was cancelled: the room shows again what it showed before it.
 */
int session_parrot_cancel(struct session *s, char **cause);
/*
 * Save a parroted statement with its outcome under the current item. For
 * OUTCOME_ACTION, title, owner and due (as typed) make the linked action.
 */
int session_add_objection(struct session *s, struct objection *o,
    const char *title, const char *owner, const char *due, char **cause);
/*
 * Count a prospect objection heard from text, under the current item (the
 * objections item): as one heard before when it names one, case and
 * spaces aside. 0 with the name it was counted under in *name (caller
 * frees) and *again 1 when heard before; -1 with *cause (an empty text).
 * u takes it back.
 */
int session_hear_objection(struct session *s, const char *text, char **name,
    int *again, char **cause);
/*
 * Take back the hearing id (a count heard by mistake): 0, or -1 with
 * *cause (66: no such hearing, or taken back already). u counts it again.
 */
int session_unhear_objection(struct session *s, long id, char **cause);
/*
 * Save a content request under the current item, and the action it
 * becomes: r's owner must not be on the sales side, its due date (as
 * typed) is required; its meeting and item are the session's. 0 with
 * *action_id, or -1 with *cause. u takes back the action, and with it the
 * request.
 */
int session_add_request(struct session *s, const struct request_new *r,
    long *action_id, char **cause);
int session_close_action(struct session *s, long id, enum action_status st,
    char **cause);
/*
 * Keep an action with a new due date as typed; refused (-1) for one
 * carried ACTION_CARRY_LIMIT times already.
 */
int session_keep_action(struct session *s, long id, const char *due,
    char **cause);
/*
 * Escalate an action to owner with a due date as typed (required): 0. To
 * the owner it has, it is a keep (1), refused like one (-1) for an action
 * carried ACTION_CARRY_LIMIT times already.
 */
int session_escalate_action(struct session *s, long id, const char *owner,
    const char *due, char **cause);

/*
 * Editing a capture of the meeting (the E key). Each is saved at once, kept
 * in history, and can be undone with session_undo. The edits return 0 when
 * saved, 1 when the new values are the old ones (nothing is saved, nothing
 * to undo), -1 with *cause. A statement's question, shown in the room,
 * follows its words there too; deleted, it leaves the room.
 */
int session_edit_entry(struct session *s, long id, const char *text,
    char **cause);
int session_delete_entry(struct session *s, long id, char **cause);
/* A statement's words and answer; its question is parroted again. */
int session_edit_objection(struct session *s, long id, const char *statement,
    const char *answer, char **cause);
/* A statement, with the action it led to. */
int session_delete_objection(struct session *s, long id, char **cause);
/* An action's title, owner ("" nobody) and due date as typed ("" none). */
int session_edit_action(struct session *s, long id, const char *title,
    const char *owner, const char *due, char **cause);
int session_delete_action(struct session *s, long id, char **cause);

/*
 * Take back the last capture or change of this session: a capture is
 * deleted, an edit reverted, a deletion restored, an action marked done or
 * dropped reopened. The undo is itself kept in history. Returns 1 with a
 * description of what was undone in *what (caller frees), 0 when there is
 * nothing to undo (or the change cannot be, *what then says why), -1:
 * the change was not undone (if the database was busy, u may try again;
 * else it is forgotten, changed elsewhere since).
 */
int session_undo(struct session *s, char **what, char **cause);
/*
 * The capture this session added last and has not taken back: 1 with its
 * kind (0 entry, 1 statement, 2 action, as view_capture_kind) and id, or
 * 0 when none.
 */
int session_last_capture(const struct session *s, int *kind, long *id);

/* Show the room the commitment selected in the action list (0: none). */
int session_on_table(struct session *s, long id, char **cause);

/*
 * The pulse, the olive branch, the wrap-up's rating and the parking lot
 * carried forward. The ratings and a close are not undone by u, which
 * says so (r again changes a rating, C again reopens a topic); a win or a
 * new customer is a capture, and u takes it back.
 */
/* A side rates tension and friction, 1-5 each, with a reason ("": none). */
int session_rate_pulse(struct session *s, enum side side, int tension,
    int friction, const char *reason, char **cause);
/*
 * Add what a side did well (WIN_WELL; side the one that did it) or a newly
 * won customer (WIN_CUSTOMER; source its lead source, NULL or "" unknown)
 * under the current item. *id its id.
 */
int session_add_win(struct session *s, enum win_kind kind, enum side side,
    const char *text, const char *source, long *id, char **cause);
/* name rates the meeting 1-10; *new_attendee (may be NULL) as the store's. */
int session_rate_meeting(struct session *s, const char *name, int rating,
    int *new_attendee, char **cause);
/* Close a parked topic carried into the meeting (closed 1), or reopen it. */
int session_close_parked(struct session *s, long id, int closed,
    char **cause);

/*
 * Write the minutes (Markdown, nothing private) of the meeting into the
 * minutes folder beside the database. 0 with the file's path in *path
 * (caller frees), or a sysexits code with *cause.
 */
int session_export(struct session *s, char **path, char **cause);

#endif
