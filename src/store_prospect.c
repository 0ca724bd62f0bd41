/* store_prospect.c: prospect objections heard (Q1) and their tally. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* The meeting's start, the moment a tally's history is taken at. */
#define MEETING_START "(SELECT started_at FROM meeting WHERE id = ?1)"

/* Find the objection text names among those heard. */
int
store_prospect_find(struct store *st, const char *text, long *id,
    char **name, char **cause)
{
	struct prospect_heard_list names = { NULL, 0 };
	struct prospect_heard *h;
	struct store_row r;
	sqlite3_stmt *stmt;
	const char **v = NULL;
	long at;
	int rc = SQLITE_OK;
	size_t i;

	*id = 0;
	*name = NULL;
	/* Every hearing of one objection holds its name as first heard. */
	if (store_prepare(st, &stmt, "SELECT max(id), topic FROM"
	    " prospect_objection WHERE deleted_at IS NULL GROUP BY topic"
	    " ORDER BY min(id)", cause) != 0)
		return -1;
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		names.v = xreallocarray(names.v, names.n + 1, sizeof *names.v);
		h = &names.v[names.n++];
		memset(h, 0, sizeof *h);
		h->id = (long)sqlite3_column_int64(stmt, 0);
		h->name = store_row_text(&r, 1, "prospect_objection.topic",
		    h->id);
	}
	if (store_row_end(&r, rc, "objections heard") != 0) {
		prospect_heard_list_fini(&names);
		return -1;
	}
	v = xcalloc(names.n + 1, sizeof *v);
	for (i = 0; i < names.n; i++)
		v[i] = names.v[i].name;
	at = prospect_find(v, names.n, text);
	if (at >= 0) {
		*id = names.v[at].id;
		*name = xstrdup(names.v[at].name);
	}
	free(v);
	prospect_heard_list_fini(&names);
	return at >= 0;
}

/* Insert one hearing under name. */
static int
insert_hearing(struct store *st, long meeting_id, long item_id,
    const char *name, const char *text, time_t now, long *id, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "INSERT INTO prospect_objection"
	    " (meeting_id, item_id, topic, text, created_at)"
	    " VALUES (?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_bind_id(stmt, 2, item_id);
	sqlite3_bind_text(stmt, 3, name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 4, text, -1, SQLITE_TRANSIENT);
	store_bind_time(stmt, 5, now);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Count an objection heard: again under its name, or as a new one. */
int
store_prospect_hear(struct store *st, long meeting_id, long item_id,
    const char *text, time_t now, long *id, char **name, int *again,
    char **cause)
{
	long before;
	int rc;

	*name = NULL;
	*again = 0;
	if (util_blank(text))
		return store_fail(st, EX_DATAERR, cause, "an objection needs "
		    "words");
	/* Looked up and counted in one transaction: nobody adds between. */
	if (store_begin(st, cause) != 0)
		return -1;
	rc = store_prospect_find(st, text, &before, name, cause);
	if (rc == 0)
		*name = xstrdup(text);
	*again = rc == 1;
	if (rc >= 0)
		rc = insert_hearing(st, meeting_id, item_id, *name, text, now,
		    id, cause);
	if (store_finish(st, rc < 0 ? -1 : 0, cause) != 0) {
		free(*name);
		*name = NULL;
		return -1;
	}
	return 0;
}

/* Take a hearing back, or bring it back. */
int
store_prospect_delete(struct store *st, long id, int deleted, time_t now,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "UPDATE prospect_objection SET"
	    " deleted_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?",
	    cause) != 0)
		return -1;
	if (deleted)
		store_bind_time(stmt, 1, now);
	else
		sqlite3_bind_null(stmt, 1);
	sqlite3_bind_int64(stmt, 2, id);
	sqlite3_bind_int(stmt, 3, deleted != 0);
	if (store_write_one(st, stmt, cause) != 0)
		return -1;
	if (sqlite3_changes(st->db) == 0)
		return store_fail(st, EX_NOINPUT, cause, "no objection heard "
		    "%s as %ld", deleted ? "to take back" : "taken back", id);
	return 0;
}

/*
 * Every hearing up to the meeting, in the order heard: those captured,
 * and the statements parroted under an objections item.
 */
