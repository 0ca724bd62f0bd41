/* store.c: the SQLite database, the only place Parley speaks SQL. */
#include "store_priv.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sysexits.h>

#include "date.h"
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

/* Begin reading rows of stmt. */
void
store_row_init(struct store_row *r, struct store *st, sqlite3_stmt *stmt,
    char **cause)
{
	r->st = st;
	r->stmt = stmt;
	r->cause = cause;
	r->bad = 0;
}

/* Report a damaged column: what a hand changed, not what Parley wrote. */
int
store_damaged(struct store *st, char **cause, const char *column, long row)
{
	return store_fail(st, EX_DATAERR, cause, "damaged database: %s, row "
	    "%ld", column, row);
}

/* Report a damaged column of the row being read, unless one was. */
int
store_row_bad(struct store_row *r, const char *column, long row)
{
	if (r->bad)
		return -1;
	r->bad = 1;
	return store_damaged(r->st, r->cause, column, row);
}

/* Text that must be there, borrowed. */
const char *
store_row_word(struct store_row *r, int i, const char *column, long row)
{
	const char *s = (const char *)sqlite3_column_text(r->stmt, i);

	if (s == NULL)
		store_row_bad(r, column, row);
	return s;
}

/* Text that must be there, copied. */
char *
store_row_text(struct store_row *r, int i, const char *column, long row)
{
	return xstrdup(store_row_word(r, i, column, row));
}

/* A stored time, and its text. */
void
store_row_time(struct store_row *r, int i, const char *column, long row,
    int optional, time_t *t, char iso[20])
{
	const char *s = (const char *)sqlite3_column_text(r->stmt, i);
	int ok;

	if (t != NULL)
		*t = 0;
	if (iso != NULL)
		iso[0] = '\0';
	if (s == NULL && optional)
		return;
	/* A listing wants the text alone: checked without mktime's cost. */
	ok = s != NULL && (t != NULL ? clock_parse_iso(s, t) == 0 :
	    clock_valid_iso(s));
	if (!ok) {
		if (t != NULL)
			*t = 0;
		store_row_bad(r, column, row);
	} else if (iso != NULL)
		memcpy(iso, s, strlen(s) + 1); /* 19 bytes at most, once valid */
}

/* A day on the calendar, or none. */
void
store_row_day(struct store_row *r, int i, const char *column, long row,
    char day[11])
{
	const char *s = (const char *)sqlite3_column_text(r->stmt, i);
	struct date d;

	day[0] = '\0';
	if (s == NULL)
		return;
	/* On the calendar, the text is the date as date_format writes it. */
	if (date_from_iso(s, &d) != 0)
		store_row_bad(r, column, row);
	else
		memcpy(day, s, 11);
}

/* An integer in its range. */
long
store_row_int(struct store_row *r, int i, const char *column, long row,
    long min, long max, int optional)
{
	int type = sqlite3_column_type(r->stmt, i);
	sqlite3_int64 v;

	if (type == SQLITE_NULL && optional)
		return 0;
	v = sqlite3_column_int64(r->stmt, i);
	if (type != SQLITE_INTEGER || v < min || v > max) {
		store_row_bad(r, column, row);
		return min > 0 ? min : 0;
	}
	return (long)v;
}

/* A number in its range. */
double
store_row_real(struct store_row *r, int i, const char *column, long row,
    double min, double max)
{
	int type = sqlite3_column_type(r->stmt, i);
	double v = sqlite3_column_double(r->stmt, i);

	/* Written the other way round, a NaN would pass. */
	if ((type != SQLITE_INTEGER && type != SQLITE_FLOAT) ||
	    !(v >= min && v <= max)) {
		store_row_bad(r, column, row);
		return min;
	}
	return v;
}

/* A side, or none. */
enum side
store_row_side(struct store_row *r, int i, const char *column, long row)
{
	const char *s = (const char *)sqlite3_column_text(r->stmt, i);
	enum side side = SIDE_NONE;

	if (s != NULL && agenda_side_parse(s, &side) != 0) {
		store_row_bad(r, column, row);
		side = SIDE_NONE;
	}
	return side;
}

