/*
 * metrics_csv.c: lead-source figures from a CRM report in CSV. libcsv
 * splits the fields (quotes, doubled quotes, line breaks inside quotes);
 * this file keeps count of lines, maps the header's names to Parley's
 * columns and checks every cell, collecting every problem with its line
 * as agenda_yaml.c does.
 */
#include "metrics_csv.h"

#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "util.h"

/*
 * The names a header may give each column, as metrics_csv_column
 * normalizes them (lower case, each run of other characters one "_"):
 * Parley's own, then those of HubSpot and Salesforce reports.
 */
static const struct {
	const char *name;
	int field;               /* enum metrics_field, or -1: ignored */
} columns[] = {
	{ "source", METRICS_SOURCE },
	{ "lead_source", METRICS_SOURCE },
	{ "original_source", METRICS_SOURCE },
	{ "original_traffic_source", METRICS_SOURCE },
	{ "latest_source", METRICS_SOURCE },
	{ "leads", METRICS_LEADS },
	{ "contacts", METRICS_LEADS },
	{ "new_contacts", METRICS_LEADS },
	{ "leads_created", METRICS_LEADS },
	{ "total_leads", METRICS_LEADS },
	{ "number_of_leads", METRICS_LEADS },
	{ "mqls", METRICS_MQLS },
	{ "mql", METRICS_MQLS },
	{ "marketing_qualified_leads", METRICS_MQLS },
	{ "marketing_qualified_lead", METRICS_MQLS },
	{ "total_mqls", METRICS_MQLS },
	{ "sqls", METRICS_SQLS },
	{ "sql", METRICS_SQLS },
	{ "sales_qualified_leads", METRICS_SQLS },
	{ "sales_qualified_lead", METRICS_SQLS },
	{ "total_sqls", METRICS_SQLS },
	{ "opportunities", METRICS_OPPORTUNITIES },
	{ "opportunity", METRICS_OPPORTUNITIES },
	{ "opps", METRICS_OPPORTUNITIES },
	{ "deals_created", METRICS_OPPORTUNITIES },
	{ "opportunities_created", METRICS_OPPORTUNITIES },
	{ "total_opportunities", METRICS_OPPORTUNITIES },
	{ "won", METRICS_WON },
	{ "closed_won", METRICS_WON },
	{ "closed_won_deals", METRICS_WON },
	{ "deals_won", METRICS_WON },
	{ "won_deals", METRICS_WON },
	{ "won_opportunities", METRICS_WON },
	{ "lost", METRICS_LOST },
	{ "closed_lost", METRICS_LOST },
	{ "closed_lost_deals", METRICS_LOST },
	{ "deals_lost", METRICS_LOST },
	{ "lost_deals", METRICS_LOST },
	{ "lost_opportunities", METRICS_LOST },
	{ "revenue", METRICS_REVENUE },
	{ "won_revenue", METRICS_REVENUE },
	{ "closed_won_amount", METRICS_REVENUE },
	{ "closed_won_revenue", METRICS_REVENUE },
	{ "amount_won", METRICS_REVENUE },
	{ "sum_of_amount_closed_won", METRICS_REVENUE },
	{ "total_revenue", METRICS_REVENUE },
	{ "cycle_days", METRICS_CYCLE_DAYS },
	{ "cycle", METRICS_CYCLE_DAYS },
	{ "sales_cycle", METRICS_CYCLE_DAYS },
	{ "sales_cycle_days", METRICS_CYCLE_DAYS },
	{ "days_to_close", METRICS_CYCLE_DAYS },
	{ "average_days_to_close", METRICS_CYCLE_DAYS },
	{ "avg_days_to_close", METRICS_CYCLE_DAYS },
	{ "avg_sales_cycle_days", METRICS_CYCLE_DAYS },
	{ "average_sales_cycle_days", METRICS_CYCLE_DAYS },
	/* What parley metrics --format csv adds: computed again, not read. */
	{ "lead_to_mql", -1 },
	{ "mql_to_sql", -1 },
	{ "sql_to_opp", -1 },
	{ "lead_to_sql", -1 },
	{ "win_rate", -1 },
	{ "avg_deal", -1 },
	{ "velocity", -1 },
	{ "velocity_change", -1 },
	{ "nurture", -1 },
};

#define NCOLUMNS (sizeof columns / sizeof columns[0])

/* The names every message about columns offers. */
#define COLUMN_NAMES "source, leads, mqls, sqls, opportunities, won, lost, " \
	"revenue, cycle_days"

/* One row as libcsv split it, with the line it starts on. */
struct raw_row {
	char **cells;
	size_t n;
	int line;
};

