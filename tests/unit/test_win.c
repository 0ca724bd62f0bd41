/*
 * test_win.c: the olive branch in the store: wins and new customers kept
 * as their own entries, never as notes; their lead sources offered back.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store.h"
#include "testlib.h"
#include "util.h"
#include "win.h"

static char a_title[] = "Monthly";
static char t_wins[] = "Olive branch";
static struct agenda_item items[] = {
	{ .kind = KIND_WINS, .title = t_wins, .minutes = 5 },
};
static struct agenda agenda = {
	.title = a_title, .minutes = 5, .items = items, .nitems = 1,
};

/* Add a win or fail the test; returns its id. */
static long
win_ok(struct store *st, long m, enum win_kind kind, enum side side,
    const char *text, const char *source)
{
	struct win w = { 0 };
	char *cause = NULL;
	long id = 0;

	w.kind = kind;
	w.side = side;
	w.text = (char *)text;
	w.source = (char *)source;
	if (store_win_add(st, &w, m, t0() + 60, &id, &cause) != 0)
		fail_msg("win %s: %s", text, cause);
	return id;
}

/* Wins and customers in order, each with its side or its lead source. */
static void
test_wins(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	struct entry_list notes;
	struct win_list l;
	struct win empty = { 0 };
	char *cause = NULL;
	long m = meeting_at(st, &agenda, t0()), gone;

	empty.text = (char *)" ";
	assert_int_equal(store_win_add(st, &empty, m, t0(), NULL, &cause), -1);
	assert_int_equal(store_error_code(st), EX_DATAERR);
	free(cause);
	cause = NULL;
	win_ok(st, m, WIN_WELL, SIDE_MARKETING, "Three SQLs", "ignored");
	win_ok(st, m, WIN_CUSTOMER, SIDE_NONE, "Acme Corp", "Webinar");
	gone = win_ok(st, m, WIN_CUSTOMER, SIDE_NONE, "Typo Inc", NULL);
	win_ok(st, m, WIN_CUSTOMER, SIDE_NONE, "Globex", "  ");
	/* Taken back as any capture is (u). */
	assert_int_equal(store_entry_delete(st, gone, 1, t0() + 90, &cause),
	    0);
	assert_int_equal(store_wins(st, m, &l, &cause), 0);
	assert_int_equal(l.n, 3);
	assert_int_equal(l.v[0].kind, WIN_WELL);
	assert_int_equal(l.v[0].side, SIDE_MARKETING);
	assert_string_equal(l.v[0].text, "Three SQLs");
	/* Only a customer has a lead source. */
	assert_null(l.v[0].source);
	assert_int_equal(l.v[1].kind, WIN_CUSTOMER);
	assert_string_equal(l.v[1].source, "Webinar");
	assert_string_equal(l.v[2].text, "Globex");
	assert_null(l.v[2].source);
	assert_int_equal(win_count(&l, WIN_CUSTOMER), 2);
	assert_int_equal(win_count(&l, WIN_WELL), 1);
	assert_string_equal(l.v[1].created_at, "2026-11-22T10:01:00");
	win_list_fini(&l);
	win_list_fini(NULL);
	/* They are not notes: no screen or minutes lists them twice. */
	assert_int_equal(store_entries(st, m, 0, PRIVATE_TEXT, &notes, &cause),
	    0);
	assert_int_equal(notes.n, 0);
	entry_list_fini(&notes);
	assert_null(cause);
	store_close(st);
}

/* The lead sources of earlier customers, each once whatever its case. */
static void
test_sources(void **state)
{
	struct tmpdir *fx = *state;
	struct store *st = open_ok(fx->path);
	char **names, *cause = NULL;
	size_t n, i;
	long m = meeting_at(st, &agenda, t0());

	assert_int_equal(store_lead_sources(st, &names, &n, &cause), 0);
	assert_int_equal(n, 0);
	free(names);
	win_ok(st, m, WIN_CUSTOMER, SIDE_NONE, "A", "webinar");
	win_ok(st, m, WIN_CUSTOMER, SIDE_NONE, "B", "Webinar");
	win_ok(st, m, WIN_CUSTOMER, SIDE_NONE, "C", "Partner");
	win_ok(st, m, WIN_CUSTOMER, SIDE_NONE, "D", NULL);
	win_ok(st, m, WIN_WELL, SIDE_SALES, "E", NULL);
	assert_int_equal(store_lead_sources(st, &names, &n, &cause), 0);
	assert_int_equal(n, 2);
	assert_string_equal(names[0], "Partner");
	assert_int_equal(util_casecmp(names[1], "webinar"), 0);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	store_close(st);
}

/* The entry kinds, both ways. */
static void
test_kind_names(void **state)
{
	enum win_kind k;

	(void)state;
	assert_string_equal(win_kind_name(WIN_WELL), "win");
	assert_string_equal(win_kind_name(WIN_CUSTOMER), "customer");
	assert_int_equal(win_kind_parse("customer", &k), 0);
	assert_int_equal(k, WIN_CUSTOMER);
	assert_int_equal(win_kind_parse("win", &k), 0);
	assert_int_equal(k, WIN_WELL);
	assert_int_equal(win_kind_parse("note", &k), -1);
	assert_int_equal(win_kind_parse(NULL, &k), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_wins, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test_setup_teardown(test_sources, tmpdir_setup,
		    tmpdir_teardown),
		cmocka_unit_test(test_kind_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
