/*
 * export_html.c: the minutes as one self-contained HTML page, to mail
 * around, read on a phone or print on A4. Nothing outside the file is
 * fetched: the style is inline, there is no script, font or image, and a
 * Content-Security-Policy forbids any. All user text goes through
 * format_html, isolated in <bdi> so right-to-left text keeps to itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "export_kind.h"
#include "format.h"
#include "util.h"

/*
 * Sober and readable: the reader's system font, one column of text, thin
 * rules, grey for what is secondary. Narrow screens get the tables as
 * cards; paper gets black text, no backgrounds, rows kept whole.
 */
static const char style[] =
":root{color-scheme:light}\n"
"*{box-sizing:border-box}\n"
"html{-webkit-text-size-adjust:100%;text-size-adjust:100%}\n"
"body{margin:0;background:#f3f3f1;color:#1d2125;font:1rem/1.55 "
"system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,"
"sans-serif}\n"
"main{max-width:48rem;margin:0 auto;padding:2.25rem 1.5rem 3rem;"
"background:#fff}\n"
"header{margin-bottom:1.5rem}\n"
".kicker{margin:0;font-size:.75rem;font-weight:600;letter-spacing:.09em;"
"text-transform:uppercase;color:#5c6670}\n"
"h1{margin:.2rem 0 .6rem;font-size:1.8rem;line-height:1.2;"
"font-weight:650}\n"
".facts{margin:0;color:#4a535c}\n"
".facts span:not(:last-child)::after{content:\"\xc2\xb7\";"
"margin-left:.35em;color:#9aa3ab}\n"
"code{white-space:nowrap}\n"
"h2{margin:2.2rem 0 .3rem;padding-top:1rem;border-top:1px solid #dde1e5;"
"font-size:1.2rem;line-height:1.3;font-weight:650}\n"
"h2 .n{color:#8a939b;font-variant-numeric:tabular-nums;margin-right:.4em}\n"
"h3{margin:1.3rem 0 .4rem;font-size:.8rem;letter-spacing:.06em;"
"text-transform:uppercase;color:#4a535c}\n"
".meta{margin:0 0 .8rem;font-size:.9rem;color:#5c6670}\n"
".late{color:#9a3412;font-weight:600}\n"
".none{color:#5c6670;font-style:italic}\n"
"ul{margin:.5rem 0;padding-left:1.3rem}\n"
"li{margin:.35rem 0}\n"
"dl.team{display:grid;grid-template-columns:max-content 1fr;"
"gap:.2rem 1rem;margin:.5rem 0}\n"
"dl.team dt{font-weight:600}\n"
"dl.team dd{margin:0}\n"
".tag{display:inline-block;margin-right:.45em;padding:0 .4em;"
"border:1px solid #c9d0d6;border-radius:3px;font-size:.7rem;"
"font-weight:700;letter-spacing:.05em;line-height:1.6;"
"text-transform:uppercase;vertical-align:.1em;color:#3b444c}\n"
".who{color:#4a535c}\n"
".missing{font-weight:700;color:#9a3412}\n"
"dl.parrot{display:grid;grid-template-columns:max-content 1fr;"
"gap:.15rem .8rem;margin:.3rem 0 .2rem;font-size:.95rem}\n"
"dl.parrot dt{color:#5c6670}\n"
"dl.parrot dd{margin:0}\n"
"q{quotes:\"\\201c\" \"\\201d\"}\n"
".private{margin:.5rem 0;padding:.35rem .7rem;border:2px solid #b42318;"
"border-left-width:6px;background:#fef3f2;list-style:none}\n"
"dd.private{margin:0}\n"
".tag.private-tag{border-color:#b42318;background:#b42318;color:#fff}\n"
".banner{margin:0 0 1.5rem;padding:.7rem .9rem;border:2px solid #b42318;"
"border-left-width:6px;background:#fef3f2}\n"
".table{overflow-x:auto}\n"
"table{width:100%;border-collapse:collapse;font-size:.93rem;"
"margin:.5rem 0}\n"
"th,td{padding:.4rem .5rem;border-bottom:1px solid #e3e6e9;"
"text-align:left;vertical-align:top}\n"
"th{font-size:.75rem;letter-spacing:.05em;text-transform:uppercase;"
"color:#4a535c;border-bottom:2px solid #c9d0d6}\n"
"td.id,th.id{text-align:right;font-variant-numeric:tabular-nums;"
"color:#5c6670;width:2.5rem}\n"
"td.title{width:40%}\n"
".date{white-space:nowrap}\n"
"td.due{white-space:nowrap;font-variant-numeric:tabular-nums}\n"
".callout{margin:.6rem 0;padding:.5rem .7rem;border-left:4px solid "
"#9a3412;background:#fff7ed;font-size:.95rem}\n"
"a{color:inherit}\n"
"footer{margin-top:2.5rem;padding-top:.8rem;border-top:1px solid #dde1e5;"
"font-size:.8rem;color:#5c6670}\n"
"@media (max-width:36rem){\n"
"main{padding:1.25rem 1rem 2rem}\n"
"h1{font-size:1.45rem}\n"
"table,tbody,tr,td{display:block;width:auto}\n"
"thead{display:none}\n"
"tr{padding:.5rem 0;border-bottom:1px solid #dde1e5}\n"
"td{padding:.05rem 0;border:0}\n"
"td.id,td.title{display:inline;padding:0;width:auto}\n"
"td.id{width:auto;margin-right:.4em}\n"
"td.id::before{content:\"#\"}\n"
"td[data-label]::before{content:attr(data-label) \": \";color:#5c6670;"
"font-size:.85rem}\n"
"td.title{font-weight:600}\n"
"}\n"
"@page{size:A4;margin:16mm 15mm 18mm}\n"
"@media print{\n"
"html{font-size:10.5pt}\n"
"body{background:none;color:#000}\n"
".table{overflow:visible}\n"
"main{max-width:none;padding:0}\n"
".kicker,.facts,.meta,h3,th,.who,td.id,dl.parrot dt,footer,"
".none{color:#333}\n"
".late,.missing{color:#000}\n"
".callout{border-color:#000}\n"
".banner,.private,.callout{background:none}\n"
".private,.banner{border-color:#000}\n"
".tag.private-tag{background:none;color:#000;border-color:#000}\n"
"h2,h3,.meta{break-after:avoid;page-break-after:avoid;"
"break-inside:avoid}\n"
"tr,li,dl.parrot,.callout,.banner{break-inside:avoid;"
"page-break-inside:avoid}\n"
"thead{display:table-header-group}\n"
"a{text-decoration:none}\n"
"}\n";

