/* store_owner.c: who owns action items, and what they did with their commitments. */
#include <stdlib.h>
#include <string.h>

#include "store_priv.h"
#include "util.h"

/*
 * The meetings counted (?1 the meeting they come before, 0 or unknown: the
 * latest; ?2 how many), each with the end of the meeting after it, which
 * judges its commitments (NULL while that one is in progress).
 */
#define COUNTED_MEETINGS \
	"WITH ranked AS (SELECT id, started_at, ended_at," \
	"  row_number() OVER (ORDER BY started_at, id) AS k FROM meeting)," \
	" upto AS (SELECT coalesce((SELECT k FROM ranked WHERE id = ?1)," \
	"  (SELECT max(k) FROM ranked)) AS k)," \
	" counted AS (SELECT r.id AS made_in, r.started_at AS started_at," \
	"  n.ended_at AS judged_by FROM ranked r JOIN ranked n" \
	"  ON n.k = r.k + 1, upto WHERE r.k < upto.k AND r.k >= upto.k - ?2) "

/* Read which meetings are counted: how many, the first and the last. */
static int
read_window(struct store *st, const struct owner_filter *f,
    struct owner_list *out, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, &stmt, COUNTED_MEETINGS "SELECT count(*),"
	    " (SELECT made_in FROM counted ORDER BY started_at, made_in"
	    "  LIMIT 1), substr(min(started_at), 1, 10),"
	    " (SELECT made_in FROM counted ORDER BY started_at DESC,"
	    "  made_in DESC LIMIT 1), substr(max(started_at), 1, 10)"
	    " FROM counted", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, f->before_meeting);
	sqlite3_bind_int(stmt, 2, f->nmeetings);
	store_row_init(&r, st, stmt, cause);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		out->nmeetings = sqlite3_column_int(stmt, 0);
		out->first_meeting = (long)sqlite3_column_int64(stmt, 1);
		store_row_day(&r, 2, "meeting.started_at", out->first_meeting,
		    out->first_date);
		out->last_meeting = (long)sqlite3_column_int64(stmt, 3);
		store_row_day(&r, 4, "meeting.started_at", out->last_meeting,
		    out->last_date);
	} else
		store_fail_db(st, cause, "owners");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW && !r.bad ? 0 : -1;
}

/* Read one owner's row; -1 when their name or side is damaged. */
static int
read_owner(struct store_row *r, struct owner *o)
{
	sqlite3_stmt *stmt = r->stmt;
	long person = (long)sqlite3_column_int64(stmt, 7);

	memset(o, 0, sizeof *o);
	/* Nobody's items, or those of an owner id that names no person. */
	if (sqlite3_column_type(stmt, 7) != SQLITE_NULL)
		o->name = store_row_text(r, 0, "person.name", person);
	o->side = store_row_side(r, 1, "person.side", person);
	o->open = sqlite3_column_int(stmt, 2);
	o->overdue = sqlite3_column_int(stmt, 3);
	o->done = sqlite3_column_int(stmt, 4);
	o->made = sqlite3_column_int(stmt, 5);
	o->made_done = sqlite3_column_int(stmt, 6);
	return r->bad ? -1 : 0;
}

/* Each owner's figures, from the actions the WHERE clause W keeps. */
#define OWNER_ROWS(W) \
	COUNTED_MEETINGS "SELECT p.name, p.side," \
	" sum(a.status = 'open')," \
	" sum(a.status = 'open' AND a.due < ?3)," \
	" sum(a.status = 'done')," \
	" count(c.made_in)," \
	/* Done, and before the next meeting ended (any time while it runs). */ \
	" sum(c.made_in IS NOT NULL AND a.status = 'done'" \
	"  AND (c.judged_by IS NULL OR a.closed_at <= c.judged_by))," \
	" p.id" \
	" FROM action a LEFT JOIN person p ON p.id = a.owner_id" \
	" LEFT JOIN counted c ON c.made_in = a.meeting_id" \
	" WHERE a.deleted_at IS NULL" W " GROUP BY a.owner_id" \
	" ORDER BY p.name IS NULL, p.name COLLATE NOCASE"

/*
 * Every action, or (made_only) those of the counted meetings alone, read
 * through the meeting's index: what the review needs costs what those
 * meetings made, not what years of history hold.
 */
static const char *const owner_queries[] = {
	OWNER_ROWS(""),
	OWNER_ROWS(" AND a.meeting_id IN (SELECT made_in FROM counted)"),
};

/* Read every owner's figures. */
static int
read_owners(struct store *st, const struct owner_filter *f,
    struct owner_list *out, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	if (store_prepare(st, &stmt, owner_queries[f->made_only != 0],
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, f->before_meeting);
	sqlite3_bind_int(stmt, 2, f->nmeetings);
	store_bind_text(stmt, 3, f->today);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		read_owner(&r, &out->v[out->n++]);
	}
	return store_row_end(&r, rc, "owners");
}

/* Every owner's figures and the meetings they count, in one snapshot. */
int
store_owners(struct store *st, const struct owner_filter *f,
    struct owner_list *out, char **cause)
{
	/* Within a view's snapshot already, that one serves. */
	int own = sqlite3_get_autocommit(st->db), rc;

	memset(out, 0, sizeof *out);
	if (own && store_snapshot_begin(st, cause) != 0)
		return -1;
	rc = read_window(st, f, out, cause);
	if (rc == 0)
		rc = read_owners(st, f, out, cause);
	if (own)
		store_snapshot_end(st);
	if (rc != 0)
		owner_list_fini(out);
	return rc;
}
