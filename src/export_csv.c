/* export_csv.c: a meeting's action items as CSV (RFC 4180), for a spreadsheet. */
#include <stdio.h>

#include "export.h"
#include "format.h"

/* The title of the item with id in v's meeting, or NULL. */
static const char *
item_title(const struct meeting_view *v, long id)
{
	size_t i;

	for (i = 0; i < v->m->nitems; i++) {
		if (v->m->items[i].id == id)
			return v->m->items[i].title;
	}
	return NULL;
}

/* One action as a CSV record. */
static void
write_row(FILE *f, const struct meeting_view *v, const struct action *a)
{
	fprintf(f, "%ld,", a->id);
	format_csv_field(f, a->title);
	fputc(',', f);
	format_csv_field(f, a->owner);
	fprintf(f, ",%s,%s,%s,", export_side(a->side), a->due,
	    action_status_name(a->status));
	if (a->meeting_id != 0)
		fprintf(f, "%ld", a->meeting_id);
	fputc(',', f);
	format_csv_field(f, a->meeting_id == v->m->id ? item_title(v,
	    a->item_id) : NULL);
	fprintf(f, ",%s,%s,%d\r\n", action_review_name(a->review),
	    a->created_at, a->carried);
}

/*
 * The action items made in the meeting, then those made before that it
 * reviewed (review says what it did to them). Lines end in CRLF, fields
 * are quoted when they hold a comma, a quote or a line break.
 */
static int
write_csv(FILE *f, const struct meeting_view *v, char **cause)
{
	size_t i;

	(void)cause;
	fputs("id,title,owner,side,due,status,meeting,item,review,created_at,"
	    "carried\r\n", f);
	for (i = 0; i < v->actions.n; i++)
		write_row(f, v, &v->actions.v[i]);
	for (i = 0; i < v->reviewed.n; i++)
		write_row(f, v, &v->reviewed.v[i]);
	return 0;
}

const struct export_format export_csv = {
	"csv", "csv", "CSV: the action items", write_csv
};