/* User text, isolated: its direction cannot spill over what follows. */
static void
text(FILE *f, const char *s)
{
	fputs("<bdi>", f);
	format_html(f, s, 1);
	fputs("</bdi>", f);
}

/* A date that does not break across lines. */
static void
date(FILE *f, const char *s)
{
	fputs("<span class=\"date\">", f);
	format_html(f, s, 0);
	fputs("</span>", f);
}

/* The document's head: title, the style, no way out of the file. */
static void
write_doc_head(FILE *f, const struct meeting_view *v, const char *day)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\""
	    "default-src 'none'; style-src 'unsafe-inline'\">\n"
	    "<meta name=\"referrer\" content=\"no-referrer\">\n<title>", f);
	if (view_private(v))
		fputs("PRIVATE ", f);
	fputs("Minutes: ", f);
	format_html(f, v->m->title, 0);
	fprintf(f, ", %s</title>\n<style>\n%s</style>\n</head>\n", day, style);
}

/* Title, date, length, status; the private banner. */
static void
write_header(FILE *f, const struct meeting_view *v, const char *day)
{
	char from[6], to[6], spent[32];

	export_time_of_day(v->m->started_at, from);
	export_duration(meeting_total_elapsed(v->m, v->now), spent);
	fprintf(f, "<header>\n<p class=\"kicker\">%s</p>\n<h1>",
	    view_private(v) ? "Private minutes" : "Minutes");
	text(f, v->m->title);
	fprintf(f, "</h1>\n<p class=\"facts\"><span>%s</span> <span>%s", day,
	    from);
	if (v->m->status == MEETING_ENDED) {
		export_time_of_day(v->m->ended_at, to);
		fprintf(f, "\xe2\x80\x93%s</span> <span>%s of %d minutes "
		    "planned</span> <span>ended</span>", to, spent,
		    v->m->planned_minutes);
	} else {
		export_time_of_day(v->now, to);
		fprintf(f, "</span> <span>%s of %d minutes planned</span> "
		    "<span class=\"late\">in progress: as of %s</span>", spent,
		    v->m->planned_minutes, to);
	}
	fputs("</p>\n</header>\n", f);
	if (view_private(v))
		fputs("<p class=\"banner\" role=\"note\"><span class=\"tag "
		    "private-tag\">Private</span> <strong>Do not share these "
		    "minutes.</strong> They include private notes and private "
		    "follow-ups, each marked private. <code>parley "
		    "export</code> without <code>--include-private</code> "
		    "writes the minutes to share.</p>\n", f);
}

