/* session_metrics.c: Q3's figures changed from the meeting screen. */
#include "session_metrics.h"

#include <stdlib.h>

/*
 * Reload the screen's view after a saved change; a reload that fails
 * leaves why in s->stale (the change is saved all the same).
 */
static void
refresh(struct session *s)
{
	free(s->stale);
	s->stale = NULL;
	session_refresh(s, &s->stale);
}

/* Save one source's figures. */
int
session_metrics_set(struct session *s, const struct metrics_row *r,
    int *corrected, char **cause)
{
	char *why = NULL;

	if (metrics_row_check(r, &why) != 0) {
		*cause = why;
		return -1;
	}
	if (store_metrics_set(s->st, s->m->id, r, corrected, cause) != 0)
		return -1;
	refresh(s);
	return 0;
}

/* Remove one source's figures. */
int
session_metrics_remove(struct session *s, const char *source, char **cause)
{
	if (store_metrics_remove(s->st, s->m->id, source, cause) != 0)
		return -1;
	refresh(s);
	return 0;
}

/* The scorecard in the session's view. */
const struct metrics_card *
session_metrics_card(const struct session *s)
{
	return s->view.kind_data[KIND_METRICS];
}
