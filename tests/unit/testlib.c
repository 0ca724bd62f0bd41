/* testlib.c: fixtures and checks the unit test programs share (testlib.h). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "action.h"
#include "agenda.h"
#include "export.h"
#include "store.h"
#include "testlib.h"
#include "util.h"

/* T0_ISO as a time, or fail the test. */
time_t
t0(void)
{
	time_t t;

	assert_int_equal(clock_parse_iso(T0_ISO, &t), 0);
	return t;
}

/* Remove one file or folder for nftw. */
static int
remove_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* Make a fresh folder and name the database in it. */
int
tmpdir_init(struct tmpdir *t)
{
	snprintf(t->dir, sizeof t->dir, "/tmp/parley-test-XXXXXX");
	if (mkdtemp(t->dir) == NULL) {
		t->dir[0] = '\0';
		t->path[0] = '\0';
		return -1;
	}
	snprintf(t->path, sizeof t->path, "%s/parley.db", t->dir);
	return 0;
}

/* Remove the folder and everything in it. */
int
tmpdir_fini(struct tmpdir *t)
{
	int rc;

	if (t->dir[0] == '\0')
		return 0;
	rc = nftw(t->dir, remove_one, 8, FTW_DEPTH | FTW_PHYS);
	t->dir[0] = '\0';
	return rc;
}

/* Make a fresh folder for one test. */
int
tmpdir_setup(void **state)
{
	struct tmpdir *t = calloc(1, sizeof *t);

	if (t == NULL)
		return -1;
	if (tmpdir_init(t) != 0) {
		free(t);
		return -1;
	}
	*state = t;
	return 0;
}

/* Remove the test's folder and everything in it. */
int
tmpdir_teardown(void **state)
{
	struct tmpdir *t = *state;
	int rc;

	rc = tmpdir_fini(t);
	free(t);
	return rc;
}

/* Open the database or fail the test. */
struct store *
open_ok(const char *path)
{
	struct store *st = NULL;
	char *cause = NULL;
	int rc;

	rc = store_open(path, &st, &cause);
	if (rc != 0)
		fail_msg("store_open %s: %d %s", path, rc, cause);
	assert_null(cause);
	assert_non_null(st);
	return st;
}

/* The worst full scan since scan_meter_reset, and its statement. */
static int scan_worst;
static char scan_sql[2048];

/* After each statement: its full-scan steps, counted afresh each run. */
static int
scan_profiled(unsigned type, void *arg, void *stmt, void *ns)
{
	int n = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);

	(void)type;
	(void)arg;
	(void)ns;
	if (n > scan_worst) {
		scan_worst = n;
		snprintf(scan_sql, sizeof scan_sql, "%s", sqlite3_sql(stmt));
	}
	return 0;
}

/* Every new connection: meter it. */
static int
scan_attach(sqlite3 *db, char **err, const void *api)
{
	(void)err;
	(void)api;
	sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, scan_profiled, NULL);
	return SQLITE_OK;
}

void
scan_meter_start(void)
{
	typedef int (*entry)(sqlite3 *, char **, const void *);
	entry e = scan_attach;

	sqlite3_auto_extension((void (*)(void))e);
	scan_meter_reset();
}

void
scan_meter_reset(void)
{
	scan_worst = 0;
	scan_sql[0] = '\0';
}

int
scan_meter_max(const char **sql)
{
	*sql = scan_sql[0] != '\0' ? scan_sql : NULL;
	return scan_worst;
}

/* Make the folder, open the store and set the clock. */
int
testdb_init(struct testdb *db)
{
	char *cause = NULL;

	db->st = NULL;
	if (tmpdir_init(&db->tmp) != 0) {
		perror("tmpdir_init");
		return -1;
	}
	if (store_open(db->tmp.path, &db->st, &cause) != 0) {
		fprintf(stderr, "store_open: %s\n", cause);
		free(cause);
		tmpdir_fini(&db->tmp);
		return -1;
	}
	if (clock_parse_iso(T0_ISO, &db->now) != 0) {
		fprintf(stderr, "clock_parse_iso: %s\n", T0_ISO);
		testdb_fini(db);
		return -1;
	}
	return 0;
}

/* Close the store and remove the folder. */
int
testdb_fini(struct testdb *db)
{
	store_close(db->st);
	db->st = NULL;
	return tmpdir_fini(&db->tmp);
}

/* Make a fresh database for one test. */
int
testdb_setup(void **state)
{
	struct testdb *db = calloc(1, sizeof *db);

	if (db == NULL || testdb_init(db) != 0) {
		free(db);
		return -1;
	}
	*state = db;
	return 0;
}

/* Close the test's database and remove its folder. */
int
testdb_teardown(void **state)
{
	struct testdb *db = *state;
	int rc = testdb_fini(db);

	free(db);
	return rc;
}

