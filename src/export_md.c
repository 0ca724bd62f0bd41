/*
 * export_md.c: the minutes as GitHub-flavoured Markdown, to paste into a
 * wiki, a ticket or a mail. Every piece of user text goes through
 * format_md_text or format_md_cell: it shows as typed, never as markup.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "export_kind.h"
#include "format.h"
#include "util.h"

/* How private content is marked: bold, bracketed, in capitals. */
#define MD_PRIVATE "**[PRIVATE]**"

/* User text in a list item; its continued lines indented by indent. */
static void
text(FILE *f, const char *s, int indent)
{
	format_md_text(f, s, indent);
}

/* Title, date, length and status, and the private banner. */
static void
write_head(FILE *f, const struct meeting_view *v)
{
	char iso[20], day[48], from[6], to[6], spent[32];

	clock_iso(v->m->started_at, iso);
	export_long_date(iso, day);
	export_time_of_day(v->m->started_at, from);
	export_duration(meeting_total_elapsed(v->m, v->now), spent);
	fputs("# Minutes: ", f);
	format_md_cell(f, v->m->title);
	fprintf(f, "\n\n- **Date:** %s, %s", day, from);
	if (v->m->status == MEETING_ENDED) {
		export_time_of_day(v->m->ended_at, to);
		fprintf(f, " to %s", to);
	}
	fprintf(f, "\n- **Length:** %s of %d minutes planned\n", spent,
	    v->m->planned_minutes);
	if (v->m->status == MEETING_ENDED) {
		fputs("- **Status:** ended\n", f);
	} else {
		export_time_of_day(v->now, to);
		fprintf(f, "- **Status:** in progress: these minutes are as "
		    "of %s\n", to);
	}
	if (view_private(v))
		fputs("\n> " MD_PRIVATE " These minutes include private notes "
		    "and private follow-ups, each marked " MD_PRIVATE ". Do "
		    "not share them: `parley export` without "
		    "`--include-private` writes the minutes to share.\n", f);
}

/* The attendees of one side, on one line; nothing when there are none. */
static void
write_side(FILE *f, const struct meeting_view *v, enum side side,
    const char *label)
{
	const char *sep = "";
	size_t i;

	for (i = 0; i < v->nattendees; i++) {
		if (v->attendees[i].side != side)
			continue;
		if (*sep == '\0')
			fprintf(f, "- **%s:** ", label);
		fputs(sep, f);
		text(f, v->attendees[i].name, 2);
		sep = ", ";
	}
	if (*sep != '\0')
		fputc('\n', f);
}

/* Attendees by side: sales, marketing, then anyone without a side. */
static void
write_attendees(FILE *f, const struct meeting_view *v)
{
	fputs("\n## Attendees\n\n", f);
	if (v->nattendees == 0) {
		fputs("*No team was named in the agenda.*\n", f);
		return;
	}
	write_side(f, v, SIDE_SALES, "Sales");
	write_side(f, v, SIDE_MARKETING, "Marketing");
	write_side(f, v, SIDE_NONE, "Also");
}

/* A cell that is empty when it should not be: called out. */
static void
cell_or_none(FILE *f, const char *s)
{
	if (util_blank(s))
		fputs("**none**", f);
	else
		format_md_cell(f, s);
}

/* The actions made before that this meeting reviewed. */
static void
write_reviewed(FILE *f, const struct meeting_view *v, const char *level)
{
	size_t i;

	fprintf(f, "\n%s Commitments from earlier meetings\n\n", level);
	if (v->reviewed.n == 0) {
		fputs("*None were reviewed.*\n", f);
		return;
	}
	fputs("| # | Action | Owner | Due | This meeting |\n"
	    "|--:|--------|-------|-----|--------------|\n", f);
	for (i = 0; i < v->reviewed.n; i++) {
		const struct action *a = &v->reviewed.v[i];

		fprintf(f, "| %ld | ", a->id);
		format_md_cell(f, a->title);
		fputs(" | ", f);
		cell_or_none(f, a->owner);
		fputs(" | ", f);
		cell_or_none(f, a->due);
		fputs(" | ", f);
		export_review(f, a, format_md_cell, NULL);
		fputs(" |\n", f);
	}
}

