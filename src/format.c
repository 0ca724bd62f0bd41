/*
 * format.c: the one filter for what reaches a terminal, and the quoting
 * of each text format Parley writes (CSV, Markdown, HTML).
 */
#include "format.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* U+FFFD, what stands for a byte that is not UTF-8 or a bidi control. */
#define REPLACEMENT "\xef\xbf\xbd"
/* U+2026, what ends a field cut short. */
#define ELLIPSIS "\xe2\x80\xa6"

/*
 * Is cp a bidirectional embedding, override or isolate? Each reorders
 * everything after it on the line, up to the end of a table row.
 */
static int
is_bidi(unsigned int cp)
{
	return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/*
 * Is cp a bidirectional mark (ALM, LRM, RLM)? Right-to-left text needs
 * them, so text keeps them; in a table cell they could pull the
 * punctuation of the columns beside them, so a cell does not.
 */
static int
is_bidi_mark(unsigned int cp)
{
	return cp == 0x061c || cp == 0x200e || cp == 0x200f;
}

/* What stands for cp on a terminal, if anything must. */
size_t
format_safe_cp(unsigned int cp, size_t len, char out[8])
{
	size_t n;

	if (cp < 0x20 || cp == 0x7f)
		n = utf8_encode(cp == 0x7f ? 0x2421 : 0x2400 + cp, out);
	else if (cp >= 0x80 && cp <= 0x9f) {
		/* A C1 control is ESC and a letter (ECMA-48): show both. */
		n = utf8_encode(0x241b, out);
		out[n++] = (char)(cp - 0x40);
	} else if (is_bidi(cp) || (cp == 0xfffd && len == 1)) {
		memcpy(out, REPLACEMENT, 3);
		n = 3;
	} else
		return 0;
	out[n] = '\0';
	return n;
}

/*
 * How many bytes of s[0..n) are printable ASCII other than stop (0: none):
 * the filter lets them through as they are, a column each, so lists of
 * many rows put them in runs, not a character at a time.
 */
static size_t
plain_len(const char *s, size_t n, char stop)
{
	size_t i;

	for (i = 0; i < n && (unsigned char)s[i] >= 0x20 &&
	    (unsigned char)s[i] < 0x7f && s[i] != stop; i++)
		;
	return i;
}

/* Where filtered text goes: what a character may show as. */
enum safe_mode {
	SAFE_LINE,           /* one line: a line feed shows as its picture */
	SAFE_LINES,          /* line feeds kept */
	SAFE_CELL            /* a table cell: bidi marks go too */
};

/*
 * What stands for cp (len bytes) in mode, into pic: its length, or 0 when
 * cp shows as itself.
 */
static size_t
stand_in(unsigned int cp, size_t len, enum safe_mode mode, char pic[8])
{
	size_t k;

	if (mode == SAFE_LINES && cp == '\n')
		return 0;
	if ((k = format_safe_cp(cp, len, pic)) > 0)
		return k;
	if (mode == SAFE_CELL && is_bidi_mark(cp)) {
		memcpy(pic, REPLACEMENT, sizeof REPLACEMENT);
		return sizeof REPLACEMENT - 1;
	}
	return 0;
}

/*
 * Put the n bytes of s through the filter: what shows as itself goes in
 * runs, however many characters long, not a character at a time.
 */
static void
safe_into(struct sink *k, const char *s, size_t n, enum safe_mode mode)
{
	size_t at = 0, run = 0, len, pic_len;
	unsigned int cp;
	char pic[8];

	while ((at += plain_len(s + at, n - at, '\0')) < n) {
		len = utf8_decode(s + at, n - at, &cp);
		if ((pic_len = stand_in(cp, len, mode, pic)) > 0) {
			sink_put(k, s + run, at - run);
			sink_put(k, pic, pic_len);
			run = at + len;
		}
		at += len;
	}
	sink_put(k, s + run, at - run);
}

/* Put s for a terminal, on one line. */
void
format_text_into(struct sink *k, const char *s)
{
	if (s != NULL)
		safe_into(k, s, strlen(s), SAFE_LINE);
}

/* Put s for a terminal, line feeds kept. */
static void
lines_into(struct sink *k, const char *s)
{
	if (s != NULL)
		safe_into(k, s, strlen(s), SAFE_LINES);
}

/* Write s for a terminal, on one line. */
void
format_text(FILE *f, const char *s)
{
	sink_text(f, format_text_into, s);
}

/* Write s for a terminal, line feeds kept. */
void
format_lines(FILE *f, const char *s)
{
	sink_text(f, lines_into, s);
}

/* A filtered copy of s. */
char *
format_text_dup(const char *s)
{
	char *out = NULL;
	size_t size = 0;
	FILE *f;

	if (s == NULL)
		return NULL;
	if ((f = open_memstream(&out, &size)) == NULL)
		util_fatal(70, "out of memory");
	format_text(f, s);
	if (fclose(f) != 0)
		util_fatal(70, "out of memory");
	return out;
}

/* Columns of one code point as the filter shows it, picture and all. */
static int
safe_width(unsigned int cp, size_t len)
{
	char pic[8];

	if (is_bidi_mark(cp))
		return 1; /* a cell shows it as U+FFFD */
	return format_safe_cp(cp, len, pic) > 0 ? utf8_width(pic) :
	    utf8_cp_width(cp);
}

/* Columns s takes once filtered. */
int
format_width(const char *s)
{
	size_t n = strlen(s), len;
	unsigned int cp;
	int width = 0;

	while ((len = utf8_decode(s, n, &cp)) > 0) {
		width += safe_width(cp, len);
		s += len;
		n -= len;
	}
	return width;
}

/* Put pad spaces. */
static void
put_spaces(struct sink *k, int pad)
{
	static const char spaces[] = "                                ";
	int n;

	for (; pad > 0; pad -= n) {
		n = pad < (int)sizeof spaces - 1 ? pad : (int)sizeof spaces - 1;
		sink_put(k, spaces, (size_t)n);
	}
}

/*
 * Put s filtered, padded or cut to width terminal columns. Plain ASCII,
 * most of what lists hold, is put without decoding; the rest is measured
 * once, up to the first column past width, noting where a cut would go.
 */
void
format_pad_into(struct sink *k, const char *s, int width)
{
	size_t n = strlen(s), len, at, fit = 0;
	unsigned int cp;
	int cols = 0, fit_cols = 0;

	len = plain_len(s, n < (size_t)width + 1 ? n : (size_t)width + 1,
	    '\0');
	if (len == n && n <= (size_t)width) {
		sink_put(k, s, n);
		put_spaces(k, width - (int)n);
		return;
	}
	if (width > 0 && len > (size_t)width) {
		sink_put(k, s, (size_t)width - 1);
		sink_puts(k, ELLIPSIS);
		return;
	}
	/* Columns never shrink: once past width - 1, a cut keeps fit. */
	for (at = 0; at < n && cols <= width; at += len) {
		len = utf8_decode(s + at, n - at, &cp);
		cols += safe_width(cp, len);
		if (cols <= width - 1) {
			fit = at + len;
			fit_cols = cols;
		}
	}
	if (cols > width) {
		safe_into(k, s, fit, SAFE_CELL);
		cols = fit_cols;
		if (width > 0) {
			sink_puts(k, ELLIPSIS);
			cols++;
		}
	} else
		safe_into(k, s, n, SAFE_CELL);
	put_spaces(k, width - cols);
}

/* Write s padded or cut to width columns, in one piece. */
void
format_pad(FILE *f, const char *s, int width)
{
	struct sink k;

	sink_init(&k, f);
	format_pad_into(&k, s, width);
	sink_flush(&k);
}

/* The shortest of 15 or 17 significant digits that reads back as v. */
const char *
format_double(char buf[32], double v)
{
	snprintf(buf, 32, "%.15g", v);
	if (strtod(buf, NULL) != v)
		snprintf(buf, 32, "%.17g", v);
	return buf;
}

/* Put v right-aligned in width columns, as "%*ld" does, without printf. */
void
format_long_into(struct sink *k, long v, int width)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
	int len;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	len = (int)(buf + sizeof buf - p);
	put_spaces(k, width - len);
	sink_put(k, p, (size_t)len);
}

