/* action.c: action items, their states and the ways they are listed. */
#include "action.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "json.h"
#include "util.h"

static const char *const status_names[] = { "open", "done", "dropped" };

/* Free a list of action items. */
void
action_list_fini(struct action_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].title);
		free(l->v[i].owner);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

static const char *const event_names[EVENT_COUNT] = {
	"created", "title", "owner", "due", "status", "kept", "escalated"
};

/* Free an action's history. */
void
action_event_list_fini(struct action_event_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].old);
		free(l->v[i].new_value);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Parse the name of a history line. */
int
action_event_parse(const char *name, enum action_event_kind *out)
{
	size_t i;

	for (i = 0; name != NULL && i < EVENT_COUNT; i++) {
		if (strcmp(name, event_names[i]) == 0) {
			*out = (enum action_event_kind)i;
			return 0;
		}
	}
	return -1;
}

/* Free an action record. */
void
action_record_fini(struct action_record *r)
{
	free(r->a.title);
	free(r->a.owner);
	free(r->meeting_title);
	free(r->item_title);
	free(r->statement);
	free(r->question);
	action_event_list_fini(&r->history);
	memset(r, 0, sizeof *r);
}

/* The name of a status. */
const char *
action_status_name(enum action_status s)
{
	return status_names[s];
}

/* Parse a status name. */
int
action_status_parse(const char *name, enum action_status *out)
{
	size_t i;

	for (i = 0; name != NULL && i < sizeof status_names /
	    sizeof status_names[0]; i++) {
		if (strcmp(name, status_names[i]) == 0) {
			*out = (enum action_status)i;
			return 0;
		}
	}
	return -1;
}

/*
 * What a meeting did to an action, from "STATUS:KEEP" (the last status it
 * gave it, its last keep or escalation) and the action's status now: a
 * close that still stands wins; a close taken back (the item reopened)
 * leaves the keep that came before it, if any.
 */
enum action_review
action_review_parse(const char *s, enum action_status now)
{
	const char *keep = s != NULL ? strchr(s, ':') : NULL;

	if (keep == NULL)
		return REVIEW_NONE;
	keep++;
	if (now == ACTION_DONE && strncmp(s, "done:", 5) == 0)
		return REVIEW_DONE;
	if (now == ACTION_DROPPED && strncmp(s, "dropped:", 8) == 0)
		return REVIEW_DROPPED;
	if (strcmp(keep, "escalated") == 0)
		return REVIEW_ESCALATED;
	if (strcmp(keep, "kept") == 0)
		return REVIEW_KEPT;
	return REVIEW_NONE;
}

/* The name of a review. */
const char *
action_review_name(enum action_review r)
{
	static const char *const names[] = {
		"", "kept", "escalated", "done", "dropped"
	};

	return (unsigned int)r < sizeof names / sizeof names[0] ? names[r] : "";
}

/* Does name own a already? */
int
action_owned_by(const struct action *a, const char *name)
{
	return a->owner != NULL && name != NULL &&
	    util_casecmp(a->owner, name) == 0;
}

/* Was an action carried too often to be kept again? */
int
action_keep_refused(int carried)
{
	return carried >= ACTION_CARRY_LIMIT;
}

/* Is a open and past its due date? */
int
action_overdue(const struct action *a, const char *today)
{
	return a->status == ACTION_OPEN && a->due[0] != '\0' &&
	    strcmp(a->due, today) < 0;
}

/* Parse a format name. */
int
action_format_parse(const char *name, enum action_format *out)
{
	static const char *const names[] = { "table", "csv", "json" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(name, names[i]) == 0) {
			*out = (enum action_format)i;
			return 0;
		}
	}
	return -1;
}

