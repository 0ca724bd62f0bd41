/*
 * test_damage.c: a database tampered with outside Parley is read without a
 * crash: what cannot be read is reported as "damaged database:
 * TABLE.COLUMN, row N" (65), and everything else reads as before.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>
#include <valgrind/valgrind.h>

#include "action.h"
#include "backlog.h"
#include "export.h"
#include "fixture.h"
#include "session.h"
#include "store.h"
#include "store_mql.h"
#include "testlib.h"
#include "util.h"
#include "view.h"

#define AGENDA "agendas/monthly-alignment.yaml"

/* The fixture, built once, with its NOT NULL constraints taken out. */
static struct tmpdir tmp;

/*
 * The values a hand may put in a cell, none fitting every column, and how
 * thorough a sweep must be to try each in a table's last and first row
 * (3: never). Under AddressSanitizer a sweep is less thorough (1), under
 * valgrind the least (0), so that each takes a minute or so.
 */
static const struct tamper_value {
	const char *sql;
	int last, first;
} tamper_values[] = {
	{ "NULL", 0, 1 },
	{ "'garbage'", 0, 2 },
	{ "''", 2, 3 },
	{ "-1", 1, 3 },
	{ "9223372036854775807", 1, 3 },
	{ "x'ff00fe'", 2, 3 },
};
#define NVALUES (sizeof tamper_values / sizeof tamper_values[0])

/* How thorough the sweep is in this build and run (see tamper_values). */
static int
sweep_level(void)
{
#if defined(__SANITIZE_ADDRESS__)
	return 1;
#else
	return RUNNING_ON_VALGRIND ? 0 : 2;
#endif
}

/* One cell tampered with, and what reading the database then gave. */
struct tamper_case {
	char table[32];
	char column[32];
	int notnull;         /* the column was NOT NULL before the test */
	long row;
	const char *value;
};

/* Every cell tampered with, found before NOT NULL is taken out. */
static struct tamper_case *cells;
static size_t ncells;

static struct tamper_case *all_cells(sqlite3 *db, size_t *n);


/* Fail the test with SQLite's message unless rc is what was wanted. */
static void
sql_ok(sqlite3 *db, int rc, int want, const char *what)
{
	if (rc != want)
		fail_msg("%s: %s", what, sqlite3_errmsg(db));
}

/* Open the fixture with a connection of the test's own, not the store's. */
static sqlite3 *
raw_open(void)
{
	sqlite3 *db = NULL;

	sql_ok(db, sqlite3_open(tmp.path, &db), SQLITE_OK, "open");
	sqlite3_busy_timeout(db, 2000);
	/* What a hand with the sqlite3 shell may do: no CHECK holds it. */
	sql_ok(db, sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON;"
	    /* The test's own writes need not wait for the disk. */
	    "PRAGMA synchronous = OFF", NULL, NULL, NULL), SQLITE_OK,
	    "pragma");
	return db;
}

/* Run SQL on a raw connection or fail the test. */
static void
raw_exec(sqlite3 *db, const char *sql)
{
	sql_ok(db, sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK, sql);
}

/*
 * Build the fixture, make meeting 2 the one in progress (so the meeting
 * screen's session reads it too) and take NOT NULL out of every table's
 * definition, as someone editing the file by hand could.
 */
static int
group_setup(void **state)
{
	sqlite3 *db;

	(void)state;
	setenv("TZ", "UTC", 1);
	if (tmpdir_init(&tmp) != 0)
		return -1;
	fixture_minutes(tmp.path, AGENDA);
	db = raw_open();
	cells = all_cells(db, &ncells);
	raw_exec(db, "UPDATE meeting SET status = 'live', ended_at = NULL"
	    " WHERE id = 2;"
	    "PRAGMA writable_schema = ON;"
	    "UPDATE sqlite_schema SET sql = replace(sql, 'NOT NULL', '')"
	    " WHERE type = 'table';"
	    "PRAGMA writable_schema = OFF;");
	sqlite3_close(db);
	return 0;
}

/* Remove the fixture. */
static int
group_teardown(void **state)
{
	(void)state;
	free(cells);
	return tmpdir_fini(&tmp);
}

