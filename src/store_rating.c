/* store_rating.c: the meeting's rating, one per attendee, 1 to 10. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Make name an attendee of the meeting if they are not, and rate. */
static int
upsert_rating(struct store *st, long meeting_id, long person, int rating,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "INSERT INTO attendee (meeting_id,"
	    " person_id, side, rating) VALUES (?1, ?2,"
	    " (SELECT side FROM person WHERE id = ?2), ?3)"
	    " ON CONFLICT (meeting_id, person_id) DO UPDATE SET rating = ?3",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int64(stmt, 2, person);
	sqlite3_bind_int(stmt, 3, rating);
	return store_step_done(st, stmt, cause);
}

/* 1 if person attends the meeting already, 0 if not, -1 on failure. */
static int
attends(struct store *st, long meeting_id, long person, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, &stmt, "SELECT 1 FROM attendee"
	    " WHERE meeting_id = ? AND person_id = ?", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int64(stmt, 2, person);
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		store_fail_db(st, cause, "attendee");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* Record name's rating of a meeting, replacing one given before. */
int
store_rating_set(struct store *st, long meeting_id, const char *name,
    int rating, int *new_attendee, char **cause)
{
	long person;
	int rc, known = 1;

	if (util_blank(name))
		return store_fail(st, EX_DATAERR, cause, "a rating needs the "
		    "name of who gives it");
	if (rating < RATING_MIN || rating > RATING_MAX)
		return store_fail(st, EX_DATAERR, cause, "a meeting is rated "
		    "from %d to %d", RATING_MIN, RATING_MAX);
	if (store_begin(st, cause) != 0)
		return -1;
	rc = store_person_id(st, name, SIDE_NONE, &person, cause);
	if (rc == 0 && (known = attends(st, meeting_id, person, cause)) < 0)
		rc = -1;
	if (rc == 0)
		rc = upsert_rating(st, meeting_id, person, rating, cause);
	if (store_finish(st, rc, cause) != 0)
		return -1;
	if (new_attendee != NULL)
		*new_attendee = !known;
	return 0;
}

/* Read the attendees of a meeting and what each gave. */
static int
read_attendees(struct store *st, long meeting_id, struct rating_view *out,
    char **cause)
{
	struct store_row row;
	sqlite3_stmt *stmt;
	struct rating *r;
	long rowid;
	int rc = SQLITE_OK;

	if (store_prepare(st, &stmt, "SELECT p.name, a.side, a.rating, p.id,"
	    " a.rowid FROM attendee a JOIN person p ON p.id = a.person_id"
	    " WHERE a.meeting_id = ? ORDER BY a.side DESC, a.rowid",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&row, st, stmt, cause);
	while (!row.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		r = &out->v[out->n++];
		rowid = (long)sqlite3_column_int64(stmt, 4);
		r->name = store_row_text(&row, 0, "person.name",
		    (long)sqlite3_column_int64(stmt, 3));
		r->side = store_row_side(&row, 1, "attendee.side", rowid);
		r->value = (int)store_row_int(&row, 2, "attendee.rating", rowid,
		    RATING_MIN, RATING_MAX, 1);
	}
	return store_row_end(&row, rc, "ratings");
}

/*
 * The last meetings before this one that were rated (at most
 * RATING_HISTORY - 1), then this one, oldest first, each in sum. A rating
 * out of its range is damage (its row the last column), not a sum that
 * overflows.
 */
static int
read_history(struct store *st, long meeting_id, struct rating_view *out,
    char **cause)
{
	struct rating_meeting *m;
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	if (store_prepare(st, &stmt, "WITH this AS (SELECT id, started_at"
	    "  FROM meeting WHERE id = ?1),"
	    " earlier AS (SELECT m.id, m.started_at FROM meeting m, this"
	    "  WHERE (m.started_at, m.id) < (this.started_at, this.id)"
	    "  AND EXISTS (SELECT 1 FROM attendee a WHERE a.meeting_id = m.id"
	    "   AND a.rating IS NOT NULL)"
	    "  ORDER BY m.started_at DESC, m.id DESC LIMIT ?2),"
	    " shown AS (SELECT * FROM earlier UNION ALL SELECT * FROM this)"
	    " SELECT s.id, substr(s.started_at, 1, 10), count(a.rating),"
	    "  coalesce(sum(CASE WHEN a.rating BETWEEN ?3 AND ?4"
	    "   THEN a.rating END), 0),"
	    "  min(CASE WHEN typeof(a.rating) NOT IN ('null', 'integer')"
	    "   OR a.rating NOT BETWEEN ?3 AND ?4 THEN a.rowid END)"
	    " FROM shown s LEFT JOIN attendee a ON a.meeting_id = s.id"
	    " GROUP BY s.id ORDER BY s.started_at, s.id", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int(stmt, 2, RATING_HISTORY - 1);
	sqlite3_bind_int(stmt, 3, RATING_MIN);
	sqlite3_bind_int(stmt, 4, RATING_MAX);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->history = xreallocarray(out->history, out->nhistory + 1,
		    sizeof *out->history);
		m = &out->history[out->nhistory++];
		m->meeting_id = (long)sqlite3_column_int64(stmt, 0);
		store_row_day(&r, 1, "meeting.started_at", m->meeting_id,
		    m->date);
		m->count = sqlite3_column_int(stmt, 2);
		m->sum = (long)sqlite3_column_int64(stmt, 3);
		if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
			store_row_bad(&r, "attendee.rating",
			    (long)sqlite3_column_int64(stmt, 4));
	}
	return store_row_end(&r, rc, "ratings");
}

/* A meeting's ratings and the trend up to it. */
int
store_ratings(struct store *st, long meeting_id, struct rating_view *out,
    char **cause)
{
	memset(out, 0, sizeof *out);
	if (read_attendees(st, meeting_id, out, cause) != 0 ||
	    read_history(st, meeting_id, out, cause) != 0)
		return -1;
	return 0;
}
