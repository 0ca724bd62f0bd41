/* session.c: the meeting in progress, between the screen and the store. */
#include "session.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "export.h"
#include "util.h"

/* What one undo takes back. */
enum undo_kind {
	UNDO_ENTRY_ADDED, UNDO_ENTRY_EDITED, UNDO_ENTRY_DELETED,
	UNDO_OBJECTION_ADDED, UNDO_OBJECTION_EDITED, UNDO_OBJECTION_DELETED,
	UNDO_ACTION_ADDED, UNDO_ACTION_EDITED, UNDO_ACTION_DELETED,
	UNDO_ACTION_CLOSED,
	UNDO_HEARD,      /* a prospect objection counted on Q1 */
	UNDO_UNHEARD,    /* one count of it taken back */
	UNDO_BARRIER     /* a change that cannot be undone (a keep) */
};

/* One change of this session, and what undoing it needs. */
struct session_undo {
	enum undo_kind kind;
	long id;
	long event;          /* an entry's edit: its line of history */
	char *old[3];        /* the values to put back: statement, question,
	                        answer; or title, owner, due */
	char *what;          /* "the note", "action #12", for the message */
};

/* Free the lists the screen shows. */
static void
free_lists(struct session *s)
{
	view_fini(&s->view);
	action_list_fini(&s->open);
	s->open_loaded = 0;
}

/* Forget every open action item: read again when next asked for. */
static void
forget_open(struct session *s)
{
	action_list_fini(&s->open);
	s->open_loaded = 0;
}

/* Every open action item, read when first asked for since a change. */
int
session_open(struct session *s, char **cause)
{
	struct action_filter open = { 0 };

	if (s->open_loaded)
		return 0;
	if (store_actions(s->st, &open, &s->open, cause) != 0)
		return -1;
	s->open_loaded = 1;
	return 0;
}

/* Free the roster of names. */
static void
free_roster(struct session *s)
{
	util_free_strings(s->roster, s->nroster);
	s->roster = NULL;
	s->nroster = 0;
}

/* Load the meeting id with its agenda and roster; start its clock. */
static int
open_meeting(struct store *st, long id, struct session **out, char **cause)
{
	struct agenda_diags diags = { NULL, 0 };
	struct session *s = xcalloc(1, sizeof *s);
	int code = 0;

	s->st = st;
	if (store_meeting_load(st, id, &s->m, cause) != 0) {
		code = store_error_code(st);
		goto out;
	}
	if (agenda_parse(s->m->agenda_text, strlen(s->m->agenda_text),
	    &s->agenda, &diags) != 0) {
		util_fail(cause, "meeting %ld: its stored agenda no longer "
		    "loads", id);
		code = EX_DATAERR;
		goto out;
	}
	s->rules = parrot_rules_new();
	for (size_t i = 0; i < s->agenda->nlead_ins; i++)
		parrot_rules_add_lead_in(s->rules, s->agenda->lead_ins[i]);
	for (size_t i = 0; i < s->agenda->nreflections; i++)
		parrot_rules_add_reflection(s->rules,
		    s->agenda->reflections[i].key,
		    s->agenda->reflections[i].value);
	meeting_resume(s->m, clock_time());
	if (store_meeting_save_clock(st, s->m, cause) != 0 ||
	    session_refresh(s, cause) != 0)
		code = store_error_code(st);
out:
	agenda_diags_fini(&diags);
	if (code != 0) {
		if (s->m != NULL)
			s->m->clock_started = 0; /* nothing to save */
		session_free(s);
		return code;
	}
	*out = s;
	return 0;
}

/* Start a meeting from a parsed agenda. */
int
session_start(struct store *st, const struct agenda *a, const char *text,
    const char *path, struct session **out, char **cause)
{
	long id;
	int rc;

	*out = NULL;
	rc = store_meeting_create(st, a, text, path, clock_time(), &id, cause);
	if (rc == 1) {
		util_fail(cause, "meeting %ld is already in progress: resume "
		    "it with 'parley resume', or end it there first", id);
		return EX_TEMPFAIL;
	}
	if (rc != 0)
		return store_error_code(st);
	return open_meeting(st, id, out, cause);
}

/* A session between meetings, for the open action items alone. */
struct session *
session_between(struct store *st, char **cause)
{
	struct session *s = xcalloc(1, sizeof *s);

	s->st = st;
	if (session_refresh(s, cause) != 0) {
		session_free(s);
		return NULL;
	}
	return s;
}

