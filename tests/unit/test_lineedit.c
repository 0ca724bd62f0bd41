/* test_lineedit.c: unit tests for the one-line UTF-8 editor. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <locale.h>
#include <string.h>

#include "lineedit.h"
#include "util.h"

/* Insert every code point of a UTF-8 string, as typed. */
static void
type(struct lineedit *le, const char *s)
{
	unsigned int cp;
	size_t n;

	while ((n = utf8_decode(s, strlen(s), &cp)) > 0) {
		lineedit_insert(le, cp);
		s += n;
	}
}

/* Check the text and the cursor together. */
static void
check(const struct lineedit *le, const char *text, size_t cursor)
{
	assert_string_equal(le->buf, text);
	assert_int_equal(le->len, strlen(text));
	assert_int_equal(le->cursor, cursor);
}

/* Start empty, from text, and replace the text. */
static void
test_init_set(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, NULL);
	check(&le, "", 0);
	lineedit_set(&le, "hello");
	check(&le, "hello", 5);
	lineedit_set(&le, NULL);
	check(&le, "", 0);
	lineedit_fini(&le);

	lineedit_init(&le, "abcdef");
	check(&le, "abcdef", 6);
	/* The new text may be part of the old. */
	lineedit_set(&le, le.buf + 2);
	check(&le, "cdef", 4);
	lineedit_fini(&le);
	assert_null(le.buf);
}

/* Insert ASCII at the end and in the middle, past the first allocation. */
static void
test_insert_ascii(void **state)
{
	struct lineedit le;
	char want[101];
	int i;

	(void)state;
	lineedit_init(&le, "ac");
	lineedit_left(&le);
	lineedit_insert(&le, 'b');
	check(&le, "abc", 2);
	lineedit_home(&le);
	lineedit_insert(&le, '>');
	check(&le, ">abc", 1);
	lineedit_end(&le);
	lineedit_insert(&le, ' ');
	check(&le, ">abc ", 5);
	lineedit_fini(&le);

	lineedit_init(&le, NULL);
	for (i = 0; i < 100; i++) {
		lineedit_insert(&le, 'a' + i % 26);
		want[i] = (char)('a' + i % 26);
	}
	want[100] = '\0';
	check(&le, want, 100);
	lineedit_fini(&le);
}

/* Insert two-, three- and four-byte code points. */
static void
test_insert_utf8(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, NULL);
	lineedit_insert(&le, 0xe9);
	check(&le, "\xc3\xa9", 2);
	type(&le, "日本");
	check(&le, "é日本", 8);
	lineedit_insert(&le, 0x1f600);
	check(&le, "é日本\xf0\x9f\x98\x80", 12);
	lineedit_home(&le);
	lineedit_right(&le);
	type(&le, "ü");
	check(&le, "éü日本😀", 4);
	lineedit_fini(&le);
}

/* Control characters and non-characters are not inserted. */
static void
test_insert_control(void **state)
{
	static const unsigned int ignored[] = {
		0x00, 0x01, 0x08, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x80,
		0x85, 0x9f, 0xd800, 0xdfff, 0x110000,
	};
	struct lineedit le;
	size_t i;

	(void)state;
	lineedit_init(&le, "ok");
	for (i = 0; i < sizeof ignored / sizeof ignored[0]; i++)
		lineedit_insert(&le, ignored[i]);
	check(&le, "ok", 2);
	lineedit_insert(&le, 0x20);
	lineedit_insert(&le, 0xa0);
	check(&le, "ok \xc2\xa0", 5);
	lineedit_fini(&le);
}

/* Left and right step by whole code points and stop at the edges. */
static void
test_moves(void **state)
{
	static const size_t stops[] = { 0, 1, 3, 6, 10 };
	struct lineedit le;
	size_t i;

	(void)state;
	lineedit_init(&le, "aé日😀");
	check(&le, "aé日😀", 10);
	lineedit_right(&le);
	assert_int_equal(le.cursor, 10);
	for (i = 4; i > 0; i--) {
		lineedit_left(&le);
		assert_int_equal(le.cursor, stops[i - 1]);
	}
	lineedit_left(&le);
	assert_int_equal(le.cursor, 0);
	for (i = 1; i < 5; i++) {
		lineedit_right(&le);
		assert_int_equal(le.cursor, stops[i]);
	}
	lineedit_home(&le);
	assert_int_equal(le.cursor, 0);
	lineedit_end(&le);
	assert_int_equal(le.cursor, 10);
	lineedit_fini(&le);

	/* An empty line: nothing moves. */
	lineedit_init(&le, NULL);
	lineedit_left(&le);
	lineedit_right(&le);
	lineedit_home(&le);
	lineedit_end(&le);
	check(&le, "", 0);
	lineedit_fini(&le);
}

