/* view_kind_definition.c: what Q4, the MQL definition, loads into the view. */
#include <stdlib.h>

#include "mql.h"
#include "store_mql.h"
#include "util.h"
#include "view_kind.h"

/*
 * Load the versions: all of them for a meeting in progress (another
 * Parley's clock may run ahead of ours); for one that ended, as they stood
 * at its end, whatever later meetings agreed.
 */
static int
load(struct store *st, struct meeting_view *v, size_t pos, char **cause)
{
	struct mql_view *mv = xcalloc(1, sizeof *mv);
	const struct meeting *m = v->m;

	v->kind_data[KIND_DEFINITION] = mv;
	mv->item = view_agenda_item(v, pos);
	if (store_mql_history(st, &mv->history, cause) != 0)
		return -1;
	if (m->ended_at != 0)
		mql_history_as_of(&mv->history, m->ended_at);
	mv->in_force = mql_in_force(&mv->history);
	mv->proposal = mql_proposal(&mv->history);
	mv->before = mql_in_force_before(&mv->history, m->started_at);
	return 0;
}

const struct view_kind view_kind_definition = { load, mql_view_free };
