/*
 * export_kind_pulse.c: the pulse in the minutes: each side's tension and
 * friction with the change since its last rating and the sparkline of the
 * last meetings, the reasons, and the early warnings; "pulse" in JSON.
 */
#include <stdio.h>

#include "export.h"
#include "export_kind.h"
#include "format.h"
#include "pulse.h"
#include "spark.h"

static const enum side sides[2] = { SIDE_SALES, SIDE_MARKETING };

/* "4, up from 2 · ▃▆" for a cell; "not rated · ▃·". No user text. */
static void
measure(FILE *f, const struct pulse_view *p, enum side s,
    enum pulse_measure m)
{
	const struct pulse_rating *r = pulse_today(p, s);
	int now = r != NULL ? r->value[m] : 0;
	int before = pulse_previous(p, s, m, NULL);
	char spark[SPARK_SIZE(PULSE_HISTORY)];

	pulse_spark(p, s, m, spark, sizeof spark);
	if (now == 0)
		fputs("not rated", f);
	else if (before == 0)
		fprintf(f, "%d", now);
	else if (now == before)
		fprintf(f, "%d, as before", now);
	else
		fprintf(f, "%d, %s from %d", now, now > before ? "up" : "down",
		    before);
	if (p->n > 1)
		fprintf(f, " \xc2\xb7 %s", spark);
}

/* The pulse section in Markdown. */
static void
md(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct pulse_view *p = v->kind_data[KIND_PULSE];
	struct pulse_warning w[4];
	size_t i, n;

	(void)pos;
	if (p == NULL)
		return;
	fputs("\n### Tension and friction\n\n"
	    "*1 calm to 5 about to break; the trend covers the last meetings "
	    "that rated, oldest first (\xc2\xb7 not rated).*\n\n"
	    "| Side | Economic tension | Cultural friction | Why |\n"
	    "|------|------------------|-------------------|-----|\n", f);
	for (i = 0; i < 2; i++) {
		const struct pulse_rating *r = pulse_today(p, sides[i]);

		fprintf(f, "| %s | ", sides[i] == SIDE_SALES ? "Sales" :
		    "Marketing");
		measure(f, p, sides[i], PULSE_TENSION);
		fputs(" | ", f);
		measure(f, p, sides[i], PULSE_FRICTION);
		fputs(" | ", f);
		if (r != NULL && r->reason != NULL)
			format_md_cell(f, r->reason);
		fputs(" |\n", f);
	}
	n = pulse_warnings(p, w);
	if (n > 0)
		fputc('\n', f);
	for (i = 0; i < n; i++)
		fprintf(f, "- **Early warning:** %s on the %s side rose from "
		    "%d to %d since %s.\n", pulse_measure_label(w[i].measure),
		    export_side(w[i].side), w[i].from, w[i].to, w[i].since);
}

/* The pulse section in HTML. */
static void
html(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct pulse_view *p = v->kind_data[KIND_PULSE];
	struct pulse_warning w[4];
	size_t i, n;

	(void)pos;
	if (p == NULL)
		return;
	fputs("<h3>Tension and friction</h3>\n<p class=\"meta\">1 calm to 5 "
	    "about to break; the trend covers the last meetings that rated, "
	    "oldest first (\xc2\xb7 not rated).</p>\n<div class=\"table\">"
	    "<table>\n<thead><tr><th>Side</th><th>Economic tension</th>"
	    "<th>Cultural friction</th><th>Why</th></tr></thead>\n<tbody>\n",
	    f);
	for (i = 0; i < 2; i++) {
		const struct pulse_rating *r = pulse_today(p, sides[i]);

		fprintf(f, "<tr><td>%s</td><td data-label=\"Tension\">",
		    sides[i] == SIDE_SALES ? "Sales" : "Marketing");
		measure(f, p, sides[i], PULSE_TENSION);
		fputs("</td><td data-label=\"Friction\">", f);
		measure(f, p, sides[i], PULSE_FRICTION);
		fputs("</td><td data-label=\"Why\">", f);
		if (r != NULL && r->reason != NULL) {
			fputs("<bdi>", f);
			format_html(f, r->reason, 1);
			fputs("</bdi>", f);
		}
		fputs("</td></tr>\n", f);
	}
	fputs("</tbody>\n</table></div>\n", f);
	n = pulse_warnings(p, w);
	for (i = 0; i < n; i++)
		fprintf(f, "<p class=\"callout\"><strong>Early warning:"
		    "</strong> %s on the %s side rose from %d to %d since "
		    "<span class=\"date\">%s</span>.</p>\n",
		    pulse_measure_label(w[i].measure), export_side(w[i].side),
		    w[i].from, w[i].to, w[i].since);
}

/* A rating as a number, null when not given. */
static void
kv_value(struct json *j, const char *key, int v)
{
	json_key(j, key);
	if (v > 0)
		json_int(j, v);
	else
		json_null(j);
}

/* One side's rating of one meeting, as an object's fields. */
static void
json_rating(struct json *j, enum side s, const struct pulse_rating *r)
{
	json_kv_string(j, "side", export_side(s));
	kv_value(j, "tension", r->value[PULSE_TENSION]);
	kv_value(j, "friction", r->value[PULSE_FRICTION]);
}

/*
 * "pulse": this meeting's ratings (sides that rated), the ratings of the
 * earlier meetings of the trend, and the early warnings.
 */
static void
json(struct json *j, const struct meeting_view *v, size_t pos)
{
	const struct pulse_view *p = v->kind_data[KIND_PULSE];
	struct pulse_warning w[4];
	const struct pulse_rating *r;
	size_t i, k, n;

	(void)pos;
	if (p == NULL)
		return;
	json_key(j, "pulse");
	json_object_begin(j);
	json_key(j, "ratings");
	json_array_begin(j);
	for (k = 0; k < 2; k++) {
		if ((r = pulse_today(p, sides[k])) == NULL ||
		    r->value[PULSE_TENSION] == 0)
			continue;
		json_object_begin(j);
		json_rating(j, sides[k], r);
		json_kv_string(j, "reason", r->reason);
		json_object_end(j);
	}
	json_array_end(j);
	json_key(j, "history");
	json_array_begin(j);
	for (i = 0; i + 1 < p->n; i++) {
		for (k = 0; k < 2; k++) {
			if (p->v[i].side[k].value[PULSE_TENSION] == 0)
				continue;
			json_object_begin(j);
			json_kv_int(j, "meeting", p->v[i].meeting_id);
			json_kv_string(j, "date", p->v[i].date);
			json_rating(j, sides[k], &p->v[i].side[k]);
			json_object_end(j);
		}
	}
	json_array_end(j);
	json_key(j, "warnings");
	json_array_begin(j);
	n = pulse_warnings(p, w);
	for (i = 0; i < n; i++) {
		json_object_begin(j);
		json_kv_string(j, "side", export_side(w[i].side));
		json_kv_string(j, "measure", pulse_measure_name(w[i].measure));
		json_kv_int(j, "from", w[i].from);
		json_kv_int(j, "to", w[i].to);
		json_kv_string(j, "since", w[i].since);
		json_object_end(j);
	}
	json_array_end(j);
	json_object_end(j);
}

const struct export_kind export_kind_pulse = { md, html, json };
