/*
 * export_kind_metrics.c: Q3's section of the minutes: the lead-source
 * scorecard as two tables (what the CRM gave, what it means), the
 * velocity chart and the sources to nurture longer; in JSON, the
 * "metrics" key.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export_kind.h"
#include "format.h"
#include "metrics.h"
#include "util.h"

/* The columns of each table, in order. */
static const enum metrics_col given[] = {
	METRICS_COL_SOURCE, METRICS_COL_LEADS, METRICS_COL_MQLS,
	METRICS_COL_SQLS, METRICS_COL_OPPORTUNITIES, METRICS_COL_WON,
	METRICS_COL_LOST, METRICS_COL_REVENUE, METRICS_COL_CYCLE_DAYS
};
static const enum metrics_col meant[] = {
	METRICS_COL_SOURCE, METRICS_COL_LEAD_TO_MQL, METRICS_COL_MQL_TO_SQL,
	METRICS_COL_SQL_TO_OPP, METRICS_COL_LEAD_TO_SQL, METRICS_COL_WIN_RATE,
	METRICS_COL_AVG_DEAL, METRICS_COL_VELOCITY, METRICS_COL_CHANGE
};

/* How the minutes head each column. */
static const char *const heads[METRICS_NCOLS] = {
	"Source", "Leads", "MQLs", "SQLs", "Opps", "Won", "Lost", "Revenue",
	"Cycle days", "Lead→MQL", "MQL→SQL", "SQL→Opp", "Lead→SQL",
	"Win rate", "Avg deal", "Velocity/day", "Change"
};

#define N(a) (sizeof (a) / sizeof (a)[0])

/* The item's scorecard, or NULL when the view has none. */
static const struct metrics_card *
card_of(const struct meeting_view *v)
{
	return v->kind_data[KIND_METRICS];
}

/* What the change compares with, and the threshold, as one sentence. */
static void
write_basis(FILE *f, const struct metrics_card *c)
{
	struct metrics_value t = { 1, c->nurture_below };
	char rate[32];

	if (c->before_meeting != 0)
		fprintf(f, "Change: velocity since meeting %ld (%s).",
		    c->before_meeting, c->before_date);
	else
		fputs("No earlier meeting has figures to compare with.", f);
	if (c->nurture_below > 0) {
		metrics_format_rate(t, rate, sizeof rate);
		fprintf(f, " Sources whose lead-to-SQL rate is under %s are "
		    "to be nurtured longer before sales.", rate);
	}
}

/* A Markdown table of some columns, one row a source. */
static void
md_table(FILE *f, const struct metrics_card *c, const enum metrics_col *cols,
    size_t ncols)
{
	char buf[160];
	size_t i, k;

	fputc('\n', f);
	for (k = 0; k < ncols; k++)
		fprintf(f, "| %s ", heads[cols[k]]);
	fputs("|\n", f);
	for (k = 0; k < ncols; k++)
		fputs(metrics_col_numeric(cols[k]) ? "|--:" : "|---", f);
	fputs("|\n", f);
	for (i = 0; i < c->now.n; i++) {
		for (k = 0; k < ncols; k++) {
			metrics_col_text(c, &c->now.v[i], cols[k], buf,
			    sizeof buf);
			fputs("| ", f);
			if (cols[k] == METRICS_COL_SOURCE)
				format_md_cell(f, c->now.v[i].source);
			else
				fputs(buf, f);
			fputc(' ', f);
		}
		fputs("|\n", f);
	}
}

/*
 * The velocity chart as an indented code block, so the bars line up in
 * any renderer and a source shows as typed (no fence to close early).
 */
static void
write_md_chart(FILE *f, const struct metrics_card *c)
{
	size_t *order = xcalloc(c->now.n, sizeof *order), i;
	double top = metrics_top_velocity(c);
	struct metrics_value vv;
	char bar[128], vel[32];
	int w;

	metrics_by_velocity(c, order);
	fputs("\nVelocity by source (revenue per day):\n\n", f);
	for (i = 0; i < c->now.n; i++) {
		vv = metrics_figure(&c->now.v[order[i]], METRICS_VELOCITY);
		metrics_bar(vv.ok && top > 0 ? vv.v / top : 0, 30, bar,
		    sizeof bar);
		metrics_format_amount(vv, vel, sizeof vel);
		fputs("    ", f);
		format_pad(f, c->now.v[order[i]].source, 20);
		fprintf(f, "  %s", bar);
		for (w = utf8_width(bar); w < 30; w++)
			fputc(' ', f);
		fprintf(f, "  %s\n", vel);
	}
	free(order);
}

/* Markdown: the two tables, the chart, the sources to nurture. */
static void
write_md(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct metrics_card *c = card_of(v);
	size_t i, n = 0;
	char vel[32];

	(void)pos;
	if (c == NULL || c->now.n == 0) {
		fputs("\n**Lead-source scorecard:** *no figures.*\n", f);
		return;
	}
	fprintf(f, "\n**Lead-source scorecard** (%zu source%s). ", c->now.n,
	    c->now.n == 1 ? "" : "s");
	write_basis(f, c);
	fputc('\n', f);
	md_table(f, c, given, N(given));
	md_table(f, c, meant, N(meant));
	write_md_chart(f, c);
	for (i = 0; i < c->now.n; i++) {
		if (!metrics_nurture(c, &c->now.v[i]))
			continue;
		metrics_format_rate(metrics_figure(&c->now.v[i],
		    METRICS_LEAD_TO_SQL), vel, sizeof vel);
		fputs(n++ == 0 ? "\n**Nurture longer before sales:** " : ", ", f);
		format_md_text(f, c->now.v[i].source, 0);
		fprintf(f, " (%s lead-to-SQL)", vel);
	}
	if (n > 0)
		fputs(".\n", f);
}

