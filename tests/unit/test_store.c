/* test_store.c: unit tests for the SQLite store, on real temp files. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sysexits.h>

#include "store.h"
#include "store_schema.h"
#include "testlib.h"
#include "util.h"

/* Where a SQLite file header holds what (sqlite.org/fileformat.html). */
#define HDR_USER_VERSION 60
#define HDR_APPLICATION_ID 68
#define HDR_SIZE 100

#define DAY (24 * 60 * 60)

/* A two-sided team and two items, built by hand: the store needs no YAML. */
static char a_title[] = "Monthly Sales & Marketing Alignment";
static char n_dana[] = "Dana Reyes";
static char n_priya[] = "Priya Natarajan";
static char t_review[] = "Last month's commitments";
static char t_topic[] = "Pricing page";
static struct agenda_person team[] = {
	{ n_dana, SIDE_SALES },
	{ n_priya, SIDE_MARKETING },
};
static struct agenda_item items[] = {
	{ .kind = KIND_REVIEW, .title = t_review, .minutes = 10 },
	{ .kind = KIND_TOPIC, .title = t_topic, .minutes = 15 },
};
static struct agenda agenda = {
	.title = a_title, .minutes = 25, .team = team, .nteam = 2,
	.items = items, .nitems = 2,
};
#define AGENDA_TEXT "title: Monthly Sales & Marketing Alignment\n"
#define AGENDA_PATH "/agendas/monthly.yaml"

/* Read a whole file. Caller frees. */
static unsigned char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long n;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	assert_true(n >= 0);
	rewind(f);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* Write a whole file. */
static void
spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* A big-endian 32-bit integer, as SQLite stores header fields. */
static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	    (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

/* Overwrite the header field at offset with v, big-endian. */
static void
patch_be32(const char *path, size_t offset, uint32_t v)
{
	unsigned char *buf;
	size_t len;

	buf = slurp(path, &len);
	assert_true(len >= offset + 4);
	buf[offset] = (unsigned char)(v >> 24);
	buf[offset + 1] = (unsigned char)(v >> 16);
	buf[offset + 2] = (unsigned char)(v >> 8);
	buf[offset + 3] = (unsigned char)v;
	spit(path, buf, len);
	free(buf);
}

/* How many names a folder holds, not counting . and .. */
static int
count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	}
	closedir(d);
	return n;
}

/* Create a meeting at now or fail the test; returns its id. */
static long
create_ok(struct store *st, time_t now)
{
	char *cause = NULL;
	long id = 0;

	assert_int_equal(store_meeting_create(st, &agenda, AGENDA_TEXT,
	    AGENDA_PATH, now, &id, &cause), 0);
	assert_null(cause);
	assert_true(id > 0);
	return id;
}

/* Add an action or fail the test; returns its id. */
static long
action_ok(struct store *st, const char *title, const char *owner,
    const char *due, long meeting_id, long item_id, time_t now)
{
	struct action_new a = { .title = title, .owner = owner, .due = due,
	    .meeting_id = meeting_id, .item_id = item_id };
	char *cause = NULL;
	long id = 0;

	assert_int_equal(store_action_add(st, &a, now, &id, &cause), 0);
	assert_null(cause);
	assert_true(id > 0);
	return id;
}

/* A new database and its folders are created private to the user. */
static void
test_create_private(void **state)
{
	struct tmpdir *fx = *state;
	char path[192], sub[160], side[224];
	struct store *st;
	struct stat sb;

	snprintf(sub, sizeof sub, "%s/data", fx->dir);
	snprintf(path, sizeof path, "%s/parley/parley.db", sub);
	assert_int_equal(stat(sub, &sb), -1);
	st = open_ok(path);

	assert_int_equal(stat(path, &sb), 0);
	assert_true(S_ISREG(sb.st_mode));
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(stat(sub, &sb), 0);
	assert_true(S_ISDIR(sb.st_mode));
	assert_int_equal(sb.st_mode & 0777, 0700);
	snprintf(sub, sizeof sub, "%s/data/parley", fx->dir);
	assert_int_equal(stat(sub, &sb), 0);
	assert_true(S_ISDIR(sb.st_mode));
	assert_int_equal(sb.st_mode & 0777, 0700);
	/* SQLite's side files must not be wider than the database. */
	snprintf(side, sizeof side, "%s-wal", path);
	if (stat(side, &sb) == 0)
		assert_int_equal(sb.st_mode & 0777, 0600);
	snprintf(side, sizeof side, "%s-shm", path);
	if (stat(side, &sb) == 0)
		assert_int_equal(sb.st_mode & 0777, 0600);
	store_close(st);

	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	store_close(NULL);
}

/* The header says Parley, and the schema version this Parley writes. */
static void
test_header_ids(void **state)
{
	struct tmpdir *fx = *state;
	unsigned char *buf;
	size_t len;

	store_close(open_ok(fx->path));
	buf = slurp(fx->path, &len);
	assert_true(len >= HDR_SIZE);
	assert_memory_equal(buf, "SQLite format 3", 16);
	assert_true(store_schema_version() >= 1);
	assert_int_equal(be32(buf + HDR_USER_VERSION),
	    (uint32_t)store_schema_version());
	assert_int_equal(be32(buf + HDR_APPLICATION_ID), 0x50524c59);
	assert_int_equal(STORE_APPLICATION_ID, 0x50524c59);
	free(buf);
}

/* Opening again migrates nothing and keeps the data; two handles coexist. */
static void
test_reopen(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st, *st2;
	unsigned char *before, *after;
	size_t nb, na;
	char *cause = NULL;
	long id, live = 0;

	st = open_ok(fx->path);
	id = create_ok(st, t0());
	store_close(st);
	before = slurp(fx->path, &nb);

	st = open_ok(fx->path);
	st2 = open_ok(fx->path);
	assert_int_equal(store_meeting_live(st, &live, &cause), 1);
	assert_int_equal(live, id);
	live = 0;
	assert_int_equal(store_meeting_live(st2, &live, &cause), 1);
	assert_int_equal(live, id);
	store_close(st2);
	store_close(st);
	store_close(open_ok(fx->path));

	after = slurp(fx->path, &na);
	assert_true(na >= HDR_SIZE);
	assert_memory_equal(before + HDR_USER_VERSION,
	    after + HDR_USER_VERSION, 12);
	assert_int_equal(be32(after + HDR_USER_VERSION),
	    (uint32_t)store_schema_version());
	assert_null(cause);
	free(before);
	free(after);
}

/*
 * A database made by the first release (tests/fixtures/schema-1.db) is
 * migrated to this schema on open, and keeps everything it held.
 */
static void
test_migrate_schema_1(void **state)
{
	struct tmpdir *fx = *state;
	struct action_filter all = { .all = 1 };
	struct entry_list e;
	struct objection_list o;
	struct action_list a;
	unsigned char *buf;
	struct store *st;
	char *cause = NULL, *src;
	size_t n;

	src = src_path("tests/fixtures/schema-1.db");
	buf = slurp(src, &n);
	assert_int_equal(be32(buf + HDR_USER_VERSION), 1);
	spit(fx->path, buf, n);
	free(buf);
	free(src);

	st = open_ok(fx->path);
	assert_int_equal(store_entries(st, 1, 0, PRIVATE_TEXT, &e, &cause), 0);
	assert_int_equal(e.n, 4);
	assert_string_equal(e.v[3].text, "Sam seemed unprepared (v1 private)");
	entry_list_fini(&e);
	assert_int_equal(store_objections(st, 1, 0, 1, &o, &cause), 0);
	assert_int_equal(o.n, 2);
	assert_int_equal(o.v[1].outcome, OUTCOME_FOLLOWUP);
	assert_int_equal(o.v[0].action_id, 3);
	objection_list_fini(&o);
	assert_int_equal(store_actions(st, &all, &a, &cause), 0);
	assert_int_equal(a.n, 3);
	action_list_fini(&a);
	/* The new columns work on the old rows: delete and bring back. */
	assert_int_equal(store_action_delete(st, 2, 1, 0, t0(), &cause), 0);
	assert_int_equal(store_actions(st, &all, &a, &cause), 0);
	assert_int_equal(a.n, 2);
	action_list_fini(&a);
	assert_int_equal(store_action_delete(st, 2, 0, 0, t0(), &cause), 0);
	assert_null(cause);
	store_close(st);

	buf = slurp(fx->path, &n);
	assert_int_equal(be32(buf + HDR_USER_VERSION),
	    (uint32_t)store_schema_version());
	free(buf);
}

