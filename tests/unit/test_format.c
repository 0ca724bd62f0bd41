/* test_format.c: unit tests for the terminal filter and the escaping of user text. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <string.h>

#include "format.h"
#include "util.h"
#include "testlib.h"

/* How a case is written: Markdown text, a Markdown cell, HTML. */
enum how { MD_TEXT, MD_CELL, HTML_BR, HTML_PLAIN };

struct escape_case {
	enum how how;
	const char *in;    /* NULL: the writer is given NULL */
	const char *want;
};

static const struct escape_case cases[] = {
	/* Markdown text: what shows must be what was typed. */
	{ MD_TEXT, NULL, "" },
	{ MD_TEXT, "", "" },
	{ MD_TEXT, "plain words, a comma; a \"quote\"", "plain words, a comma; "
	    "a \"quote\"" },
	{ MD_TEXT, "a*b_c`d", "a\\*b\\_c\\`d" },
	{ MD_TEXT, "**bold** __strong__",
	    "\\*\\*bold\\*\\* \\_\\_strong\\_\\_" },
	{ MD_TEXT, "[link](x)", "\\[link\\](x)" },
	{ MD_TEXT, "![img](y.png)", "\\!\\[img\\](y.png)" },
	{ MD_TEXT, "Hello!", "Hello\\!" },
	{ MD_TEXT, "<script>alert(1)</script>",
	    "\\<script\\>alert(1)\\</script\\>" },
	{ MD_TEXT, "a | b", "a \\| b" },
	{ MD_TEXT, "~~gone~~", "\\~\\~gone\\~\\~" },
	{ MD_TEXT, "back \\ slash", "back \\\\ slash" },
	{ MD_TEXT, "ends in \\", "ends in \\\\" },
	{ MD_TEXT, "a > b", "a \\> b" },
	{ MD_TEXT, "# not a heading", "\\# not a heading" },
	{ MD_TEXT, "see #12", "see \\#12" },
	/* What opens a block, only where a line starts. */
	{ MD_TEXT, "- not a list", "\\- not a list" },
	{ MD_TEXT, "+ not a list", "\\+ not a list" },
	{ MD_TEXT, "---", "\\---" },
	{ MD_TEXT, "=== x", "\\=== x" },
	{ MD_TEXT, "1. first", "1\\. first" },
	{ MD_TEXT, "2026) a year", "2026\\) a year" },
	{ MD_TEXT, "  - indented", "  \\- indented" },
	{ MD_TEXT, "a - b + c = d 1. e", "a - b + c = d 1. e" },
	{ MD_TEXT, "1 . spaced", "1 . spaced" },
	{ MD_TEXT, "-3 degrees", "\\-3 degrees" },
	/* An "&" that could start a character reference. */
	{ MD_TEXT, "R&D & co", "R\\&D & co" },
	{ MD_TEXT, "&amp; &#35; &", "\\&amp; \\&\\#35; &" },
	/* Line breaks: a hard break, the next line kept in its list item. */
	{ MD_TEXT, "line one\nline two", "line one\\\n  line two" },
	{ MD_TEXT, "one\r\ntwo\rthree", "one\\\n  two\\\n  three" },
	{ MD_TEXT, "a\n\nb", "a\\\n  \\\n  b" },
	{ MD_TEXT, "a\n- b", "a\\\n  \\- b" },
	{ MD_TEXT, "a\n  1. b", "a\\\n    1\\. b" },
	{ MD_TEXT, "a\\\nb", "a\\\\\\\n  b" },
	/* Control characters as references, every other byte as it is. */
	{ MD_TEXT, "esc\x1b[31mred", "esc&#x1B;\\[31mred" },
	{ MD_TEXT, "bell\a del\x7f", "bell&#x07; del&#x7F;" },
	{ MD_TEXT, "tab\there", "tab\there" },
	{ MD_TEXT, "webinar \xf0\x9f\x9a\x80", "webinar \xf0\x9f\x9a\x80" },
	{ MD_TEXT, "\xe2\x80\x8f\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\xe2\x80\x8e",
	    "\xe2\x80\x8f\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\xe2\x80\x8e" },
	{ MD_TEXT, "caf\xc3\xa9 \xff", "caf\xc3\xa9 \xef\xbf\xbd" },
	/* A C1 control as a reference; an override or isolate as U+FFFD. */
	{ MD_TEXT, "csi \xc2\x9b" "2J", "csi &#x9B;2J" },
	{ MD_TEXT, "txt.\xe2\x80\xae" "exe", "txt.\xef\xbf\xbd" "exe" },
	{ MD_CELL, "a\xe2\x81\xa6" "b\xe2\x81\xa9", "a\xef\xbf\xbd" "b"
	    "\xef\xbf\xbd" },

	/* A table cell: | never ends the cell, a line break is <br>. */
	{ MD_CELL, NULL, "" },
	{ MD_CELL, "a | b", "a \\| b" },
	{ MD_CELL, "a\\|b", "a\\\\\\|b" },
	{ MD_CELL, "one\ntwo", "one<br>two" },
	{ MD_CELL, "one\r\ntwo\r", "one<br>two<br>" },
	{ MD_CELL, "- 1. # x", "- 1. \\# x" },
	{ MD_CELL, "<br>", "\\<br\\>" },
	{ MD_CELL, "\"webinar\" first, *now*", "\"webinar\" first, \\*now\\*" },

	/* HTML text. */
	{ HTML_BR, NULL, "" },
	{ HTML_BR, "a & b", "a &amp; b" },
	{ HTML_BR, "&amp;", "&amp;amp;" },
	{ HTML_BR, "<script>alert(1)</script>",
	    "&lt;script&gt;alert(1)&lt;/script&gt;" },
	{ HTML_BR, "\"q\" 'a'", "&quot;q&quot; &#39;a&#39;" },
	{ HTML_BR, "one\ntwo", "one<br>\ntwo" },
	{ HTML_BR, "one\r\ntwo\rthree", "one<br>\ntwo<br>\nthree" },
	{ HTML_BR, "esc\x1b[0m\x7f", "esc&#x1B;[0m&#x7F;" },
	{ HTML_BR, "osc \xc2\x9d" "0;x\xc2\x9c", "osc &#x9D;0;x&#x9C;" },
	{ HTML_PLAIN, "\xe2\x80\xae" "abc \xc3", "\xef\xbf\xbd" "abc "
	    "\xef\xbf\xbd" },
	{ HTML_BR, "tab\there | *x*", "tab\there | *x*" },
	{ HTML_BR, "\xf0\x9f\x9a\x80 \xe2\x80\x8f", "\xf0\x9f\x9a\x80 "
	    "\xe2\x80\x8f" },
	{ HTML_PLAIN, "one\ntwo <b>", "one\ntwo &lt;b&gt;" },
	{ HTML_PLAIN, "Sales & Marketing", "Sales &amp; Marketing" },
};

