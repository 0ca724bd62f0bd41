/* store_metrics.c: the lead-source figures of each meeting (table metric). */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* 0 when meeting id exists, else -1 (66). */
static int
meeting_exists(struct store *st, long id, char **cause)
{
	char *title = NULL;
	int rc = store_text_by_id(st, "SELECT title FROM meeting WHERE id = ?",
	    id, &title, cause);

	free(title);
	if (rc == 0)
		return store_fail(st, EX_NOINPUT, cause, "no meeting %ld "
		    "(parley meetings lists them)", id);
	return rc < 0 ? -1 : 0;
}

/* Read one source's figures into m; -1 when a column is damaged. */
static int
read_figures(struct store_row *r, struct metrics_row *m)
{
	long row = (long)sqlite3_column_int64(r->stmt, 9);
	long *counts[] = { &m->leads, &m->mqls, &m->sqls, &m->opportunities,
	    &m->won, &m->lost };
	static const char *const names[] = { "metric.leads", "metric.mqls",
	    "metric.sqls", "metric.opportunities", "metric.won",
	    "metric.lost" };
	size_t i;

	memset(m, 0, sizeof *m);
	m->source = store_row_text(r, 0, "metric.source", row);
	for (i = 0; i < 6; i++)
		*counts[i] = store_row_int(r, 1 + (int)i, names[i], row, 0,
		    METRICS_MAX_COUNT, 0);
	m->revenue = store_row_real(r, 7, "metric.revenue", row, 0,
	    METRICS_MAX_AMOUNT);
	m->cycle_days = store_row_real(r, 8, "metric.cycle_days", row, 0,
	    METRICS_MAX_AMOUNT);
	return r->bad ? -1 : 0;
}

