/*
 * export_kind_definition.c: Q4's section of the minutes: the MQL
 * definition in force at the meeting's end with who agreed, what the
 * meeting changed in it, and the proposal left open with which side has
 * agreed; in Markdown and HTML under the item, and as "mql" in JSON.
 */
#include <stdio.h>
#include <stdlib.h>

#include "date.h"
#include "export.h"
#include "export_kind.h"
#include "format.h"
#include "mql.h"
#include "util.h"

static const struct mql_criteria no_criteria;

/* The definition the view holds, or NULL. */
static const struct mql_view *
mql_of(const struct meeting_view *v)
{
	return v->kind_data[KIND_DEFINITION];
}

/* A time as its day, "2026-11-23". */
static void
day_of(time_t t, char buf[11])
{
	date_format(date_from_time(t), buf);
}

/* The criteria of a version, or none. */
static const struct mql_criteria *
criteria_of(const struct mql_version *v)
{
	return v != NULL ? &v->criteria : &no_criteria;
}

/* 1 if the meeting changed which version is in force. */
static int
changed_here(const struct mql_view *mv)
{
	return mv->in_force != NULL && mv->in_force != mv->before;
}

/*
 * One side's agreement in words, user text through put: "sales (Dana
 * Reyes) agreed on 2026-11-23", or "sales has not agreed yet"; the
 * side's name capitalised when it starts a sentence.
 */
static void
agreement_words(FILE *f, const struct mql_version *v, enum side side,
    int capital, void (*put)(FILE *f, const char *s))
{
	const struct mql_agreement *a = mql_agreement(v, side);
	char when[11];

	if (capital)
		fputs(side == SIDE_SALES ? "Sales" : "Marketing", f);
	else
		fputs(agenda_side_name(side), f);
	if (a->at == 0) {
		fputs(" has not agreed yet", f);
		return;
	}
	day_of(a->at, when);
	if (a->by != NULL) {
		fputs(" (", f);
		put(f, a->by);
		fputc(')', f);
	}
	fprintf(f, " agreed on %s", when);
}

/* Who agreed to the version in force, or that the agenda gave it. */
static void
in_force_words(FILE *f, const struct mql_version *v,
    void (*put)(FILE *f, const char *s))
{
	char when[11];

	if (v->origin == MQL_AGENDA) {
		day_of(v->proposed_at, when);
		fprintf(f, "Version %d, from the agenda's criteria (%s).",
		    v->number, when);
		return;
	}
	fprintf(f, "Version %d: ", v->number);
	agreement_words(f, v, SIDE_SALES, 0, put);
	fputs(", ", f);
	agreement_words(f, v, SIDE_MARKETING, 0, put);
	fputc('.', f);
}

/* Markdown text in a paragraph. */
static void
md_text(FILE *f, const char *s)
{
	format_md_text(f, s, 0);
}

/* Markdown: the criteria as a table. */
static void
md_criteria(FILE *f, const struct mql_criteria *c)
{
	size_t i;

	fputs("\n| Criterion | Value |\n|-----------|-------|\n", f);
	for (i = 0; i < c->n; i++) {
		fputs("| ", f);
		format_md_cell(f, c->v[i].key);
		fputs(" | ", f);
		format_md_cell(f, c->v[i].value);
		fputs(" |\n", f);
	}
}

/*
 * Markdown: what changed from old to new, a list item each. "*" bullets:
 * the item's captures follow as a "-" list, and a list of other bullets
 * is a list of its own, not one with them.
 */
static void
md_diff(FILE *f, const struct mql_criteria *old, const struct mql_criteria *new)
{
	struct mql_diff d;
	size_t i;

	mql_diff(old, new, &d);
	fputc('\n', f);
	for (i = 0; i < d.n; i++) {
		fprintf(f, "* %s **", mql_diff_kind_name(d.v[i].kind));
		format_md_text(f, d.v[i].key, 2);
		fputs("**: ", f);
		if (d.v[i].kind == MQL_REMOVED)
			fputs("was ", f);
		format_md_text(f, d.v[i].old_value != NULL ? d.v[i].old_value :
		    d.v[i].new_value, 2);
		if (d.v[i].kind == MQL_CHANGED) {
			fputs(" \xe2\x86\x92 ", f);
			format_md_text(f, d.v[i].new_value, 2);
		}
		fputc('\n', f);
	}
	mql_diff_fini(&d);
}

/* Markdown: before any version, the agenda's criteria. */
static void
md_no_version(FILE *f, const struct mql_view *mv)
{
	struct mql_criteria c = { NULL, 0 };
	size_t i;

	if (mv->item == NULL || mv->item->ncriteria == 0) {
		fputs("\n*No MQL definition yet.*\n", f);
		return;
	}
	fputs("\n### MQL criteria in the agenda\n\n*No version was "
	    "recorded.*\n", f);
	for (i = 0; i < mv->item->ncriteria; i++)
		mql_criteria_add(&c, mv->item->criteria[i].key,
		    mv->item->criteria[i].value);
	md_criteria(f, &c);
	mql_criteria_fini(&c);
}

