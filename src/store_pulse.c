/* store_pulse.c: the tension and friction check: a side's rating a meeting. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Record a side's rating of a meeting, replacing one given before. */
int
store_pulse_set(struct store *st, long meeting_id, enum side side,
    int tension, int friction, const char *reason, char **cause)
{
	sqlite3_stmt *stmt;

	if (side != SIDE_SALES && side != SIDE_MARKETING)
		return store_fail(st, EX_DATAERR, cause, "a pulse rating is "
		    "sales' or marketing's");
	if (tension < PULSE_MIN || tension > PULSE_MAX ||
	    friction < PULSE_MIN || friction > PULSE_MAX)
		return store_fail(st, EX_DATAERR, cause, "tension and friction "
		    "are rated from %d to %d", PULSE_MIN, PULSE_MAX);
	if (store_prepare(st, &stmt, "INSERT INTO pulse (meeting_id, side,"
	    " tension, friction, reason) VALUES (?1, ?2, ?3, ?4, ?5)"
	    " ON CONFLICT (meeting_id, side) DO UPDATE SET tension = ?3,"
	    " friction = ?4, reason = ?5", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_text(stmt, 2, agenda_side_name(side), -1, SQLITE_STATIC);
	sqlite3_bind_int(stmt, 3, tension);
	sqlite3_bind_int(stmt, 4, friction);
	store_bind_text(stmt, 5, util_blank(reason) ? NULL : reason);
	return store_write_one(st, stmt, cause);
}

/* The meeting of the history a row belongs to, added when it is new. */
static struct pulse_meeting *
history_meeting(struct store_row *r, struct pulse_view *out)
{
	long id = (long)sqlite3_column_int64(r->stmt, 0);
	struct pulse_meeting *m;

	if (out->n > 0 && out->v[out->n - 1].meeting_id == id)
		return &out->v[out->n - 1];
	out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
	m = &out->v[out->n++];
	memset(m, 0, sizeof *m);
	m->meeting_id = id;
	store_row_day(r, 1, "meeting.started_at", id, m->date);
	return m;
}

/* Read one row of the history: a meeting, and a side's rating if any. */
static void
read_row(struct store_row *r, struct pulse_view *out)
{
	struct pulse_meeting *m = history_meeting(r, out);
	long row = (long)sqlite3_column_int64(r->stmt, 6);
	struct pulse_rating *p;
	enum side side;
	int i;

	/* A meeting no side rated. */
	if (sqlite3_column_type(r->stmt, 6) == SQLITE_NULL)
		return;
	side = store_row_side(r, 2, "pulse.side", row);
	if ((i = pulse_side_index(side)) < 0) {
		store_row_bad(r, "pulse.side", row);
		return;
	}
	p = &m->side[i];
	p->value[PULSE_TENSION] = (int)store_row_int(r, 3, "pulse.tension",
	    row, PULSE_MIN, PULSE_MAX, 0);
	p->value[PULSE_FRICTION] = (int)store_row_int(r, 4, "pulse.friction",
	    row, PULSE_MIN, PULSE_MAX, 0);
	free(p->reason);
	p->reason = store_col_strdup(r->stmt, 5);
}

/*
 * The pulse of a meeting: the last meetings before it that rated (at most
 * PULSE_HISTORY - 1), then the meeting itself, each with its sides'
 * ratings. "Before" is by start, then id, so two meetings started in the
 * same second still come in one order.
 */
int
store_pulse_history(struct store *st, long meeting_id, struct pulse_view *out,
    char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, "WITH this AS (SELECT id, started_at"
	    "  FROM meeting WHERE id = ?1),"
	    " earlier AS (SELECT m.id, m.started_at FROM meeting m, this"
	    "  WHERE (m.started_at, m.id) < (this.started_at, this.id)"
	    "  AND EXISTS (SELECT 1 FROM pulse p WHERE p.meeting_id = m.id)"
	    "  ORDER BY m.started_at DESC, m.id DESC LIMIT ?2),"
	    " shown AS (SELECT * FROM earlier UNION ALL SELECT * FROM this)"
	    " SELECT s.id, substr(s.started_at, 1, 10), p.side, p.tension,"
	    "  p.friction, p.reason, p.rowid FROM shown s"
	    " LEFT JOIN pulse p ON p.meeting_id = s.id"
	    " ORDER BY s.started_at, s.id, p.side DESC", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int(stmt, 2, PULSE_HISTORY - 1);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		read_row(&r, out);
	return store_row_end(&r, rc, "pulse");
}
