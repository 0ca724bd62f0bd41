/* session_mql.c: the MQL definition changed and agreed in the meeting. */
#include "session_mql.h"

#include <stdlib.h>

#include "store_mql.h"
#include "util.h"

/* The definition in the screen's view. */
const struct mql_view *
session_mql_view(const struct session *s)
{
	return s->view.kind_data[KIND_DEFINITION];
}

/* The agenda's definition item, for its criteria. */
static const struct agenda_item *
definition_item(const struct session *s)
{
	size_t i;

	for (i = 0; s->agenda != NULL && i < s->agenda->nitems; i++) {
		if (s->agenda->items[i].kind == KIND_DEFINITION)
			return &s->agenda->items[i];
	}
	return NULL;
}

/* Change, add or remove one criterion. */
int
session_mql_change(struct session *s, const char *key, const char *value,
    struct mql_plan *out, char **cause)
{
	struct mql_change ch = { key, value };

	if (store_mql_propose(s->st, &ch, 1, definition_item(s), s->m->id,
	    clock_time(), out, cause) != 0)
		return -1;
	if (out->kind != MQL_PLAN_NONE)
		session_kind_changed(s, "a change to the MQL definition cannot "
		    "be undone: C or R changes it back");
	return 0;
}

/* One side agrees to the open proposal. */
int
session_mql_agree(struct session *s, enum side side, const char *by,
    int *number, int *in_force, char **cause)
{
	const struct mql_view *mv = session_mql_view(s);

	*number = 0;
	*in_force = 0;
	if (mv == NULL || mv->proposal == NULL)
		return util_fail(cause, "no change to the MQL definition is "
		    "proposed: C changes a criterion first");
	*number = mv->proposal->number;
	if (store_mql_agree(s->st, *number, side, by, clock_time(), in_force,
	    cause) != 0)
		return -1;
	session_kind_changed(s, "an agreement to the MQL definition cannot "
	    "be undone");
	return 0;
}
