/* format.c: quoting for the text formats Parley writes (CSV, aligned tables). */
#include "format.h"

#include <string.h>

#include "util.h"

/*
 * Write s as UTF-8: each byte that is not part of it becomes U+FFFD, and
 * when quoted, each quote is doubled. The rest goes out in runs, not a
 * character at a time: long lists are made of this.
 */
static void
put_utf8(FILE *f, const char *s, int quoted)
{
	size_t n = strlen(s), at = 0, run = 0, len;
	unsigned int cp;

	while (at < n) {
		len = (unsigned char)s[at] < 0x80 ? 1 :
		    utf8_decode(s + at, n - at, &cp);
		if (len == 1 && (unsigned char)s[at] >= 0x80) {
			fwrite(s + run, 1, at - run, f);
			fputs("\xef\xbf\xbd", f);
			run = at + 1;
		} else if (quoted && s[at] == '"') {
			/* Up to the quote, which starts the next run again. */
			fwrite(s + run, 1, at + 1 - run, f);
			run = at;
		}
		at += len;
	}
	fwrite(s + run, 1, at - run, f);
}

/*
 * Write one CSV field, quoted when it holds a comma, quote or line break,
 * always valid UTF-8 (RFC 4180 with the UTF-8 charset).
 */
void
format_csv_field(FILE *f, const char *s)
{
	int quote;

	if (s == NULL)
		return;
	quote = strpbrk(s, ",\"\r\n") != NULL || *s == ' ' ||
	    (*s != '\0' && s[strlen(s) - 1] == ' ');
	if (quote)
		fputc('"', f);
	put_utf8(f, s, quote);
	if (quote)
		fputc('"', f);
}

/* Is cp a control character (C0, DEL, C1)? */
static int
is_control(unsigned int cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

/*
 * The length of the character at s (n bytes left), its code point and the
 * columns it takes; printable ASCII without decoding.
 */
static size_t
next_char(const char *s, size_t n, unsigned int *cp, int *width)
{
	size_t len;

	*cp = (unsigned char)*s;
	if (*cp >= 0x20 && *cp < 0x7f) {
		*width = 1;
		return 1;
	}
	len = utf8_decode(s, n, cp);
	*width = is_control(*cp) ? 1 : utf8_cp_width(*cp);
	return len;
}

/* Write n bytes of s for a terminal, each control character as "?". */
static void
put_visible(FILE *f, const char *s, size_t n)
{
	size_t at = 0, run = 0, len;
	unsigned int cp;
	int width;

	while (at < n) {
		len = next_char(s + at, n - at, &cp, &width);
		if (is_control(cp)) {
			fwrite(s + run, 1, at - run, f);
			fputc('?', f);
			run = at + len;
		}
		at += len;
	}
	fwrite(s + run, 1, at - run, f);
}

/* Write pad spaces. */
static void
put_spaces(FILE *f, int pad)
{
	static const char spaces[] = "                                ";
	int k;

	for (; pad > 0; pad -= k) {
		k = pad < (int)sizeof spaces - 1 ? pad : (int)sizeof spaces - 1;
		fwrite(spaces, 1, (size_t)k, f);
	}
}

/*
 * Write s padded or cut to width terminal columns. A control character
 * (C0, DEL, C1) is written as "?": in a table it would move the cursor,
 * and a name that carries one could rewrite the rest of the output. One
 * pass measures it and finds where a cut would fall, and stops once it
 * knows: a list of many rows measures each text once.
 */
void
format_pad(FILE *f, const char *s, int width)
{
	size_t n = strlen(s), at, fit = 0;
	unsigned int cp;
	int used, fit_used = 0, controls = 0, cut, w;

	/* Printable ASCII, most of what lists hold, is a column a byte. */
	for (at = 0; at < n && at <= (size_t)width &&
	    (unsigned char)s[at] >= 0x20 && (unsigned char)s[at] < 0x7f; at++)
		;
	if (at == n && n <= (size_t)width) {
		fwrite(s, 1, n, f);
		put_spaces(f, width - (int)n);
		return;
	}
	if (width > 0 && at > (size_t)width) {
		fwrite(s, 1, (size_t)width - 1, f);
		fwrite("\xe2\x80\xa6", 1, 3, f);
		return;
	}
	/* Else character by character, until it is known to be cut. */
	for (at = 0, used = 0; at < n && used <= width; used += w) {
		at += next_char(s + at, n - at, &cp, &w);
		controls |= is_control(cp);
		/* What fits before a "…": once one does not, none after does. */
		if (used + w <= width - 1) {
			fit = at;
			fit_used = used + w;
		}
	}
	cut = used > width;
	if (cut) {
		n = fit;
		used = fit_used + 1;
	}
	if (controls)
		put_visible(f, s, n);
	else
		fwrite(s, 1, n, f);
	if (cut)
		fwrite("\xe2\x80\xa6", 1, 3, f);
	put_spaces(f, width - used);
}

/* Write v right-aligned in width columns, as "%*ld" does, without printf. */
void
format_long(FILE *f, long v, int width)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	int len;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	for (len = (int)(buf + sizeof buf - p); len < width; len++)
		fputc(' ', f);
	fwrite(p, 1, (size_t)(buf + sizeof buf - p), f);
}

