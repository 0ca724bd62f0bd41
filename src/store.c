/* store.c: the SQLite database, the only place Parley speaks SQL. */
#include "store_priv.h"

#include <errno.h>
#include <stdarg.h>
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

/* The sysexits code fitting a SQLite result code. */
static int
sqlite_exit_code(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return EX_TEMPFAIL;
	case SQLITE_FULL:
	case SQLITE_IOERR:
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
		return EX_IOERR;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return EX_DATAERR;
	default:
		return EX_SOFTWARE;
	}
}

/* Record a SQLite failure in *cause and return -1. */
int
store_fail_db(struct store *st, char **cause, const char *what)
{
	st->last_rc = sqlite3_extended_errcode(st->db);
	st->code = sqlite_exit_code(st->last_rc);
	return util_fail(cause, "%s: %s", what, sqlite3_errmsg(st->db));
}

/* Record a failure of the data with its exit class and return -1. */
int
store_fail(struct store *st, int code, char **cause, const char *fmt, ...)
{
	va_list ap;

	st->code = code;
	va_start(ap, fmt);
	util_vfail(cause, fmt, ap);
	va_end(ap);
	return -1;
}

/* Prepare a statement or fail. */
int
store_prepare(struct store *st, sqlite3_stmt **stmt, const char *sql, char **cause)
{
	if (sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL) != SQLITE_OK) {
		*stmt = NULL;
		return store_fail_db(st, cause, "database");
	}
	return 0;
}

/* Bind a text or NULL when s is NULL or empty. */
void
store_bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
	if (s == NULL || *s == '\0')
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_text(stmt, i, s, -1, SQLITE_TRANSIENT);
}

/* Bind a row id or NULL when it is 0. */
void
store_bind_id(sqlite3_stmt *stmt, int i, long id)
{
	if (id == 0)
		sqlite3_bind_null(stmt, i);
	else
		sqlite3_bind_int64(stmt, i, id);
}

/* Bind a time as local ISO 8601 text. */
void
store_bind_time(sqlite3_stmt *stmt, int i, time_t t)
{
	char buf[20];

	clock_iso(t, buf);
	sqlite3_bind_text(stmt, i, buf, -1, SQLITE_TRANSIENT);
}

/* Copy a text column, NULL staying NULL. Caller frees. */
char *
store_col_strdup(sqlite3_stmt *stmt, int i)
{
	return xstrdup((const char *)sqlite3_column_text(stmt, i));
}

/* Copy a text column into a fixed buffer ("" for NULL). */
void
store_col_copy(sqlite3_stmt *stmt, int i, char *buf, size_t size)
{
	const char *s = (const char *)sqlite3_column_text(stmt, i);
	size_t n = s != NULL ? strnlen(s, size - 1) : 0;

	/* Not snprintf: listings copy a few of these for every row. */
	if (n > 0)
		memcpy(buf, s, n);
	buf[n] = '\0';
}

/* Step a statement that returns no rows, then finalize it. */
int
store_step_done(struct store *st, sqlite3_stmt *stmt, char **cause)
{
	int rc = sqlite3_step(stmt);

	if (rc != SQLITE_DONE) {
		store_fail_db(st, cause, "database");
		sqlite3_finalize(stmt);
		return -1;
	}
	sqlite3_finalize(stmt);
	return 0;
}


/* Step a write of one statement in an explicit transaction of its own. */
int
store_write_one(struct store *st, sqlite3_stmt *stmt, char **cause)
{
	if (store_begin(st, cause) != 0) {
		sqlite3_finalize(stmt);
		return -1;
	}
	return store_finish(st, store_step_done(st, stmt, cause), cause);
}

/* Run SQL without parameters. */
int
store_exec(struct store *st, const char *sql, char **cause)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return store_fail_db(st, cause, "database");
	return 0;
}

/*
 * Start a write transaction; IMMEDIATE so a busy database fails here.
 * Within a batch, a savepoint: the write is undone alone if it fails.
 */
int
store_begin(struct store *st, char **cause)
{
	return store_exec(st, st->batch ? "SAVEPOINT store_write" :
	    "BEGIN IMMEDIATE", cause);
}

/* Commit, or roll back when rc says the work failed. Returns rc or -1. */
int
store_finish(struct store *st, int rc, char **cause)
{
	if (st->batch) {
		if (rc == 0 && store_exec(st, "RELEASE store_write", cause) == 0)
			return 0;
		sqlite3_exec(st->db, "ROLLBACK TO store_write; "
		    "RELEASE store_write", NULL, NULL, NULL);
		return -1;
	}
	if (rc == 0 && store_exec(st, "COMMIT", cause) == 0)
		return 0;
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* Start one transaction for many writes. */
int
store_batch_begin(struct store *st, char **cause)
{
	if (st->batch)
		return store_fail(st, EX_SOFTWARE, cause, "a batch is open");
	if (store_begin(st, cause) != 0)
		return -1;
	st->batch = 1;
	return 0;
}

/* Commit the batch's writes, or roll them all back when rc is not 0. */
int
store_batch_end(struct store *st, int rc, char **cause)
{
	st->batch = 0;
	return store_finish(st, rc, cause);
}

/* Read one integer from a query without parameters. */
int
store_query_int(struct store *st, const char *sql, long *out, char **cause)
{
	sqlite3_stmt *stmt;
	int rc = -1;

	if (store_prepare(st, &stmt, sql, cause) != 0)
		return -1;
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		*out = (long)sqlite3_column_int64(stmt, 0);
		rc = 0;
	} else
		store_fail_db(st, cause, "database");
	sqlite3_finalize(stmt);
	return rc;
}

