/*
 * export_kind_requests.c: Q2's section of the minutes: each content
 * request as objection -> request -> action, then the objections heard
 * again that no request answers.
 */
#include <stdlib.h>

#include "export_kind.h"
#include "format.h"
#include "request.h"
#include "util.h"

/* The requests item's data in the view, or NULL. */
static const struct request_data *
data_of(const struct meeting_view *v)
{
	return v->kind_data[KIND_REQUESTS];
}

/* Markdown: an action's owner and due date, each called out when missing. */
static void
md_owner_due(FILE *f, const struct action *a)
{
	fputs(" (", f);
	if (util_blank(a->owner))
		fputs("**no owner**", f);
	else
		format_md_text(f, a->owner, 2);
	if (a->due[0] != '\0')
		fprintf(f, ", due %s)", a->due);
	else
		fputs(", **no due date**)", f);
}

/* Markdown: one request as its chain. */
static void
md_chain(FILE *f, const struct meeting_view *v, const struct request *r)
{
	const struct action *a = view_action(v, r->action_id);

	fputs("- ", f);
	if (r->objection != NULL) {
		fputs("\xe2\x80\x9c", f);
		format_md_text(f, r->objection, 2);
		fputs("\xe2\x80\x9d", f);
	} else
		fputs("*(no objection)*", f);
	fputs(" \xe2\x86\x92 **", f);
	format_md_text(f, r->asset, 2);
	fputs("**", f);
	if (r->needed_by != NULL) {
		fputs(", for ", f);
		format_md_text(f, r->needed_by, 2);
	}
	if (a != NULL) {
		fprintf(f, " \xe2\x86\x92 action #%ld", a->id);
		md_owner_due(f, a);
	}
	fputc('\n', f);
}

/* Markdown: the chains, then the objections left without. */
static void
md(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct request_data *d = data_of(v);
	char *history;
	size_t i;

	(void)pos;
	if (d == NULL)
		return;
	fputs("\n### Content requested\n\n", f);
	if (d->requests.n == 0)
		fputs("*No content was requested.*\n", f);
	for (i = 0; i < d->requests.n; i++)
		md_chain(f, v, &d->requests.v[i]);
	if (prospect_uncovered(&d->tally) == 0)
		return;
	fputs("\n**Heard again, and no content asked for:**\n\n", f);
	for (i = 0; i < d->tally.n; i++) {
		if (!prospect_line_uncovered(&d->tally.v[i]))
			continue;
		history = prospect_history(&d->tally.v[i], "this meeting");
		fputs("- ", f);
		format_md_text(f, d->tally.v[i].name, 2);
		fprintf(f, " (%s)\n", history);
		free(history);
	}
}

/* HTML: user text, isolated for right-to-left scripts. */
static void
text(FILE *f, const char *s)
{
	fputs("<bdi>", f);
	format_html(f, s, 1);
	fputs("</bdi>", f);
}

/* HTML: one request as its chain. */
static void
html_chain(FILE *f, const struct meeting_view *v, const struct request *r)
{
	const struct action *a = view_action(v, r->action_id);

	fputs("<li>", f);
	if (r->objection != NULL) {
		fputs("<q>", f);
		text(f, r->objection);
		fputs("</q>", f);
	} else
		fputs("<span class=\"none\">(no objection)</span>", f);
	fputs(" \xe2\x86\x92 <strong>", f);
	text(f, r->asset);
	fputs("</strong>", f);
	if (r->needed_by != NULL) {
		fputs(", for ", f);
		text(f, r->needed_by);
	}
	if (a != NULL) {
		fprintf(f, " \xe2\x86\x92 <a href=\"#action-%ld\">action "
		    "#%ld</a> <span class=\"who\">(", a->id, a->id);
		if (util_blank(a->owner))
			fputs("<span class=\"missing\">no owner</span>", f);
		else
			text(f, a->owner);
		if (a->due[0] != '\0')
			fprintf(f, ", due <span class=\"date\">%s</span>)"
			    "</span>", a->due);
		else
			fputs(", <span class=\"missing\">no due date</span>)"
			    "</span>", f);
	}
	fputs("</li>\n", f);
}

/* HTML: the chains, then the objections left without. */
static void
html(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct request_data *d = data_of(v);
	char *history;
	size_t i;

	(void)pos;
	if (d == NULL)
		return;
	fputs("<h3>Content requested</h3>\n", f);
	if (d->requests.n == 0)
		fputs("<p class=\"none\">No content was requested.</p>\n", f);
	else
		fputs("<ul>\n", f);
	for (i = 0; i < d->requests.n; i++)
		html_chain(f, v, &d->requests.v[i]);
	if (d->requests.n > 0)
		fputs("</ul>\n", f);
	if (prospect_uncovered(&d->tally) == 0)
		return;
	fputs("<div class=\"callout\"><strong>Heard again, and no content "
	    "asked for:</strong>\n<ul>\n", f);
	for (i = 0; i < d->tally.n; i++) {
		if (!prospect_line_uncovered(&d->tally.v[i]))
			continue;
		history = prospect_history(&d->tally.v[i], "this meeting");
		fputs("<li>", f);
		text(f, d->tally.v[i].name);
		fprintf(f, " <span class=\"who\">(%s)</span></li>\n", history);
		free(history);
	}
	fputs("</ul></div>\n", f);
}

/* JSON: "requests", each with its objection and its action. */
static void
json(struct json *j, const struct meeting_view *v, size_t pos)
{
	const struct request_data *d = data_of(v);
	const struct request *r;
	const struct action *a;
	size_t i;

	(void)pos;
	if (d == NULL)
		return;
	json_key(j, "requests");
	json_array_begin(j);
	for (i = 0; i < d->requests.n; i++) {
		r = &d->requests.v[i];
		a = view_action(v, r->action_id);
		json_object_begin(j);
		json_kv_int(j, "id", r->id);
		json_kv_string(j, "asset", r->asset);
		json_kv_string(j, "objection", r->objection);
		json_kv_string(j, "needed_by", r->needed_by);
		json_kv_id(j, "action_id", a != NULL ? a->id : 0);
		json_kv_string(j, "owner", a != NULL ? a->owner : NULL);
		json_kv_string(j, "due", a != NULL && a->due[0] != '\0' ?
		    a->due : NULL);
		json_kv_string(j, "status", a != NULL ?
		    action_status_name(a->status) : NULL);
		json_object_end(j);
	}
	json_array_end(j);
}

const struct export_kind export_kind_requests = { md, html, json };
