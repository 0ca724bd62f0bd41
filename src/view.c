/* view.c: one meeting as one audience may see it; privacy is decided here. */
#include "view.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "store.h"
#include "view_kind.h"
#include "util.h"

/* What each audience may hold of private content. */
static enum entry_privacy
entry_privacy(enum view_audience a)
{
	switch (a) {
	case VIEW_FACILITATOR:
		return PRIVATE_MARKED;
	case VIEW_MINUTES_PRIVATE:
		return PRIVATE_TEXT;
	default:
		return PRIVATE_OMIT;
	}
}

/* 1 if the audience sees private text. */
int
view_private(const struct meeting_view *v)
{
	return v->audience == VIEW_MINUTES_PRIVATE;
}

/*
 * Whether a statement was followed up privately or resolved is itself
 * private: the shared views say only that it was closed.
 */
static void
mask_outcomes(struct meeting_view *v)
{
	size_t i;

	for (i = 0; i < v->objections.n; i++) {
		struct objection *o = &v->objections.v[i];

		if (o->outcome == OUTCOME_FOLLOWUP ||
		    o->outcome == OUTCOME_RESOLVED)
			o->outcome = OUTCOME_CLOSED;
		free(o->followup);
		o->followup = NULL;
	}
}

/* A review taken back (an item reopened by undo) is no review. */
static void
drop_unreviewed(struct action_list *l)
{
	size_t i, kept = 0;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].review != REVIEW_NONE) {
			l->v[kept++] = l->v[i];
			continue;
		}
		free(l->v[i].title);
		free(l->v[i].owner);
	}
	l->n = kept;
}

/* The agenda as the meeting ran it; NULL when it no longer parses. */
static struct agenda *
parse_agenda(const struct meeting *m)
{
	struct agenda_diags diags = { NULL, 0 };
	struct agenda *a = NULL;

	if (m->agenda_text == NULL || agenda_parse(m->agenda_text,
	    strlen(m->agenda_text), &a, &diags) != 0)
		a = NULL;
	agenda_diags_fini(&diags);
	return a;
}

/* The commitment on the table, as the action list has it selected. */
static int
load_on_table(struct store *st, struct meeting_view *v, char **cause)
{
	struct action_record r;
	long id;
	int rc;

	if (store_room_action_get(st, v->m->id, &id, cause) != 0)
		return -1;
	if (id == 0)
		return 0;
	/* Gone since (deleted, say): nothing is on the table. */
	rc = store_action_record(st, id, &r, NULL);
	if (rc == 0 && r.deleted_at[0] == '\0') {
		v->on_table = r.a;
		r.a.title = r.a.owner = NULL;
	}
	action_record_fini(&r);
	return 0;
}

/*
 * The review's lists: the open actions made before (counted; each is
 * read when shown) and how many of last month's commitments were done by
 * this meeting. Taken from old, the same meeting loaded before, when no
 * action has changed since: a note saved costs no recount of history.
 */
static int
load_review(struct store *st, struct meeting_view *v,
    struct meeting_view *old, char **cause)
{
	struct owner_filter last_month = { NULL, v->m->id, 1, 1 };

	if (store_action_mark(st, &v->action_mark, cause) != 0)
		return -1;
	if (old != NULL && old->backlog != NULL && old->m != NULL &&
	    old->m->id == v->m->id && old->action_mark == v->action_mark) {
		v->backlog = old->backlog;
		v->completion = old->completion;
		old->backlog = NULL;
		memset(&old->completion, 0, sizeof old->completion);
		return 0;
	}
	v->backlog = xcalloc(1, sizeof *v->backlog);
	if (backlog_load(v->backlog, st, v->m->id, cause) != 0 ||
	    store_owners(st, &last_month, &v->completion, cause) != 0)
		return -1;
	return 0;
}

/*
 * The lists only the screens need: the room's question, the commitment
 * on the table; on the review, its own (load_review).
 */
static int
load_screen_parts(struct store *st, struct meeting_view *v,
    struct meeting_view *old, char **cause)
{
	if (store_room_question_get(st, v->m->id, &v->room_question,
	    cause) != 0 || load_on_table(st, v, cause) != 0)
		return -1;
	if (v->m->nitems == 0 || v->m->items[v->m->current].kind != KIND_REVIEW)
		return 0;
	return load_review(st, v, old, cause);
}

