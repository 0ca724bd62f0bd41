/* export_csv.c: a meeting's action items as CSV (RFC 4180), for a spreadsheet. */
#include <stdio.h>

#include "export.h"
#include "format.h"

/* One action as a CSV record. */
static void
write_row(FILE *f, const struct meeting_view *v, const struct action *a)
{
	const struct meeting_item *it;

	fprintf(f, "%ld,", a->id);
	format_csv_field(f, a->title);
	fputc(',', f);
	format_csv_field(f, a->owner);
	fprintf(f, ",%s,%s,%s,", export_side(a->side), a->due,
	    action_status_name(a->status));
	if (a->meeting_id != 0)
		fprintf(f, "%ld", a->meeting_id);
	fputc(',', f);
	it = a->meeting_id == v->m->id ? view_item(v, a->item_id) : NULL;
	format_csv_field(f, it != NULL ? it->title : NULL);
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
