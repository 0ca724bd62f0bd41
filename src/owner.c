/* owner.c: owners of action items and their to-do completion, as figures and lines. */
#include "owner.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "util.h"

/* Free a list of owners. */
void
owner_list_fini(struct owner_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Sum the commitments of everyone, or of one side. */
void
owner_total(const struct owner_list *l, enum side side, int *made, int *done)
{
	size_t i;

	*made = *done = 0;
	for (i = 0; i < l->n; i++) {
		if (side != SIDE_NONE && l->v[i].side != side)
			continue;
		*made += l->v[i].made;
		*done += l->v[i].made_done;
	}
}

/* done of made in percent, rounded half up; -1 for nothing made. */
int
owner_percent(int done, int made)
{
	if (made <= 0)
		return -1;
	return (int)((200L * done + made) / (2L * made));
}

/* Format a completion figure, long or short; a dash for nothing made. */
void
owner_format(char *buf, size_t size, int done, int made, int shorter)
{
	if (made <= 0)
		snprintf(buf, size, "\xe2\x80\x94");
	else if (shorter)
		snprintf(buf, size, "%d/%d", done, made);
	else
		snprintf(buf, size, "%d of %d (%d%%)", done, made,
		    owner_percent(done, made));
}

/* The figure of everyone, the target, then each side's. */
char *
owner_summary(const struct owner_list *l)
{
	char all[48], sales[24], marketing[24];
	int made, done;

	owner_total(l, SIDE_NONE, &made, &done);
	owner_format(all, sizeof all, done, made, 0);
	owner_total(l, SIDE_SALES, &made, &done);
	owner_format(sales, sizeof sales, done, made, 1);
	owner_total(l, SIDE_MARKETING, &made, &done);
	owner_format(marketing, sizeof marketing, done, made, 1);
	return xasprintf("%s \xc2\xb7 target %d%% \xc2\xb7 sales %s \xc2\xb7 "
	    "marketing %s", all, OWNER_TARGET, sales, marketing);
}

/* Each owner's figure, one after the other. */
char *
owner_breakdown(const struct owner_list *l)
{
	char *line = NULL, *next, fig[24];
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct owner *o = &l->v[i];

		if (o->made == 0)
			continue;
		owner_format(fig, sizeof fig, o->made_done, o->made, 1);
		next = xasprintf("%s%s%s %s", line != NULL ? line : "",
		    line != NULL ? " \xc2\xb7 " : "", o->name != NULL ?
		    o->name : "(no owner)", fig);
		free(line);
		line = next;
	}
	return line;
}

/* Say which meetings the figure counts. */
static void
write_window(FILE *f, const struct owner_list *l)
{
	if (l->nmeetings == 0) {
		fputs("No meeting has had a next one yet: there is nothing to "
		    "count.\n", f);
		return;
	}
	if (l->nmeetings == 1)
		fprintf(f, "Counted: what meeting #%ld (%s) committed to, done "
		    "by the meeting after it.\n", l->first_meeting,
		    l->first_date);
	else
		fprintf(f, "Counted: what the %d meetings from #%ld (%s) to "
		    "#%ld (%s) committed to,\neach done by the meeting after "
		    "it.\n", l->nmeetings, l->first_meeting, l->first_date,
		    l->last_meeting, l->last_date);
}

/* Write the owners' table and the figure under it. */
void
owner_write_table(FILE *f, const struct owner_list *l)
{
	char fig[48], *summary;
	size_t i;

	if (l->n == 0) {
		fputs("No action items, so no owners yet.\n", f);
		return;
	}
	fputs("OWNER                SIDE        OPEN  OVERDUE  DONE  "
	    "DONE BY NEXT MEETING\n", f);
	for (i = 0; i < l->n; i++) {
		const struct owner *o = &l->v[i];

		format_pad(f, o->name != NULL ? o->name : "(no owner)", 20);
		fputc(' ', f);
		format_pad(f, o->side != SIDE_NONE ? agenda_side_name(o->side) :
		    "-", 10);
		owner_format(fig, sizeof fig, o->made_done, o->made, 0);
		fprintf(f, " %5d  %7d  %4d  %s\n", o->open, o->overdue,
		    o->done, fig);
	}
	summary = owner_summary(l);
	fprintf(f, "\nTo-do completion: %s\n", summary);
	free(summary);
	write_window(f, l);
}