/* A base and its combining mark move and delete as one. */
static void
test_combining(void **state)
{
	struct lineedit le;

	(void)state;
	/* "e" U+0301, then "x": bytes 0, 1-2, 3. */
	lineedit_init(&le, "e\xcc\x81x");
	lineedit_left(&le);
	assert_int_equal(le.cursor, 3);
	lineedit_left(&le);
	assert_int_equal(le.cursor, 0);
	lineedit_right(&le);
	assert_int_equal(le.cursor, 3);
	lineedit_backspace(&le);
	check(&le, "x", 0);
	lineedit_fini(&le);

	lineedit_init(&le, "ae\xcc\x81\xcc\x88z");
	lineedit_home(&le);
	lineedit_right(&le);
	lineedit_delete(&le);
	check(&le, "az", 1);
	lineedit_fini(&le);

	/* Typing a mark after a base keeps the cursor after both. */
	lineedit_init(&le, "e");
	lineedit_insert(&le, 0x301);
	check(&le, "e\xcc\x81", 3);
	lineedit_left(&le);
	assert_int_equal(le.cursor, 0);
	lineedit_fini(&le);

	/* A mark with no base before it still lets the cursor reach 0. */
	lineedit_init(&le, "\xcc\x81" "a");
	lineedit_left(&le);
	assert_int_equal(le.cursor, 2);
	lineedit_left(&le);
	assert_int_equal(le.cursor, 0);
	lineedit_right(&le);
	assert_int_equal(le.cursor, 2);
	lineedit_fini(&le);
}

/* Invalid bytes from outside become U+FFFD, one each, and stay apart. */
static void
test_invalid_bytes(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, "a\xff" "b");
	check(&le, "a\xef\xbf\xbd" "b", 5);
	lineedit_left(&le);
	assert_int_equal(le.cursor, 4);
	lineedit_left(&le);
	assert_int_equal(le.cursor, 1);
	lineedit_backspace(&le);
	check(&le, "\xef\xbf\xbd" "b", 0);
	lineedit_fini(&le);

	/* "é" and a stray continuation byte. */
	lineedit_init(&le, "\xc3\xa9\xa9");
	check(&le, "\xc3\xa9\xef\xbf\xbd", 5);
	lineedit_left(&le);
	lineedit_left(&le);
	assert_int_equal(le.cursor, 0);
	lineedit_delete(&le);
	check(&le, "\xef\xbf\xbd", 0);
	lineedit_fini(&le);

	/*
	 * Found by fuzz_lineedit: a lead byte and a continuation byte kept
	 * raw with text between them joined into one code point when the
	 * text went, and the cursor sat inside it.
	 */
	lineedit_init(&le, "e\xccH\x91");
	lineedit_left(&le);
	lineedit_backspace(&le);
	lineedit_left(&le);
	lineedit_delete(&le);
	assert_int_equal(le.cursor, 1);
	lineedit_insert(&le, 'x');
	check(&le, "ex\xef\xbf\xbd", 2);
	lineedit_fini(&le);
}

/* Backspace and Delete at the edges and on multibyte characters. */
static void
test_backspace_delete(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, "ab");
	lineedit_home(&le);
	lineedit_backspace(&le);
	check(&le, "ab", 0);
	lineedit_delete(&le);
	check(&le, "b", 0);
	lineedit_end(&le);
	lineedit_delete(&le);
	check(&le, "b", 1);
	lineedit_backspace(&le);
	check(&le, "", 0);
	lineedit_backspace(&le);
	lineedit_delete(&le);
	check(&le, "", 0);
	lineedit_fini(&le);

	lineedit_init(&le, "日本😀é");
	lineedit_backspace(&le);
	check(&le, "日本😀", 10);
	lineedit_backspace(&le);
	check(&le, "日本", 6);
	lineedit_home(&le);
	lineedit_delete(&le);
	check(&le, "本", 0);
	lineedit_right(&le);
	lineedit_backspace(&le);
	check(&le, "", 0);
	lineedit_fini(&le);

	lineedit_init(&le, "x😀y");
	lineedit_home(&le);
	lineedit_right(&le);
	lineedit_delete(&le);
	check(&le, "xy", 1);
	lineedit_fini(&le);
}