/* What each kind on the agenda holds of its own, once a kind. */
static int
load_kinds(struct store *st, struct meeting_view *v, char **cause)
{
	const struct view_kind *vk;
	size_t i;

	for (i = 0; i < v->m->nitems; i++) {
		vk = view_kind_get(v->m->items[i].kind);
		if (vk == NULL || vk->load == NULL ||
		    v->kind_data[v->m->items[i].kind] != NULL)
			continue;
		if (vk->load(st, v, i, cause) != 0)
			return -1;
	}
	return 0;
}

/* Read everything in one snapshot: one moment of the meeting, not two. */
static int
load(struct store *st, long id, struct meeting_view *v,
    struct meeting_view *old, char **cause)
{
	struct action_filter made = { .all = 1, .meeting_id = id };
	struct action_filter reviewed = { .all = 1, .reviewed_in = id };
	int screen = v->audience == VIEW_FACILITATOR ||
	    v->audience == VIEW_ROOM;

	if (store_meeting_load(st, id, &v->m, cause) != 0)
		return -1;
	/* The kinds read their options (criteria, thresholds) from it. */
	v->agenda = parse_agenda(v->m);
	if (store_attendees(st, id, &v->attendees, &v->nattendees,
	    cause) != 0 ||
	    store_entries(st, id, 0, entry_privacy(v->audience), &v->entries,
	    cause) != 0 ||
	    store_objections(st, id, 0, view_private(v), &v->objections,
	    cause) != 0 ||
	    store_actions(st, &made, &v->actions, cause) != 0 ||
	    store_actions(st, &reviewed, &v->reviewed, cause) != 0 ||
	    store_parking_lot(st, id, &v->parking_before, cause) != 0 ||
	    load_kinds(st, v, cause) != 0)
		return -1;
	return screen ? load_screen_parts(st, v, old, cause) : 0;
}

/* Load meeting id as the audience may see it, taking what it can from old. */
static int
load_from(struct store *st, long id, enum view_audience audience,
    struct meeting_view *old, struct meeting_view *out, char **cause)
{
	int rc;

	memset(out, 0, sizeof *out);
	out->audience = audience;
	out->now = clock_time();
	if (store_snapshot_begin(st, cause) != 0)
		return -1;
	rc = load(st, id, out, old, cause);
	store_snapshot_end(st);
	/* Half a view is none: a caller that forgets view_fini leaks nothing. */
	if (rc != 0) {
		view_fini(out);
		out->audience = audience;
		return -1;
	}
	if (!view_private(out))
		mask_outcomes(out);
	drop_unreviewed(&out->reviewed);
	return 0;
}

/* Load meeting id as the audience may see it. */
int
view_load(struct store *st, long id, enum view_audience audience,
    struct meeting_view *out, char **cause)
{
	return load_from(st, id, audience, NULL, out, cause);
}

/* Load it again, keeping what no change touched. */
int
view_reload(struct store *st, long id, enum view_audience audience,
    struct meeting_view *v, char **cause)
{
	struct meeting_view old = *v;
	int rc;

	rc = load_from(st, id, audience, &old, v, cause);
	view_fini(&old);
	return rc;
}

/* Free what a view holds. */
void
view_fini(struct meeting_view *v)
{
	size_t i;

	for (i = 0; i < KIND_COUNT; i++) {
		const struct view_kind *vk = view_kind_get((enum item_kind)i);

		if (vk != NULL && vk->fini != NULL)
			vk->fini(v->kind_data[i]);
	}
	meeting_free(v->m);
	agenda_free(v->agenda);
	for (i = 0; i < v->nattendees; i++)
		free(v->attendees[i].name);
	free(v->attendees);
	entry_list_fini(&v->entries);
	objection_list_fini(&v->objections);
	action_list_fini(&v->actions);
	action_list_fini(&v->reviewed);
	entry_list_fini(&v->parking_before);
	if (v->backlog != NULL)
		backlog_fini(v->backlog);
	free(v->backlog);
	owner_list_fini(&v->completion);
	free(v->room_question);
	free(v->on_table.title);
	free(v->on_table.owner);
	memset(v, 0, sizeof *v);
}

/* The agenda item at pos. */
const struct agenda_item *
view_agenda_item(const struct meeting_view *v, size_t pos)
{
	if (v->agenda == NULL || pos >= v->agenda->nitems)
		return NULL;
	return &v->agenda->items[pos];
}

/* The item of this meeting with this id. */
const struct meeting_item *
view_item(const struct meeting_view *v, long id)
{
	size_t n = view_item_number(v, id);

	return n > 0 ? &v->m->items[n - 1] : NULL;
}

