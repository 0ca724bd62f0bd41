/* view_kind_requests.c: what Q2 loads into the meeting view. */
#include <stdlib.h>

#include "store.h"
#include "util.h"
#include "view_kind.h"

/*
 * The meeting's content requests and its tally, for the objections heard
 * again that nothing answers (request.h), in kind_data[KIND_REQUESTS].
 * Nothing in them is private.
 */
static int
load(struct store *st, struct meeting_view *v, size_t pos, char **cause)
{
	struct request_data *d = xcalloc(1, sizeof *d);

	(void)pos;
	v->kind_data[KIND_REQUESTS] = d;
	if (store_requests(st, v->m->id, &d->requests, cause) != 0)
		return -1;
	return store_prospect_tally(st, v->m->id, &d->tally, cause);
}

/* Free it. */
static void
fini(void *data)
{
	request_data_free(data);
}

const struct view_kind view_kind_requests = { load, fini };