/* Ctrl-U deletes from the start to the cursor. */
static void
test_kill_start(void **state)
{
	struct lineedit le;

	(void)state;
	lineedit_init(&le, "hello world");
	lineedit_home(&le);
	lineedit_kill_start(&le);
	check(&le, "hello world", 0);
	lineedit_set(&le, "hello wörld");
	lineedit_left(&le);
	lineedit_left(&le);
	lineedit_left(&le);
	lineedit_left(&le);
	lineedit_left(&le);
	lineedit_kill_start(&le);
	check(&le, "wörld", 0);
	lineedit_end(&le);
	lineedit_kill_start(&le);
	check(&le, "", 0);
	lineedit_fini(&le);
}

struct kill_word_case {
	const char *text;
	size_t cursor;
	const char *want;
	size_t want_cursor;
};

/* Ctrl-W deletes blanks, then the word, before the cursor. */
static void
test_kill_word(void **state)
{
	static const struct kill_word_case cases[] = {
		{ "foo bar", 7, "foo ", 4 },
		{ "foo bar   ", 10, "foo ", 4 },
		{ "foo  bar", 8, "foo  ", 5 },
		{ "foo   ", 6, "", 0 },
		{ "   ", 3, "", 0 },
		{ "", 0, "", 0 },
		{ "one two three", 7, "one  three", 4 },
		{ "one two three", 5, "one wo three", 4 },
		{ "one two", 0, "one two", 0 },
		{ "a-b.c d", 5, " d", 0 },
		{ "café 日本", 12, "café ", 6 },
		{ "x\tword", 6, "x\t", 2 },
		{ "say e\xcc\x81t\xc3\xa9", 10, "say ", 4 },
	};
	struct lineedit le;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		lineedit_init(&le, cases[i].text);
		le.cursor = cases[i].cursor;
		lineedit_kill_word(&le);
		check(&le, cases[i].want, cases[i].want_cursor);
		lineedit_fini(&le);
	}

	/* Repeated, it eats the line word by word. */
	lineedit_init(&le, "a  bb ccc");
	lineedit_kill_word(&le);
	check(&le, "a  bb ", 6);
	lineedit_kill_word(&le);
	check(&le, "a  ", 3);
	lineedit_kill_word(&le);
	check(&le, "", 0);
	lineedit_fini(&le);
}

static const char *const roster[] = {
	"Alice Martin", "alan", "Bob", "\xc3\x89lodie", "Zo\xc3\xab Smith",
	"Zo\xc3\xa8", NULL, "Dana", "Dan",
};
#define ROSTER_N (sizeof roster / sizeof roster[0])

struct complete_case {
	const char *text;
	size_t matches;
	const char *want;
};

/* Tab completion against the roster. */
static void
test_complete(void **state)
{
	static const struct complete_case cases[] = {
		{ "b", 1, "Bob" },
		{ "BO", 1, "Bob" },
		{ "bob", 1, "Bob" },
		{ "ALICE", 1, "Alice Martin" },
		{ "alice m", 1, "Alice Martin" },
		{ "al", 2, "Al" },
		{ "a", 2, "Al" },
		{ "d", 2, "Dan" },
		{ "dana", 1, "Dana" },
		{ "x", 0, "x" },
		{ "bobby", 0, "bobby" },
		{ "\xc3\x89", 1, "\xc3\x89lodie" },
		{ "\xc3\xa9", 0, "\xc3\xa9" },
		/* The common prefix stops before ë and è differ. */
		{ "z", 2, "Zo" },
		{ "zo\xc3\xab", 1, "Zo\xc3\xab Smith" },
		{ "", 8, "" },
	};
	struct lineedit le;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		lineedit_init(&le, cases[i].text);
		assert_int_equal(lineedit_complete(&le, roster, ROSTER_N),
		    cases[i].matches);
		check(&le, cases[i].want, strlen(cases[i].want));
		lineedit_fini(&le);
	}
}

