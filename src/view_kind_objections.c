/* view_kind_objections.c: what Q1 loads into the meeting view: its tally. */
#include <stdlib.h>

#include "store.h"
#include "util.h"
#include "view_kind.h"

/*
 * The tally of the meeting (prospect.h), in kind_data[KIND_OBJECTIONS]:
 * nothing in it is private, so every audience sees the same.
 */
static int
load(struct store *st, struct meeting_view *v, size_t pos, char **cause)
{
	struct prospect_tally *t = xcalloc(1, sizeof *t);

	(void)pos;
	v->kind_data[KIND_OBJECTIONS] = t;
	return store_prospect_tally(st, v->m->id, t, cause);
}

/* Free the tally. */
static void
fini(void *data)
{
	if (data == NULL)
		return;
	prospect_tally_fini(data);
	free(data);
}

const struct view_kind view_kind_objections = { load, fini };