/* Write v right-aligned in width columns. */
void
format_long(FILE *f, long v, int width)
{
	struct sink k;

	sink_init(&k, f);
	format_long_into(&k, v, width);
	sink_flush(&k);
}

/*
 * Does a spreadsheet run a cell that starts with c as a formula? "=",
 * "+", "-" and "@" start one; a tab or CR before them is skipped by some.
 */
static int
csv_formula(char c)
{
	return c != '\0' && strchr("=+-@\t\r", c) != NULL;
}

/* The cell past the "'" format_csv_field puts before a formula. */
const char *
format_csv_unquote(const char *cell)
{
	return cell[0] == '\'' && (cell[1] == '\'' || csv_formula(cell[1])) ?
	    cell + 1 : cell;
}

/*
 * Does cell s get a leading "'"? A formula does, and so does a cell that
 * already starts with "'" before a formula or another "'": reading strips
 * one "'" from exactly those (format_csv_unquote), so every text reads
 * back as it was written.
 */
static int
csv_neutralised(const char *s)
{
	return csv_formula(s[0]) || format_csv_unquote(s) != s;
}

/*
 * Write one CSV field, quoted when it holds a comma, quote or line break,
 * always valid UTF-8 (RFC 4180 with the UTF-8 charset). What a
 * spreadsheet would run as a formula gets a leading "'", which makes it
 * text (OWASP's advice), and what a terminal would obey goes through the
 * filter, but for the line breaks and tabs a quoted field may hold.
 */
