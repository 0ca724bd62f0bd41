/* store_win.c: the olive branch: what each side did well, new customers. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Record a win or a newly won customer under an item. */
int
store_win_add(struct store *st, const struct win *w, long meeting_id,
    time_t now, long *id, char **cause)
{
	sqlite3_stmt *stmt;

	if (util_blank(w->text))
		return store_fail(st, EX_DATAERR, cause, w->kind ==
		    WIN_CUSTOMER ? "a new customer needs a name" :
		    "a win needs words");
	if (store_prepare(st, &stmt, "INSERT INTO entry (meeting_id, item_id,"
	    " kind, side, text, lead_source, created_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_bind_id(stmt, 2, w->item_id);
	sqlite3_bind_text(stmt, 3, win_kind_name(w->kind), -1, SQLITE_STATIC);
	store_bind_text(stmt, 4, agenda_side_name(w->side));
	sqlite3_bind_text(stmt, 5, w->text, -1, SQLITE_TRANSIENT);
	store_bind_text(stmt, 6, w->kind == WIN_CUSTOMER &&
	    !util_blank(w->source) ? w->source : NULL);
	store_bind_time(stmt, 7, now);
	if (store_write_one(st, stmt, cause) != 0)
		return -1;
	if (id != NULL)
		*id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Read one row of wins into the list; -1 when a column is damaged. */
static int
read_win(struct store_row *r, struct win_list *out)
{
	sqlite3_stmt *stmt = r->stmt;
	const char *kind;
	struct win *w;

	out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
	w = &out->v[out->n++];
	memset(w, 0, sizeof *w);
	w->id = (long)sqlite3_column_int64(stmt, 0);
	w->item_id = (long)sqlite3_column_int64(stmt, 1);
	kind = store_row_word(r, 2, "entry.kind", w->id);
	if (kind != NULL && win_kind_parse(kind, &w->kind) != 0)
		store_row_bad(r, "entry.kind", w->id);
	w->side = store_row_side(r, 3, "entry.side", w->id);
	w->text = store_row_text(r, 4, "entry.text", w->id);
	w->source = store_col_strdup(stmt, 5);
	store_row_time(r, 6, "entry.created_at", w->id, 0, NULL, w->created_at);
	return r->bad ? -1 : 0;
}

/* The wins and new customers of a meeting, as they were taken. */
int
store_wins(struct store *st, long meeting_id, struct win_list *out,
    char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, "SELECT id, item_id, kind, side, text,"
	    " lead_source, created_at FROM entry WHERE meeting_id = ?"
	    " AND kind IN ('win', 'customer') AND deleted_at IS NULL"
	    " ORDER BY id", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		read_win(&r, out);
	return store_row_end(&r, rc, "wins");
}

/*
 * The lead sources Parley knows, to offer when a customer is named: the
 * lead-source figures' and the customers' before, once each (case aside).
 */
int
store_lead_sources(struct store *st, char ***names, size_t *n, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	*names = NULL;
	*n = 0;
	if (store_prepare(st, &stmt, "SELECT min(s) FROM (SELECT source AS s"
	    " FROM metric WHERE source IS NOT NULL"
	    " UNION SELECT lead_source FROM entry"
	    " WHERE kind = 'customer' AND lead_source IS NOT NULL"
	    " AND deleted_at IS NULL) GROUP BY lower(s) ORDER BY lower(s)"
	    " LIMIT 50", cause) != 0)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*names = xreallocarray(*names, *n + 1, sizeof **names);
		(*names)[(*n)++] = store_col_strdup(stmt, 0);
	}
	if (rc != SQLITE_DONE)
		store_fail_db(st, cause, "lead sources");
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}
