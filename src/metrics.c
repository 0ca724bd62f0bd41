/* metrics.c: lead-source figures, their maths, and how they read. */
#include "metrics.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "util.h"

/* A source name longer than this is not a name. */
#define METRICS_MAX_SOURCE 120

/* A cell quoted in a message: at most this many bytes of it. */
#define QUOTE_MAX 40

static const char *const field_names[METRICS_NFIELDS] = {
	"source", "leads", "mqls", "sqls", "opportunities", "won", "lost",
	"revenue", "cycle_days"
};

static const struct {
	const char *name;
	const char *label;
} figures[METRICS_NFIGURES] = {
	[METRICS_LEAD_TO_MQL] = { "lead_to_mql", "Lead→MQL" },
	[METRICS_MQL_TO_SQL] = { "mql_to_sql", "MQL→SQL" },
	[METRICS_SQL_TO_OPP] = { "sql_to_opp", "SQL→Opp" },
	[METRICS_LEAD_TO_SQL] = { "lead_to_sql", "Lead→SQL" },
	[METRICS_WIN_RATE] = { "win_rate", "Win rate" },
	[METRICS_AVG_DEAL] = { "avg_deal", "Avg deal" },
	[METRICS_VELOCITY] = { "velocity", "Velocity/day" },
};

/* The name of a field. */
const char *
metrics_field_name(enum metrics_field f)
{
	return (unsigned int)f < METRICS_NFIELDS ? field_names[f] : "";
}

/* The name of a figure. */
const char *
metrics_figure_name(enum metrics_figure f)
{
	return (unsigned int)f < METRICS_NFIGURES ? figures[f].name : "";
}

/* The label of a figure. */
const char *
metrics_figure_label(enum metrics_figure f)
{
	return (unsigned int)f < METRICS_NFIGURES ? figures[f].label : "";
}

/* num / den, null when den is zero. */
static struct metrics_value
ratio(double num, double den)
{
	struct metrics_value v = { 0, 0 };

	if (den != 0) {
		v.ok = 1;
		v.v = num / den;
	}
	return v;
}

/*
 * Velocity: opportunities x win rate x average deal / cycle days. Null
 * when no deal closed (no win rate) or, with deals won, the cycle is 0.
 * A source that won nothing moves no revenue: 0, whatever its average
 * deal would have been (win rate 0 times anything), not null.
 */
static struct metrics_value
velocity(const struct metrics_row *r)
{
	struct metrics_value win = ratio((double)r->won,
	    (double)r->won + (double)r->lost);
	struct metrics_value v = { 0, 0 };

	if (!win.ok)
		return v;
	if (r->won == 0) {
		v.ok = 1;
		return v;
	}
	if (r->cycle_days == 0)
		return v;
	v.ok = 1;
	v.v = (double)r->opportunities * win.v * (r->revenue / (double)r->won) /
	    r->cycle_days;
	return v;
}

/* Figure f of row r. */
struct metrics_value
metrics_figure(const struct metrics_row *r, enum metrics_figure f)
{
	struct metrics_value none = { 0, 0 };

	switch (f) {
	case METRICS_LEAD_TO_MQL:
		return ratio((double)r->mqls, (double)r->leads);
	case METRICS_MQL_TO_SQL:
		return ratio((double)r->sqls, (double)r->mqls);
	case METRICS_SQL_TO_OPP:
		return ratio((double)r->opportunities, (double)r->sqls);
	case METRICS_LEAD_TO_SQL:
		return ratio((double)r->sqls, (double)r->leads);
	case METRICS_WIN_RATE:
		return ratio((double)r->won, (double)r->won + (double)r->lost);
	case METRICS_AVG_DEAL:
		return ratio(r->revenue, (double)r->won);
	case METRICS_VELOCITY:
		return velocity(r);
	default:
		return none;
	}
}

