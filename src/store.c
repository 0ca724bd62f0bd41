/* store.c: the SQLite database, the only place Parley speaks SQL. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sysexits.h>

#include "store_schema.h"
#include "util.h"

#define NSTATEMENTS (sizeof store_migrations / sizeof store_migrations[0])
/* The schema version this Parley writes: the last migration's. */
#define NMIGRATIONS (store_migrations[NSTATEMENTS - 1].version)

struct store {
	sqlite3 *db;
	char *path;
	int lock_fd;   /* the meeting-screen lock, -1 when not held */
	int last_rc;   /* SQLite's code for the last failure */
};

static const char *const entry_kind_names[ENTRY_COUNT] = {
	"note", "decision", "parking", "private",
};

/* Record a SQLite failure in *cause and return -1. */
static int
fail_db(struct store *st, char **cause, const char *what)
{
	st->last_rc = sqlite3_extended_errcode(st->db);
	return util_fail(cause, "%s: %s", what, sqlite3_errmsg(st->db));
}

/* Prepare a statement or fail. */
static int
prepare(struct store *st, sqlite3_stmt **stmt, const char *sql, char **cause)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL) != SQLITE_OK) {
		*stmt = NULL;
		return fail_db(st, cause, "database");
	}
	return 0;
}

/* Bind a text or NULL when s is NULL or empty. */
static void
bind_text_or_null(sqlite3_stmt *stmt, int i, const char *s)
{
	if (s == NULL || *s == '\0')
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT);
}

/* Bind a row id or NULL when it is 0. */
static void
bind_id_or_null(sqlite3_stmt *stmt, int i, long id)
{
	if (id == 0)
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_int64(stmt, i, id);
}

/* Bind a time as local ISO 8601 text. */
static void
bind_time(sqlite3_stmt *stmt, int i, time_t t)
{
	char buf[20];

	clock_iso(t, buf);
	sqlite3_bind_text(stmt, i, buf, -1, SQLITE_TRANSIENT);
}

/* Copy a text column, NULL staying NULL. Caller frees. */
static char *
column_strdup(sqlite3_stmt *stmt, int i)
{
	return xstrdup((const char *)sqlite3_column_text(stmt, i));
}

/* Copy a text column into a fixed buffer ("" for NULL). */
static void
column_copy(sqlite3_stmt *stmt, int i, char *buf, size_t size)
{
	const char *s = (const char *)sqlite3_column_text(stmt, i);

	snprintf(buf, size, "%s", s != NULL ? s : "");
}

/* Step a statement that returns no rows, then finalize it. */
static int
step_done(struct store *st, sqlite3_stmt *stmt, char **cause)
{
	int rc = sqlite3_step(stmt);

	if (rc != SQLITE_DONE) {
		fail_db(st, cause, "database");
		sqlite3_finalize(stmt);
		return -1;
	}
	sqlite3_finalize(stmt);
	return 0;
}

static int begin(struct store *st, char **cause);
static int finish(struct store *st, int rc, char **cause);

/* Step a write of one statement in an explicit transaction of its own. */
static int
write_one(struct store *st, sqlite3_stmt *stmt, char **cause)
{
	if (begin(st, cause) != 0) {
		sqlite3_finalize(stmt);
		return -1;
	}
	return finish(st, step_done(st, stmt, cause), cause);
}

/* Run SQL without parameters. */
static int
exec(struct store *st, const char *sql, char **cause)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return fail_db(st, cause, "database");
	return 0;
}

/* Start a write transaction; IMMEDIATE so a busy database fails here. */
static int
begin(struct store *st, char **cause)
{
	return exec(st, "BEGIN IMMEDIATE", cause);
}

/* Commit, or roll back when rc says the work failed. Returns rc or -1. */
static int
finish(struct store *st, int rc, char **cause)
{
	if (rc == 0 && exec(st, "COMMIT", cause) == 0)
		return 0;
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* Read one integer from a query without parameters. */
static int
query_int(struct store *st, const char *sql, long *out, char **cause)
{
	sqlite3_stmt *stmt;
	int rc = -1;

	if (prepare(st, &stmt, sql, cause) != 0)
		return -1;
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		*out = (long)sqlite3_column_int64(stmt, 0);
		rc = 0;
	} else
		fail_db(st, cause, "database");
	sqlite3_finalize(stmt);
	return rc;
}

/* Where the database lives: the flag, $PARLEY_DB, then the XDG data folder. */
char *
store_default_path(const char *flag)
{
	const char *env = getenv("PARLEY_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (flag != NULL && *flag != '\0')
		return xstrdup(flag);
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/parley/parley.db", xdg);
	return xasprintf("%s/.local/share/parley/parley.db",
	    home != NULL ? home : ".");
}

/* Create every missing folder above path, mode 0700. */
static int
make_parents(const char *path, char **cause)
{
	char *dir = xstrdup(path);
	char *p;
	int rc = 0;

	for (p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			rc = util_fail(cause, "cannot create %s: %s", dir,
			    strerror(errno));
			break;
		}
		*p = '/';
	}
	free(dir);
	return rc;
}

/* Create the file with mode 0600 when missing, so SQLite never widens it. */
static int
create_file(const char *path, char **cause)
{
	int fd;

	if (make_parents(path, cause) != 0)
		return -1;
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return util_fail(cause, "cannot create %s: %s", path,
		    strerror(errno));
	close(fd);
	return 0;
}