/* The attendees of one side; nothing when there are none. */
static void
write_side(FILE *f, const struct meeting_view *v, enum side side,
    const char *label)
{
	const char *sep = NULL;
	size_t i;

	for (i = 0; i < v->nattendees; i++) {
		if (v->attendees[i].side != side)
			continue;
		if (sep == NULL)
			fprintf(f, "<dt>%s</dt><dd>", label);
		fputs(sep != NULL ? sep : "", f);
		text(f, v->attendees[i].name);
		sep = ", ";
	}
	if (sep != NULL)
		fputs("</dd>\n", f);
}

/* Attendees by side: sales, marketing, then anyone without a side. */
static void
write_attendees(FILE *f, const struct meeting_view *v)
{
	fputs("<section>\n<h2>Attendees</h2>\n", f);
	if (v->nattendees == 0) {
		fputs("<p class=\"none\">No team was named in the agenda.</p>\n"
		    "</section>\n", f);
		return;
	}
	fputs("<dl class=\"team\">\n", f);
	write_side(f, v, SIDE_SALES, "Sales");
	write_side(f, v, SIDE_MARKETING, "Marketing");
	write_side(f, v, SIDE_NONE, "Also");
	fputs("</dl>\n</section>\n", f);
}

/* A table cell of user text; called out when empty. */
static void
cell(FILE *f, const char *cls, const char *label, const char *s)
{
	fprintf(f, "<td class=\"%s\"%s%s%s>", cls, *label ? " data-label=\"" :
	    "", label, *label ? "\"" : "");
	if (util_blank(s))
		fputs("<span class=\"missing\">none</span>", f);
	else
		text(f, s);
	fputs("</td>", f);
}

/* The opening row of an action table. */
static void
table_head(FILE *f, const char *last)
{
	fprintf(f, "<div class=\"table\"><table>\n<thead><tr><th class=\"id\">"
	    "#</th><th>Action</th><th>Owner</th><th>Due</th><th>%s</th></tr>"
	    "</thead>\n<tbody>\n", last);
}

/* One action's id, title, owner and due date as the start of a row. */
static void
action_cells(FILE *f, const struct action *a, const char *id_attr)
{
	fprintf(f, "<tr%s%s%s><td class=\"id\">%ld</td>",
	    *id_attr ? " id=\"" : "", id_attr, *id_attr ? "\"" : "", a->id);
	cell(f, "title", "", a->title);
	cell(f, "owner", "Owner", a->owner);
	cell(f, "due", "Due", a->due);
}

/* The actions made before that this meeting reviewed. */
static void
write_reviewed(FILE *f, const struct meeting_view *v, const char *h)
{
	size_t i;

	fprintf(f, "<%s>Commitments from earlier meetings</%s>\n", h, h);
	if (v->reviewed.n == 0) {
		fputs("<p class=\"none\">None were reviewed.</p>\n", f);
		return;
	}
	table_head(f, "This meeting");
	for (i = 0; i < v->reviewed.n; i++) {
		action_cells(f, &v->reviewed.v[i], "");
		fputs("<td data-label=\"This meeting\">", f);
		export_review(f, &v->reviewed.v[i], text, date);
		fputs("</td></tr>\n", f);
	}
	fputs("</tbody>\n</table></div>\n", f);
}