/* A cell as a message may quote it. */
void
metrics_quote(const char *s, char *buf, size_t size)
{
	size_t n = strlen(s), len, used = 0, k;
	unsigned int cp;
	char pic[8];

	while ((len = utf8_decode(s, n, &cp)) > 0 && used + 7 < size) {
		if (used + len > QUOTE_MAX) {
			memcpy(buf + used, "\xe2\x80\xa6", 3);
			used += 3;
			break;
		}
		if ((k = format_safe_cp(cp, len, pic)) > 0) {
			memcpy(buf + used, pic, k); /* the terminal filter */
			used += k;
		} else {
			memcpy(buf + used, s, len);
			used += len;
		}
		s += len;
		n -= len;
	}
	buf[used] = '\0';
}

/* The source: trimmed, not empty, one line of valid UTF-8, not too long. */
static int
parse_source(struct metrics_row *r, const char *text, char **cause)
{
	char *s = util_trim(xstrdup(text));
	size_t n = strlen(s), len, i;
	unsigned int cp;
	char pic[8];

	for (i = 0; i < n; i += len) {
		len = utf8_decode(s + i, n - i, &cp);
		if (cp == 0xfffd && len == 1) {
			free(s);
			return util_fail(cause, "the source is not UTF-8 text");
		}
		/* What no output shows as itself: the name would not read back. */
		if (format_safe_cp(cp, len, pic) > 0) {
			free(s);
			return util_fail(cause, "the source holds a control "
			    "character (U+%04X): one line of text, please", cp);
		}
	}
	if (n == 0) {
		free(s);
		return util_fail(cause, "the source is empty");
	}
	if (n > METRICS_MAX_SOURCE) {
		free(s);
		return util_fail(cause, "the source is longer than %d bytes",
		    METRICS_MAX_SOURCE);
	}
	free(r->source);
	r->source = s;
	return 0;
}

/*
 * Count the bytes of s[0..n) that a currency sign or three-letter code and
 * the blanks after it take. Bounded by n: the blanks after "$ " are past a
 * cell's trimmed end.
 */
static size_t
currency_before(const char *s, size_t n)
{
	static const char *const signs[] = { "US$", "$", "\xe2\x82\xac",
	    "\xc2\xa3", "\xc2\xa5" };
	size_t i, len, off = 0;

	for (i = 0; i < sizeof signs / sizeof signs[0]; i++) {
		len = strlen(signs[i]);
		if (len <= n - off && strncmp(s + off, signs[i], len) == 0)
			off += len;
	}
	/* s[off + 3] is at most the cell's NUL, which is no letter. */
	if (3 <= n - off && isupper((unsigned char)s[off]) &&
	    isupper((unsigned char)s[off + 1]) &&
	    isupper((unsigned char)s[off + 2]) &&
	    !isalpha((unsigned char)s[off + 3]))
		off += 3;
	while (off < n && s[off] == ' ')
		off++;
	return off;
}

/* Where a currency sign or code after the number starts, or the end. */
static size_t
currency_after(const char *s, size_t n)
{
	static const char *const signs[] = { "\xe2\x82\xac", "\xc2\xa3",
	    "\xc2\xa5", "$" };
	size_t i, len;

	for (i = 0; i < sizeof signs / sizeof signs[0]; i++) {
		len = strlen(signs[i]);
		if (n >= len && memcmp(s + n - len, signs[i], len) == 0)
			n -= len;
	}
	if (n >= 3 && isupper((unsigned char)s[n - 1]) &&
	    isupper((unsigned char)s[n - 2]) &&
	    isupper((unsigned char)s[n - 3]))
		n -= 3;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n;
}

/*
 * Read digits with commas between thousands ("1,204,000" or "1204000"),
 * then an optional point and decimals, as all of s[0..n). 0 and *out, or
 * -1 when it is not such a number.
 */
