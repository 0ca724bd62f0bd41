/* session.c: the meeting in progress, between the screen and the store. */
#include "session.h"

#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "util.h"

/* Free the lists the screen shows. */
static void
free_lists(struct session *s)
{
	view_fini(&s->view);
	action_list_fini(&s->open);
}

/* Free the roster of names. */
static void
free_roster(struct session *s)
{
	size_t i;

	for (i = 0; i < s->nroster; i++)
		free(s->roster[i]);
	free(s->roster);
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

	if (view_load(s->st, s->m->id, VIEW_FACILITATOR, &s->view,
	    cause) != 0)
		return -1;
	for (i = 0; i < s->m->nitems && i < s->view.m->nitems; i++)
		s->m->items[i].captures = s->view.m->items[i].captures;
	return 0;
}

/* Reload the lists the screen shows. */
int
session_refresh(struct session *s, char **cause)
{
	struct action_filter open = { 0 };

	free_lists(s);
	free_roster(s);
	if (store_actions(s->st, &open, &s->open, cause) != 0 ||
	    store_people(s->st, &s->roster, &s->nroster, cause) != 0)
		return -1;
	return s->m == NULL ? 0 : refresh_meeting(s, cause);
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
	if (store_entry_add(s->st, s->m->id, s->m->items[s->m->current].id,
	    kind, text, clock_time(), NULL, cause) != 0)
		return -1;
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
		return util_fail(cause, "nothing to parrot: the statement is "
		    "empty");
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
	refresh_after(s);
	return 0;
}

/* The open action id as the lists have it, or NULL. */
static const struct action *
open_action(const struct session *s, long id)
{
	size_t i;

	for (i = 0; i < s->open.n; i++) {
		if (s->open.v[i].id == id)
			return &s->open.v[i];
	}
	return NULL;
}

/* Refuse a keep of an action carried through too many meetings. */
static int
refuse_keep(const struct session *s, long id, char **cause)
{
	const struct action *a = open_action(s, id);

	if (a == NULL || !action_keep_refused(a))
		return 0;
	return util_fail(cause, "#%ld was carried %d times already: mark it "
	    "done, drop it or hand it to someone else, not keep it", id,
	    a->carried);
}

/* Escalate an action to a new owner with a new due date, as typed. */
int
session_escalate_action(struct session *s, long id, const char *owner,
    const char *due, char **cause)
{
	const struct action *a = open_action(s, id);
	char day[11];
	int rc;

	if (util_blank(owner))
		return util_fail(cause, "an escalated item needs an owner");
	/* To the owner it has, an escalation is a keep, and counts as one. */
	if (a != NULL && action_owned_by(a, owner) &&
	    refuse_keep(s, id, cause) != 0)
		return -1;
	if (session_parse_due(due, day, cause) != 0)
		return -1;
	if (day[0] == '\0')
		return util_fail(cause, "an escalated item needs a due date");
	rc = store_action_escalate(s->st, id, owner, day, s->m != NULL ?
	    s->m->id : 0, clock_time(), cause);
	if (rc < 0)
		return -1;
	refresh_after(s);
	return rc;
}

/* Keep an action with a new due date, as typed. */
int
session_keep_action(struct session *s, long id, const char *due,
    char **cause)
{
	char day[11];

	if (refuse_keep(s, id, cause) != 0 ||
	    session_parse_due(due, day, cause) != 0)
		return -1;
	if (store_action_keep(s->st, id, day, s->m != NULL ? s->m->id : 0,
	    clock_time(), cause) != 0)
		return -1;
	refresh_after(s);
	return 0;
}