/* The parking lot carried into the meeting, closed ones marked. */
static void
write_parked_before(FILE *f, const struct meeting_view *v, const char *level)
{
	const struct entry *e;
	size_t i;

	fprintf(f, "\n%s Parking lot carried forward\n\n", level);
	if (v->parking_before.n == 0)
		fputs("*No parked topic was open.*\n", f);
	for (i = 0; i < v->parking_before.n; i++) {
		e = &v->parking_before.v[i];
		fputs("- ", f);
		text(f, e->text, 2);
		fprintf(f, " *(parked %.10s%s)*\n", e->created_at,
		    e->closed_at[0] != '\0' ? "; closed in this meeting" : "");
	}
}

/* An action's owner and due date, each called out when missing. */
static void
write_owner_due(FILE *f, const struct action *a, int indent)
{
	fputs(" (", f);
	if (util_blank(a->owner))
		fputs("**no owner**", f);
	else
		text(f, a->owner, indent);
	if (a->due[0] != '\0')
		fprintf(f, ", due %s)", a->due);
	else
		fputs(", **no due date**)", f);
}

/* What came of a parroted statement. */
static void
write_outcome(FILE *f, const struct objection *o, const struct action *a)
{
	fputs("  - **Outcome:** ", f);
	switch (o->outcome) {
	case OUTCOME_ACTION:
		if (a == NULL) {
			fputs("an action item, since deleted", f);
			break;
		}
		fprintf(f, "led to action #%ld: ", a->id);
		text(f, a->title, 4);
		write_owner_due(f, a, 4);
		break;
	case OUTCOME_CLOSED:
		fputs("closed in the room", f);
		break;
	case OUTCOME_RESOLVED:
		fputs(MD_PRIVATE " resolved", f);
		break;
	case OUTCOME_FOLLOWUP:
		fputs(MD_PRIVATE " private follow-up: ", f);
		text(f, o->followup, 4);
		break;
	default:
		fputs("none recorded", f);
	}
	fputc('\n', f);
}

/* A parroted statement: who said it, the question back, answer, outcome. */
static void
write_objection(FILE *f, const struct objection *o, const struct action *a)
{
	const char *side = export_side(o->side);

	fprintf(f, "- **Parroted**%s%s: ", *side ? ", said by " : "", side);
	text(f, o->statement, 2);
	fputs("\n  - **Asked back:** ", f);
	text(f, o->question, 4);
	fputs("\n  - **Answer:** ", f);
	if (util_blank(o->answer))
		fputs("*none given*", f);
	else
		text(f, o->answer, 4);
	fputc('\n', f);
	write_outcome(f, o, a);
}

/* A note, decision, parked topic or private note. */
static void
write_entry(FILE *f, const struct entry *e)
{
	static const char *const lead[ENTRY_COUNT] = {
		"- ", "- **Decision:** ", "- **Parked:** ",
		"- " MD_PRIVATE " **Private note:** ",
	};

	fputs(lead[e->kind], f);
	text(f, e->text, 2);
	fputc('\n', f);
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
		fprintf(f, "- **Action #%ld:** ", c->action->id);
		text(f, c->action->title, 2);
		write_owner_due(f, c->action, 2);
		fputc('\n', f);
		break;
	}
}

/* The line under an item's heading: kind, who asks whom, time. */
static void
write_item_meta(FILE *f, const struct meeting_view *v, size_t i)
{
	const char *missed = export_missed_name(view_item_missed(v, i));
	char *meta = export_item_meta(v, i);

	fprintf(f, "\n*%s%s%s*\n", meta, missed ? ", " : "", missed ? missed :
	    "");
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

	/* A heading is one line: a line break in its title is <br>. */
	fprintf(f, "\n## %zu. ", i + 1);
	format_md_cell(f, v->m->items[i].title);
	fputc('\n', f);
	write_item_meta(f, v, i);
	if (review) {
		write_reviewed(f, v, "###");
		write_parked_before(f, v, "###");
	}
	if ((ek = export_kind_get(v->m->items[i].kind)) != NULL &&
	    ek->md != NULL)
		ek->md(f, v, i);
	/* An item with sections of its own heads its captures apart. */
	own = review || (ek != NULL && ek->md != NULL);
	view_captures(v, v->m->items[i].id, &caps);
	if (own && caps.n > 0)
		fputs("\n### Captured\n", f);
	if (caps.n > 0 || !own)
		fputc('\n', f);
	if (caps.n == 0 && !own)
		fputs("*Nothing captured.*\n", f);
	for (k = 0; k < caps.n; k++)
		write_capture(f, &caps.v[k]);
	view_captures_fini(&caps);
}

