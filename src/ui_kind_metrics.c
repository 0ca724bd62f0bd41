/*
 * ui_kind_metrics.c: Q3, the lead-source scorecard, on both screens: a
 * table per source (the columns that fit, whole, by metrics_layout's
 * priorities), the sources to nurture longer, and a bar chart of
 * velocity. The facilitator enters or corrects a source's figures with
 * f and removes one with r.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "session_metrics.h"
#include "ui.h"
#include "util.h"

/* Marks a source to nurture longer: a sign, not only a colour. */
#define FLAG "⚑"
/* The narrowest bar column worth drawing beside the table. */
#define BAR_MIN 10
/* Rows the room leaves at most for today's actions below the scorecard. */
#define ROOM_REST 3

/*
 * Append s to line (at *used, at most size bytes) in width columns: cut
 * with "…" when wider, padded with spaces on the left (right) or right.
 */
static void
append(char *line, size_t size, size_t *used, const char *s, int width,
    int right)
{
	size_t n = strlen(s), len;
	unsigned int cp;
	int w = utf8_width(s), cut = w > width, cw, taken = 0;

	for (; right && !cut && w < width && *used + 1 < size; w++)
		line[(*used)++] = ' ';
	while ((len = utf8_decode(s, n, &cp)) > 0 && *used + len + 4 < size) {
		cw = utf8_cp_width(cp);
		if (cut && taken + cw > width - 1)
			break;
		memcpy(line + *used, s, len);
		*used += len;
		taken += cw;
		s += len;
		n -= len;
	}
	if (cut && *used + 4 < size) {
		memcpy(line + *used, "…", 3);
		*used += 3;
		taken++;
	}
	for (; (!right || cut) && taken < width && *used + 1 < size; taken++)
		line[(*used)++] = ' ';
	line[*used] = '\0';
}

/* Append the blank between two columns. */
static void
gap(char *line, size_t size, size_t *used)
{
	append(line, size, used, "", METRICS_GAP, 0);
}

/* The heading: how many sources, and what the change compares with. */
static void
draw_heading(struct ui *ui, struct ui_body *b, const struct metrics_card *c)
{
	if (c->now.n == 0)
		ui_body_line(ui, b, STYLE_ACCENT, 0, "Lead sources");
	else if (c->before_meeting != 0)
		ui_body_line(ui, b, STYLE_ACCENT, 0, "Lead sources: %zu · "
		    "change since meeting %ld (%s)", c->now.n,
		    c->before_meeting, c->before_date);
	else
		ui_body_line(ui, b, STYLE_ACCENT, 0, "Lead sources: %zu · "
		    "first figures: no earlier meeting has any", c->now.n);
}

/*
 * One line of the table: the headings (r NULL) or a source, with a bar
 * of bar columns at the end when bar is not 0.
 */
static void
table_line(struct ui *ui, struct ui_body *b, const struct metrics_card *c,
    const struct metrics_row *r, const int widths[METRICS_NCOLS], int bar,
    double top)
{
	char line[1024], cell[160];
	struct metrics_value v;
	size_t used = 0;
	int col, nurture = r != NULL && metrics_nurture(c, r);

	append(line, sizeof line, &used, nurture ? FLAG : "", 2, 0);
	for (col = 0; col < METRICS_NCOLS; col++) {
		if (widths[col] == 0)
			continue;
		if (col > 0)
			gap(line, sizeof line, &used);
		if (r == NULL)
			snprintf(cell, sizeof cell, "%s", metrics_col_head(
			    (enum metrics_col)col));
		else
			metrics_col_text(c, r, (enum metrics_col)col, cell,
			    sizeof cell);
		append(line, sizeof line, &used, cell, widths[col],
		    metrics_col_numeric((enum metrics_col)col));
	}
	if (bar > 0) {
		gap(line, sizeof line, &used);
		v = r != NULL ? metrics_figure(r, METRICS_VELOCITY) :
		    (struct metrics_value){ 0, 0 };
		if (r == NULL)
			snprintf(cell, sizeof cell, "VELOCITY");
		else
			metrics_bar(v.ok && top > 0 ? v.v / top : 0, bar, cell,
			    sizeof cell);
		append(line, sizeof line, &used, cell, bar, 0);
	}
	/* Trailing blanks would only wrap a line that fits. */
	while (used > 0 && line[used - 1] == ' ')
		line[--used] = '\0';
	ui_body_line(ui, b, r == NULL ? STYLE_DIM : nurture ? STYLE_WARN :
	    STYLE_NORMAL, 0, "%s", line);
}

