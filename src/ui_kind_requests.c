/* ui_kind_requests.c: Q2, content requests: objection -> request -> action. */
#include <ctype.h>
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"
#include "util.h"

/* What a list of requests is drawn with: the view, compact or not. */
struct chains {
	const struct meeting_view *v;
	const char *today;
	int compact;        /* the room: one line a request */
};

/* Lines the room gives the requests and the objections left without. */
static int
room_budget(void)
{
	int rows = (LINES - 11) * 2 / 3;

	return rows < 7 ? 7 : rows;
}

/* The requests item's data in a view, or NULL. */
static const struct request_data *
data_of(const struct meeting_view *v)
{
	return v->kind_data[KIND_REQUESTS];
}

/* One chain: the objection, the request, the action it became. */
static void
draw_chain(struct ui *ui, struct ui_body *b, size_t i, const void *arg)
{
	const struct chains *c = arg;
	const struct request *r = &data_of(c->v)->requests.v[i];
	const struct action *a = view_action(c->v, r->action_id);
	char *lead;

	lead = r->objection != NULL ? xasprintf("\xe2\x80\x9c%s\xe2\x80\x9d",
	    r->objection) : xstrdup("(no objection)");
	if (c->compact && a != NULL)
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s \xe2\x86\x92 %s%s%s "
		    "\xe2\x86\x92 #%ld %s \xc2\xb7 %s%s", lead, r->asset,
		    r->needed_by != NULL ? ", for " : "", r->needed_by != NULL ?
		    r->needed_by : "", a->id, a->owner != NULL ? a->owner :
		    "NO OWNER", a->due[0] != '\0' ? "due\xc2\xa0" :
		    "NO DUE DATE", a->due);
	else {
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s \xe2\x86\x92 %s%s%s",
		    lead, r->asset, r->needed_by != NULL ? ", for " : "",
		    r->needed_by != NULL ? r->needed_by : "");
		if (a != NULL)
			ui_body_action(ui, b, a, c->today, 1, 4);
	}
	free(lead);
}

/* One objection heard again that no request answers yet. */
static void
draw_uncovered(struct ui *ui, struct ui_body *b, size_t i, const void *arg)
{
	const struct chains *c = arg;
	const struct prospect_tally *t = &data_of(c->v)->tally;
	const struct prospect_line *l = NULL;
	char *history;
	size_t k;

	/* The i-th uncovered line of the tally. */
	for (k = 0; l == NULL && k < t->n; k++) {
		if (prospect_line_uncovered(&t->v[k]) && i-- == 0)
			l = &t->v[k];
	}
	if (l == NULL)
		return;
	if (c->compact) {
		/* The room's short history, as on Q1. */
		ui_body_line(ui, b, STYLE_WARN, 2, "%s \xc2\xb7 %d of the last "
		    "%d meetings, first %s", l->name, l->meetings, l->window,
		    l->first);
		return;
	}
	history = prospect_history(l, "today");
	ui_body_line(ui, b, STYLE_WARN, 2, "%s", l->name);
	ui_body_line(ui, b, STYLE_DIM, 6, "%s", history);
	free(history);
}

/*
 * The chains, then the objections heard again that nothing answers, in
 * at most max lines (-1: all), three of them kept for the second list.
 */
static void
draw_requests(struct ui *ui, struct ui_body *b, const struct chains *c,
    int max, int hints)
{
	const struct request_data *d = data_of(c->v);
	int used, reserve = 0;
	size_t nun;

	if (d == NULL)
		return;
	nun = prospect_uncovered(&d->tally);
	if (d->requests.n == 0)
		ui_body_line(ui, b, STYLE_DIM, 0, hints ? "No content "
		    "requested yet: r makes a request, tied to an objection, "
		    "into an action item." : "No content requested yet.");
	else
		ui_body_line(ui, b, STYLE_ACCENT, 0, "Content requested: %zu%s",
		    d->requests.n, hints ? " (r: another)" : "");
	/* A gap, the heading, and one line: its one entry, or "… N more". */
	if (max >= 0 && nun > 0)
		reserve = 3;
	used = 1 + ui_body_list(ui, b, d->requests.n, max < 0 ? -1 :
	    max - 1 - reserve, draw_chain, c);
	if (nun == 0)
		return;
	ui_body_gap(b);
	ui_body_line(ui, b, STYLE_WARN, 0, "Heard again, and no content asked "
	    "for: %zu", nun);
	ui_body_list(ui, b, nun, max < 0 ? -1 : max - used - 2,
	    draw_uncovered, c);
}

