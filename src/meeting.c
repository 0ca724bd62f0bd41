/* meeting.c: the clocks of a meeting and its agenda items. */
#include "meeting.h"

#include <stdio.h>
#include <stdlib.h>

/* Free a meeting and its items. */
void
meeting_free(struct meeting *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->nitems; i++)
		free(m->items[i].title);
	free(m->items);
	free(m->title);
	free(m->agenda_text);
	free(m->agenda_path);
	free(m);
}

/* Free a list of meetings. */
void
meeting_rows_fini(struct meeting_rows *rows)
{
	size_t i;

	for (i = 0; i < rows->n; i++)
		free(rows->v[i].title);
	free(rows->v);
	rows->v = NULL;
	rows->n = 0;
}

/* Seconds the running clock has added since it was started. */
static long
running(const struct meeting *m, time_t now)
{
	if (m->clock_started == 0 || now <= m->clock_started)
		return 0;
	return (long)(now - m->clock_started);
}

/* Seconds spent on item i, counting the running clock. */
long
meeting_item_elapsed(const struct meeting *m, size_t i, time_t now)
{
	long s = m->items[i].elapsed;

	if ((int)i == m->current)
		s += running(m, now);
	return s;
}

/* Has item i had long enough to count as covered? */
int
meeting_item_covered(const struct meeting *m, size_t i, time_t now)
{
	return m->items[i].captures > 0 ||
	    meeting_item_elapsed(m, i, now) >= MEETING_COVERED_SECONDS;
}

/* Seconds spent on the whole meeting. */
long
meeting_total_elapsed(const struct meeting *m, time_t now)
{
	long s = running(m, now);
	size_t i;

	for (i = 0; i < m->nitems; i++)
		s += m->items[i].elapsed;
	return s;
}

/* Bank the running clock into the current item. */
void
meeting_bank(struct meeting *m, time_t now)
{
	if (m->clock_started == 0)
		return;
	if (m->nitems > 0)
		m->items[m->current].elapsed += running(m, now);
	m->clock_started = now;
	m->heartbeat = now;
}

/* Move to item pos, banking the current item's time. */
void
meeting_goto(struct meeting *m, int pos, time_t now)
{
	if (m->nitems == 0)
		return;
	if (pos < 0)
		pos = 0;
	if ((size_t)pos >= m->nitems)
		pos = (int)m->nitems - 1;
	meeting_bank(m, now);
	m->current = pos;
}

/* Stop the clock. */
void
meeting_pause(struct meeting *m, time_t now)
{
	meeting_bank(m, now);
	m->clock_started = 0;
	m->heartbeat = now;
}

/* Start the clock, first banking a dead screen's time up to its heartbeat. */
void
meeting_resume(struct meeting *m, time_t now)
{
	if (m->clock_started != 0) {
		time_t last = m->heartbeat > m->clock_started ?
		    m->heartbeat : m->clock_started;

		meeting_bank(m, last < now ? last : now);
	}
	m->clock_started = now;
	m->heartbeat = now;
}

/* Format seconds as MM:SS or H:MM:SS. */
void
meeting_format_clock(long seconds, char buf[16])
{
	if (seconds < 0)
		seconds = 0;
	if (seconds >= 100 * 3600)
		seconds = 100 * 3600 - 1;
	if (seconds >= 100 * 60)
		snprintf(buf, 16, "%d:%02d:%02d", (int)(seconds / 3600 % 100),
		    (int)(seconds / 60 % 60), (int)(seconds % 60));
	else
		snprintf(buf, 16, "%02d:%02d", (int)(seconds / 60),
		    (int)(seconds % 60));
}
