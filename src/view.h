/*
 * view.h: one meeting as one audience may see it. The meeting screen, the
 * room view and every minutes format read this struct; what is private is
 * decided in view_load and nowhere else.
 */
#ifndef PARLEY_VIEW_H
#define PARLEY_VIEW_H

#include <stddef.h>
#include <time.h>

#include "action.h"
#include "backlog.h"
#include "agenda.h"
#include "entry.h"
#include "meeting.h"
#include "objection.h"
#include "owner.h"

struct store;

enum view_audience {
	/*
	 * The facilitator's meeting screen, which the room may see: private
	 * notes are there as such, without their text; no follow-up text.
	 */
	VIEW_FACILITATOR,
	/* The projector: nothing private, not even that it exists. */
	VIEW_ROOM,
	/* Minutes to share: nothing private. */
	VIEW_MINUTES,
	/* Minutes with --include-private: everything, marked private. */
	VIEW_MINUTES_PRIVATE
};

struct meeting_view {
	enum view_audience audience;
	time_t now;                    /* when it was loaded, Parley's clock */
	struct meeting *m;             /* with its items, their clocks and
	                                  how many captures each holds */
	struct agenda *agenda;         /* parsed from the meeting's own agenda
	                                  text; NULL if it no longer parses */
	struct agenda_person *attendees;  /* the team, sales first */
	size_t nattendees;
	struct entry_list entries;     /* notes, decisions, parked topics and
	                                  private notes of every item, as taken */
	struct objection_list objections;  /* parroted statements; outcome
	                                  f and r both OUTCOME_CLOSED unless
	                                  private content is shown */
	struct action_list actions;    /* made in this meeting, any status */
	struct action_list reviewed;   /* made before, reviewed in this one,
	                                  each with its review */
	struct entry_list parking_before;  /* the parking lot carried into
	                                  this meeting (store_parking_lot):
	                                  closed_at set on those closed in it */
	struct backlog *backlog;       /* screens, on the review item only
	                                  (else NULL): the open actions made
	                                  before, counted, each read when
	                                  shown (backlog_get) */
	long action_mark;              /* store_action_mark at the load */
	struct owner_list completion;  /* screens, on the review item only:
	                                  the commitments of the meeting
	                                  before, done by this one (owner.h),
	                                  per owner; nmeetings 0 when this
	                                  is the first meeting */
	char *room_question;           /* screens only: the question shown */
	struct action on_table;        /* screens only: the commitment the
	                                  facilitator has selected in the
	                                  action list; id 0 when none */
	/*
	 * What each kind of item holds of its own, loaded by its entry in
	 * view_kind.c (NULL: nothing); the kind's header says what it is.
	 */
	void *kind_data[KIND_COUNT];
};

/*
 * Load meeting id for an audience into *out (zeroed first). Returns 0, or
 * -1 with *cause; the store's error code says why (66 no such meeting).
 * Free with view_fini, whatever the result.
 */
int view_load(struct store *st, long id, enum view_audience audience,
    struct meeting_view *out, char **cause);
/*
 * Load meeting id for an audience again into *v, which holds it (or
 * nothing: zeroed). What no change since could have touched (the
 * review's backlog and completion, when no action changed) is taken from
 * *v rather than read again. The rest of *v is freed: on failure, *v is
 * as view_load leaves it.
 */
int view_reload(struct store *st, long id, enum view_audience audience,
    struct meeting_view *v, char **cause);
void view_fini(struct meeting_view *v);

/* 1 if the audience sees private text (and it is to be marked private). */
int view_private(const struct meeting_view *v);
/* The agenda item at position pos, or NULL. */
const struct agenda_item *view_agenda_item(const struct meeting_view *v,
    size_t pos);
/* The item of this meeting with this id, or NULL. */
const struct meeting_item *view_item(const struct meeting_view *v, long id);
/* The number of the item with this id in the agenda (from 1); 0 if none. */
size_t view_item_number(const struct meeting_view *v, long id);
/* How many of the meeting's entries are of this kind. */
size_t view_count_entries(const struct meeting_view *v, enum entry_kind kind);
/* The action made in this meeting with this id, or NULL. */
const struct action *view_action(const struct meeting_view *v, long id);
/* 1 if the action with this id came from a parroted statement. */
int view_action_from_statement(const struct meeting_view *v, long id);

/* Why an item shows as missed in the wrap-up and the minutes. */
enum view_missed {
	MISSED_NO,           /* covered within its timebox */
	MISSED_NOT_COVERED,  /* under a minute and nothing captured */
	MISSED_OVER_TIME     /* covered, but it ran past its timebox */
};
/* How item i went, at the view's moment. */
enum view_missed view_item_missed(const struct meeting_view *v, size_t i);

/*
 * The captures of one item in the order they were taken, for every
 * screen and format to list alike. An action made from a statement is not
 * a capture of its own: it belongs to the statement.
 */
enum view_capture_kind { CAPTURE_ENTRY, CAPTURE_OBJECTION, CAPTURE_ACTION };
struct view_capture {
	enum view_capture_kind kind;
	const struct entry *entry;         /* CAPTURE_ENTRY */
	const struct objection *objection; /* CAPTURE_OBJECTION */
	const struct action *action;       /* CAPTURE_ACTION, or the action
	                                      a statement led to (else NULL) */
};
struct view_captures {
	struct view_capture *v;
	size_t n;
};
/* The captures of the item with this id (0: of the whole meeting). */
void view_captures(const struct meeting_view *v, long item_id,
    struct view_captures *out);
void view_captures_fini(struct view_captures *c);

#endif
