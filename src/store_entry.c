/* store_entry.c: notes, decisions, parked topics and private notes. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Add a note, decision, parking-lot topic or private note. */
int
store_entry_add(struct store *st, long meeting_id, long item_id,
    enum entry_kind kind, const char *text, time_t now, long *id,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "INSERT INTO entry (meeting_id, item_id, kind,"
	    " text, created_at) VALUES (?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	store_bind_id(stmt, 2, item_id);
	sqlite3_bind_text(stmt, 3, entry_kind_name(kind), -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, text, -1, SQLITE_TRANSIENT);
	store_bind_time(stmt, 5, now);
	if (store_write_one(st, stmt, cause) != 0)
		return -1;
	if (id != NULL)
		*id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Read one entry row into e; -1 when a column is damaged. */
static int
read_entry(struct store_row *r, struct entry *e)
{
	const char *kind;

	memset(e, 0, sizeof *e);
	e->id = (long)sqlite3_column_int64(r->stmt, 0);
	e->meeting_id = (long)sqlite3_column_int64(r->stmt, 1);
	e->item_id = (long)sqlite3_column_int64(r->stmt, 2);
	kind = store_row_word(r, 3, "entry.kind", e->id);
	if (kind != NULL && entry_kind_parse(kind, &e->kind) != 0)
		store_row_bad(r, "entry.kind", e->id);
	/* A private note's text withheld is NULL; any other is there. */
	if (sqlite3_column_int(r->stmt, 7))
		e->text = NULL;
	else
		e->text = store_row_text(r, 4, "entry.text", e->id);
	store_row_time(r, 5, "entry.created_at", e->id, 0, NULL, e->created_at);
	e->seq = store_row_int(r, 6, "entry.seq", e->id, 0, LONG_MAX, 1);
	return r->bad ? -1 : 0;
}

/*
 * Read entry rows (id, meeting, item, kind, text, created_at, seq, and
 * whether the text is withheld). All or none: a damaged row fails all.
 */
static int
read_entries(struct store *st, sqlite3_stmt *stmt, struct entry_list *out,
    char **cause)
{
	struct store_row r;
	int rc = SQLITE_OK;

	memset(out, 0, sizeof *out);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		read_entry(&r, &out->v[out->n++]);
	}
	if (store_row_end(&r, rc, "entries") == 0)
		return 0;
	entry_list_fini(out);
	return -1;
}

/* Entries of one meeting, or of one of its items. */
int
store_entries(struct store *st, long meeting_id, long item_id,
    enum entry_privacy privacy, struct entry_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, "SELECT id, meeting_id, item_id, kind,"
	    " CASE WHEN kind = 'private' AND ?3 <> 1 THEN NULL ELSE text END,"
	    " created_at, seq, kind = 'private' AND ?3 <> 1"
	    " FROM entry WHERE meeting_id = ?1"
	    " AND deleted_at IS NULL"
	    " AND (?2 = 0 OR item_id = ?2) AND (?3 <> 0 OR kind <> 'private')"
	    " AND kind IN ('note', 'decision', 'parking', 'private')"
	    " ORDER BY id", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int64(stmt, 2, item_id);
	sqlite3_bind_int(stmt, 3, (int)privacy);
	return read_entries(st, stmt, out, cause);
}