/* Write one case to memory; the caller frees the text. */
static char *
escape(const struct escape_case *c)
{
	struct capture out;

	capture_start(&out);
	switch (c->how) {
	case MD_TEXT:
		format_md_text(out.f, c->in, 2);
		break;
	case MD_CELL:
		format_md_cell(out.f, c->in);
		break;
	case HTML_BR:
		format_html(out.f, c->in, 1);
		break;
	case HTML_PLAIN:
		format_html(out.f, c->in, 0);
		break;
	}
	capture_end(&out);
	return out.buf;
}

/* Every case escapes as the table says. */
static void
test_escape_table(void **state)
{
	static const char *const how[] = { "md text", "md cell", "html",
	    "html plain" };
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = escape(&cases[i]);

		if (strcmp(got, cases[i].want) != 0) {
			print_error("%s of [%s]: got [%s], want [%s]\n",
			    how[cases[i].how], cases[i].in ? cases[i].in :
			    "(null)", got, cases[i].want);
			bad++;
		}
		free(got);
	}
	assert_int_equal(bad, 0);
}

/* The indent of a continued line is as asked: 0, or a nested list's 4. */
static void
test_md_indent(void **state)
{
	struct capture c;

	(void)state;
	capture_start(&c);
	format_md_text(c.f, "a\nb", 0);
	fputc('|', c.f);
	format_md_text(c.f, "c\nd", 4);
	capture_end(&c);
	assert_string_equal(c.buf, "a\\\nb|c\\\n    d");
	free(c.buf);
}

/* Remove every "<br>" from s, in place: the one tag the writers add. */
static void
drop_br(char *s)
{
	char *p;

	while ((p = strstr(s, "<br>")) != NULL)
		memmove(p, p + 4, strlen(p + 4) + 1);
}

/*
 * No character a Markdown or HTML reader would take for markup is left
 * bare, whatever the text: every ASCII character, alone and after a letter.
 */
static void
test_no_markup_left(void **state)
{
	char in[3], *got;
	int c, pre;

	(void)state;
	for (pre = 0; pre < 2; pre++) {
		for (c = 1; c < 128; c++) {
			struct escape_case md = { MD_CELL, in, NULL };
			struct escape_case html = { HTML_BR, in, NULL };
			size_t n = 0;

			if (pre)
				in[n++] = 'x';
			in[n++] = (char)c;
			in[n] = '\0';
			got = escape(&md);
			if (strchr("\\`*_[]<>#|!~", c) != NULL) {
				assert_int_equal(strlen(got), n + 1);
				assert_int_equal(got[n - 1], '\\');
			}
			if (c < 0x20 && c != '\t')
				assert_non_null(strstr(got, c == '\n' ||
				    c == '\r' ? "<br>" : "&#x"));
			free(got);
			got = escape(&html);
			drop_br(got);
			assert_null(strpbrk(got, "<>\"'"));
			if (strchr("&<>\"'", c) != NULL)
				assert_int_equal(got[pre], '&');
			free(got);
		}
	}
}