/* Reopen the meeting in progress. */
int
session_resume(struct store *st, struct session **out, char **cause)
{
	long id;
	int rc;

	*out = NULL;
	rc = store_meeting_live(st, &id, cause);
	if (rc < 0)
		return store_error_code(st);
	if (rc == 0) {
		util_fail(cause, "no meeting is in progress: start one with "
		    "'parley run'");
		return EX_DATAERR;
	}
	return open_meeting(st, id, out, cause);
}

/* Forget the newest undo record. */
static void
undo_drop(struct session *s)
{
	struct session_undo *u = &s->undo[--s->nundo];

	free(u->old[0]);
	free(u->old[1]);
	free(u->old[2]);
	free(u->what);
}

/*
 * Remember a change for u. The old values are copied; what takes a
 * printf format. Only the last SESSION_UNDO_MAX are kept.
 */
static struct session_undo *
undo_push(struct session *s, enum undo_kind kind, long id, const char *fmt,
    ...) __attribute__((format(printf, 4, 5)));

static struct session_undo *
undo_push(struct session *s, enum undo_kind kind, long id, const char *fmt,
    ...)
{
	struct session_undo *u;
	va_list ap;

	if (s->nundo == SESSION_UNDO_MAX) {
		free(s->undo[0].old[0]);
		free(s->undo[0].old[1]);
		free(s->undo[0].old[2]);
		free(s->undo[0].what);
		memmove(s->undo, s->undo + 1, --s->nundo * sizeof *s->undo);
	}
	s->undo = xreallocarray(s->undo, s->nundo + 1, sizeof *s->undo);
	u = &s->undo[s->nundo++];
	memset(u, 0, sizeof *u);
	u->kind = kind;
	u->id = id;
	va_start(ap, fmt);
	u->what = xvasprintf(fmt, ap);
	va_end(ap);
	return u;
}

/* Pause, save and free. */
void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	if (s->m != NULL && s->m->status == MEETING_LIVE &&
	    s->m->clock_started != 0)
		session_leave(s, NULL);
	free_lists(s);
	free_roster(s);
	agenda_free(s->agenda);
	parrot_rules_free(s->rules);
	while (s->nundo > 0)
		undo_drop(s);
	free(s->undo);
	free(s->stale);
	free(s->room_before);
	meeting_free(s->m);
	free(s);
}

/*
 * Reload the meeting as its screen may show it: private notes only as
 * such (the screen is shared), and what each item holds, for the strip.
 */
static int
refresh_meeting(struct session *s, char **cause)
{
	size_t i;

	if (view_reload(s->st, s->m->id, VIEW_FACILITATOR, &s->view,
	    cause) != 0)
		return -1;
	for (i = 0; i < s->m->nitems && i < s->view.m->nitems; i++)
		s->m->items[i].captures = s->view.m->items[i].captures;
	return 0;
}

/*
 * Reload the lists the screen shows; every open action item only when
 * next asked for (session_open): a capture does not read years of them.
 */
int
session_refresh(struct session *s, char **cause)
{
	forget_open(s);
	free_roster(s);
	if (store_data_version(s->st, &s->data_version, cause) != 0 ||
	    store_people(s->st, &s->roster, &s->nroster, cause) != 0) {
		view_fini(&s->view);
		return -1;
	}
	return s->m == NULL ? 0 : refresh_meeting(s, cause);
}

/* Reload when another connection committed since the last load. */
int
session_follow(struct session *s, char **cause)
{
	long version;

	if (store_data_version(s->st, &version, cause) != 0)
		return -1;
	if (version == s->data_version)
		return 0;
	return session_refresh(s, cause) == 0 ? 1 : -1;
}

/*
 * Reload the lists after a change that is already committed: a failure
 * here must not make the screen say the change was lost, so it is kept in
 * s->stale for the screen to show instead.
 */
static void
refresh_after(struct session *s)
{
	free(s->stale);
	s->stale = NULL;
	session_refresh(s, &s->stale);
}

/* A kind's own change was saved: reload, and tell u it cannot be undone. */
void
session_kind_changed(struct session *s, const char *why_not, ...)
{
	char *why;
	va_list ap;

	if (why_not != NULL) {
		va_start(ap, why_not);
		why = xvasprintf(why_not, ap);
		va_end(ap);
		undo_push(s, UNDO_BARRIER, 0, "%s", why);
		free(why);
	}
	refresh_after(s);
}

