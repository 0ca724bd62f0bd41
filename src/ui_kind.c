/* ui_kind.c: the table of what each kind of agenda item does on the screens. */
#include "ui.h"

/* Indexed by enum item_kind; NULL: the kind draws only its captures. */
static const struct ui_kind *const ui_kinds[KIND_COUNT] = {
	[KIND_REVIEW] = &ui_kind_review,
	[KIND_METRICS] = &ui_kind_metrics,
	[KIND_WINS] = &ui_kind_wins,
	[KIND_PULSE] = &ui_kind_pulse,
	[KIND_DEFINITION] = &ui_kind_definition,
	[KIND_WRAPUP] = &ui_kind_wrapup,
	[KIND_OBJECTIONS] = &ui_kind_objections,
	[KIND_REQUESTS] = &ui_kind_requests,
};

/* A kind with nothing of its own. */
static const struct ui_kind plain;

/* The entry of kind k. */
const struct ui_kind *
ui_kind_get(enum item_kind k)
{
	if ((unsigned int)k >= KIND_COUNT || ui_kinds[k] == NULL)
		return &plain;
	return ui_kinds[k];
}

/* The long list of kind k: the review's commitments alone have one. */
const struct ui_kind_list *
ui_kind_list_get(enum item_kind k)
{
	return k == KIND_REVIEW ? &ui_kind_review_list : NULL;
}
