/*
 * export_ics.c: a meeting's open action items as an iCalendar (RFC 5545)
 * to-do list, for a calendar or a to-do application to import.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "ics.h"
#include "util.h"

/*
 * The action's UID: its id and the moment it was made, as stored, so that
 * it is the same in every export (a calendar updates the to-do instead of
 * adding another) and two teams' action 5 do not collide.
 */
static char *
uid(const struct action *a)
{
	char stamp[20];
	size_t i, n = 0;

	for (i = 0; a->created_at[i] != '\0'; i++) {
		if (a->created_at[i] != '-' && a->created_at[i] != ':')
			stamp[n++] = a->created_at[i];
	}
	stamp[n] = '\0';
	return xasprintf("parley-action-%ld-%s", a->id, stamp);
}

/* Who owns it, the meeting, and what the meeting did to it. */
static char *
description(const struct meeting_view *v, const struct action *a)
{
	char day[20], *owner, *text, *review = NULL, *carried = NULL;

	clock_iso(v->m->started_at, day);
	day[10] = '\0';
	if (a->owner == NULL)
		owner = xstrdup("Owner: nobody yet");
	else if (a->side != SIDE_NONE)
		owner = xasprintf("Owner: %s (%s)", a->owner,
		    export_side(a->side));
	else
		owner = xasprintf("Owner: %s", a->owner);
	if (a->meeting_id != v->m->id)
		review = xasprintf("\nMade on %.10s; %s in this meeting",
		    a->created_at, a->review != REVIEW_NONE ?
		    action_review_name(a->review) : "reviewed");
	if (a->carried > 0)
		carried = xasprintf("\nCarried through %d meeting%s",
		    a->carried, a->carried == 1 ? "" : "s");
	text = xasprintf("%s\nMeeting: %s, %s%s%s\nParley action item %ld",
	    owner, v->m->title, day, review != NULL ? review : "",
	    carried != NULL ? carried : "", a->id);
	free(owner);
	free(review);
	free(carried);
	return text;
}

/* One open action as a VTODO. */
static int
write_todo(FILE *f, const struct meeting_view *v, const struct action *a,
    char **cause)
{
	char stamp[17], created[17], due[9], *s;
	const char *changed = a->changed_at[0] != '\0' ? a->changed_at :
	    a->created_at;

	/* The last change, not the wall clock: exports stay the same. */
	if (ics_utc(changed, stamp) != 0 || ics_utc(a->created_at,
	    created) != 0)
		return util_fail(cause, "action item %ld has no valid time",
		    a->id);
	ics_write_line(f, "BEGIN:VTODO");
	s = uid(a);
	ics_prop(f, "UID", s);
	free(s);
	ics_prop(f, "DTSTAMP", stamp);
	ics_prop(f, "CREATED", created);
	ics_prop_text(f, "SUMMARY", a->title);
	if (a->due[0] != '\0') {
		snprintf(due, sizeof due, "%.4s%.2s%.2s", a->due, a->due + 5,
		    a->due + 8);
		ics_prop(f, "DUE;VALUE=DATE", due);
	}
	ics_prop(f, "STATUS", "NEEDS-ACTION");
	s = description(v, a);
	ics_prop_text(f, "DESCRIPTION", s);
	free(s);
	ics_write_line(f, "END:VTODO");
	return 0;
}

/* The open actions of a list as VTODOs. */
static int
write_open(FILE *f, const struct meeting_view *v, const struct action_list *l,
    char **cause)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].status == ACTION_OPEN &&
		    write_todo(f, v, &l->v[i], cause) != 0)
			return -1;
	}
	return 0;
}

/*
 * The open action items made in the meeting, then those made before it
 * that it reviewed and that are still open. Owners have no address, so
 * there is no ATTENDEE: the owner is named in the DESCRIPTION.
 */
static int
write_ics(FILE *f, const struct meeting_view *v, char **cause)
{
	ics_write_line(f, "BEGIN:VCALENDAR");
	ics_prop(f, "VERSION", "2.0");
	ics_prop(f, "PRODID", "-//Parley//Parley minutes//EN");
	ics_prop(f, "CALSCALE", "GREGORIAN");
	if (write_open(f, v, &v->actions, cause) != 0 ||
	    write_open(f, v, &v->reviewed, cause) != 0)
		return -1;
	ics_write_line(f, "END:VCALENDAR");
	return 0;
}

const struct export_format export_ics = {
	"ics", "ics", "iCalendar: the open action items as to-dos", write_ics
};