/* The agenda item at the current position. */
const struct agenda_item *
session_agenda_item(const struct session *s)
{
	if ((size_t)s->m->current >= s->agenda->nitems)
		return NULL;
	return &s->agenda->items[s->m->current];
}

/* Go to agenda item pos; the room's question stays with its item. */
int
session_goto(struct session *s, int pos, char **cause)
{
	int old = s->m->current;

	meeting_goto(s->m, pos, clock_time());
	if (store_meeting_save_clock(s->st, s->m, cause) != 0) {
		s->m->current = old; /* not moved, as the screen will say */
		return -1;
	}
	refresh_after(s);
	/* The move is saved; a question left in the room is a lesser fault. */
	if (s->stale == NULL)
		store_room_question(s->st, s->m->id, NULL, &s->stale);
	return 0;
}

/* Save the clock when the heartbeat is due. */
int
session_tick(struct session *s, char **cause)
{
	time_t now = clock_time();

	if (s->m == NULL || s->m->clock_started == 0 || now - s->m->heartbeat <
	    SESSION_HEARTBEAT)
		return 0;
	meeting_bank(s->m, now);
	return store_meeting_save_clock(s->st, s->m, cause);
}

/* Pause the clock and save. */
int
session_leave(struct session *s, char **cause)
{
	meeting_pause(s->m, clock_time());
	return store_meeting_save_clock(s->st, s->m, cause);
}

/* End the meeting. */
int
session_end(struct session *s, char **cause)
{
	time_t now = clock_time();

	meeting_pause(s->m, now);
	if (store_meeting_save_clock(s->st, s->m, cause) != 0 ||
	    store_meeting_end(s->st, s->m->id, now, cause) != 0) {
		meeting_resume(s->m, now); /* not ended: the meeting goes on */
		return -1;
	}
	s->m->status = MEETING_ENDED;
	s->m->ended_at = now;
	return 0;
}

/* Today on Parley's clock. */
struct date
session_today(void)
{
	return date_from_time(clock_time());
}

/* The next monthly meeting: a month from today. */
static struct date
session_next_meeting(void)
{
	return date_add_months(session_today(), 1);
}

/* Parse a due date as typed; empty means none. */
int
session_parse_due(const char *text, char due[11], char **cause)
{
	struct date d;

	due[0] = '\0';
	if (util_blank(text))
		return 0;
	if (date_parse(text, session_today(), session_next_meeting(), &d,
	    cause) != 0)
		return -1;
	date_format(d, due);
	return 0;
}

/* Add a note, decision, parking-lot topic or private note. */
int
session_add_entry(struct session *s, enum entry_kind kind, const char *text,
    char **cause)
{
	long id;

	if (store_entry_add(s->st, s->m->id, s->m->items[s->m->current].id,
	    kind, text, clock_time(), &id, cause) != 0)
		return -1;
	undo_push(s, UNDO_ENTRY_ADDED, id, "the %s", entry_kind_label(kind));
	refresh_after(s);
	return 0;
}

/* Add an action under the current item. */
int
session_add_action(struct session *s, const char *title, const char *owner,
    const char *due, long *id, char **cause)
{
	struct action_new a = { 0 };
	char day[11];

	if (session_parse_due(due, day, cause) != 0)
		return -1;
	a.title = title;
	a.owner = owner;
	a.due = day;
	a.meeting_id = s->m->id;
	a.item_id = s->m->items[s->m->current].id;
	if (store_action_add(s->st, &a, clock_time(), id, cause) != 0)
		return -1;
	undo_push(s, UNDO_ACTION_ADDED, *id, "action #%ld", *id);
	refresh_after(s);
	return 0;
}

/* Parrot a statement and show the question in the room. */
int
session_parrot(struct session *s, const char *statement, char **question,
    char **cause)
{
	*question = parrot_question(s->rules, statement);
	if (*question == NULL)
		return util_fail(cause, "nothing to parrot: %s",
		    parrot_why_nothing(statement));
	free(s->room_before);
	s->room_before = NULL;
	if (store_room_question_get(s->st, s->m->id, &s->room_before,
	    cause) != 0 ||
	    store_room_question(s->st, s->m->id, *question, cause) != 0) {
		free(*question);
		*question = NULL;
		return -1;
	}
	return 0;
}

