/* testlib.h: the helpers every unit test program shares, linked into each. */
#ifndef PARLEY_TESTLIB_H
#define PARLEY_TESTLIB_H

#include <stdio.h>
#include <time.h>

#include "view.h"

struct store;

/*
 * The helpers that check something fail the running cmocka test when the
 * check fails; they are for test bodies and fixtures, never for main().
 */

/* The test clock, in local time (the test programs set TZ=UTC). */
#define T0_ISO "2026-11-22T10:00:00"

/* T0_ISO as a time, or fail the test. */
time_t t0(void);

/* One test's own folder under /tmp and the database path inside it. */
struct tmpdir {
	char dir[64];        /* "" when there is no folder */
	char path[128];      /* dir/parley.db, not created here */
};

/* Make a fresh /tmp/parley-test-XXXXXX; 0, or -1 with dir "" (see errno). */
int tmpdir_init(struct tmpdir *t);

/* Remove the folder and everything in it; 0, or -1. No folder: 0. */
int tmpdir_fini(struct tmpdir *t);

/* cmocka setup: a new struct tmpdir with its folder made, in *state. */
int tmpdir_setup(void **state);

/* cmocka teardown: remove the folder and free the struct tmpdir. */
int tmpdir_teardown(void **state);

/* Open the database at path or fail the test. Close with store_close. */
struct store *open_ok(const char *path);

/*
 * One test's database: a folder of its own, the store open in it and a
 * clock the test moves on by hand. A test file that keeps more in its
 * fixture embeds this as the first member.
 */
struct testdb {
	struct tmpdir tmp;
	struct store *st;    /* NULL once a test has closed it */
	time_t now;          /* T0_ISO to begin with */
};

/*
 * Make the folder, open the store in it and set now; 0, or -1 with the
 * cause on stderr and nothing left to undo. Not for test bodies: it
 * returns rather than failing the test, as cmocka's setup wants.
 */
int testdb_init(struct testdb *db);

/* Close the store (unless NULL) and remove the folder; 0, or -1. */
int testdb_fini(struct testdb *db);

/* cmocka setup: a new struct testdb, made with testdb_init, in *state. */
int testdb_setup(void **state);

/* cmocka teardown: testdb_fini, then free the struct testdb. */
int testdb_teardown(void **state);

/*
 * A meter of what statements cost as history grows: once started, every
 * connection opened after counts, for each statement it runs, the rows
 * it steps through in a full scan of a table or an index
 * (SQLITE_STMTSTATUS_FULLSCAN_STEP). scan_meter_max is the most one
 * statement stepped since scan_meter_reset, and which (borrowed, NULL
 * when none ran).
 */
void scan_meter_start(void);
void scan_meter_reset(void);
int scan_meter_max(const char **sql);

/* The agenda text parsed, or fail the test. Caller frees: agenda_free. */
struct agenda *agenda_ok(const char *yaml);

/*
 * Start a meeting from agenda text (its path given as "a.yaml") at
 * db->now, or fail the test. Returns its id; when m is not NULL, *m is
 * the meeting as stored (caller frees with meeting_free).
 */
long testdb_start(struct testdb *db, const char *yaml, struct meeting **m);

/*
 * Start a meeting from a at t, ending the one in progress a second before,
 * or fail the test; its id. The agenda text stored is its title alone.
 */
long meeting_at(struct store *st, const struct agenda *a, time_t t);

/*
 * The minutes of meeting id for audience a in the format named format
 * ("md", "html", "json"…), or fail the test. Caller frees.
 */
char *minutes_ok(struct store *st, long id, enum view_audience a,
    const char *format);

/*
 * 1 if any text of the view holds needle: every field a screen or a
 * writer may print (entries, statements, questions, answers, follow-ups,
 * actions, the room's question, the title).
 */
int view_holds(const struct meeting_view *v, const char *needle);

/* The action with id in l, or NULL. Borrowed from l. */
const struct action *find_action(const struct action_list *l, long id);

/* Copy the file at from to to, or fail the test. */
void copy_file(const char *from, const char *to);

/* A path under $PARLEY_SRCDIR (default "."). Caller frees. */
char *src_path(const char *relative);

/* How many times needle (not "") is in s, not overlapping. */
int count(const char *s, const char *needle);

/* Output written to memory: write to f between start and end. */
struct capture {
	char *buf;           /* the text after capture_end; caller frees */
	size_t len;
	FILE *f;
};

/* Start capturing, or fail the test. */
void capture_start(struct capture *c);

/* Stop capturing; c->buf holds the text, never NULL. Caller frees c->buf. */
void capture_end(struct capture *c);

/*
 * Run fn(arg, fd) in a child process, with the default action for fatal
 * signals (a crash in fn is the child's, not the test's), and return what
 * it wrote to fd, up to 1023 bytes, as a new string; *status is the
 * child's wait status (the child exits 0 when fn returns). Caller frees.
 */
char *child_output(void (*fn)(void *arg, int fd), void *arg, int *status);

/*
 * A strict JSON parser (RFC 8259), independent of src/json.c's writer
 * (hence jp_, not json_): it checks the grammar, that strings hold no raw
 * control character and only valid UTF-8, and decodes strings, surrogate
 * pairs included, so tests can compare them. test_json.c tests it.
 */

/* 1 if s is one JSON value and nothing else but white space, else 0. */
int jp_valid(const char *s);

/*
 * The JSON string at p: the end of it, or NULL when it is not one. Its
 * decoded text goes to out unless out is NULL; out needs as many bytes as
 * p holds (decoding never makes text longer) and is NUL-terminated.
 */
const char *jp_string(const char *p, char *out);

#endif