/* Inside a longer text, the words before the cursor are completed. */
static void
test_complete_in_text(void **state)
{
	static const char *const team[] = {
		"Dana Reyes", "Sam Ortiz", "Priya Natarajan", "Lee Chen",
	};
	struct lineedit le;

	(void)state;
	lineedit_init(&le, "Thanks to pri");
	assert_int_equal(lineedit_complete(&le, team, 4), 1);
	check(&le, "Thanks to Priya Natarajan", 25);
	lineedit_fini(&le);

	/* A two-word run: "Dana R" is the start of a name, "R" alone is not. */
	lineedit_init(&le, "ask Dana R");
	assert_int_equal(lineedit_complete(&le, team, 4), 1);
	check(&le, "ask Dana Reyes", 14);
	lineedit_fini(&le);

	/* The text after the cursor stays, and the cursor ends the name. */
	lineedit_init(&le, "Lee and Sam");
	lineedit_home(&le);
	lineedit_right(&le);
	lineedit_right(&le);
	lineedit_right(&le);
	assert_int_equal(lineedit_complete(&le, team, 4), 1);
	check(&le, "Lee Chen and Sam", 8);
	lineedit_fini(&le);

	/* A word that starts no name changes nothing. */
	lineedit_init(&le, "budget for Q1");
	assert_int_equal(lineedit_complete(&le, team, 4), 0);
	check(&le, "budget for Q1", 13);
	lineedit_fini(&le);
}

/* No match leaves the cursor where it was; no names matches nothing. */
static void
test_complete_edges(void **state)
{
	static const char *const two[] = { "Sam", "Sandra" };
	struct lineedit le;

	(void)state;
	lineedit_init(&le, "qz");
	assert_int_equal(lineedit_complete(&le, roster, ROSTER_N), 0);
	check(&le, "qz", 2);
	/* At the start the run is empty: every name, and nothing they share. */
	lineedit_home(&le);
	assert_int_equal(lineedit_complete(&le, roster, ROSTER_N), 8);
	check(&le, "qz", 0);
	assert_int_equal(lineedit_complete(&le, roster, 0), 0);
	check(&le, "qz", 0);
	lineedit_fini(&le);

	/* An empty text with a common prefix among all names grows. */
	lineedit_init(&le, NULL);
	assert_int_equal(lineedit_complete(&le, two, 2), 2);
	check(&le, "Sa", 2);
	/* Only the words before the cursor count. */
	lineedit_insert(&le, 'n');
	assert_int_equal(lineedit_complete(&le, two, 2), 1);
	check(&le, "Sandra", 6);
	lineedit_home(&le);
	assert_int_equal(lineedit_complete(&le, two, 2), 2);
	check(&le, "Sandra", 0);
	lineedit_fini(&le);
}

struct view_case {
	const char *text;
	size_t cursor;
	int width;
	size_t start;
	int col;
};

/* Horizontal scrolling keeps the cursor in the field. */
static void
test_view(void **state)
{
	static const struct view_case cases[] = {
		/* Fits: start stays 0. */
		{ "", 0, 10, 0, 0 },
		{ "abcde", 5, 6, 0, 5 },
		{ "abcdefghijklmnop", 0, 10, 0, 0 },
		{ "abcdefghijklmnop", 9, 10, 0, 9 },
		{ "abcdefghijklmnop", 5, 10, 0, 5 },
		/* Scrolled: the cursor sits in the last column. */
		{ "abcdefghijklmnop", 10, 10, 1, 9 },
		{ "abcdefghijklmnop", 16, 10, 7, 9 },
		/* Width 1: only the cursor's own column. */
		{ "abc", 3, 1, 3, 0 },
		{ "abc", 0, 1, 0, 0 },
		/* Wide characters fit in full or are dropped whole. */
		{ "日本", 6, 6, 0, 4 },
		{ "日本語", 9, 6, 3, 4 },
		{ "日本語中文", 15, 6, 9, 4 },
		{ "a日本語", 10, 6, 4, 4 },
		{ "日本語x", 10, 6, 3, 5 },
		{ "ab日", 5, 5, 0, 4 },
		{ "ab日", 5, 4, 1, 3 },
		{ "ab日", 5, 3, 2, 2 },
		{ "ab日c", 6, 3, 5, 1 },
		{ "ab😀c", 7, 3, 6, 1 },
		{ "ab😀", 6, 2, 6, 0 },
		{ "x😀😀", 9, 4, 5, 2 },
		/* Cursor in the middle of a long wide line. */
		{ "日本語中文", 6, 4, 3, 2 },
		/* Combining marks go with their base. */
		{ "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81"
		  "e\xcc\x81", 18, 4, 9, 3 },
		{ "e\xcc\x81" "e\xcc\x81", 6, 3, 0, 2 },
	};
	struct lineedit le;
	size_t i, start;
	int col;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		lineedit_init(&le, cases[i].text);
		le.cursor = cases[i].cursor;
		start = 12345;
		col = -1;
		lineedit_view(&le, cases[i].width, &start, &col);
		if (start != cases[i].start || col != cases[i].col) {
			fail_msg("case %zu '%s': start %zu col %d, want %zu %d",
			    i, cases[i].text, start, col, cases[i].start,
			    cases[i].col);
		}
		lineedit_fini(&le);
	}
}