/* Give the room back the question it showed before the cancelled one. */
int
session_parrot_cancel(struct session *s, char **cause)
{
	int rc = store_room_question(s->st, s->m->id, s->room_before, cause);

	free(s->room_before);
	s->room_before = NULL;
	return rc;
}

/* Save a parroted statement with its outcome (and action). */
int
session_add_objection(struct session *s, struct objection *o,
    const char *title, const char *owner, const char *due, char **cause)
{
	struct action_new a = { 0 };
	char day[11];

	o->meeting_id = s->m->id;
	o->item_id = s->m->items[s->m->current].id;
	if (o->outcome == OUTCOME_ACTION) {
		if (session_parse_due(due, day, cause) != 0)
			return -1;
		a.title = title;
		a.owner = owner;
		a.due = day;
		a.meeting_id = o->meeting_id;
		a.item_id = o->item_id;
	}
	if (store_objection_add(s->st, o, o->outcome == OUTCOME_ACTION ? &a :
	    NULL, clock_time(), cause) != 0)
		return -1;
	undo_push(s, UNDO_OBJECTION_ADDED, o->id, "the statement%s",
	    o->action_id != 0 ? " and its action" : "");
	refresh_after(s);
	return 0;
}

/* Count a prospect objection heard, under the current item. */
int
session_hear_objection(struct session *s, const char *text, char **name,
    int *again, char **cause)
{
	long id;

	if (store_prospect_hear(s->st, s->m->id, s->m->items[s->m->current].id,
	    text, clock_time(), &id, name, again, cause) != 0)
		return -1;
	undo_push(s, UNDO_HEARD, id, "%s", *again ? "the count" :
	    "the objection");
	refresh_after(s);
	return 0;
}

/* Take back one hearing of a prospect objection. */
int
session_unhear_objection(struct session *s, long id, char **cause)
{
	if (store_prospect_delete(s->st, id, 1, clock_time(), cause) != 0)
		return -1;
	undo_push(s, UNDO_UNHEARD, id, "the count taken back");
	refresh_after(s);
	return 0;
}

/* Save a content request and the action it becomes. */
int
session_add_request(struct session *s, const struct request_new *r,
    long *action_id, char **cause)
{
	struct request_new q = *r;
	char day[11];
	long id;

	if (util_blank(q.due))
		return util_fail(cause, "a content request needs a due date");
	if (request_owner_check(s->view.attendees, s->view.nattendees, q.owner,
	    cause) != 0 || session_parse_due(q.due, day, cause) != 0)
		return -1;
	q.due = day;
	q.meeting_id = s->m->id;
	q.item_id = s->m->items[s->m->current].id;
	if (store_request_add(s->st, &q, clock_time(), &id, action_id,
	    cause) != 0)
		return -1;
	undo_push(s, UNDO_ACTION_ADDED, *action_id, "the request and its "
	    "action #%ld", *action_id);
	refresh_after(s);
	return 0;
}

/* Mark an action done or dropped, in this meeting if there is one. */
int
session_close_action(struct session *s, long id, enum action_status status,
    char **cause)
{
	if (store_action_close(s->st, id, status, s->m != NULL ? s->m->id : 0,
	    clock_time(), cause) != 0)
		return -1;
	undo_push(s, UNDO_ACTION_CLOSED, id, "#%ld %s", id,
	    action_status_name(status));
	refresh_after(s);
	return 0;
}

/* Escalate an action to a new owner with a new due date, as typed. */
int
session_escalate_action(struct session *s, long id, const char *owner,
    const char *due, char **cause)
{
	char day[11];
	int rc;

	if (util_blank(owner))
		return util_fail(cause, "an escalated item needs an owner");
	/*
	 * To the owner it has, an escalation is a keep, and the store holds
	 * it to the three-carry rule as one.
	 */
	if (session_parse_due(due, day, cause) != 0)
		return -1;
	if (day[0] == '\0')
		return util_fail(cause, "an escalated item needs a due date");
	rc = store_action_escalate(s->st, id, owner, day, s->m != NULL ?
	    s->m->id : 0, clock_time(), cause);
	if (rc < 0)
		return -1;
	undo_push(s, UNDO_BARRIER, id, "#%ld was escalated: an escalation "
	    "cannot be undone (e again hands it on)", id);
	refresh_after(s);
	return rc;
}