/* A zero-byte file (a crash right after creating it) becomes a database. */
static void
test_empty_file_initialised(void **state)
{
	struct tmpdir *fx = *state;
	unsigned char *buf;
	size_t len;

	spit(fx->path, "", 0);
	store_close(open_ok(fx->path));
	buf = slurp(fx->path, &len);
	assert_true(len >= HDR_SIZE);
	assert_int_equal(be32(buf + HDR_APPLICATION_ID), STORE_APPLICATION_ID);
	free(buf);
}

/* Open a file that must be refused with 65, and check it is untouched. */
static void
assert_refused(const struct tmpdir *fx, const char *what)
{
	struct store *st = (struct store *)&st; /* must be reset to NULL */
	unsigned char *before, *after;
	size_t nb, na;
	char *cause = NULL;
	int nfiles = count_entries(fx->dir);

	before = slurp(fx->path, &nb);
	assert_int_equal(store_open(fx->path, &st, &cause), 65);
	assert_null(st);
	assert_non_null(cause);
	if (strstr(cause, "untouched") == NULL)
		fail_msg("%s: message does not say it was left untouched: %s",
		    what, cause);
	after = slurp(fx->path, &na);
	assert_int_equal(na, nb);
	assert_memory_equal(after, before, nb);
	/* Nothing was left beside it either (no -wal, -shm, -journal). */
	assert_int_equal(count_entries(fx->dir), nfiles);
	free(before);
	free(after);
	free(cause);
}

struct patch_case {
	const char *what;
	size_t offset;
	uint32_t value;   /* used when newer is 0 */
	int newer;        /* 1: the value is store_schema_version() + 1 */
};

static const struct patch_case patch_cases[] = {
	{ "another application id", HDR_APPLICATION_ID, 0x46524f47, 0 },
	{ "no application id, but tables", HDR_APPLICATION_ID, 0, 0 },
	{ "a newer schema", HDR_USER_VERSION, 0, 1 },
	{ "a much newer schema", HDR_USER_VERSION, 0x7fffffff, 0 },
};

/* SQLite files that are not this Parley's are refused, byte for byte intact. */
static void
test_refuse_patched(void **state)
{
	struct tmpdir *fx = *state;
	const struct patch_case *c;
	struct store *st;
	size_t i;

	for (i = 0; i < sizeof patch_cases / sizeof patch_cases[0]; i++) {
		c = &patch_cases[i];
		unlink(fx->path);
		st = open_ok(fx->path);
		create_ok(st, t0());
		store_close(st);
		patch_be32(fx->path, c->offset, c->newer ?
		    (uint32_t)store_schema_version() + 1 : c->value);
		assert_refused(fx, c->what);
	}
}

struct foreign_case {
	const char *what;
	const char *text;
	size_t len;
};

/* "SQLite format 3\0" followed by nonsense. */
static const char fake_header[] = "SQLite format 3\0" "\x10\x00\x01\x01"
    "nonsense nonsense nonsense nonsense nonsense nonsense nonsense "
    "nonsense nonsense nonsense nonsense nonsense";

/* Files that are not SQLite at all are refused untouched. */
static void
test_refuse_foreign(void **state)
{
	struct tmpdir *fx = *state;
	static const struct foreign_case cases[] = {
		{ "hello", "hello", 5 },
		{ "text with a line", "hello\n", 6 },
		{ "fake header", fake_header, sizeof fake_header - 1 },
	};
	char big[8192];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		spit(fx->path, cases[i].text, cases[i].len);
		assert_refused(fx, cases[i].what);
	}
	/* Longer than a page, so SQLite reads whole pages of text. */
	for (i = 0; i < sizeof big; i++)
		big[i] = "Meeting notes, not a database.\n"[i % 31];
	spit(fx->path, big, sizeof big);
	assert_refused(fx, "a long text");
}

/* A meeting is created, found, loaded, saved, ended and listed. */
static void
test_meeting_lifecycle(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct meeting_rows rows;
	struct meeting *m;
	char *cause = NULL;
	long id, got = 0;

	assert_int_equal(store_meeting_live(st, &got, &cause), 0);
	assert_int_equal(store_meeting_last(st, &got, &cause), 0);
	assert_int_equal(store_meetings(st, &rows, &cause), 0);
	assert_int_equal(rows.n, 0);
	meeting_rows_fini(&rows);

	id = create_ok(st, t0());
	assert_int_equal(store_meeting_live(st, &got, &cause), 1);
	assert_int_equal(got, id);
	got = 0;
	assert_int_equal(store_meeting_last(st, &got, &cause), 1);
	assert_int_equal(got, id);

	assert_int_equal(store_meeting_load(st, id, &m, &cause), 0);
	assert_int_equal(m->id, id);
	assert_string_equal(m->title, a_title);
	assert_string_equal(m->agenda_text, AGENDA_TEXT);
	assert_string_equal(m->agenda_path, AGENDA_PATH);
	assert_int_equal(m->started_at, t0());
	assert_int_equal(m->ended_at, 0);
	assert_int_equal(m->status, MEETING_LIVE);
	assert_int_equal(m->planned_minutes, 25);
	assert_int_equal(m->current, 0);
	assert_int_equal(m->clock_started, t0());
	assert_int_equal(m->heartbeat, t0());
	assert_int_equal(m->nitems, 2);
	assert_int_equal(m->items[0].pos, 0);
	assert_int_equal(m->items[0].kind, KIND_REVIEW);
	assert_string_equal(m->items[0].title, t_review);
	assert_int_equal(m->items[0].minutes, 10);
	assert_int_equal(m->items[0].elapsed, 0);
	assert_int_equal(m->items[1].pos, 1);
	assert_int_equal(m->items[1].kind, KIND_TOPIC);
	assert_string_equal(m->items[1].title, t_topic);
	assert_int_equal(m->items[1].minutes, 15);
	assert_true(m->items[0].id > 0 && m->items[1].id > 0);
	assert_true(m->items[0].id != m->items[1].id);

	/* Save a moved, paused clock and read it back. */
	m->current = 1;
	m->items[0].elapsed = 42;
	m->items[1].elapsed = 7;
	m->clock_started = 0;
	m->heartbeat = t0() + 49;
	assert_int_equal(store_meeting_save_clock(st, m, &cause), 0);
	meeting_free(m);
	assert_int_equal(store_meeting_load(st, id, &m, &cause), 0);
	assert_int_equal(m->current, 1);
	assert_int_equal(m->items[0].elapsed, 42);
	assert_int_equal(m->items[1].elapsed, 7);
	assert_int_equal(m->clock_started, 0);
	assert_int_equal(m->heartbeat, t0() + 49);
	/* A running clock is saved as well. */
	m->clock_started = t0() + 60;
	m->heartbeat = t0() + 65;
	assert_int_equal(store_meeting_save_clock(st, m, &cause), 0);
	meeting_free(m);
	assert_int_equal(store_meeting_load(st, id, &m, &cause), 0);
	assert_int_equal(m->clock_started, t0() + 60);
	assert_int_equal(m->heartbeat, t0() + 65);
	meeting_free(m);

	assert_int_equal(store_meeting_end(st, id, t0() + 3600, &cause), 0);
	assert_int_equal(store_meeting_live(st, &got, &cause), 0);
	got = 0;
	assert_int_equal(store_meeting_last(st, &got, &cause), 1);
	assert_int_equal(got, id);
	assert_int_equal(store_meeting_load(st, id, &m, &cause), 0);
	assert_int_equal(m->status, MEETING_ENDED);
	assert_int_equal(m->ended_at, t0() + 3600);
	assert_int_equal(m->clock_started, 0);
	assert_int_equal(m->current, 1);
	meeting_free(m);

	action_ok(st, "Send the deck", "Dana Reyes", NULL, id, 0, t0());
	assert_int_equal(store_meetings(st, &rows, &cause), 0);
	assert_int_equal(rows.n, 1);
	assert_int_equal(rows.v[0].id, id);
	assert_string_equal(rows.v[0].started_at, T0_ISO);
	assert_string_equal(rows.v[0].title, a_title);
	assert_int_equal(rows.v[0].status, MEETING_ENDED);
	assert_int_equal(rows.v[0].nactions, 1);
	meeting_rows_fini(&rows);
	assert_int_equal(rows.n, 0);

	/* No such meeting. */
	m = (struct meeting *)&m;
	assert_int_equal(store_meeting_load(st, id + 100, &m, &cause), -1);
	assert_null(m);
	assert_non_null(cause);
	free(cause);
	store_close(st);
}

