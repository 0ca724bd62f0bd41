/*
 * export_json.c: a meeting's minutes as JSON for scripts, the same data as
 * the Markdown minutes. man/parley-minutes.schema.json describes it.
 */
#include <stdio.h>

#include "export.h"
#include "export_kind.h"
#include "json.h"
#include "util.h"

/* Why an item is listed as missed, or NULL. */
static const char *
missed_name(enum view_missed m)
{
	switch (m) {
	case MISSED_NOT_COVERED:
		return "not covered";
	case MISSED_OVER_TIME:
		return "over time";
	default:
		return NULL;
	}
}

/* A side as a word, or null for none. */
static void
kv_side(struct json *j, const char *key, enum side side)
{
	json_kv_string(j, key, side != SIDE_NONE ? export_side(side) : NULL);
}

/* A time as stored, or null for 0. */
static void
kv_time(struct json *j, const char *key, time_t t)
{
	char iso[20];

	json_key(j, key);
	if (t == 0) {
		json_null(j);
		return;
	}
	clock_iso(t, iso);
	json_string(j, iso);
}

/* "meeting": what it was, when, and how long it took. */
static void
write_meeting(struct json *j, const struct meeting_view *v)
{
	const struct meeting *m = v->m;

	json_key(j, "meeting");
	json_object_begin(j);
	json_kv_int(j, "id", m->id);
	json_kv_string(j, "title", m->title);
	kv_time(j, "started_at", m->started_at);
	kv_time(j, "ended_at", m->ended_at);
	json_kv_string(j, "status", m->status == MEETING_LIVE ? "live" :
	    "ended");
	json_kv_int(j, "planned_minutes", m->planned_minutes);
	json_kv_int(j, "elapsed", meeting_total_elapsed(m, v->now));
	json_object_end(j);
}

/* "attendees": the team by side, sales first. */
static void
write_attendees(struct json *j, const struct meeting_view *v)
{
	size_t i;

	json_key(j, "attendees");
	json_array_begin(j);
	for (i = 0; i < v->nattendees; i++) {
		json_object_begin(j);
		json_kv_string(j, "name", v->attendees[i].name);
		kv_side(j, "side", v->attendees[i].side);
		json_object_end(j);
	}
	json_array_end(j);
}

/* A note, decision, parked topic or private note as a capture. */
static void
write_entry_capture(struct json *j, const struct entry *e)
{
	json_kv_string(j, "kind", entry_kind_name(e->kind));
	json_kv_int(j, "id", e->id);
	json_kv_string(j, "at", e->created_at);
	json_kv_string(j, "text", e->text);
	if (e->kind == ENTRY_PRIVATE)
		json_kv_bool(j, "private", 1);
}

/* One capture: its kind, id and time; text for notes (the rest by id). */
static void
write_capture(struct json *j, const struct view_capture *c)
{
	json_object_begin(j);
	switch (c->kind) {
	case CAPTURE_ENTRY:
		write_entry_capture(j, c->entry);
		break;
	case CAPTURE_OBJECTION:
		json_kv_string(j, "kind", "objection");
		json_kv_int(j, "id", c->objection->id);
		json_kv_string(j, "at", c->objection->created_at);
		break;
	case CAPTURE_ACTION:
		json_kv_string(j, "kind", "action");
		json_kv_int(j, "id", c->action->id);
		json_kv_string(j, "at", c->action->created_at);
		break;
	}
	json_object_end(j);
}

/* One agenda item as run, with its captures in the order taken. */
static void
write_item(struct json *j, const struct meeting_view *v, size_t i)
{
	const struct meeting_item *it = &v->m->items[i];
	struct view_captures caps;
	size_t k;

	json_object_begin(j);
	json_kv_int(j, "position", (long)i + 1);
	json_kv_string(j, "kind", agenda_kind_name(it->kind));
	json_kv_string(j, "title", it->title);
	json_kv_int(j, "minutes", it->minutes);
	json_kv_int(j, "elapsed", meeting_item_elapsed(v->m, i, v->now));
	json_kv_string(j, "missed", missed_name(view_item_missed(v, i)));
	json_key(j, "captures");
	json_array_begin(j);
	view_captures(v, it->id, &caps);
	for (k = 0; k < caps.n; k++)
		write_capture(j, &caps.v[k]);
	view_captures_fini(&caps);
	json_array_end(j);
	json_object_end(j);
}

/* "items": the agenda in order. */
static void
write_items(struct json *j, const struct meeting_view *v)
{
	size_t i;

	json_key(j, "items");
	json_array_begin(j);
	for (i = 0; i < v->m->nitems; i++)
		write_item(j, v, i);
	json_array_end(j);
}