/* Walking the cursor along a line never puts it outside the field. */
static void
test_view_walk(void **state)
{
	struct lineedit le;
	size_t start, prev = 0;
	int col, width;

	(void)state;
	for (width = 1; width <= 7; width++) {
		lineedit_init(&le, "a日b😀e\xcc\x81語cd文");
		lineedit_home(&le);
		for (;;) {
			lineedit_view(&le, width, &start, &col);
			assert_true(col >= 0 && col <= width - 1);
			assert_true(start <= le.cursor);
			assert_int_equal(utf8_width(le.buf + start) -
			    utf8_width(le.buf + le.cursor), col);
			/* Scrolling right only ever moves the start forward. */
			assert_true(start >= prev || le.cursor == 0);
			prev = start;
			if (le.cursor == le.len)
				break;
			lineedit_right(&le);
		}
		prev = 0;
		lineedit_fini(&le);
	}
}

/* One key of test_selected's little language. */
static void
press(struct lineedit *le, char k)
{
	switch (k) {
	case 'i':
		type(le, "fri");
		break;
	case '<':
		lineedit_left(le);
		break;
	case '>':
		lineedit_right(le);
		break;
	case 'h':
		lineedit_home(le);
		break;
	case 'e':
		lineedit_end(le);
		break;
	case 'b':
		lineedit_backspace(le);
		break;
	case 'd':
		lineedit_delete(le);
		break;
	case 'u':
		lineedit_kill_start(le);
		break;
	case 'w':
		lineedit_kill_word(le);
		break;
	default:
		lineedit_insert(le, 0x1b); /* a control character */
	}
}

/* Each key on a selected "next": typed text replaces it, the rest edits it. */
static void
test_selected(void **state)
{
	static const struct {
		const char *keys;    /* as press() reads them */
		const char *text;
		size_t cursor;
		int selected;
	} cases[] = {
		{ "", "next", 4, 1 },
		{ "i", "fri", 3, 0 },
		{ "<", "next", 3, 0 },
		{ "<i", "nexfrit", 6, 0 },
		{ ">", "next", 4, 0 },
		{ ">i", "nextfri", 7, 0 },
		{ "h", "next", 0, 0 },
		{ "hi", "frinext", 3, 0 },
		{ "e", "next", 4, 0 },
		{ "b", "nex", 3, 0 },
		{ "bi", "nexfri", 6, 0 },
		{ "hd", "ext", 0, 0 },
		{ "u", "", 0, 0 },
		{ "w", "", 0, 0 },
		{ "c", "next", 4, 1 },   /* a control character is no key */
		{ "ii", "frifri", 6, 0 },/* only the first replaces */
	};
	struct lineedit le;
	const char *k;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		lineedit_init(&le, "next");
		lineedit_select_all(&le);
		for (k = cases[i].keys; *k != '\0'; k++) {
			press(&le, *k);
		}
		if (strcmp(le.buf, cases[i].text) != 0 ||
		    le.cursor != cases[i].cursor ||
		    le.selected != cases[i].selected)
			fail_msg("keys '%s': '%s' at %zu, selected %d; want "
			    "'%s' at %zu, %d", cases[i].keys, le.buf,
			    le.cursor, le.selected, cases[i].text,
			    cases[i].cursor, cases[i].selected);
		lineedit_fini(&le);
	}
}

