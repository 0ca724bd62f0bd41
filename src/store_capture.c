/* store_capture.c: editing and deleting notes and statements, kept in capture_event. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Record one change to a note or a statement. */
int
store_capture_event(struct store *st, enum store_capture of, long id,
    time_t now, const char *what, const char *field, const char *old,
    const char *new_value, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, of == CAPTURE_OF_ENTRY ?
	    "INSERT INTO capture_event (meeting_id, entry_id, at, what, field,"
	    " old, new) SELECT meeting_id, id, ?2, ?3, ?4, ?5, ?6 FROM entry"
	    " WHERE id = ?1" :
	    "INSERT INTO capture_event (meeting_id, objection_id, at, what,"
	    " field, old, new) SELECT meeting_id, id, ?2, ?3, ?4, ?5, ?6"
	    " FROM objection WHERE id = ?1", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	store_bind_time(stmt, 2, now);
	sqlite3_bind_text(stmt, 3, what, -1, SQLITE_STATIC);
	store_bind_text(stmt, 4, field);
	store_bind_text(stmt, 5, old);
	store_bind_text(stmt, 6, new_value);
	return store_step_done(st, stmt, cause);
}

/* Read one text column of a capture that is not deleted; caller frees. */
static int
read_text(struct store *st, const char *sql, long id, char **out,
    char **cause)
{
	int rc = store_text_by_id(st, sql, id, out, cause);

	if (rc == 0)
		store_fail(st, EX_NOINPUT, cause, "nothing captured has id %ld",
		    id);
	return rc == 1 ? 0 : -1;
}

/*
 * Set one column (sql does) of a capture when it changes, and record it:
 * *event is then the history line's id, else 0. event may be NULL.
 */
static int
set_text(struct store *st, enum store_capture of, long id, const char *sql,
    const char *field, const char *old, const char *value, time_t now,
    long *event, char **cause)
{
	sqlite3_stmt *stmt;

	if (event != NULL)
		*event = 0;
	if (strcmp(old != NULL ? old : "", value != NULL ? value : "") == 0)
		return 0;
	if (store_prepare(st, &stmt, sql, cause) != 0)
		return -1;
	store_bind_text(stmt, 1, value);
	sqlite3_bind_int64(stmt, 2, id);
	if (store_step_done(st, stmt, cause) != 0 ||
	    store_capture_event(st, of, id, now, "edited", field, old, value,
	    cause) != 0)
		return -1;
	if (event != NULL)
		*event = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Change the text of a note, decision, parked topic or private note. */
int
store_entry_edit(struct store *st, long id, const char *text, time_t now,
    long *event, char **cause)
{
	char *old = NULL;
	int rc;

	if (util_blank(text))
		return store_fail(st, EX_DATAERR, cause, "the text is empty: "
		    "delete it instead");
	if (store_begin(st, cause) != 0)
		return -1;
	rc = read_text(st, "SELECT text FROM entry WHERE id = ?"
	    " AND deleted_at IS NULL", id, &old, cause);
	if (rc == 0)
		rc = set_text(st, CAPTURE_OF_ENTRY, id, "UPDATE entry SET"
		    " text = ? WHERE id = ?", "text", old, text, now, event,
		    cause);
	free(old);
	return store_finish(st, rc, cause);
}

/*
 * Take back one edit of an entry (undo): the text it had before that
 * edit comes back, if the edit's text is still there. The text never
 * leaves the store, so a private note is undone without being read.
 */
int
store_entry_revert(struct store *st, long id, long event, time_t now,
    char **cause)
{
	char *now_text = NULL, *before = NULL, *after = NULL;
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = read_text(st, "SELECT text FROM entry WHERE id = ?"
	    " AND deleted_at IS NULL", id, &now_text, cause);
	if (rc == 0)
		rc = read_text(st, "SELECT old FROM capture_event WHERE id = ?",
		    event, &before, cause);
	if (rc == 0)
		rc = read_text(st, "SELECT new FROM capture_event WHERE id = ?",
		    event, &after, cause);
	if (rc == 0 && now_text == NULL)
		rc = store_damaged(st, cause, "entry.text", id);
	if (rc == 0 && strcmp(now_text, after != NULL ? after : "") != 0)
		rc = store_fail(st, EX_DATAERR, cause, "it was changed again "
		    "since");
	if (rc == 0)
		rc = set_text(st, CAPTURE_OF_ENTRY, id, "UPDATE entry SET"
		    " text = ? WHERE id = ?", "text", now_text, before, now, NULL,
		    cause);
	free(now_text);
	free(before);
	free(after);
	return store_finish(st, rc, cause);
}

/* Mark a capture deleted or bring it back (sql does), and record it. */
static int
mark_deleted(struct store *st, enum store_capture of, long id, int deleted,
    const char *sql, time_t now, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, sql, cause) != 0)
		return -1;
	if (deleted)
		store_bind_time(stmt, 1, now);
	else
		sqlite3_bind_null(stmt, 1);
	sqlite3_bind_int64(stmt, 2, id);
	sqlite3_bind_int(stmt, 3, deleted);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	if (sqlite3_changes(st->db) == 0)
		return store_fail(st, EX_NOINPUT, cause, deleted ? "nothing "
		    "captured has id %ld" : "%ld was not deleted", id);
	return store_capture_event(st, of, id, now, deleted ? "deleted" :
	    "restored", NULL, NULL, NULL, cause);
}