/* Only one meeting may be in progress; the second create names the first. */
static void
test_one_live_meeting(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct meeting_rows rows;
	char *cause = NULL;
	long first, second = 0, got = 0;

	first = create_ok(st, t0());
	assert_int_equal(store_meeting_create(st, &agenda, AGENDA_TEXT, NULL,
	    t0() + DAY, &second, &cause), 1);
	assert_int_equal(second, first);
	free(cause);
	cause = NULL;
	assert_int_equal(store_meetings(st, &rows, &cause), 0);
	assert_int_equal(rows.n, 1);
	meeting_rows_fini(&rows);

	assert_int_equal(store_meeting_end(st, first, t0() + 3600, &cause), 0);
	second = create_ok(st, t0() + DAY);
	assert_true(second != first);
	assert_int_equal(store_meeting_live(st, &got, &cause), 1);
	assert_int_equal(got, second);
	assert_int_equal(store_meeting_last(st, &got, &cause), 1);
	assert_int_equal(got, second);
	assert_int_equal(store_meetings(st, &rows, &cause), 0);
	assert_int_equal(rows.n, 2);
	assert_int_equal(rows.v[0].id, first);
	assert_int_equal(rows.v[0].status, MEETING_ENDED);
	assert_int_equal(rows.v[1].id, second);
	assert_int_equal(rows.v[1].status, MEETING_LIVE);
	assert_string_equal(rows.v[1].started_at, "2026-11-23T10:00:00");
	meeting_rows_fini(&rows);
	assert_null(cause);
	store_close(st);
}

/* The team is stored with its sides; owners join the people Parley knows. */
static void
test_attendees_and_people(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct agenda_person *who;
	char **names;
	char *cause = NULL;
	size_t n, i;
	long id;
	int sales = 0, marketing = 0;

	id = create_ok(st, t0());
	assert_int_equal(store_attendees(st, id, &who, &n, &cause), 0);
	assert_int_equal(n, 2);
	for (i = 0; i < n; i++) {
		if (strcmp(who[i].name, n_dana) == 0 &&
		    who[i].side == SIDE_SALES)
			sales++;
		if (strcmp(who[i].name, n_priya) == 0 &&
		    who[i].side == SIDE_MARKETING)
			marketing++;
		free(who[i].name);
	}
	free(who);
	assert_int_equal(sales, 1);
	assert_int_equal(marketing, 1);

	assert_int_equal(store_attendees(st, id + 1, &who, &n, &cause), 0);
	assert_int_equal(n, 0);
	free(who);

	action_ok(st, "Call back", "Sam Ortiz", NULL, 0, 0, t0());
	assert_int_equal(store_people(st, &names, &n, &cause), 0);
	assert_int_equal(n, 3);
	assert_string_equal(names[0], "Dana Reyes");
	assert_string_equal(names[1], "Priya Natarajan");
	assert_string_equal(names[2], "Sam Ortiz");
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	assert_null(cause);
	store_close(st);
}

/* Entries are listed in order, by item, and private ones only on request. */
static void
test_entries(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct entry_list l;
	struct meeting *m;
	char *cause = NULL;
	long id, i0, i1, e[4];
	size_t i;

	id = create_ok(st, t0());
	assert_int_equal(store_meeting_load(st, id, &m, &cause), 0);
	i0 = m->items[0].id;
	i1 = m->items[1].id;
	meeting_free(m);

	assert_int_equal(store_entry_add(st, id, i0, ENTRY_NOTE,
	    "Dana: leads from webinars close", t0() + 1, &e[0], &cause), 0);
	assert_int_equal(store_entry_add(st, id, i0, ENTRY_PRIVATE,
	    "Ask Sam's manager about the claim", t0() + 2, &e[1], &cause), 0);
	assert_int_equal(store_entry_add(st, id, i1, ENTRY_DECISION,
	    "Pricing page goes live in Q1", t0() + 3, &e[2], &cause), 0);
	assert_int_equal(store_entry_add(st, id, i1, ENTRY_PARKING,
	    "Partner channel", t0() + 4, &e[3], &cause), 0);
	assert_int_equal(store_entry_add(st, id, i1, ENTRY_NOTE, "no id wanted",
	    t0() + 5, NULL, &cause), 0);
	assert_true(e[0] < e[1] && e[1] < e[2] && e[2] < e[3]);

	assert_int_equal(store_entries(st, id, 0, PRIVATE_OMIT, &l, &cause), 0);
	assert_int_equal(l.n, 4);
	for (i = 0; i < l.n; i++)
		assert_int_not_equal(l.v[i].kind, ENTRY_PRIVATE);
	assert_int_equal(l.v[0].id, e[0]);
	assert_int_equal(l.v[0].meeting_id, id);
	assert_int_equal(l.v[0].item_id, i0);
	assert_int_equal(l.v[0].kind, ENTRY_NOTE);
	assert_string_equal(l.v[0].text, "Dana: leads from webinars close");
	assert_string_equal(l.v[0].created_at, "2026-11-22T10:00:01");
	assert_int_equal(l.v[1].id, e[2]);
	assert_int_equal(l.v[1].kind, ENTRY_DECISION);
	assert_int_equal(l.v[2].id, e[3]);
	assert_int_equal(l.v[2].kind, ENTRY_PARKING);
	assert_string_equal(l.v[2].text, "Partner channel");
	assert_string_equal(l.v[3].text, "no id wanted");
	entry_list_fini(&l);
	assert_int_equal(l.n, 0);

	assert_int_equal(store_entries(st, id, 0, PRIVATE_TEXT, &l, &cause), 0);
	assert_int_equal(l.n, 5);
	assert_int_equal(l.v[1].id, e[1]);
	assert_int_equal(l.v[1].kind, ENTRY_PRIVATE);
	assert_string_equal(l.v[1].text, "Ask Sam's manager about the claim");
	entry_list_fini(&l);

	/* Marked: the private note is there, its text is not. */
	assert_int_equal(store_entries(st, id, 0, PRIVATE_MARKED, &l, &cause),
	    0);
	assert_int_equal(l.n, 5);
	assert_int_equal(l.v[1].kind, ENTRY_PRIVATE);
	assert_null(l.v[1].text);
	assert_string_equal(l.v[0].text, "Dana: leads from webinars close");
	entry_list_fini(&l);

	/* One item only. */
	assert_int_equal(store_entries(st, id, i0, PRIVATE_OMIT,
	    &l, &cause), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].id, e[0]);
	entry_list_fini(&l);
	assert_int_equal(store_entries(st, id, i0, PRIVATE_TEXT,
	    &l, &cause), 0);
	assert_int_equal(l.n, 2);
	entry_list_fini(&l);
	assert_int_equal(store_entries(st, id, i1, PRIVATE_TEXT,
	    &l, &cause), 0);
	assert_int_equal(l.n, 3);
	entry_list_fini(&l);

	/* Another meeting's entries are not this one's. */
	assert_int_equal(store_entries(st, id + 1, 0, PRIVATE_TEXT,
	    &l, &cause), 0);
	assert_int_equal(l.n, 0);
	entry_list_fini(&l);
	assert_null(cause);
	store_close(st);
}