static int
read_number(const char *s, size_t n, double *out)
{
	char digits[64];
	size_t i = 0, used = 0, group = 0;
	int commas = 0, point = 0;

	for (i = 0; i < n && used + 1 < sizeof digits; i++) {
		if (isdigit((unsigned char)s[i])) {
			digits[used++] = s[i];
			group++;
		} else if (s[i] == ',' && !point && used > 0 &&
		    (commas ? group == 3 : group <= 3)) {
			commas = 1;
			group = 0;
		} else if (s[i] == '.' && !point && used > 0 &&
		    (!commas || group == 3) && i + 1 < n) {
			digits[used++] = '.';
			point = 1;
		} else
			return -1;
	}
	if (i < n || used == 0 || (commas && !point && group != 3))
		return -1;
	digits[used] = '\0';
	*out = strtod(digits, NULL);
	return 0;
}

/*
 * A number as a cell may hold it: 0 with *out, or -1 with *cause in the
 * words of field f. money: a currency sign or code may come with it.
 */
static int
parse_number(enum metrics_field f, const char *text, int money, double *out,
    char **cause)
{
	const char *name = field_names[f], *s = text;
	char shown[64];
	size_t n;
	int negative = 0;

	while (isspace((unsigned char)*s))
		s++;
	metrics_quote(s, shown, sizeof shown);
	n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (n > 0 && *s == '-') {
		negative = 1;
		s++;
		n--;
	}
	if (money) {
		size_t skip = currency_before(s, n);

		s += skip;
		n -= skip;
		if (n > 0 && *s == '-' && !negative) {
			negative = 1;
			s++;
			n--;
		}
		n = currency_after(s, n);
	}
	if (read_number(s, n, out) != 0) {
		if (money)
			return util_fail(cause, "%s '%s' is not an amount: "
			    "digits, a point before the cents, commas between "
			    "thousands (48,000.00; $ or USD may come with it)",
			    name, shown);
		return util_fail(cause, "%s '%s' is not a number", name, shown);
	}
	if (negative && *out != 0)
		return util_fail(cause, "%s %s is negative", name, shown);
	return 0;
}

/* Set field f of r from text. */
int
metrics_field_parse(struct metrics_row *r, enum metrics_field f,
    const char *text, char **cause)
{
	double v = 0;
	char shown[64];

	if (f == METRICS_SOURCE)
		return parse_source(r, text, cause);
	if ((unsigned int)f >= METRICS_NFIELDS)
		return util_fail(cause, "no such field");
	if (util_blank(text)) {
		if (f == METRICS_REVENUE || f == METRICS_CYCLE_DAYS)
			v = 0;
		else
			return util_fail(cause, "%s is empty (0 if there were "
			    "none)", field_names[f]);
	} else if (parse_number(f, text, f == METRICS_REVENUE, &v, cause) != 0)
		return -1;
	metrics_quote(text, shown, sizeof shown);
	if (f == METRICS_REVENUE || f == METRICS_CYCLE_DAYS) {
		if (v > METRICS_MAX_AMOUNT)
			return util_fail(cause, "%s %s is too large",
			    field_names[f], util_trim(shown));
		if (f == METRICS_REVENUE)
			r->revenue = v;
		else
			r->cycle_days = v;
		return 0;
	}
	if (v > (double)METRICS_MAX_COUNT)
		return util_fail(cause, "%s %s is too large", field_names[f],
		    util_trim(shown));
	if (v != (double)(long)v)
		return util_fail(cause, "%s %s is not a whole number",
		    field_names[f], util_trim(shown));
	switch (f) {
	case METRICS_LEADS: r->leads = (long)v; break;
	case METRICS_MQLS: r->mqls = (long)v; break;
	case METRICS_SQLS: r->sqls = (long)v; break;
	case METRICS_OPPORTUNITIES: r->opportunities = (long)v; break;
	case METRICS_WON: r->won = (long)v; break;
	default: r->lost = (long)v; break;
	}
	return 0;
}

/* What no one cell shows. */
int
metrics_row_check(const struct metrics_row *r, char **cause)
{
	char amount[32];
	struct metrics_value v = { 1, r->revenue };

	if (r->won == 0 && r->revenue > 0) {
		metrics_format_amount(v, amount, sizeof amount);
		return util_fail(cause, "revenue %s with no deal won: revenue is "
		    "what the won deals brought in", amount);
	}
	return 0;
}