/* Markdown: the definition under the Q4 item. */
static void
write_md(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct mql_view *mv = mql_of(v);

	(void)pos;
	if (mv == NULL)
		return;
	if (mv->in_force != NULL) {
		fputs("\n### MQL definition in force\n\n", f);
		in_force_words(f, mv->in_force, md_text);
		fputc('\n', f);
		md_criteria(f, &mv->in_force->criteria);
	} else if (mv->proposal == NULL)
		md_no_version(f, mv);
	if (changed_here(mv)) {
		if (mv->before != NULL)
			fprintf(f, "\n### Changed in this meeting: version %d "
			    "\xe2\x86\x92 version %d\n", mv->before->number,
			    mv->in_force->number);
		else
			fprintf(f, "\n### Came into force in this meeting: "
			    "version %d\n", mv->in_force->number);
		md_diff(f, criteria_of(mv->before), &mv->in_force->criteria);
	}
	if (mv->proposal != NULL) {
		fprintf(f, "\n### Proposed, not in force: version %d\n\n",
		    mv->proposal->number);
		agreement_words(f, mv->proposal, SIDE_SALES, 1, md_text);
		fputs("; ", f);
		agreement_words(f, mv->proposal, SIDE_MARKETING, 0, md_text);
		fputs(".\n", f);
		md_diff(f, criteria_of(mv->in_force), &mv->proposal->criteria);
	}
}

/* HTML text in an element. */
static void
html_text(FILE *f, const char *s)
{
	fputs("<bdi>", f);
	format_html(f, s, 1);
	fputs("</bdi>", f);
}

/* HTML: the criteria as a table. */
static void
html_criteria(FILE *f, const struct mql_criteria *c)
{
	size_t i;

	fputs("<div class=\"table\"><table>\n<thead><tr><th>Criterion</th>"
	    "<th>Value</th></tr></thead>\n<tbody>\n", f);
	for (i = 0; i < c->n; i++) {
		fputs("<tr><td class=\"title\">", f);
		html_text(f, c->v[i].key);
		fputs("</td><td data-label=\"Value\">", f);
		html_text(f, c->v[i].value);
		fputs("</td></tr>\n", f);
	}
	fputs("</tbody>\n</table></div>\n", f);
}

/* HTML: what changed from old to new, a list item each. */
static void
html_diff(FILE *f, const struct mql_criteria *old,
    const struct mql_criteria *new)
{
	struct mql_diff d;
	size_t i;

	mql_diff(old, new, &d);
	fputs("<ul>\n", f);
	for (i = 0; i < d.n; i++) {
		fprintf(f, "<li><span class=\"tag\">%s</span> <strong>",
		    mql_diff_kind_name(d.v[i].kind));
		html_text(f, d.v[i].key);
		fputs("</strong>: ", f);
		if (d.v[i].kind == MQL_REMOVED)
			fputs("was ", f);
		html_text(f, d.v[i].old_value != NULL ? d.v[i].old_value :
		    d.v[i].new_value);
		if (d.v[i].kind == MQL_CHANGED) {
			fputs(" \xe2\x86\x92 ", f);
			html_text(f, d.v[i].new_value);
		}
		fputs("</li>\n", f);
	}
	fputs("</ul>\n", f);
	mql_diff_fini(&d);
}

/* HTML: before any version, the agenda's criteria. */
static void
html_no_version(FILE *f, const struct mql_view *mv)
{
	struct mql_criteria c = { NULL, 0 };
	size_t i;

	if (mv->item == NULL || mv->item->ncriteria == 0) {
		fputs("<p class=\"none\">No MQL definition yet.</p>\n", f);
		return;
	}
	fputs("<h3>MQL criteria in the agenda</h3>\n<p class=\"none\">No "
	    "version was recorded.</p>\n", f);
	for (i = 0; i < mv->item->ncriteria; i++)
		mql_criteria_add(&c, mv->item->criteria[i].key,
		    mv->item->criteria[i].value);
	html_criteria(f, &c);
	mql_criteria_fini(&c);
}