struct filter_case {
	const char *what;
	struct action_filter f;
	const char *want;   /* the titles listed, in order, joined by '|' */
};

/* Join the titles of a list with '|'. */
static void
titles(const struct action_list *l, char *buf, size_t size)
{
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < l->n; i++) {
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
		    i > 0 ? "|" : "", l->v[i].title);
		assert_true(used < size);
	}
}

/* Action items are listed by filter, by owner then due date. */
static void
test_actions_filters(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_list l;
	struct meeting *m;
	const struct action *a;
	char *cause = NULL, got[512];
	long m1, m2, i0, i1, deck, form, call, solo, done;
	size_t i;

	m1 = create_ok(st, t0());
	assert_int_equal(store_meeting_load(st, m1, &m, &cause), 0);
	i0 = m->items[0].id;
	i1 = m->items[1].id;
	meeting_free(m);
	deck = action_ok(st, "Deck", "Dana Reyes", "2026-12-01", m1, i0, t0());
	form = action_ok(st, "Form", "Priya Natarajan", "2026-11-30", m1, i1,
	    t0() + 1);
	done = action_ok(st, "Done", "Dana Reyes", "2026-11-25", m1, i1,
	    t0() + 2);
	assert_int_equal(store_action_close(st, done, ACTION_DONE, m1, t0() + 3,
	    &cause), 0);
	assert_int_equal(store_meeting_end(st, m1, t0() + 3600, &cause), 0);
	solo = action_ok(st, "Solo", NULL, NULL, 0, 0, t0() + 2 * DAY);
	m2 = create_ok(st, t0() + 30 * DAY);
	call = action_ok(st, "Call", "Dana Reyes", "2026-12-20", m2, 0,
	    t0() + 30 * DAY);

	{
		const struct filter_case cases[] = {
			{ "open", { 0 }, "Deck|Call|Form|Solo" },
			{ "all", { .all = 1 }, "Done|Deck|Call|Form|Solo" },
			{ "owner", { .owner = "Dana Reyes" }, "Deck|Call" },
			{ "owner, all", { .all = 1, .owner = "Dana Reyes" },
			    "Done|Deck|Call" },
			{ "owner nobody", { .owner = "Lee Chen" }, "" },
			{ "meeting", { .meeting_id = m1 }, "Deck|Form" },
			{ "meeting, all", { .all = 1, .meeting_id = m1 },
			    "Done|Deck|Form" },
			{ "before", { .before_meeting = m2 },
			    "Deck|Form|Solo" },
			{ "item", { .all = 1, .item_id = i1 }, "Done|Form" },
			{ "item and owner", { .all = 1, .item_id = i1,
			    .owner = "Priya Natarajan" }, "Form" },
		};

		for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
			assert_int_equal(store_actions(st, &cases[i].f, &l,
			    &cause), 0);
			titles(&l, got, sizeof got);
			if (strcmp(got, cases[i].want) != 0)
				fail_msg("%s: got \"%s\", want \"%s\"",
				    cases[i].what, got, cases[i].want);
			action_list_fini(&l);
		}
	}

	/* The fields of one listed action. */
	{
		struct action_filter all = { .all = 1 };

		assert_int_equal(store_actions(st, &all, &l, &cause), 0);
		a = find_action(&l, form);
		assert_non_null(a);
		assert_string_equal(a->title, "Form");
		assert_string_equal(a->owner, "Priya Natarajan");
		assert_int_equal(a->side, SIDE_MARKETING);
		assert_string_equal(a->due, "2026-11-30");
		assert_int_equal(a->status, ACTION_OPEN);
		assert_int_equal(a->meeting_id, m1);
		assert_int_equal(a->item_id, i1);
		assert_int_equal(a->carried, 0);
		assert_string_equal(a->created_at, "2026-11-22T10:00:01");
		a = find_action(&l, solo);
		assert_non_null(a);
		assert_null(a->owner);
		assert_int_equal(a->side, SIDE_NONE);
		assert_string_equal(a->due, "");
		assert_int_equal(a->meeting_id, 0);
		assert_int_equal(a->item_id, 0);
		a = find_action(&l, done);
		assert_non_null(a);
		assert_int_equal(a->status, ACTION_DONE);
		a = find_action(&l, call);
		assert_non_null(a);
		assert_int_equal(a->side, SIDE_SALES);
		assert_non_null(find_action(&l, deck));
		action_list_fini(&l);
		assert_int_equal(l.n, 0);
	}
	assert_null(cause);
	store_close(st);
}

/* Closing marks done or dropped, and such items leave the open list. */
static void
test_action_close(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_filter open = { 0 }, all = { .all = 1 };
	struct action_list l;
	char *cause = NULL;
	long a1, a2, a3;

	a1 = action_ok(st, "One", "Dana Reyes", NULL, 0, 0, t0());
	a2 = action_ok(st, "Two", "Dana Reyes", NULL, 0, 0, t0());
	a3 = action_ok(st, "Three", "Dana Reyes", NULL, 0, 0, t0());
	assert_int_equal(store_action_close(st, a1, ACTION_DONE, 0, t0() + 5,
	    &cause), 0);
	assert_int_equal(store_action_close(st, a2, ACTION_DROPPED, 0, t0() + 6,
	    &cause), 0);

	assert_int_equal(store_actions(st, &open, &l, &cause), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].id, a3);
	action_list_fini(&l);
	assert_int_equal(store_actions(st, &all, &l, &cause), 0);
	assert_int_equal(l.n, 3);
	assert_int_equal(find_action(&l, a1)->status, ACTION_DONE);
	assert_int_equal(find_action(&l, a2)->status, ACTION_DROPPED);
	assert_int_equal(find_action(&l, a3)->status, ACTION_OPEN);
	action_list_fini(&l);

	/* No such action. */
	assert_int_equal(store_action_close(st, a3 + 100, ACTION_DONE, 0, t0(),
	    &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "no action item"));
	free(cause);
	store_close(st);
}