/* Does a word of a typed line hold a figure? */
static int
has_digit(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i]))
			return 1;
	}
	return 0;
}

/*
 * The most words a typed line may hold: more than a source of
 * METRICS_MAX_SOURCE bytes and its figures can take.
 */
#define LINE_MAX_WORDS 128

/* Read a typed line: the source, then eight figures. */
int
metrics_line_parse(const char *line, struct metrics_row *out, char **cause)
{
	const char *start[LINE_MAX_WORDS], *p = line;
	size_t len[LINE_MAX_WORDS], n = 0, k, i, figs;
	char *word;
	int rc = 0;

	memset(out, 0, sizeof *out);
	for (;;) {
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		/* Never read a part of the line: refuse it whole. */
		if (n == LINE_MAX_WORDS)
			return util_fail(cause, "Type the source, then its "
			    "figures: this is more than %d words.",
			    LINE_MAX_WORDS);
		start[n] = p;
		while (*p != '\0' && !isspace((unsigned char)*p))
			p++;
		len[n] = (size_t)(p - start[n]);
		n++;
	}
	if (n == 0)
		return util_fail(cause, "Type a source, then its figures.");
	for (k = 0; k < n && has_digit(start[n - 1 - k], len[n - 1 - k]); k++)
		;
	figs = METRICS_NFIELDS - 1;
	if (k == 0)
		return parse_source(out, line, cause) == 0 ? 1 : -1;
	if (k < figs || n == figs)
		return util_fail(cause, "Type the source, then its %zu figures: "
		    "leads MQLs SQLs opportunities won lost revenue cycle-days "
		    "(%zu given%s).", figs, k < figs ? k : figs, k < figs ? "" :
		    ", no source");
	word = xstrndup(line, (size_t)(start[n - figs] - line));
	rc = parse_source(out, word, cause);
	free(word);
	for (i = 0; rc == 0 && i < figs; i++) {
		word = xstrndup(start[n - figs + i], len[n - figs + i]);
		rc = metrics_field_parse(out, (enum metrics_field)(i + 1), word,
		    cause);
		free(word);
	}
	if (rc == 0)
		rc = metrics_row_check(out, cause);
	return rc;
}

/* A number as the line takes it back: no separators, no trailing zeros. */
static void
plain_number(double v, char *buf, size_t size)
{
	char *dot;
	size_t n;

	snprintf(buf, size, "%.2f", v);
	if ((dot = strchr(buf, '.')) == NULL)
		return;
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[n - 1] = '\0';
}

/* r as a typed line. */
char *
metrics_line_format(const struct metrics_row *r)
{
	char revenue[48], days[48];

	plain_number(r->revenue, revenue, sizeof revenue);
	plain_number(r->cycle_days, days, sizeof days);
	return xasprintf("%s %ld %ld %ld %ld %ld %ld %s %s", r->source,
	    r->leads, r->mqls, r->sqls, r->opportunities, r->won, r->lost,
	    revenue, days);
}

/* Free a row's source. */
void
metrics_row_fini(struct metrics_row *r)
{
	free(r->source);
	r->source = NULL;
}

/* Copy a row. */
void
metrics_row_copy(struct metrics_row *to, const struct metrics_row *r)
{
	*to = *r;
	to->source = xstrdup(r->source);
}

/* Append a row, taking its source. */
void
metrics_table_add(struct metrics_table *t, struct metrics_row *r)
{
	t->v = xreallocarray(t->v, t->n + 1, sizeof *t->v);
	t->v[t->n++] = *r;
	r->source = NULL;
}

/* Free a table's rows. */
void
metrics_table_fini(struct metrics_table *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].source);
	free(t->v);
	t->v = NULL;
	t->n = 0;
}