/* What the libcsv callbacks build. */
struct reader {
	int line;                /* the line being fed to the parser */
	int row_open;            /* a row has started and not ended */
	int row_line;            /* the line it started on */
	struct raw_row row;      /* the row being read */
	struct raw_row *rows;
	size_t nrows;
};

/* Add a problem at a line. */
static void
diag(struct metrics_diags *d, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
diag(struct metrics_diags *d, int line, const char *fmt, ...)
{
	va_list ap;

	d->v = xreallocarray(d->v, d->n + 1, sizeof *d->v);
	d->v[d->n].line = line;
	va_start(ap, fmt);
	d->v[d->n].message = xvasprintf(fmt, ap);
	va_end(ap);
	d->n++;
}

/* Free the problems. */
void
metrics_diags_fini(struct metrics_diags *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		free(d->v[i].message);
	free(d->v);
	d->v = NULL;
	d->n = 0;
}

/* libcsv: a field ended. */
static void
on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	char *cell = xmalloc(len + 1);

	/* A row that began after a bare CR in the middle of a line. */
	if (!r->row_open) {
		r->row_open = 1;
		r->row_line = r->line;
	}
	memcpy(cell, s, len);
	cell[len] = '\0';
	r->row.cells = xreallocarray(r->row.cells, r->row.n + 1,
	    sizeof *r->row.cells);
	r->row.cells[r->row.n++] = cell;
}

/* libcsv: a row ended. */
static void
on_row(int c, void *data)
{
	struct reader *r = data;

	(void)c;
	r->row.line = r->row_line;
	r->rows = xreallocarray(r->rows, r->nrows + 1, sizeof *r->rows);
	r->rows[r->nrows++] = r->row;
	memset(&r->row, 0, sizeof r->row);
	r->row_open = 0;
}

/* Free one row's cells. */
static void
row_free(struct raw_row *row)
{
	util_free_strings(row->cells, row->n);
}

/* Free what the reader holds. */
static void
reader_fini(struct reader *r)
{
	size_t i;

	row_free(&r->row);
	for (i = 0; i < r->nrows; i++)
		row_free(&r->rows[i]);
	free(r->rows);
}

/* 1 if s[0..n) holds something besides white space. */
static int
has_text(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 1;
	}
	return 0;
}

/*
 * Feed text to libcsv a line at a time, so each row knows the line it
 * starts on (a quoted field may hold line breaks: its row keeps the line
 * where it began). Returns 0, or -1 with the problem in diags.
 */
static int
split(const char *text, size_t len, struct reader *r,
    struct metrics_diags *d)
{
	struct csv_parser p;
	char eol = memchr(text, '\n', len) != NULL ? '\n' : '\r';
	const char *s = text, *end = text + len, *nl;
	size_t n;
	int rc = 0;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
		util_fatal(70, "libcsv: cannot start a parser");
	for (r->line = 1; s < end && rc == 0; r->line++, s += n) {
		nl = memchr(s, eol, (size_t)(end - s));
		n = nl != NULL ? (size_t)(nl - s) + 1 : (size_t)(end - s);
		if (!r->row_open && has_text(s, n)) {
			r->row_open = 1;
			r->row_line = r->line;
		}
		if (csv_parse(&p, s, n, on_field, on_row, r) != n)
			rc = -1;
	}
	if (rc != 0 || csv_fini(&p, on_field, on_row, r) != 0) {
		if (csv_error(&p) != CSV_EPARSE)
			util_fatal(70, "libcsv: %s", csv_strerror(csv_error(&p)));
		diag(d, r->row_open ? r->row_line : r->line - 1, rc != 0 ?
		    "a quote where none may be: a field holding a quote, a "
		    "comma or a line break is wrapped in quotes, and its quotes "
		    "are doubled (\"say \"\"hi\"\"\")" : "a quoted field is "
		    "not closed: the file ends inside it");
		rc = -1;
	}
	csv_free(&p);
	return rc;
}

/* Normalize a header name: lower case, other runs as one "_". */
static char *
normalize(const char *header)
{
	char *out = xmalloc(strlen(header) + 1);
	size_t used = 0;
	int gap = 0;

	for (; *header != '\0'; header++) {
		unsigned char c = (unsigned char)*header;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    (c >= 'A' && c <= 'Z')) {
			if (gap && used > 0)
				out[used++] = '_';
			out[used++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			gap = 0;
		} else
			gap = 1;
	}
	out[used] = '\0';
	return out;
}