/* Write the minutes of v in every format, to nowhere; 0 or 65. */
static int
export_all(const struct meeting_view *v, char **cause)
{
	static const char *const formats[] = { "md", "html", "json", "csv",
	    "ics" };
	FILE *f = fopen("/dev/null", "w");
	size_t i;
	int rc = 0;

	assert_non_null(f);
	for (i = 0; rc == 0 && i < sizeof formats / sizeof formats[0]; i++)
		rc = export_find(formats[i])->write(f, v, cause);
	fclose(f);
	return rc != 0 ? EX_DATAERR : 0;
}

/*
 * A meeting as the meeting screen and the room see it, and as the minutes
 * with everything in it, in every format: 0, or the exit code.
 */
static int
read_views(struct store *st, long id, char **cause)
{
	struct meeting_view v;
	int code;

	code = view_load(st, id, VIEW_FACILITATOR, &v, cause);
	view_fini(&v);
	if (code != 0)
		return store_error_code(st);
	if (view_load(st, id, VIEW_MINUTES_PRIVATE, &v, cause) != 0)
		code = store_error_code(st);
	else
		code = export_all(&v, cause);
	view_fini(&v);
	return code;
}

/* Read what a streamed action hands over, as a listing would. */
static void
touch_action(const struct action *a, void *arg)
{
	*(size_t *)arg += strlen(a->title) + strlen(a->due) +
	    strlen(a->created_at) + (a->owner != NULL ? strlen(a->owner) : 0);
}

/* The lists the batch commands print: 0, or the exit code. */
static int
read_lists(struct store *st, char **cause)
{
	struct action_filter all = { .all = 1 }, open = { .owner = "Dana Reyes",
	    .due_before = "2026-12-01" };
	struct owner_filter of = { .today = "2026-11-23", .nmeetings = 3 };
	struct meeting_rows rows = { NULL, 0 };
	struct action_list al = { NULL, 0 };
	struct owner_list ol;
	struct search_result sr;
	struct objection_list fl = { NULL, 0 };
	struct entry_list lot = { NULL, 0 };
	struct mql_history h = { NULL, 0 };
	size_t bytes = 0;
	int rc;

	/* Each is freed whether it was read or not. */
	memset(&ol, 0, sizeof ol);
	memset(&sr, 0, sizeof sr);
	rc = store_meetings(st, &rows, cause);
	meeting_rows_fini(&rows);
	/* parley actions' own reading, streamed, first: it reports alone. */
	if (rc == 0)
		rc = store_actions_each(st, &all, touch_action, &bytes, cause);
	if (rc == 0)
		rc = store_actions(st, &all, &al, cause);
	action_list_fini(&al);
	if (rc == 0)
		rc = store_actions(st, &open, &al, cause);
	action_list_fini(&al);
	if (rc == 0)
		rc = store_owners(st, &of, &ol, cause);
	owner_list_fini(&ol);
	if (rc == 0)
		rc = store_search(st, "budget OR pricing OR leads", 1, 50, &sr,
		    cause);
	search_result_fini(&sr);
	if (rc == 0)
		rc = store_followups(st, &fl, cause);
	objection_list_fini(&fl);
	if (rc == 0)
		rc = store_parking_lot(st, 0, &lot, cause);
	entry_list_fini(&lot);
	if (rc == 0)
		rc = store_mql_history(st, &h, cause);
	mql_history_fini(&h);
	return rc != 0 ? store_error_code(st) : 0;
}

/* Every action item's record and history (action show): 0, or the code. */
static int
read_records(struct store *st, char **cause)
{
	struct action_record r;
	long id;

	for (id = 1; id <= 9; id++) {
		if (store_action_record(st, id, &r, cause) != 0 &&
		    store_error_code(st) != EX_NOINPUT)
			return store_error_code(st);
		action_record_fini(&r);
		/* Past the last action item: nothing to find is no damage. */
		free(*cause);
		*cause = NULL;
	}
	return 0;
}

/* What the screens read besides the view: 0, or the exit code. */
static int
read_screens(struct store *st, char **cause)
{
	struct metrics_card c;
	char **names = NULL;
	size_t n = 0;
	int rc;

	memset(&c, 0, sizeof c);
	rc = store_metrics_card(st, 2, &c, cause);
	metrics_table_fini(&c.now);
	metrics_table_fini(&c.before);
	if (rc == 0)
		rc = store_people(st, &names, &n, cause);
	util_free_strings(names, n);
	names = NULL;
	n = 0;
	if (rc == 0)
		rc = store_lead_sources(st, &names, &n, cause);
	util_free_strings(names, n);
	return rc != 0 ? store_error_code(st) : 0;
}

