/* store_meeting.c: meetings, their items, clocks, team and room question. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Find or create a person by name; a known side is recorded. */
int
store_person_id(struct store *st, const char *name, enum side side, long *id,
    char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, &stmt, "INSERT INTO person (name, side) VALUES (?1, ?2)"
	    " ON CONFLICT (name) DO UPDATE SET side = coalesce(?2, side)"
	    " RETURNING id", cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, name, -1, SQLITE_TRANSIENT);
	store_bind_text(stmt, 2, agenda_side_name(side));
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*id = (long)sqlite3_column_int64(stmt, 0);
	else
		store_fail_db(st, cause, "person");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Insert the meeting row itself. */
static int
insert_meeting(struct store *st, const struct agenda *a, const char *text,
    const char *path, time_t now, long *id, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "INSERT INTO meeting (title, agenda_path,"
	    " agenda_text, started_at, planned_minutes, current_pos,"
	    " clock_started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
	    cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, a->title, -1, SQLITE_TRANSIENT);
	store_bind_text(stmt, 2, path);
	sqlite3_bind_text(stmt, 3, text, -1, SQLITE_TRANSIENT);
	store_bind_time(stmt, 4, now);
	sqlite3_bind_int(stmt, 5, a->minutes);
	sqlite3_bind_int64(stmt, 6, (sqlite3_int64)now);
	sqlite3_bind_int64(stmt, 7, (sqlite3_int64)now);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Insert the agenda's items and team for meeting id. */
static int
insert_items_and_team(struct store *st, const struct agenda *a, long id,
    char **cause)
{
	sqlite3_stmt *stmt;
	long pid;
	size_t i;

	for (i = 0; i < a->nitems; i++) {
		if (store_prepare(st, &stmt, "INSERT INTO item (meeting_id, pos, kind,"
		    " title, minutes) VALUES (?, ?, ?, ?, ?)", cause) != 0)
			return -1;
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int(stmt, 2, (int)i);
		sqlite3_bind_text(stmt, 3, agenda_kind_name(a->items[i].kind),
		    -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 4, a->items[i].title, -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_int(stmt, 5, a->items[i].minutes);
		if (store_step_done(st, stmt, cause) != 0)
			return -1;
	}
	for (i = 0; i < a->nteam; i++) {
		if (store_person_id(st, a->team[i].name, a->team[i].side, &pid,
		    cause) != 0 || store_prepare(st, &stmt, "INSERT OR IGNORE INTO"
		    " attendee (meeting_id, person_id, side) VALUES (?, ?, ?)",
		    cause) != 0)
			return -1;
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, pid);
		store_bind_text(stmt, 3, agenda_side_name(a->team[i].side));
		if (store_step_done(st, stmt, cause) != 0)
			return -1;
	}
	return 0;
}

/* Create a meeting from an agenda, unless one is in progress. */
int
store_meeting_create(struct store *st, const struct agenda *a,
    const char *agenda_text, const char *agenda_path, time_t now, long *id,
    char **cause)
{
	int rc, live;

	if (store_begin(st, cause) != 0)
		return -1;
	live = store_meeting_live(st, id, cause);
	if (live != 0) {
		store_finish(st, -1, cause);
		return live;
	}
	rc = insert_meeting(st, a, agenda_text, agenda_path, now, id, cause);
	if (rc == 0)
		rc = insert_items_and_team(st, a, *id, cause);
	/* The agenda's MQL criteria are version 1 when there is none. */
	if (rc == 0)
		rc = store_mql_seed(st, a, *id, now, cause);
	return store_finish(st, rc, cause);
}


/* The meeting in progress. */
int
store_meeting_live(struct store *st, long *id, char **cause)
{
	return store_query_id(st, "SELECT id FROM meeting WHERE status = 'live'", id,
	    cause);
}

/* The last meeting started. */
int
store_meeting_last(struct store *st, long *id, char **cause)
{
	return store_query_id(st, "SELECT id FROM meeting ORDER BY started_at DESC,"
	    " id DESC LIMIT 1", id, cause);
}

/*
 * How many things were captured under an item (SQL, for item rows). A
 * private note is not counted: the count marks an item covered on shared
 * screens and in shared minutes, which must not learn that one exists.
 * A version of the MQL definition proposed in the meeting counts for its
 * definition item (an agenda has one at most).
 */