/* The parking lot carried into the meeting, closed ones marked. */
static void
write_parked_before(FILE *f, const struct meeting_view *v, const char *h)
{
	const struct entry *e;
	size_t i;

	fprintf(f, "<%s>Parking lot carried forward</%s>\n", h, h);
	if (v->parking_before.n == 0) {
		fputs("<p class=\"none\">No parked topic was open.</p>\n", f);
		return;
	}
	fputs("<ul>\n", f);
	for (i = 0; i < v->parking_before.n; i++) {
		e = &v->parking_before.v[i];
		fputs("<li>", f);
		text(f, e->text);
		fprintf(f, " <span class=\"who\">(parked <span class=\"date\">"
		    "%.10s</span>%s)</span></li>\n", e->created_at,
		    e->closed_at[0] != '\0' ? "; closed in this meeting" : "");
	}
	fputs("</ul>\n", f);
}

/* An action's owner and due date, each called out when missing. */
static void
write_owner_due(FILE *f, const struct action *a)
{
	fputs(" <span class=\"who\">(", f);
	if (util_blank(a->owner))
		fputs("<span class=\"missing\">no owner</span>", f);
	else
		text(f, a->owner);
	if (a->due[0] != '\0')
		fprintf(f, ", due <span class=\"date\">%s</span>)</span>",
		    a->due);
	else
		fputs(", <span class=\"missing\">no due date</span>)"
		    "</span>", f);
}

/* What came of a parroted statement. */
static void
write_outcome(FILE *f, const struct objection *o, const struct action *a)
{
	switch (o->outcome) {
	case OUTCOME_ACTION:
		if (a == NULL) {
			fputs("<dd>an action item, since deleted</dd>", f);
			break;
		}
		fprintf(f, "<dd>led to <a href=\"#action-%ld\">action "
		    "#%ld</a>: ", a->id, a->id);
		text(f, a->title);
		write_owner_due(f, a);
		fputs("</dd>", f);
		break;
	case OUTCOME_CLOSED:
		fputs("<dd>closed in the room</dd>", f);
		break;
	case OUTCOME_RESOLVED:
		fputs("<dd class=\"private\"><span class=\"tag private-tag\">"
		    "Private</span> resolved</dd>", f);
		break;
	case OUTCOME_FOLLOWUP:
		fputs("<dd class=\"private\"><span class=\"tag private-tag\">"
		    "Private</span> follow-up: ", f);
		text(f, o->followup);
		fputs("</dd>", f);
		break;
	default:
		fputs("<dd class=\"none\">none recorded</dd>", f);
	}
}

/* A parroted statement: who said it, the question back, answer, outcome. */
static void
write_objection(FILE *f, const struct objection *o, const struct action *a)
{
	const char *side = export_side(o->side);

	fprintf(f, "<li><span class=\"tag\">Parroted</span>%s%s%s<q>",
	    *side ? "said by " : "", side, *side ? ": " : "");
	text(f, o->statement);
	fputs("</q>\n<dl class=\"parrot\"><dt>Asked back</dt><dd><q>", f);
	text(f, o->question);
	fputs("</q></dd><dt>Answer</dt>", f);
	if (util_blank(o->answer)) {
		fputs("<dd class=\"none\">none given</dd>", f);
	} else {
		fputs("<dd>", f);
		text(f, o->answer);
		fputs("</dd>", f);
	}
	fputs("<dt>Outcome</dt>", f);
	write_outcome(f, o, a);
	fputs("</dl></li>\n", f);
}