/* Which column a header names. */
int
metrics_csv_column(const char *header, enum metrics_field *f)
{
	char *name = normalize(header);
	size_t i;
	int rc = -1;

	for (i = 0; i < NCOLUMNS && rc < 0; i++) {
		if (strcmp(name, columns[i].name) != 0)
			continue;
		if (columns[i].field < 0)
			rc = 0;
		else {
			*f = (enum metrics_field)columns[i].field;
			rc = 1;
		}
	}
	free(name);
	return rc;
}

/* A cell as a message quotes it: one line, not too long. Caller frees. */
static char *
shown(const char *s)
{
	char buf[64];

	metrics_quote(s, buf, sizeof buf);
	return xstrdup(buf);
}

/* 1 if every cell of a row is empty or white space. */
static int
blank_row(const struct raw_row *row)
{
	size_t i;

	for (i = 0; i < row->n; i++) {
		if (!util_blank(row->cells[i]))
			return 0;
	}
	return 1;
}

/* What each column of the file is: a field, or -1 (ignored). */
struct header {
	int *field;              /* by position in the file */
	size_t n;                /* the columns the header names */
	int line;
	int ok;                  /* every field has its column */
	int none;                /* it names no column: it is no header */
};

/* Map one header cell; problems to diags. */
static void
header_cell(struct header *h, size_t i, const char *cell, int have[],
    struct metrics_diags *d)
{
	enum metrics_field f;
	char *s;
	int rc;

	h->field[i] = -1;
	if (util_blank(cell)) {
		diag(d, h->line, "column %zu has no name", i + 1);
		return;
	}
	if ((rc = metrics_csv_column(cell, &f)) == 0)
		return;
	s = shown(cell);
	if (rc < 0)
		diag(d, h->line, "unknown column '%s': the columns are "
		    COLUMN_NAMES " (or a HubSpot or Salesforce report's "
		    "names: see parley(1))", s);
	else if (have[f] != 0)
		diag(d, h->line, "column %zu, '%s', is %s again (column %d "
		    "is)", i + 1, s, metrics_field_name(f), have[f]);
	else {
		have[f] = (int)i + 1;
		h->field[i] = (int)f;
	}
	free(s);
}

/*
 * Read the header row: which field each column holds. Trailing columns
 * without a name are nothing (spreadsheets leave them).
 */
static void
read_header(const struct raw_row *row, struct header *h,
    struct metrics_diags *d)
{
	int have[METRICS_NFIELDS] = { 0 }, nmissing = 0;
	char missing[160];
	size_t i, known = 0;

	h->line = row->line;
	h->n = row->n;
	while (h->n > 0 && util_blank(row->cells[h->n - 1]))
		h->n--;
	h->field = xcalloc(h->n > 0 ? h->n : 1, sizeof *h->field);
	for (i = 0; i < h->n; i++) {
		h->field[i] = -1;
		known += metrics_csv_column(row->cells[i],
		    &(enum metrics_field){ 0 }) >= 0;
	}
	if (known == 0) {
		h->none = 1;
		diag(d, h->line, h->n == 1 && strchr(row->cells[0], ';') ?
		    "one column only: are the columns separated by ';'? Export "
		    "the report with commas" : "the first line names no column "
		    "Parley knows: it is the header, such as " COLUMN_NAMES);
		h->ok = 0;
		return;
	}
	for (i = 0; i < h->n; i++)
		header_cell(h, i, row->cells[i], have, d);
	missing[0] = '\0';
	for (i = 0; i < METRICS_NFIELDS; i++) {
		if (have[i] != 0)
			continue;
		nmissing++;
		snprintf(missing + strlen(missing), sizeof missing -
		    strlen(missing), "%s%s", nmissing > 1 ? ", " : "",
		    metrics_field_name((enum metrics_field)i));
	}
	if (nmissing > 0)
		diag(d, h->line, "no %s column%s: the columns are " COLUMN_NAMES,
		    missing, nmissing > 1 ? "s" : "");
	/* Unknown columns aside, the rows can be checked: they are read. */
	h->ok = nmissing == 0;
}

/* The report's own total, which is no lead source. */
static int
total_row(const char *source)
{
	return util_casecmp(source, "total") == 0 ||
	    util_casecmp(source, "totals") == 0 ||
	    util_casecmp(source, "grand total") == 0;
}

/*
 * Check one row and add it to out; every problem to diags. lines holds
 * the line of each row of out, for a duplicate to name the first.
 */
static void
read_row(const struct raw_row *row, const struct header *h,
    struct metrics_table *out, int **lines, struct metrics_diags *d)
{
	struct metrics_row r;
	const struct metrics_row *dup;
	char *cause = NULL, *s;
	size_t i, n = row->n, before = d->n;