/* The review's commitments, a page per owner: 0, or the exit code. */
static int
read_backlog(struct store *st, char **cause)
{
	struct backlog_owner *owners = NULL;
	struct action_list page;
	size_t n = 0, i;
	int rc;

	rc = store_backlog_owners(st, 2, &owners, &n, cause);
	for (i = 0; rc == 0 && i < n; i++) {
		rc = store_backlog_page(st, 2, owners[i].owner_id, 0, 1000,
		    &page, cause);
		action_list_fini(&page);
	}
	backlog_owners_free(owners, n);
	return rc != 0 ? store_error_code(st) : 0;
}

/* Everything Parley reads, until the first failure: 0 or its exit code. */
static int
read_everything(struct store *st, char **cause)
{
	int code = read_lists(st, cause);

	if (code == 0)
		code = read_records(st, cause);
	if (code == 0)
		code = read_views(st, 1, cause);
	if (code == 0)
		code = read_views(st, 2, cause);
	if (code == 0)
		code = read_screens(st, cause);
	if (code == 0)
		code = read_backlog(st, cause);
	return code;
}


/* Open the store and read everything: "" or "CODE MESSAGE". Caller frees. */
static char *
read_result(void)
{
	struct store *st = NULL;
	char *cause = NULL, *result;
	int code;

	code = store_open(tmp.path, &st, &cause);
	if (code == 0)
		code = read_everything(st, &cause);
	result = code == 0 ? xstrdup("") : xasprintf("%d %s", code,
	    cause != NULL ? cause : "");
	free(cause);
	store_close(st);
	return result;
}

/* In a child: read_result into fd. */
static void
child_read(void *arg, int fd)
{
	char *result = read_result();
	size_t len = strlen(result);

	(void)arg;
	if (write(fd, result, len) != (ssize_t)len)
		exit(1);
	free(result);
}

/*
 * Read everything in a child process, so that a crash is a finding, not
 * the end of the test: "" when it read without a failure, else the exit
 * code and message ("65 damaged database: ..."), or "crash: ...".
 * PARLEY_DAMAGE_NOFORK reads here instead, for a debugger.
 */
static char *
read_in_child(void)
{
	char *got;
	int status;

	if (getenv("PARLEY_DAMAGE_NOFORK") != NULL)
		return read_result();
	got = child_output(child_read, NULL, &status);
	if (WIFSIGNALED(status) || WEXITSTATUS(status) != 0) {
		free(got);
		return WIFSIGNALED(status) ? xasprintf("crash: signal %d",
		    WTERMSIG(status)) : xasprintf("crash: exit %d",
		    WEXITSTATUS(status));
	}
	return got;
}

/* Set one cell to value (SQL text); 0, or -1 when SQLite refuses it. */
static int
tamper(sqlite3 *db, const struct tamper_case *c, sqlite3_value **old)
{
	sqlite3_stmt *stmt;
	char *sql;
	int rc;

	sql = xasprintf("SELECT \"%s\" FROM \"%s\" WHERE rowid = %ld",
	    c->column, c->table, c->row);
	sql_ok(db, sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK,
	    sql);
	free(sql);
	sql_ok(db, sqlite3_step(stmt), SQLITE_ROW, "read the cell");
	*old = sqlite3_value_dup(sqlite3_column_value(stmt, 0));
	sqlite3_finalize(stmt);
	sql = xasprintf("UPDATE \"%s\" SET \"%s\" = %s WHERE rowid = %ld",
	    c->table, c->column, c->value, c->row);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	free(sql);
	return rc == SQLITE_OK ? 0 : -1;
}

/* Put back the value a cell had. */
static void
untamper(sqlite3 *db, const struct tamper_case *c, sqlite3_value *old)
{
	sqlite3_stmt *stmt;
	char *sql;

	sql = xasprintf("UPDATE \"%s\" SET \"%s\" = ?1 WHERE rowid = %ld",
	    c->table, c->column, c->row);
	sql_ok(db, sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK,
	    sql);
	free(sql);
	sqlite3_bind_value(stmt, 1, old);
	sql_ok(db, sqlite3_step(stmt), SQLITE_DONE, "put the cell back");
	sqlite3_finalize(stmt);
	sqlite3_value_free(old);
}

