/*
 * test_store_open.c: how the database is opened: files Parley may not
 * write, symbolic links to nothing, empty files, no home folder at all,
 * and the pragmas that make a save durable.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <grp.h>
#include <pwd.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "store.h"
#include "store_priv.h"
#include "testlib.h"
#include "util.h"

/* Who the tests become when they run as root, who may write anything. */
#define NOBODY 65534

/* A path inside the test's folder. Caller frees. */
static char *
in_dir(const struct tmpdir *fx, const char *name)
{
	return xasprintf("%s/%s", fx->dir, name);
}

/* Make a database at path with one connection, then close it. */
static void
make_db(const char *path)
{
	store_close(open_ok(path));
}

/* As root, give the folder and what is in it to NOBODY (see as_user). */
static void
give_away(const struct tmpdir *fx, const char *const *names, size_t n)
{
	char *path;
	size_t i;

	if (geteuid() != 0)
		return;
	assert_int_equal(chown(fx->dir, NOBODY, NOBODY), 0);
	for (i = 0; i < n; i++) {
		path = in_dir(fx, names[i]);
		assert_int_equal(lchown(path, NOBODY, NOBODY), 0);
		free(path);
	}
}

/* Become an ordinary user when root: NOBODY. 0, or -1. */
static int
become_user(uid_t uid)
{
	if (geteuid() != 0)
		return 0;
	return setgroups(0, NULL) != 0 || setgid(uid) != 0 ||
	    setuid(uid) != 0 ? -1 : 0;
}

/* In a child: open the store at arg as NOBODY; "CODE MESSAGE" or "0". */
static void
child_open(void *arg, int fd)
{
	struct store *st = NULL;
	char *cause = NULL, *out;
	int code;

	if (become_user(NOBODY) != 0)
		exit(99);
	code = store_open(arg, &st, &cause);
	store_close(st);
	out = code == 0 ? xstrdup("0") : xasprintf("%d %s", code,
	    cause != NULL ? cause : "");
	if (write(fd, out, strlen(out)) < 0)
		exit(98);
	free(out);
	free(cause);
}

/*
 * Open path in a child process that is an ordinary user (NOBODY when the
 * test runs as root): "CODE MESSAGE", or "0" when it opened. Caller frees.
 */
static char *
open_as_user(const char *path)
{
	char *got;
	int status;

	got = child_output(child_open, (void *)path, &status);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 99)
		skip();
	assert_int_equal(WEXITSTATUS(status), 0);
	return got;
}

/* got is "CODE MESSAGE" with that code and every one of the words. */
static void
assert_refusal(const char *got, int code, const char *const *words,
    size_t n)
{
	char want[8];
	size_t i;

	snprintf(want, sizeof want, "%d ", code);
	if (strncmp(got, want, strlen(want)) != 0)
		fail_msg("want exit %d, got \"%s\"", code, got);
	for (i = 0; i < n; i++)
		if (strstr(got, words[i]) == NULL)
			fail_msg("\"%s\" does not say \"%s\"", got, words[i]);
	/* What SQLite says after a later call, not why this one failed. */
	if (strstr(got, "not an error") != NULL ||
	    strstr(got, "not a Parley database") != NULL)
		fail_msg("the reason was lost: \"%s\"", got);
}

/* A database file Parley may not write: 74, its path and SQLite's word. */
static void
test_readonly_file(void **state)
{
	struct tmpdir *fx = *state;
	const char *names[] = { "parley.db" };
	const char *words[] = { fx->path, "readonly" };
	char *got;

	make_db(fx->path);
	assert_int_equal(chmod(fx->path, 0444), 0);
	give_away(fx, names, 1);
	got = open_as_user(fx->path);
	assert_refusal(got, EX_IOERR, words, 2);
	free(got);
}

/*
 * A database in a folder Parley may not write: SQLite cannot make the
 * WAL's index beside it. 74 with the path, not "not a Parley database".
 */
static void
test_readonly_folder(void **state)
{
	struct tmpdir *fx = *state;
	const char *names[] = { "parley.db" };
	const char *words[] = { fx->path, "cannot open" };
	char *got;

	make_db(fx->path);
	give_away(fx, names, 1);
	assert_int_equal(chmod(fx->dir, 0555), 0);
	got = open_as_user(fx->path);
	assert_int_equal(chmod(fx->dir, 0700), 0);
	assert_refusal(got, EX_IOERR, words, 2);
	free(got);
}