	while (n > h->n && util_blank(row->cells[n - 1]))
		n--;
	if (n != h->n) {
		diag(d, row->line, "%zu field%s where the header has %zu", n,
		    n == 1 ? "" : "s", h->n);
		return;
	}
	memset(&r, 0, sizeof r);
	for (i = 0; i < n; i++) {
		if (h->field[i] < 0)
			continue;
		if (metrics_field_parse(&r, (enum metrics_field)h->field[i],
		    format_csv_unquote(row->cells[i]), &cause) != 0) {
			diag(d, row->line, "%s", cause);
			free(cause);
			cause = NULL;
		}
	}
	if (d->n > before || !h->ok)
		goto out;
	if (total_row(r.source)) {
		s = shown(r.source);
		diag(d, row->line, "'%s' is the report's total, not a lead "
		    "source: delete the line", s);
		free(s);
	} else if ((dup = metrics_table_find(out, r.source)) != NULL) {
		s = shown(r.source);
		diag(d, row->line, "source '%s' is on line %d already", s,
		    (*lines)[dup - out->v]);
		free(s);
	} else if (metrics_row_check(&r, &cause) != 0) {
		diag(d, row->line, "%s", cause);
		free(cause);
	} else {
		*lines = xreallocarray(*lines, out->n + 1, sizeof **lines);
		(*lines)[out->n] = row->line;
		metrics_table_add(out, &r);
	}
out:
	metrics_row_fini(&r);
}

/* Order problems by line, those of one line as found (a stable sort). */
static void
sort_diags(struct metrics_diags *d)
{
	struct metrics_diag t;
	size_t i, j;

	for (i = 1; i < d->n; i++) {
		t = d->v[i];
		for (j = i; j > 0 && d->v[j - 1].line > t.line; j--)
			d->v[j] = d->v[j - 1];
		d->v[j] = t;
	}
}

/* What a binary file starts with: no report. */
static const char *
not_text(const char *text, size_t len)
{
	if (len >= 4 && memcmp(text, "PK\x03\x04", 4) == 0)
		return "this is a zip file (an Excel workbook?), not CSV: "
		    "export the report as CSV";
	if (memchr(text, '\0', len) != NULL)
		return "this is not a text file (it holds NUL bytes): export "
		    "the report as CSV";
	return NULL;
}

/* Read the figures in a CSV text. */
int
metrics_csv_parse(const char *text, size_t len, struct metrics_table *out,
    struct metrics_diags *diags)
{
	struct reader r;
	struct header h = { NULL, 0, 0, 0, 0 };
	const char *bad;
	int *lines = NULL;
	size_t i, first = 0;

	memset(&r, 0, sizeof r);
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		len -= 3;
	}
	if ((bad = not_text(text, len)) != NULL) {
		diag(diags, 1, "%s", bad);
		return -1;
	}
	split(text, len, &r, diags);
	while (first < r.nrows && blank_row(&r.rows[first]))
		first++;
	if (first == r.nrows && diags->n == 0)
		diag(diags, 1, "the file is empty: its first line names the "
		    "columns, " COLUMN_NAMES ", and a line follows per source");
	if (first < r.nrows) {
		read_header(&r.rows[first], &h, diags);
		for (i = first + 1; i < r.nrows && !h.none; i++) {
			if (!blank_row(&r.rows[i]))
				read_row(&r.rows[i], &h, out, &lines, diags);
		}
		if (out->n == 0 && diags->n == 0)
			diag(diags, h.line, "no lead source under the header");
	}
	free(lines);
	free(h.field);
	reader_fini(&r);
	if (diags->n == 0)
		return 0;
	metrics_table_fini(out);
	sort_diags(diags);
	return -1;
}

/* Read the figures in a CSV file. */
int
metrics_csv_load(const char *path, struct metrics_table *out,
    struct metrics_diags *diags)
{
	FILE *f = fopen(path, "rb");
	char *text = NULL;
	size_t len = 0, got;
	int rc, err;

	if (f == NULL) {
		err = errno;
		diag(diags, 0, "%s", strerror(err));
		errno = err;
		return -2;
	}
	text = xmalloc(METRICS_CSV_MAX + 1);
	while ((got = fread(text + len, 1, METRICS_CSV_MAX + 1 - len, f)) > 0)
		len += got;
	if (ferror(f)) {
		err = errno;
		diag(diags, 0, "%s", strerror(err));
		fclose(f);
		free(text);
		errno = err;
		return -2;
	}
	fclose(f);
	if (len > METRICS_CSV_MAX) {
		diag(diags, 0, "larger than %d MiB: is this a lead-source "
		    "report?", METRICS_CSV_MAX / (1024 * 1024));
		rc = -1;
	} else
		rc = metrics_csv_parse(text, len, out, diags);
	free(text);
	return rc;
}