/*
 * The columns a hand may empty (or fill with a time that is none) without
 * a word from Parley, and why; "*" stands for any table.
 */
static const char *const tolerated[] = {
	/* A row of no meeting (no parent) is in nothing that lists them. */
	"*.meeting_id", "attendee.person_id", "action_event.action_id",
	"content_request.action_id", "mql_criterion.version_id",
	/* A capture of no kind is in no list: each names the kinds it lists. */
	"entry.kind",
	/* Never read back: only sorted by, or counted, or read by undo. */
	"mql_criterion.pos", "prospect_objection.created_at",
	"prospect_objection.text", "capture_seq.n", "capture_event.at",
	"capture_event.what",
	/* Marks: any value at all means deleted, raised. */
	"*.deleted_at", "objection.followup_done_at",
	/* Read only for the parking lot: most entries are not parked. */
	"entry.closed_at",
};

/*
 * The columns no tampered value fits (see tamper_values): one out of its
 * set of words, not a time, a number out of its range, or no number.
 */
static const char *const strict[] = {
	"action.status", "action.created_at", "action_event.what",
	"action_event.at", "item.kind", "item.pos", "item.minutes",
	"item.elapsed_s", "meeting.status", "meeting.started_at",
	"meeting.planned_minutes", "mql_version.version",
	"mql_version.origin", "mql_version.proposed_at", "pulse.side",
	"pulse.tension", "pulse.friction", "entry.created_at",
	"objection.created_at", "content_request.created_at", "metric.leads",
	"metric.won", "metric.revenue", "metric.cycle_days",
};

/* Is c's column one of names ("*" for any table)? */
static int
is_among(const struct tamper_case *c, const char *const *names, size_t n)
{
	char name[80];
	size_t i;

	for (i = 0; i < n; i++) {
		snprintf(name, sizeof name, "%s.%s", names[i][0] == '*' ?
		    "*" : c->table, c->column);
		if (strcmp(name, names[i]) == 0)
			return 1;
	}
	return 0;
}

/*
 * Must reading report c as damage: any value in a strict column, a NULL
 * where the schema had NOT NULL, text that is no time in a column of
 * times?
 */
static int
must_report(const struct tamper_case *c)
{
	size_t len = strlen(c->column);
	int time = strcmp(c->column, "at") == 0 || (len > 3 &&
	    strcmp(c->column + len - 3, "_at") == 0);

	if (is_among(c, tolerated, sizeof tolerated / sizeof tolerated[0]))
		return 0;
	return is_among(c, strict, sizeof strict / sizeof strict[0]) ||
	    (strcmp(c->value, "NULL") == 0 && c->notnull) ||
	    (strcmp(c->value, "'garbage'") == 0 && time);
}

/*
 * Is what reading gave acceptable for c: the damage named where it is,
 * or (unless it must be reported) nothing wrong. A meeting's agenda that
 * no longer loads says so in its own words.
 */
static int
acceptable(const struct tamper_case *c, const char *got)
{
	char want[160];

	if (*got == '\0')
		return !must_report(c);
	snprintf(want, sizeof want, "65 damaged database: %s.%s, row %ld",
	    c->table, c->column, c->row);
	if (strcmp(got, want) == 0)
		return 1;
	snprintf(want, sizeof want, "65 meeting %ld: its stored agenda no "
	    "longer loads", c->row);
	return strcmp(c->table, "meeting") == 0 &&
	    strcmp(c->column, "agenda_text") == 0 && strcmp(got, want) == 0;
}

/* The first and last rowid of a table; 0 when it is empty. */
static void
row_range(sqlite3 *db, const char *table, long *first, long *last)
{
	sqlite3_stmt *stmt;
	char *sql = xasprintf("SELECT min(rowid), max(rowid) FROM \"%s\"",
	    table);

	sql_ok(db, sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK,
	    sql);
	free(sql);
	sql_ok(db, sqlite3_step(stmt), SQLITE_ROW, "rows");
	*first = (long)sqlite3_column_int64(stmt, 0);
	*last = (long)sqlite3_column_int64(stmt, 1);
	sqlite3_finalize(stmt);
}