/* Parse agenda text or fail the test. */
struct agenda *
agenda_ok(const char *yaml)
{
	struct agenda_diags diags = { NULL, 0 };
	struct agenda *a = NULL;

	if (agenda_parse(yaml, strlen(yaml), &a, &diags) != 0)
		fail_msg("agenda_parse: %s", diags.n > 0 ?
		    diags.v[0].message : "?");
	agenda_diags_fini(&diags);
	return a;
}

/* Start a meeting from agenda text or fail the test. */
long
testdb_start(struct testdb *db, const char *yaml, struct meeting **m)
{
	struct agenda *a = agenda_ok(yaml);
	char *cause = NULL;
	long id;

	if (store_meeting_create(db->st, a, yaml, "a.yaml", db->now, &id,
	    &cause) != 0)
		fail_msg("store_meeting_create: %s", cause);
	agenda_free(a);
	if (m != NULL && store_meeting_load(db->st, id, m, &cause) != 0)
		fail_msg("store_meeting_load: %s", cause);
	return id;
}

/* Start a meeting at t after ending the one in progress. */
long
meeting_at(struct store *st, const struct agenda *a, time_t t)
{
	char *cause = NULL, *text;
	long id = 0;

	if (store_meeting_live(st, &id, &cause) == 1)
		assert_int_equal(store_meeting_end(st, id, t - 1, &cause), 0);
	text = xasprintf("title: %s\n", a->title);
	assert_int_equal(store_meeting_create(st, a, text, NULL, t, &id,
	    &cause), 0);
	assert_null(cause);
	free(text);
	return id;
}

/* Write a meeting's minutes to memory. */
char *
minutes_ok(struct store *st, long id, enum view_audience a,
    const char *format)
{
	const struct export_format *fmt = export_find(format);
	struct meeting_view v;
	struct capture c;
	char *cause = NULL;

	assert_non_null(fmt);
	assert_int_equal(view_load(st, id, a, &v, &cause), 0);
	capture_start(&c);
	assert_int_equal(fmt->write(c.f, &v, &cause), 0);
	capture_end(&c);
	view_fini(&v);
	return c.buf;
}

/* Does s hold needle (NULL holds nothing)? */
static int
has(const char *s, const char *needle)
{
	return s != NULL && strstr(s, needle) != NULL;
}

/* Does any text of the view hold needle? */
int
view_holds(const struct meeting_view *v, const char *needle)
{
	size_t i;
	int found = has(v->room_question, needle) || has(v->m->title, needle);

	for (i = 0; i < v->entries.n; i++)
		found |= has(v->entries.v[i].text, needle);
	for (i = 0; i < v->objections.n; i++) {
		const struct objection *o = &v->objections.v[i];

		found |= has(o->statement, needle) || has(o->question, needle) ||
		    has(o->answer, needle) || has(o->followup, needle);
	}
	for (i = 0; i < v->actions.n; i++)
		found |= has(v->actions.v[i].title, needle);
	for (i = 0; i < v->reviewed.n; i++)
		found |= has(v->reviewed.v[i].title, needle);
	return found;
}

/* Find an action by id. */
const struct action *
find_action(const struct action_list *l, long id)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].id == id)
			return &l->v[i];
	}
	return NULL;
}

/* Make a path under the source tree. */
char *
src_path(const char *relative)
{
	const char *dir = getenv("PARLEY_SRCDIR");

	return xasprintf("%s/%s", dir != NULL && *dir != '\0' ? dir : ".",
	    relative);
}

/* Count needle in s. */
int
count(const char *s, const char *needle)
{
	int n = 0;

	while ((s = strstr(s, needle)) != NULL) {
		n++;
		s += strlen(needle);
	}
	return n;
}

/* Start capturing. */
void
capture_start(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->f = open_memstream(&c->buf, &c->len);
	assert_non_null(c->f);
}

/* Stop capturing; c->buf holds the text. */
void
capture_end(struct capture *c)
{
	assert_int_equal(fclose(c->f), 0);
	c->f = NULL;
	assert_non_null(c->buf);
}

/* In the child of child_output: fn, then exit. */
static _Noreturn void
child_run(void (*fn)(void *arg, int fd), void *arg, int fd)
{
	/* cmocka's handlers would carry on with the test in this process. */
	signal(SIGSEGV, SIG_DFL);
	signal(SIGBUS, SIG_DFL);
	signal(SIGFPE, SIG_DFL);
	signal(SIGILL, SIG_DFL);
	signal(SIGABRT, SIG_DFL);
	fn(arg, fd);
	close(fd);
	exit(0);
}

/* Run fn in a child process and return what it wrote. Caller frees. */
char *
child_output(void (*fn)(void *arg, int fd), void *arg, int *status)
{
	char buf[1024];
	size_t len = 0;
	ssize_t n;
	int fds[2];
	pid_t pid;

	assert_int_equal(pipe(fds), 0);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		child_run(fn, arg, fds[1]);
	}
	close(fds[1]);
	while (len < sizeof buf - 1 &&
	    (n = read(fds[0], buf + len, sizeof buf - 1 - len)) > 0)
		len += (size_t)n;
	buf[len] = '\0';
	close(fds[0]);
	assert_int_equal(waitpid(pid, status, 0), pid);
	return xstrdup(buf);
}

