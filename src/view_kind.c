/* view_kind.c: the table of what each kind loads into the meeting view. */
#include "view_kind.h"

/* Indexed by enum item_kind; kinds with nothing of their own are NULL. */
static const struct view_kind *const view_kinds[KIND_COUNT] = {
	[KIND_REVIEW] = NULL,
	[KIND_METRICS] = &view_kind_metrics,
	[KIND_OBJECTIONS] = &view_kind_objections,
	[KIND_REQUESTS] = &view_kind_requests,
	[KIND_DEFINITION] = &view_kind_definition,
	[KIND_WINS] = &view_kind_wins,
	[KIND_PULSE] = &view_kind_pulse,
	[KIND_WRAPUP] = &view_kind_wrapup,
};

/* The entry of kind k. */
const struct view_kind *
view_kind_get(enum item_kind k)
{
	return (unsigned int)k < KIND_COUNT ? view_kinds[k] : NULL;
}
