/* export_kind.c: the table of each kind's own section of the minutes. */
#include "export_kind.h"

/* Indexed by enum item_kind; NULL: the item's captures say it all. */
static const struct export_kind *const export_kinds[KIND_COUNT] = {
	[KIND_REVIEW] = NULL,
	[KIND_METRICS] = &export_kind_metrics,
	[KIND_OBJECTIONS] = &export_kind_objections,
	[KIND_REQUESTS] = &export_kind_requests,
	[KIND_DEFINITION] = &export_kind_definition,
	[KIND_WINS] = &export_kind_wins,
	[KIND_PULSE] = &export_kind_pulse,
	[KIND_WRAPUP] = &export_kind_wrapup,
};

/* The entry of kind k. */
const struct export_kind *
export_kind_get(enum item_kind k)
{
	return (unsigned int)k < KIND_COUNT ? export_kinds[k] : NULL;
}
