/*
 * export_kind_objections.c: Q1's section of the minutes: the objections
 * heard in the meeting, how often, and each one's history.
 */
#include <stdlib.h>

#include "export_kind.h"
#include "format.h"
#include "prospect.h"

/* The tally the view holds, or NULL. */
static const struct prospect_tally *
tally_of(const struct meeting_view *v)
{
	return v->kind_data[KIND_OBJECTIONS];
}

/* Markdown: a table, one objection a row. */
static void
md(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct prospect_tally *t = tally_of(v);
	char *times, *history;
	size_t i;

	(void)pos;
	if (t == NULL)
		return;
	fputs("\n### Objections heard\n\n", f);
	if (t->n == 0) {
		fputs("*No objections were heard.*\n", f);
		return;
	}
	fputs("| Objection | Heard | History |\n"
	    "|-----------|-------|---------|\n", f);
	for (i = 0; i < t->n; i++) {
		times = prospect_times(&t->v[i]);
		history = prospect_history(&t->v[i], "this meeting");
		fputs("| ", f);
		format_md_cell(f, t->v[i].name);
		fprintf(f, " | %s | %s%s |\n", times, history,
		    t->v[i].requested > 0 ? " \xc2\xb7 content asked for" : "");
		free(times);
		free(history);
	}
}

/* HTML: the same table. */
static void
html(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct prospect_tally *t = tally_of(v);
	char *times, *history;
	size_t i;

	(void)pos;
	if (t == NULL)
		return;
	fputs("<h3>Objections heard</h3>\n", f);
	if (t->n == 0) {
		fputs("<p class=\"none\">No objections were heard.</p>\n", f);
		return;
	}
	fputs("<div class=\"table\"><table>\n<thead><tr><th>Objection</th>"
	    "<th>Heard</th><th>History</th></tr></thead>\n<tbody>\n", f);
	for (i = 0; i < t->n; i++) {
		times = prospect_times(&t->v[i]);
		history = prospect_history(&t->v[i], "this meeting");
		fputs("<tr><td class=\"title\"><bdi>", f);
		format_html(f, t->v[i].name, 1);
		fprintf(f, "</bdi></td><td data-label=\"Heard\">%s</td>"
		    "<td data-label=\"History\">%s%s</td></tr>\n", times,
		    history, t->v[i].requested > 0 ?
		    " \xc2\xb7 content asked for" : "");
		free(times);
		free(history);
	}
	fputs("</tbody>\n</table></div>\n", f);
}

/* JSON: "objections_heard", the tally as data. */
static void
json(struct json *j, const struct meeting_view *v, size_t pos)
{
	const struct prospect_tally *t = tally_of(v);
	const struct prospect_line *l;
	size_t i;

	(void)pos;
	if (t == NULL)
		return;
	json_key(j, "objections_heard");
	json_array_begin(j);
	for (i = 0; i < t->n; i++) {
		l = &t->v[i];
		json_object_begin(j);
		json_kv_string(j, "name", l->name);
		json_kv_int(j, "times", l->heard + l->parroted);
		json_kv_int(j, "heard", l->heard);
		json_kv_int(j, "parroted", l->parroted);
		json_kv_int(j, "meetings", l->meetings);
		json_kv_int(j, "of_last", l->window);
		json_kv_string(j, "first_heard", l->first);
		json_kv_string(j, "last_heard_before", l->before[0] != '\0' ?
		    l->before : NULL);
		json_kv_int(j, "requests", l->requested);
		json_kv_bool(j, "uncovered", prospect_line_uncovered(l));
		json_object_end(j);
	}
	json_array_end(j);
}

const struct export_kind export_kind_objections = { md, html, json };