/* A note, decision, parked topic or private note. */
static void
write_entry(FILE *f, const struct entry *e)
{
	static const char *const lead[ENTRY_COUNT] = {
		"<li>", "<li><span class=\"tag\">Decision</span>",
		"<li><span class=\"tag\">Parked</span>",
		"<li class=\"private\"><span class=\"tag private-tag\">Private "
		    "note</span>",
	};

	fputs(lead[e->kind], f);
	text(f, e->text);
	fputs("</li>\n", f);
}

/* One capture of an item, as taken. */
static void
write_capture(FILE *f, const struct view_capture *c)
{
	switch (c->kind) {
	case CAPTURE_ENTRY:
		write_entry(f, c->entry);
		break;
	case CAPTURE_OBJECTION:
		write_objection(f, c->objection, c->action);
		break;
	case CAPTURE_ACTION:
		fprintf(f, "<li><span class=\"tag\">Action #%ld</span>",
		    c->action->id);
		text(f, c->action->title);
		write_owner_due(f, c->action);
		fputs("</li>\n", f);
		break;
	}
}

/* The line under an item's heading: kind, who asks whom, time. */
static void
write_item_meta(FILE *f, const struct meeting_view *v, size_t i)
{
	const char *missed = export_missed_name(view_item_missed(v, i));
	char *meta = export_item_meta(v, i);

	fputs("<p class=\"meta\">", f);
	format_html(f, meta, 0);
	if (missed != NULL)
		fprintf(f, ", <span class=\"late\">%s</span>", missed);
	fputs("</p>\n", f);
	free(meta);
}


/* One agenda item: heading, what it reviewed, its captures in order. */
static void
write_item(FILE *f, const struct meeting_view *v, size_t i, int review)
{
	const struct export_kind *ek;
	struct view_captures caps;
	size_t k;
	int own;

	fprintf(f, "<section id=\"item-%zu\">\n<h2><span class=\"n\">%zu"
	    "</span>", i + 1, i + 1);
	text(f, v->m->items[i].title);
	fputs("</h2>\n", f);
	write_item_meta(f, v, i);
	if ((ek = export_kind_get(v->m->items[i].kind)) != NULL &&
	    ek->html != NULL)
		ek->html(f, v, i);
	if (review) {
		write_reviewed(f, v, "h3");
		write_parked_before(f, v, "h3");
	}
	/* An item with sections of its own heads its captures apart. */
	own = review || (ek != NULL && ek->html != NULL);
	view_captures(v, v->m->items[i].id, &caps);
	if (own && caps.n > 0)
		fputs("<h3>Captured</h3>\n", f);
	if (caps.n == 0 && !own)
		fputs("<p class=\"none\">Nothing captured.</p>\n", f);
	if (caps.n > 0)
		fputs("<ul>\n", f);
	for (k = 0; k < caps.n; k++)
		write_capture(f, &caps.v[k]);
	if (caps.n > 0)
		fputs("</ul>\n", f);
	view_captures_fini(&caps);
	fputs("</section>\n", f);
}

/* Every entry of one kind, gathered from all the items. */
static void
write_gathered(FILE *f, const struct meeting_view *v, enum entry_kind kind,
    const char *heading, const char *none)
{
	size_t i, n = 0;

	fprintf(f, "<section>\n<h2>%s</h2>\n", heading);
	for (i = 0; i < v->entries.n; i++) {
		const struct entry *e = &v->entries.v[i];
		size_t at = view_item_number(v, e->item_id);

		if (e->kind != kind)
			continue;
		fputs(n++ == 0 ? "<ul>\n<li>" : "<li>", f);
		text(f, e->text);
		fprintf(f, " <span class=\"who\">(<a href=\"#item-%zu\">item "
		    "%zu</a>)</span></li>\n", at, at);
	}
	if (n == 0)
		fprintf(f, "<p class=\"none\">%s</p>\n", none);
	else
		fputs("</ul>\n", f);
	fputs("</section>\n", f);
}

