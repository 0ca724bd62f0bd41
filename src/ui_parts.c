/* ui_parts.c: the pieces the meeting screen and the room view share. */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kind.h"
#include "ui.h"
#include "util.h"

/* One line of the body: scrolled off, painted, or below the bottom. */
static void
body_row(struct ui_body *b, int x, const char *s, size_t len)
{
	if (b->total++ < b->skip)
		return;
	if (b->y >= b->bottom) {
		b->hidden++;
		return;
	}
	if (b->draw && len > 0)
		ui_put_bytes(b->y, x, s, len);
	b->y++;
}

/* How many rows text takes wrapped to width, indented as ui_body_line does. */
static int
wrapped_rows(const char *text, int width, int indent)
{
	const char *s;
	size_t next;
	int rows = 0;

	for (s = text; *s != '\0'; s += next, rows++) {
		ui_wrap_line(s, width - indent, &next);
		if (s == text)
			indent += 2;
	}
	return rows;
}

/* Add one wrapped line of text to the body in a style. */
void
ui_body_line(struct ui *ui, struct ui_body *b, enum ui_style style, int indent,
    const char *fmt, ...)
{
	va_list ap;
	char *text, *s;
	size_t len, next;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	/* Clipped, a line shows whole or not at all, never half of it. */
	if (!ui_body_entry(b, wrapped_rows(text, b->width, indent))) {
		free(text);
		return;
	}
	if (b->draw)
		attron(ui_attr(ui, style));
	for (s = text; *s != '\0'; s += next) {
		len = ui_wrap_line(s, b->width - indent, &next);
		body_row(b, b->x + indent, s, len);
		if (s == text)
			indent += 2; /* a hanging indent for what wraps */
	}
	if (b->draw)
		attroff(ui_attr(ui, style));
	free(text);
}

int
ui_body_fits(const struct ui_body *b, int rows)
{
	/* The last row is kept for "… N more". */
	return !b->clip || (b->cut == 0 && b->y + rows <= b->bottom - 1);
}

int
ui_body_entry(struct ui_body *b, int rows)
{
	if (ui_body_fits(b, rows))
		return 1;
	b->cut++;
	return 0;
}

void
ui_body_heading(struct ui *ui, struct ui_body *b, enum ui_style style,
    const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	if (ui_body_fits(b, wrapped_rows(text, b->width, 0)))
		ui_body_line(ui, b, style, 0, "%s", text);
	free(text);
}

/* A blank line between groups, unless at the top (or clipped away). */
void
ui_body_gap(struct ui_body *b)
{
	if (b->clip && (b->cut > 0 || b->y >= b->bottom - 1))
		return;
	if (b->total > 0)
		body_row(b, b->x, "", 0);
}

/* The line that says how much clip left out. */
void
ui_body_more(struct ui *ui, struct ui_body *b)
{
	char line[64];

	if (!b->clip || b->cut == 0 || !b->draw)
		return;
	snprintf(line, sizeof line, "\xe2\x80\xa6 %d more", b->cut);
	attron(ui_attr(ui, STYLE_DIM));
	ui_put(b->y, b->x, b->width, line);
	attroff(ui_attr(ui, STYLE_DIM));
}

/* Draw entries while they fit whole in max lines, then how many did not. */
int
ui_body_list(struct ui *ui, struct ui_body *b, size_t n, int max,
    ui_body_entry_fn entry, const void *arg)
{
	struct ui_body m;
	int used = 0, need;
	size_t i;

	for (i = 0; i < n; i++) {
		/* Measure the entry first: it is drawn whole or not at all. */
		m = *b;
		m.draw = 0;
		entry(ui, &m, i, arg);
		need = m.total - b->total;
		if (max >= 0 && used + need + (i + 1 < n) > max)
			break;
		entry(ui, b, i, arg);
		used += need;
	}
	if (i < n) {
		ui_body_line(ui, b, STYLE_DIM, 2, "\xe2\x80\xa6 %zu more", n - i);
		used++;
	}
	return used;
}

