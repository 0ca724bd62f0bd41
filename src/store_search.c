/* store_search.c: full-text search over the index migration 3 keeps. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/*
 * Which rows a search may see: private ones only when ?2 asks. The kinds
 * are checked as well as the flag, so a trigger that forgot the flag
 * would not let a private text out.
 */
#define SEARCH_WHERE \
	" WHERE search MATCH ?1 AND (?2 OR (search.private = 0" \
	" AND search.kind NOT IN ('private', 'followup')))"

/*
 * The hits, best first (FTS5 sorts by rank itself, then the joins add
 * one row each), with the same snippet marked two ways (see search.h).
 * A hit's capture is rowid / 8 and its source rowid % 8; an action made
 * outside a meeting takes its date from the action.
 */
static const char hits_sql[] =
	"SELECT search.rowid, search.rank, search.kind, search.private,"
	" snippet(search, 0, '" SEARCH_MARK_A_OPEN "', '" SEARCH_MARK_A_CLOSE
	"', '\xe2\x80\xa6', 12),"
	" snippet(search, 0, '" SEARCH_MARK_B_OPEN "', '" SEARCH_MARK_B_CLOSE
	"', '\xe2\x80\xa6', 12),"
	" m.id, substr(coalesce(m.started_at, a.created_at), 1, 10),"
	" i.id, i.pos, i.title"
	" FROM search"
	" LEFT JOIN meeting m ON m.id = search.meeting_id"
	" LEFT JOIN item i ON i.id = search.item_id"
	" LEFT JOIN action a ON search.rowid % 8 = 3"
	"  AND a.id = search.rowid / 8"
	SEARCH_WHERE " ORDER BY search.rank LIMIT ?3";

static const char count_sql[] = "SELECT count(*) FROM search" SEARCH_WHERE;

/* Fill one hit from a row of hits_sql; -1 when a column is damaged. */
static int
read_hit(struct store_row *r, struct search_hit *h)
{
	sqlite3_stmt *stmt = r->stmt;
	long long rowid = sqlite3_column_int64(stmt, 0);
	const char *kind;

	memset(h, 0, sizeof *h);
	h->capture_id = (long)(rowid / 8);
	h->rank = sqlite3_column_double(stmt, 1);
	kind = store_row_word(r, 2, "search.kind", (long)rowid);
	if (kind != NULL && search_kind_parse(kind, &h->kind) != 0)
		store_row_bad(r, "search.kind", (long)rowid);
	h->private = sqlite3_column_int(stmt, 3) != 0;
	search_snippet_decode(h, (const char *)sqlite3_column_text(stmt, 4),
	    (const char *)sqlite3_column_text(stmt, 5));
	h->meeting_id = (long)sqlite3_column_int64(stmt, 6);
	/* The meeting's day, or an action's made outside meetings. */
	store_row_day(r, 7, sqlite3_column_type(stmt, 6) != SQLITE_NULL ?
	    "meeting.started_at" : "action.created_at", h->meeting_id != 0 ?
	    h->meeting_id : h->capture_id, h->date);
	h->item_id = (long)sqlite3_column_int64(stmt, 8);
	h->item_pos = h->item_id == 0 ? -1 : (int)store_row_int(r, 9,
	    "item.pos", h->item_id, 0, INT_MAX, 0);
	if (h->item_id != 0)
		h->item_title = store_row_text(r, 10, "item.title", h->item_id);
	return r->bad ? -1 : 0;
}

/* Read the hits. */
static int
read_hits(struct store *st, const char *match, int include_private,
    size_t limit, struct search_result *out, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	if (store_prepare(st, &stmt, hits_sql, cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int(stmt, 2, include_private != 0);
	sqlite3_bind_int64(stmt, 3, (sqlite3_int64)limit);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		read_hit(&r, &out->v[out->n++]);
	}
	return store_row_end(&r, rc, "search");
}

/* Count every hit, past the limit too. */
static int
count_hits(struct store *st, const char *match, int include_private,
    long *total, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, &stmt, count_sql, cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int(stmt, 2, include_private != 0);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*total = (long)sqlite3_column_int64(stmt, 0);
	else
		store_fail_db(st, cause, "search");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : -1;
}

/*
 * Search every meeting's captures: the hits and their number read in one
 * snapshot, the caller's own when it holds one (a screen's).
 */
int
store_search(struct store *st, const char *match, int include_private,
    size_t limit, struct search_result *out, char **cause)
{
	int rc, own = sqlite3_get_autocommit(st->db);

	memset(out, 0, sizeof *out);
	if (match == NULL || *match == '\0' || limit == 0)
		return store_fail(st, EX_USAGE, cause, "nothing to search for");
	if (own && store_snapshot_begin(st, cause) != 0)
		return -1;
	rc = read_hits(st, match, include_private, limit, out, cause);
	if (rc == 0)
		rc = count_hits(st, match, include_private, &out->total, cause);
	if (own)
		store_snapshot_end(st);
	if (rc != 0)
		search_result_fini(out);
	return rc;
}
