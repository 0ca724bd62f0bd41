/*
 * store_mql.h: the MQL definition's versions in the database (mql.h says
 * what a version, a proposal and an agreement are). Kept apart from
 * store.h because only the definition's own files use it.
 */
#ifndef PARLEY_STORE_MQL_H
#define PARLEY_STORE_MQL_H

#include <time.h>

#include "agenda.h"
#include "mql.h"

struct store;

/*
 * Every version, oldest first, with its criteria in order and who agreed
 * for each side. Free with mql_history_fini, whatever the result. Reads
 * within the caller's snapshot when it holds one.
 */
int store_mql_history(struct store *st, struct mql_history *out,
    char **cause);

/*
 * Propose changes (mql_plan says what they do) and save the outcome in one
 * transaction: a new version, the open proposal amended (any agreement to
 * it withdrawn) or withdrawn, or nothing. When no version exists yet and
 * seed (may be NULL) is a definition item with criteria, those become
 * version 1, in force, first: a meeting begun before Parley kept versions.
 * meeting_id (0: none) is the meeting the proposal is made in. Returns 0
 * with *out (free with mql_plan_fini), or -1 with *cause and the store's
 * error code (65 bad text or no criterion left, 66 no such criterion to
 * remove, 75 busy).
 */
int store_mql_propose(struct store *st, const struct mql_change *ch,
    size_t n, const struct agenda_item *seed, long meeting_id, time_t now,
    struct mql_plan *out, char **cause);

/*
 * Record that side agrees to version number, by whom (NULL or "": not
 * said; a new name becomes a person of that side), in one transaction.
 * *in_force is set to 1 when the version came into force with it. -1 with
 * *cause and the store's error code: 66 no such version; 65 the side
 * agreed already, the version is older than the one in force, or by is
 * someone of the other side.
 */
int store_mql_agree(struct store *st, int number, enum side side,
    const char *by, time_t now, int *in_force, char **cause);

#endif
