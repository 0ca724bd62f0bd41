/*
 * view_kind.h: what each kind of agenda item loads into the meeting view
 * beyond the captures every item holds (a scorecard, the MQL versions, the
 * pulse...). One entry a kind, in view_kind.c; a kind with nothing of its
 * own has none. What it loads sits in v->kind_data[kind], typed by the
 * kind's own header.
 */
#ifndef PARLEY_VIEW_KIND_H
#define PARLEY_VIEW_KIND_H

#include <stddef.h>

#include "view.h"

struct store;

struct view_kind {
	/*
	 * Load the kind's data for the item at pos into v->kind_data[kind],
	 * within view_load's snapshot. 0, or -1 with *cause.
	 */
	int (*load)(struct store *st, struct meeting_view *v, size_t pos,
	    char **cause);
	/* Free what load left (NULL is a no-op). */
	void (*fini)(void *data);
};

/* The entry of kind k, or NULL when it loads nothing of its own. */
const struct view_kind *view_kind_get(enum item_kind k);

/*
 * The kinds' own entries, each in view_kind_<name>.c, with what it puts in
 * v->kind_data[kind]: metrics, a struct metrics_card (metrics.h);
 * objections and requests, a prospect tally and a request list (prospect.h,
 * request.h); definition, the MQL versions (mql.h); pulse, a struct
 * pulse_view (pulse.h); wins, a struct win_list (win.h); wrapup, a struct
 * rating_view (rating.h).
 */
extern const struct view_kind view_kind_metrics, view_kind_objections,
    view_kind_requests, view_kind_definition, view_kind_pulse,
    view_kind_wins, view_kind_wrapup;

#endif