/* Find a source's row, case and surrounding spaces aside. */
const struct metrics_row *
metrics_table_find(const struct metrics_table *t, const char *source)
{
	char *want = util_trim(xstrdup(source));
	const struct metrics_row *found = NULL;
	size_t i;

	for (i = 0; i < t->n && found == NULL; i++) {
		if (util_casecmp(t->v[i].source, want) == 0)
			found = &t->v[i];
	}
	free(want);
	return found;
}

/* A new empty card. */
struct metrics_card *
metrics_card_new(void)
{
	return xcalloc(1, sizeof(struct metrics_card));
}

/* Free a card. */
void
metrics_card_free(struct metrics_card *c)
{
	if (c == NULL)
		return;
	metrics_table_fini(&c->now);
	metrics_table_fini(&c->before);
	free(c);
}

/* Last meeting's row for the same source. */
const struct metrics_row *
metrics_before(const struct metrics_card *c, const struct metrics_row *r)
{
	if (c->before_meeting == 0)
		return NULL;
	return metrics_table_find(&c->before, r->source);
}

/* How figure f moved since last meeting. */
struct metrics_value
metrics_change(const struct metrics_card *c, const struct metrics_row *r,
    enum metrics_figure f)
{
	const struct metrics_row *b = metrics_before(c, r);
	struct metrics_value now, then, d = { 0, 0 };

	if (b == NULL)
		return d;
	now = metrics_figure(r, f);
	then = metrics_figure(b, f);
	if (now.ok && then.ok) {
		d.ok = 1;
		d.v = now.v - then.v;
	}
	return d;
}

/* Is the source to be nurtured longer? */
int
metrics_nurture(const struct metrics_card *c, const struct metrics_row *r)
{
	struct metrics_value v = metrics_figure(r, METRICS_LEAD_TO_SQL);

	return c->nurture_below > 0 && v.ok && v.v < c->nurture_below;
}

static const struct {
	const char *head;
	int priority;
} cols[METRICS_NCOLS] = {
	[METRICS_COL_SOURCE] = { "SOURCE", 0 },
	[METRICS_COL_LEADS] = { "LEADS", 7 },
	[METRICS_COL_MQLS] = { "MQLS", 15 },
	[METRICS_COL_SQLS] = { "SQLS", 16 },
	[METRICS_COL_OPPORTUNITIES] = { "OPPS", 11 },
	[METRICS_COL_WON] = { "WON", 12 },
	[METRICS_COL_LOST] = { "LOST", 13 },
	[METRICS_COL_REVENUE] = { "REVENUE", 14 },
	[METRICS_COL_CYCLE_DAYS] = { "CYCLE", 17 },
	[METRICS_COL_LEAD_TO_MQL] = { "L→MQL", 8 },
	[METRICS_COL_MQL_TO_SQL] = { "MQL→SQL", 9 },
	[METRICS_COL_SQL_TO_OPP] = { "SQL→OPP", 10 },
	[METRICS_COL_LEAD_TO_SQL] = { "L→SQL", 4 },
	[METRICS_COL_WIN_RATE] = { "WIN", 3 },
	[METRICS_COL_AVG_DEAL] = { "AVG DEAL", 5 },
	[METRICS_COL_VELOCITY] = { "VEL/DAY", 1 },
	[METRICS_COL_CHANGE] = { "CHANGE", 2 },
};

/* A column's heading. */
const char *
metrics_col_head(enum metrics_col c)
{
	return (unsigned int)c < METRICS_NCOLS ? cols[c].head : "";
}

/* Which columns go last when a table is narrow. */
int
metrics_col_priority(enum metrics_col c)
{
	return (unsigned int)c < METRICS_NCOLS ? cols[c].priority : 99;
}

/* Is a column numbers? */
int
metrics_col_numeric(enum metrics_col c)
{
	return c != METRICS_COL_SOURCE && c != METRICS_COL_CHANGE;
}

/* |v|, without libm. */
static double
magnitude(double v)
{
	return v < 0 ? -v : v;
}