/*
 * Check the file is Parley's (or empty) before anything writes to it.
 * Returns 0 with the schema version in *version, or a sysexits code.
 */
static int
check_identity(struct store *st, long *version, char **cause)
{
	long app = 0, objects = 0;
	int rc;

	/* One read transaction: a consistent look while another migrates. */
	rc = exec(st, "BEGIN", cause);
	if (rc == 0)
		rc = query_int(st, "PRAGMA application_id", &app, cause);
	if (rc == 0)
		rc = query_int(st, "PRAGMA user_version", version, cause);
	if (rc == 0)
		rc = query_int(st, "SELECT count(*) FROM sqlite_schema",
		    &objects, cause);
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	if (rc != 0) {
		if (st->last_rc == SQLITE_BUSY || st->last_rc == SQLITE_LOCKED)
			return EX_TEMPFAIL;
		util_fail(cause, "%s is not a Parley database (%s); "
		    "it was left untouched", st->path,
		    sqlite3_errmsg(st->db));
		return EX_DATAERR;
	}
	if (app == 0 && *version == 0 && objects == 0)
		return 0;
	if (app != STORE_APPLICATION_ID) {
		util_fail(cause, "%s is a SQLite database, but not Parley's; "
		    "it was left untouched", st->path);
		return EX_DATAERR;
	}
	if (*version > NMIGRATIONS) {
		util_fail(cause, "%s is from a newer Parley (schema %ld; this "
		    "one knows %d); it was left untouched", st->path, *version,
		    NMIGRATIONS);
		return EX_DATAERR;
	}
	return 0;
}

/*
 * Apply every migration past the schema's version, each in its own
 * transaction. The version is read again inside each one: two Parleys
 * opening a new database at once must not both create it.
 */
static int
migrate(struct store *st, char **cause)
{
	char pragma[96];
	long version;
	size_t i;
	int rc;

	for (;;) {
		if (begin(st, cause) != 0)
			return -1;
		if (query_int(st, "PRAGMA user_version", &version, cause) != 0)
			return finish(st, -1, cause);
		if (version >= NMIGRATIONS)
			return finish(st, 0, cause);
		rc = 0;
		for (i = 0; rc == 0 && i < NSTATEMENTS; i++) {
			if (store_migrations[i].version == version + 1)
				rc = exec(st, store_migrations[i].sql, cause);
		}
		snprintf(pragma, sizeof pragma,
		    "PRAGMA application_id = %d; PRAGMA user_version = %d",
		    STORE_APPLICATION_ID, (int)version + 1);
		if (rc == 0)
			rc = exec(st, pragma, cause);
		if (finish(st, rc, cause) != 0)
			return -1;
	}
}

/*
 * Switch to WAL. SQLite answers "busy" at once, without its busy handler,
 * while another connection is switching too: try again for a while.
 */
static int
set_wal(struct store *st, char **cause)
{
	int tries;

	for (tries = 0; tries < 100; tries++) {
		if (exec(st, "PRAGMA journal_mode = WAL", cause) == 0)
			return 0;
		if ((st->last_rc & 0xff) != SQLITE_BUSY &&
		    (st->last_rc & 0xff) != SQLITE_LOCKED)
			return -1;
		usleep(20 * 1000);
	}
	return -1;
}

/* Map the last SQLite failure to a sysexits code. */
int
store_error_code(const struct store *st)
{
	switch (st->last_rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return EX_TEMPFAIL;
	case SQLITE_FULL:
	case SQLITE_IOERR:
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
		return EX_IOERR;
	default:
		return EX_SOFTWARE;
	}
}

/* The schema version this Parley writes. */
int
store_schema_version(void)
{
	return NMIGRATIONS;
}

/* Open, check and migrate the database at path. */
int
store_open(const char *path, struct store **out, char **cause)
{
	struct store *st;
	long version = 0;
	int code;

	*out = NULL;
	if (strcmp(path, ":memory:") != 0 && access(path, F_OK) != 0 &&
	    create_file(path, cause) != 0)
		return EX_CANTCREAT;
	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	st->lock_fd = -1;
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		util_fail(cause, "cannot open %s: %s", path,
		    st->db != NULL ? sqlite3_errmsg(st->db) : "out of memory");
		store_close(st);
		return EX_CANTCREAT;
	}
	sqlite3_busy_timeout(st->db, 2000);
	code = check_identity(st, &version, cause);
	if (code == 0 && (set_wal(st, cause) != 0 ||
	    exec(st, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON",
	    cause) != 0 || migrate(st, cause) != 0))
		code = store_error_code(st);
	if (code != 0) {
		store_close(st);
		return code;
	}
	*out = st;
	return 0;
}

/* Close the database, finalizing what is left, and drop the lock. */
void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	if (st->lock_fd >= 0)
		close(st->lock_fd);
	sqlite3_close_v2(st->db);
	free(st->path);
	free(st);
}

/*
 * Take the meeting-screen lock. flock() on the database file is independent
 * of SQLite's fcntl() locks and is released by the kernel if we are killed.
 */
int
store_lock(struct store *st, char **cause)
{
	int fd;

	if (st->lock_fd >= 0)
		return 0;
	fd = open(st->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return util_fail(cause, "%s: %s", st->path, strerror(errno));
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		close(fd);
		st->last_rc = SQLITE_BUSY;
		return util_fail(cause, "the meeting is open in another "
		    "parley on this database");
	}
	st->lock_fd = fd;
	return 0;
}