/* Keeping moves the due date and counts distinct meetings carried through. */
static void
test_action_keep(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_filter all = { .all = 1 };
	struct action_list l;
	const struct action *a;
	char *cause = NULL;
	long m1, m2, id, closed;

	m1 = create_ok(st, t0());
	id = action_ok(st, "Deck", "Dana Reyes", "2026-12-01", m1, 0, t0());
	closed = action_ok(st, "Closed", "Dana Reyes", "2026-12-01", m1, 0,
	    t0());
	assert_int_equal(store_meeting_end(st, m1, t0() + 3600, &cause), 0);
	m2 = create_ok(st, t0() + 30 * DAY);

	assert_int_equal(store_action_keep(st, id, "2026-12-15", m2,
	    t0() + 30 * DAY, &cause), 0);
	assert_int_equal(store_actions(st, &all, &l, &cause), 0);
	a = find_action(&l, id);
	assert_non_null(a);
	assert_string_equal(a->due, "2026-12-15");
	assert_int_equal(a->carried, 1);
	assert_int_equal(a->status, ACTION_OPEN);
	action_list_fini(&l);

	/* Kept twice in one meeting is carried through one meeting. */
	assert_int_equal(store_action_keep(st, id, "2026-12-22", m2,
	    t0() + 30 * DAY + 60, &cause), 0);
	assert_int_equal(store_actions(st, &all, &l, &cause), 0);
	a = find_action(&l, id);
	assert_string_equal(a->due, "2026-12-22");
	assert_int_equal(a->carried, 1);
	action_list_fini(&l);

	/* Through a second meeting, with the same date: carried 2. */
	assert_int_equal(store_meeting_end(st, m2, t0() + 30 * DAY + 3600,
	    &cause), 0);
	m1 = create_ok(st, t0() + 60 * DAY);
	assert_int_equal(store_action_keep(st, id, "2026-12-22", m1,
	    t0() + 60 * DAY, &cause), 0);
	/* Kept with no date: the due date is cleared. */
	assert_int_equal(store_action_keep(st, closed, NULL, m1,
	    t0() + 60 * DAY, &cause), 0);
	assert_int_equal(store_actions(st, &all, &l, &cause), 0);
	a = find_action(&l, id);
	assert_string_equal(a->due, "2026-12-22");
	assert_int_equal(a->carried, 2);
	a = find_action(&l, closed);
	assert_string_equal(a->due, "");
	assert_int_equal(a->carried, 1);
	action_list_fini(&l);
	assert_null(cause);

	/* A closed action cannot be kept, and is left as it was. */
	assert_int_equal(store_action_close(st, closed, ACTION_DONE, m1,
	    t0() + 60 * DAY, &cause), 0);
	assert_int_equal(store_action_keep(st, closed, "2027-01-31", m1,
	    t0() + 60 * DAY, &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "not open"));
	free(cause);
	cause = NULL;
	assert_int_equal(store_actions(st, &all, &l, &cause), 0);
	a = find_action(&l, closed);
	assert_string_equal(a->due, "");
	assert_int_equal(a->status, ACTION_DONE);
	assert_int_equal(a->carried, 1);
	action_list_fini(&l);

	/* No such action. */
	assert_int_equal(store_action_keep(st, closed + 100, "2027-01-31", m1,
	    t0(), &cause), -1);
	assert_non_null(cause);
	free(cause);
	store_close(st);
}

/* Only one store handle holds the meeting-screen lock at a time. */
static void
test_lock(void **state)
{
	struct tmpdir *fx = *state;
	struct store *a = open_ok(fx->path), *b = open_ok(fx->path);
	char *cause = NULL;

	assert_int_equal(store_lock(a, &cause), 0);
	assert_null(cause);
	assert_int_equal(store_lock(a, &cause), 0); /* held already: fine */
	assert_int_equal(store_lock(b, &cause), -1);
	assert_non_null(cause);
	assert_int_equal(store_error_code(b), 75);
	free(cause);
	cause = NULL;
	store_close(a);
	/* Closing releases it. */
	assert_int_equal(store_lock(b, &cause), 0);
	assert_null(cause);
	store_close(b);
}

/* Keeping an action in the meeting that made it is no carry. */
static void
test_keep_same_meeting(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_filter all = { .all = 1 };
	struct action_list l;
	char *cause = NULL;
	long m = create_ok(st, t0());
	long id = action_ok(st, "Share the deck", "Dana Reyes", "2026-12-01",
	    m, 0, t0());

	assert_int_equal(store_action_keep(st, id, "2026-12-08", m, t0(),
	    &cause), 0);
	assert_int_equal(store_action_keep(st, id, "2026-12-15", 0, t0(),
	    &cause), 0);
	assert_int_equal(store_actions(st, &all, &l, &cause), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].due, "2026-12-15");
	assert_int_equal(l.v[0].carried, 0);
	action_list_fini(&l);
	assert_null(cause);
	store_close(st);
}

/* Overdue: open, with a due date before the day given. */
static void
test_actions_due_before(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_filter f = { .due_before = "2026-11-23" };
	struct action_list l;
	char *cause = NULL;
	long late = action_ok(st, "Late", "Dana Reyes", "2026-11-20", 0, 0,
	    t0());
	long done = action_ok(st, "Late but done", "Dana Reyes", "2026-11-19",
	    0, 0, t0());

	action_ok(st, "Due today", "Dana Reyes", "2026-11-23", 0, 0, t0());
	action_ok(st, "No date", "Dana Reyes", NULL, 0, 0, t0());
	assert_int_equal(store_action_close(st, done, ACTION_DONE, 0, t0(),
	    &cause), 0);
	f.all = 1; /* --all does not bring closed ones back */
	assert_int_equal(store_actions(st, &f, &l, &cause), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].id, late);
	action_list_fini(&l);
	assert_null(cause);
	store_close(st);
}

/* Escalating hands an action on, carried, with its history; open only. */
static void
test_action_escalate(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_filter all = { .all = 1 };
	struct action_list l;
	char *cause = NULL;
	long m1 = create_ok(st, t0()), m2, id;

	id = action_ok(st, "Fix lead routing", "Sam Ortiz", "2026-12-01", m1, 0,
	    t0());
	assert_int_equal(store_meeting_end(st, m1, t0() + 60, &cause), 0);
	m2 = create_ok(st, t0() + 30 * DAY);
	assert_int_equal(store_action_escalate(st, id, "Morgan Blake",
	    "2026-12-31", m2, t0() + 30 * DAY, &cause), 0);
	assert_int_equal(store_actions(st, &all, &l, &cause), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].owner, "Morgan Blake");
	assert_string_equal(l.v[0].due, "2026-12-31");
	assert_int_equal(l.v[0].carried, 1);
	action_list_fini(&l);
	assert_int_equal(store_action_close(st, id, ACTION_DONE, m2,
	    t0() + 30 * DAY, &cause), 0);
	assert_int_equal(store_action_escalate(st, id, "Dana Reyes",
	    "2027-01-31", m2, t0() + 30 * DAY, &cause), -1);
	assert_non_null(strstr(cause, "not open"));
	free(cause);
	store_close(st);
}

/* Expect a failure of exit class code whose message holds text. */
static void
assert_failed(struct store *st, int rc, char **cause, int code,
    const char *text)
{
	assert_int_equal(rc, -1);
	assert_non_null(*cause);
	if (strstr(*cause, text) == NULL)
		fail_msg("cause '%s' lacks '%s'", *cause, text);
	assert_int_equal(store_error_code(st), code);
	free(*cause);
	*cause = NULL;
}

/* Check one line of a history. */
static void
assert_event(const struct action_event *e, enum action_event_kind what,
    long meeting_id, const char *old, const char *new_value)
{
	if (e->what != what || e->meeting_id != meeting_id ||
	    (old == NULL) != (e->old == NULL) ||
	    (old != NULL && strcmp(old, e->old) != 0) ||
	    (new_value == NULL) != (e->new_value == NULL) ||
	    (new_value != NULL && strcmp(new_value, e->new_value) != 0))
		fail_msg("event %ld: %d in %ld, %s -> %s; want %d in %ld, "
		    "%s -> %s", e->id, e->what, e->meeting_id,
		    e->old ? e->old : "NULL", e->new_value ? e->new_value :
		    "NULL", what, meeting_id, old ? old : "NULL",
		    new_value ? new_value : "NULL");
}