/* Write v with commas between thousands. */
static void
thousands(double v, char *buf, size_t size)
{
	char digits[32];
	size_t n, i, used = 0;

	snprintf(digits, sizeof digits, "%.0f", magnitude(v));
	n = strlen(digits);
	if (v < 0 && used + 1 < size)
		buf[used++] = '-';
	for (i = 0; i < n && used + 2 < size; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf[used++] = ',';
		buf[used++] = digits[i];
	}
	buf[used] = '\0';
}

/* A rate in percent, or a dash. */
void
metrics_format_rate(struct metrics_value v, char *buf, size_t size)
{
	if (!v.ok)
		snprintf(buf, size, "—");
	else
		snprintf(buf, size, "%.1f%%", v.v * 100);
}

/* An amount or a velocity, or a dash. */
void
metrics_format_amount(struct metrics_value v, char *buf, size_t size)
{
	size_t n;

	if (!v.ok) {
		snprintf(buf, size, "—");
		return;
	}
	if (magnitude(v.v) >= 99.95) {
		thousands(v.v, buf, size);
		return;
	}
	snprintf(buf, size, "%.1f", v.v);
	n = strlen(buf);
	if (n >= 2 && strcmp(buf + n - 2, ".0") == 0)
		buf[n - 2] = '\0';
	if (strcmp(buf, "-0") == 0)
		snprintf(buf, size, "0");
}

/* A change with its direction. */
void
metrics_format_change(struct metrics_value d, int rate, char *buf,
    size_t size)
{
	struct metrics_value mag = { 1, magnitude(d.v) };
	char n[32];

	if (!d.ok) {
		snprintf(buf, size, "—");
		return;
	}
	if (rate)
		snprintf(n, sizeof n, "%.1f pt", mag.v * 100);
	else
		metrics_format_amount(mag, n, sizeof n);
	if (strcmp(n, "0") == 0 || strcmp(n, "0.0 pt") == 0)
		snprintf(buf, size, "= %s", n);
	else
		snprintf(buf, size, "%s %s%s", d.v > 0 ? "▲" : "▼",
		    d.v > 0 ? "+" : "-", n);
}

/* A count as it is. */
static void
count(long v, char *buf, size_t size)
{
	snprintf(buf, size, "%ld", v);
}

/* The text of one cell of the scorecard. */
void
metrics_col_text(const struct metrics_card *card,
    const struct metrics_row *r, enum metrics_col c, char *buf, size_t size)
{
	struct metrics_value v = { 1, 0 };

	switch (c) {
	case METRICS_COL_SOURCE:
		snprintf(buf, size, "%s", r->source);
		break;
	case METRICS_COL_LEADS: count(r->leads, buf, size); break;
	case METRICS_COL_MQLS: count(r->mqls, buf, size); break;
	case METRICS_COL_SQLS: count(r->sqls, buf, size); break;
	case METRICS_COL_OPPORTUNITIES:
		count(r->opportunities, buf, size);
		break;
	case METRICS_COL_WON: count(r->won, buf, size); break;
	case METRICS_COL_LOST: count(r->lost, buf, size); break;
	case METRICS_COL_REVENUE:
		v.v = r->revenue;
		metrics_format_amount(v, buf, size);
		break;
	case METRICS_COL_CYCLE_DAYS:
		v.v = r->cycle_days;
		metrics_format_amount(v, buf, size);
		break;
	case METRICS_COL_AVG_DEAL:
		metrics_format_amount(metrics_figure(r, METRICS_AVG_DEAL), buf,
		    size);
		break;
	case METRICS_COL_VELOCITY:
		metrics_format_amount(metrics_figure(r, METRICS_VELOCITY), buf,
		    size);
		break;
	case METRICS_COL_CHANGE:
		if (card->before_meeting != 0 && metrics_before(card, r) == NULL)
			snprintf(buf, size, "new");
		else
			metrics_format_change(metrics_change(card, r,
			    METRICS_VELOCITY), 0, buf, size);
		break;
	default:
		/* The rates, in the order of the figures. */
		metrics_format_rate(metrics_figure(r, (enum metrics_figure)(c -
		    METRICS_COL_LEAD_TO_MQL)), buf, size);
	}
}