/* Delete a note, decision, parked topic or private note, or bring it back. */
int
store_entry_delete(struct store *st, long id, int deleted, time_t now,
    char **cause)
{
	if (store_begin(st, cause) != 0)
		return -1;
	return store_finish(st, mark_deleted(st, CAPTURE_OF_ENTRY, id, deleted,
	    "UPDATE entry SET deleted_at = ? WHERE id = ?"
	    " AND (deleted_at IS NULL) = ?", now, cause), cause);
}

/* Change a parroted statement: its words, the question, the answer. */
int
store_objection_edit(struct store *st, long id, const char *statement,
    const char *question, const char *answer, time_t now, char **cause)
{
	char *old_s = NULL, *old_q = NULL, *old_a = NULL;
	int rc;

	if (util_blank(statement))
		return store_fail(st, EX_DATAERR, cause, "the statement is "
		    "empty: delete it instead");
	if (store_begin(st, cause) != 0)
		return -1;
	rc = read_text(st, "SELECT statement FROM objection WHERE id = ?"
	    " AND deleted_at IS NULL", id, &old_s, cause);
	if (rc == 0)
		rc = read_text(st, "SELECT question FROM objection WHERE id = ?",
		    id, &old_q, cause);
	if (rc == 0)
		rc = read_text(st, "SELECT answer FROM objection WHERE id = ?",
		    id, &old_a, cause);
	if (rc == 0)
		rc = set_text(st, CAPTURE_OF_OBJECTION, id, "UPDATE objection"
		    " SET statement = ? WHERE id = ?", "statement", old_s,
		    statement, now, NULL, cause);
	if (rc == 0)
		rc = set_text(st, CAPTURE_OF_OBJECTION, id, "UPDATE objection"
		    " SET question = ? WHERE id = ?", "question", old_q,
		    question, now, NULL, cause);
	if (rc == 0)
		rc = set_text(st, CAPTURE_OF_OBJECTION, id, "UPDATE objection"
		    " SET answer = ? WHERE id = ?", "answer", old_a, answer, now,
		    NULL, cause);
	free(old_s);
	free(old_q);
	free(old_a);
	return store_finish(st, rc, cause);
}

/*
 * The action items a statement led to go with it: deleted with it, and
 * brought back with it, those alone (one deleted on its own before stays
 * deleted). Their history says which: a deletion with the statement has
 * "statement" for its old value.
 */
static int
mark_actions(struct store *st, long objection_id, int deleted, time_t now,
    char **cause)
{
	sqlite3_stmt *stmt;
	char at[20];
	int rc, step = SQLITE_DONE;

	clock_iso(now, at);
	/* Restored: those whose last word is a deletion with the statement. */
	rc = store_prepare(st, &stmt, deleted ?
	    "UPDATE action SET deleted_at = ?2 WHERE objection_id = ?1"
	    " AND deleted_at IS NULL RETURNING id, meeting_id" :
	    "UPDATE action SET deleted_at = NULL WHERE objection_id = ?1"
	    " AND deleted_at IS NOT NULL AND (SELECT e.old FROM action_event e"
	    " WHERE e.action_id = action.id AND e.what = 'status'"
	    " ORDER BY e.id DESC LIMIT 1) = 'statement'"
	    " RETURNING id, meeting_id", cause);
	if (rc != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, objection_id);
	sqlite3_bind_text(stmt, 2, at, -1, SQLITE_TRANSIENT);
	while (rc == 0 && (step = sqlite3_step(stmt)) == SQLITE_ROW)
		rc = store_action_event(st, sqlite3_column_int64(stmt, 0),
		    sqlite3_column_int64(stmt, 1), now, "status", deleted ?
		    "statement" : "deleted", deleted ? "deleted" : "restored",
		    cause);
	if (rc == 0 && step != SQLITE_DONE)
		rc = store_fail_db(st, cause, "action");
	sqlite3_finalize(stmt);
	return rc;
}

/* Delete a parroted statement with what it led to, or bring both back. */
int
store_objection_delete(struct store *st, long id, int deleted, time_t now,
    char **cause)
{
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	/* Brought back, the actions first: they match the statement's mark. */
	rc = deleted ? 0 : mark_actions(st, id, 0, now, cause);
	if (rc == 0)
		rc = mark_deleted(st, CAPTURE_OF_OBJECTION, id, deleted,
		    "UPDATE objection SET deleted_at = ? WHERE id = ?"
		    " AND (deleted_at IS NULL) = ?", now, cause);
	if (rc == 0 && deleted)
		rc = mark_actions(st, id, 1, now, cause);
	return store_finish(st, rc, cause);
}
