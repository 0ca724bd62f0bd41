/* export.c: the table of minutes formats, and writing one to a file whole. */
#include "export.h"
#include "kind.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "outfile.h"
#include "util.h"

/* Every format, in the order help lists them; md is the default. */
static const struct export_format *const formats[] = {
	&export_md,
	&export_html,
	&export_json,
	&export_csv,
	&export_ics,
};

#define NFORMATS (sizeof formats / sizeof formats[0])

/* The format named name. */
const struct export_format *
export_find(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < NFORMATS; i++) {
		if (strcmp(formats[i]->name, name) == 0)
			return formats[i];
	}
	return NULL;
}

/* The names of the formats, for messages. */
const char *
export_names(void)
{
	return "md, html, json, csv or ics";
}

/* Write the minutes to path whole, or leave what was there. */
int
export_write(const struct export_format *fmt, const struct meeting_view *v,
    const char *path, char **cause)
{
	struct outfile o;
	int code;

	if ((code = outfile_open(&o, path, view_private(v), cause)) != 0)
		return code;
	if (fmt->write(o.f, v, cause) != 0) {
		outfile_abort(&o);
		return 70;
	}
	return outfile_commit(&o, cause);
}

/* The file name minutes are saved under. */
char *
export_file_name(const struct export_format *fmt,
    const struct meeting_view *v)
{
	char day[20];

	clock_iso(v->m->started_at, day);
	day[10] = '\0';
	return xasprintf("minutes-%s-meeting-%ld%s.%s", day, v->m->id,
	    view_private(v) ? "-private" : "", fmt->ext);
}

/* The side as a word. */
const char *
export_side(enum side s)
{
	return agenda_side_name(s);
}

/*
 * A long date of an ISO time. In English whatever the locale: the minutes
 * are English, and the screens set the locale from the environment.
 */
void
export_long_date(const char *iso, char buf[48])
{
	static const char *const days[] = { "Sunday", "Monday", "Tuesday",
	    "Wednesday", "Thursday", "Friday", "Saturday" };
	static const char *const months[] = { "January", "February", "March",
	    "April", "May", "June", "July", "August", "September", "October",
	    "November", "December" };
	struct tm tm;
	time_t t;

	if (clock_parse_iso(iso, &t) != 0) {
		snprintf(buf, 48, "%s", iso);
		return;
	}
	localtime_r(&t, &tm);
	snprintf(buf, 48, "%s %d %s %d", days[tm.tm_wday], tm.tm_mday,
	    months[tm.tm_mon], tm.tm_year + 1900);
}

/* The time of day of t. */
void
export_time_of_day(time_t t, char buf[6])
{
	char iso[20];

	clock_iso(t, iso);
	snprintf(buf, 6, "%.5s", iso + 11);
}

/* A length of time in words. */
void
export_duration(long seconds, char buf[32])
{
	long h, m, s;

	if (seconds < 0)
		seconds = 0;
	h = seconds / 3600;
	m = seconds / 60 % 60;
	s = seconds % 60;
	if (h > 0)
		snprintf(buf, 32, "%ld h %ld min", h, m);
	else if (m > 0 && s > 0)
		snprintf(buf, 32, "%ld min %ld s", m, s);
	else if (m > 0 || s == 0)
		snprintf(buf, 32, "%ld min", m);
	else
		snprintf(buf, 32, "%ld s", s);
}

/* How an item went, in words. */
const char *
export_missed_name(enum view_missed m)
{
	switch (m) {
	case MISSED_NOT_COVERED:
		return "not covered";
	case MISSED_OVER_TIME:
		return "over time";
	case MISSED_NO:
		break;
	}
	return NULL;
}

/* Order actions by id, which is the order they were made. */
static int
action_id_cmp(const void *pa, const void *pb)
{
	const struct action *a = *(const struct action *const *)pa;
	const struct action *b = *(const struct action *const *)pb;

	return a->id < b->id ? -1 : a->id > b->id;
}

/* The meeting's actions in the order they were made. */
const struct action **
export_actions_in_order(const struct meeting_view *v)
{
	const struct action **list;
	size_t i;

	list = xreallocarray(NULL, v->actions.n + 1, sizeof *list);
	for (i = 0; i < v->actions.n; i++)
		list[i] = &v->actions.v[i];
	qsort(list, v->actions.n, sizeof *list, action_id_cmp);
	return list;
}

/* Where the meeting reviewed last month's commitments. */
int
export_review_item(const struct meeting_view *v)
{
	size_t i;

	for (i = 0; i < v->m->nitems; i++) {
		if (v->m->items[i].kind == KIND_REVIEW)
			return (int)i;
	}
	return -1;
}

/* What the meeting did to a reviewed action, in words. */
void
export_review(FILE *f, const struct action *a,
    void (*text)(FILE *f, const char *s),
    void (*date)(FILE *f, const char *s))
{
	switch (a->review) {
	case REVIEW_KEPT:
		fputs("kept, now due ", f);
		if (a->due[0] == '\0')
			fputs("(no date)", f);
		else if (date != NULL)
			date(f, a->due);
		else
			fputs(a->due, f);
		break;
	case REVIEW_ESCALATED:
		fputs("escalated to ", f);
		text(f, a->owner);
		break;
	case REVIEW_DONE:
	case REVIEW_DROPPED:
		fputs(action_review_name(a->review), f);
		break;
	case REVIEW_NONE:
		fprintf(f, "left %s", action_status_name(a->status));
		break;
	}
	if (a->carried > 0)
		fprintf(f, " (carried %d time%s)", a->carried,
		    a->carried == 1 ? "" : "s");
}

/* What an item was, and how long it took against its timebox. */
char *
export_item_meta(const struct meeting_view *v, size_t i)
{
	const struct meeting_item *it = &v->m->items[i];
	const struct agenda_item *ai = view_agenda_item(v, i);
	char spent[32], asks[64] = "";

	export_duration(meeting_item_elapsed(v->m, i, v->now), spent);
	if (ai != NULL && ai->asked_by != SIDE_NONE)
		snprintf(asks, sizeof asks, " \xc2\xb7 %s asks %s",
		    export_side(ai->asked_by),
		    export_side(agenda_side_other(ai->asked_by)));
	return xasprintf("%s%s \xc2\xb7 %s of %d min",
	    kind_item_label(it->kind, it->title), asks, spent, it->minutes);
}