static int
read_heard(struct store *st, long meeting_id, struct prospect_heard_list *out,
    char **cause)
{
	struct prospect_heard *h;
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	if (store_prepare(st, &stmt, "SELECT p.id, 0, p.meeting_id,"
	    " substr(m.started_at, 1, 10), p.topic, p.created_at"
	    " FROM prospect_objection p JOIN meeting m ON m.id = p.meeting_id"
	    " WHERE p.deleted_at IS NULL AND m.started_at <= " MEETING_START
	    " UNION ALL"
	    " SELECT o.id, 1, o.meeting_id, substr(m.started_at, 1, 10),"
	    " o.statement, o.created_at FROM objection o"
	    " JOIN item i ON i.id = o.item_id"
	    " JOIN meeting m ON m.id = o.meeting_id"
	    " WHERE o.deleted_at IS NULL AND i.kind = 'objections'"
	    " AND m.started_at <= " MEETING_START
	    " ORDER BY 6, 2, 1", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		h = &out->v[out->n++];
		memset(h, 0, sizeof *h);
		h->id = (long)sqlite3_column_int64(stmt, 0);
		h->source = sqlite3_column_int(stmt, 1) ? HEARD_PARROTED :
		    HEARD_CAPTURED;
		h->meeting_id = (long)sqlite3_column_int64(stmt, 2);
		store_row_day(&r, 3, "meeting.started_at", h->meeting_id,
		    h->day);
		h->name = store_row_text(&r, 4, h->source == HEARD_PARROTED ?
		    "objection.statement" : "prospect_objection.topic", h->id);
	}
	return store_row_end(&r, rc, "objections heard");
}

/* The ids of the last PROSPECT_WINDOW meetings up to this one. */
static int
read_window(struct store *st, long meeting_id, long *window, size_t *n,
    char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	*n = 0;
	if (store_prepare(st, &stmt, "SELECT id FROM meeting"
	    " WHERE started_at <= " MEETING_START
	    " ORDER BY started_at DESC, id DESC LIMIT ?2", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int(stmt, 2, PROSPECT_WINDOW);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && *n < PROSPECT_WINDOW)
		window[(*n)++] = (long)sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 :
	    store_fail_db(st, cause, "meetings");
}

/*
 * The objections that content requests answer, up to this meeting: a
 * request counts while its action is there and was not dropped. The
 * requests lead (CROSS JOIN keeps the order): left to choose, SQLite
 * would walk the listing's index of every action ever made.
 */
static int
read_requested(struct store *st, long meeting_id, char ***names, size_t *n,
    char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	if (store_prepare(st, &stmt, "SELECT p.topic, p.id FROM content_request r"
	    " CROSS JOIN action a ON a.id = r.action_id"
	    " JOIN prospect_objection p ON p.id = a.prospect_objection_id"
	    " JOIN meeting m ON m.id = r.meeting_id"
	    " WHERE a.deleted_at IS NULL AND a.status <> 'dropped'"
	    " AND m.started_at <= " MEETING_START, cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*names = xreallocarray(*names, *n + 1, sizeof **names);
		(*names)[(*n)++] = store_row_text(&r, 0,
		    "prospect_objection.topic",
		    (long)sqlite3_column_int64(stmt, 1));
	}
	return store_row_end(&r, rc, "content requests");
}

/* A meeting's tally with its history. */
int
store_prospect_tally(struct store *st, long meeting_id,
    struct prospect_tally *out, char **cause)
{
	struct prospect_heard_list heard = { NULL, 0 };
	long window[PROSPECT_WINDOW];
	char **requested = NULL;
	size_t nwindow = 0, nrequested = 0;
	int rc;

	memset(out, 0, sizeof *out);
	rc = read_heard(st, meeting_id, &heard, cause);
	if (rc == 0)
		rc = read_window(st, meeting_id, window, &nwindow, cause);
	if (rc == 0)
		rc = read_requested(st, meeting_id, &requested, &nrequested,
		    cause);
	if (rc == 0)
		prospect_tally_build(out, meeting_id, &heard, window, nwindow,
		    (const char *const *)requested, nrequested);
	prospect_heard_list_fini(&heard);
	util_free_strings(requested, nrequested);
	return rc;
}