void
format_csv_field_into(struct sink *k, const char *s)
{
	size_t n, at = 0, run = 0, len, pic_len;
	unsigned int cp;
	char pic[8];
	int quote;

	if (s == NULL)
		return;
	n = strlen(s);
	quote = strpbrk(s, ",\"\r\n") != NULL || *s == ' ' ||
	    (*s != '\0' && s[n - 1] == ' ') || csv_neutralised(s);
	if (quote)
		sink_putc(k, '"');
	if (csv_neutralised(s))
		sink_putc(k, '\'');
	while ((at += plain_len(s + at, n - at, '"')) < n) {
		len = utf8_decode(s + at, n - at, &cp);
		if (cp == '"') {
			/* The quote goes in twice: once with the run. */
			sink_put(k, s + run, at + 1 - run);
			run = at;
		} else if (cp != '\n' && cp != '\r' && cp != '\t' &&
		    (pic_len = format_safe_cp(cp, len, pic)) > 0) {
			sink_put(k, s + run, at - run);
			sink_put(k, pic, pic_len);
			run = at + len;
		}
		at += len;
	}
	sink_put(k, s + run, at - run);
	if (quote)
		sink_putc(k, '"');
}

/* Write one CSV field to f, in one piece. */
void
format_csv_field(FILE *f, const char *s)
{
	sink_text(f, format_csv_field_into, s);
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

/*
 * Write the character at s, not ASCII, as Markdown or HTML: a C1 control
 * as a numeric reference (as the C0 ones are), a bidi control or a byte
 * that is not UTF-8 as U+FFFD, the rest as it is. Returns its length.
 */
static size_t
put_wide(FILE *f, const char *s)
{
	unsigned int cp;
	size_t len = utf8_decode(s, strlen(s), &cp);
	char pic[8];

	if (cp >= 0x80 && cp <= 0x9f)
		fprintf(f, "&#x%02X;", cp);
	else if (format_safe_cp(cp, len, pic) > 0)
		fputs(REPLACEMENT, f);
	else
		fwrite(s, 1, len, f);
	return len;
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
		if (c >= 0x80) {
			s += put_wide(f, s) - 1;
		} else if (c == '\r' || c == '\n') {
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

		if (c >= 0x80) {
			s += put_wide(f, s) - 1;
			continue;
		}
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
