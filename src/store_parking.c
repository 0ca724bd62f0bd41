/*
 * store_parking.c: the parking lot carried forward. A parked topic stays
 * on every following meeting's review until it is closed (entry.closed_at
 * set) or a later meeting's agenda takes it up as a topic (an item of kind
 * topic with the same title, case and surrounding blanks aside).
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/*
 * The topic items of every agenda, read once (not once a parked topic:
 * that was 50 ms at ten years of meetings), with their meeting's start.
 */
#define TOPICS \
    "WITH topics AS MATERIALIZED (SELECT lower(trim(i.title)) AS title," \
    " tm.started_at AS started_at, tm.id AS id FROM item i" \
    " JOIN meeting tm ON tm.id = i.meeting_id WHERE i.kind = 'topic') "

/*
 * The lot as meeting ?1 sees it: topics parked in meetings before it, not
 * closed before it started, not taken up as a topic by a meeting between;
 * with closed_at when it was closed in the meeting's time (or since, while
 * it is live).
 */
static const char lot_sql[] =
    TOPICS
    "SELECT e.id, e.meeting_id, e.item_id, e.text, e.created_at,"
    " CASE WHEN e.closed_at IS NOT NULL AND (m.ended_at IS NULL"
    "  OR e.closed_at <= m.ended_at) THEN e.closed_at END"
    " FROM meeting m JOIN entry e ON e.kind = 'parking'"
    " JOIN meeting pm ON pm.id = e.meeting_id"
    " WHERE m.id = ?1 AND e.deleted_at IS NULL"
    " AND (pm.started_at, pm.id) < (m.started_at, m.id)"
    " AND (e.closed_at IS NULL OR e.closed_at >= m.started_at)"
    " AND NOT EXISTS (SELECT 1 FROM topics t"
    "  WHERE t.title = lower(trim(e.text))"
    "  AND (t.started_at, t.id) > (pm.started_at, pm.id)"
    "  AND (t.started_at, t.id) < (m.started_at, m.id))"
    " ORDER BY pm.started_at, pm.id, e.id";

/* The lot as it stands: every topic still open, whenever parked. */
static const char open_sql[] =
    TOPICS
    "SELECT e.id, e.meeting_id, e.item_id, e.text, e.created_at, NULL"
    " FROM entry e JOIN meeting pm ON pm.id = e.meeting_id"
    " WHERE e.kind = 'parking' AND e.deleted_at IS NULL"
    " AND e.closed_at IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM topics t"
    "  WHERE t.title = lower(trim(e.text))"
    "  AND (t.started_at, t.id) > (pm.started_at, pm.id))"
    " ORDER BY pm.started_at, pm.id, e.id";

/* Read one parked topic into the list; -1 when a column is damaged. */
static int
read_parked(struct store_row *r, struct entry_list *out)
{
	struct entry *e;

	out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
	e = &out->v[out->n++];
	memset(e, 0, sizeof *e);
	e->id = (long)sqlite3_column_int64(r->stmt, 0);
	e->meeting_id = (long)sqlite3_column_int64(r->stmt, 1);
	e->item_id = (long)sqlite3_column_int64(r->stmt, 2);
	e->kind = ENTRY_PARKING;
	e->text = store_row_text(r, 3, "entry.text", e->id);
	store_row_time(r, 4, "entry.created_at", e->id, 0, NULL, e->created_at);
	store_row_time(r, 5, "entry.closed_at", e->id, 1, NULL, e->closed_at);
	return r->bad ? -1 : 0;
}

/* The parking lot carried into a meeting, or as it stands (id 0). */
int
store_parking_lot(struct store *st, long meeting_id, struct entry_list *out,
    char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, meeting_id != 0 ? lot_sql : open_sql,
	    cause) != 0)
		return -1;
	if (meeting_id != 0)
		sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		read_parked(&r, out);
	if (store_row_end(&r, rc, "parking lot") == 0)
		return 0;
	entry_list_fini(out);
	return -1;
}

/* Why a close or a reopen changed nothing: 66 no such topic, 65 as asked. */
static int
unchanged(struct store *st, long id, int closed, char **cause)
{
	char *text = NULL;
	int rc;

	rc = store_text_by_id(st, "SELECT text FROM entry WHERE id = ?"
	    " AND kind = 'parking' AND deleted_at IS NULL", id, &text, cause);
	free(text);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return store_fail(st, EX_NOINPUT, cause, "no parked topic #%ld",
		    id);
	return store_fail(st, EX_DATAERR, cause, "parked topic #%ld is %s",
	    id, closed ? "closed already" : "open: nothing to reopen");
}

/* Close a parked topic (closed 1) or open it again (0). */
int
store_parking_close(struct store *st, long id, int closed, time_t now,
    char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = store_prepare(st, &stmt, "UPDATE entry SET closed_at ="
	    " CASE WHEN ?3 THEN ?2 END WHERE id = ?1 AND kind = 'parking'"
	    " AND deleted_at IS NULL AND (closed_at IS NULL) = ?3", cause);
	if (rc == 0) {
		sqlite3_bind_int64(stmt, 1, id);
		store_bind_time(stmt, 2, now);
		sqlite3_bind_int(stmt, 3, closed != 0);
		rc = store_step_done(st, stmt, cause);
	}
	if (rc == 0 && sqlite3_changes(st->db) == 0)
		rc = unchanged(st, id, closed, cause);
	return store_finish(st, rc, cause);
}