/* One row of the table for people; the header comes with the first. */
static void
table_row(struct action_out *o, const struct action *a)
{
	struct sink *k = &o->k;
	int late = action_overdue(a, o->today);

	if (o->n == 0)
		sink_puts(k, "   ID  DUE         STATUS   OWNER               "
		    "ACTION\n");
	/* No printf: its cost would be most of a row's. */
	format_long_into(k, a->id, 5);
	sink_put(k, "  ", 2);
	format_pad_into(k, a->due[0] != '\0' ? a->due : "-", 10);
	sink_put(k, late ? "! " : "  ", 2);
	format_pad_into(k, action_status_name(a->status), 9);
	format_pad_into(k, a->owner != NULL ? a->owner : "(no owner)", 19);
	sink_putc(k, ' ');
	format_text_into(k, a->title);
	if (a->carried > 0) {
		sink_puts(k, "  (carried ");
		format_long_into(k, a->carried, 0);
		sink_puts(k, "\xc3\x97)");
	}
	sink_putc(k, '\n');
	o->late |= late;
}

/* One RFC 4180 CSV record. */
static void
csv_row(struct sink *k, const struct action *a)
{
	format_long_into(k, a->id, 0);
	sink_putc(k, ',');
	format_csv_field_into(k, a->title);
	sink_putc(k, ',');
	format_csv_field_into(k, a->owner);
	sink_putc(k, ',');
	sink_puts(k, agenda_side_name(a->side));
	sink_putc(k, ',');
	sink_puts(k, a->due);
	sink_putc(k, ',');
	sink_puts(k, action_status_name(a->status));
	sink_putc(k, ',');
	if (a->meeting_id != 0)
		format_long_into(k, a->meeting_id, 0);
	sink_putc(k, ',');
	sink_puts(k, a->created_at);
	sink_putc(k, ',');
	format_long_into(k, a->carried, 0);
	sink_put(k, "\r\n", 2);
}

/* Start a list: CSV's header, JSON's array. */
void
action_out_begin(struct action_out *o, FILE *f, enum action_format format,
    const char *today)
{
	memset(o, 0, sizeof *o);
	o->f = f;
	o->format = format;
	o->today = today;
	sink_init(&o->k, f);
	if (format == ACTION_CSV)
		sink_puts(&o->k, "id,title,owner,side,due,status,meeting,"
		    "created_at,carried\r\n");
	else if (format == ACTION_JSON) {
		/* One object a line. */
		json_init(&o->j, f, 2);
		json_array_begin(&o->j);
	}
}

/* Write one action of the list. */
void
action_out_row(struct action_out *o, const struct action *a)
{
	if (o->format == ACTION_TABLE)
		table_row(o, a);
	else if (o->format == ACTION_CSV)
		csv_row(&o->k, a);
	else
		action_json(&o->j, a);
	o->n++;
}

/* End a list: the table says when it was empty, or what "!" means. */
void
action_out_end(struct action_out *o)
{
	if (o->format == ACTION_JSON) {
		json_array_end(&o->j);
		json_end(&o->j);
	} else if (o->format == ACTION_TABLE && o->n == 0)
		sink_puts(&o->k, "No action items.\n");
	else if (o->format == ACTION_TABLE && o->late)
		sink_puts(&o->k, "(! past its due date)\n");
	sink_flush(&o->k);
}

/* Write a whole list in one format. */
static void
write_list(FILE *f, const struct action_list *l, enum action_format format,
    const char *today)
{
	struct action_out o;
	size_t i;

	action_out_begin(&o, f, format, today);
	for (i = 0; i < l->n; i++)
		action_out_row(&o, &l->v[i]);
	action_out_end(&o);
}

/* Write an aligned table for people. */
void
action_write_table(FILE *f, const struct action_list *l, const char *today)
{
	write_list(f, l, ACTION_TABLE, today);
}

/* Write RFC 4180 CSV, header first. */
void
action_write_csv(FILE *f, const struct action_list *l)
{
	write_list(f, l, ACTION_CSV, NULL);
}

/* Write one action's keys and values into an open JSON object. */
void
action_json_fields(struct json *j, const struct action *a)
{
	json_kv_int(j, "id", a->id);
	json_kv_string(j, "title", a->title);
	json_kv_string(j, "owner", a->owner);
	json_kv_string(j, "side", a->side != SIDE_NONE ?
	    agenda_side_name(a->side) : NULL);
	json_kv_string(j, "due", a->due[0] != '\0' ? a->due : NULL);
	json_kv_string(j, "status", action_status_name(a->status));
	json_kv_id(j, "meeting", a->meeting_id);
	json_kv_string(j, "created_at", a->created_at);
	json_kv_int(j, "carried", a->carried);
}

