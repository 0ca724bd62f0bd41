/*
 * export_kind.h: each kind of agenda item's own section of the minutes
 * (the scorecard, the MQL definition, the pulse...), one entry a kind in
 * export_kind.c, written by the kind's own file. md and html write it
 * under the item's heading, after its time; json writes it as a top-level
 * key named for the kind. What is private was decided in the view.
 */
#ifndef PARLEY_EXPORT_KIND_H
#define PARLEY_EXPORT_KIND_H

#include <stdio.h>

#include "json.h"
#include "view.h"

struct export_kind {
	/* Markdown, under the item at pos ("###" headings and below). */
	void (*md)(FILE *f, const struct meeting_view *v, size_t pos);
	/* HTML, under the item at pos (<h3> and below). */
	void (*html)(FILE *f, const struct meeting_view *v, size_t pos);
	/* JSON: one key (its name and value) of the top-level object. */
	void (*json)(struct json *j, const struct meeting_view *v, size_t pos);
};

/* The kinds with a section of their own (export_kind_*.c). */
extern const struct export_kind export_kind_objections,
    export_kind_requests;
extern const struct export_kind export_kind_definition;

/* The entry of kind k, or NULL when the kind has no section of its own. */
const struct export_kind *export_kind_get(enum item_kind k);

/* The kinds' own sections, each in export_kind_<name>.c. */
extern const struct export_kind export_kind_metrics;
extern const struct export_kind export_kind_wins, export_kind_pulse,
    export_kind_wrapup;

#endif