#define ITEM_CAPTURES \
	" (SELECT count(*) FROM entry e WHERE e.item_id = item.id" \
	"   AND e.deleted_at IS NULL AND e.kind <> 'private')" \
	" + (SELECT count(*) FROM action a WHERE a.item_id = item.id" \
	"   AND a.deleted_at IS NULL)" \
	" + (SELECT count(*) FROM objection o WHERE o.item_id = item.id" \
	"   AND o.deleted_at IS NULL)" \
	" + (SELECT count(*) FROM prospect_objection p" \
	"   WHERE p.item_id = item.id AND p.deleted_at IS NULL)" \
	" + (SELECT count(*) FROM mql_version v WHERE item.kind = 'definition'" \
	"   AND v.meeting_id = item.meeting_id AND v.origin = 'proposed')"

/* Count again what each item of m holds. */
int
store_item_captures(struct store *st, struct meeting *m, char **cause)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc = 0;

	if (store_prepare(st, &stmt, "SELECT" ITEM_CAPTURES " FROM item"
	    " WHERE id = ?", cause) != 0)
		return -1;
	for (i = 0; rc == 0 && i < m->nitems; i++) {
		sqlite3_reset(stmt);
		sqlite3_bind_int64(stmt, 1, m->items[i].id);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			m->items[i].captures = sqlite3_column_int(stmt, 0);
		else
			rc = store_fail_db(st, cause, "meeting items");
	}
	sqlite3_finalize(stmt);
	return rc;
}

/* Read one item row into it; -1 when a column is damaged. */
static int
read_item(struct store_row *r, struct meeting_item *it)
{
	const char *kind;

	memset(it, 0, sizeof *it);
	it->id = (long)sqlite3_column_int64(r->stmt, 0);
	it->pos = (int)store_row_int(r, 1, "item.pos", it->id, 0, INT_MAX, 0);
	kind = store_row_word(r, 2, "item.kind", it->id);
	if (kind != NULL && agenda_kind_parse(kind, &it->kind) != 0)
		store_row_bad(r, "item.kind", it->id);
	it->title = store_row_text(r, 3, "item.title", it->id);
	it->minutes = (int)store_row_int(r, 4, "item.minutes", it->id, 1,
	    STORE_MINUTES_MAX, 0);
	it->elapsed = store_row_int(r, 5, "item.elapsed_s", it->id, 0,
	    STORE_TIME_MAX, 0);
	it->captures = sqlite3_column_int(r->stmt, 6);
	return r->bad ? -1 : 0;
}

/* Load the items of meeting m. */
static int
load_items(struct store *st, struct meeting *m, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, &stmt, "SELECT id, pos, kind, title, minutes, elapsed_s,"
	    ITEM_CAPTURES " FROM item WHERE meeting_id = ? ORDER BY pos",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, m->id);
	store_row_init(&r, st, stmt, cause);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		m->items = xreallocarray(m->items, m->nitems + 1,
		    sizeof *m->items);
		/* Counted even when damaged: meeting_free frees its title. */
		if (read_item(&r, &m->items[m->nitems++]) != 0)
			break;
	}
	return store_row_end(&r, rc, "meeting items");
}

/* Read the meeting row (without its items) into a new meeting; -1. */
static int
read_meeting(struct store_row *r, long id, struct meeting **out)
{
	struct meeting *m = xcalloc(1, sizeof *m);
	const char *status;

	m->id = id;
	m->title = store_row_text(r, 0, "meeting.title", id);
	m->agenda_text = store_row_text(r, 1, "meeting.agenda_text", id);
	m->agenda_path = store_col_strdup(r->stmt, 2);
	store_row_time(r, 3, "meeting.started_at", id, 0, &m->started_at,
	    NULL);
	store_row_time(r, 4, "meeting.ended_at", id, 1, &m->ended_at, NULL);
	status = store_row_word(r, 5, "meeting.status", id);
	if (status != NULL && strcmp(status, "live") != 0 &&
	    strcmp(status, "ended") != 0)
		store_row_bad(r, "meeting.status", id);
	m->status = status != NULL && strcmp(status, "live") == 0 ?
	    MEETING_LIVE : MEETING_ENDED;
	m->planned_minutes = (int)store_row_int(r, 6, "meeting.planned_minutes",
	    id, 1, STORE_MINUTES_MAX, 0);
	/* An item past the last one is the first: no damage to stop for. */
	m->current = (int)store_row_int(r, 7, "meeting.current_pos", id,
	    INT_MIN, INT_MAX, 0);
	m->clock_started = (time_t)store_row_int(r, 8,
	    "meeting.clock_started_at", id, STORE_TIME_MIN, STORE_TIME_MAX, 1);
	m->heartbeat = (time_t)store_row_int(r, 9, "meeting.heartbeat_at", id,
	    STORE_TIME_MIN, STORE_TIME_MAX, 1);
	*out = m;
	return r->bad ? -1 : 0;
}

