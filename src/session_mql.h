/*
 * session_mql.h: the MQL definition changed from the meeting screen (Q4):
 * criteria changed, added or removed, and each side's agreement. Each is
 * saved at once and reloads the screen's view; none can be undone with u
 * (a change is changed back with another, and an agreement stands).
 */
#ifndef PARLEY_SESSION_MQL_H
#define PARLEY_SESSION_MQL_H

#include "mql.h"
#include "session.h"

/*
 * The definition as the screen shows it (the view's), or NULL when the
 * meeting has no definition item.
 */
const struct mql_view *session_mql_view(const struct session *s);

/*
 * Change criterion key to value (NULL or "": remove it), proposing a new
 * version or amending the open proposal. 0 with what it did in *out (free
 * with mql_plan_fini), or -1 with *cause.
 */
int session_mql_change(struct session *s, const char *key, const char *value,
    struct mql_plan *out, char **cause);

/*
 * side agrees to the open proposal, by whom (may be NULL). 0 with the
 * version's number in *number and *in_force 1 when it came into force;
 * -1 with *cause (no proposal open, agreed already, by someone of the
 * other side).
 */
int session_mql_agree(struct session *s, enum side side, const char *by,
    int *number, int *in_force, char **cause);

#endif