/* The meeting screen: every chain, every objection left without. */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	struct chains c = { &ui->s->view, today, 0 };

	draw_requests(ui, b, &c, -1, 1);
}

/* The room: the same, compact, in sight above today's actions. */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	struct chains c = { v, NULL, 1 };

	draw_requests(ui, b, &c, room_budget(), 0);
	ui_body_gap(b);
}

/* Ask for a line until it is not blank; 0 when given up with Esc. */
static int
ask_text(struct ui *ui, const char *label, const char *need, char **out)
{
	while (ui_prompt(ui, label, NULL, 0, out) == 1) {
		if (**out != '\0')
			return 1;
		free(*out);
		*out = NULL;
		ui_say(ui, 1, "%s; Esc cancels.", need);
	}
	return 0;
}

/*
 * The objection the request answers, one of those heard (Tab offers
 * them) or none; 1 with *out ("" for none, else the name as first heard).
 */
static int
ask_objection(struct ui *ui, const struct prospect_tally *t, char **out)
{
	const char *const *names = t != NULL ? (const char *const *)t->names :
	    NULL;
	size_t n = t != NULL ? t->nnames : 0;
	char *prev = NULL;
	long at;

	ui_say(ui, 0, "Tab offers the objections heard; empty for none.");
	for (;;) {
		if (ui_prompt_from(ui, "Answers objection:", prev, 0, names, n,
		    out) != 1) {
			free(prev);
			return 0;
		}
		free(prev);
		if (**out == '\0')
			return 1;
		if ((at = prospect_find(names, n, *out)) >= 0) {
			free(*out);
			*out = xstrdup(names[at]);
			return 1;
		}
		ui_say(ui, 1, "No objection was heard as \"%s\": Tab lists "
		    "those heard; empty for none.", *out);
		prev = *out;
		*out = NULL;
	}
}

/* The owner, from marketing; 1 with *out, 0 when given up. */
static int
ask_owner(struct ui *ui, char **out)
{
	const struct meeting_view *v = &ui->s->view;
	char *prev = NULL, *cause = NULL;

	for (;;) {
		if (ui_prompt(ui, "Owner (marketing):", prev, 0, out) != 1) {
			free(prev);
			return 0;
		}
		free(prev);
		if (request_owner_check(v->attendees, v->nattendees, *out,
		    &cause) == 0)
			return 1;
		/* The store's words, made a sentence of. */
		cause[0] = (char)toupper((unsigned char)cause[0]);
		ui_say(ui, 1, "%s; Esc cancels.", cause);
		free(cause);
		cause = NULL;
		prev = *out;
		*out = NULL;
	}
}

/* r: a content request, and the action it becomes. */
static void
request(struct ui *ui)
{
	const struct request_data *d = data_of(&ui->s->view);
	char *asset = NULL, *objection = NULL, *needed = NULL, *owner = NULL;
	char *due = NULL, *cause = NULL;
	struct request_new r = { 0 };
	long id;
	int new_name;

	if (!ask_text(ui, "Asset:", "A request names the asset asked for",
	    &asset) ||
	    !ask_objection(ui, d != NULL ? &d->tally : NULL, &objection) ||
	    !ask_text(ui, "Needed by:", "A request names who needs it",
	    &needed) ||
	    !ask_owner(ui, &owner) ||
	    !ui_prompt_due(ui, "Due:", "next", 1, &due)) {
		ui_say(ui, 0, "No request saved.");
		goto out;
	}
	r.asset = asset;
	r.objection = objection;
	r.needed_by = needed;
	r.owner = owner;
	r.due = due;
	new_name = !ui_known_name(ui, owner);
	if (session_add_request(ui->s, &r, &id, &cause) != 0)
		ui_say(ui, 1, "Request NOT saved: %s", cause);
	else
		ui_say_action_saved(ui, 1, id, new_name);
out:
	free(asset);
	free(objection);
	free(needed);
	free(owner);
	free(due);
	free(cause);
}

/* The item's own keys. */
static void
key(struct ui *ui, enum ui_cmd cmd)
{
	if (cmd == CMD_REQUEST)
		request(ui);
}

const struct ui_kind ui_kind_requests = {
	draw, NULL, room_pinned, &ui_keys_requests, key
};