/* HTML: the definition under the Q4 item. */
static void
write_html(FILE *f, const struct meeting_view *v, size_t pos)
{
	const struct mql_view *mv = mql_of(v);

	(void)pos;
	if (mv == NULL)
		return;
	if (mv->in_force != NULL) {
		fputs("<h3>MQL definition in force</h3>\n<p>", f);
		in_force_words(f, mv->in_force, html_text);
		fputs("</p>\n", f);
		html_criteria(f, &mv->in_force->criteria);
	} else if (mv->proposal == NULL)
		html_no_version(f, mv);
	if (changed_here(mv)) {
		if (mv->before != NULL)
			fprintf(f, "<h3>Changed in this meeting: version %d "
			    "\xe2\x86\x92 version %d</h3>\n",
			    mv->before->number, mv->in_force->number);
		else
			fprintf(f, "<h3>Came into force in this meeting: "
			    "version %d</h3>\n", mv->in_force->number);
		html_diff(f, criteria_of(mv->before), &mv->in_force->criteria);
	}
	if (mv->proposal != NULL) {
		fprintf(f, "<h3>Proposed, not in force: version %d</h3>\n<p>",
		    mv->proposal->number);
		agreement_words(f, mv->proposal, SIDE_SALES, 1, html_text);
		fputs("; ", f);
		agreement_words(f, mv->proposal, SIDE_MARKETING, 0, html_text);
		fputs(".</p>\n", f);
		html_diff(f, criteria_of(mv->in_force),
		    &mv->proposal->criteria);
	}
}

/* A time as stored, or null for 0. */
static void
kv_time(struct json *j, const char *key, time_t t)
{
	char iso[20];

	json_key(j, key);
	if (t == 0) {
		json_null(j);
		return;
	}
	clock_iso(t, iso);
	json_string(j, iso);
}

/* "agreed": each side's agreement, {at, by} or null. */
static void
json_agreed(struct json *j, const struct mql_version *v)
{
	static const enum side sides[] = { SIDE_SALES, SIDE_MARKETING };
	const struct mql_agreement *a;
	size_t i;

	json_key(j, "agreed");
	json_object_begin(j);
	for (i = 0; i < 2; i++) {
		a = mql_agreement(v, sides[i]);
		json_key(j, agenda_side_name(sides[i]));
		if (a->at == 0) {
			json_null(j);
			continue;
		}
		json_object_begin(j);
		kv_time(j, "at", a->at);
		json_kv_string(j, "by", a->by);
		json_object_end(j);
	}
	json_object_end(j);
}

/* "criteria": [{key, value}...] in order. */
static void
json_criteria(struct json *j, const struct mql_criteria *c)
{
	size_t i;

	json_key(j, "criteria");
	json_array_begin(j);
	for (i = 0; i < c->n; i++) {
		json_object_begin(j);
		json_kv_string(j, "key", c->v[i].key);
		json_kv_string(j, "value", c->v[i].value);
		json_object_end(j);
	}
	json_array_end(j);
}

/* "changes": [{key, change, old, new}...] from old to new. */
static void
json_changes(struct json *j, const struct mql_criteria *old,
    const struct mql_criteria *new)
{
	struct mql_diff d;
	size_t i;

	mql_diff(old, new, &d);
	json_key(j, "changes");
	json_array_begin(j);
	for (i = 0; i < d.n; i++) {
		json_object_begin(j);
		json_kv_string(j, "key", d.v[i].key);
		json_kv_string(j, "change", mql_diff_kind_name(d.v[i].kind));
		json_kv_string(j, "old", d.v[i].old_value);
		json_kv_string(j, "new", d.v[i].new_value);
		json_object_end(j);
	}
	json_array_end(j);
	mql_diff_fini(&d);
}

/* "proposal": the version open at the end, or null. */
static void
json_proposal(struct json *j, const struct mql_view *mv)
{
	const struct mql_version *p = mv->proposal;

	json_key(j, "proposal");
	if (p == NULL) {
		json_null(j);
		return;
	}
	json_object_begin(j);
	json_kv_int(j, "version", p->number);
	kv_time(j, "proposed_at", p->proposed_at);
	json_agreed(j, p);
	json_criteria(j, &p->criteria);
	json_changes(j, criteria_of(mv->in_force), &p->criteria);
	json_object_end(j);
}

/* JSON: "mql", the definition in force, what changed, the proposal. */
static void
write_json(struct json *j, const struct meeting_view *v, size_t pos)
{
	const struct mql_view *mv = mql_of(v);
	const struct mql_version *force;

	(void)pos;
	if (mv == NULL)
		return;
	force = mv->in_force;
	json_key(j, "mql");
	json_object_begin(j);
	json_key(j, "version");
	if (force != NULL)
		json_int(j, force->number);
	else
		json_null(j);
	json_kv_string(j, "origin", force == NULL ? NULL :
	    force->origin == MQL_AGENDA ? "agenda" : "proposed");
	if (force != NULL)
		json_agreed(j, force);
	else {
		json_key(j, "agreed");
		json_null(j);
	}
	json_criteria(j, criteria_of(force));
	json_key(j, "changed_from");
	if (changed_here(mv) && mv->before != NULL)
		json_int(j, mv->before->number);
	else
		json_null(j);
	json_changes(j, changed_here(mv) ? criteria_of(mv->before) :
	    &no_criteria, changed_here(mv) ? &force->criteria : &no_criteria);
	json_proposal(j, mv);
	json_object_end(j);
}

const struct export_kind export_kind_definition = {
	write_md, write_html, write_json
};
