/*
 * fuzz_metrics_csv.c: libFuzzer harness for the CSV import of lead-source
 * figures (metrics_csv.c over libcsv), and for the line typed in the
 * meeting (its first line). Figures taken are sane (a source in plain
 * UTF-8, counts not negative, amounts finite) and read back the same from
 * what parley writes (metrics --format csv, and the typed line); a typed
 * line taken loses no word; a file refused gives no figure and every
 * problem at its line.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "metrics.h"
#include "metrics_csv.h"

/* Check one row taken from a report. */
static void
check_row(const struct metrics_row *r)
{
	FUZZ_CHECK(r->source != NULL && r->source[0] != '\0',
	    "a source has a name", NULL);
	FUZZ_CHECK(fuzz_utf8_valid(r->source, strlen(r->source)),
	    "a source is UTF-8", r->source);
	FUZZ_CHECK(!fuzz_has_control(r->source), "a source holds no control",
	    r->source);
	FUZZ_CHECK(r->leads >= 0 && r->mqls >= 0 && r->sqls >= 0 &&
	    r->opportunities >= 0 && r->won >= 0 && r->lost >= 0,
	    "counts are not negative", r->source);
	FUZZ_CHECK(isfinite(r->revenue) && r->revenue >= 0,
	    "revenue is an amount", r->source);
	FUZZ_CHECK(isfinite(r->cycle_days) && r->cycle_days >= 0,
	    "cycle days are a number of days", r->source);
}

/* 1 if a and b hold the same figures (amounts to the cent). */
static int
same_row(const struct metrics_row *a, const struct metrics_row *b)
{
	return strcmp(a->source, b->source) == 0 && a->leads == b->leads &&
	    a->mqls == b->mqls && a->sqls == b->sqls &&
	    a->opportunities == b->opportunities && a->won == b->won &&
	    a->lost == b->lost && fabs(a->revenue - b->revenue) < 0.006 &&
	    fabs(a->cycle_days - b->cycle_days) < 0.006;
}

/* What metrics --format csv writes reads back as the same figures. */
static void
check_csv_round_trip(const struct metrics_table *t)
{
	struct metrics_card *c = metrics_card_new();
	struct metrics_table again = { NULL, 0 };
	struct metrics_diags d = { NULL, 0 };
	char *buf = NULL;
	size_t len = 0, i;
	FILE *f;

	for (i = 0; i < t->n; i++) {
		struct metrics_row copy;

		metrics_row_copy(&copy, &t->v[i]);
		metrics_table_add(&c->now, &copy);
	}
	if ((f = open_memstream(&buf, &len)) == NULL)
		abort();
	metrics_write_csv(f, c);
	fclose(f);
	FUZZ_CHECK(metrics_csv_parse(buf, len, &again, &d) == 0,
	    "what parley writes reads back", buf);
	FUZZ_CHECK(again.n == t->n, "as many sources", buf);
	for (i = 0; i < t->n; i++)
		FUZZ_CHECK(same_row(&again.v[i], &t->v[i]),
		    "the same figures", again.v[i].source);
	metrics_table_fini(&again);
	metrics_diags_fini(&d);
	metrics_card_free(c);
	free(buf);
}

/* The line the meeting's prompt is filled with reads back the same. */
static void
check_line_round_trip(const struct metrics_row *r)
{
	struct metrics_row back;
	char *line = metrics_line_format(r), *cause = NULL;

	FUZZ_CHECK(metrics_line_parse(line, &back, &cause) == 0,
	    "a source's line reads back", line);
	FUZZ_CHECK(same_row(&back, r), "to the same figures", line);
	metrics_row_fini(&back);
	free(cause);
	free(line);
}

/* Check the problems of a report refused. */
static void
check_diags(const struct metrics_diags *d, int lines)
{
	size_t i;

	FUZZ_CHECK(d->n > 0, "a refusal has a problem", NULL);
	for (i = 0; i < d->n; i++) {
		FUZZ_CHECK(d->v[i].message != NULL &&
		    d->v[i].message[0] != '\0', "a problem is said", NULL);
		FUZZ_CHECK(fuzz_utf8_valid(d->v[i].message,
		    strlen(d->v[i].message)), "a message is UTF-8",
		    d->v[i].message);
		FUZZ_CHECK(!fuzz_has_control(d->v[i].message),
		    "a message holds no control", d->v[i].message);
		FUZZ_CHECK(d->v[i].line >= 0 && d->v[i].line <= lines,
		    "a problem is at a line of the file", d->v[i].message);
		FUZZ_CHECK(i == 0 || d->v[i - 1].line <= d->v[i].line,
		    "problems come sorted by line", d->v[i].message);
	}
}

/* Count the blank-separated words of s. */
static size_t
count_words(const char *s)
{
	size_t n = 0;

	while (*s != '\0') {
		while (isspace((unsigned char)*s))
			s++;
		if (*s == '\0')
			break;
		n++;
		while (*s != '\0' && !isspace((unsigned char)*s))
			s++;
	}
	return n;
}

/* Read the first line as one typed in the meeting's "Figures:" prompt. */
static void
check_typed_line(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	char *line = fuzz_text(data, nl != NULL ? (size_t)(nl - data) : size);
	struct metrics_row r;
	char *cause = NULL;
	int rc = metrics_line_parse(line, &r, &cause);

	FUZZ_CHECK(rc >= -1 && rc <= 1, "-1, 0 or 1", line);
	FUZZ_CHECK(rc != -1 || (cause != NULL && cause[0] != '\0'),
	    "a line refused says why", line);
	if (rc == 1)
		FUZZ_CHECK(r.source != NULL && r.source[0] != '\0',
		    "a source alone is named", line);
	if (rc == 0) {
		check_row(&r);
		check_line_round_trip(&r);
		FUZZ_CHECK(count_words(r.source) + METRICS_NFIELDS - 1 ==
		    count_words(line), "no word of the line is lost", line);
	}
	metrics_row_fini(&r);
	free(cause);
	free(line);
}

/* Count the lines of the text as a reader numbers them (CR, LF, CRLF). */
static int
count_lines(const uint8_t *data, size_t size)
{
	int lines = 1;
	size_t i;

	for (i = 0; i < size; i++) {
		if (data[i] == '\n' || (data[i] == '\r' &&
		    (i + 1 == size || data[i + 1] != '\n')))
			lines++;
	}
	return lines;
}

/* Read the text as a report, then check what came out. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct metrics_table t = { NULL, 0 };
	struct metrics_diags d = { NULL, 0 };
	size_t i;

	check_typed_line(data, size);
	if (metrics_csv_parse((const char *)data, size, &t, &d) == 0) {
		FUZZ_CHECK(d.n == 0, "figures taken have no problem", NULL);
		for (i = 0; i < t.n; i++) {
			check_row(&t.v[i]);
			check_line_round_trip(&t.v[i]);
		}
		check_csv_round_trip(&t);
	} else {
		FUZZ_CHECK(t.n == 0, "a report refused gives no figure", NULL);
		check_diags(&d, count_lines(data, size));
	}
	metrics_table_fini(&t);
	metrics_diags_fini(&d);
	return 0;
}