/* "objections": parroted statements, what was answered and what came of it. */
static void
write_objections(struct json *j, const struct meeting_view *v)
{
	const struct objection *o;
	size_t i;

	json_key(j, "objections");
	json_array_begin(j);
	for (i = 0; i < v->objections.n; i++) {
		o = &v->objections.v[i];
		json_object_begin(j);
		json_kv_int(j, "id", o->id);
		json_kv_id(j, "item", (long)view_item_number(v, o->item_id));
		kv_side(j, "side", o->side);
		json_kv_string(j, "statement", o->statement);
		json_kv_string(j, "question", o->question);
		json_kv_string(j, "answer", o->answer);
		json_kv_string(j, "outcome",
		    objection_outcome_name(o->outcome));
		json_kv_id(j, "action", o->action_id);
		/* Only a view with private content holds a follow-up. */
		if (o->followup != NULL) {
			json_key(j, "followup");
			json_object_begin(j);
			json_kv_string(j, "text", o->followup);
			json_kv_bool(j, "private", 1);
			json_object_end(j);
		}
		json_object_end(j);
	}
	json_array_end(j);
}

/* The entries of one kind (decisions, parked topics) under key. */
static void
write_entries(struct json *j, const struct meeting_view *v,
    enum entry_kind kind, const char *key)
{
	const struct entry *e;
	size_t i;

	json_key(j, key);
	json_array_begin(j);
	for (i = 0; i < v->entries.n; i++) {
		e = &v->entries.v[i];
		if (e->kind != kind)
			continue;
		json_object_begin(j);
		json_kv_int(j, "id", e->id);
		json_kv_id(j, "item", (long)view_item_number(v, e->item_id));
		json_kv_string(j, "text", e->text);
		json_object_end(j);
	}
	json_array_end(j);
}

/*
 * "parking_before": the parking lot carried into the meeting, with when
 * each was parked and, for those closed in it, when.
 */
static void
write_parking_before(struct json *j, const struct meeting_view *v)
{
	const struct entry *e;
	size_t i;

	json_key(j, "parking_before");
	json_array_begin(j);
	for (i = 0; i < v->parking_before.n; i++) {
		e = &v->parking_before.v[i];
		json_object_begin(j);
		json_kv_int(j, "id", e->id);
		json_kv_id(j, "meeting", e->meeting_id);
		json_kv_string(j, "text", e->text);
		json_kv_string(j, "parked_at", e->created_at);
		json_kv_string(j, "closed_at", e->closed_at[0] != '\0' ?
		    e->closed_at : NULL);
		json_object_end(j);
	}
	json_array_end(j);
}

/* "actions" made here, and "reviewed": made before, with the review. */
static void
write_actions(struct json *j, const struct meeting_view *v)
{
	size_t i;

	json_key(j, "actions");
	json_array_begin(j);
	for (i = 0; i < v->actions.n; i++)
		action_json(j, &v->actions.v[i]);
	json_array_end(j);
	json_key(j, "reviewed");
	json_array_begin(j);
	for (i = 0; i < v->reviewed.n; i++) {
		json_object_begin(j);
		action_json_fields(j, &v->reviewed.v[i]);
		json_kv_string(j, "review",
		    v->reviewed.v[i].review != REVIEW_NONE ?
		    action_review_name(v->reviewed.v[i].review) : NULL);
		json_object_end(j);
	}
	json_array_end(j);
}

/* "not_covered": the items skipped or run over their timebox. */
static void
write_not_covered(struct json *j, const struct meeting_view *v)
{
	enum view_missed missed;
	size_t i;

	json_key(j, "not_covered");
	json_array_begin(j);
	for (i = 0; i < v->m->nitems; i++) {
		if ((missed = view_item_missed(v, i)) == MISSED_NO)
			continue;
		json_object_begin(j);
		json_kv_int(j, "position", (long)i + 1);
		json_kv_string(j, "title", v->m->items[i].title);
		json_kv_string(j, "missed", missed_name(missed));
		json_object_end(j);
	}
	json_array_end(j);
}

/* Each kind's own key (metrics, mql, pulse...), once a kind. */
static void
write_kinds(struct json *j, const struct meeting_view *v)
{
	const struct export_kind *k;
	int done[KIND_COUNT] = { 0 };
	size_t i;

	for (i = 0; i < v->m->nitems; i++) {
		enum item_kind kind = v->m->items[i].kind;

		k = export_kind_get(kind);
		if (k != NULL && k->json != NULL && !done[kind]++)
			k->json(j, v, i);
	}
}

/*
 * The minutes as one JSON object. What is private was left out of the view
 * unless asked for; here it is only marked ("private": true). Sections of
 * features not built yet (metrics, mql, pulse) are absent, not empty.
 */
static int
write_json(FILE *f, const struct meeting_view *v, char **cause)
{
	struct json j;

	(void)cause;
	json_init(&j, f, 3);
	json_object_begin(&j);
	write_meeting(&j, v);
	json_kv_bool(&j, "private", view_private(v));
	write_attendees(&j, v);
	write_items(&j, v);
	write_objections(&j, v);
	write_entries(&j, v, ENTRY_DECISION, "decisions");
	write_entries(&j, v, ENTRY_PARKING, "parking_lot");
	write_parking_before(&j, v);
	write_actions(&j, v);
	write_not_covered(&j, v);
	write_kinds(&j, v);
	json_object_end(&j);
	json_end(&j);
	return 0;
}

const struct export_format export_json = {
	"json", "json", "JSON: the minutes for scripts", write_json
};