/*
 * The table, at most max sources of it (then how many more there are).
 * With a velocity bar column bar wide (bar not 0), it is the chart too:
 * the fastest first, so what does not fit is the slowest.
 */
static void
draw_table(struct ui *ui, struct ui_body *b, const struct metrics_card *c,
    int bar, size_t max)
{
	size_t *order = xcalloc(c->now.n + 1, sizeof *order), i;
	double top = metrics_top_velocity(c);
	int widths[METRICS_NCOLS], used;

	for (i = 0; i < c->now.n; i++)
		order[i] = i;
	if (bar > 0)
		metrics_by_velocity(c, order);
	used = metrics_layout(c, b->width - 2 - (bar > 0 ? bar + METRICS_GAP :
	    0), widths);
	/* The bars take what the columns leave. */
	if (bar > 0 && b->width - 2 - used - METRICS_GAP > bar)
		bar = b->width - 2 - used - METRICS_GAP;
	table_line(ui, b, c, NULL, widths, bar, top);
	for (i = 0; i < c->now.n && i < max; i++)
		table_line(ui, b, c, &c->now.v[order[i]], widths, bar, top);
	if (i < c->now.n)
		ui_body_line(ui, b, STYLE_DIM, 2, "… %zu more source%s",
		    c->now.n - i, c->now.n - i == 1 ? "" : "s");
	free(order);
}

/* The sources to nurture longer, against the agenda's threshold. */
static void
draw_nurture(struct ui *ui, struct ui_body *b, const struct metrics_card *c)
{
	struct metrics_value t = { 1, c->nurture_below };
	char rate[32], *list;

	if (c->nurture_below <= 0)
		return;
	metrics_format_rate(t, rate, sizeof rate);
	if ((list = metrics_nurture_list(c)) == NULL)
		return;
	ui_body_line(ui, b, STYLE_WARN, 0, FLAG " Nurture longer before sales "
	    "(lead-to-SQL under %s): %s", rate, list);
	free(list);
}

/*
 * A horizontal bar chart of velocity, fastest first: each source, its
 * figure, then its bar, scaled so the fastest fills the width.
 */
static void
draw_chart(struct ui *ui, struct ui_body *b, const struct metrics_card *c)
{
	size_t *order = xcalloc(c->now.n, sizeof *order), i, used;
	double top = metrics_top_velocity(c);
	char line[1024], cell[512];
	struct metrics_value v;
	int namew = 0, valw = 0, w, bar;

	for (i = 0; i < c->now.n; i++) {
		if ((w = utf8_width(c->now.v[i].source)) > namew)
			namew = w;
		metrics_format_amount(metrics_figure(&c->now.v[i],
		    METRICS_VELOCITY), cell, sizeof cell);
		if ((w = utf8_width(cell)) > valw)
			valw = w;
	}
	namew = namew > 20 ? 20 : namew;
	bar = b->width - 2 - namew - valw - 2 * METRICS_GAP;
	metrics_by_velocity(c, order);
	ui_body_line(ui, b, STYLE_ACCENT, 0, "Velocity by source (revenue per "
	    "day)");
	for (i = 0; i < c->now.n; i++) {
		used = 0;
		v = metrics_figure(&c->now.v[order[i]], METRICS_VELOCITY);
		append(line, sizeof line, &used, c->now.v[order[i]].source,
		    namew, 0);
		gap(line, sizeof line, &used);
		metrics_format_amount(v, cell, sizeof cell);
		append(line, sizeof line, &used, cell, valw, 1);
		gap(line, sizeof line, &used);
		metrics_bar(v.ok && top > 0 ? v.v / top : 0, bar, cell,
		    sizeof cell);
		append(line, sizeof line, &used, cell, bar, 0);
		while (used > 0 && line[used - 1] == ' ')
			line[--used] = '\0';
		ui_body_line(ui, b, STYLE_NORMAL, 2, "%s", line);
	}
	free(order);
}

