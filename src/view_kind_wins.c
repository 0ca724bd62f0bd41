/* view_kind_wins.c: the olive branch loads the wins and new customers. */
#include <stdlib.h>

#include "store.h"
#include "util.h"
#include "view_kind.h"
#include "win.h"

/* Load the meeting's wins: said in the room to be shared, none private. */
static int
load(struct store *st, struct meeting_view *v, size_t pos, char **cause)
{
	struct win_list *l = xcalloc(1, sizeof *l);

	(void)pos;
	v->kind_data[KIND_WINS] = l;
	return store_wins(st, v->m->id, l, cause);
}

/* Free them. */
static void
fini(void *data)
{
	win_list_fini(data);
	free(data);
}

const struct view_kind view_kind_wins = { load, fini };