/* Load a meeting with its items. */
int
store_meeting_load(struct store *st, long id, struct meeting **out,
    char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	struct meeting *m = NULL;
	int rc;

	*out = NULL;
	if (store_prepare(st, &stmt, "SELECT title, agenda_text, agenda_path,"
	    " started_at, ended_at, status, planned_minutes, current_pos,"
	    " clock_started_at, heartbeat_at FROM meeting WHERE id = ?",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	store_row_init(&r, st, stmt, cause);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		rc = read_meeting(&r, id, &m);
	else if (rc == SQLITE_DONE)
		rc = store_fail(st, EX_NOINPUT, cause, "no meeting %ld", id);
	else
		rc = store_fail_db(st, cause, "meeting");
	sqlite3_finalize(stmt);
	if (rc == 0)
		rc = load_items(st, m, cause);
	if (rc != 0) {
		meeting_free(m);
		return -1;
	}
	if (m->current < 0 || (size_t)m->current >= m->nitems)
		m->current = 0;
	*out = m;
	return 0;
}

/* Save the current item, the clock and every item's banked time. */
int
store_meeting_save_clock(struct store *st, const struct meeting *m,
    char **cause)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = store_prepare(st, &stmt, "UPDATE meeting SET current_pos = ?,"
	    " clock_started_at = ?, heartbeat_at = ? WHERE id = ?", cause);
	if (rc == 0) {
		sqlite3_bind_int(stmt, 1, m->current);
		if (m->clock_started != 0)
			sqlite3_bind_int64(stmt, 2, m->clock_started);
		else
			sqlite3_bind_null(stmt, 2);
		sqlite3_bind_int64(stmt, 3, m->heartbeat);
		sqlite3_bind_int64(stmt, 4, m->id);
		rc = store_step_done(st, stmt, cause);
	}
	for (i = 0; rc == 0 && i < m->nitems; i++) {
		rc = store_prepare(st, &stmt, "UPDATE item SET elapsed_s = ?"
		    " WHERE id = ?", cause);
		if (rc != 0)
			break;
		sqlite3_bind_int64(stmt, 1, m->items[i].elapsed);
		sqlite3_bind_int64(stmt, 2, m->items[i].id);
		rc = store_step_done(st, stmt, cause);
	}
	return store_finish(st, rc, cause);
}

/* End the meeting at now. */
int
store_meeting_end(struct store *st, long id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "UPDATE meeting SET status = 'ended',"
	    " ended_at = ?, clock_started_at = NULL WHERE id = ?", cause) != 0)
		return -1;
	store_bind_time(stmt, 1, now);
	sqlite3_bind_int64(stmt, 2, id);
	return store_write_one(st, stmt, cause);
}

/* Read one row of the list of meetings into r; -1 when damaged. */
static int
read_meeting_row(struct store_row *row, struct meeting_row *r)
{
	const char *status;

	memset(r, 0, sizeof *r);
	r->id = (long)sqlite3_column_int64(row->stmt, 0);
	store_row_time(row, 1, "meeting.started_at", r->id, 0, NULL,
	    r->started_at);
	r->title = store_row_text(row, 2, "meeting.title", r->id);
	status = store_row_word(row, 3, "meeting.status", r->id);
	if (status != NULL && strcmp(status, "live") != 0 &&
	    strcmp(status, "ended") != 0)
		store_row_bad(row, "meeting.status", r->id);
	r->status = status != NULL && strcmp(status, "live") == 0 ?
	    MEETING_LIVE : MEETING_ENDED;
	r->nactions = sqlite3_column_int(row->stmt, 4);
	return row->bad ? -1 : 0;
}