/* The meeting screen: the table, the sources to nurture, the chart. */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	const struct metrics_card *c = session_metrics_card(ui->s);

	(void)today;
	if (c == NULL)
		return;
	draw_heading(ui, b, c);
	if (c->now.n == 0) {
		ui_body_line(ui, b, STYLE_DIM, 2, "No figures yet: f enters a "
		    "source's figures; 'parley metrics import FILE' loads a "
		    "CRM report.");
		return;
	}
	draw_table(ui, b, c, 0, c->now.n);
	draw_nurture(ui, b, c);
	ui_body_gap(b);
	draw_chart(ui, b, c);
}

/* The rows today's actions need below the scorecard, up to ROOM_REST. */
static int
room_rest(const struct meeting_view *v)
{
	int rest = 1 + (int)v->actions.n;

	return rest < ROOM_REST ? rest : ROOM_REST;
}

/*
 * The room keeps the scorecard in sight above today's actions. The
 * table and the chart apart when both fit; else one table with a bar
 * column, its flagged rows told by one line; else its first sources and
 * how many more.
 */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	const struct metrics_card *c = v->kind_data[KIND_METRICS];
	struct ui_body m = { 0 };
	struct metrics_value t;
	char rate[32], *list;
	int avail = b->bottom - b->y, n, bar, rows;

	if (c == NULL)
		return;
	m.width = b->width;
	m.bottom = INT_MAX;
	draw_heading(ui, &m, c);
	draw_table(ui, &m, c, 0, c->now.n);
	draw_nurture(ui, &m, c);
	draw_heading(ui, b, c);
	if (c->now.n == 0) {
		ui_body_line(ui, b, STYLE_DIM, 2, "No lead-source figures yet.");
		ui_body_gap(b);
		return;
	}
	n = (int)c->now.n;
	/* The table and the nurture line, a gap, the chart's heading and bars. */
	if (m.total + 2 + n + room_rest(v) <= avail) {
		draw_table(ui, b, c, 0, c->now.n);
		draw_nurture(ui, b, c);
		ui_body_gap(b);
		draw_chart(ui, b, c);
		ui_body_gap(b);
		return;
	}
	list = metrics_nurture_list(c);
	/* Heading, column heads, "N more", the flags' line, a gap, the rest. */
	rows = avail - 4 - (list != NULL) - room_rest(v);
	bar = b->width / 5 > BAR_MIN ? b->width / 5 : BAR_MIN;
	draw_table(ui, b, c, bar, rows >= n ? c->now.n : rows > 1 ?
	    (size_t)rows : 1);
	if (list != NULL) {
		t.ok = 1;
		t.v = c->nurture_below;
		metrics_format_rate(t, rate, sizeof rate);
		ui_body_line(ui, b, STYLE_WARN, 0, FLAG " nurture longer before "
		    "sales: lead-to-SQL under %s", rate);
	}
	free(list);
	ui_body_gap(b);
}

/* Say what a source's figures come to, once saved. */
static void
say_saved(struct ui *ui, const struct metrics_row *r, int corrected)
{
	char l2s[32], win[32], vel[32];

	metrics_format_rate(metrics_figure(r, METRICS_LEAD_TO_SQL), l2s,
	    sizeof l2s);
	metrics_format_rate(metrics_figure(r, METRICS_WIN_RATE), win,
	    sizeof win);
	metrics_format_amount(metrics_figure(r, METRICS_VELOCITY), vel,
	    sizeof vel);
	ui_say(ui, 0, "%s %s: lead-to-SQL %s · win rate %s · velocity %s a "
	    "day.", r->source, corrected ? "corrected" : "saved", l2s, win,
	    vel);
}