/* An action's record: the statement, meeting and item it came from, and
 * every change in order, the meeting of each with its day. */
static void
test_action_record(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_new act = { .title = "Qualify webinar leads harder",
	    .owner = "Dana Reyes", .due = "2026-12-01" };
	struct action_edit ed = { .title = "Qualify webinar leads",
	    .owner = "Priya Natarajan", .due = "" };
	struct action_record r;
	struct meeting *mt;
	struct objection o;
	char *cause = NULL;
	long m1, m2, loose;

	m1 = create_ok(st, t0());
	assert_int_equal(store_meeting_load(st, m1, &mt, &cause), 0);
	memset(&o, 0, sizeof o);
	o.meeting_id = act.meeting_id = m1;
	o.item_id = act.item_id = mt->items[1].id;
	o.side = SIDE_MARKETING;
	o.statement = (char *)"Your leads are junk!";
	o.question = (char *)"Our leads are junk?";
	o.outcome = OUTCOME_ACTION;
	assert_int_equal(store_objection_add(st, &o, &act, t0() + 60, &cause),
	    0);
	meeting_free(mt);
	assert_int_equal(store_meeting_end(st, m1, t0() + 3600, &cause), 0);
	/* Between meetings: edited; in the next: kept, then done. */
	assert_int_equal(store_action_edit(st, o.action_id, &ed, 0,
	    t0() + DAY, &cause), 0);
	m2 = create_ok(st, t0() + 28 * DAY);
	assert_int_equal(store_action_keep(st, o.action_id, "2026-12-24", m2,
	    t0() + 28 * DAY + 60, &cause), 0);
	assert_int_equal(store_action_close(st, o.action_id, ACTION_DONE, m2,
	    t0() + 28 * DAY + 120, &cause), 0);

	assert_int_equal(store_action_record(st, o.action_id, &r, &cause), 0);
	assert_null(cause);
	assert_string_equal(r.a.title, "Qualify webinar leads");
	assert_string_equal(r.a.owner, "Priya Natarajan");
	assert_int_equal(r.a.side, SIDE_MARKETING);
	assert_string_equal(r.a.due, "2026-12-24");
	assert_int_equal(r.a.status, ACTION_DONE);
	assert_int_equal(r.a.carried, 1);
	assert_string_equal(r.a.closed_at, "2026-12-20T10:02:00");
	assert_string_equal(r.deleted_at, "");
	assert_int_equal(r.a.meeting_id, m1);
	assert_string_equal(r.meeting_date, "2026-11-22");
	assert_string_equal(r.meeting_title, a_title);
	assert_int_equal(r.item_pos, 1);
	assert_string_equal(r.item_title, t_topic);
	assert_int_equal(r.item_kind, KIND_TOPIC);
	assert_int_equal(r.said_by, SIDE_MARKETING);
	assert_string_equal(r.statement, "Your leads are junk!");
	assert_string_equal(r.question, "Our leads are junk?");
	assert_int_equal(r.statement_deleted, 0);
	assert_int_equal(r.history.n, 7);
	assert_event(&r.history.v[0], EVENT_CREATED, m1, NULL,
	    "Qualify webinar leads harder");
	assert_string_equal(r.history.v[0].meeting_date, "2026-11-22");
	assert_string_equal(r.history.v[0].at, "2026-11-22T10:01:00");
	assert_event(&r.history.v[1], EVENT_TITLE, 0,
	    "Qualify webinar leads harder", "Qualify webinar leads");
	assert_string_equal(r.history.v[1].meeting_date, "");
	assert_event(&r.history.v[2], EVENT_OWNER, 0, "Dana Reyes",
	    "Priya Natarajan");
	assert_event(&r.history.v[3], EVENT_DUE, 0, "2026-12-01", NULL);
	assert_event(&r.history.v[4], EVENT_DUE, m2, NULL, "2026-12-24");
	assert_string_equal(r.history.v[4].meeting_date, "2026-12-20");
	assert_event(&r.history.v[5], EVENT_KEPT, m2, NULL, "2026-12-24");
	assert_event(&r.history.v[6], EVENT_STATUS, m2, "open", "done");
	action_record_fini(&r);

	/* Made between meetings, by hand: no meeting, item or statement. */
	loose = action_ok(st, "Loose end", "Sam Ortiz", NULL, 0, 0, t0());
	assert_int_equal(store_action_record(st, loose, &r, &cause), 0);
	assert_int_equal(r.a.meeting_id, 0);
	assert_string_equal(r.meeting_date, "");
	assert_null(r.meeting_title);
	assert_int_equal(r.item_pos, -1);
	assert_null(r.item_title);
	assert_null(r.statement);
	assert_int_equal(r.history.n, 1);
	assert_event(&r.history.v[0], EVENT_CREATED, 0, NULL, "Loose end");
	action_record_fini(&r);

	/* No such action: 66, and the record is left empty. */
	assert_failed(st, store_action_record(st, loose + 100, &r, &cause),
	    &cause, 66, "no action item");
	assert_null(r.a.title);
	assert_int_equal(r.history.n, 0);
	store_close(st);
}

/* Deleted: still in its record, marked, but not to be changed (66). */
static void
test_action_deleted(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_edit ed = { .title = "Renamed" };
	struct action_event_list h;
	struct action_record r;
	char *cause = NULL;
	long id = action_ok(st, "Typo", "Dana Reyes", NULL, 0, 0, t0());

	assert_int_equal(store_action_delete(st, id, 1, 0, t0() + 60, &cause),
	    0);
	assert_int_equal(store_action_record(st, id, &r, &cause), 0);
	assert_string_equal(r.deleted_at, "2026-11-22T10:01:00");
	assert_event(&r.history.v[r.history.n - 1], EVENT_STATUS, 0, NULL,
	    "deleted");
	action_record_fini(&r);
	assert_failed(st, store_action_close(st, id, ACTION_DONE, 0, t0(),
	    &cause), &cause, 66, "action item 1 was deleted");
	assert_failed(st, store_action_keep(st, id, "2026-12-01", 0, t0(),
	    &cause), &cause, 66, "was deleted");
	assert_failed(st, store_action_edit(st, id, &ed, 0, t0(), &cause),
	    &cause, 66, "was deleted");
	/* Nothing of those reached its history. */
	assert_int_equal(store_action_events(st, id, &h, &cause), 0);
	assert_int_equal(h.n, 2);
	action_event_list_fini(&h);
	/* Brought back, it can be changed again. */
	assert_int_equal(store_action_delete(st, id, 0, 0, t0() + 120, &cause),
	    0);
	assert_int_equal(store_action_close(st, id, ACTION_DONE, 0, t0() + 180,
	    &cause), 0);
	assert_null(cause);
	store_close(st);
}

/*
 * An action's history reads in the order its changes were made, even when
 * a later change carries an earlier time (a clock set back, or another
 * process started at the same PARLEY_NOW).
 */
static void
test_action_history_order(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_edit ed = { .title = "Renamed" };
	struct action_event_list h;
	char *cause = NULL;
	long id = action_ok(st, "Typo", "Dana Reyes", NULL, 0, 0, t0() + 600);

	assert_int_equal(store_action_edit(st, id, &ed, 0, t0(), &cause), 0);
	assert_int_equal(store_action_close(st, id, ACTION_DONE, 0,
	    t0() - 600, &cause), 0);
	assert_int_equal(store_action_events(st, id, &h, &cause), 0);
	assert_int_equal(h.n, 3);
	assert_int_equal(h.v[0].what, EVENT_CREATED);
	assert_int_equal(h.v[1].what, EVENT_TITLE);
	assert_int_equal(h.v[2].what, EVENT_STATUS);
	action_event_list_fini(&h);
	store_close(st);
}

