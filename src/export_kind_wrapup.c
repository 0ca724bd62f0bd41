/*
 * export_kind_wrapup.c: the wrap-up's own section of the minutes: the
 * meeting's rating, each attendee's, the average and its trend; "rating"
 * in JSON. (Today's actions, what was missed and the decisions have
 * sections of their own at the end of the minutes.)
 */
#include <stdio.h>

#include "export.h"
#include "export_kind.h"
#include "format.h"
#include "rating.h"
#include "spark.h"

/* The average and its trend in a sentence. No user text. */
static void
summary(FILE *f, const struct rating_view *r, const char *bold)
{
	char spark[SPARK_SIZE(RATING_HISTORY)], since[11];
	double today = rating_today(r), before = rating_previous(r, since);

	if (today < 0) {
		fputs("Nobody rated this meeting.", f);
		return;
	}
	rating_spark(r, spark, sizeof spark);
	fprintf(f, "Average %s%.1f%s from %zu of %zu attendees", bold, today,
	    bold, rating_count(r), r->n);
	if (before >= 0)
		fprintf(f, "; the last rated meeting (%s) had %.1f: %s", since,
		    before, today > before + 0.05 ? "up" : today < before -
		    0.05 ? "down" : "the same");
	if (r->nhistory > 1)
		fprintf(f, ". Trend, oldest first: %s", spark);
	fputc('.', f);
}

/* The rating section in Markdown. */
static void
md(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct rating_view *r = v->kind_data[KIND_WRAPUP];
	size_t i;

	(void)pos;
	if (r == NULL)
		return;
	fputs("\n### The meeting's rating\n\n", f);
	summary(f, r, "**");
	fputc('\n', f);
	if (r->n > 0)
		fputs("\n| Attendee | Side | Rating |\n"
		    "|----------|------|-------:|\n", f);
	for (i = 0; i < r->n; i++) {
		fputs("| ", f);
		format_md_cell(f, r->v[i].name);
		fprintf(f, " | %s | ", export_side(r->v[i].side));
		if (r->v[i].value > 0)
			fprintf(f, "%d |\n", r->v[i].value);
		else
			fputs("*none* |\n", f);
	}
}

/* The rating section in HTML. */
static void
html(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct rating_view *r = v->kind_data[KIND_WRAPUP];
	size_t i;

	(void)pos;
	if (r == NULL)
		return;
	fputs("<h3>The meeting's rating</h3>\n<p>", f);
	summary(f, r, "");
	fputs("</p>\n", f);
	if (r->n > 0)
		fputs("<div class=\"table\"><table>\n<thead><tr><th>Attendee"
		    "</th><th>Side</th><th>Rating</th></tr></thead>\n<tbody>\n",
		    f);
	for (i = 0; i < r->n; i++) {
		fputs("<tr><td><bdi>", f);
		format_html(f, r->v[i].name, 1);
		fprintf(f, "</bdi></td><td data-label=\"Side\">%s</td>"
		    "<td data-label=\"Rating\">", export_side(r->v[i].side));
		if (r->v[i].value > 0)
			fprintf(f, "%d</td></tr>\n", r->v[i].value);
		else
			fputs("<span class=\"none\">none</span></td></tr>\n",
			    f);
	}
	if (r->n > 0)
		fputs("</tbody>\n</table></div>\n", f);
}

/* An average, null when nobody rated. */
static void
kv_average(struct json *j, const char *key, double avg)
{
	json_key(j, key);
	if (avg >= 0)
		json_double(j, avg);
	else
		json_null(j);
}

/*
 * "rating": each attendee's (null: none given), the average, and the
 * earlier rated meetings of the trend, oldest first.
 */
static void
json(struct json *j, const struct meeting_view *v, size_t pos)
{
	const struct rating_view *r = v->kind_data[KIND_WRAPUP];
	size_t i;

	(void)pos;
	if (r == NULL)
		return;
	json_key(j, "rating");
	json_object_begin(j);
	kv_average(j, "average", rating_today(r));
	json_kv_int(j, "count", (long)rating_count(r));
	json_key(j, "ratings");
	json_array_begin(j);
	for (i = 0; i < r->n; i++) {
		json_object_begin(j);
		json_kv_string(j, "name", r->v[i].name);
		json_kv_string(j, "side", r->v[i].side != SIDE_NONE ?
		    export_side(r->v[i].side) : NULL);
		json_key(j, "rating");
		if (r->v[i].value > 0)
			json_int(j, r->v[i].value);
		else
			json_null(j);
		json_object_end(j);
	}
	json_array_end(j);
	json_key(j, "history");
	json_array_begin(j);
	for (i = 0; i + 1 < r->nhistory; i++) {
		json_object_begin(j);
		json_kv_int(j, "meeting", r->history[i].meeting_id);
		json_kv_string(j, "date", r->history[i].date);
		kv_average(j, "average", rating_average(&r->history[i]));
		json_kv_int(j, "count", r->history[i].count);
		json_object_end(j);
	}
	json_array_end(j);
	json_object_end(j);
}

const struct export_kind export_kind_wrapup = { md, html, json };