/* Keep an action with a new due date, as typed. */
int
session_keep_action(struct session *s, long id, const char *due,
    char **cause)
{
	char day[11];

	/* The store refuses one carried too often (the three-carry rule). */
	if (session_parse_due(due, day, cause) != 0)
		return -1;
	if (store_action_keep(s->st, id, day, s->m != NULL ? s->m->id : 0,
	    clock_time(), cause) != 0)
		return -1;
	undo_push(s, UNDO_BARRIER, id, "#%ld was kept: a keep cannot be "
	    "undone (k again sets another date)", id);
	refresh_after(s);
	return 0;
}

/* Change the text of a note, decision, parked topic or private note. */
int
session_edit_entry(struct session *s, long id, const char *text,
    char **cause)
{
	long event;

	if (store_entry_edit(s->st, id, text, clock_time(), &event,
	    cause) != 0)
		return -1;
	if (event == 0)
		return 1;
	undo_push(s, UNDO_ENTRY_EDITED, id, "the edit")->event = event;
	refresh_after(s);
	return 0;
}

/* Delete a note, decision, parked topic or private note. */
int
session_delete_entry(struct session *s, long id, char **cause)
{
	if (store_entry_delete(s->st, id, 1, clock_time(), cause) != 0)
		return -1;
	undo_push(s, UNDO_ENTRY_DELETED, id, "the deletion");
	refresh_after(s);
	return 0;
}

/* The statement with id in the meeting as the screen has it, or NULL. */
static const struct objection *
find_objection(const struct session *s, long id)
{
	size_t i;

	for (i = 0; i < s->view.objections.n; i++) {
		if (s->view.objections.v[i].id == id)
			return &s->view.objections.v[i];
	}
	return NULL;
}

/* Are two texts the same, NULL and "" alike? */
static int
same_text(const char *a, const char *b)
{
	return strcmp(a != NULL ? a : "", b != NULL ? b : "") == 0;
}

/*
 * A statement's question changed (to NULL: gone): if the room is showing
 * the old one, it shows the new one. A lesser fault than the change
 * itself, so a failure here is kept in stale, not returned.
 */
static void
room_follows(struct session *s, const char *old, const char *new_question)
{
	char *shown = NULL;

	if (old == NULL || store_room_question_get(s->st, s->m->id, &shown,
	    NULL) != 0 || shown == NULL || strcmp(shown, old) != 0) {
		free(shown);
		return;
	}
	free(shown);
	free(s->stale);
	s->stale = NULL;
	store_room_question(s->st, s->m->id, new_question, &s->stale);
}

/* The question of statement id as the room may show it; caller frees. */
static char *
question_of(const struct session *s, long id)
{
	const struct objection *o = find_objection(s, id);

	return o != NULL ? xstrdup(o->question) : NULL;
}

/* Change a statement and its answer; the question follows the words. */
int
session_edit_objection(struct session *s, long id, const char *statement,
    const char *answer, char **cause)
{
	const struct objection *o = find_objection(s, id);
	struct session_undo *u;
	char *question;
	int rc;

	if (o == NULL)
		return util_fail(cause, "no statement %ld in this meeting", id);
	if (util_blank(answer))
		answer = NULL;
	if (same_text(o->statement, statement) && same_text(o->answer, answer))
		return 1;
	question = parrot_question(s->rules, statement);
	if (question == NULL)
		return util_fail(cause, "nothing to parrot: %s",
		    parrot_why_nothing(statement));
	rc = store_objection_edit(s->st, id, statement, question, answer,
	    clock_time(), cause);
	if (rc == 0) {
		u = undo_push(s, UNDO_OBJECTION_EDITED, id, "the edit");
		u->old[0] = xstrdup(o->statement);
		u->old[1] = xstrdup(o->question);
		u->old[2] = xstrdup(o->answer);
		room_follows(s, o->question, question);
	}
	free(question);
	if (rc != 0)
		return -1;
	refresh_after(s);
	return 0;
}

/* Delete a statement with the action it led to. */
int
session_delete_objection(struct session *s, long id, char **cause)
{
	char *question = question_of(s, id);

	if (store_objection_delete(s->st, id, 1, clock_time(), cause) != 0) {
		free(question);
		return -1;
	}
	undo_push(s, UNDO_OBJECTION_DELETED, id, "the deletion");
	room_follows(s, question, NULL);
	free(question);
	refresh_after(s);
	return 0;
}