/* One text column of the row selected by one id: 1, 0 for no row, -1. */
int
store_text_by_id(struct store *st, const char *sql, long id, char **out,
    char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	*out = NULL;
	if (store_prepare(st, &stmt, sql, cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*out = store_col_strdup(stmt, 0);
	else if (rc != SQLITE_DONE)
		store_fail_db(st, cause, "database");
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
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
	rc = store_exec(st, "BEGIN", cause);
	if (rc == 0)
		rc = store_query_int(st, "PRAGMA application_id", &app, cause);
	if (rc == 0)
		rc = store_query_int(st, "PRAGMA user_version", version, cause);
	if (rc == 0)
		rc = store_query_int(st, "SELECT count(*) FROM sqlite_schema",
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
		if (store_begin(st, cause) != 0)
			return -1;
		if (store_query_int(st, "PRAGMA user_version", &version, cause) != 0)
			return store_finish(st, -1, cause);
		if (version >= NMIGRATIONS)
			return store_finish(st, 0, cause);
		rc = 0;
		for (i = 0; rc == 0 && i < NSTATEMENTS; i++) {
			if (store_migrations[i].version == version + 1)
				rc = store_exec(st, store_migrations[i].sql, cause);
		}
		snprintf(pragma, sizeof pragma,
		    "PRAGMA application_id = %d; PRAGMA user_version = %d",
		    STORE_APPLICATION_ID, (int)version + 1);
		if (rc == 0)
			rc = store_exec(st, pragma, cause);
		if (store_finish(st, rc, cause) != 0)
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
		if (store_exec(st, "PRAGMA journal_mode = WAL", cause) == 0)
			return 0;
		if ((st->last_rc & 0xff) != SQLITE_BUSY &&
		    (st->last_rc & 0xff) != SQLITE_LOCKED)
			return -1;
		usleep(20 * 1000);
	}
	return -1;
}

/* The sysexits code of the last failure. */
int
store_error_code(const struct store *st)
{
	return st->code != 0 ? st->code : EX_SOFTWARE;
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
	    store_exec(st, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON",
	    cause) != 0 || migrate(st, cause) != 0))
		code = store_error_code(st);
	if (code != 0) {
		store_close(st);
		return code;
	}
	*out = st;
	return 0;
}

/* A folder beside the database, made (mode 0700) if missing. */
char *
store_folder(struct store *st, const char *name, char **cause)
{
	char *dir = xstrdup(st->path), *slash = strrchr(dir, '/'), *path;

	if (slash != NULL)
		*slash = '\0';
	path = xasprintf("%s/%s", slash != NULL ? (*dir != '\0' ? dir : "/") :
	    ".", name);
	free(dir);
	if (mkdir(path, 0700) != 0 && errno != EEXIST) {
		util_fail(cause, "cannot create %s: %s", path, strerror(errno));
		free(path);
		return NULL;
	}
	return path;
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
		st->code = EX_TEMPFAIL;
		return util_fail(cause, "the meeting is open in another "
		    "parley on this database");
	}
	st->lock_fd = fd;
	return 0;
}


/* Read one id from a query without parameters: 1 found, 0 none, -1. */
int
store_query_id(struct store *st, const char *sql, long *id, char **cause)
{
	sqlite3_stmt *stmt;
	int rc;

	if (store_prepare(st, &stmt, sql, cause) != 0)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*id = (long)sqlite3_column_int64(stmt, 0);
		rc = 1;
	} else if (rc == SQLITE_DONE)
		rc = 0;
	else
		rc = store_fail_db(st, cause, "meeting");
	sqlite3_finalize(stmt);
	return rc;
}

/* Parse a stored ISO time; 0 when NULL or malformed. */
time_t
store_col_time(sqlite3_stmt *stmt, int i)
{
	const char *s = (const char *)sqlite3_column_text(stmt, i);
	time_t t;

	return s != NULL && clock_parse_iso(s, &t) == 0 ? t : 0;
}

/* Start a read transaction: one consistent view for several reads. */
int
store_snapshot_begin(struct store *st, char **cause)
{
	return store_exec(st, "BEGIN", cause);
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
	return store_query_int(st, "PRAGMA data_version", version, cause);
}

