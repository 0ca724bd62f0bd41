/* view_kind_pulse.c: the pulse item loads its ratings and their history. */
#include <stdlib.h>

#include "pulse.h"
#include "store.h"
#include "util.h"
#include "view_kind.h"

/* Load the pulse of the meeting: nothing in it is private. */
static int
load(struct store *st, struct meeting_view *v, size_t pos, char **cause)
{
	struct pulse_view *p = xcalloc(1, sizeof *p);

	(void)pos;
	v->kind_data[KIND_PULSE] = p;
	return store_pulse_history(st, v->m->id, p, cause);
}

/* Free it. */
static void
fini(void *data)
{
	pulse_view_fini(data);
	free(data);
}

const struct view_kind view_kind_pulse = { load, fini };