/* User text in HTML, kept apart from the text around it. */
static void
html_text(FILE *f, const char *s)
{
	fputs("<bdi>", f);
	format_html(f, s, 0);
	fputs("</bdi>", f);
}

/* An HTML table of some columns, one row a source. */
static void
html_table(FILE *f, const struct metrics_card *c, const char *caption,
    const enum metrics_col *cols, size_t ncols)
{
	static const char right[] = " style=\"text-align:right;"
	    "font-variant-numeric:tabular-nums\"";
	char buf[160];
	size_t i, k;

	fprintf(f, "<div class=\"table\"><table>\n<caption class=\"meta\" "
	    "style=\"text-align:left\">%s</caption>\n<thead><tr>", caption);
	for (k = 0; k < ncols; k++)
		fprintf(f, "<th%s>%s</th>", metrics_col_numeric(cols[k]) ?
		    right : "", heads[cols[k]]);
	fputs("</tr></thead>\n<tbody>\n", f);
	for (i = 0; i < c->now.n; i++) {
		fputs("<tr>", f);
		for (k = 0; k < ncols; k++) {
			metrics_col_text(c, &c->now.v[i], cols[k], buf,
			    sizeof buf);
			fprintf(f, "<td data-label=\"%s\"%s>", heads[cols[k]],
			    metrics_col_numeric(cols[k]) ? right :
			    cols[k] == METRICS_COL_CHANGE ?
			    " style=\"white-space:nowrap\"" : "");
			if (cols[k] == METRICS_COL_SOURCE)
				html_text(f, c->now.v[i].source);
			else
				fputs(buf, f);
			fputs("</td>", f);
		}
		fputs("</tr>\n", f);
	}
	fputs("</tbody>\n</table></div>\n", f);
}

/*
 * The velocity chart as a table of bars. A bar is a top border, not a
 * background: browsers print borders, and drop backgrounds by default.
 */
static void
html_chart(FILE *f, const struct metrics_card *c)
{
	size_t *order = xcalloc(c->now.n, sizeof *order), i;
	double top = metrics_top_velocity(c);
	struct metrics_value vv;
	char vel[32];

	metrics_by_velocity(c, order);
	fputs("<div class=\"table\"><table>\n<caption class=\"meta\" "
	    "style=\"text-align:left\">Velocity by source (revenue per day)"
	    "</caption>\n<tbody>\n", f);
	for (i = 0; i < c->now.n; i++) {
		vv = metrics_figure(&c->now.v[order[i]], METRICS_VELOCITY);
		metrics_format_amount(vv, vel, sizeof vel);
		fputs("<tr><td data-label=\"Source\" style=\"width:30%\">", f);
		html_text(f, c->now.v[order[i]].source);
		fputs("</td><td data-label=\"Velocity/day\">", f);
		if (vv.ok && top > 0 && vv.v > 0)
			fprintf(f, "<span style=\"display:inline-block;"
			    "vertical-align:middle;margin-right:.5em;"
			    "width:%.1f%%;"
			    "border-top:.8em solid #5c6670\"></span>",
			    vv.v / top * 80);
		fprintf(f, "%s</td></tr>\n", vel);
	}
	fputs("</tbody>\n</table></div>\n", f);
	free(order);
}

/* HTML: the two tables, the chart, the sources to nurture. */
static void
write_html(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct metrics_card *c = card_of(v);
	size_t i, n = 0;
	char rate[32];

	(void)pos;
	if (c == NULL || c->now.n == 0) {
		fputs("<p class=\"none\">Lead-source scorecard: no "
		    "figures.</p>\n", f);
		return;
	}
	fprintf(f, "<p><strong>Lead-source scorecard</strong> (%zu source%s). ",
	    c->now.n, c->now.n == 1 ? "" : "s");
	write_basis(f, c);
	fputs("</p>\n", f);
	html_table(f, c, "What the CRM report gave", given, N(given));
	html_table(f, c, "What it means: rates of the stage before; velocity "
	    "is opportunities × win rate × average deal ÷ cycle days", meant,
	    N(meant));
	html_chart(f, c);
	for (i = 0; i < c->now.n; i++) {
		if (!metrics_nurture(c, &c->now.v[i]))
			continue;
		metrics_format_rate(metrics_figure(&c->now.v[i],
		    METRICS_LEAD_TO_SQL), rate, sizeof rate);
		fputs(n++ == 0 ? "<p class=\"callout\"><strong>Nurture longer "
		    "before sales:</strong> " : ", ", f);
		html_text(f, c->now.v[i].source);
		fprintf(f, " (%s lead-to-SQL)", rate);
	}
	if (n > 0)
		fputs(".</p>\n", f);
}

/* JSON: the "metrics" key. */
static void
write_json(struct json *j, const struct meeting_view *v, size_t pos)
{
	const struct metrics_card *c = card_of(v);
	struct metrics_card none;

	(void)pos;
	memset(&none, 0, sizeof none);
	json_key(j, "metrics");
	metrics_write_json(j, c != NULL ? c : &none);
}

const struct export_kind export_kind_metrics = {
	write_md, write_html, write_json
};
