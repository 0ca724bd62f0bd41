/*
 * export_kind_wins.c: the olive branch in the minutes: what each side did
 * well and the newly won customers with their lead sources; "wins" in
 * JSON.
 */
#include <stdio.h>

#include "export.h"
#include "export_kind.h"
#include "format.h"
#include "win.h"

/* Who did well, as the minutes name them. */
static const char *
side_label(enum side s)
{
	return s == SIDE_SALES ? "Sales" : s == SIDE_MARKETING ? "Marketing" :
	    "Both";
}

/* The wins section in Markdown. */
static void
md(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct win_list *l = v->kind_data[KIND_WINS];
	size_t i;

	(void)pos;
	if (l == NULL)
		return;
	fputs("\n### What each side did well\n\n", f);
	if (win_count(l, WIN_WELL) == 0)
		fputs("*Nothing was named.*\n", f);
	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind != WIN_WELL)
			continue;
		fprintf(f, "- **%s:** ", side_label(l->v[i].side));
		format_md_text(f, l->v[i].text, 2);
		fputc('\n', f);
	}
	fputs("\n### Newly won customers\n\n", f);
	if (win_count(l, WIN_CUSTOMER) == 0)
		fputs("*None were shared.*\n", f);
	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind != WIN_CUSTOMER)
			continue;
		fputs("- ", f);
		format_md_text(f, l->v[i].text, 2);
		if (l->v[i].source != NULL) {
			fputs(" \xe2\x80\x94 lead source: ", f);
			format_md_text(f, l->v[i].source, 2);
		} else
			fputs(" \xe2\x80\x94 lead source not known", f);
		fputc('\n', f);
	}
}

/* User text, isolated from the text around it. */
static void
text(FILE *f, const char *s)
{
	fputs("<bdi>", f);
	format_html(f, s, 1);
	fputs("</bdi>", f);
}

/* The wins section in HTML. */
static void
html(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct win_list *l = v->kind_data[KIND_WINS];
	size_t i, n;

	(void)pos;
	if (l == NULL)
		return;
	fputs("<h3>What each side did well</h3>\n", f);
	if ((n = win_count(l, WIN_WELL)) == 0)
		fputs("<p class=\"none\">Nothing was named.</p>\n", f);
	else
		fputs("<ul>\n", f);
	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind != WIN_WELL)
			continue;
		fprintf(f, "<li><span class=\"tag\">%s</span>",
		    side_label(l->v[i].side));
		text(f, l->v[i].text);
		fputs("</li>\n", f);
	}
	if (n > 0)
		fputs("</ul>\n", f);
	fputs("<h3>Newly won customers</h3>\n", f);
	if ((n = win_count(l, WIN_CUSTOMER)) == 0)
		fputs("<p class=\"none\">None were shared.</p>\n", f);
	else
		fputs("<ul>\n", f);
	for (i = 0; i < l->n; i++) {
		if (l->v[i].kind != WIN_CUSTOMER)
			continue;
		fputs("<li>", f);
		text(f, l->v[i].text);
		if (l->v[i].source != NULL) {
			fputs(" <span class=\"who\">(lead source: ", f);
			text(f, l->v[i].source);
			fputs(")</span>", f);
		} else
			fputs(" <span class=\"who\">(lead source not known)"
			    "</span>", f);
		fputs("</li>\n", f);
	}
	if (n > 0)
		fputs("</ul>\n", f);
}

/* "wins": what each side did well, and the newly won customers. */
static void
json(struct json *j, const struct meeting_view *v, size_t pos)
{
	const struct win_list *l = v->kind_data[KIND_WINS];
	const struct win *w;
	size_t i, k;

	(void)pos;
	if (l == NULL)
		return;
	json_key(j, "wins");
	json_object_begin(j);
	for (k = 0; k < 2; k++) {
		json_key(j, k == 0 ? "did_well" : "customers");
		json_array_begin(j);
		for (i = 0; i < l->n; i++) {
			w = &l->v[i];
			if (w->kind != (k == 0 ? WIN_WELL : WIN_CUSTOMER))
				continue;
			json_object_begin(j);
			json_kv_int(j, "id", w->id);
			if (k == 0) {
				json_kv_string(j, "side", w->side != SIDE_NONE ?
				    export_side(w->side) : NULL);
				json_kv_string(j, "text", w->text);
			} else {
				json_kv_string(j, "name", w->text);
				json_kv_string(j, "source", w->source);
			}
			json_kv_string(j, "at", w->created_at);
			json_object_end(j);
		}
		json_array_end(j);
	}
	json_object_end(j);
}

const struct export_kind export_kind_wins = { md, html, json };