/* Draw a long list's entries until the body is full; count the rest. */
void
ui_body_entries(struct ui *ui, struct ui_body *b, size_t n,
    ui_body_entry_fn entry, const void *arg)
{
	size_t i;

	for (i = 0; i < n; i++) {
		/* Once one is cut, so is every one after it. */
		if (b->clip && b->cut > 0) {
			b->cut += (int)(n - i);
			return;
		}
		if (!b->clip && b->y >= b->bottom) {
			b->hidden++;
			return;
		}
		entry(ui, b, i, arg);
	}
}

/* The rows text takes at indent, wrapped as ui_body_line wraps it. */
int
ui_body_height(const struct ui_body *b, int indent, const char *text)
{
	size_t next;
	int rows = 0;

	for (; *text != '\0'; text += next) {
		ui_wrap_line(text, b->width - indent, &next);
		if (rows++ == 0)
			indent += 2;
	}
	return rows;
}

/* Add a line to a list that is to fit. */
void
ui_lines_add(struct ui_lines *l, enum ui_style style, int indent,
    const char *fmt, ...)
{
	struct ui_line *line;
	va_list ap;

	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	line = &l->v[l->n++];
	line->style = style;
	line->indent = indent;
	va_start(ap, fmt);
	line->text = xvasprintf(fmt, ap);
	va_end(ap);
}