/* A database file Parley may not even read: 74, and the system's reason. */
static void
test_unreadable_file(void **state)
{
	struct tmpdir *fx = *state;
	const char *words[] = { fx->path, "Permission denied" };
	char *got;

	make_db(fx->path);
	assert_int_equal(chmod(fx->path, 0), 0);
	/* Root's file, or one of mode 000: NOBODY or the user cannot read. */
	if (geteuid() == 0)
		assert_int_equal(chown(fx->dir, NOBODY, NOBODY), 0);
	got = open_as_user(fx->path);
	assert_refusal(got, EX_IOERR, words, 2);
	free(got);
}

/* A symbolic link to nothing is refused, its target never created. */
static void
test_dangling_symlink(void **state)
{
	struct tmpdir *fx = *state;
	char *target = in_dir(fx, "elsewhere.db"), *cause = NULL;
	struct store *st = NULL;
	struct stat sb;

	assert_int_equal(symlink(target, fx->path), 0);
	assert_int_equal(store_open(fx->path, &st, &cause), EX_CANTCREAT);
	assert_null(st);
	assert_non_null(cause);
	assert_non_null(strstr(cause, fx->path));
	assert_non_null(strstr(cause, "symbolic link"));
	assert_int_equal(lstat(target, &sb), -1);
	free(cause);
	/* A link to a database is followed: it is the user's own choice. */
	make_db(target);
	store_close(open_ok(fx->path));
	free(target);
}

/* An empty file, no one's database yet, becomes private like a new one. */
static void
test_empty_file_private(void **state)
{
	struct tmpdir *fx = *state;
	struct stat sb;
	FILE *f = fopen(fx->path, "w");

	assert_non_null(f);
	fclose(f);
	assert_int_equal(chmod(fx->path, 0644), 0);
	make_db(fx->path);
	assert_int_equal(stat(fx->path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	/* A database already there keeps the mode its owner gave it. */
	assert_int_equal(chmod(fx->path, 0640), 0);
	make_db(fx->path);
	assert_int_equal(stat(fx->path, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0640);
}

/* One pragma's value on the store's own connection, as text. Caller frees. */
static char *
pragma(struct store *st, const char *name)
{
	sqlite3_stmt *stmt;
	char *sql = xasprintf("PRAGMA %s", name), *v;

	assert_int_equal(sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL),
	    SQLITE_OK);
	free(sql);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	v = xstrdup((const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	return v;
}

/*
 * A save is on the disk when the store says it is: synchronous FULL (2)
 * in WAL, foreign keys enforced, on a new database and on one reopened.
 */
static void
test_pragmas_in_force(void **state)
{
	struct tmpdir *fx = *state;
	static const char *const want[][2] = {
		{ "synchronous", "2" },
		{ "journal_mode", "wal" },
		{ "foreign_keys", "1" },
	};
	struct store *st;
	char *v;
	size_t i;
	int round;

	for (round = 0; round < 2; round++) {
		st = open_ok(fx->path);
		for (i = 0; i < sizeof want / sizeof want[0]; i++) {
			v = pragma(st, want[i][0]);
			if (strcmp(v, want[i][1]) != 0)
				fail_msg("PRAGMA %s is %s, want %s", want[i][0],
				    v, want[i][1]);
			free(v);
		}
		store_close(st);
	}
}

/* In a child: the default path as a user with no password entry. */
static void
child_no_home(void *arg, int fd)
{
	char *got;

	if (become_user(*(uid_t *)arg) != 0)
		exit(99);
	unsetenv("PARLEY_DB");
	unsetenv("XDG_DATA_HOME");
	unsetenv("HOME");
	got = store_default_path(NULL);
	if (write(fd, got != NULL ? got : "(none)", got != NULL ?
	    strlen(got) : 6) < 0)
		exit(98);
	free(got);
}

/*
 * A user with no password entry and no HOME has no home folder: no path
 * (the command line refuses with 78). Tried as such a user when root.
 */
static void
test_no_home_at_all(void **state)
{
	uid_t stranger = 54321;
	char *got;
	int status;

	(void)state;
	if (geteuid() != 0 || getpwuid(stranger) != NULL)
		skip();
	got = child_output(child_no_home, &stranger, &status);
	assert_true(WIFEXITED(status));
	if (WEXITSTATUS(status) == 99)
		skip();
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_string_equal(got, "(none)");
	free(got);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_readonly_file,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_readonly_folder,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_file,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_dangling_symlink,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_empty_file_private,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_pragmas_in_force,
		    tmpdir_setup, tmpdir_teardown),
		cmocka_unit_test(test_no_home_at_all),
	};

	setenv("TZ", "UTC", 1);
	umask(022);
	return cmocka_run_group_tests_name("store_open", tests, NULL, NULL);
}
