/* pulse.c: tension and friction ratings, their trend and early warnings. */
#include "pulse.h"

#include <stdlib.h>
#include <string.h>

#include "spark.h"
#include "util.h"

/* Free the history. */
void
pulse_view_fini(struct pulse_view *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->n; i++) {
		free(p->v[i].side[0].reason);
		free(p->v[i].side[1].reason);
	}
	free(p->v);
	memset(p, 0, sizeof *p);
}

/* Where a side's ratings sit. */
int
pulse_side_index(enum side s)
{
	return s == SIDE_SALES ? 0 : s == SIDE_MARKETING ? 1 : -1;
}

/* A measure for people. */
const char *
pulse_measure_label(enum pulse_measure m)
{
	return m == PULSE_TENSION ? "economic tension" : "cultural friction";
}

/* A measure for scripts. */
const char *
pulse_measure_name(enum pulse_measure m)
{
	return m == PULSE_TENSION ? "tension" : "friction";
}

/* Parse a rating from 1 to 5. */
int
pulse_parse(const char *text, int *out, char **cause)
{
	long v;

	if (util_parse_long(text, PULSE_MIN, PULSE_MAX, &v) != 0)
		return util_fail(cause, "a rating is a whole number from %d "
		    "(calm) to %d (about to break)", PULSE_MIN, PULSE_MAX);
	*out = (int)v;
	return 0;
}

/* This meeting's rating by a side. */
const struct pulse_rating *
pulse_today(const struct pulse_view *p, enum side s)
{
	int i = pulse_side_index(s);

	if (p == NULL || p->n == 0 || i < 0)
		return NULL;
	return &p->v[p->n - 1].side[i];
}

/* The side's last rating of a measure before this meeting. */
int
pulse_previous(const struct pulse_view *p, enum side s, enum pulse_measure m,
    char since[11])
{
	int side = pulse_side_index(s);
	size_t i;

	if (since != NULL)
		since[0] = '\0';
	if (p == NULL || side < 0)
		return 0;
	/* The last meeting of the view is this one: look before it. */
	for (i = p->n > 0 ? p->n - 1 : 0; i > 0; i--) {
		int v = p->v[i - 1].side[side].value[m];

		if (v > 0) {
			if (since != NULL)
				memcpy(since, p->v[i - 1].date, 11);
			return v;
		}
	}
	return 0;
}

/* A side's measure over the view as a sparkline. */
void
pulse_spark(const struct pulse_view *p, enum side s, enum pulse_measure m,
    char *buf, size_t size)
{
	double v[PULSE_HISTORY];
	int side = pulse_side_index(s);
	size_t i, n = 0, from;

	if (p == NULL || side < 0) {
		if (size > 0)
			buf[0] = '\0';
		return;
	}
	from = p->n > PULSE_HISTORY ? p->n - PULSE_HISTORY : 0;
	for (i = from; i < p->n; i++) {
		int r = p->v[i].side[side].value[m];

		v[n++] = r > 0 ? (double)r : SPARK_NONE;
	}
	spark_line(v, n, PULSE_MIN, PULSE_MAX, buf, size);
}

/* The early warnings of this meeting. */
size_t
pulse_warnings(const struct pulse_view *p, struct pulse_warning out[4])
{
	static const enum side sides[2] = { SIDE_SALES, SIDE_MARKETING };
	const struct pulse_rating *today;
	size_t n = 0;
	int s, m, before;

	for (s = 0; s < 2; s++) {
		if ((today = pulse_today(p, sides[s])) == NULL)
			continue;
		for (m = 0; m < PULSE_MEASURES; m++) {
			struct pulse_warning *w = &out[n];

			if (today->value[m] == 0)
				continue;
			before = pulse_previous(p, sides[s],
			    (enum pulse_measure)m, w->since);
			if (before == 0 ||
			    today->value[m] - before < PULSE_RISE)
				continue;
			w->side = sides[s];
			w->measure = (enum pulse_measure)m;
			w->from = before;
			w->to = today->value[m];
			n++;
		}
	}
	return n;
}