/* Add the cells of one column, its last and first row, to v. */
static void
add_cells(struct tamper_case **v, size_t *n, const char *table,
    const char *column, int notnull, long first, long last)
{
	long rows[2] = { last, first };
	int level = sweep_level();
	size_t i, k;

	for (i = 0; i < 2 && rows[i] != 0; i++) {
		if (i == 1 && last == first)
			break;
		for (k = 0; k < NVALUES; k++) {
			if ((i == 0 ? tamper_values[k].last :
			    tamper_values[k].first) > level)
				continue;
			*v = xreallocarray(*v, *n + 1, sizeof **v);
			snprintf((*v)[*n].table, sizeof (*v)[*n].table, "%s",
			    table);
			snprintf((*v)[*n].column, sizeof (*v)[*n].column, "%s",
			    column);
			(*v)[*n].notnull = notnull;
			(*v)[*n].row = rows[i];
			(*v)[*n].value = tamper_values[k].sql;
			(*n)++;
		}
	}
}

/*
 * The cells to tamper with: every column of every table (the search
 * index's own storage and tables without a rowid aside), in its first and
 * last row, with each value.
 */
static struct tamper_case *
all_cells(sqlite3 *db, size_t *n)
{
	struct tamper_case *v = NULL;
	sqlite3_stmt *stmt;
	long first, last;

	*n = 0;
	sql_ok(db, sqlite3_prepare_v2(db, "SELECT t.name, c.name, c.\"notnull\""
	    " FROM sqlite_schema t, pragma_table_info(t.name) c"
	    " WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite%'"
	    " AND t.name NOT LIKE 'search_%'"
	    /* A table of no rowid is a tally triggers keep, read as counts. */
	    " AND t.sql NOT LIKE '%WITHOUT ROWID%'"
	    /* Not a rowid: a row's identity is not a value in it. */
	    " AND NOT (c.pk = 1 AND c.type = 'INTEGER' AND (SELECT count(*)"
	    "  FROM pragma_table_info(t.name) k WHERE k.pk > 0) = 1)"
	    " ORDER BY t.name, c.cid", -1,
	    &stmt, NULL), SQLITE_OK, "tables");
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		row_range(db, (const char *)sqlite3_column_text(stmt, 0),
		    &first, &last);
		add_cells(&v, n, (const char *)sqlite3_column_text(stmt, 0),
		    (const char *)sqlite3_column_text(stmt, 1),
		    sqlite3_column_int(stmt, 2), first, last);
	}
	sqlite3_finalize(stmt);
	return v;
}

/*
 * Every cell of every table, tampered with in turn: reading everything
 * never crashes, and fails, if at all, with the damage named.
 */
static void
test_tamper_every_cell(void **state)
{
	sqlite3_value *old;
	sqlite3 *db;
	size_t i, tried = 0, refused = 0, damaged = 0, bad = 0;
	char *got;
	int verbose = getenv("PARLEY_DAMAGE_VERBOSE") != NULL;
	/* PARLEY_DAMAGE_ONLY=TABLE tampers with that table's cells alone. */
	const char *only = getenv("PARLEY_DAMAGE_ONLY");

	(void)state;
	assert_true(ncells > 100);
	got = read_in_child();
	assert_string_equal(got, "");
	free(got);
	for (i = 0; i < ncells; i++) {
		if (only != NULL && strcmp(only, cells[i].table) != 0)
			continue;
		tried++;
		/*
		 * Closed while the child reads: under valgrind, a connection
		 * it inherits would be reported as possibly lost at its exit.
		 */
		db = raw_open();
		if (tamper(db, &cells[i], &old) != 0) {
			sqlite3_value_free(old);
			sqlite3_close(db);
			refused++;
			continue;
		}
		sqlite3_close(db);
		got = read_in_child();
		db = raw_open();
		untamper(db, &cells[i], old);
		sqlite3_close(db);
		damaged += *got != '\0';
		if (!acceptable(&cells[i], got) || verbose) {
			bad += !acceptable(&cells[i], got);
			fprintf(stderr, "%s %s.%s row %ld = %s: %s\n",
			    acceptable(&cells[i], got) ? "  " : "!!",
			    cells[i].table, cells[i].column, cells[i].row,
			    cells[i].value, *got != '\0' ? got : "read");
		}
		free(got);
	}
	fprintf(stderr, "%zu cells tampered with (%zu more refused by "
	    "SQLite), %zu reported damaged, %zu wrong\n", tried - refused,
	    refused, damaged, bad);
	assert_int_equal(bad, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tamper_every_cell),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