/* Write s with its control characters escaped, the rest as it is. */
void
format_text(FILE *f, const char *s)
{
	unsigned char c;

	for (; s != NULL && *s != '\0'; s++) {
		c = (unsigned char)*s;
		if (c == '\n')
			fputs("\\n", f);
		else if (c == '\r')
			fputs("\\r", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\x%02x", c);
		else if (c == 0xc2 && (unsigned char)s[1] >= 0x80 &&
		    (unsigned char)s[1] <= 0x9f) {
			/* A C1 control (CSI is one) in UTF-8: some terminals obey. */
			fprintf(f, "\\u%04x", (unsigned char)*++s);
		} else
			fputc(c, f);
	}
}

/* What formats in Markdown wherever it stands. */
#define MD_SPECIAL "\\`*_[]<>#|!~"

/* What at the start of a line opens a block: the character to escape. */
static const char *
md_block_start(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s == '-' || *s == '+' || *s == '=')
		return s;
	if (*s < '0' || *s > '9')
		return NULL;
	while (*s >= '0' && *s <= '9')
		s++;
	return *s == '.' || *s == ')' ? s : NULL;
}

/* Could an "&" before s start a character reference? */
static int
md_entity(const char *s)
{
	return *s == '#' || (*s >= 'a' && *s <= 'z') ||
	    (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9');
}

/* Write s as Markdown text, or as a table cell when cell is set. */
static void
md_write(FILE *f, const char *s, int cell, int indent)
{
	const char *mark = NULL;
	int line_start = 1;

	for (; s != NULL && *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (line_start && !cell)
			mark = md_block_start(s);
		line_start = 0;
		if (c == '\r' || c == '\n') {
			if (c == '\r' && s[1] == '\n')
				s++;
			if (cell)
				fputs("<br>", f);
			else
				fprintf(f, "\\\n%*s", indent, "");
			line_start = 1;
		} else if (c < 0x20 && c != '\t') {
			fprintf(f, "&#x%02X;", c);
		} else if (c == 0x7f) {
			fputs("&#x7F;", f);
		} else {
			if (s == mark || strchr(MD_SPECIAL, c) != NULL ||
			    (c == '&' && md_entity(s + 1)))
				fputc('\\', f);
			fputc(c, f);
		}
	}
}

/* Write s as Markdown text that shows as typed. */
void
format_md_text(FILE *f, const char *s, int indent)
{
	md_write(f, s, 0, indent);
}

/* Write s as a Markdown table cell. */
void
format_md_cell(FILE *f, const char *s)
{
	md_write(f, s, 1, 0);
}

/* Write s as HTML text. */
void
format_html(FILE *f, const char *s, int br)
{
	for (; s != NULL && *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs("&quot;", f);
			break;
		case '\'':
			fputs("&#39;", f);
			break;
		case '\r':
		case '\n':
			if (c == '\r' && s[1] == '\n')
				s++;
			fputs(br ? "<br>\n" : "\n", f);
			break;
		default:
			if ((c < 0x20 && c != '\t') || c == 0x7f)
				fprintf(f, "&#x%02X;", c);
			else
				fputc(c, f);
		}
	}
}