/*
 * What a typed line asks for: 0 figures in *r to save; 1 a known source,
 * its figures in *again to correct; -1 with the problem in *cause.
 */
static int
read_line(struct ui *ui, const char *line, struct metrics_row *r,
    char **again, char **cause)
{
	const struct metrics_card *c = session_metrics_card(ui->s);
	const struct metrics_row *known;
	int rc;

	if (c != NULL && (known = metrics_table_find(&c->now, line)) != NULL) {
		*again = metrics_line_format(known);
		return 1;
	}
	rc = metrics_line_parse(line, r, cause);
	if (rc == 1) {
		*cause = xasprintf("No figures for %s yet: type its 8 figures "
		    "after the name.", r->source);
		rc = -1;
	}
	return rc;
}

/*
 * f: one line, the source then its figures. A known source alone brings
 * its figures back to correct; a bad line stays to be fixed; Esc saves
 * nothing.
 */
static void
enter_figures(struct ui *ui)
{
	struct metrics_row r;
	char *line = NULL, *prev = NULL, *cause = NULL;
	int corrected, rc;

	ui_say(ui, 0, "Source leads MQLs SQLs opps won lost revenue days (a "
	    "source alone: correct it)");
	for (;;) {
		rc = ui_prompt(ui, "Figures:", prev, 0, &line);
		free(prev);
		prev = NULL;
		if (rc != 1 || *line == '\0') {
			ui_say(ui, 0, "No figures saved.");
			break;
		}
		memset(&r, 0, sizeof r);
		rc = read_line(ui, line, &r, &prev, &cause);
		if (rc == 1) {
			ui_say(ui, 0, "Correct the figures and press Enter.");
			free(line);
			continue;
		}
		if (rc < 0) {
			ui_say(ui, 1, "%s", cause);
			free(cause);
			cause = NULL;
			metrics_row_fini(&r);
			prev = line;
			continue;
		}
		if (session_metrics_set(ui->s, &r, &corrected, &cause) == 0)
			say_saved(ui, &r, corrected);
		else {
			ui_say(ui, 1, "Figures NOT saved: %s", cause);
			free(cause);
		}
		metrics_row_fini(&r);
		break;
	}
	free(line);
}

/* r: remove one source's figures once y confirms it. */
static void
remove_figures(struct ui *ui)
{
	const struct metrics_card *c = session_metrics_card(ui->s);
	const struct metrics_row *known;
	char *source = NULL, *cause = NULL, *question;

	if (c == NULL || c->now.n == 0) {
		ui_say(ui, 0, "No figures to remove.");
		return;
	}
	if (ui_prompt(ui, "Remove source:", NULL, 0, &source) != 1 ||
	    *source == '\0') {
		ui_say(ui, 0, "Nothing removed.");
		goto out;
	}
	if ((known = metrics_table_find(&c->now, source)) == NULL) {
		ui_say(ui, 1, "No figures for %s here: nothing removed.", source);
		goto out;
	}
	question = xasprintf("Remove %s's figures? y removes them; any other "
	    "key keeps them.", known->source);
	if (!ui_confirm(ui, question))
		ui_say(ui, 0, "Nothing removed.");
	else if (session_metrics_remove(ui->s, source, &cause) == 0)
		ui_say(ui, 0, "%s's figures removed.", source);
	else {
		ui_say(ui, 1, "NOT removed: %s", cause);
		free(cause);
	}
	free(question);
out:
	free(source);
}

/* Do one of the item's keys. */
static void
key(struct ui *ui, enum ui_cmd cmd)
{
	if (cmd == CMD_FIGURES)
		enter_figures(ui);
	else if (cmd == CMD_FIGURES_REMOVE)
		remove_figures(ui);
}

const struct ui_kind ui_kind_metrics = {
	draw, NULL, room_pinned, &ui_keys_metrics, key
};