/* How wide a column's cells are, its heading included. */
static int
col_width(const struct metrics_card *card, enum metrics_col c)
{
	char buf[160];
	int w = utf8_width(metrics_col_head(c)), cw;
	size_t i;

	for (i = 0; i < card->now.n; i++) {
		metrics_col_text(card, &card->now.v[i], c, buf, sizeof buf);
		if ((cw = utf8_width(buf)) > w)
			w = cw;
	}
	return w;
}

/* Choose the columns that fit. */
int
metrics_layout(const struct metrics_card *card, int width,
    int widths[METRICS_NCOLS])
{
	int used, w, p, c, cap;

	memset(widths, 0, METRICS_NCOLS * sizeof *widths);
	/* A long name gives way to figures: a quarter of a narrow table. */
	cap = width < 0 || width / 4 > 30 ? 30 : width / 4 < 12 ? 12 :
	    width / 4;
	w = col_width(card, METRICS_COL_SOURCE);
	if (w > cap)
		w = cap;
	if (width >= 0 && w > width)
		w = width < 6 ? 6 : width;
	widths[METRICS_COL_SOURCE] = used = w;
	/*
	 * Priorities run from 1 up, each column once; the first that does
	 * not fit ends the table (a narrower one after it would be a column
	 * out of its place: WON without OPPS).
	 */
	for (p = 1; p < 32; p++) {
		for (c = 1; c < METRICS_NCOLS; c++) {
			if (metrics_col_priority((enum metrics_col)c) != p ||
			    (c == METRICS_COL_CHANGE &&
			    card->before_meeting == 0))
				continue;
			w = col_width(card, (enum metrics_col)c);
			if (width >= 0 && used + METRICS_GAP + w > width)
				return used;
			widths[c] = w;
			used += METRICS_GAP + w;
		}
	}
	return used;
}

/* The fastest velocity. */
double
metrics_top_velocity(const struct metrics_card *c)
{
	struct metrics_value v;
	double top = 0;
	size_t i;

	for (i = 0; i < c->now.n; i++) {
		v = metrics_figure(&c->now.v[i], METRICS_VELOCITY);
		if (v.ok && v.v > top)
			top = v.v;
	}
	return top;
}

/* Sort sources by velocity, fastest first, nulls last (insertion: few). */
void
metrics_by_velocity(const struct metrics_card *c, size_t *order)
{
	struct metrics_value a, b;
	size_t i, j, k;

	for (i = 0; i < c->now.n; i++) {
		a = metrics_figure(&c->now.v[i], METRICS_VELOCITY);
		for (j = i; j > 0; j--) {
			b = metrics_figure(&c->now.v[order[j - 1]],
			    METRICS_VELOCITY);
			if (!a.ok || (b.ok && b.v >= a.v))
				break;
		}
		for (k = i; k > j; k--)
			order[k] = order[k - 1];
		order[j] = i;
	}
}

/* A bar in eighths of a column. */
void
metrics_bar(double share, int width, char *buf, size_t size)
{
	/* U+2588 full block, then U+258F..U+2589: one to seven eighths. */
	static const char *const eighths[] = { "", "▏", "▎", "▍", "▌", "▋",
	    "▊", "▉" };
	long units, full, i;
	size_t used = 0;

	buf[0] = '\0';
	if (width <= 0 || !(share > 0))
		return;
	if (share > 1)
		share = 1;
	units = (long)(share * width * 8 + 0.5);
	if (units < 1)
		units = 1;
	full = units / 8;
	for (i = 0; i < full && used + 4 < size; i++) {
		memcpy(buf + used, "█", 3);
		used += 3;
	}
	if (units % 8 != 0 && used + 4 < size) {
		memcpy(buf + used, eighths[units % 8], 3);
		used += 3;
	}
	buf[used] = '\0';
}
