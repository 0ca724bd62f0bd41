/* format.c: quoting for the text formats Parley writes (CSV, aligned tables). */
#include "format.h"

#include <string.h>

#include "util.h"

/* Write one CSV field, quoted when it holds a comma, quote or line break. */
void
format_csv_field(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	if (strpbrk(s, ",\"\r\n") == NULL && *s != ' ' &&
	    (*s == '\0' || s[strlen(s) - 1] != ' ')) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

/* Write s padded or cut to width terminal columns. */
void
format_pad(FILE *f, const char *s, int width)
{
	size_t n = strlen(s), len;
	unsigned int cp;
	int used = 0, w;

	if (utf8_width(s) > width) {
		while ((len = utf8_decode(s, n, &cp)) > 0) {
			w = utf8_cp_width(cp);
			if (used + w > width - 1)
				break;
			fwrite(s, 1, len, f);
			used += w;
			s += len;
			n -= len;
		}
		fputs("\xe2\x80\xa6", f);
		used++;
	} else {
		fputs(s, f);
		used = utf8_width(s);
	}
	for (; used < width; used++)
		fputc(' ', f);
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
