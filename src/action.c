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

/* What a review event says was done. */
enum action_review
action_review_parse(const char *s)
{
	if (s == NULL)
		return REVIEW_NONE;
	if (strncmp(s, "kept:", 5) == 0)
		return REVIEW_KEPT;
	if (strncmp(s, "escalated:", 10) == 0)
		return REVIEW_ESCALATED;
	if (strcmp(s, "status:done") == 0)
		return REVIEW_DONE;
	if (strcmp(s, "status:dropped") == 0)
		return REVIEW_DROPPED;
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

/* Was a carried too often to be kept again? */
int
action_keep_refused(const struct action *a)
{
	return a->carried >= ACTION_CARRY_LIMIT;
}

/* Is a open and past its due date? */
int
action_overdue(const struct action *a, const char *today)
{
	return a->status == ACTION_OPEN && a->due[0] != '\0' &&
	    strcmp(a->due, today) < 0;
}

/* Write an aligned table for people. */
void
action_write_table(FILE *f, const struct action_list *l, const char *today)
{
	const struct action *a;
	size_t i;
	int late = 0;

	if (l->n == 0) {
		fputs("No action items.\n", f);
		return;
	}
	fputs("   ID  DUE         STATUS   OWNER               ACTION\n", f);
	for (i = 0; i < l->n; i++) {
		a = &l->v[i];
		fprintf(f, "%5ld  ", a->id);
		format_pad(f, a->due[0] != '\0' ? a->due : "-", 10);
		late |= action_overdue(a, today);
		fputs(action_overdue(a, today) ? "! " : "  ", f);
		format_pad(f, action_status_name(a->status), 9);
		format_pad(f, a->owner != NULL ? a->owner : "(no owner)", 19);
		fprintf(f, " %s", a->title);
		if (a->carried > 0)
			fprintf(f, "  (carried %d×)", a->carried);
		fputc('\n', f);
	}
	if (late)
		fputs("(! past its due date)\n", f);
}

/* Write RFC 4180 CSV, header first. */
void
action_write_csv(FILE *f, const struct action_list *l)
{
	const struct action *a;
	size_t i;

	fputs("id,title,owner,side,due,status,meeting,created_at,carried\r\n",
	    f);
	for (i = 0; i < l->n; i++) {
		a = &l->v[i];
		fprintf(f, "%ld,", a->id);
		format_csv_field(f, a->title);
		fputc(',', f);
		format_csv_field(f, a->owner);
		fprintf(f, ",%s,%s,%s,", agenda_side_name(a->side), a->due,
		    action_status_name(a->status));
		if (a->meeting_id != 0)
			fprintf(f, "%ld", a->meeting_id);
		fprintf(f, ",%s,%d\r\n", a->created_at, a->carried);
	}
}

/* Write one action as a JSON object. */
void
action_json(struct json *j, const struct action *a)
{
	json_object_begin(j);
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
	json_object_end(j);
}

/* Write a JSON array of action objects, one a line. */
void
action_write_json(FILE *f, const struct action_list *l)
{
	struct json j;
	size_t i;

	json_init(&j, f, 2);
	json_array_begin(&j);
	for (i = 0; i < l->n; i++)
		action_json(&j, &l->v[i]);
	json_array_end(&j);
	json_end(&j);
}
