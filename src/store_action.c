/* store_action.c: action items and their history. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_priv.h"
#include "util.h"

/* Record one change to an action item. */
int
store_action_event(struct store *st, long action_id, long meeting_id, time_t now,
    const char *what, const char *old, const char *new_value, char **cause)
{
	sqlite3_stmt *stmt;

	if (store_prepare(st, &stmt, "INSERT INTO action_event (action_id,"
	    " meeting_id, at, what, old, new) VALUES (?, ?, ?, ?, ?, ?)",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, action_id);
	store_bind_id(stmt, 2, meeting_id);
	store_bind_time(stmt, 3, now);
	sqlite3_bind_text(stmt, 4, what, -1, SQLITE_STATIC);
	store_bind_text(stmt, 5, old);
	store_bind_text(stmt, 6, new_value);
	return store_step_done(st, stmt, cause);
}

/* Insert the action row; the owner is created as a person if new. */
int
store_insert_action(struct store *st, const struct action_new *a, time_t now,
    long *id, char **cause)
{
	sqlite3_stmt *stmt;
	long owner = 0;

	if (a->owner != NULL && *a->owner != '\0' &&
	    store_person_id(st, a->owner, SIDE_NONE, &owner, cause) != 0)
		return -1;
	if (store_prepare(st, &stmt, "INSERT INTO action (title, owner_id, due,"
	    " meeting_id, item_id, created_at, objection_id)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, a->title, -1, SQLITE_TRANSIENT);
	store_bind_id(stmt, 2, owner);
	store_bind_text(stmt, 3, a->due);
	store_bind_id(stmt, 4, a->meeting_id);
	store_bind_id(stmt, 5, a->item_id);
	store_bind_time(stmt, 6, now);
	store_bind_id(stmt, 7, a->objection_id);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return store_action_event(st, *id, a->meeting_id, now, "created", NULL,
	    a->title, cause);
}

/* Add an action item and the first line of its history. */
int
store_action_add(struct store *st, const struct action_new *a, time_t now,
    long *id, char **cause)
{
	if (store_begin(st, cause) != 0)
		return -1;
	return store_finish(st, store_insert_action(st, a, now, id, cause), cause);
}

/*
 * The columns every reading of an action starts with, in read_action_row's
 * order; ?7 is the meeting whose review is asked for (0 for none).
 */
#define ACTION_COLUMNS \
	"a.id, a.title, p.name, p.side, a.due, a.status, a.meeting_id," \
	" a.item_id," \
	/* Carried: the other meetings that kept or escalated it. */ \
	" a.carried," \
	" a.created_at," \
	/* \
	 * What meeting ?7 did to it, when it reviewed it, as "STATUS:KEEP": \
	 * the last status it gave it there, and its last keep or escalation \
	 * there (see action_review_parse). The "+" keeps SQLite on the \
	 * action's own events: by the meeting's, it would read all of a busy \
	 * meeting's events once per action. \
	 */ \
	" CASE WHEN ?7 <> 0 THEN coalesce((SELECT e.new FROM action_event e" \
	"  WHERE e.action_id = a.id AND +e.meeting_id = ?7" \
	"  AND e.what = 'status' ORDER BY e.id DESC LIMIT 1), '') || ':' ||" \
	" coalesce((SELECT e.what FROM action_event e WHERE e.action_id = a.id" \
	"  AND +e.meeting_id = ?7 AND e.what IN ('kept', 'escalated')" \
	"  ORDER BY e.id DESC LIMIT 1), '') END," \
	" (SELECT max(e.at) FROM action_event e WHERE e.action_id = a.id)," \
	" a.closed_at, a.seq, p.id"

/*
 * Report the history line whose time is the damaged one: the listing
 * reads only the latest time (max), so its row is looked up once it fails.
 */
static void
bad_event_time(struct store_row *r, long action_id)
{
	sqlite3_stmt *stmt;
	long row = 0;

	if (store_prepare(r->st, &stmt, "SELECT id FROM action_event"
	    " WHERE action_id = ? ORDER BY at DESC LIMIT 1", r->cause) == 0) {
		sqlite3_bind_int64(stmt, 1, action_id);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			row = (long)sqlite3_column_int64(stmt, 0);
		sqlite3_finalize(stmt);
	}
	store_row_bad(r, "action_event.at", row);
}

/*
 * Read columns 3 to 5 of both readings of an action, its owner's side, its
 * due date and its status, into a; owner is the person's id, for a message.
 */
static void
read_side_due_status(struct store_row *r, struct action *a, long owner)
{
	const char *s;

	a->side = store_row_side(r, 3, "person.side", owner);
	store_row_day(r, 4, "action.due", a->id, a->due);
	s = store_row_word(r, 5, "action.status", a->id);
	if (s != NULL && action_status_parse(s, &a->status) != 0)
		store_row_bad(r, "action.status", a->id);
}

/* Read the ACTION_COLUMNS of the current row into a (zeroed first). */
static int
read_action_row(struct store_row *r, struct action *a)
{
	sqlite3_stmt *stmt = r->stmt;
	long owner = (long)sqlite3_column_int64(stmt, 14);
	const char *s;

	memset(a, 0, sizeof *a);
	a->id = (long)sqlite3_column_int64(stmt, 0);
	a->title = store_row_text(r, 1, "action.title", a->id);
	/* No person by its owner's id: nobody's, as if it had none. */
	if (sqlite3_column_type(stmt, 14) != SQLITE_NULL)
		a->owner = store_row_text(r, 2, "person.name", owner);
	read_side_due_status(r, a, owner);
	a->meeting_id = (long)sqlite3_column_int64(stmt, 6);
	a->item_id = (long)sqlite3_column_int64(stmt, 7);
	a->carried = (int)store_row_int(r, 8, "action.carried", a->id, 0,
	    INT_MAX, 0);
	store_row_time(r, 9, "action.created_at", a->id, 0, NULL,
	    a->created_at);
	a->review = action_review_parse((const char *)
	    sqlite3_column_text(stmt, 10), a->status);
	s = (const char *)sqlite3_column_text(stmt, 11);
	if (s != NULL && !clock_valid_iso(s))
		bad_event_time(r, a->id);
	else
		store_col_copy(stmt, 11, a->changed_at, sizeof a->changed_at);
	store_row_time(r, 12, "action.closed_at", a->id, 1, NULL, a->closed_at);
	a->seq = store_row_int(r, 13, "action.seq", a->id, 0, LONG_MAX, 1);
	return r->bad ? -1 : 0;
}

/* Read action rows as selected by store_actions: all, or none. */
static int
read_actions(struct store *st, sqlite3_stmt *stmt, struct action_list *out,
    char **cause)
{
	struct store_row r;
	int rc = SQLITE_OK;

	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		read_action_row(&r, &out->v[out->n++]);
	}
	if (store_row_end(&r, rc, "actions") == 0)
		return 0;
	action_list_fini(out);
	return -1;
}

/* Every listing of actions: its columns, what it leaves out, its order. */
#define ACTION_SELECT \
	"SELECT " ACTION_COLUMNS \
	" FROM action a LEFT JOIN person p ON p.id = a.owner_id" \
	" WHERE a.deleted_at IS NULL"
#define ACTION_FILTER \
	" AND (?1 OR a.status = 'open')" \
	" AND (?2 IS NULL OR p.name = ?2)" \
	" AND (?4 = 0 OR a.meeting_id IS NULL OR a.meeting_id <> ?4)" \
	" AND (?5 = 0 OR a.item_id = ?5)" \
	" AND (?6 IS NULL OR a.status = 'open' AND a.due < ?6)"
#define ACTION_ORDER \
	" ORDER BY p.name IS NULL, p.name COLLATE NOCASE," \
	" a.due IS NULL, a.due, a.id"
/* The review events of meeting ?7: what its review of earlier items did. */
#define REVIEWED_IN \
	" a.meeting_id IS NOT ?7 AND a.id IN (SELECT e.action_id" \
	"  FROM action_event e WHERE e.meeting_id = ?7" \
	"  AND e.what IN ('kept', 'escalated', 'status'))"

/*
 * The same listing three ways, so that SQLite can start from an index: a
 * meeting's actions, or its review, cost what the meeting holds, not what
 * years of history hold (a condition inside an OR uses no index).
 */
static const char *const action_queries[] = {
	ACTION_SELECT ACTION_FILTER " AND (?3 = 0 OR a.meeting_id = ?3)"
	" AND (?7 = 0 OR" REVIEWED_IN ")" ACTION_ORDER,
	ACTION_SELECT " AND a.meeting_id = ?3" ACTION_FILTER
	" AND (?7 = 0 OR" REVIEWED_IN ")" ACTION_ORDER,
	ACTION_SELECT " AND" REVIEWED_IN ACTION_FILTER
	" AND (?3 = 0 OR a.meeting_id = ?3)" ACTION_ORDER,
};

/* List action items, by owner then due date. */
int
store_actions(struct store *st, const struct action_filter *f,
    struct action_list *out, char **cause)
{
	sqlite3_stmt *stmt;
	size_t q = f->meeting_id != 0 ? 1 : f->reviewed_in != 0 ? 2 : 0;

	memset(out, 0, sizeof *out);
	if (store_prepare(st, &stmt, action_queries[q], cause) != 0)
		return -1;
	sqlite3_bind_int(stmt, 1, f->all != 0);
	store_bind_text(stmt, 2, f->owner);
	sqlite3_bind_int64(stmt, 3, f->meeting_id);
	sqlite3_bind_int64(stmt, 4, f->before_meeting);
	sqlite3_bind_int64(stmt, 5, f->item_id);
	store_bind_text(stmt, 6, f->due_before);
	sqlite3_bind_int64(stmt, 7, f->reviewed_in);
	return read_actions(st, stmt, out, cause);
}

/*
 * parley actions: the columns it prints, and the two halves of its order,
 * the items someone owns (by their name) and then those nobody owns. Each
 * half walks an index in the order printed (migration 11): no sort, and
 * only the rows the filters select are read.
 */
#define LIST_COLUMNS \
	"a.id, a.title, p.name, p.side, a.due, a.status, a.meeting_id," \
	" a.created_at, a.carried, p.id"
#define LIST_OWNED \
	" FROM person p CROSS JOIN action a ON a.owner_id = p.id" \
	" WHERE a.deleted_at IS NULL"
#define LIST_UNOWNED \
	" FROM action a LEFT JOIN person p ON p.id = a.owner_id" \
	" WHERE a.deleted_at IS NULL AND a.owner_id IS NULL"

/*
 * The query of one half of a listing (with plan, SQLite's plan for it),
 * its WHERE made of the filters used, for a condition inside an OR uses
 * no index: ?1 the owner, ?2 the day overdue items are due before.
 * Caller frees.
 */
static char *
list_query(const struct action_filter *f, int owned, int plan)
{
	/* Overdue ones have a date: "IS NULL" must be 0 for the index. */
	const char *due = f->due_before == NULL ? " a.due IS NULL, a.due" :
	    " a.due";

	return xasprintf("%sSELECT " LIST_COLUMNS "%s%s%s%s ORDER BY %s%s,"
	    " a.id", plan ? "EXPLAIN QUERY PLAN " : "",
	    owned ? LIST_OWNED : LIST_UNOWNED,
	    !f->all || f->due_before != NULL ? " AND a.status = 'open'" : "",
	    f->owner != NULL ? " AND p.name = ?1" : "",
	    f->due_before != NULL ? " AND (a.due IS NULL) = 0 AND a.due < ?2" :
	    "", owned ? "p.name COLLATE NOCASE," : "", due);
}

/*
 * Read the LIST_COLUMNS of the current row into a, borrowing its texts
 * until the next step; r->bad when a column is damaged.
 */
static void
read_list_row(struct store_row *r, struct action *a)
{
	sqlite3_stmt *stmt = r->stmt;
	long owner = (long)sqlite3_column_int64(stmt, 9);

	a->id = (long)sqlite3_column_int64(stmt, 0);
	a->title = (char *)store_row_word(r, 1, "action.title", a->id);
	a->owner = sqlite3_column_type(stmt, 9) == SQLITE_NULL ? NULL :
	    (char *)store_row_word(r, 2, "person.name", owner);
	read_side_due_status(r, a, owner);
	a->meeting_id = (long)sqlite3_column_int64(stmt, 6);
	store_row_time(r, 7, "action.created_at", a->id, 0, NULL,
	    a->created_at);
	a->carried = (int)store_row_int(r, 8, "action.carried", a->id, 0,
	    INT_MAX, 0);
}

/* Hand each row of one half of a listing to fn; 0, or -1 with *cause. */
static int
list_half(struct store *st, const struct action_filter *f, int owned,
    store_action_fn fn, void *arg, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	struct action a;
	char *sql = list_query(f, owned, 0);
	int rc = SQLITE_OK;

	rc = store_prepare(st, &stmt, sql, cause);
	free(sql);
	if (rc != 0)
		return -1;
	if (f->owner != NULL)
		sqlite3_bind_text(stmt, 1, f->owner, -1, SQLITE_STATIC);
	if (f->due_before != NULL)
		sqlite3_bind_text(stmt, 2, f->due_before, -1, SQLITE_STATIC);
	memset(&a, 0, sizeof a);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		read_list_row(&r, &a);
		if (!r.bad)
			fn(&a, arg);
	}
	return store_row_end(&r, rc, "actions");
}

/* Hand each action item a listing selects to fn, as it is read. */
int
store_actions_each(struct store *st, const struct action_filter *f,
    store_action_fn fn, void *arg, char **cause)
{
	int rc;

	if (f->meeting_id != 0 || f->before_meeting != 0 || f->item_id != 0 ||
	    f->reviewed_in != 0)
		return store_fail(st, EX_SOFTWARE, cause, "store_actions_each "
		    "takes all, owner and due_before only");
	/* One snapshot: both halves see the same database. */
	if (store_snapshot_begin(st, cause) != 0)
		return -1;
	rc = list_half(st, f, 1, fn, arg, cause);
	/* Nobody's items have no owner's name to match. */
	if (rc == 0 && f->owner == NULL)
		rc = list_half(st, f, 0, fn, arg, cause);
	store_snapshot_end(st);
	return rc;
}

/* SQLite's plan for each half of a listing, one line a step. */
int
store_actions_plan(struct store *st, const struct action_filter *f,
    char **plan, char **cause)
{
	sqlite3_stmt *stmt;
	char *sql, *text = xstrdup(""), *more;
	int owned, rc = SQLITE_DONE;

	for (owned = 1; owned >= 0 && rc == SQLITE_DONE; owned--) {
		sql = list_query(f, owned, 1);
		rc = store_prepare(st, &stmt, sql, cause) != 0 ? SQLITE_ERROR :
		    SQLITE_DONE;
		free(sql);
		while (rc != SQLITE_ERROR &&
		    (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
			more = xasprintf("%s%s\n", text,
			    (const char *)sqlite3_column_text(stmt, 3));
			free(text);
			text = more;
		}
		if (rc != SQLITE_DONE && rc != SQLITE_ERROR)
			store_fail_db(st, cause, "actions");
		sqlite3_finalize(stmt);
	}
	if (rc != SQLITE_DONE) {
		free(text);
		text = NULL;
	}
	*plan = text;
	return rc == SQLITE_DONE ? 0 : -1;
}

/* What the changes of an action read of it first. */
struct state {
	char status[16];
	char due[11];        /* "" for none */
	int carried;         /* meetings it was carried through */
};

/*
 * Read one action's status, due date and carries; -1 if there is no such
 * action, or it was deleted (66 both: a deleted item is in no list).
 */
static int
action_state(struct store *st, long id, struct state *out, char **cause)
{
	enum action_status known;
	struct store_row r;
	sqlite3_stmt *stmt;
	const char *s;
	int rc, ok = -1;

	if (store_prepare(st, &stmt, "SELECT status, due, carried,"
	    " deleted_at IS NOT NULL FROM action WHERE id = ?", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	store_row_init(&r, st, stmt, cause);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && sqlite3_column_int(stmt, 3))
		store_fail(st, EX_NOINPUT, cause, "action item %ld was deleted",
		    id);
	else if (rc == SQLITE_ROW) {
		s = store_row_word(&r, 0, "action.status", id);
		if (s != NULL && action_status_parse(s, &known) != 0)
			store_row_bad(&r, "action.status", id);
		snprintf(out->status, sizeof out->status, "%s",
		    s != NULL && !r.bad ? s : "");
		store_row_day(&r, 1, "action.due", id, out->due);
		out->carried = (int)store_row_int(&r, 2, "action.carried", id,
		    0, INT_MAX, 0);
		ok = r.bad ? -1 : 0;
	} else if (rc == SQLITE_DONE)
		store_fail(st, EX_NOINPUT, cause, "no action item %ld", id);
	else
		store_fail_db(st, cause, "action");
	sqlite3_finalize(stmt);
	return ok;
}

/*
 * The three-carry rule, for every caller: an open action carried through
 * ACTION_CARRY_LIMIT meetings may be closed or handed to someone else,
 * not kept again (65); 0 when it may be.
 */
static int
refuse_keep(struct store *st, long id, const struct state *s, char **cause)
{
	if (!action_keep_refused(s->carried))
		return 0;
	return store_fail(st, EX_DATAERR, cause, "#%ld was carried %d times "
	    "already: mark it done, drop it or hand it to someone else, not "
	    "keep it", id, s->carried);
}

/* Mark an action done or dropped. */
int
store_action_close(struct store *st, long id, enum action_status status,
    long meeting_id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;
	struct state state;
	const char *name = action_status_name(status), *old = state.status;
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = action_state(st, id, &state, cause);
	/* Closed is closed: done is not dropped afterwards, nor the reverse. */
	if (rc == 0 && (strcmp(old, name) == 0 || (status != ACTION_OPEN &&
	    strcmp(old, "open") != 0)))
		rc = store_fail(st, EX_DATAERR, cause, "action item %ld is "
		    "already %s", id, old);
	if (rc == 0)
		rc = store_prepare(st, &stmt, "UPDATE action SET status = ?,"
		    " closed_at = ? WHERE id = ?", cause);
	if (rc == 0) {
		sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
		if (status == ACTION_OPEN)
			sqlite3_bind_null(stmt, 2);
		else
			store_bind_time(stmt, 2, now);
		sqlite3_bind_int64(stmt, 3, id);
		rc = store_step_done(st, stmt, cause);
	}
	if (rc == 0)
		rc = store_action_event(st, id, meeting_id, now, "status", old, name,
		    cause);
	return store_finish(st, rc, cause);
}

/* Read one text of action id that sql selects; caller frees. */
static int
action_text(struct store *st, const char *sql, long id, char **out,
    char **cause)
{
	int rc = store_text_by_id(st, sql, id, out, cause);

	if (rc == 0)
		store_fail(st, EX_NOINPUT, cause, "no action item %ld", id);
	return rc == 1 ? 0 : -1;
}

/* Read an action's owner's name into a new string (NULL for none). */
static int
action_owner(struct store *st, long id, char **owner, char **cause)
{
	return action_text(st, "SELECT p.name FROM action a LEFT JOIN person p"
	    " ON p.id = a.owner_id WHERE a.id = ?", id, owner, cause);
}

/*
 * Give an open action a new due date, kept through a meeting; refused for
 * one carried too often.
 */
static int
keep(struct store *st, long id, const struct state *state, const char *due,
    long meeting_id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	rc = refuse_keep(st, id, state, cause);
	if (rc == 0)
		rc = store_prepare(st, &stmt, "UPDATE action SET due = ?"
		    " WHERE id = ?", cause);
	if (rc == 0) {
		store_bind_text(stmt, 1, due);
		sqlite3_bind_int64(stmt, 2, id);
		rc = store_step_done(st, stmt, cause);
	}
	if (rc == 0 && strcmp(state->due, due != NULL ? due : "") != 0)
		rc = store_action_event(st, id, meeting_id, now, "due",
		    state->due, due, cause);
	if (rc == 0)
		rc = store_action_event(st, id, meeting_id, now, "kept", NULL, due,
		    cause);
	return rc;
}

/* Read an open action's state; -1 when it is not open. */
static int
open_state(struct store *st, long id, struct state *state, char **cause)
{
	if (action_state(st, id, state, cause) != 0)
		return -1;
	if (strcmp(state->status, "open") != 0)
		return store_fail(st, EX_DATAERR, cause, "action item %ld is "
		    "%s, not open", id, state->status);
	return 0;
}

/*
 * Hand an action to owner with a new date, and say so in its history; to
 * the owner it has, it is a keep (1).
 */
static int
escalate(struct store *st, long id, const char *owner, const char *due,
    long meeting_id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;
	struct state state;
	const char *old_due = state.due;
	char *old_owner = NULL;
	long pid;
	int rc;

	rc = open_state(st, id, &state, cause);
	if (rc == 0)
		rc = action_owner(st, id, &old_owner, cause);
	/* Names are one person whatever their case, as the person table has it. */
	if (rc == 0 && old_owner != NULL && util_casecmp(old_owner, owner) == 0) {
		rc = keep(st, id, &state, due, meeting_id, now, cause);
		free(old_owner);
		return rc == 0 ? 1 : -1;
	}
	if (rc == 0)
		rc = store_person_id(st, owner, SIDE_NONE, &pid, cause);
	if (rc == 0)
		rc = store_prepare(st, &stmt, "UPDATE action SET owner_id = ?,"
		    " due = ? WHERE id = ?", cause);
	if (rc == 0) {
		sqlite3_bind_int64(stmt, 1, pid);
		store_bind_text(stmt, 2, due);
		sqlite3_bind_int64(stmt, 3, id);
		rc = store_step_done(st, stmt, cause);
	}
	if (rc == 0)
		rc = store_action_event(st, id, meeting_id, now, "owner", old_owner,
		    owner, cause);
	if (rc == 0 && strcmp(old_due, due) != 0)
		rc = store_action_event(st, id, meeting_id, now, "due", old_due, due,
		    cause);
	if (rc == 0)
		rc = store_action_event(st, id, meeting_id, now, "escalated",
		    old_owner, owner, cause);
	free(old_owner);
	return rc;
}

/* Escalate an open action to a new owner and date; its owner: a keep. */
int
store_action_escalate(struct store *st, long id, const char *owner,
    const char *due, long meeting_id, time_t now, char **cause)
{
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = escalate(st, id, owner, due, meeting_id, now, cause);
	if (store_finish(st, rc < 0 ? -1 : 0, cause) != 0)
		return -1;
	return rc;
}

/* Keep an open action through a meeting with a new due date. */
int
store_action_keep(struct store *st, long id, const char *due,
    long meeting_id, time_t now, char **cause)
{
	struct state state;
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = open_state(st, id, &state, cause);
	if (rc == 0)
		rc = keep(st, id, &state, due, meeting_id, now, cause);
	return store_finish(st, rc, cause);
}

/* Set one text column of an action (sql sets it), and say so in its history. */
static int
edit_text(struct store *st, long id, const char *sql, const char *what,
    const char *old, const char *value, long meeting_id, time_t now,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (strcmp(old != NULL ? old : "", value != NULL ? value : "") == 0)
		return 0;
	if (store_prepare(st, &stmt, sql, cause) != 0)
		return -1;
	store_bind_text(stmt, 1, value);
	sqlite3_bind_int64(stmt, 2, id);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	return store_action_event(st, id, meeting_id, now, what, old, value, cause);
}

/* Give an action a new owner (NULL or "": nobody), in its history. */
static int
edit_owner(struct store *st, long id, const char *owner, long meeting_id,
    time_t now, char **cause)
{
	sqlite3_stmt *stmt;
	char *old = NULL;
	long pid = 0;
	int rc;

	rc = action_owner(st, id, &old, cause);
	if (rc == 0 && util_casecmp(old != NULL ? old : "", owner != NULL ?
	    owner : "") == 0)
		goto out;
	if (rc == 0 && owner != NULL && *owner != '\0')
		rc = store_person_id(st, owner, SIDE_NONE, &pid, cause);
	if (rc == 0)
		rc = store_prepare(st, &stmt, "UPDATE action SET owner_id = ?"
		    " WHERE id = ?", cause);
	if (rc == 0) {
		store_bind_id(stmt, 1, pid);
		sqlite3_bind_int64(stmt, 2, id);
		rc = store_step_done(st, stmt, cause);
	}
	if (rc == 0)
		rc = store_action_event(st, id, meeting_id, now, "owner", old, owner,
		    cause);
out:
	free(old);
	return rc;
}

/* Read an action's title; caller frees. */
static int
action_title(struct store *st, long id, char **title, char **cause)
{
	return action_text(st, "SELECT title FROM action WHERE id = ?", id,
	    title, cause);
}

/*
 * Does e keep an open action, a new due date (or none) for the owner it
 * has? Then it answers to the three-carry rule as a keep does; with a new
 * owner it is an escalation, which may be made whatever the carries.
 */
static int
edit_keeps(struct store *st, long id, const struct state *state,
    const struct action_edit *e, int *keeps, char **cause)
{
	char *owner = NULL;
	int rc = 0;

	*keeps = e->due != NULL && strcmp(state->status, "open") == 0 &&
	    strcmp(state->due, e->due) != 0;
	if (*keeps && e->owner != NULL && *e->owner != '\0') {
		rc = action_owner(st, id, &owner, cause);
		if (rc == 0 && (owner == NULL || util_casecmp(owner, e->owner) != 0))
			*keeps = 0;
		free(owner);
	}
	return rc;
}

/* Change an action's title, owner or due date; each change in its history. */
int
store_action_edit(struct store *st, long id, const struct action_edit *e,
    long meeting_id, time_t now, char **cause)
{
	struct state state;
	char *title = NULL;
	int rc, keeps = 0;

	if (e->title != NULL && *e->title == '\0')
		return store_fail(st, EX_DATAERR, cause, "an action item needs "
		    "a title");
	if (store_begin(st, cause) != 0)
		return -1;
	rc = action_state(st, id, &state, cause);
	if (rc == 0)
		rc = edit_keeps(st, id, &state, e, &keeps, cause);
	if (rc == 0 && keeps)
		rc = refuse_keep(st, id, &state, cause);
	if (rc == 0 && e->title != NULL)
		rc = action_title(st, id, &title, cause);
	if (rc == 0 && e->title != NULL)
		rc = edit_text(st, id, "UPDATE action SET title = ?"
		    " WHERE id = ?", "title", title, e->title, meeting_id, now,
		    cause);
	if (rc == 0 && e->owner != NULL)
		rc = edit_owner(st, id, e->owner, meeting_id, now, cause);
	if (rc == 0 && e->due != NULL)
		rc = edit_text(st, id, "UPDATE action SET due = ? WHERE id = ?",
		    "due", state.due, e->due, meeting_id, now, cause);
	free(title);
	return store_finish(st, rc, cause);
}

/*
 * Delete an action captured by mistake (deleted 1), or bring it back
 * (deleted 0). It is kept, marked, so its history stays and undo works.
 */
int
store_action_delete(struct store *st, long id, int deleted, long meeting_id,
    time_t now, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_begin(st, cause) != 0)
		return -1;
	rc = store_prepare(st, &stmt, "UPDATE action SET deleted_at = ?"
	    " WHERE id = ? AND (deleted_at IS NULL) = ?", cause);
	if (rc == 0) {
		if (deleted)
			store_bind_time(stmt, 1, now);
		else
			sqlite3_bind_null(stmt, 1);
		sqlite3_bind_int64(stmt, 2, id);
		sqlite3_bind_int(stmt, 3, deleted);
		rc = store_step_done(st, stmt, cause);
	}
	if (rc == 0 && sqlite3_changes(st->db) == 0)
		rc = store_fail(st, EX_NOINPUT, cause, "no action item %ld%s",
		    id, deleted ? "" : " was deleted");
	if (rc == 0)
		rc = store_action_event(st, id, meeting_id, now, "status", deleted ?
		    NULL : "deleted", deleted ? "deleted" : "restored", cause);
	return store_finish(st, rc, cause);
}

/* Read one line of an action's history into e; -1 when damaged. */
static int
read_event(struct store_row *r, struct action_event *e)
{
	sqlite3_stmt *stmt = r->stmt;
	const char *what;

	memset(e, 0, sizeof *e);
	e->id = (long)sqlite3_column_int64(stmt, 0);
	what = store_row_word(r, 1, "action_event.what", e->id);
	if (what != NULL && action_event_parse(what, &e->what) != 0)
		store_row_bad(r, "action_event.what", e->id);
	store_row_time(r, 2, "action_event.at", e->id, 0, NULL, e->at);
	e->meeting_id = (long)sqlite3_column_int64(stmt, 3);
	store_row_day(r, 4, "meeting.started_at", e->meeting_id,
	    e->meeting_date);
	e->old = store_col_strdup(stmt, 5);
	e->new_value = store_col_strdup(stmt, 6);
	return r->bad ? -1 : 0;
}

/* Read an action's history, oldest first. */
int
store_action_events(struct store *st, long id, struct action_event_list *out,
    char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	memset(out, 0, sizeof *out);
	/*
	 * In the order the changes were made: a clock set back (or each
	 * process's PARLEY_NOW) would put a later change first by its time.
	 */
	if (store_prepare(st, &stmt, "SELECT e.id, e.what, e.at, e.meeting_id,"
	    " substr(m.started_at, 1, 10), e.old, e.new FROM action_event e"
	    " LEFT JOIN meeting m ON m.id = e.meeting_id"
	    " WHERE e.action_id = ? ORDER BY e.id", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		read_event(&r, &out->v[out->n++]);
	}
	if (store_row_end(&r, rc, "action history") == 0)
		return 0;
	action_event_list_fini(out);
	return -1;
}

/*
 * Read the record's columns after ACTION_COLUMNS: where it came from, each
 * part there only when its row is (its id not NULL).
 */
static int
read_record_row(struct store_row *row, struct action_record *r)
{
	sqlite3_stmt *stmt = row->stmt;
	long meeting = (long)sqlite3_column_int64(stmt, 25);
	long item = (long)sqlite3_column_int64(stmt, 26);
	long said = (long)sqlite3_column_int64(stmt, 27);
	const char *s;

	if (read_action_row(row, &r->a) != 0)
		return -1;
	store_row_time(row, 15, "action.deleted_at", r->a.id, 1, NULL,
	    r->deleted_at);
	store_row_day(row, 16, "meeting.started_at", meeting, r->meeting_date);
	if (meeting != 0)
		r->meeting_title = store_row_text(row, 17, "meeting.title",
		    meeting);
	r->item_pos = item == 0 ? -1 : (int)store_row_int(row, 18,
	    "item.pos", item, 0, INT_MAX, 0);
	if (item != 0)
		r->item_title = store_row_text(row, 19, "item.title", item);
	r->item_kind = KIND_TOPIC;
	s = item != 0 ? store_row_word(row, 20, "item.kind", item) : NULL;
	if (s != NULL && agenda_kind_parse(s, &r->item_kind) != 0)
		store_row_bad(row, "item.kind", item);
	r->said_by = store_row_side(row, 21, "objection.side", said);
	if (said != 0)
		r->statement = store_row_text(row, 22, "objection.statement",
		    said);
	r->question = store_col_strdup(stmt, 23);
	r->statement_deleted = sqlite3_column_int(stmt, 24);
	return row->bad ? -1 : 0;
}

/* Read the action row of a record; -1 when there is none. */
static int
read_record(struct store *st, long id, struct action_record *out,
    char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, &stmt, "SELECT " ACTION_COLUMNS ","
	    " a.deleted_at, substr(m.started_at, 1, 10), m.title, i.pos,"
	    " i.title, i.kind, o.side, o.statement, o.question,"
	    " o.deleted_at IS NOT NULL, m.id, i.id, o.id"
	    " FROM action a LEFT JOIN person p ON p.id = a.owner_id"
	    " LEFT JOIN meeting m ON m.id = a.meeting_id"
	    " LEFT JOIN item i ON i.id = a.item_id"
	    " LEFT JOIN objection o ON o.id = a.objection_id"
	    " WHERE a.id = ?1", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 7, 0);
	store_row_init(&r, st, stmt, cause);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		rc = read_record_row(&r, out);
	else if (rc == SQLITE_DONE)
		rc = store_fail(st, EX_NOINPUT, cause, "no action item %ld", id);
	else
		rc = store_fail_db(st, cause, "action");
	sqlite3_finalize(stmt);
	return rc;
}

/* Read one action item, deleted or not, with its origin and history. */
int
store_action_record(struct store *st, long id, struct action_record *out,
    char **cause)
{
	int own = sqlite3_get_autocommit(st->db), rc;

	memset(out, 0, sizeof *out);
	out->item_pos = -1;
	/* One snapshot (unless within one): the row and its history at once. */
	if (own && store_snapshot_begin(st, cause) != 0)
		return -1;
	rc = read_record(st, id, out, cause);
	if (rc == 0)
		rc = store_action_events(st, id, &out->history, cause);
	if (own)
		store_snapshot_end(st);
	if (rc != 0)
		action_record_fini(out);
	return rc;
}

/*
 * The review's open commitments: open, made before meeting ?2 (or outside
 * any), read through action_backlog (migration 10), which holds them in
 * the review's order within each owner; action_open counts them.
 */
#define BACKLOG_FROM \
	" FROM action a INDEXED BY action_backlog" \
	" LEFT JOIN person p ON p.id = a.owner_id" \
	" WHERE a.status = 'open' AND a.deleted_at IS NULL" \
	" AND a.meeting_id IS NOT ?2"

/* How many open commitments each owner has, owners as the review sorts. */
int
store_backlog_owners(struct store *st, long meeting_id,
    struct backlog_owner **out, size_t *n, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	struct backlog_owner *o;
	int rc = SQLITE_OK;

	*out = NULL;
	*n = 0;
	/* Summed from action_open's counts, not counted item by item. */
	if (store_prepare(st, &stmt, "SELECT o.owner_id, p.name, sum(o.n),"
	    " p.id FROM action_open o LEFT JOIN person p ON p.id = o.owner_id"
	    " WHERE o.meeting_id <> ?2 GROUP BY o.owner_id"
	    " HAVING sum(o.n) > 0"
	    " ORDER BY p.name IS NULL, p.name COLLATE NOCASE", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 2, meeting_id);
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		o = &(*out)[(*n)++];
		o->owner_id = (long)sqlite3_column_int64(stmt, 0);
		/* Nobody's, or an owner id that names no person: no name. */
		o->name = sqlite3_column_type(stmt, 3) == SQLITE_NULL ? NULL :
		    store_row_text(&r, 1, "person.name", o->owner_id);
		o->n = (size_t)sqlite3_column_int64(stmt, 2);
	}
	if (store_row_end(&r, rc, "actions") == 0)
		return 0;
	backlog_owners_free(*out, *n);
	*out = NULL;
	*n = 0;
	return -1;
}

/* A page of one owner's open commitments, in the review's order. */
int
store_backlog_page(struct store *st, long meeting_id, long owner_id,
    size_t offset, size_t limit, struct action_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	/* Past the offset, only the page's rows compute their columns. */
	if (store_prepare(st, &stmt, "SELECT " ACTION_COLUMNS BACKLOG_FROM
	    " AND a.owner_id IS ?1 ORDER BY a.due IS NULL, a.due, a.id"
	    " LIMIT ?3 OFFSET ?4", cause) != 0)
		return -1;
	store_bind_id(stmt, 1, owner_id);
	sqlite3_bind_int64(stmt, 2, meeting_id);
	sqlite3_bind_int64(stmt, 3, (sqlite3_int64)limit);
	sqlite3_bind_int64(stmt, 4, (sqlite3_int64)offset);
	sqlite3_bind_int64(stmt, 7, 0);
	return read_actions(st, stmt, out, cause);
}

/* The newest line of any action item's history: it moves with every change. */
int
store_action_mark(struct store *st, long *mark, char **cause)
{
	return store_query_int(st, "SELECT coalesce(max(id), 0)"
	    " FROM action_event", mark, cause);
}
