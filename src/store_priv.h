/* store_priv.h: what the store_*.c files share; nothing outside the store includes it. */
#ifndef PARLEY_STORE_PRIV_H
#define PARLEY_STORE_PRIV_H

#include <sqlite3.h>
#include <stdio.h>
#include <time.h>

#include "store.h"

struct store {
	sqlite3 *db;
	char *path;
	int lock_fd;   /* the meeting-screen lock, -1 when not held */
	int last_rc;   /* SQLite's code for the last failure */
	int code;      /* the sysexits code of the last failure */
	int batch;     /* in store_batch_begin's transaction: writes are
	                  savepoints within it */
};

/* Record a SQLite failure in *cause (its exit class too); returns -1. */
int store_fail_db(struct store *st, char **cause, const char *what);
/*
 * Record a failure of the data, not of SQLite, with its exit class (66 not
 * found, 65 bad data); returns -1.
 */
int store_fail(struct store *st, int code, char **cause, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Prepare a statement or fail. */
int store_prepare(struct store *st, sqlite3_stmt **stmt, const char *sql,
    char **cause);
/* Bind a text, or NULL when s is NULL or empty. */
void store_bind_text(sqlite3_stmt *stmt, int i, const char *s);
/* Bind a row id, or NULL when it is 0. */
void store_bind_id(sqlite3_stmt *stmt, int i, long id);
/* Bind a time as local ISO 8601 text. */
void store_bind_time(sqlite3_stmt *stmt, int i, time_t t);
/* Copy a text column, NULL staying NULL. Caller frees. */
char *store_col_strdup(sqlite3_stmt *stmt, int i);
/* Copy a text column into a fixed buffer ("" for NULL). */
void store_col_copy(sqlite3_stmt *stmt, int i, char *buf, size_t size);
/*
 * Reading a row of a file someone may have edited by hand. Each
 * store_row_* helper reads one column and checks it holds what Parley
 * writes there: on the first that does not (NULL where a value belongs,
 * a time or date that does not parse, a number out of its range, a word
 * outside its set) *cause becomes "damaged database: TABLE.COLUMN, row
 * N", the exit class 65 and bad 1; the reader checks bad once the row is
 * read, and gives up. column is "table.column"; row the rowid of that
 * table's row, for the message.
 */
struct store_row {
	struct store *st;
	sqlite3_stmt *stmt;
	char **cause;
	int bad;             /* a column was damaged; *cause says which */
};

/* The times a stored clock may hold: 0001-01-01 to 9999-12-31 (UTC). */
#define STORE_TIME_MIN (-62135596800L)
#define STORE_TIME_MAX 253402300799L
/* No item or meeting is longer than a day (the agenda holds less). */
#define STORE_MINUTES_MAX 1440

/* "damaged database: COLUMN, row N" in *cause, exit class 65; -1. */
int store_damaged(struct store *st, char **cause, const char *column,
    long row);
/* Begin reading rows of stmt. */
void store_row_init(struct store_row *r, struct store *st,
    sqlite3_stmt *stmt, char **cause);
/* Report column of row as damaged (the first report stays); returns -1. */
int store_row_bad(struct store_row *r, const char *column, long row);
/* Text that must be there: a copy (caller frees), NULL when damaged. */
char *store_row_text(struct store_row *r, int i, const char *column,
    long row);
/* Text that must be there, borrowed until the next step; NULL: damaged. */
const char *store_row_word(struct store_row *r, int i, const char *column,
    long row);
/*
 * A time written by store_bind_time: 0 for NULL when optional, else
 * damaged unless clock_parse_iso reads it. Into *t unless t is NULL (then
 * only checked, which is cheaper), and its text into iso (20 bytes, ""
 * for NULL) unless iso is NULL.
 */
void store_row_time(struct store_row *r, int i, const char *column,
    long row, int optional, time_t *t, char iso[20]);
/* A "YYYY-MM-DD" on the calendar, or "" for NULL, into day (11 bytes). */
void store_row_day(struct store_row *r, int i, const char *column, long row,
    char day[11]);
/*
 * An integer from min to max, or 0 for NULL when optional (a NULL in a
 * column that must have one, text or a real number is damage).
 */
long store_row_int(struct store_row *r, int i, const char *column, long row,
    long min, long max, int optional);
/* A number (integer or real) from min to max; NULL or text is damage. */
double store_row_real(struct store_row *r, int i, const char *column,
    long row, double min, double max);
/* A side, SIDE_NONE for NULL; another word is damage. */
enum side store_row_side(struct store_row *r, int i, const char *column,
    long row);

/*
 * Finish reading r's rows, rc the last step's result: a failed step is
 * reported as what (unless a column was damaged, already reported), the
 * statement finalized. 0 when every row was read, else -1.
 */
int store_row_end(struct store_row *r, int rc, const char *what);

/* Step a statement that returns no rows, then finalize it. */
int store_step_done(struct store *st, sqlite3_stmt *stmt, char **cause);
/* Step a one-statement write in an explicit transaction of its own. */
int store_write_one(struct store *st, sqlite3_stmt *stmt, char **cause);
/* Run SQL without parameters. */
int store_exec(struct store *st, const char *sql, char **cause);
/* Start a write transaction; IMMEDIATE so a busy database fails here. */
int store_begin(struct store *st, char **cause);
/* Commit, or roll back when rc says the work failed. Returns 0 or -1. */
int store_finish(struct store *st, int rc, char **cause);
/* One integer from a query without parameters. */
int store_query_int(struct store *st, const char *sql, long *out,
    char **cause);
/* One id from a query without parameters: 1 found, 0 none, -1. */
int store_query_id(struct store *st, const char *sql, long *id,
    char **cause);

/*
 * The one text column of the row sql selects by its one parameter, id: 1
 * with *out (a new string, NULL for SQL NULL), 0 when there is no row,
 * -1 on failure.
 */
int store_text_by_id(struct store *st, const char *sql, long id, char **out,
    char **cause);

/*
 * Within the caller's transaction: when no version of the MQL definition
 * exists, the criteria of the agenda's definition item (if any) become
 * version 1, in force (store_mql.c).
 */
int store_mql_seed(struct store *st, const struct agenda *a, long meeting_id,
    time_t now, char **cause);
/* Find or create a person by name; a known side is recorded. */
int store_person_id(struct store *st, const char *name, enum side side,
    long *id, char **cause);
/* Insert an action row and the first line of its history. */
int store_insert_action(struct store *st, const struct action_new *a,
    time_t now, long *id, char **cause);

/* Record one change to an action item in its history. */
int store_action_event(struct store *st, long action_id, long meeting_id,
    time_t now, const char *what, const char *old, const char *new_value,
    char **cause);
/* What capture_event rows are about. */
enum store_capture { CAPTURE_OF_ENTRY, CAPTURE_OF_OBJECTION };
/* Record one change to a note or a statement in capture_event. */
int store_capture_event(struct store *st, enum store_capture of, long id,
    time_t now, const char *what, const char *field, const char *old,
    const char *new_value, char **cause);

/*
 * The objection text names among those heard (prospect_find): 1 with the
 * id of its newest hearing and its name (caller frees), 0 when none, -1.
 */
int store_prospect_find(struct store *st, const char *text, long *id,
    char **name, char **cause);

#endif