/* The number of the item with this id, from 1. */
size_t
view_item_number(const struct meeting_view *v, long id)
{
	size_t i;

	for (i = 0; id != 0 && i < v->m->nitems; i++) {
		if (v->m->items[i].id == id)
			return i + 1;
	}
	return 0;
}

/* The action of this meeting with this id. */
const struct action *
view_action(const struct meeting_view *v, long id)
{
	size_t i;

	for (i = 0; id != 0 && i < v->actions.n; i++) {
		if (v->actions.v[i].id == id)
			return &v->actions.v[i];
	}
	return NULL;
}

/* Did a parroted statement lead to this action? */
int
view_action_from_statement(const struct meeting_view *v, long id)
{
	size_t i;

	for (i = 0; i < v->objections.n; i++) {
		if (v->objections.v[i].action_id == id)
			return 1;
	}
	return 0;
}

size_t
view_count_entries(const struct meeting_view *v, enum entry_kind kind)
{
	size_t i, n = 0;

	for (i = 0; i < v->entries.n; i++)
		n += v->entries.v[i].kind == kind;
	return n;
}

/* How item i went. */
enum view_missed
view_item_missed(const struct meeting_view *v, size_t i)
{
	if (!meeting_item_covered(v->m, i, v->now))
		return MISSED_NOT_COVERED;
	if (meeting_item_elapsed(v->m, i, v->now) > v->m->items[i].minutes * 60L)
		return MISSED_OVER_TIME;
	return MISSED_NO;
}

/* Add one capture to the list. */
static void
add_capture(struct view_captures *c, enum view_capture_kind kind,
    const struct entry *e, const struct objection *o, const struct action *a)
{
	struct view_capture *cap;

	c->v = xreallocarray(c->v, c->n + 1, sizeof *c->v);
	cap = &c->v[c->n++];
	cap->kind = kind;
	cap->entry = e;
	cap->objection = o;
	cap->action = a;
}

/* When a capture was taken, its place in order, its id. */
static void
capture_key(const struct view_capture *c, const char **at, long *seq,
    long *id)
{
	switch (c->kind) {
	case CAPTURE_ENTRY:
		*at = c->entry->created_at;
		*seq = c->entry->seq;
		*id = c->entry->id;
		break;
	case CAPTURE_OBJECTION:
		*at = c->objection->created_at;
		*seq = c->objection->seq;
		*id = c->objection->id;
		break;
	default:
		*at = c->action->created_at;
		*seq = c->action->seq;
		*id = c->action->id;
	}
}

/*
 * Order captures as they were taken: by the counter every capture gets
 * (migration 9), else (captures taken before it) by time, kind and id.
 */
static int
capture_cmp(const void *pa, const void *pb)
{
	const struct view_capture *a = pa, *b = pb;
	const char *ta, *tb;
	long sa, sb, ia, ib;
	int c;

	capture_key(a, &ta, &sa, &ia);
	capture_key(b, &tb, &sb, &ib);
	if (sa != 0 && sb != 0)
		return sa < sb ? -1 : sa > sb;
	if ((c = strcmp(ta, tb)) != 0)
		return c;
	if (a->kind != b->kind)
		return (int)a->kind - (int)b->kind;
	return ia < ib ? -1 : ia > ib;
}

/* The captures of an item in the order they were taken. */
void
view_captures(const struct meeting_view *v, long item_id,
    struct view_captures *out)
{
	size_t i;

	memset(out, 0, sizeof *out);
	for (i = 0; i < v->entries.n; i++) {
		if (item_id == 0 || v->entries.v[i].item_id == item_id)
			add_capture(out, CAPTURE_ENTRY, &v->entries.v[i], NULL,
			    NULL);
	}
	for (i = 0; i < v->objections.n; i++) {
		const struct objection *o = &v->objections.v[i];

		if (item_id == 0 || o->item_id == item_id)
			add_capture(out, CAPTURE_OBJECTION, NULL, o,
			    view_action(v, o->action_id));
	}
	/* An action from a statement is listed with the statement. */
	for (i = 0; i < v->actions.n; i++) {
		const struct action *a = &v->actions.v[i];

		if ((item_id == 0 || a->item_id == item_id) &&
		    !view_action_from_statement(v, a->id))
			add_capture(out, CAPTURE_ACTION, NULL, NULL, a);
	}
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, capture_cmp);
}

/* Free a list of captures (the captures themselves are the view's). */
void
view_captures_fini(struct view_captures *c)
{
	free(c->v);
	memset(c, 0, sizeof *c);
}