/* Closed is closed: done is not dropped afterwards, nor dropped done. */
static void
test_action_close_closed(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_record r;
	char *cause = NULL;
	long done = action_ok(st, "Done", "Dana Reyes", NULL, 0, 0, t0());
	long dropped = action_ok(st, "Dropped", "Dana Reyes", NULL, 0, 0, t0());

	assert_int_equal(store_action_close(st, done, ACTION_DONE, 0, t0(),
	    &cause), 0);
	assert_int_equal(store_action_close(st, dropped, ACTION_DROPPED, 0,
	    t0(), &cause), 0);
	assert_failed(st, store_action_close(st, done, ACTION_DONE, 0, t0(),
	    &cause), &cause, 65, "action item 1 is already done");
	assert_failed(st, store_action_close(st, done, ACTION_DROPPED, 0, t0(),
	    &cause), &cause, 65, "action item 1 is already done");
	assert_failed(st, store_action_close(st, dropped, ACTION_DONE, 0, t0(),
	    &cause), &cause, 65, "action item 2 is already dropped");
	assert_int_equal(store_action_record(st, done, &r, &cause), 0);
	assert_int_equal(r.a.status, ACTION_DONE);
	assert_int_equal(r.history.n, 2);
	action_record_fini(&r);
	/* Reopening (undo) is still allowed. */
	assert_int_equal(store_action_close(st, done, ACTION_OPEN, 0, t0(),
	    &cause), 0);
	assert_null(cause);
	store_close(st);
}

/* Escalating to the owner it has is a keep, recorded as one. */
static void
test_escalate_same_owner(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct action_filter all = { .all = 1 };
	struct action_event_list h;
	struct action_list l;
	char *cause = NULL;
	long m1 = create_ok(st, t0()), m2, id;

	id = action_ok(st, "Fix lead routing", "Sam Ortiz", "2026-12-01", m1,
	    0, t0());
	assert_int_equal(store_meeting_end(st, m1, t0() + 60, &cause), 0);
	m2 = create_ok(st, t0() + 30 * DAY);
	/* The same person, whatever the case of the name typed. */
	assert_int_equal(store_action_escalate(st, id, "sam ortiz",
	    "2026-12-31", m2, t0() + 30 * DAY, &cause), 1);
	assert_null(cause);
	assert_int_equal(store_actions(st, &all, &l, &cause), 0);
	assert_string_equal(l.v[0].owner, "Sam Ortiz");
	assert_string_equal(l.v[0].due, "2026-12-31");
	assert_int_equal(l.v[0].carried, 1);
	action_list_fini(&l);
	assert_int_equal(store_action_events(st, id, &h, &cause), 0);
	assert_int_equal(h.n, 3);
	assert_event(&h.v[1], EVENT_DUE, m2, "2026-12-01", "2026-12-31");
	assert_event(&h.v[2], EVENT_KEPT, m2, NULL, "2026-12-31");
	action_event_list_fini(&h);
	/* To someone else, an escalation (0). */
	assert_int_equal(store_action_escalate(st, id, "Lee Chen",
	    "2027-01-15", m2, t0() + 30 * DAY + 60, &cause), 0);
	assert_int_equal(store_action_events(st, id, &h, &cause), 0);
	assert_event(&h.v[h.n - 1], EVENT_ESCALATED, m2, "Sam Ortiz",
	    "Lee Chen");
	action_event_list_fini(&h);
	assert_null(cause);
	store_close(st);
}

/* Each item knows how much was captured under it. */
static void
test_item_captures(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct meeting *m = NULL;
	char *cause = NULL;
	long id = create_ok(st, t0());

	assert_int_equal(store_meeting_load(st, id, &m, &cause), 0);
	assert_int_equal(m->items[0].captures, 0);
	assert_int_equal(store_entry_add(st, id, m->items[1].id, ENTRY_NOTE,
	    "A note", t0(), NULL, &cause), 0);
	action_ok(st, "An action", NULL, NULL, id, m->items[1].id, t0());
	assert_int_equal(store_item_captures(st, m, &cause), 0);
	assert_int_equal(m->items[0].captures, 0);
	assert_int_equal(m->items[1].captures, 2);
	meeting_free(m);
	assert_int_equal(store_meeting_load(st, id, &m, &cause), 0);
	assert_int_equal(m->items[1].captures, 2);
	meeting_free(m);
	assert_null(cause);
	store_close(st);
}

/* A parroted statement, its outcome and its linked action, saved together. */
static void
test_objections(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct objection o = { 0 }, f = { 0 };
	struct action_new act = { .title = "Qualify webinar leads harder",
	    .owner = "Dana Reyes", .due = "2026-12-01" };
	struct objection_list l;
	struct action_list al;
	struct action_filter all = { .all = 1 };
	char *cause = NULL;
	long m = create_ok(st, t0());

	o.meeting_id = m;
	o.side = SIDE_SALES;
	o.statement = (char *)"Your leads are junk!";
	o.question = (char *)"Our leads are junk?";
	o.answer = (char *)"Half had no budget.";
	o.outcome = OUTCOME_ACTION;
	assert_int_equal(store_objection_add(st, &o, &act, t0(), &cause), 0);
	assert_true(o.id > 0);
	assert_true(o.action_id > 0);
	f.meeting_id = m;
	f.side = SIDE_SALES;
	f.statement = (char *)"But, they weren't qualified.";
	f.question = (char *)"They weren't qualified?";
	f.outcome = OUTCOME_FOLLOWUP;
	f.followup = (char *)"Ask sales management about lead follow-up";
	assert_int_equal(store_objection_add(st, &f, NULL, t0(), &cause), 0);
	assert_int_equal(f.action_id, 0);

	/* The public listing never carries the private text. */
	assert_int_equal(store_objections(st, m, 0, 0, &l, &cause), 0);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].question, "Our leads are junk?");
	assert_string_equal(l.v[0].answer, "Half had no budget.");
	assert_int_equal(l.v[0].outcome, OUTCOME_ACTION);
	assert_int_equal(l.v[0].action_id, o.action_id);
	assert_int_equal(l.v[0].side, SIDE_SALES);
	assert_int_equal(l.v[1].outcome, OUTCOME_FOLLOWUP);
	assert_null(l.v[1].followup);
	objection_list_fini(&l);
	assert_int_equal(store_objections(st, m, 0, 1, &l, &cause), 0);
	assert_string_equal(l.v[1].followup,
	    "Ask sales management about lead follow-up");
	objection_list_fini(&l);

	/* The linked action exists with its owner. */
	assert_int_equal(store_actions(st, &all, &al, &cause), 0);
	assert_int_equal(al.n, 1);
	assert_string_equal(al.v[0].title, "Qualify webinar leads harder");
	assert_string_equal(al.v[0].owner, "Dana Reyes");
	action_list_fini(&al);

	/* Follow-ups to raise, then raised once and only once. */
	assert_int_equal(store_followups(st, &l, &cause), 0);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.v[0].id, f.id);
	objection_list_fini(&l);
	assert_int_equal(store_followup_done(st, f.id, t0(), &cause), 0);
	assert_int_equal(store_followup_done(st, f.id, t0(), &cause), -1);
	assert_non_null(strstr(cause, "raised already"));
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	cause = NULL;
	/* A statement that was no follow-up is none to raise: not found. */
	assert_int_equal(store_followup_done(st, o.id, t0(), &cause), -1);
	assert_non_null(strstr(cause, "no follow-up"));
	assert_int_equal(store_error_code(st), EX_NOINPUT);
	free(cause);
	cause = NULL;
	assert_int_equal(store_followups(st, &l, &cause), 0);
	assert_int_equal(l.n, 0);
	objection_list_fini(&l);
	store_close(st);
}

