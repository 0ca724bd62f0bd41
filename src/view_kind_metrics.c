/* view_kind_metrics.c: Q3's scorecard, loaded into the meeting view. */
#include "store.h"
#include "view_kind.h"

/* The figures of the meeting and of the one before with any. */
static int
load(struct store *st, struct meeting_view *v, size_t pos, char **cause)
{
	const struct agenda_item *ai = view_agenda_item(v, pos);
	struct metrics_card *c = metrics_card_new();

	/* The view owns it from here, loaded or not: fini frees it. */
	v->kind_data[KIND_METRICS] = c;
	c->nurture_below = ai != NULL ? ai->nurture_below : 0;
	return store_metrics_card(st, v->m->id, c, cause);
}

/* Free the scorecard. */
static void
fini(void *data)
{
	metrics_card_free(data);
}

const struct view_kind view_kind_metrics = { load, fini };
