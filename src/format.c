/* format.c: quoting for the text formats Parley writes (CSV, aligned tables). */
#include "format.h"

#include <string.h>

#include "util.h"

/* Write s as UTF-8: each byte that is not part of it becomes U+FFFD. */
static void
put_utf8(FILE *f, const char *s, int quoted)
{
	size_t n = strlen(s), len;
	unsigned int cp;

	while ((len = utf8_decode(s, n, &cp)) > 0) {
		if (cp == 0xfffd && len == 1)
			fputs("\xef\xbf\xbd", f);
		else {
			if (quoted && *s == '"')
				fputc('"', f);
			fwrite(s, 1, len, f);
		}
		s += len;
		n -= len;
	}
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

/* Write one code point of s (len bytes) for a terminal: controls as "?". */
static int
pad_put(FILE *f, const char *s, size_t len, unsigned int cp)
{
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
		fputc('?', f);
		return 1;
	}
	fwrite(s, 1, len, f);
	return utf8_cp_width(cp);
}

/*
 * Write s padded or cut to width terminal columns. A control character
 * (C0, DEL, C1) is written as "?": in a table it would move the cursor,
 * and a name that carries one could rewrite the rest of the output.
 */
void
format_pad(FILE *f, const char *s, int width)
{
	size_t n = strlen(s), len;
	unsigned int cp;
	int used = 0, cut = utf8_width(s) > width, w;

	while ((len = utf8_decode(s, n, &cp)) > 0) {
		w = cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 1 :
		    utf8_cp_width(cp);
		if (cut && used + w > width - 1)
			break;
		used += pad_put(f, s, len, cp);
		s += len;
		n -= len;
	}
	if (cut) {
		fputs("\xe2\x80\xa6", f);
		used++;
	}
	for (; used < width; used++)
		fputc(' ', f);
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
