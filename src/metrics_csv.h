/*
 * metrics_csv.h: lead-source figures read from a CRM report exported as
 * CSV (RFC 4180, parsed by libcsv): a header naming the columns, in any
 * order, then one row per source. Parley's own names (SPEC section 5) and
 * those of common HubSpot and Salesforce reports are taken (the table is
 * in metrics_csv.c and parley(1)). Every problem is found in one pass,
 * each with its line; a file with any problem gives no figures at all.
 */
#ifndef PARLEY_METRICS_CSV_H
#define PARLEY_METRICS_CSV_H

#include <stddef.h>

#include "metrics.h"

/* The most a report file may hold. */
#define METRICS_CSV_MAX (8 * 1024 * 1024)

/* One problem, at a line of the file (1-based; 0: the file as a whole). */
struct metrics_diag {
	int line;
	char *message;
};

struct metrics_diags {
	struct metrics_diag *v;
	size_t n;
};

/*
 * Read the figures in text (len bytes). A UTF-8 byte-order mark, CRLF or
 * CR line ends, quoted fields, blank lines and trailing empty columns are
 * taken. Returns 0 with the sources in *out, in the file's order; -1 with
 * every problem in diags, sorted by line, and *out empty. out and diags
 * must be zeroed by the caller; free them with metrics_table_fini and
 * metrics_diags_fini.
 */
int metrics_csv_parse(const char *text, size_t len, struct metrics_table *out,
    struct metrics_diags *diags);
/*
 * As metrics_csv_parse, from the file at path. -2 when it cannot be read
 * (one diag at line 0 says why; errno is kept), -1 for bad figures.
 */
int metrics_csv_load(const char *path, struct metrics_table *out,
    struct metrics_diags *diags);
void metrics_diags_fini(struct metrics_diags *d);

/*
 * The column a report header names ("Lead Source", "Closed Won Amount",
 * "cycle_days"...): 1 with *f, 0 for one of Parley's computed columns
 * (lead_to_mql...: read again, they are ignored), -1 for an unknown name.
 */
int metrics_csv_column(const char *header, enum metrics_field *f);

#endif
