/*
 * session_metrics.h: Q3's figures entered or corrected from the meeting
 * screen: saved at once for the meeting in progress, then the screen's
 * view is reloaded, as every session_* change is. Not steps for undo (u):
 * a correction is typed again, a source entered by mistake removed.
 */
#ifndef PARLEY_SESSION_METRICS_H
#define PARLEY_SESSION_METRICS_H

#include "metrics.h"
#include "session.h"

/*
 * Save one source's figures for the meeting: a source of that name (case
 * aside) is corrected in place (*corrected 1), another one added last.
 * 0, or -1 with *cause (nothing saved).
 */
int session_metrics_set(struct session *s, const struct metrics_row *r,
    int *corrected, char **cause);
/* Remove one source's figures; -1 with *cause when it has none. */
int session_metrics_remove(struct session *s, const char *source,
    char **cause);
/* The meeting's scorecard as the screen shows it; NULL when none. */
const struct metrics_card *session_metrics_card(const struct session *s);

#endif
