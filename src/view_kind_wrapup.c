/* view_kind_wrapup.c: the wrap-up loads the meeting's rating and its trend. */
#include <stdlib.h>

#include "rating.h"
#include "store.h"
#include "util.h"
#include "view_kind.h"

/*
 * Load the ratings: given aloud in the room, they are the room's to see,
 * so every audience gets them.
 */
static int
load(struct store *st, struct meeting_view *v, size_t pos, char **cause)
{
	struct rating_view *r = xcalloc(1, sizeof *r);

	(void)pos;
	v->kind_data[KIND_WRAPUP] = r;
	return store_ratings(st, v->m->id, r, cause);
}

/* Free them. */
static void
fini(void *data)
{
	rating_view_fini(data);
	free(data);
}

const struct view_kind view_kind_wrapup = { load, fini };
