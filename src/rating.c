/* rating.c: the meeting's rating: each attendee's, the average, its trend. */
#include "rating.h"

#include <stdlib.h>
#include <string.h>

#include "spark.h"
#include "util.h"

/* Free the ratings and the history. */
void
rating_view_fini(struct rating_view *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->n; i++)
		free(r->v[i].name);
	free(r->v);
	free(r->history);
	memset(r, 0, sizeof *r);
}

/* Parse a rating from 1 to 10. */
int
rating_parse(const char *text, int *out, char **cause)
{
	long v;

	if (util_parse_long(text, RATING_MIN, RATING_MAX, &v) != 0)
		return util_fail(cause, "a rating is a whole number from %d "
		    "to %d", RATING_MIN, RATING_MAX);
	*out = (int)v;
	return 0;
}

/* The average of one meeting. */
double
rating_average(const struct rating_meeting *m)
{
	return m == NULL || m->count == 0 ? -1.0 : (double)m->sum / m->count;
}

/* This meeting's average. */
double
rating_today(const struct rating_view *r)
{
	if (r == NULL || r->nhistory == 0)
		return -1.0;
	return rating_average(&r->history[r->nhistory - 1]);
}

/* The last average before this meeting. */
double
rating_previous(const struct rating_view *r, char since[11])
{
	size_t i;

	if (since != NULL)
		since[0] = '\0';
	if (r == NULL)
		return -1.0;
	for (i = r->nhistory > 0 ? r->nhistory - 1 : 0; i > 0; i--) {
		if (r->history[i - 1].count > 0) {
			if (since != NULL)
				memcpy(since, r->history[i - 1].date, 11);
			return rating_average(&r->history[i - 1]);
		}
	}
	return -1.0;
}

/* How many rated this meeting. */
size_t
rating_count(const struct rating_view *r)
{
	size_t i, n = 0;

	for (i = 0; r != NULL && i < r->n; i++)
		n += r->v[i].value > 0;
	return n;
}

/* The averages as a sparkline. */
void
rating_spark(const struct rating_view *r, char *buf, size_t size)
{
	double v[RATING_HISTORY];
	size_t i, n = 0, from;

	if (r == NULL) {
		if (size > 0)
			buf[0] = '\0';
		return;
	}
	from = r->nhistory > RATING_HISTORY ? r->nhistory - RATING_HISTORY : 0;
	for (i = from; i < r->nhistory; i++) {
		double avg = rating_average(&r->history[i]);

		v[n++] = avg > 0 ? avg : SPARK_NONE;
	}
	spark_line(v, n, RATING_MIN, RATING_MAX, buf, size);
}