/* Every entry of one kind, gathered from all the items. */
static void
write_gathered(FILE *f, const struct meeting_view *v, enum entry_kind kind,
    const char *heading, const char *none)
{
	size_t i, n = 0;

	fprintf(f, "\n## %s\n\n", heading);
	for (i = 0; i < v->entries.n; i++) {
		const struct entry *e = &v->entries.v[i];

		if (e->kind != kind)
			continue;
		fputs("- ", f);
		text(f, e->text, 2);
		fprintf(f, " *(item %zu)*\n", view_item_number(v, e->item_id));
		n++;
	}
	if (n == 0)
		fprintf(f, "*%s*\n", none);
}

/* The items not covered, or that ran over their timebox. */
static void
write_missed(FILE *f, const struct meeting_view *v)
{
	size_t i, n = 0;

	fputs("\n## Not covered or over time\n\n", f);
	for (i = 0; i < v->m->nitems; i++) {
		enum view_missed m = view_item_missed(v, i);
		char spent[32];

		if (m == MISSED_NO)
			continue;
		export_duration(meeting_item_elapsed(v->m, i, v->now), spent);
		fprintf(f, "- Item %zu: ", i + 1);
		text(f, v->m->items[i].title, 2);
		fprintf(f, " \xe2\x80\x94 **%s** (%s of %d min)\n",
		    export_missed_name(m), spent, v->m->items[i].minutes);
		n++;
	}
	if (n == 0)
		fputs("*Every item was covered within its timebox.*\n", f);
}

/* Name the actions that lack an owner or a due date. */
static void
write_incomplete(FILE *f, const struct action **list, size_t n)
{
	const char *sep = "";
	size_t i;

	for (i = 0; i < n; i++) {
		int owner = !util_blank(list[i]->owner);
		int due = list[i]->due[0] != '\0';

		if (owner && due)
			continue;
		if (*sep == '\0')
			fputs("\n**Missing an owner or a due date:** ", f);
		fprintf(f, "%s#%ld (%s%s%s)", sep, list[i]->id,
		    owner ? "" : "no owner", owner || due ? "" : ", ",
		    due ? "" : "no due date");
		sep = "; ";
	}
	if (*sep != '\0')
		fputs(".\n", f);
}

/* The table of the actions made in this meeting. */
static void
write_actions(FILE *f, const struct meeting_view *v)
{
	const struct action **list = export_actions_in_order(v);
	size_t i;

	fputs("\n## Action items\n\n", f);
	if (v->actions.n == 0)
		fputs("*No action items were made in this meeting.*\n", f);
	else
		fputs("| # | Action | Owner | Due | Status |\n"
		    "|--:|--------|-------|-----|--------|\n", f);
	for (i = 0; i < v->actions.n; i++) {
		fprintf(f, "| %ld | ", list[i]->id);
		format_md_cell(f, list[i]->title);
		fputs(" | ", f);
		cell_or_none(f, list[i]->owner);
		fputs(" | ", f);
		cell_or_none(f, list[i]->due);
		fprintf(f, " | %s |\n", action_status_name(list[i]->status));
	}
	write_incomplete(f, list, v->actions.n);
	free(list);
}

/* The minutes of v as Markdown. */
static int
write_md(FILE *f, const struct meeting_view *v, char **cause)
{
	int review = export_review_item(v);
	size_t i;

	(void)cause;
	write_head(f, v);
	write_attendees(f, v);
	/* Without a review item, what it would show opens the minutes. */
	if (review < 0 && (v->reviewed.n > 0 || v->parking_before.n > 0)) {
		write_reviewed(f, v, "##");
		write_parked_before(f, v, "##");
	}
	for (i = 0; i < v->m->nitems; i++)
		write_item(f, v, i, (int)i == review);
	write_gathered(f, v, ENTRY_DECISION, "Decisions", "No decisions.");
	write_gathered(f, v, ENTRY_PARKING, "Parking lot", "Nothing parked.");
	write_missed(f, v);
	write_actions(f, v);
	return 0;
}

const struct export_format export_md = {
	"md", "md", "Markdown: the minutes to paste into a wiki, a ticket "
	"or a mail", write_md
};