/* Write s with a terminal writer to memory; the caller frees the text. */
static char *
term(void (*write)(FILE *, const char *), const char *s)
{
	struct capture c;

	capture_start(&c);
	write(c.f, s);
	capture_end(&c);
	return c.buf;
}

/*
 * The terminal filter, character by character: what a terminal would
 * obey shows as a picture, what would reorder a line as U+FFFD, the rest
 * (wide, combining, right-to-left letters, marks) as it is.
 */
static void
test_terminal_filter(void **state)
{
	static const struct {
		const char *in, *want;
	} table[] = {
		{ "plain words", "plain words" },
		{ "\x1b]0;PWNED\x07", "\xe2\x90\x9b]0;PWNED\xe2\x90\x87" },
		{ "\x1b[2J", "\xe2\x90\x9b[2J" },
		{ "nul\x01" "del\x7f", "nul\xe2\x90\x81" "del\xe2\x90\xa1" },
		{ "a\nb\tc\rd", "a\xe2\x90\x8a" "b\xe2\x90\x89" "c\xe2\x90\x8d" "d" },
		/* C1: CSI is ESC [, OSC is ESC ], NEL is ESC E. */
		{ "\xc2\x9b" "2J", "\xe2\x90\x9b[2J" },
		{ "\xc2\x9d" "0;t\xc2\x9c", "\xe2\x90\x9b]0;t\xe2\x90\x9b\\" },
		{ "\xc2\x85", "\xe2\x90\x9b" "E" },
		/* Overrides and isolates; a lone byte; a cut sequence. */
		{ "abc\xe2\x80\xae" "def", "abc\xef\xbf\xbd" "def" },
		{ "\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad",
		    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9",
		    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		{ "caf\xe9 ok", "caf\xef\xbf\xbd ok" },
		{ "\xe6\x97", "\xef\xbf\xbd\xef\xbf\xbd" },
		{ "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
		/* Kept: a real U+FFFD, wide, combining, Hebrew and its marks. */
		{ "\xef\xbf\xbd", "\xef\xbf\xbd" },
		{ "\xe6\x97\xa5 e\xcc\x81", "\xe6\x97\xa5 e\xcc\x81" },
		{ "\xe2\x80\x8f\xd7\xa9\xd7\x9c\xe2\x80\x8e",
		    "\xe2\x80\x8f\xd7\xa9\xd7\x9c\xe2\x80\x8e" },
	};
	size_t i;
	char *got;

	(void)state;
	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		got = term(format_text, table[i].in);
		if (strcmp(got, table[i].want) != 0)
			fail_msg("case %zu: got [%s], want [%s]", i, got,
			    table[i].want);
		free(got);
	}
	got = format_text_dup("\x1b[2J");
	assert_string_equal(got, "\xe2\x90\x9b[2J");
	free(got);
	assert_null(format_text_dup(NULL));
	/* A report keeps its lines, and only them. */
	got = term(format_lines, "a:1:2: x\x1b\nb:3:4: y\r");
	assert_string_equal(got, "a:1:2: x\xe2\x90\x9b\nb:3:4: y\xe2\x90\x8d");
	free(got);
}

/* No byte of any one- or two-byte text that steers a terminal survives. */
static void
test_nothing_steers(void **state)
{
	char in[3], *got;
	const unsigned char *p;
	int a, b;

	(void)state;
	for (a = 1; a < 256; a++) {
		for (b = 0; b < 256; b++) {
			in[0] = (char)a;
			in[1] = (char)b;
			in[2] = '\0';
			got = term(format_text, in);
			for (p = (const unsigned char *)got; *p != '\0'; p++) {
				if (*p < 0x20 || *p == 0x7f)
					fail_msg("%02x %02x: a control", a, b);
				if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
					fail_msg("%02x %02x: a C1", a, b);
			}
			if (utf8_check_text(got, strlen(got), 0, NULL,
			    NULL) != 0)
				fail_msg("%02x %02x: not UTF-8", a, b);
			free(got);
		}
	}
}

/*
 * A table cell: as wide as asked, cut between whole characters and never
 * inside a picture, its width what the terminal shows.
 */
static void
test_pad_cells(void **state)
{
	static const struct {
		const char *in;
		int width;
		const char *want;
	} table[] = {
		{ "\x1b]0;PWNED\x07 after", 8,
		    "\xe2\x90\x9b]0;PWN\xe2\x80\xa6" },
		/* A C1 picture is two columns: it goes whole or not at all. */
		{ "ab\xc2\x9b" "c", 4, "ab\xe2\x80\xa6 " },
		{ "ab\xc2\x9b" "c", 5, "ab\xe2\x90\x9b[c" },
		/* A mark pulls the columns beside it: U+FFFD in a cell. */
		{ "\xe2\x80\x8f" "Dana", 6, "\xef\xbf\xbd" "Dana " },
		{ "Dana\xe2\x80\xae", 6, "Dana\xef\xbf\xbd " },
		/* A combining mark stays with its letter, or goes with it. */
		{ "cafe\xcc\x81", 4, "cafe\xcc\x81" },
		{ "cafe\xcc\x81!", 4, "caf\xe2\x80\xa6" },
		{ "\xe6\x97\xa5\xe6\x9c\xac", 3, "\xe6\x97\xa5\xe2\x80\xa6" },
		{ "x\xff", 3, "x\xef\xbf\xbd " },
		{ "abc", 0, "" },
	};
	struct capture c;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		capture_start(&c);
		format_pad(c.f, table[i].in, table[i].width);
		capture_end(&c);
		if (strcmp(c.buf, table[i].want) != 0)
			fail_msg("pad case %zu to %d: got [%s], want [%s]", i,
			    table[i].width, c.buf, table[i].want);
		assert_int_equal(utf8_width(c.buf), table[i].width);
		free(c.buf);
	}
	assert_int_equal(format_width("\x1b[2J"), 4);
	assert_int_equal(format_width("\xc2\x9b" "2J"), 4);
	assert_int_equal(format_width("\xe6\x97\xa5" "e\xcc\x81"), 3);
}