/* Finish reading rows: report a failed step, finalize; 0 when all read. */
int
store_row_end(struct store_row *r, int rc, const char *what)
{
	/* SQLite's message, read before finalize can change it. */
	if (rc != SQLITE_DONE && !r->bad)
		store_fail_db(r->st, r->cause, what);
	sqlite3_finalize(r->stmt);
	return rc == SQLITE_DONE && !r->bad ? 0 : -1;
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

/*
 * The user's home folder: $HOME when it is a path from the root, else the
 * password entry's. NULL when neither is: no guessing "." or "/".
 */
static const char *
home_folder(void)
{
	const char *home = getenv("HOME");
	struct passwd *pw;

	if (home != NULL && *home == '/')
		return home;
	pw = getpwuid(getuid());
	if (pw != NULL && pw->pw_dir != NULL && *pw->pw_dir == '/')
		return pw->pw_dir;
	return NULL;
}

/* Where the database lives: the flag, $PARLEY_DB, then the XDG data folder. */
char *
store_default_path(const char *flag)
{
	const char *env = getenv("PARLEY_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home;

	if (flag != NULL && *flag != '\0')
		return xstrdup(flag);
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/parley/parley.db", xdg);
	home = home_folder();
	return home != NULL ? xasprintf("%s/.local/share/parley/parley.db",
	    home) : NULL;
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

/*
 * Create the file with mode 0600 when missing, so SQLite never widens it:
 * 0, 1 when something is there by now (another Parley starting at the
 * same moment made it), or -1 with *cause.
 */
static int
create_file(const char *path, char **cause)
{
	int fd;

	if (make_parents(path, cause) != 0)
		return -1;
	/* O_EXCL: never through a symbolic link made meanwhile. */
	fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EEXIST)
		return 1;
	if (fd < 0)
		return util_fail(cause, "cannot create %s: %s", path,
		    strerror(errno));
	close(fd);
	return 0;
}

/*
 * Make path ready for SQLite: created (mode 0600) when missing; an empty
 * file, which is no one's database yet, made 0600 like a new one; a
 * symbolic link to nothing refused, not followed to create its target.
 * 0, or a sysexits code with *cause.
 */
static int
prepare_file(const char *path, char **cause)
{
	struct stat sb;
	int made;

	/* Look again when another Parley made the file between the two. */
	while (lstat(path, &sb) != 0) {
		if (errno != ENOENT) {
			util_fail(cause, "cannot open %s: %s", path,
			    strerror(errno));
			return EX_IOERR;
		}
		if ((made = create_file(path, cause)) <= 0)
			return made < 0 ? EX_CANTCREAT : 0;
	}
	if (S_ISLNK(sb.st_mode) && stat(path, &sb) != 0) {
		util_fail(cause, "%s is a symbolic link to %s; Parley does not "
		    "create a database at the end of one", path, errno ==
		    ENOENT ? "nothing" : strerror(errno));
		return EX_CANTCREAT;
	}
	/* Not ours to change if it fails: SQLite then says why it cannot. */
	if (S_ISREG(sb.st_mode) && sb.st_size == 0 && (sb.st_mode & 077) != 0)
		(void)chmod(path, 0600);
	return 0;
}

/*
 * Say why the file could not be read, as SQLite said it: busy (75), not a
 * database (65), or a file Parley cannot open or write (74), with the
 * system's reason when there is one. Returns the exit code.
 */
static int
unreadable(struct store *st, char **cause)
{
	int sys = sqlite3_system_errno(st->db);
	const char *msg = sqlite3_errmsg(st->db);

	switch (st->last_rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		util_fail(cause, "%s is busy (%s)", st->path, msg);
		return EX_TEMPFAIL;
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
		util_fail(cause, "%s is not a Parley database (%s); it was left "
		    "untouched", st->path, msg);
		return EX_DATAERR;
	}
	if (sys != 0)
		util_fail(cause, "cannot open %s: %s (%s)", st->path, msg,
		    strerror(sys));
	else
		util_fail(cause, "cannot open %s: %s", st->path, msg);
	return EX_IOERR;
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
	if (rc != 0) {
		/* SQLite's reason, before COMMIT's own ("not an error"). */
		rc = unreadable(st, cause);
		sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
		return rc;
	}
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
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
	if (strcmp(path, ":memory:") != 0 &&
	    (code = prepare_file(path, cause)) != 0)
		return code;
	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	st->lock_fd = -1;
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		st->last_rc = sqlite3_extended_errcode(st->db);
		code = st->db != NULL ? unreadable(st, cause) : util_fail(cause,
		    "cannot open %s: out of memory", path);
		store_close(st);
		return code < 0 ? EX_OSERR : code;
	}
	sqlite3_busy_timeout(st->db, 2000);
	code = check_identity(st, &version, cause);
	/* SQLite opens a file it may not write read-only, without a word. */
	if (code == 0 && sqlite3_db_readonly(st->db, "main") == 1) {
		util_fail(cause, "cannot write %s: %s", path,
		    sqlite3_errstr(SQLITE_READONLY));
		code = EX_IOERR;
	}
	/*
	 * A schema already current needs no write transaction to find so:
	 * versions only go up, and a newer one was refused.
	 */
	if (code == 0 && (set_wal(st, cause) != 0 ||
	    store_exec(st, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON",
	    cause) != 0 || (version < NMIGRATIONS && migrate(st, cause) != 0)))
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