/* List every meeting, oldest first. */
int
store_meetings(struct store *st, struct meeting_rows *out, char **cause)
{
	struct store_row row;
	sqlite3_stmt *stmt;
	int rc;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, "SELECT m.id, m.started_at, m.title, m.status,"
	    " (SELECT count(*) FROM action a WHERE a.meeting_id = m.id"
	    "  AND a.deleted_at IS NULL)"
	    " FROM meeting m ORDER BY m.started_at, m.id", cause) != 0)
		return -1;
	store_row_init(&row, st, stmt, cause);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		if (read_meeting_row(&row, &out->v[out->n++]) != 0)
			break;
	}
	if (store_row_end(&row, rc, "meetings") == 0)
		return 0;
	meeting_rows_fini(out);
	return -1;
}


/* Free n people and their array. */
static void
free_people(struct agenda_person *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].name);
	free(v);
}

/* The team of a meeting. */
int
store_attendees(struct store *st, long meeting_id, struct agenda_person **out,
    size_t *n, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	*out = NULL;
	*n = 0;
	if (store_prepare(st, &stmt, "SELECT p.name, a.side, p.id, a.rowid"
	    " FROM attendee a JOIN person p ON p.id = a.person_id"
	    " WHERE a.meeting_id = ? ORDER BY a.side DESC, a.rowid",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[*n].name = store_row_text(&r, 0, "person.name",
		    (long)sqlite3_column_int64(stmt, 2));
		(*out)[*n].side = store_row_side(&r, 1, "attendee.side",
		    (long)sqlite3_column_int64(stmt, 3));
		(*n)++;
	}
	if (store_row_end(&r, rc, "attendees") == 0)
		return 0;
	free_people(*out, *n);
	*out = NULL;
	*n = 0;
	return -1;
}

/* Every person Parley knows, by name. */
int
store_people(struct store *st, char ***names, size_t *n, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	*names = NULL;
	*n = 0;
	if (store_prepare(st, &stmt, "SELECT name, id FROM person ORDER BY name",
	    cause) != 0)
		return -1;
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*names = xreallocarray(*names, *n + 1, sizeof **names);
		(*names)[(*n)++] = store_row_text(&r, 0, "person.name",
		    (long)sqlite3_column_int64(stmt, 1));
	}
	if (store_row_end(&r, rc, "people") == 0)
		return 0;
	util_free_strings(*names, *n);
	*names = NULL;
	*n = 0;
	return -1;
}

/* Show a question in the room, or clear it. */
int
store_room_question(struct store *st, long meeting_id, const char *question,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "UPDATE meeting SET room_question = ?"
	    " WHERE id = ?", cause) != 0)
		return -1;
	store_bind_text(stmt, 1, question);
	sqlite3_bind_int64(stmt, 2, meeting_id);
	return store_write_one(st, stmt, cause);
}

/* Show the room the action item the facilitator selected (0: none). */
int
store_room_action(struct store *st, long meeting_id, long action_id,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "UPDATE meeting SET room_action = ?"
	    " WHERE id = ?", cause) != 0)
		return -1;
	store_bind_id(stmt, 1, action_id);
	sqlite3_bind_int64(stmt, 2, meeting_id);
	return store_write_one(st, stmt, cause);
}

/* The action item the room is shown: *id, 0 when none. */
int
store_room_action_get(struct store *st, long meeting_id, long *id,
    char **cause)
{
	char *s = NULL;
	int rc = store_text_by_id(st, "SELECT room_action FROM meeting"
	    " WHERE id = ?", meeting_id, &s, cause);

	*id = s != NULL ? strtol(s, NULL, 10) : 0;
	free(s);
	return rc < 0 ? -1 : 0;
}

/* Read the room's question. */
int
store_room_question_get(struct store *st, long meeting_id, char **out,
    char **cause)
{
	return store_text_by_id(st, "SELECT room_question FROM meeting"
	    " WHERE id = ?", meeting_id, out, cause) < 0 ? -1 : 0;
}