/* Change an action's title, owner and due date (as typed). */
int
session_edit_action(struct session *s, long id, const char *title,
    const char *owner, const char *due, char **cause)
{
	const struct action *a = view_action(&s->view, id);
	struct action_edit e = { title, owner, NULL };
	struct session_undo *u;
	char day[11];

	if (a == NULL)
		return util_fail(cause, "no action #%ld in this meeting", id);
	if (session_parse_due(due, day, cause) != 0)
		return -1;
	e.due = day;
	if (same_text(a->title, title) && util_casecmp(a->owner != NULL ?
	    a->owner : "", owner != NULL ? owner : "") == 0 &&
	    same_text(a->due, day))
		return 1;
	if (store_action_edit(s->st, id, &e, s->m->id, clock_time(),
	    cause) != 0)
		return -1;
	u = undo_push(s, UNDO_ACTION_EDITED, id, "the edit of #%ld", id);
	u->old[0] = xstrdup(a->title);
	u->old[1] = xstrdup(a->owner != NULL ? a->owner : "");
	u->old[2] = xstrdup(a->due);
	refresh_after(s);
	return 0;
}

/* Delete an action captured by mistake. */
int
session_delete_action(struct session *s, long id, char **cause)
{
	if (store_action_delete(s->st, id, 1, s->m->id, clock_time(),
	    cause) != 0)
		return -1;
	undo_push(s, UNDO_ACTION_DELETED, id, "the deletion of #%ld", id);
	refresh_after(s);
	return 0;
}

/* Apply the inverse of one change. */
static int
undo_apply(struct session *s, const struct session_undo *u, char **cause)
{
	struct action_edit e = { u->old[0], u->old[1], u->old[2] };
	long meeting = s->m != NULL ? s->m->id : 0;
	time_t now = clock_time();

	switch (u->kind) {
	case UNDO_ENTRY_ADDED:
		return store_entry_delete(s->st, u->id, 1, now, cause);
	case UNDO_ENTRY_EDITED:
		return store_entry_revert(s->st, u->id, u->event, now, cause);
	case UNDO_ENTRY_DELETED:
		return store_entry_delete(s->st, u->id, 0, now, cause);
	case UNDO_OBJECTION_ADDED:
		return store_objection_delete(s->st, u->id, 1, now, cause);
	case UNDO_OBJECTION_EDITED:
		return store_objection_edit(s->st, u->id, u->old[0], u->old[1],
		    u->old[2], now, cause);
	case UNDO_OBJECTION_DELETED:
		return store_objection_delete(s->st, u->id, 0, now, cause);
	case UNDO_ACTION_ADDED:
		return store_action_delete(s->st, u->id, 1, meeting, now, cause);
	case UNDO_ACTION_EDITED:
		return store_action_edit(s->st, u->id, &e, meeting, now, cause);
	case UNDO_ACTION_DELETED:
		return store_action_delete(s->st, u->id, 0, meeting, now, cause);
	case UNDO_ACTION_CLOSED:
		return store_action_close(s->st, u->id, ACTION_OPEN, meeting,
		    now, cause);
	case UNDO_HEARD:
		return store_prospect_delete(s->st, u->id, 1, now, cause);
	case UNDO_UNHEARD:
		return store_prospect_delete(s->st, u->id, 0, now, cause);
	default:
		return 0;
	}
}

/* Take back the last change. */
int
session_undo(struct session *s, char **what, char **cause)
{
	struct session_undo *u;
	char *question = NULL;
	int rc;

	*what = NULL;
	if (s->nundo == 0)
		return 0;
	u = &s->undo[s->nundo - 1];
	if (u->kind == UNDO_BARRIER) {
		*what = xstrdup(u->what);
		undo_drop(s);
		return 0;
	}
	if (u->kind == UNDO_OBJECTION_ADDED || u->kind == UNDO_OBJECTION_EDITED)
		question = question_of(s, u->id);
	rc = undo_apply(s, u, cause);
	/* Busy: the change is still there, and u may try again. */
	if (rc != 0 && store_error_code(s->st) == EX_TEMPFAIL) {
		free(question);
		return -1;
	}
	if (rc == 0) {
		*what = xstrdup(u->what);
		/* The room shows no question whose statement is gone. */
		room_follows(s, question, u->kind == UNDO_OBJECTION_EDITED ?
		    u->old[1] : NULL);
	}
	free(question);
	/* Undone, or no longer possible (changed elsewhere): gone either way. */
	undo_drop(s);
	if (rc != 0)
		return -1;
	refresh_after(s);
	return 1;
}