/* Nothing to select in an empty line; a new text is not selected. */
static void
test_selected_edges(void **state)
{
	const char *const names[] = { "Dana Reyes" };
	struct lineedit le;

	(void)state;
	lineedit_init(&le, NULL);
	lineedit_select_all(&le);
	assert_int_equal(le.selected, 0);
	lineedit_set(&le, "Da");
	assert_int_equal(le.selected, 0);
	lineedit_select_all(&le);
	lineedit_set(&le, "Da");
	assert_int_equal(le.selected, 0);
	/* Tab completes a selected name rather than replacing it. */
	lineedit_select_all(&le);
	assert_int_equal(lineedit_complete(&le, names, 1), 1);
	check(&le, "Dana Reyes", 10);
	assert_int_equal(le.selected, 0);
	/* Wide characters are replaced whole. */
	lineedit_set(&le, "日本");
	lineedit_select_all(&le);
	type(&le, "é");
	check(&le, "é", 2);
	lineedit_fini(&le);
}

/*
 * Type bytes as the screen reads them: each character decoded with
 * utf8_decode_typed, what it did not use read again as the next keys.
 */
static void
type_bytes(struct lineedit *le, const char *s)
{
	size_t n = strlen(s), len;
	unsigned int cp;

	while (n > 0) {
		if ((len = utf8_decode_typed(s, n, 0, &cp)) == 0)
			fail_msg("no character at '%s'", s);
		lineedit_insert(le, cp);
		s += len;
		n -= len;
	}
}

/*
 * A byte that is not UTF-8 (a Latin-1 terminal's é is E9) is read as its
 * Latin-1 character and all after it is kept; where Latin-1 has a
 * control (80-9F), U+FFFD.
 */
static void
test_typed_bytes(void **state)
{
	static const struct {
		const char *in, *want;
	} table[] = {
		{ "caf\xe9 ok then", "caf\xc3\xa9 ok then" },
		{ "caf\xc3\xa9 ok", "caf\xc3\xa9 ok" },
		{ "\xe6\x97\xa5\xe6\x9c\xac", "\xe6\x97\xa5\xe6\x9c\xac" },
		{ "\xfc" "ber \xa3" "5", "\xc3\xbc" "ber \xc2\xa3" "5" },
		{ "x\x80y\x9b" "z", "x\xef\xbf\xbdy\xef\xbf\xbdz" },
		{ "\xe6\x97 cut", "\xc3\xa6\xef\xbf\xbd cut" },
		{ "\xff\xfe", "\xc3\xbf\xc3\xbe" },
	};
	struct lineedit le;
	unsigned int cp;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		lineedit_init(&le, NULL);
		type_bytes(&le, table[i].in);
		if (strcmp(le.buf, table[i].want) != 0)
			fail_msg("typed case %zu: got [%s], want [%s]", i,
			    le.buf, table[i].want);
		lineedit_fini(&le);
	}
	/* The first bytes of a character wait for the rest, while it may come. */
	assert_int_equal(utf8_decode_typed("\xe6\x97", 2, 1, &cp), 0);
	assert_int_equal(utf8_decode_typed("\xe6", 1, 1, &cp), 0);
	assert_int_equal(utf8_decode_typed("\xe6 ", 2, 1, &cp), 1);
	assert_int_equal(cp, 0xe6);
	assert_int_equal(utf8_decode_typed("\xe6\x97\xa5", 3, 1, &cp), 3);
	assert_int_equal(cp, 0x65e5);
	assert_int_equal(utf8_decode_typed("\xe6\x97", 2, 0, &cp), 1);
	assert_int_equal(cp, 0xe6);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init_set),
		cmocka_unit_test(test_insert_ascii),
		cmocka_unit_test(test_insert_utf8),
		cmocka_unit_test(test_insert_control),
		cmocka_unit_test(test_moves),
		cmocka_unit_test(test_combining),
		cmocka_unit_test(test_invalid_bytes),
		cmocka_unit_test(test_typed_bytes),
		cmocka_unit_test(test_backspace_delete),
		cmocka_unit_test(test_kill_start),
		cmocka_unit_test(test_kill_word),
		cmocka_unit_test(test_complete),
		cmocka_unit_test(test_complete_edges),
		cmocka_unit_test(test_complete_in_text),
		cmocka_unit_test(test_view),
		cmocka_unit_test(test_view_walk),
		cmocka_unit_test(test_selected),
		cmocka_unit_test(test_selected_edges),
	};

	/* wcwidth needs a UTF-8 locale to know wide characters. */
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		print_error("C.UTF-8 locale missing: widths will be wrong\n");
	return cmocka_run_group_tests_name("lineedit", tests, NULL, NULL);
}