/* The room's question, and the version counter the room view polls. */
static void
test_room_question_and_version(void **state)
{
	struct tmpdir *fx = *state;
	struct store *fac = open_ok(fx->path), *room = open_ok(fx->path);
	char *cause = NULL, *q = NULL;
	long m = create_ok(fac, t0()), v0, v1, v2;

	assert_int_equal(store_data_version(room, &v0, &cause), 0);
	assert_int_equal(store_room_question_get(room, m, &q, &cause), 0);
	assert_null(q);
	assert_int_equal(store_room_question(fac, m, "Our leads are junk?",
	    &cause), 0);
	assert_int_equal(store_data_version(room, &v1, &cause), 0);
	assert_true(v1 != v0); /* another connection committed */
	assert_int_equal(store_room_question_get(room, m, &q, &cause), 0);
	assert_string_equal(q, "Our leads are junk?");
	free(q);
	assert_int_equal(store_data_version(room, &v2, &cause), 0);
	assert_int_equal(v2, v1); /* nothing new: the room reloads nothing */
	assert_int_equal(store_room_question(fac, m, NULL, &cause), 0);
	assert_int_equal(store_room_question_get(room, m, &q, &cause), 0);
	assert_null(q);
	assert_null(cause);
	store_close(room);
	store_close(fac);
}

struct path_case {
	const char *flag;
	const char *parley_db;   /* NULL: unset */
	const char *xdg;         /* NULL: unset */
	const char *home;        /* NULL: unset */
	const char *want;
};

static const struct path_case path_cases[] = {
	{ "/f/flag.db", "/e/env.db", "/x", "/h", "/f/flag.db" },
	{ "rel.db", NULL, NULL, "/h", "rel.db" },
	{ NULL, "/e/env.db", "/x", "/h", "/e/env.db" },
	{ "", "/e/env.db", "/x", "/h", "/e/env.db" },
	{ NULL, "", "/x", "/h", "/x/parley/parley.db" },
	{ NULL, NULL, "/x", "/h", "/x/parley/parley.db" },
	{ NULL, NULL, NULL, "/h", "/h/.local/share/parley/parley.db" },
	{ NULL, NULL, "", "/h", "/h/.local/share/parley/parley.db" },
	/* XDG: a relative path is invalid and ignored. */
	{ NULL, NULL, "x", "/h", "/h/.local/share/parley/parley.db" },
};

/*
 * A batch is one transaction: what it wrote is there once it ends well,
 * none of it when it ends with a failure, and a write that fails inside
 * it is undone alone.
 */
static void
test_batch(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path), *other = open_ok(fx->path);
	struct action_filter all = { .all = 1 };
	struct action_list l;
	char *cause = NULL;
	long a, b;

	assert_int_equal(store_batch_begin(st, &cause), 0);
	a = action_ok(st, "First", NULL, NULL, 0, 0, t0());
	/* Not committed yet: another connection does not see it. */
	assert_int_equal(store_actions(other, &all, &l, &cause), 0);
	assert_int_equal(l.n, 0);
	action_list_fini(&l);
	assert_int_equal(store_action_delete(st, a + 100, 1, 0, t0(), &cause),
	    -1);
	assert_int_equal(store_error_code(st), 66);
	free(cause);
	cause = NULL;
	b = action_ok(st, "Second", NULL, NULL, 0, 0, t0());
	assert_int_equal(store_batch_begin(st, &cause), -1);
	free(cause);
	cause = NULL;
	assert_int_equal(store_batch_end(st, 0, &cause), 0);
	assert_int_equal(store_actions(other, &all, &l, &cause), 0);
	assert_int_equal(l.n, 2);
	assert_non_null(find_action(&l, a));
	assert_non_null(find_action(&l, b));
	action_list_fini(&l);

	/* Ended with a failure: nothing of it stays. */
	assert_int_equal(store_batch_begin(st, &cause), 0);
	action_ok(st, "Third", NULL, NULL, 0, 0, t0());
	assert_int_equal(store_batch_end(st, -1, &cause), -1);
	assert_int_equal(store_actions(other, &all, &l, &cause), 0);
	assert_int_equal(l.n, 2);
	action_list_fini(&l);
	/* And writes are their own transactions again. */
	action_ok(st, "Fourth", NULL, NULL, 0, 0, t0());
	assert_int_equal(store_actions(other, &all, &l, &cause), 0);
	assert_int_equal(l.n, 3);
	action_list_fini(&l);
	assert_null(cause);
	store_close(other);
	store_close(st);
}

/* Set or unset an environment variable. */
static void
set_or_unset(const char *name, const char *value)
{
	if (value == NULL)
		assert_int_equal(unsetenv(name), 0);
	else
		assert_int_equal(setenv(name, value, 1), 0);
}

/* Save an environment variable. Caller frees. */
static char *
save_env(const char *name)
{
	const char *v = getenv(name);

	return v != NULL ? strdup(v) : NULL;
}

/* --db beats $PARLEY_DB beats $XDG_DATA_HOME beats $HOME. */
static void
test_default_path(void **state)
{
	char *db = save_env("PARLEY_DB"), *xdg = save_env("XDG_DATA_HOME");
	char *home = save_env("HOME"), *got;
	const struct path_case *c;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof path_cases / sizeof path_cases[0]; i++) {
		c = &path_cases[i];
		set_or_unset("PARLEY_DB", c->parley_db);
		set_or_unset("XDG_DATA_HOME", c->xdg);
		set_or_unset("HOME", c->home);
		got = store_default_path(c->flag);
		assert_non_null(got);
		if (strcmp(got, c->want) != 0)
			fail_msg("case %zu: got %s, want %s", i, got, c->want);
		free(got);
	}
	set_or_unset("PARLEY_DB", db);
	set_or_unset("XDG_DATA_HOME", xdg);
	set_or_unset("HOME", home);
	free(db);
	free(xdg);
	free(home);
}

/*
 * HOME unset, empty or not a path from the root: the password entry's
 * home, never "." or "/".
 */
static void
test_default_path_no_home(void **state)
{
	static const char *const homes[] = { NULL, "", "relative" };
	struct passwd *pw = getpwuid(getuid());
	char *home = save_env("HOME"), *want, *got;
	size_t i;

	(void)state;
	if (pw == NULL || pw->pw_dir == NULL || *pw->pw_dir != '/')
		skip();
	want = xasprintf("%s/.local/share/parley/parley.db", pw->pw_dir);
	set_or_unset("PARLEY_DB", NULL);
	set_or_unset("XDG_DATA_HOME", NULL);
	for (i = 0; i < sizeof homes / sizeof homes[0]; i++) {
		set_or_unset("HOME", homes[i]);
		got = store_default_path(NULL);
		assert_non_null(got);
		if (strcmp(got, want) != 0)
			fail_msg("HOME %s: got %s, want %s", homes[i] != NULL ?
			    homes[i] : "unset", got, want);
		free(got);
	}
	set_or_unset("HOME", home);
	free(home);
	free(want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_create_private,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_header_ids, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_reopen, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_migrate_schema_1,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_empty_file_initialised,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_refuse_patched,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_refuse_foreign,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_meeting_lifecycle,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_one_live_meeting,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_attendees_and_people,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_entries, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_actions_filters,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_action_close, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_action_keep, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_lock, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_item_captures,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_action_escalate,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_actions_due_before,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_keep_same_meeting,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_objections, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_action_record,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_action_deleted,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_action_history_order,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_action_close_closed,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_escalate_same_owner,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_room_question_and_version,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_batch, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test(test_default_path),
		cmocka_unit_test(test_default_path_no_home),
	};

	/* Stored times are local: make local UTC, and modes predictable. */
	setenv("TZ", "UTC", 1);
	tzset();
	umask(022);
	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