/* The newest capture added in this session. */
int
session_last_capture(const struct session *s, int *kind, long *id)
{
	size_t i;

	for (i = s->nundo; i > 0; i--) {
		switch (s->undo[i - 1].kind) {
		case UNDO_ENTRY_ADDED:
			*kind = CAPTURE_ENTRY;
			break;
		case UNDO_OBJECTION_ADDED:
			*kind = CAPTURE_OBJECTION;
			break;
		case UNDO_ACTION_ADDED:
			*kind = CAPTURE_ACTION;
			break;
		default:
			continue;
		}
		*id = s->undo[i - 1].id;
		return 1;
	}
	return 0;
}

/* Show the room the commitment on the table. */
int
session_on_table(struct session *s, long id, char **cause)
{
	return store_room_action(s->st, s->m->id, id, cause);
}

/* A side rates the pulse; r again changes it, so u need not. */
int
session_rate_pulse(struct session *s, enum side side, int tension,
    int friction, const char *reason, char **cause)
{
	if (store_pulse_set(s->st, s->m->id, side, tension, friction, reason,
	    cause) != 0)
		return -1;
	undo_push(s, UNDO_BARRIER, 0, "A pulse rating cannot be undone (r "
	    "again changes it)");
	refresh_after(s);
	return 0;
}

/* Add a win or a newly won customer under the current item. */
int
session_add_win(struct session *s, enum win_kind kind, enum side side,
    const char *text, const char *source, long *id, char **cause)
{
	struct win w = { 0 };

	w.kind = kind;
	w.side = side;
	w.text = (char *)text;
	w.source = (char *)source;
	w.item_id = s->m->items[s->m->current].id;
	if (store_win_add(s->st, &w, s->m->id, clock_time(), id, cause) != 0)
		return -1;
	undo_push(s, UNDO_ENTRY_ADDED, *id, kind == WIN_CUSTOMER ?
	    "the new customer" : "the win");
	refresh_after(s);
	return 0;
}

/* An attendee rates the meeting; r again changes it, so u need not. */
int
session_rate_meeting(struct session *s, const char *name, int rating,
    int *new_attendee, char **cause)
{
	if (store_rating_set(s->st, s->m->id, name, rating, new_attendee,
	    cause) != 0)
		return -1;
	undo_push(s, UNDO_BARRIER, 0, "A rating cannot be undone (r again "
	    "changes it)");
	refresh_after(s);
	return 0;
}

/* Close a parked topic, or reopen it; C again does the other, so u need not. */
int
session_close_parked(struct session *s, long id, int closed, char **cause)
{
	if (store_parking_close(s->st, id, closed, clock_time(), cause) != 0)
		return -1;
	undo_push(s, UNDO_BARRIER, id, "%s a parked topic cannot be undone "
	    "(C again %s it)", closed ? "Closing" : "Reopening",
	    closed ? "reopens" : "closes");
	refresh_after(s);
	return 0;
}

/* Write the shared Markdown minutes beside the database. */
int
session_export(struct session *s, char **path, char **cause)
{
	const struct export_format *md = export_find("md");
	struct meeting_view v;
	char *dir, *name;
	int code;

	*path = NULL;
	if (md == NULL) {
		util_fail(cause, "this Parley has no Markdown writer");
		return 70;
	}
	if (view_load(s->st, s->m->id, VIEW_MINUTES, &v, cause) != 0) {
		view_fini(&v);
		return store_error_code(s->st);
	}
	dir = store_folder(s->st, "minutes", cause);
	if (dir == NULL) {
		view_fini(&v);
		return EX_CANTCREAT;
	}
	name = export_file_name(md, &v);
	*path = xasprintf("%s/%s", dir, name);
	code = export_write(md, &v, *path, cause);
	if (code != 0) {
		free(*path);
		*path = NULL;
	}
	free(name);
	free(dir);
	view_fini(&v);
	return code;
}
