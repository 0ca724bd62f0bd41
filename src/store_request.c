/* store_request.c: content requests (Q2) and the actions they become. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Tie the action to the hearing of the objection it answers. */
static int
link_action(struct store *st, long action_id, long hearing_id, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "UPDATE action SET prospect_objection_id"
	    " = ? WHERE id = ?", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, hearing_id);
	sqlite3_bind_int64(stmt, 2, action_id);
	return store_step_done(st, stmt, cause);
}

/* Insert the request row. */
static int
insert_request(struct store *st, const struct request_new *r, long action_id,
    time_t now, long *id, char **cause)
{
	sqlite3_stmt *stmt;
	long person = 0;

	if (!util_blank(r->needed_by) &&
	    store_person_id(st, r->needed_by, SIDE_NONE, &person, cause) != 0)
		return -1;
	if (store_prepare(st, &stmt, "INSERT INTO content_request (meeting_id,"
	    " item_id, action_id, asset, needed_by_id, created_at)"
	    " VALUES (?, ?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, r->meeting_id);
	store_bind_id(stmt, 2, r->item_id);
	sqlite3_bind_int64(stmt, 3, action_id);
	sqlite3_bind_text(stmt, 4, r->asset, -1, SQLITE_TRANSIENT);
	store_bind_id(stmt, 5, person);
	store_bind_time(stmt, 6, now);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* The request, its action and the link to the objection, all or none. */
static int
add_request(struct store *st, const struct request_new *r, time_t now,
    long *id, long *action_id, char **cause)
{
	struct action_new a = { 0 };
	char *name = NULL;
	long hearing = 0;
	int found = 0;

	if (!util_blank(r->objection)) {
		found = store_prospect_find(st, r->objection, &hearing, &name,
		    cause);
		free(name);
		if (found < 0)
			return -1;
		if (found == 0)
			return store_fail(st, EX_DATAERR, cause, "no objection "
			    "was heard as \"%s\": capture it on the objections "
			    "item first, or name none", r->objection);
	}
	a.title = r->asset;
	a.owner = r->owner;
	a.due = r->due;
	a.meeting_id = r->meeting_id;
	a.item_id = r->item_id;
	if (store_insert_action(st, &a, now, action_id, cause) != 0 ||
	    (found && link_action(st, *action_id, hearing, cause) != 0))
		return -1;
	return insert_request(st, r, *action_id, now, id, cause);
}

/* Save a content request and its action together. */
int
store_request_add(struct store *st, const struct request_new *r, time_t now,
    long *id, long *action_id, char **cause)
{
	*id = *action_id = 0;
	if (util_blank(r->asset))
		return store_fail(st, EX_DATAERR, cause, "a content request "
		    "names the asset asked for");
	if (store_begin(st, cause) != 0)
		return -1;
	return store_finish(st, add_request(st, r, now, id, action_id, cause),
	    cause);
}

/* Read one request row into q; -1 when a column is damaged. */
static int
read_request(struct store_row *r, struct request *q)
{
	sqlite3_stmt *stmt = r->stmt;

	memset(q, 0, sizeof *q);
	q->id = (long)sqlite3_column_int64(stmt, 0);
	q->action_id = (long)sqlite3_column_int64(stmt, 1);
	q->asset = store_row_text(r, 2, "content_request.asset", q->id);
	/* Whom it is for and what it answers, when those rows are there. */
	if (sqlite3_column_type(stmt, 6) != SQLITE_NULL)
		q->needed_by = store_row_text(r, 3, "person.name",
		    (long)sqlite3_column_int64(stmt, 6));
	if (sqlite3_column_type(stmt, 7) != SQLITE_NULL)
		q->objection = store_row_text(r, 4, "prospect_objection.topic",
		    (long)sqlite3_column_int64(stmt, 7));
	store_row_time(r, 5, "content_request.created_at", q->id, 0, NULL,
	    q->created_at);
	return r->bad ? -1 : 0;
}

/* The requests of a meeting, their actions still there: all, or none. */
int
store_requests(struct store *st, long meeting_id, struct request_list *out,
    char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, "SELECT r.id, r.action_id, r.asset,"
	    " pe.name, p.topic, r.created_at, pe.id, p.id"
	    " FROM content_request r JOIN action a ON a.id = r.action_id"
	    " LEFT JOIN person pe ON pe.id = r.needed_by_id"
	    " LEFT JOIN prospect_objection p ON p.id = a.prospect_objection_id"
	    " WHERE r.meeting_id = ? AND a.deleted_at IS NULL ORDER BY r.id",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		read_request(&r, &out->v[out->n++]);
	}
	return store_row_end(&r, rc, "content requests");
}
