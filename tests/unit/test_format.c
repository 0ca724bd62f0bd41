/* test_format.c: unit tests for the Markdown and HTML escaping of user text. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
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
	{ MD_TEXT, "caf\xc3\xa9 \xff", "caf\xc3\xa9 \xff" },

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escape_table),
		cmocka_unit_test(test_md_indent),
		cmocka_unit_test(test_no_markup_left),
	};

	return cmocka_run_group_tests_name("format", tests, NULL, NULL);
}