/* The figures of a meeting, in the order they came: all, or none. */
int
store_metrics(struct store *st, long meeting_id, struct metrics_table *out,
    char **cause)
{
	struct metrics_row m;
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	memset(out, 0, sizeof *out);
	/* The rowid keeps the order: a correction updates its row in place. */
	if (store_prepare(st, &stmt, "SELECT source, leads, mqls, sqls,"
	    " opportunities, won, lost, revenue, cycle_days, rowid FROM metric"
	    " WHERE meeting_id = ? ORDER BY rowid", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (read_figures(&r, &m) == 0)
			metrics_table_add(out, &m);
		metrics_row_fini(&m);
	}
	if (store_row_end(&r, rc, "lead-source figures") == 0)
		return 0;
	metrics_table_fini(out);
	return -1;
}

/* Bind a row's figures from parameter 3 on (1 and 2 say which row). */
static void
bind_figures(sqlite3_stmt *stmt, const struct metrics_row *r)
{
	sqlite3_bind_int64(stmt, 3, r->leads);
	sqlite3_bind_int64(stmt, 4, r->mqls);
	sqlite3_bind_int64(stmt, 5, r->sqls);
	sqlite3_bind_int64(stmt, 6, r->opportunities);
	sqlite3_bind_int64(stmt, 7, r->won);
	sqlite3_bind_int64(stmt, 8, r->lost);
	sqlite3_bind_double(stmt, 9, r->revenue);
	sqlite3_bind_double(stmt, 10, r->cycle_days);
}

/* Insert one source's row. */
static int
insert_row(struct store *st, long meeting_id, const struct metrics_row *r,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "INSERT INTO metric (meeting_id, source,"
	    " leads, mqls, sqls, opportunities, won, lost, revenue, cycle_days)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_text(stmt, 2, r->source, -1, SQLITE_TRANSIENT);
	bind_figures(stmt, r);
	return store_step_done(st, stmt, cause);
}

/* Delete every figure of a meeting. */
static int
delete_all(struct store *st, long meeting_id, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "DELETE FROM metric WHERE meeting_id = ?",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	return store_step_done(st, stmt, cause);
}

/* Replace a meeting's figures, all or nothing. */
int
store_metrics_replace(struct store *st, long meeting_id,
    const struct metrics_table *t, size_t *replaced, char **cause)
{
	size_t i;
	int rc;

	*replaced = 0;
	if (store_begin(st, cause) != 0)
		return -1;
	rc = meeting_exists(st, meeting_id, cause);
	if (rc == 0)
		rc = delete_all(st, meeting_id, cause);
	if (rc == 0)
		*replaced = (size_t)sqlite3_changes(st->db);
	for (i = 0; rc == 0 && i < t->n; i++)
		rc = insert_row(st, meeting_id, &t->v[i], cause);
	return store_finish(st, rc, cause);
}

/* Correct the row of r's source in place: 1 done, 0 none, -1. */
static int
update_row(struct store *st, long meeting_id, const struct metrics_row *r,
    char **cause)
{
	sqlite3_stmt *stmt;

	/* The name as typed now: a correction may fix its case too. */
	if (store_prepare(st, &stmt, "UPDATE metric SET source = ?2, leads = ?3,"
	    " mqls = ?4, sqls = ?5, opportunities = ?6, won = ?7, lost = ?8,"
	    " revenue = ?9, cycle_days = ?10"
	    " WHERE meeting_id = ?1 AND source = ?2 COLLATE NOCASE", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_text(stmt, 2, r->source, -1, SQLITE_TRANSIENT);
	bind_figures(stmt, r);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

/* Set one source's figures: a correction, or a new source at the end. */
int
store_metrics_set(struct store *st, long meeting_id,
    const struct metrics_row *r, int *corrected, char **cause)
{
	int rc;

	*corrected = 0;
	if (store_begin(st, cause) != 0)
		return -1;
	rc = meeting_exists(st, meeting_id, cause);
	if (rc == 0 && (rc = update_row(st, meeting_id, r, cause)) == 1) {
		*corrected = 1;
		rc = 0;
	} else if (rc == 0)
		rc = insert_row(st, meeting_id, r, cause);
	return store_finish(st, rc, cause);
}

/* Remove one source's figures. */
int
store_metrics_remove(struct store *st, long meeting_id, const char *source,
    char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = store_prepare(st, &stmt, "DELETE FROM metric WHERE meeting_id = ?"
	    " AND source = ? COLLATE NOCASE", cause);
	if (rc == 0) {
		sqlite3_bind_int64(stmt, 1, meeting_id);
		sqlite3_bind_text(stmt, 2, source, -1, SQLITE_TRANSIENT);
		rc = store_step_done(st, stmt, cause);
	}
	if (rc == 0 && sqlite3_changes(st->db) == 0)
		rc = store_fail(st, EX_NOINPUT, cause, "no figures for a "
		    "source named so in meeting %ld", meeting_id);
	return store_finish(st, rc, cause);
}

/* The meeting before this one, by start time, that has figures. */
int
store_metrics_previous(struct store *st, long meeting_id, long *id,
    char day[11], char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc;

	*id = 0;
	day[0] = '\0';
	if (store_prepare(st, &stmt, "SELECT m.id, substr(m.started_at, 1, 10)"
	    " FROM meeting m, meeting cur WHERE cur.id = ?"
	    " AND (m.started_at < cur.started_at"
	    "  OR (m.started_at = cur.started_at AND m.id < cur.id))"
	    " AND EXISTS (SELECT 1 FROM metric x WHERE x.meeting_id = m.id)"
	    " ORDER BY m.started_at DESC, m.id DESC LIMIT 1", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&r, st, stmt, cause);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*id = (long)sqlite3_column_int64(stmt, 0);
		store_row_day(&r, 1, "meeting.started_at", *id, day);
	} else if (rc != SQLITE_DONE)
		store_fail_db(st, cause, "lead-source figures");
	sqlite3_finalize(stmt);
	if (r.bad)
		return -1;
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/* A meeting's scorecard: its figures and the previous meeting's. */
int
store_metrics_card(struct store *st, long meeting_id, struct metrics_card *c,
    char **cause)
{
	int rc;

	if (store_metrics(st, meeting_id, &c->now, cause) != 0)
		return -1;
	rc = store_metrics_previous(st, meeting_id, &c->before_meeting,
	    c->before_date, cause);
	if (rc == 1)
		rc = store_metrics(st, c->before_meeting, &c->before, cause);
	return rc < 0 ? -1 : 0;
}