/* The items not covered, or that ran over their timebox. */
static void
write_missed(FILE *f, const struct meeting_view *v)
{
	size_t i, n = 0;

	fputs("<section>\n<h2>Not covered or over time</h2>\n", f);
	for (i = 0; i < v->m->nitems; i++) {
		enum view_missed m = view_item_missed(v, i);
		char spent[32];

		if (m == MISSED_NO)
			continue;
		export_duration(meeting_item_elapsed(v->m, i, v->now), spent);
		fprintf(f, "%s<a href=\"#item-%zu\">Item %zu</a>: ",
		    n++ == 0 ? "<ul>\n<li>" : "<li>", i + 1, i + 1);
		text(f, v->m->items[i].title);
		fprintf(f, " \xe2\x80\x94 <span class=\"late\">%s</span> <span "
		    "class=\"who\">(%s of %d min)</span></li>\n",
		    export_missed_name(m), spent, v->m->items[i].minutes);
	}
	if (n == 0)
		fputs("<p class=\"none\">Every item was covered within its "
		    "timebox.</p>\n", f);
	else
		fputs("</ul>\n", f);
	fputs("</section>\n", f);
}

/* Name the actions that lack an owner or a due date. */
static void
write_incomplete(FILE *f, const struct action **list, size_t n)
{
	const char *sep = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		int owner = !util_blank(list[i]->owner);
		int due = list[i]->due[0] != '\0';

		if (owner && due)
			continue;
		if (sep == NULL)
			fputs("<p class=\"callout\"><strong>Missing an owner "
			    "or a due date:</strong> ", f);
		fprintf(f, "%s<a href=\"#action-%ld\">#%ld</a> (%s%s%s)",
		    sep != NULL ? sep : "", list[i]->id, list[i]->id,
		    owner ? "" : "no owner", owner || due ? "" : ", ",
		    due ? "" : "no due date");
		sep = "; ";
	}
	if (sep != NULL)
		fputs(".</p>\n", f);
}

/* The table of the actions made in this meeting. */
static void
write_actions(FILE *f, const struct meeting_view *v)
{
	const struct action **list = export_actions_in_order(v);
	char anchor[32];
	size_t i;

	fputs("<section>\n<h2>Action items</h2>\n", f);
	if (v->actions.n == 0)
		fputs("<p class=\"none\">No action items were made in this "
		    "meeting.</p>\n", f);
	else
		table_head(f, "Status");
	for (i = 0; i < v->actions.n; i++) {
		snprintf(anchor, sizeof anchor, "action-%ld", list[i]->id);
		action_cells(f, list[i], anchor);
		fprintf(f, "<td data-label=\"Status\">%s</td></tr>\n",
		    action_status_name(list[i]->status));
	}
	if (v->actions.n > 0)
		fputs("</tbody>\n</table></div>\n", f);
	write_incomplete(f, list, v->actions.n);
	fputs("</section>\n", f);
	free(list);
}

/* The minutes of v as one HTML page. */
static int
write_html(FILE *f, const struct meeting_view *v, char **cause)
{
	int review = export_review_item(v);
	char iso[20], day[48];
	size_t i;

	(void)cause;
	clock_iso(v->m->started_at, iso);
	export_long_date(iso, day);
	write_doc_head(f, v, day);
	fputs("<body>\n<main>\n", f);
	write_header(f, v, day);
	write_attendees(f, v);
	/* Without a review item, what it would show opens the minutes. */
	if (review < 0 && (v->reviewed.n > 0 || v->parking_before.n > 0)) {
		fputs("<section>\n", f);
		write_reviewed(f, v, "h2");
		write_parked_before(f, v, "h2");
		fputs("</section>\n", f);
	}
	for (i = 0; i < v->m->nitems; i++)
		write_item(f, v, i, (int)i == review);
	write_gathered(f, v, ENTRY_DECISION, "Decisions", "No decisions.");
	write_gathered(f, v, ENTRY_PARKING, "Parking lot", "Nothing parked.");
	write_missed(f, v);
	write_actions(f, v);
	fprintf(f, "<footer>Minutes of meeting %ld, written by Parley."
	    "</footer>\n</main>\n</body>\n</html>\n", v->m->id);
	return 0;
}

const struct export_format export_html = {
	"html", "html", "HTML: one self-contained page, for a phone or "
	"print", write_html
};