/*
 * A cell a spreadsheet would run as a formula starts with "'", quoted;
 * the same characters later in the text, or numbers, are left alone.
 */
static void
test_csv_formula(void **state)
{
	static const struct {
		const char *in, *want;
	} table[] = {
		{ "=HYPERLINK(\"http://x\",\"y\")",
		    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
		{ "+1", "\"'+1\"" },
		{ "-2+3", "\"'-2+3\"" },
		{ "@SUM(A1)", "\"'@SUM(A1)\"" },
		{ "\t=1", "\"'\t=1\"" },
		{ "\r=1", "\"'\r=1\"" },
		{ "a=1+2", "a=1+2" },
		{ "2026-12-01", "2026-12-01" },
		{ "'quoted'", "'quoted'" },
		{ "'=1", "\"''=1\"" },
		{ "''", "\"'''\"" },
		{ "'", "'" },
		{ "esc\x1b[2J", "esc\xe2\x90\x9b[2J" },
		{ "rlo\xe2\x80\xae", "rlo\xef\xbf\xbd" },
	};
	struct capture c;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		capture_start(&c);
		format_csv_field(c.f, table[i].in);
		capture_end(&c);
		if (strcmp(c.buf, table[i].want) != 0)
			fail_msg("csv case %zu: got [%s], want [%s]", i, c.buf,
			    table[i].want);
		free(c.buf);
	}
}

/*
 * format_csv_unquote strips the "'" format_csv_field adds and no other:
 * every text reads back as it was, a leading quote of its own included.
 */
static void
test_csv_unquote(void **state)
{
	static const char *texts[] = {
		"=1", "@irect Traffic", "-", "'=1", "''", "'''@", "'", "'tis",
		"plain", "", "\t=1",
	};
	struct capture c;
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		capture_start(&c);
		format_csv_field(c.f, texts[i]);
		capture_end(&c);
		/* Undo the RFC 4180 quoting (no quote inside these texts). */
		n = strlen(c.buf);
		if (n >= 2 && c.buf[0] == '"') {
			memmove(c.buf, c.buf + 1, n - 2);
			c.buf[n - 2] = '\0';
		}
		if (strcmp(format_csv_unquote(c.buf), texts[i]) != 0)
			fail_msg("case %zu: [%s] reads back as [%s]", i,
			    texts[i], format_csv_unquote(c.buf));
		free(c.buf);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape_table),
		cmocka_unit_test(test_md_indent),
		cmocka_unit_test(test_no_markup_left),
		cmocka_unit_test(test_terminal_filter),
		cmocka_unit_test(test_nothing_steers),
		cmocka_unit_test(test_pad_cells),
		cmocka_unit_test(test_csv_formula),
		cmocka_unit_test(test_csv_unquote),
	};

	/* Column widths of wide and combining characters need UTF-8. */
	if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
		fprintf(stderr, "test_format: no C.UTF-8 locale\n");
		return 1;
	}
	return cmocka_run_group_tests_name("format", tests, NULL, NULL);
}
