/*
 * ui_kind_pulse.c: the tension and friction check on both screens: each
 * side's ratings with the sparkline of the last meetings, and an early
 * warning for a rise since the last rating; r rates a side.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pulse.h"
#include "spark.h"
#include "ui.h"
#include "util.h"

/* "4 ↑2", "3 =", "2 ↓1", "4" (nothing before), "–" (not rated). */
static void
value_text(const struct pulse_view *p, enum side s, enum pulse_measure m,
    char buf[32])
{
	const struct pulse_rating *r = pulse_today(p, s);
	int now = r != NULL ? r->value[m] : 0;
	int before = pulse_previous(p, s, m, NULL);

	if (now == 0)
		snprintf(buf, 32, "\xe2\x80\x93");
	else if (before == 0)
		snprintf(buf, 32, "%d", now);
	else if (now == before)
		snprintf(buf, 32, "%d =", now);
	else
		snprintf(buf, 32, "%d %s%d", now, now > before ?
		    "\xe2\x86\x91" : "\xe2\x86\x93", abs(now - before));
}

/* One measure of a side: "tension ▂▂▅    4 ↑2", padded to line up. */
static void
measure_text(const struct pulse_view *p, enum side s, enum pulse_measure m,
    char *buf, size_t size)
{
	char spark[SPARK_SIZE(PULSE_HISTORY)], value[32];
	int pad, vpad;

	pulse_spark(p, s, m, spark, sizeof spark);
	value_text(p, s, m, value);
	/* Padded by columns, not bytes: the glyphs are three bytes each. */
	pad = PULSE_HISTORY - utf8_width(spark);
	vpad = 5 - utf8_width(value);
	snprintf(buf, size, "%-8s %s%*s %s%*s", m == PULSE_TENSION ? "tension" :
	    "friction", spark, pad > 0 ? pad : 0, "", value, vpad > 0 ? vpad :
	    0, "");
}

/* A side's line, and its reason under it. */
static void
draw_side(struct ui *ui, struct ui_body *b, const struct pulse_view *p,
    enum side s)
{
	const struct pulse_rating *r = pulse_today(p, s);
	char tension[96], friction[96];

	measure_text(p, s, PULSE_TENSION, tension, sizeof tension);
	measure_text(p, s, PULSE_FRICTION, friction, sizeof friction);
	ui_body_line(ui, b, STYLE_NORMAL, 2, "%-10s %s   %s", s == SIDE_SALES ?
	    "Sales" : "Marketing", tension, friction);
	if (r != NULL && r->reason != NULL)
		ui_body_line(ui, b, STYLE_DIM, 13, "why: %s", r->reason);
}

/* The early warnings, in words and not colour alone. */
static void
draw_warnings(struct ui *ui, struct ui_body *b, const struct pulse_view *p)
{
	struct pulse_warning w[4];
	size_t i, n = pulse_warnings(p, w);

	for (i = 0; i < n; i++)
		ui_body_line(ui, b, STYLE_WARN, 0, "EARLY WARNING \xc2\xb7 %s: "
		    "%s rose from %d to %d since %s", w[i].side == SIDE_SALES ?
		    "Sales" : "Marketing", pulse_measure_label(w[i].measure),
		    w[i].from, w[i].to, w[i].since);
}

/*
 * The pulse as both screens show it; hints the key on the meeting screen
 * (the room has none).
 */
static void
draw_pulse(struct ui *ui, struct ui_body *b, const struct pulse_view *p,
    int keys)
{
	const struct pulse_rating *sales = pulse_today(p, SIDE_SALES);
	const struct pulse_rating *mkt = pulse_today(p, SIDE_MARKETING);
	int rated = (sales != NULL && sales->value[PULSE_TENSION] > 0) ||
	    (mkt != NULL && mkt->value[PULSE_TENSION] > 0);

	if (p == NULL)
		return;
	ui_body_line(ui, b, STYLE_ACCENT, 0, "Economic tension and cultural "
	    "friction, 1 calm to 5 about to break");
	draw_side(ui, b, p, SIDE_SALES);
	draw_side(ui, b, p, SIDE_MARKETING);
	ui_body_line(ui, b, STYLE_DIM, 2, p->n > 1 ? "The last %zu meetings "
	    "that rated, oldest first; \xc2\xb7 not rated." : "The first "
	    "rating: the trend starts here.", p->n);
	draw_warnings(ui, b, p);
	if (!rated)
		ui_body_line(ui, b, STYLE_DIM, 0, keys ? "Not rated yet: r, "
		    "then the side, rates it." : "Not rated yet.");
}

/* The meeting screen. */
static void
draw(struct ui *ui, struct ui_body *b, const char *today)
{
	(void)today;
	draw_pulse(ui, b, ui->s->view.kind_data[KIND_PULSE], 1);
}

/* The room keeps the pulse in sight above today's lists. */
static void
room_pinned(struct ui *ui, struct ui_body *b, const struct meeting_view *v)
{
	draw_pulse(ui, b, v->kind_data[KIND_PULSE], 0);
	ui_body_gap(b);
}

/* r: a side, its tension, its friction and why. */
static void
rate(struct ui *ui)
{
	const struct pulse_rating *r;
	char *reason = NULL, *cause = NULL, label[64];
	int key, t, f;
	enum side side;

	key = ui_choose(ui, "Which side rates? s sales, m marketing (Esc: "
	    "none)", "sm");
	if (key == 0) {
		ui_say(ui, 0, "Nothing rated.");
		return;
	}
	side = key == 's' ? SIDE_SALES : SIDE_MARKETING;
	r = pulse_today(ui->s->view.kind_data[KIND_PULSE], side);
	ui_say(ui, 0, "1 calm, 5 about to break.");
	snprintf(label, sizeof label, "%s: economic tension, 1-5:",
	    side == SIDE_SALES ? "Sales" : "Marketing");
	if (!ui_prompt_number(ui, label, r != NULL ?
	    r->value[PULSE_TENSION] : 0, pulse_parse, &t))
		goto cancel;
	snprintf(label, sizeof label, "%s: cultural friction, 1-5:",
	    side == SIDE_SALES ? "Sales" : "Marketing");
	if (!ui_prompt_number(ui, label, r != NULL ?
	    r->value[PULSE_FRICTION] : 0, pulse_parse, &f))
		goto cancel;
	ui_say(ui, 0, "In a few words; empty for none.");
	if (ui_prompt(ui, "Why:", r != NULL ? r->reason : NULL,
	    PROMPT_SELECT, &reason) != 1)
		goto cancel;
	if (session_rate_pulse(ui->s, side, t, f, reason, &cause) == 0)
		ui_say(ui, 0, "Pulse saved: %s tension %d, friction %d.",
		    side == SIDE_SALES ? "sales" : "marketing", t, f);
	else
		ui_say(ui, 1, "Pulse NOT saved: %s", cause);
	free(cause);
	free(reason);
	return;
cancel:
	ui_say(ui, 0, "Nothing rated.");
}

/* The item's keys. */
static void
key(struct ui *ui, enum ui_cmd cmd)
{
	if (cmd == CMD_RATE)
		rate(ui);
}

const struct ui_kind ui_kind_pulse = {
	draw, NULL, room_pinned, &ui_keys_pulse, key
};
