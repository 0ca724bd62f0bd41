/* store_objection.c: parroted statements and the private follow-ups. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Insert the objection row. */
static int
insert_objection(struct store *st, struct objection *o, time_t now,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "INSERT INTO objection (meeting_id, item_id,"
	    " side, statement, question, answer, outcome, followup, created_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, o->meeting_id);
	store_bind_id(stmt, 2, o->item_id);
	store_bind_text(stmt, 3, agenda_side_name(o->side));
	sqlite3_bind_text(stmt, 4, o->statement, -1, SQLITE_TRANSIENT);
	store_bind_text(stmt, 5, o->question);
	store_bind_text(stmt, 6, o->answer);
	store_bind_text(stmt, 7, objection_outcome_name(o->outcome));
	store_bind_text(stmt, 8, o->followup);
	store_bind_time(stmt, 9, now);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	o->id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Save a parroted statement, its outcome and its action together. */
int
store_objection_add(struct store *st, struct objection *o,
    const struct action_new *act, time_t now, char **cause)
{
	struct action_new linked;
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = insert_objection(st, o, now, cause);
	o->action_id = 0;
	if (rc == 0 && act != NULL) {
		linked = *act;
		linked.objection_id = o->id;
		rc = store_insert_action(st, &linked, now, &o->action_id, cause);
	}
	return store_finish(st, rc, cause);
}

/* Read one objection row into o; -1 when a column is damaged. */
static int
read_objection(struct store_row *r, struct objection *o)
{
	sqlite3_stmt *stmt = r->stmt;
	const char *s;

	memset(o, 0, sizeof *o);
	o->id = (long)sqlite3_column_int64(stmt, 0);
	o->meeting_id = (long)sqlite3_column_int64(stmt, 1);
	o->item_id = (long)sqlite3_column_int64(stmt, 2);
	o->side = store_row_side(r, 3, "objection.side", o->id);
	o->statement = store_row_text(r, 4, "objection.statement", o->id);
	o->question = store_col_strdup(stmt, 5);
	o->answer = store_col_strdup(stmt, 6);
	s = (const char *)sqlite3_column_text(stmt, 7);
	if (s != NULL && objection_outcome_parse(s, &o->outcome) != 0)
		store_row_bad(r, "objection.outcome", o->id);
	o->followup = store_col_strdup(stmt, 8);
	o->action_id = (long)sqlite3_column_int64(stmt, 9);
	store_row_time(r, 10, "objection.created_at", o->id, 0, NULL,
	    o->created_at);
	o->seq = store_row_int(r, 11, "objection.seq", o->id, 0, LONG_MAX, 1);
	return r->bad ? -1 : 0;
}

/* Read objection rows as selected by the two listings below: all, or none. */
static int
read_objections(struct store *st, sqlite3_stmt *stmt,
    struct objection_list *out, char **cause)
{
	struct store_row r;
	int rc = SQLITE_OK;

	memset(out, 0, sizeof *out);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		read_objection(&r, &out->v[out->n++]);
	}
	if (store_row_end(&r, rc, "objections") == 0)
		return 0;
	objection_list_fini(out);
	return -1;
}

/* The columns read_objections expects; ?9 says whether to read followup. */
#define OBJECTION_COLUMNS \
	"SELECT o.id, o.meeting_id, o.item_id, o.side, o.statement," \
	" o.question, o.answer, o.outcome," \
	" CASE WHEN ?9 THEN o.followup END," \
	" (SELECT min(a.id) FROM action a WHERE a.objection_id = o.id" \
	"  AND a.deleted_at IS NULL)," \
	" o.created_at, o.seq FROM objection o"

/* Objections of a meeting, or of one of its items. */
int
store_objections(struct store *st, long meeting_id, long item_id,
    int include_private, struct objection_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, OBJECTION_COLUMNS " WHERE o.meeting_id = ?1"
	    " AND o.deleted_at IS NULL"
	    " AND (?2 = 0 OR o.item_id = ?2) ORDER BY o.id", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int64(stmt, 2, item_id);
	sqlite3_bind_int(stmt, 9, include_private != 0);
	return read_objections(st, stmt, out, cause);
}

/* Private follow-ups still to raise. */
int
store_followups(struct store *st, struct objection_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, OBJECTION_COLUMNS " WHERE o.outcome ="
	    " 'followup' AND o.followup_done_at IS NULL AND o.deleted_at IS NULL"
	    " ORDER BY o.id",
	    cause) != 0)
		return -1;
	sqlite3_bind_int(stmt, 9, 1);
	return read_objections(st, stmt, out, cause);
}

/* Why follow-up id could not be marked raised: raised already (65), or none. */
static int
followup_missing(struct store *st, long id, char **cause)
{
	long raised = 0;
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, &stmt, "SELECT followup_done_at IS NOT NULL"
	    " FROM objection WHERE id = ? AND outcome = 'followup'"
	    " AND deleted_at IS NULL", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		raised = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW && raised)
		return store_fail(st, EX_DATAERR, cause, "follow-up %ld was "
		    "raised already", id);
	return store_fail(st, EX_NOINPUT, cause, "no follow-up %ld", id);
}

/* Mark a follow-up raised with sales management. */
int
store_followup_done(struct store *st, long id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "UPDATE objection SET followup_done_at = ?"
	    " WHERE id = ? AND outcome = 'followup'"
	    " AND followup_done_at IS NULL", cause) != 0)
		return -1;
	store_bind_time(stmt, 1, now);
	sqlite3_bind_int64(stmt, 2, id);
	if (store_write_one(st, stmt, cause) != 0)
		return -1;
	if (sqlite3_changes(st->db) == 0)
		return followup_missing(st, id, cause);
	return 0;
}