/* Free the lines. */
void
ui_lines_fini(struct ui_lines *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/*
 * Draw the heading and the lines that fit whole in rows rows, then "N
 * more" in the last row when some do not: a list is never cut in the
 * middle of a line, nor left without its heading. With no room for an
 * entry, the heading stands alone: it says how many there are.
 */
size_t
ui_body_fit(struct ui *ui, struct ui_body *b, const struct ui_lines *l,
    int rows)
{
	size_t i;
	int h, used = 0;

	for (i = 0; i < l->n; i++) {
		h = ui_body_height(b, l->v[i].indent, l->v[i].text);
		/* A line with more after it leaves a row for "N more". */
		if (rows >= 0 && used + h > rows - (i > 0 && i + 1 < l->n))
			break;
		ui_body_line(ui, b, l->v[i].style, l->v[i].indent, "%s",
		    l->v[i].text);
		used += h;
	}
	/* The heading alone says how many: "N more" follows an entry. */
	if (i > 1 && i < l->n && rows > used)
		ui_body_line(ui, b, STYLE_DIM, l->v[i].indent,
		    "\xe2\x80\xa6 %zu more", l->n - i);
	return i;
}

/*
 * The rows an item may pin above the room's own lists: what the body has
 * left, less what today's actions and decisions take (a line each, their
 * headings and a gap), but never less than half of it.
 */
int
ui_part_room_rows(const struct ui_body *b, const struct meeting_view *v)
{
	int rows = b->bottom - b->y, need = 1 + (int)v->actions.n;
	size_t decisions = view_count_entries(v, ENTRY_DECISION);

	if (decisions > 0)
		need += 2 + (int)decisions;
	return rows - need > rows / 2 ? rows - need : rows / 2;
}

/* An action's line, and its carried line (NULL when never carried). */
static void
action_text(const struct ui *ui, const struct action *a, const char *today,
    int show_owner, char **line, char **carried)
{
	int stale = a->carried >= ACTION_CARRY_LIMIT;

	/* A no-break space keeps "due" and its date on one line. */
	*line = xasprintf("#%ld  %s%s%s%s%s%s%s", a->id, a->title,
	    show_owner ? " · " : "",
	    show_owner ? (a->owner != NULL ? a->owner : "NO OWNER") : "",
	    a->due[0] != '\0' ? " · due\xc2\xa0" : " · NO DUE DATE", a->due,
	    action_overdue(a, today) ? " (overdue)" : "",
	    a->status != ACTION_OPEN ? (a->status == ACTION_DONE ?
	    " · done" : " · dropped") : "");
	/* The room is shown the rule, never the facilitator's keys. */
	*carried = a->carried == 0 ? NULL : stale ? xasprintf("carried %d "
	    "times: close, drop or escalate it%s", a->carried, ui->room ? "" :
	    " (A)") : xasprintf("carried %d time%s", a->carried,
	    a->carried == 1 ? "" : "s");
}

/* The rows an action takes at indent, its carried line included. */
static int
action_rows(const struct ui *ui, const struct ui_body *b,
    const struct action *a, const char *today, int show_owner, int indent)
{
	char *line, *carried;
	int rows;

	action_text(ui, a, today, show_owner, &line, &carried);
	rows = ui_body_height(b, indent, line) + (carried != NULL ?
	    ui_body_height(b, indent + 6, carried) : 0);
	free(line);
	free(carried);
	return rows;
}

/* One action, whole or (clipped) not at all: its line, its carried line. */
void
ui_body_action(struct ui *ui, struct ui_body *b, const struct action *a,
    const char *today, int show_owner, int indent)
{
	enum ui_style style = action_overdue(a, today) ||
	    a->carried >= ACTION_CARRY_LIMIT ? STYLE_WARN : STYLE_NORMAL;
	char *line, *carried;

	action_text(ui, a, today, show_owner, &line, &carried);
	if (ui_body_entry(b, ui_body_height(b, indent, line) +
	    (carried != NULL ? ui_body_height(b, indent + 6, carried) : 0))) {
		ui_body_line(ui, b, style, indent, "%s", line);
		if (carried != NULL)
			ui_body_line(ui, b, style, indent + 6, "%s", carried);
	}
	free(line);
	free(carried);
}

/* A heading and a list of action items with owner and due date. */
void
ui_part_actions(struct ui *ui, struct ui_body *b, const char *heading,
    const struct action_list *l, const char *today)
{
	size_t i;

	ui_body_heading(ui, b, STYLE_ACCENT, "%s: %zu", heading, l->n);
	for (i = 0; i < l->n; i++)
		ui_body_action(ui, b, &l->v[i], today, 1, 2);
}

void
ui_part_decisions(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v)
{
	size_t i, n = view_count_entries(v, ENTRY_DECISION);

	if (n == 0)
		return;
	ui_body_gap(b);
	ui_body_heading(ui, b, STYLE_ACCENT, "Decisions today: %zu", n);
	for (i = 0; i < v->entries.n; i++)
		if (v->entries.v[i].kind == ENTRY_DECISION)
			ui_body_line(ui, b, STYLE_OK, 2, "%s",
			    v->entries.v[i].text);
}

/*
 * The review's first lines: how many of the last meeting's commitments were
 * done, against Ninety's target, per side, then per owner. Nothing at the
 * first meeting, which has no last one.
 */
void
ui_part_completion(struct ui *ui, struct ui_body *b, const struct owner_list *l)
{
	char *summary, *owners;
	int made, done;

	if (l == NULL || l->nmeetings == 0)
		return;
	owner_total(l, SIDE_NONE, &made, &done);
	if (made == 0) {
		ui_body_line(ui, b, STYLE_DIM, 0, "Commitments done: none were "
		    "made at the last meeting.");
		ui_body_gap(b);
		return;
	}
	summary = owner_summary(l);
	owners = owner_breakdown(l);
	ui_body_line(ui, b, owner_percent(done, made) >= OWNER_TARGET ?
	    STYLE_OK : STYLE_WARN, 0, "Commitments done: %s", summary);
	if (owners != NULL)
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s", owners);
	ui_body_gap(b);
	free(summary);
	free(owners);
}

/* Does text name a topic item of the meeting (case and blanks aside)? */
static size_t
topic_item(const struct meeting *m, const char *text)
{
	char *want = util_trim(xstrdup(text)), *title;
	size_t i, found = 0;

	for (i = 0; found == 0 && i < m->nitems; i++) {
		if (m->items[i].kind != KIND_TOPIC)
			continue;
		title = util_trim(xstrdup(m->items[i].title));
		if (util_casecmp(title, want) == 0)
			found = i + 1;
		free(title);
	}
	free(want);
	return found;
}

/* The parking lot carried forward, numbered as C asks for them. */
void
ui_part_parking(struct ui *ui, struct ui_body *b, const struct meeting_view *v,
    int rows, int keys)
{
	const struct entry_list *l = &v->parking_before;
	struct ui_lines lines = { 0 };
	size_t i, open = 0, topic;

	if (l->n == 0)
		return;
	for (i = 0; i < l->n; i++)
		open += l->v[i].closed_at[0] == '\0';
	ui_lines_add(&lines, STYLE_ACCENT, 0, "Parking lot, carried forward: "
	    "%zu open%s", open, keys ? " (C closes one, or reopens it)" : "");
	for (i = 0; i < l->n; i++) {
		const struct entry *e = &l->v[i];

		if (e->closed_at[0] != '\0')
			ui_lines_add(&lines, STYLE_DIM, 2, "%zu. \xe2\x9c\x93 "
			    "%s \xc2\xb7 closed in this meeting", i + 1,
			    e->text);
		else if ((topic = topic_item(v->m, e->text)) > 0)
			ui_lines_add(&lines, STYLE_NORMAL, 2, "%zu. %s "
			    "\xc2\xb7 on today's agenda, item %zu", i + 1,
			    e->text, topic);
		else
			ui_lines_add(&lines, STYLE_NORMAL, 2, "%zu. %s "
			    "\xc2\xb7 parked %.10s", i + 1, e->text,
			    e->created_at);
	}
	ui_body_fit(ui, b, &lines, rows);
	ui_lines_fini(&lines);
	ui_body_gap(b);
}

/* The review's heading: how many commitments are open. */
void
ui_part_review_heading(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v)
{
	size_t n = v->backlog != NULL ? v->backlog->n : 0;

	ui_body_heading(ui, b, STYLE_ACCENT, "Open commitments from earlier "
	    "meetings: %zu%s", n, ui->room ? "" :
	    " (A: done, keep, drop, escalate)");
	if (n == 0)
		ui_body_line(ui, b, STYLE_DIM, 2, "None: a clean slate.");
}

/* Commitment i, under its owner's name when it is their first. */
void
ui_part_review_entry(struct ui *ui, struct ui_body *b,
    const struct meeting_view *v, size_t i, const char *today)
{
	const struct backlog_owner *o;
	const struct action *a;
	const char *name;
	char *cause = NULL;
	int first;

	if ((a = backlog_get(v->backlog, ui->st, i, &cause)) == NULL) {
		/* Gone since it was counted: the next reload recounts. */
		if (cause != NULL && ui_body_entry(b, 1))
			ui_body_line(ui, b, STYLE_ERROR, 2, "(not read: %s)",
			    cause);
		free(cause);
		return;
	}
	o = backlog_owner_of(v->backlog, i, &first);
	name = o != NULL && o->name != NULL ? o->name : "(no owner)";
	/*
	 * Clipped, an owner shows only with an action beneath, and an
	 * action never under another owner's name.
	 */
	if (first) {
		if (!ui_body_entry(b, ui_body_height(b, 0, name) +
		    action_rows(ui, b, a, today, 0, 2)))
			return;
		ui_body_line(ui, b, STYLE_TITLE, 0, "%s", name);
	}
	ui_body_action(ui, b, a, today, 0, 2);
}

/* The arguments of review_entry, through ui_body_entries. */
struct review_args {
	const struct meeting_view *v;
	const char *today;
};

/* Entry i of the review, for ui_body_entries. */
static void
review_entry(struct ui *ui, struct ui_body *b, size_t i, const void *arg)
{
	const struct review_args *r = arg;

	ui_part_review_entry(ui, b, r->v, i, r->today);
}

/* Review: the heading, then the open commitments by owner, while they fit. */
void
ui_part_review(struct ui *ui, struct ui_body *b, const struct meeting_view *v,
    const char *today)
{
	struct review_args r = { v, today };

	ui_part_review_heading(ui, b, v);
	if (v->backlog != NULL)
		ui_body_entries(ui, b, v->backlog->n, review_entry, &r);
}

/* The top bar: meeting title, date, total clock against the plan. */
void
ui_part_bar(struct ui *ui, const struct meeting *m)
{
	char total[16], plan[16], right[96], day[32];
	time_t now = clock_time();
	struct tm tm;
	int rw;

	localtime_r(&now, &tm);
	strftime(day, sizeof day, "%a %d %b %Y", &tm);
	meeting_format_clock(meeting_total_elapsed(m, now), total);
	meeting_format_clock(m->planned_minutes * 60L, plan);
	snprintf(right, sizeof right, "%s   total %s / %s ", day, total, plan);
	rw = utf8_width(right);
	attron(ui_attr(ui, STYLE_BAR));
	ui_fill_row(0);
	ui_put(0, 1, COLS - rw - 3, m->title);
	if (meeting_total_elapsed(m, now) > m->planned_minutes * 60L)
		attron(A_BOLD);
	ui_put(0, COLS - rw, rw, right);
	attroff(ui_attr(ui, STYLE_BAR) | A_BOLD);
}

/* The agenda as a strip of markers: done, current, to come. */
void
ui_part_strip(struct ui *ui, const struct meeting *m, int y)
{
	time_t now = clock_time();
	char mark[64];
	int x = 1, named = 0, current;
	size_t i, need = 0;

	/* With room enough, each mark carries its item's short name. */
	for (i = 0; i < m->nitems; i++)
		need += (size_t)utf8_width(kind_item_label(m->items[i].kind,
		    m->items[i].title)) + 6;
	named = need < (size_t)COLS - 2;
	for (i = 0; i < m->nitems && x < COLS - 12; i++) {
		current = (int)i == m->current;
		snprintf(mark, sizeof mark, "%s%zu %s%s%s", i > 0 ? " " : "",
		    i + 1, current ? "◉" : meeting_item_covered(m, i, now) ?
		    "●" : "○", named ? " " : "", named ?
		    kind_item_label(m->items[i].kind, m->items[i].title) : "");
		attron(ui_attr(ui, current ? STYLE_ACCENT : STYLE_DIM));
		x += ui_put(y, x, COLS - x - 1, mark);
		attroff(ui_attr(ui, current ? STYLE_ACCENT : STYLE_DIM));
	}
}

/* The current item's header: position, kind, who asks, clock, question. */
int
ui_part_item(struct ui *ui, const struct meeting *m,
    const struct agenda_item *ai, int y, int compact)
{
	const struct meeting_item *it = &m->items[m->current];
	char spent[16], box[16], right[64], left[160];
	long secs = meeting_item_elapsed(m, (size_t)m->current, clock_time());
	int over = secs > it->minutes * 60L, rw;

	meeting_format_clock(secs, spent);
	meeting_format_clock(it->minutes * 60L, box);
	/* A clock stopped in a live meeting: nobody has the meeting open. */
	snprintf(right, sizeof right, "%s%s / %s%s", m->clock_started == 0 &&
	    m->status == MEETING_LIVE ? "paused  " : "", spent, box,
	    over ? "  over time" : "");
	if (ai != NULL && ai->asked_by != SIDE_NONE)
		snprintf(left, sizeof left, "%d/%zu  %s · %s asks %s",
		    m->current + 1, m->nitems, kind_get(it->kind)->label,
		    agenda_side_name(ai->asked_by),
		    agenda_side_name(agenda_side_other(ai->asked_by)));
	else
		snprintf(left, sizeof left, "%d/%zu  %s", m->current + 1,
		    m->nitems, kind_get(it->kind)->label);
	rw = utf8_width(right);
	attron(ui_attr(ui, STYLE_ACCENT));
	ui_put(y, 1, COLS - rw - 4, left);
	attroff(ui_attr(ui, STYLE_ACCENT));
	attron(ui_attr(ui, over ? STYLE_WARN : STYLE_NORMAL) | A_BOLD);
	ui_put(y, COLS - rw - 1, rw, right);
	attroff(ui_attr(ui, over ? STYLE_WARN : STYLE_NORMAL) | A_BOLD);
	y++;
	attron(ui_attr(ui, STYLE_TITLE));
	y += ui_wrap(y, 1, COLS - 2, compact ? 1 : 2, it->title);
	attroff(ui_attr(ui, STYLE_TITLE));
	if (compact)
		return y + 1;
	if (ai != NULL && ai->prompt != NULL) {
		attron(ui_attr(ui, STYLE_DIM));
		y += ui_wrap(y, 1, COLS - 2, 3, ai->prompt);
		attroff(ui_attr(ui, STYLE_DIM));
	}
	attron(ui_attr(ui, STYLE_DIM));
	mvhline_set(y, 1, WACS_HLINE, COLS - 2);
	attroff(ui_attr(ui, STYLE_DIM));
	return y + 1;
}