/* Write one action as a JSON object. */
void
action_json(struct json *j, const struct action *a)
{
	json_object_begin(j);
	action_json_fields(j, a);
	json_object_end(j);
}

/* Write a JSON array of action objects, one a line. */
void
action_write_json(FILE *f, const struct action_list *l)
{
	write_list(f, l, ACTION_JSON, NULL);
}

/* A time as people read it: "YYYY-MM-DD HH:MM". */
static void
write_time(FILE *f, const char *iso)
{
	fprintf(f, "%.10s %.5s", iso, strlen(iso) > 11 ? iso + 11 : "");
}

/* "OLD → NEW", a missing value said as none. */
static void
write_change(FILE *f, const char *old, const char *new_value,
    const char *none)
{
	format_text(f, old != NULL ? old : none);
	fputs(" \xe2\x86\x92 ", f);
	format_text(f, new_value != NULL ? new_value : none);
}

/* Write one line of history. */
void
action_write_event(FILE *f, const struct action_event *e)
{
	char where[32];

	write_time(f, e->at);
	if (e->meeting_id != 0)
		snprintf(where, sizeof where, "in meeting #%ld", e->meeting_id);
	else
		snprintf(where, sizeof where, "between meetings");
	fprintf(f, "  %-18s ", where);
	switch (e->what) {
	case EVENT_CREATED:
		fputs("created: ", f);
		format_text(f, e->new_value);
		break;
	case EVENT_TITLE:
		fputs("title: ", f);
		write_change(f, e->old, e->new_value, "(none)");
		break;
	case EVENT_OWNER:
		fputs("owner: ", f);
		write_change(f, e->old, e->new_value, "nobody");
		break;
	case EVENT_DUE:
		fputs("due: ", f);
		write_change(f, e->old, e->new_value, "none");
		break;
	case EVENT_KEPT:
		fputs("kept", f);
		if (e->new_value != NULL) {
			fputs(", due ", f);
			format_text(f, e->new_value);
		} else
			fputs(", no due date", f);
		break;
	case EVENT_ESCALATED:
		fputs("escalated: ", f);
		write_change(f, e->old, e->new_value, "nobody");
		break;
	default:
		if (e->new_value != NULL && strcmp(e->new_value, "deleted") == 0)
			fputs(e->old != NULL && strcmp(e->old, "statement") == 0 ?
			    "deleted with the statement it came from" :
			    "deleted", f);
		else if (e->new_value != NULL &&
		    strcmp(e->new_value, "restored") == 0)
			fputs("brought back", f);
		else {
			fputs("status: ", f);
			write_change(f, e->old, e->new_value, "none");
		}
	}
	fputc('\n', f);
}

/* Start a labelled line of a record. */
static void
label(FILE *f, const char *name)
{
	fprintf(f, "%-11s", name);
}

/* Status, due date and when it was closed. */
static void
write_status(FILE *f, const struct action *a, const char *today)
{
	label(f, "Status:");
	fputs(action_status_name(a->status), f);
	if (a->status != ACTION_OPEN && a->closed_at[0] != '\0') {
		fputc(' ', f);
		write_time(f, a->closed_at);
	}
	if (a->status != ACTION_OPEN)
		fprintf(f, " (%s%s)\n", a->due[0] != '\0' ? "due " :
		    "no due date", a->due);
	else if (a->due[0] != '\0')
		fprintf(f, ", due %s%s\n", a->due, action_overdue(a, today) ?
		    " (overdue)" : "");
	else
		fputs(", no due date\n", f);
	label(f, "Owner:");
	format_text(f, a->owner != NULL ? a->owner : "nobody");
	if (a->side != SIDE_NONE)
		fprintf(f, " (%s)", agenda_side_name(a->side));
	fputc('\n', f);
}