/* Find or create a person by name; a known side is recorded. */
static int
person_id(struct store *st, const char *name, enum side side, long *id,
    char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (prepare(st, &stmt, "INSERT INTO person (name, side) VALUES (?1, ?2)"
	    " ON CONFLICT (name) DO UPDATE SET side = coalesce(?2, side)"
	    " RETURNING id", cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, name, -1, SQLITE_TRANSIENT);
	bind_text_or_null(stmt, 2, agenda_side_name(side));
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*id = (long)sqlite3_column_int64(stmt, 0);
	else
		fail_db(st, cause, "person");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Insert the meeting row itself. */
static int
insert_meeting(struct store *st, const struct agenda *a, const char *text,
    const char *path, time_t now, long *id, char **cause)
{
	sqlite3_stmt *stmt;

	if (prepare(st, &stmt, "INSERT INTO meeting (title, agenda_path,"
	    " agenda_text, started_at, planned_minutes, current_pos,"
	    " clock_started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
	    cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, a->title, -1, SQLITE_TRANSIENT);
	bind_text_or_null(stmt, 2, path);
	sqlite3_bind_text(stmt, 3, text, -1, SQLITE_TRANSIENT);
	bind_time(stmt, 4, now);
	sqlite3_bind_int(stmt, 5, a->minutes);
	sqlite3_bind_int64(stmt, 6, (sqlite3_int64)now);
	sqlite3_bind_int64(stmt, 7, (sqlite3_int64)now);
	if (step_done(st, stmt, cause) != 0)
		return -1;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Insert the agenda's items and team for meeting id. */
static int
insert_items_and_team(struct store *st, const struct agenda *a, long id,
    char **cause)
{
	sqlite3_stmt *stmt;
	long pid;
	size_t i;

	for (i = 0; i < a->nitems; i++) {
		if (prepare(st, &stmt, "INSERT INTO item (meeting_id, pos, kind,"
		    " title, minutes) VALUES (?, ?, ?, ?, ?)", cause) != 0)
			return -1;
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int(stmt, 2, (int)i);
		sqlite3_bind_text(stmt, 3, agenda_kind_name(a->items[i].kind),
		    -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 4, a->items[i].title, -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_int(stmt, 5, a->items[i].minutes);
		if (step_done(st, stmt, cause) != 0)
			return -1;
	}
	for (i = 0; i < a->nteam; i++) {
		if (person_id(st, a->team[i].name, a->team[i].side, &pid,
		    cause) != 0 || prepare(st, &stmt, "INSERT OR IGNORE INTO"
		    " attendee (meeting_id, person_id, side) VALUES (?, ?, ?)",
		    cause) != 0)
			return -1;
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, pid);
		bind_text_or_null(stmt, 3, agenda_side_name(a->team[i].side));
		if (step_done(st, stmt, cause) != 0)
			return -1;
	}
	return 0;
}

/* Create a meeting from an agenda, unless one is in progress. */
int
store_meeting_create(struct store *st, const struct agenda *a,
    const char *agenda_text, const char *agenda_path, time_t now, long *id,
    char **cause)
{
	int rc, live;

	if (begin(st, cause) != 0)
		return -1;
	live = store_meeting_live(st, id, cause);
	if (live != 0) {
		finish(st, -1, cause);
		return live;
	}
	rc = insert_meeting(st, a, agenda_text, agenda_path, now, id, cause);
	if (rc == 0)
		rc = insert_items_and_team(st, a, *id, cause);
	return finish(st, rc, cause);
}

/* Read one id from a query without parameters: 1 found, 0 none, -1. */
static int
query_id(struct store *st, const char *sql, long *id, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (prepare(st, &stmt, sql, cause) != 0)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*id = (long)sqlite3_column_int64(stmt, 0);
		rc = 1;
	} else if (rc == SQLITE_DONE)
		rc = 0;
	else
		rc = fail_db(st, cause, "meeting");
	sqlite3_finalize(stmt);
	return rc;
}

/* The meeting in progress. */
int
store_meeting_live(struct store *st, long *id, char **cause)
{
	return query_id(st, "SELECT id FROM meeting WHERE status = 'live'", id,
	    cause);
}

/* The last meeting started. */
int
store_meeting_last(struct store *st, long *id, char **cause)
{
	return query_id(st, "SELECT id FROM meeting ORDER BY started_at DESC,"
	    " id DESC LIMIT 1", id, cause);
}

/* Parse a stored ISO time; 0 when NULL or malformed. */
static time_t
column_time(sqlite3_stmt *stmt, int i)
{
	const char *s = (const char *)sqlite3_column_text(stmt, i);
	time_t t;

	return s != NULL && clock_parse_iso(s, &t) == 0 ? t : 0;
}

/* How many things were captured under an item (SQL, for item rows). */
#define ITEM_CAPTURES \
	" (SELECT count(*) FROM entry e WHERE e.item_id = item.id)" \
	" + (SELECT count(*) FROM action a WHERE a.item_id = item.id)" \
	" + (SELECT count(*) FROM objection o WHERE o.item_id = item.id)"

/* Count again what each item of m holds. */
int
store_item_captures(struct store *st, struct meeting *m, char **cause)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc = 0;

	if (prepare(st, &stmt, "SELECT" ITEM_CAPTURES " FROM item"
	    " WHERE id = ?", cause) != 0)
		return -1;
	for (i = 0; rc == 0 && i < m->nitems; i++) {
		sqlite3_reset(stmt);
		sqlite3_bind_int64(stmt, 1, m->items[i].id);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			m->items[i].captures = sqlite3_column_int(stmt, 0);
		else
			rc = fail_db(st, cause, "meeting items");
	}
	sqlite3_finalize(stmt);
	return rc;
}

/* Load the items of meeting m. */
static int
load_items(struct store *st, struct meeting *m, char **cause)
{
	sqlite3_stmt *stmt;
	struct meeting_item *it;
	int rc;

	if (prepare(st, &stmt, "SELECT id, pos, kind, title, minutes, elapsed_s,"
	    ITEM_CAPTURES " FROM item WHERE meeting_id = ? ORDER BY pos",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, m->id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		m->items = xreallocarray(m->items, m->nitems + 1,
		    sizeof *m->items);
		it = &m->items[m->nitems++];
		it->id = (long)sqlite3_column_int64(stmt, 0);
		it->pos = sqlite3_column_int(stmt, 1);
		if (agenda_kind_parse((const char *)sqlite3_column_text(stmt,
		    2), &it->kind) != 0)
			it->kind = KIND_TOPIC;
		it->title = column_strdup(stmt, 3);
		it->minutes = sqlite3_column_int(stmt, 4);
		it->elapsed = (long)sqlite3_column_int64(stmt, 5);
		it->captures = sqlite3_column_int(stmt, 6);
	}
	if (rc != SQLITE_DONE)
		fail_db(st, cause, "meeting items");
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Load a meeting with its items. */
int
store_meeting_load(struct store *st, long id, struct meeting **out,
    char **cause)
{
	sqlite3_stmt *stmt;
	struct meeting *m;
	int rc;

	*out = NULL;
	if (prepare(st, &stmt, "SELECT title, agenda_text, agenda_path,"
	    " started_at, ended_at, status, planned_minutes, current_pos,"
	    " clock_started_at, heartbeat_at FROM meeting WHERE id = ?",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			util_fail(cause, "no meeting %ld", id);
		else
			fail_db(st, cause, "meeting");
		sqlite3_finalize(stmt);
		return -1;
	}
	m = xcalloc(1, sizeof *m);
	m->id = id;
	m->title = column_strdup(stmt, 0);
	m->agenda_text = column_strdup(stmt, 1);
	m->agenda_path = column_strdup(stmt, 2);
	m->started_at = column_time(stmt, 3);
	m->ended_at = column_time(stmt, 4);
	m->status = strcmp((const char *)sqlite3_column_text(stmt, 5),
	    "live") == 0 ? MEETING_LIVE : MEETING_ENDED;
	m->planned_minutes = sqlite3_column_int(stmt, 6);
	m->current = sqlite3_column_int(stmt, 7);
	m->clock_started = (time_t)sqlite3_column_int64(stmt, 8);
	m->heartbeat = (time_t)sqlite3_column_int64(stmt, 9);
	sqlite3_finalize(stmt);
	if (load_items(st, m, cause) != 0) {
		meeting_free(m);
		return -1;
	}
	if (m->current < 0 || (size_t)m->current >= m->nitems)
		m->current = 0;
	*out = m;
	return 0;
}

/* Save the current item, the clock and every item's banked time. */
int
store_meeting_save_clock(struct store *st, const struct meeting *m,
    char **cause)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc;

	if (begin(st, cause) != 0)
		return -1;
	rc = prepare(st, &stmt, "UPDATE meeting SET current_pos = ?,"
	    " clock_started_at = ?, heartbeat_at = ? WHERE id = ?", cause);
	if (rc == 0) {
		sqlite3_bind_int(stmt, 1, m->current);
		if (m->clock_started != 0)
			sqlite3_bind_int64(stmt, 2, m->clock_started);
		else
			sqlite3_bind_null(stmt, 2);
		sqlite3_bind_int64(stmt, 3, m->heartbeat);
		sqlite3_bind_int64(stmt, 4, m->id);
		rc = step_done(st, stmt, cause);
	}
	for (i = 0; rc == 0 && i < m->nitems; i++) {
		rc = prepare(st, &stmt, "UPDATE item SET elapsed_s = ?"
		    " WHERE id = ?", cause);
		if (rc != 0)
			break;
		sqlite3_bind_int64(stmt, 1, m->items[i].elapsed);
		sqlite3_bind_int64(stmt, 2, m->items[i].id);
		rc = step_done(st, stmt, cause);
	}
	return finish(st, rc, cause);
}

/* End the meeting at now. */
int
store_meeting_end(struct store *st, long id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;

	if (prepare(st, &stmt, "UPDATE meeting SET status = 'ended',"
	    " ended_at = ?, clock_started_at = NULL WHERE id = ?", cause) != 0)
		return -1;
	bind_time(stmt, 1, now);
	sqlite3_bind_int64(stmt, 2, id);
	return write_one(st, stmt, cause);
}

/* List every meeting, oldest first. */
int
store_meetings(struct store *st, struct meeting_rows *out, char **cause)
{
	sqlite3_stmt *stmt;
	struct meeting_row *r;
	int rc;

	memset(out, 0, sizeof *out);
	if (prepare(st, &stmt, "SELECT m.id, m.started_at, m.title, m.status,"
	    " (SELECT count(*) FROM action a WHERE a.meeting_id = m.id)"
	    " FROM meeting m ORDER BY m.started_at, m.id", cause) != 0)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		r = &out->v[out->n++];
		r->id = (long)sqlite3_column_int64(stmt, 0);
		column_copy(stmt, 1, r->started_at, sizeof r->started_at);
		r->title = column_strdup(stmt, 2);
		r->status = strcmp((const char *)sqlite3_column_text(stmt, 3),
		    "live") == 0 ? MEETING_LIVE : MEETING_ENDED;
		r->nactions = sqlite3_column_int(stmt, 4);
	}
	if (rc != SQLITE_DONE)
		fail_db(st, cause, "meetings");
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Free a list of meetings. */
void
store_meeting_rows_fini(struct meeting_rows *rows)
{
	size_t i;

	for (i = 0; i < rows->n; i++)
		free(rows->v[i].title);
	free(rows->v);
	memset(rows, 0, sizeof *rows);
}

/* The team of a meeting. */
int
store_attendees(struct store *st, long meeting_id, struct agenda_person **out,
    size_t *n, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	*out = NULL;
	*n = 0;
	if (prepare(st, &stmt, "SELECT p.name, a.side FROM attendee a"
	    " JOIN person p ON p.id = a.person_id WHERE a.meeting_id = ?"
	    " ORDER BY a.side DESC, a.rowid", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *side = (const char *)sqlite3_column_text(stmt, 1);

		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[*n].name = column_strdup(stmt, 0);
		if (side == NULL || agenda_side_parse(side, &(*out)[*n].side))
			(*out)[*n].side = SIDE_NONE;
		(*n)++;
	}
	if (rc != SQLITE_DONE)
		fail_db(st, cause, "attendees");
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Every person Parley knows, by name. */
int
store_people(struct store *st, char ***names, size_t *n, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	*names = NULL;
	*n = 0;
	if (prepare(st, &stmt, "SELECT name FROM person ORDER BY name",
	    cause) != 0)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*names = xreallocarray(*names, *n + 1, sizeof **names);
		(*names)[(*n)++] = column_strdup(stmt, 0);
	}
	if (rc != SQLITE_DONE)
		fail_db(st, cause, "people");
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Add a note, decision, parking-lot topic or private note. */
int
store_entry_add(struct store *st, long meeting_id, long item_id,
    enum entry_kind kind, const char *text, time_t now, long *id,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (prepare(st, &stmt, "INSERT INTO entry (meeting_id, item_id, kind,"
	    " text, created_at) VALUES (?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	bind_id_or_null(stmt, 2, item_id);
	sqlite3_bind_text(stmt, 3, entry_kind_names[kind], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, text, -1, SQLITE_TRANSIENT);
	bind_time(stmt, 5, now);
	if (write_one(st, stmt, cause) != 0)
		return -1;
	if (id != NULL)
		*id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Read entry rows (id, meeting, item, kind, text, created_at) into out. */
static int
read_entries(struct store *st, sqlite3_stmt *stmt, struct entry_list *out,
    char **cause)
{
	struct entry *e;
	const char *kind;
	int rc, k;

	memset(out, 0, sizeof *out);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		e = &out->v[out->n++];
		e->id = (long)sqlite3_column_int64(stmt, 0);
		e->meeting_id = (long)sqlite3_column_int64(stmt, 1);
		e->item_id = (long)sqlite3_column_int64(stmt, 2);
		kind = (const char *)sqlite3_column_text(stmt, 3);
		e->kind = ENTRY_NOTE;
		for (k = 0; k < ENTRY_COUNT; k++) {
			if (strcmp(kind, entry_kind_names[k]) == 0)
				e->kind = (enum entry_kind)k;
		}
		e->text = column_strdup(stmt, 4);
		column_copy(stmt, 5, e->created_at, sizeof e->created_at);
	}
	if (rc != SQLITE_DONE)
		fail_db(st, cause, "entries");
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Entries of one meeting, or of one of its items. */
int
store_entries(struct store *st, long meeting_id, long item_id,
    enum entry_privacy privacy, struct entry_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	if (prepare(st, &stmt, "SELECT id, meeting_id, item_id, kind,"
	    " CASE WHEN kind = 'private' AND ?3 <> 1 THEN NULL ELSE text END,"
	    " created_at FROM entry WHERE meeting_id = ?1"
	    " AND (?2 = 0 OR item_id = ?2) AND (?3 <> 0 OR kind <> 'private')"
	    " AND kind IN ('note', 'decision', 'parking', 'private')"
	    " ORDER BY id", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int64(stmt, 2, item_id);
	sqlite3_bind_int(stmt, 3, (int)privacy);
	return read_entries(st, stmt, out, cause);
}

/* The parking lot of the meeting before this one. */
int
store_previous_parking(struct store *st, long meeting_id,
    struct entry_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	if (prepare(st, &stmt, "SELECT id, meeting_id, item_id, kind, text,"
	    " created_at FROM entry WHERE kind = 'parking' AND meeting_id ="
	    " (SELECT id FROM meeting WHERE id <> ?1 AND started_at <="
	    "  (SELECT started_at FROM meeting WHERE id = ?1)"
	    "  ORDER BY started_at DESC, id DESC LIMIT 1) ORDER BY id",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	return read_entries(st, stmt, out, cause);
}

/* Free a list of entries. */
void
store_entry_list_fini(struct entry_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Record one change to an action item. */
static int
action_event(struct store *st, long action_id, long meeting_id, time_t now,
    const char *what, const char *old, const char *new_value, char **cause)
{
	sqlite3_stmt *stmt;

	if (prepare(st, &stmt, "INSERT INTO action_event (action_id,"
	    " meeting_id, at, what, old, new) VALUES (?, ?, ?, ?, ?, ?)",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, action_id);
	bind_id_or_null(stmt, 2, meeting_id);
	bind_time(stmt, 3, now);
	sqlite3_bind_text(stmt, 4, what, -1, SQLITE_STATIC);
	bind_text_or_null(stmt, 5, old);
	bind_text_or_null(stmt, 6, new_value);
	return step_done(st, stmt, cause);
}

/* Insert the action row; the owner is created as a person if new. */
static int
insert_action(struct store *st, const struct action_new *a, time_t now,
    long *id, char **cause)
{
	sqlite3_stmt *stmt;
	long owner = 0;

	if (a->owner != NULL && *a->owner != '\0' &&
	    person_id(st, a->owner, SIDE_NONE, &owner, cause) != 0)
		return -1;
	if (prepare(st, &stmt, "INSERT INTO action (title, owner_id, due,"
	    " meeting_id, item_id, created_at, objection_id)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, a->title, -1, SQLITE_TRANSIENT);
	bind_id_or_null(stmt, 2, owner);
	bind_text_or_null(stmt, 3, a->due);
	bind_id_or_null(stmt, 4, a->meeting_id);
	bind_id_or_null(stmt, 5, a->item_id);
	bind_time(stmt, 6, now);
	bind_id_or_null(stmt, 7, a->objection_id);
	if (step_done(st, stmt, cause) != 0)
		return -1;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return action_event(st, *id, a->meeting_id, now, "created", NULL,
	    a->title, cause);
}

/* Add an action item and the first line of its history. */
int
store_action_add(struct store *st, const struct action_new *a, time_t now,
    long *id, char **cause)
{
	if (begin(st, cause) != 0)
		return -1;
	return finish(st, insert_action(st, a, now, id, cause), cause);
}

static const char *const outcome_names[] = {
	NULL, "action", "followup", "resolved"
};

/* Insert the objection row. */
static int
insert_objection(struct store *st, struct objection *o, time_t now,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (prepare(st, &stmt, "INSERT INTO objection (meeting_id, item_id,"
	    " side, statement, question, answer, outcome, followup, created_at)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, o->meeting_id);
	bind_id_or_null(stmt, 2, o->item_id);
	bind_text_or_null(stmt, 3, agenda_side_name(o->side));
	sqlite3_bind_text(stmt, 4, o->statement, -1, SQLITE_TRANSIENT);
	bind_text_or_null(stmt, 5, o->question);
	bind_text_or_null(stmt, 6, o->answer);
	bind_text_or_null(stmt, 7, outcome_names[o->outcome]);
	bind_text_or_null(stmt, 8, o->followup);
	bind_time(stmt, 9, now);
	if (step_done(st, stmt, cause) != 0)
		return -1;
	o->id = (long)sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* Save a parroted statement, its outcome and its action together. */
int
store_objection_add(struct store *st, struct objection *o,
    const struct action_new *act, time_t now, char **cause)
{
	struct action_new linked;
	int rc;

	if (begin(st, cause) != 0)
		return -1;
	rc = insert_objection(st, o, now, cause);
	o->action_id = 0;
	if (rc == 0 && act != NULL) {
		linked = *act;
		linked.objection_id = o->id;
		rc = insert_action(st, &linked, now, &o->action_id, cause);
	}
	return finish(st, rc, cause);
}

/* Read objection rows as selected by the two listings below. */
static int
read_objections(struct store *st, sqlite3_stmt *stmt,
    struct objection_list *out, char **cause)
{
	struct objection *o;
	const char *s;
	size_t k;
	int rc;

	memset(out, 0, sizeof *out);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		o = &out->v[out->n++];
		memset(o, 0, sizeof *o);
		o->id = (long)sqlite3_column_int64(stmt, 0);
		o->meeting_id = (long)sqlite3_column_int64(stmt, 1);
		o->item_id = (long)sqlite3_column_int64(stmt, 2);
		s = (const char *)sqlite3_column_text(stmt, 3);
		if (s == NULL || agenda_side_parse(s, &o->side) != 0)
			o->side = SIDE_NONE;
		o->statement = column_strdup(stmt, 4);
		o->question = column_strdup(stmt, 5);
		o->answer = column_strdup(stmt, 6);
		s = (const char *)sqlite3_column_text(stmt, 7);
		for (k = 1; s != NULL && k < 4; k++) {
			if (strcmp(s, outcome_names[k]) == 0)
				o->outcome = (enum objection_outcome)k;
		}
		o->followup = column_strdup(stmt, 8);
		o->action_id = (long)sqlite3_column_int64(stmt, 9);
		column_copy(stmt, 10, o->created_at, sizeof o->created_at);
	}
	if (rc != SQLITE_DONE)
		fail_db(st, cause, "objections");
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The columns read_objections expects; ?9 says whether to read followup. */
#define OBJECTION_COLUMNS \
	"SELECT o.id, o.meeting_id, o.item_id, o.side, o.statement," \
	" o.question, o.answer, o.outcome," \
	" CASE WHEN ?9 THEN o.followup END," \
	" (SELECT min(a.id) FROM action a WHERE a.objection_id = o.id)," \
	" o.created_at FROM objection o"

/* Objections of a meeting, or of one of its items. */
int
store_objections(struct store *st, long meeting_id, long item_id,
    int include_private, struct objection_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	if (prepare(st, &stmt, OBJECTION_COLUMNS " WHERE o.meeting_id = ?1"
	    " AND (?2 = 0 OR o.item_id = ?2) ORDER BY o.id", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	sqlite3_bind_int64(stmt, 2, item_id);
	sqlite3_bind_int(stmt, 9, include_private != 0);
	return read_objections(st, stmt, out, cause);
}

/* Private follow-ups still to raise. */
int
store_followups(struct store *st, struct objection_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	if (prepare(st, &stmt, OBJECTION_COLUMNS " WHERE o.outcome ="
	    " 'followup' AND o.followup_done_at IS NULL ORDER BY o.id",
	    cause) != 0)
		return -1;
	sqlite3_bind_int(stmt, 9, 1);
	return read_objections(st, stmt, out, cause);
}

/* Mark a follow-up raised with sales management. */
int
store_followup_done(struct store *st, long id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;

	if (prepare(st, &stmt, "UPDATE objection SET followup_done_at = ?"
	    " WHERE id = ? AND outcome = 'followup'"
	    " AND followup_done_at IS NULL", cause) != 0)
		return -1;
	bind_time(stmt, 1, now);
	sqlite3_bind_int64(stmt, 2, id);
	if (write_one(st, stmt, cause) != 0)
		return -1;
	if (sqlite3_changes(st->db) == 0)
		return util_fail(cause, "no follow-up %ld still to raise", id);
	return 0;
}

/* Free a list of objections. */
void
store_objection_list_fini(struct objection_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].statement);
		free(l->v[i].question);
		free(l->v[i].answer);
		free(l->v[i].followup);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Show a question in the room, or clear it. */
int
store_room_question(struct store *st, long meeting_id, const char *question,
    char **cause)
{
	sqlite3_stmt *stmt;

	if (prepare(st, &stmt, "UPDATE meeting SET room_question = ?"
	    " WHERE id = ?", cause) != 0)
		return -1;
	bind_text_or_null(stmt, 1, question);
	sqlite3_bind_int64(stmt, 2, meeting_id);
	return write_one(st, stmt, cause);
}

/* Read the room's question. */
int
store_room_question_get(struct store *st, long meeting_id, char **out,
    char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	*out = NULL;
	if (prepare(st, &stmt, "SELECT room_question FROM meeting WHERE id = ?",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, meeting_id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*out = column_strdup(stmt, 0);
	else if (rc != SQLITE_DONE)
		fail_db(st, cause, "meeting");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/* Start a read transaction: one consistent view for several reads. */
int
store_snapshot_begin(struct store *st, char **cause)
{
	return exec(st, "BEGIN", cause);
}

/* End the read transaction. */
void
store_snapshot_end(struct store *st)
{
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
}

/* A counter that moves when another connection commits. */
int
store_data_version(struct store *st, long *version, char **cause)
{
	return query_int(st, "PRAGMA data_version", version, cause);
}

/* Read action rows as selected by store_actions. */
static int
read_actions(struct store *st, sqlite3_stmt *stmt, struct action_list *out,
    char **cause)
{
	struct action *a;
	const char *s;
	int rc;

	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		a = &out->v[out->n++];
		memset(a, 0, sizeof *a);
		a->id = (long)sqlite3_column_int64(stmt, 0);
		a->title = column_strdup(stmt, 1);
		a->owner = column_strdup(stmt, 2);
		s = (const char *)sqlite3_column_text(stmt, 3);
		if (s == NULL || agenda_side_parse(s, &a->side) != 0)
			a->side = SIDE_NONE;
		column_copy(stmt, 4, a->due, sizeof a->due);
		s = (const char *)sqlite3_column_text(stmt, 5);
		if (action_status_parse(s, &a->status) != 0)
			a->status = ACTION_OPEN;
		a->meeting_id = (long)sqlite3_column_int64(stmt, 6);
		a->item_id = (long)sqlite3_column_int64(stmt, 7);
		a->carried = sqlite3_column_int(stmt, 8);
		column_copy(stmt, 9, a->created_at, sizeof a->created_at);
	}
	if (rc != SQLITE_DONE)
		fail_db(st, cause, "actions");
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* List action items, by owner then due date. */
int
store_actions(struct store *st, const struct action_filter *f,
    struct action_list *out, char **cause)
{
	sqlite3_stmt *stmt;

	memset(out, 0, sizeof *out);
	if (prepare(st, &stmt, "SELECT a.id, a.title, p.name, p.side, a.due,"
	    " a.status, a.meeting_id, a.item_id,"
	    /* Carried: the other meetings that kept or escalated it. */
	    " (SELECT count(DISTINCT e.meeting_id) FROM action_event e"
	    "  WHERE e.action_id = a.id AND e.what IN ('kept', 'escalated')"
	    "  AND e.meeting_id IS NOT a.meeting_id),"
	    " a.created_at"
	    " FROM action a LEFT JOIN person p ON p.id = a.owner_id"
	    " WHERE (?1 OR a.status = 'open')"
	    " AND (?2 IS NULL OR p.name = ?2)"
	    " AND (?3 = 0 OR a.meeting_id = ?3)"
	    " AND (?4 = 0 OR a.meeting_id IS NULL OR a.meeting_id <> ?4)"
	    " AND (?5 = 0 OR a.item_id = ?5)"
	    " AND (?6 IS NULL OR a.status = 'open' AND a.due < ?6)"
	    " ORDER BY p.name IS NULL, p.name COLLATE NOCASE,"
	    " a.due IS NULL, a.due, a.id", cause) != 0)
		return -1;
	sqlite3_bind_int(stmt, 1, f->all != 0);
	bind_text_or_null(stmt, 2, f->owner);
	sqlite3_bind_int64(stmt, 3, f->meeting_id);
	sqlite3_bind_int64(stmt, 4, f->before_meeting);
	sqlite3_bind_int64(stmt, 5, f->item_id);
	bind_text_or_null(stmt, 6, f->due_before);
	return read_actions(st, stmt, out, cause);
}

/* Read one action's status and due date; -1 if there is no such action. */
static int
action_state(struct store *st, long id, char *status, char *due, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (prepare(st, &stmt, "SELECT status, due FROM action WHERE id = ?",
	    cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		column_copy(stmt, 0, status, 16);
		column_copy(stmt, 1, due, 11);
	} else if (rc == SQLITE_DONE)
		util_fail(cause, "no action item %ld", id);
	else
		fail_db(st, cause, "action");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Mark an action done or dropped. */
int
store_action_close(struct store *st, long id, enum action_status status,
    long meeting_id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;
	char old[16], due[11];
	const char *name = action_status_name(status);
	int rc;

	if (begin(st, cause) != 0)
		return -1;
	rc = action_state(st, id, old, due, cause);
	if (rc == 0)
		rc = prepare(st, &stmt, "UPDATE action SET status = ?,"
		    " closed_at = ? WHERE id = ?", cause);
	if (rc == 0) {
		sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
		if (status == ACTION_OPEN)
			sqlite3_bind_null(stmt, 2);
		else
			bind_time(stmt, 2, now);
		sqlite3_bind_int64(stmt, 3, id);
		rc = step_done(st, stmt, cause);
	}
	if (rc == 0)
		rc = action_event(st, id, meeting_id, now, "status", old, name,
		    cause);
	return finish(st, rc, cause);
}

/* Read an action's owner's name into a new string (NULL for none). */
static int
action_owner(struct store *st, long id, char **owner, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	*owner = NULL;
	if (prepare(st, &stmt, "SELECT p.name FROM action a LEFT JOIN person p"
	    " ON p.id = a.owner_id WHERE a.id = ?", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*owner = column_strdup(stmt, 0);
	else
		fail_db(st, cause, "action");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Hand an action to owner with a new date, and say so in its history. */
static int
escalate(struct store *st, long id, const char *owner, const char *due,
    long meeting_id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;
	char status[16], old_due[11], *old_owner = NULL;
	long pid;
	int rc;

	rc = action_state(st, id, status, old_due, cause);
	if (rc == 0 && strcmp(status, "open") != 0)
		rc = util_fail(cause, "action item %ld is %s, not open", id,
		    status);
	if (rc == 0)
		rc = action_owner(st, id, &old_owner, cause);
	if (rc == 0)
		rc = person_id(st, owner, SIDE_NONE, &pid, cause);
	if (rc == 0)
		rc = prepare(st, &stmt, "UPDATE action SET owner_id = ?,"
		    " due = ? WHERE id = ?", cause);
	if (rc == 0) {
		sqlite3_bind_int64(stmt, 1, pid);
		bind_text_or_null(stmt, 2, due);
		sqlite3_bind_int64(stmt, 3, id);
		rc = step_done(st, stmt, cause);
	}
	if (rc == 0)
		rc = action_event(st, id, meeting_id, now, "owner", old_owner,
		    owner, cause);
	if (rc == 0 && strcmp(old_due, due) != 0)
		rc = action_event(st, id, meeting_id, now, "due", old_due, due,
		    cause);
	if (rc == 0)
		rc = action_event(st, id, meeting_id, now, "escalated",
		    old_owner, owner, cause);
	free(old_owner);
	return rc;
}

/* Escalate an open action to a new owner and date. */
int
store_action_escalate(struct store *st, long id, const char *owner,
    const char *due, long meeting_id, time_t now, char **cause)
{
	if (begin(st, cause) != 0)
		return -1;
	return finish(st, escalate(st, id, owner, due, meeting_id, now, cause),
	    cause);
}

/* Keep an open action through a meeting with a new due date. */
int
store_action_keep(struct store *st, long id, const char *due,
    long meeting_id, time_t now, char **cause)
{
	sqlite3_stmt *stmt;
	char status[16], old_due[11];
	int rc;

	if (begin(st, cause) != 0)
		return -1;
	rc = action_state(st, id, status, old_due, cause);
	if (rc == 0 && strcmp(status, "open") != 0)
		rc = util_fail(cause, "action item %ld is %s, not open", id,
		    status);
	if (rc == 0)
		rc = prepare(st, &stmt, "UPDATE action SET due = ?"
		    " WHERE id = ?", cause);
	if (rc == 0) {
		bind_text_or_null(stmt, 1, due);
		sqlite3_bind_int64(stmt, 2, id);
		rc = step_done(st, stmt, cause);
	}
	if (rc == 0 && strcmp(old_due, due != NULL ? due : "") != 0)
		rc = action_event(st, id, meeting_id, now, "due", old_due, due,
		    cause);
	if (rc == 0)
		rc = action_event(st, id, meeting_id, now, "kept", NULL, due,
		    cause);
	return finish(st, rc, cause);
}