/*
 * The JSON parser. Each function returns the end of what it read, or NULL
 * when that is not JSON.
 */
static const char *jp_value(const char *p);

/* Skip white space. */
static const char *
jp_ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/* Four hex digits at p as a number, or -1. */
static long
jp_hex4(const char *p)
{
	char hex[5];

	/* Count first: a string may end before four bytes are there. */
	if (strspn(p, "0123456789abcdefABCDEF") < 4)
		return -1;
	memcpy(hex, p, 4);
	hex[4] = '\0';
	return strtol(hex, NULL, 16);
}

/* A \u escape at p (after the backslash), a pair when it is a surrogate. */
static const char *
jp_unicode(const char *p, unsigned int *cp)
{
	long hi = jp_hex4(p + 1), lo;

	if (hi < 0)
		return NULL;
	p += 5;
	if (hi >= 0xdc00 && hi <= 0xdfff)
		return NULL;           /* a low surrogate alone */
	if (hi >= 0xd800 && hi <= 0xdbff) {
		if (p[0] != '\\' || p[1] != 'u' ||
		    (lo = jp_hex4(p + 2)) < 0xdc00 || lo > 0xdfff)
			return NULL;
		*cp = 0x10000 + (((unsigned int)hi - 0xd800) << 10) +
		    ((unsigned int)lo - 0xdc00);
		return p + 6;
	}
	*cp = (unsigned int)hi;
	return p;
}

/* Read a string; decode it into out unless out is NULL. */
const char *
jp_string(const char *p, char *out)
{
	unsigned int cp;
	size_t n = 0, len;
	const char *e;

	if (*p++ != '"')
		return NULL;
	while (*p != '"') {
		if ((unsigned char)*p < 0x20)
			return NULL;   /* raw control characters are not JSON */
		if (*p != '\\') {
			len = utf8_decode(p, strlen(p), &cp);
			if (cp == 0xfffd && len == 1)
				return NULL;   /* not UTF-8 */
			if (out != NULL)
				memcpy(out + n, p, len);
			n += len;
			p += len;
			continue;
		}
		p++;
		switch (*p) {
		case '"': case '\\': case '/':
			cp = (unsigned char)*p++;
			break;
		case 'b': cp = '\b'; p++; break;
		case 'f': cp = '\f'; p++; break;
		case 'n': cp = '\n'; p++; break;
		case 'r': cp = '\r'; p++; break;
		case 't': cp = '\t'; p++; break;
		case 'u':
			if ((e = jp_unicode(p, &cp)) == NULL)
				return NULL;
			p = e;
			break;
		default:
			return NULL;
		}
		if (out != NULL)
			n += utf8_encode(cp, out + n);
		else
			n++;
	}
	if (out != NULL)
		out[n] = '\0';
	return p + 1;
}

/* A number: -?int frac? exp? */
static const char *
jp_number(const char *p)
{
	p += *p == '-';
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		p += strspn(p, "0123456789");
	else
		return NULL;
	if (*p == '.') {
		if (strspn(++p, "0123456789") == 0)
			return NULL;
		p += strspn(p, "0123456789");
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		p += *p == '+' || *p == '-';
		if (strspn(p, "0123456789") == 0)
			return NULL;
		p += strspn(p, "0123456789");
	}
	return p;
}

/* An array or object at p. */
static const char *
jp_container(const char *p, char close, int keyed)
{
	p = jp_ws(p + 1);
	if (*p == close)
		return p + 1;
	for (;;) {
		if (keyed) {
			if ((p = jp_string(jp_ws(p), NULL)) == NULL)
				return NULL;
			p = jp_ws(p);
			if (*p++ != ':')
				return NULL;
		}
		if ((p = jp_value(p)) == NULL)
			return NULL;
		p = jp_ws(p);
		if (*p == close)
			return p + 1;
		if (*p++ != ',')
			return NULL;
	}
}

/* Any value at p. */
static const char *
jp_value(const char *p)
{
	p = jp_ws(p);
	if (*p == '{')
		return jp_container(p, '}', 1);
	if (*p == '[')
		return jp_container(p, ']', 0);
	if (*p == '"')
		return jp_string(p, NULL);
	if (strncmp(p, "null", 4) == 0 || strncmp(p, "true", 4) == 0)
		return p + 4;
	if (strncmp(p, "false", 5) == 0)
		return p + 5;
	return jp_number(p);
}

/* Check that s is one JSON value. */
int
jp_valid(const char *s)
{
	const char *end = jp_value(s);

	return end != NULL && *jp_ws(end) == '\0';
}

/* Copy a file, or fail the test. */
void
copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out;
	char buf[8192];
	size_t n;

	if (in == NULL)
		fail_msg("cannot read %s", from);
	out = fopen(to, "wb");
	assert_non_null(out);
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		assert_int_equal(fwrite(buf, 1, n, out), n);
	fclose(in);
	assert_int_equal(fclose(out), 0);
}
