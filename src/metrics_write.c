/* metrics_write.c: the scorecard as a text table, CSV and JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "json.h"
#include "metrics.h"
#include "util.h"

/* Write s right-aligned in width columns (s is Parley's own text). */
static void
pad_right(FILE *f, const char *s, int width)
{
	int n;

	for (n = utf8_width(s); n < width; n++)
		fputc(' ', f);
	fputs(s, f);
}

/* One line of the table: the headings (r NULL) or a source's cells. */
static void
table_line(FILE *f, const struct metrics_card *c, const struct metrics_row *r,
    const int widths[METRICS_NCOLS])
{
	char buf[160];
	int col, first = 1, last = METRICS_NCOLS - 1;

	while (last > 0 && widths[last] == 0)
		last--;
	for (col = 0; col <= last; col++) {
		if (widths[col] == 0)
			continue;
		if (!first)
			fprintf(f, "%*s", METRICS_GAP, "");
		first = 0;
		if (r == NULL)
			snprintf(buf, sizeof buf, "%s", metrics_col_head(
			    (enum metrics_col)col));
		else
			metrics_col_text(c, r, (enum metrics_col)col, buf,
			    sizeof buf);
		if (metrics_col_numeric((enum metrics_col)col))
			pad_right(f, buf, widths[col]);
		else if (col == last)
			format_text(f, buf);
		else
			/* Someone's text: format_pad makes it safe. */
			format_pad(f, buf, widths[col]);
	}
	fputc('\n', f);
}

/* The sources to nurture longer, with their lead-to-SQL rate. */
char *
metrics_nurture_list(const struct metrics_card *c)
{
	char *list = NULL, *next, rate[32];
	size_t i;

	for (i = 0; i < c->now.n; i++) {
		if (!metrics_nurture(c, &c->now.v[i]))
			continue;
		metrics_format_rate(metrics_figure(&c->now.v[i],
		    METRICS_LEAD_TO_SQL), rate, sizeof rate);
		next = xasprintf("%s%s%s (%s)", list != NULL ? list : "",
		    list != NULL ? ", " : "", c->now.v[i].source, rate);
		free(list);
		list = next;
	}
	return list;
}

/* The scorecard as a table. */
void
metrics_write_table(FILE *f, const struct metrics_card *c)
{
	int widths[METRICS_NCOLS];
	char threshold[32], *nurture;
	struct metrics_value t = { 1, c->nurture_below };
	size_t i;

	metrics_layout(c, -1, widths);
	table_line(f, c, NULL, widths);
	for (i = 0; i < c->now.n; i++)
		table_line(f, c, &c->now.v[i], widths);
	fputs("\nRates are of the stage before; VEL/DAY is opportunities x win "
	    "rate x average\ndeal / cycle days: revenue per day. — : no "
	    "figure (a denominator is 0).\n", f);
	if (c->before_meeting != 0)
		fprintf(f, "CHANGE: velocity since meeting %ld (%s).\n",
		    c->before_meeting, c->before_date);
	else
		fputs("No earlier meeting has figures: no change to show.\n", f);
	if (c->nurture_below <= 0)
		return;
	metrics_format_rate(t, threshold, sizeof threshold);
	nurture = metrics_nurture_list(c);
	fprintf(f, "Nurture longer before sales (lead-to-SQL under %s): ",
	    threshold);
	if (nurture != NULL)
		format_text(f, nurture);
	else
		fputs("none", f);
	fputs(".\n", f);
	free(nurture);
}

/* A figure as a CSV cell: empty when null. */
static void
csv_value(FILE *f, struct metrics_value v)
{
	fputc(',', f);
	if (v.ok)
		fprintf(f, "%.15g", v.v);
}

/* The scorecard as CSV. */
void
metrics_write_csv(FILE *f, const struct metrics_card *c)
{
	const struct metrics_row *r;
	char rev[32], days[32];
	size_t i;
	int k;

	for (k = 0; k < METRICS_NFIELDS; k++)
		fprintf(f, "%s%s", k > 0 ? "," : "",
		    metrics_field_name((enum metrics_field)k));
	for (k = 0; k < METRICS_NFIGURES; k++)
		fprintf(f, ",%s", metrics_figure_name((enum metrics_figure)k));
	fputs(",velocity_change,nurture\r\n", f);
	for (i = 0; i < c->now.n; i++) {
		r = &c->now.v[i];
		format_csv_field(f, r->source);
		/* Exact: what import reads back is what was imported. */
		fprintf(f, ",%ld,%ld,%ld,%ld,%ld,%ld,%s,%s", r->leads,
		    r->mqls, r->sqls, r->opportunities, r->won, r->lost,
		    format_double(rev, r->revenue),
		    format_double(days, r->cycle_days));
		for (k = 0; k < METRICS_NFIGURES; k++)
			csv_value(f, metrics_figure(r, (enum metrics_figure)k));
		csv_value(f, metrics_change(c, r, METRICS_VELOCITY));
		fprintf(f, ",%s\r\n", metrics_nurture(c, r) ? "yes" : "no");
	}
}

/* A figure, or null. */
static void
json_value(struct json *j, const char *key, struct metrics_value v)
{
	json_key(j, key);
	if (v.ok)
		json_double(j, v.v);
	else
		json_null(j);
}

/* One source: figures, rates, change, flag. */
static void
json_source(struct json *j, const struct metrics_card *c,
    const struct metrics_row *r)
{
	int k;

	json_object_begin(j);
	json_kv_string(j, "source", r->source);
	json_kv_int(j, "leads", r->leads);
	json_kv_int(j, "mqls", r->mqls);
	json_kv_int(j, "sqls", r->sqls);
	json_kv_int(j, "opportunities", r->opportunities);
	json_kv_int(j, "won", r->won);
	json_kv_int(j, "lost", r->lost);
	json_key(j, "revenue");
	json_double(j, r->revenue);
	json_key(j, "cycle_days");
	json_double(j, r->cycle_days);
	for (k = 0; k < METRICS_NFIGURES; k++)
		json_value(j, metrics_figure_name((enum metrics_figure)k),
		    metrics_figure(r, (enum metrics_figure)k));
	json_key(j, "change");
	if (metrics_before(c, r) == NULL)
		json_null(j);
	else {
		json_object_begin(j);
		for (k = 0; k < METRICS_NFIGURES; k++)
			json_value(j, metrics_figure_name((enum metrics_figure)k),
			    metrics_change(c, r, (enum metrics_figure)k));
		json_object_end(j);
	}
	json_kv_bool(j, "nurture", metrics_nurture(c, r));
	json_object_end(j);
}

/* The scorecard as JSON. */
void
metrics_write_json(struct json *j, const struct metrics_card *c)
{
	size_t i;

	json_object_begin(j);
	json_key(j, "nurture_below");
	if (c->nurture_below > 0)
		json_double(j, c->nurture_below);
	else
		json_null(j);
	json_key(j, "previous_meeting");
	if (c->before_meeting == 0)
		json_null(j);
	else {
		json_object_begin(j);
		json_kv_int(j, "id", c->before_meeting);
		json_kv_string(j, "date", c->before_date);
		json_object_end(j);
	}
	json_key(j, "sources");
	json_array_begin(j);
	for (i = 0; i < c->now.n; i++)
		json_source(j, c, &c->now.v[i]);
	json_array_end(j);
	json_object_end(j);
}