/* The meeting and item it was made in, and the statement it came from. */
static void
write_origin(FILE *f, const struct action_record *r)
{
	label(f, "Made:");
	if (r->a.meeting_id == 0) {
		fputs("between meetings, ", f);
		write_time(f, r->a.created_at);
	} else {
		fprintf(f, "in meeting #%ld (%s)", r->a.meeting_id,
		    r->meeting_date);
		if (r->item_pos >= 0) {
			fprintf(f, ", item %d: ", r->item_pos + 1);
			format_text(f, r->item_title);
		}
	}
	fputc('\n', f);
	if (r->statement == NULL)
		return;
	label(f, "From:");
	if (r->statement_deleted) {
		fputs("a parroted statement, since deleted\n", f);
		return;
	}
	fprintf(f, "%s said \"", r->said_by == SIDE_MARKETING ? "marketing" :
	    r->said_by == SIDE_SALES ? "sales" : "someone");
	format_text(f, r->statement);
	fputc('"', f);
	if (r->question != NULL) {
		fputs(", asked back \"", f);
		format_text(f, r->question);
		fputc('"', f);
	}
	fputc('\n', f);
}

/*
 * Who owned it when, or its due dates: the value it started with (the
 * first change's old one, else the one it has), then each change's new
 * one, with the day. Written only when it changed.
 */
static void
write_timeline(FILE *f, const struct action_record *r,
    enum action_event_kind what, const char *name, const char *none)
{
	const struct action_event *first = NULL;
	size_t i;

	for (i = 0; i < r->history.n && first == NULL; i++) {
		if (r->history.v[i].what == what)
			first = &r->history.v[i];
	}
	if (first == NULL)
		return;
	label(f, name);
	format_text(f, first->old != NULL ? first->old : none);
	fprintf(f, " from %.10s", r->a.created_at);
	for (i = 0; i < r->history.n; i++) {
		const struct action_event *e = &r->history.v[i];

		if (e->what != what)
			continue;
		fputs(", then ", f);
		format_text(f, e->new_value != NULL ? e->new_value : none);
		fprintf(f, " from %.10s", e->at);
	}
	fputc('\n', f);
}

/*
 * The meetings it was carried through: those other than the one that
 * made it that kept or escalated it, each once, with what it last did.
 */
static void
write_carried(FILE *f, const struct action_record *r)
{
	const struct action_event **seen;
	size_t i, j, n = 0;

	seen = xcalloc(r->history.n + 1, sizeof *seen);
	for (i = 0; i < r->history.n; i++) {
		const struct action_event *e = &r->history.v[i];

		if ((e->what != EVENT_KEPT && e->what != EVENT_ESCALATED) ||
		    e->meeting_id == 0 || e->meeting_id == r->a.meeting_id)
			continue;
		for (j = 0; j < n && seen[j]->meeting_id != e->meeting_id; j++)
			;
		seen[j] = e; /* the last word of that meeting */
		n += j == n;
	}
	label(f, "Carried:");
	if (n == 0)
		fputs("through no meeting yet\n", f);
	else
		fprintf(f, "through %zu meeting%s:", n, n == 1 ? "" : "s");
	for (i = 0; i < n; i++)
		fprintf(f, "%s #%ld (%s) %s", i > 0 ? "," : "",
		    seen[i]->meeting_id, seen[i]->meeting_date,
		    seen[i]->what == EVENT_KEPT ? "kept" : "escalated");
	if (n > 0)
		fputc('\n', f);
	free(seen);
}

/* Write an action's whole record. */
void
action_write_record(FILE *f, const struct action_record *r,
    const char *today)
{
	size_t i;

	fprintf(f, "#%ld  ", r->a.id);
	format_text(f, r->a.title);
	fputc('\n', f);
	if (r->deleted_at[0] != '\0') {
		label(f, "Deleted:");
		write_time(f, r->deleted_at);
		fputs(": in no list, minutes or search; its history is kept\n",
		    f);
	}
	write_status(f, &r->a, today);
	write_origin(f, r);
	write_timeline(f, r, EVENT_OWNER, "Owners:", "nobody");
	write_timeline(f, r, EVENT_DUE, "Due dates:", "none");
	write_carried(f, r);
	fputs("History:\n", f);
	for (i = 0; i < r->history.n; i++) {
		fputs("  ", f);
		action_write_event(f, &r->history.v[i]);
	}
}
