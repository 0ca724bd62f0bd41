/*
 * test_metrics_csv.c: unit tests for reading lead-source figures from a
 * CRM report in CSV: what real exports hold (a header in another order,
 * a byte-order mark, CRLF, quoted fields, thousands separators and
 * currency signs, HubSpot's and Salesforce's column names) is read; a bad
 * file reports every problem at its line and gives nothing; the samples
 * in data/ read cleanly; what parley metrics --format csv writes reads
 * back the same.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "metrics_csv.h"
#include "testlib.h"
#include "util.h"

#define N(a) (sizeof (a) / sizeof (a)[0])

/* Parse text; the result, with the table and problems to free. */
static int
parse(const char *text, struct metrics_table *t, struct metrics_diags *d)
{
	memset(t, 0, sizeof *t);
	memset(d, 0, sizeof *d);
	return metrics_csv_parse(text, strlen(text), t, d);
}

/* The problems as "LINE: message" lines, for a failure's message. */
static char *
diags_text(const struct metrics_diags *d)
{
	char *s = xstrdup(""), *next;
	size_t i;

	for (i = 0; i < d->n; i++) {
		next = xasprintf("%s%d: %s\n", s, d->v[i].line,
		    d->v[i].message);
		free(s);
		s = next;
	}
	return s;
}

/* Parse text that must be good; fails the test with its problems. */
static void
parse_ok(const char *text, struct metrics_table *t)
{
	struct metrics_diags d;
	char *s;

	if (parse(text, t, &d) != 0) {
		s = diags_text(&d);
		fail_msg("not read:\n%s", s);
	}
	assert_int_equal(d.n, 0);
}

/* A header in its own order, BOM, CRLF, quotes, separators, currency. */
static void
test_good(void **state)
{
	static const char text[] =
	    "\xef\xbb\xbf" "Revenue,Source,leads,MQLs,sqls,Opportunities,won,"
	    "lost,cycle_days,,\r\n"
	    "\"$48,000.00\",\"Webinar, EMEA\",\"1,204\",120,16,8,2,4,52,,\r\n"
	    "\r\n"
	    "  \"USD 1,500\" , \"Say \"\"hi\"\" \" ,10,5,2,1,1,0,3.5\r\n"
	    ",,,,,,,,\r\n"
	    "0,Cold list,900,0,0,0,0,3,\r\n";
	struct metrics_table t;

	(void)state;
	parse_ok(text, &t);
	assert_int_equal(t.n, 3);
	assert_string_equal(t.v[0].source, "Webinar, EMEA");
	assert_int_equal(t.v[0].leads, 1204);
	assert_int_equal(t.v[0].mqls, 120);
	assert_int_equal(t.v[0].sqls, 16);
	assert_int_equal(t.v[0].opportunities, 8);
	assert_int_equal(t.v[0].won, 2);
	assert_int_equal(t.v[0].lost, 4);
	assert_true(t.v[0].revenue == 48000);
	assert_true(t.v[0].cycle_days == 52);
	assert_string_equal(t.v[1].source, "Say \"hi\"");
	assert_true(t.v[1].revenue == 1500);
	assert_true(t.v[1].cycle_days == 3.5);
	/* No deal won: revenue 0, an empty cycle is 0. */
	assert_string_equal(t.v[2].source, "Cold list");
	assert_int_equal(t.v[2].lost, 3);
	assert_true(t.v[2].cycle_days == 0);
	metrics_table_fini(&t);
}

/* A source with a line break inside quotes: the lines after keep count. */
static void
test_lines_counted(void **state)
{
	static const char text[] =
	    "source,leads,mqls,sqls,opportunities,won,lost,revenue,cycle_days\n"
	    "\"Two\nlines\",1,1,1,1,1,1,1,1\n"
	    "Ok,1,1,1,1,1,1,1,1\n"
	    "Bad,x,1,1,1,1,1,1,1\n";
	static const char cr[] =
	    "source,leads,mqls,sqls,opportunities,won,lost,revenue,cycle_days\r"
	    "Ok,1,1,1,1,1,1,1,1\r"
	    "Bad,1,x,1,1,1,1,1,1\r";
	struct metrics_table t;
	struct metrics_diags d;

	(void)state;
	assert_int_equal(parse(text, &t, &d), -1);
	/* The quoted line break is itself a control character in a source. */
	assert_int_equal(d.n, 2);
	assert_int_equal(d.v[0].line, 2);
	assert_non_null(strstr(d.v[0].message, "control character"));
	assert_int_equal(d.v[1].line, 5);
	assert_string_equal(d.v[1].message, "leads 'x' is not a number");
	assert_int_equal(t.n, 0);
	metrics_diags_fini(&d);
	/* Old Mac line ends, CR alone. */
	assert_int_equal(parse(cr, &t, &d), -1);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 3);
	metrics_diags_fini(&d);
}

/* One file with every problem the brief lists, each at its line. */
static void
test_every_problem(void **state)
{
	static const char text[] =
	    /* 1: an unknown column, a column twice (by two names) */
	    "source,leads,mqls,sqls,opportunities,won,lost,revenue,cycle_days,"
	    "Region,Contacts\n"
	    /* 2: good */
	    "Webinar,400,120,16,8,2,4,\"$24,000\",52,EU,\n"
	    /* 3: every cell wrong */
	    "\"\",abc,-3,1.5,x,2.5,,\"1.234,56\",soon,EU,\n"
	    /* 4: the same source again, case aside */
	    " WEBINAR ,1,1,1,1,1,1,1,1,EU,\n"
	    /* 5: the report's total */
	    "Total,401,121,17,9,3,5,24001,53,EU,\n"
	    /* 6: too few fields */
	    "Ads,1,2,3\n"
	    /* 7: revenue with no deal won */
	    "Events,10,5,2,1,0,1,900,3,EU,\n"
	    /* 8: too many fields, the extra ones not empty */
	    "Chat,1,1,1,1,1,1,1,1,EU,,oops\n"
	    /* 9: a misplaced quote: libcsv stops here */
	    "Bad\"quote,1,1,1,1,1,1,1,1,EU,\n"
	    "Never,read,1,1,1,1,1,1,1,EU,\n";
	static const struct {
		int line;
		const char *message;
	} want[] = {
		{ 1, "unknown column 'Region': the columns are source, leads, "
		  "mqls, sqls, opportunities, won, lost, revenue, cycle_days "
		  "(or a HubSpot or Salesforce report's names: see parley(1))" },
		{ 1, "column 11, 'Contacts', is leads again (column 2 is)" },
		{ 3, "the source is empty" },
		{ 3, "leads 'abc' is not a number" },
		{ 3, "mqls -3 is negative" },
		{ 3, "sqls 1.5 is not a whole number" },
		{ 3, "opportunities 'x' is not a number" },
		{ 3, "won 2.5 is not a whole number" },
		{ 3, "lost is empty (0 if there were none)" },
		{ 3, "revenue '1.234,56' is not an amount: digits, a point "
		  "before the cents, commas between thousands (48,000.00; $ "
		  "or USD may come with it)" },
		{ 3, "cycle_days 'soon' is not a number" },
		{ 4, "source 'WEBINAR' is on line 2 already" },
		{ 5, "'Total' is the report's total, not a lead source: delete "
		  "the line" },
		{ 6, "4 fields where the header has 11" },
		{ 7, "revenue 900 with no deal won: revenue is what the won "
		  "deals brought in" },
		{ 8, "12 fields where the header has 11" },
		{ 9, "a quote where none may be: a field holding a quote, a "
		  "comma or a line break is wrapped in quotes, and its quotes "
		  "are doubled (\"say \"\"hi\"\"\")" },
	};
	struct metrics_table t;
	struct metrics_diags d;
	char *s;
	size_t i;

	(void)state;
	assert_int_equal(parse(text, &t, &d), -1);
	assert_int_equal(t.n, 0);
	assert_null(t.v);
	s = diags_text(&d);
	if (d.n != N(want))
		fail_msg("%zu problems, want %zu:\n%s", d.n, N(want), s);
	for (i = 0; i < N(want); i++) {
		if (d.v[i].line != want[i].line ||
		    strcmp(d.v[i].message, want[i].message) != 0)
			fail_msg("problem %zu: %d: %s\nwant %d: %s\nall:\n%s",
			    i, d.v[i].line, d.v[i].message, want[i].line,
			    want[i].message, s);
	}
	free(s);
	metrics_diags_fini(&d);
}

/* Files that are no report: each told in one message at its line. */
static void
test_not_a_report(void **state)
{
	static const struct {
		const char *text;
		size_t len;           /* 0: strlen */
		int line;
		const char *message;  /* in the first problem */
	} cases[] = {
		{ "", 0, 1, "the file is empty: its first line names the "
		  "columns" },
		{ "\n\n  \n", 0, 1, "the file is empty" },
		{ "\xef\xbb\xbf", 0, 1, "the file is empty" },
		{ "source,leads,mqls,sqls,opportunities,won,lost,revenue,"
		  "cycle_days\n\n", 0, 1, "no lead source under the header" },
		{ "\n\nWebinar,400,120,16,8,2,4,24000,52\n", 0, 3, "the first "
		  "line names no column Parley knows: it is the header, such as "
		  "source, leads" },
		{ "source;leads;mqls\nWebinar;1;2\n", 0, 1, "one column only: "
		  "are the columns separated by ';'? Export the report with "
		  "commas" },
		{ "source,leads\nWebinar,1\n", 0, 1, "no mqls, sqls, "
		  "opportunities, won, lost, revenue, cycle_days columns" },
		{ "source,leads,mqls,sqls,opportunities,won,lost,revenue\n", 0,
		  1, "no cycle_days column: the columns are" },
		{ "source,leads,mqls,sqls,opportunities,won,lost,revenue,"
		  "cycle_days\n\"open,1\n", 0, 2, "a quoted field is not "
		  "closed: the file ends inside it" },
		{ "PK\x03\x04\x14\x00\x06\x00", 8, 1, "this is a zip file (an "
		  "Excel workbook?), not CSV" },
		{ "source,leads\x00,mqls", 19, 1, "this is not a text file (it "
		  "holds NUL bytes)" },
		{ "source,,leads,mqls,sqls,opportunities,won,lost,revenue,"
		  "cycle_days\n", 0, 1, "column 2 has no name" },
	};
	struct metrics_table t;
	struct metrics_diags d;
	size_t i, len;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		memset(&t, 0, sizeof t);
		memset(&d, 0, sizeof d);
		len = cases[i].len != 0 ? cases[i].len : strlen(cases[i].text);
		assert_int_equal(metrics_csv_parse(cases[i].text, len, &t, &d),
		    -1);
		if (d.n == 0 || d.v[0].line != cases[i].line ||
		    strstr(d.v[0].message, cases[i].message) == NULL)
			fail_msg("case %zu: %d: %s\nwant %d: %s", i,
			    d.n > 0 ? d.v[0].line : -1, d.n > 0 ?
			    d.v[0].message : "(none)", cases[i].line,
			    cases[i].message);
		assert_int_equal(t.n, 0);
		metrics_diags_fini(&d);
	}
}

/* The names a header may give: Parley's, HubSpot's, Salesforce's. */
static void
test_columns(void **state)
{
	static const struct {
		const char *header;
		int rc;
		enum metrics_field f;
	} cases[] = {
		{ "source", 1, METRICS_SOURCE },
		{ "  Lead Source ", 1, METRICS_SOURCE },
		{ "Original Source", 1, METRICS_SOURCE },
		{ "Contacts", 1, METRICS_LEADS },
		{ "# Leads", 1, METRICS_LEADS },
		{ "Marketing Qualified Leads", 1, METRICS_MQLS },
		{ "MQLs", 1, METRICS_MQLS },
		{ "Sales Qualified Leads", 1, METRICS_SQLS },
		{ "Deals Created", 1, METRICS_OPPORTUNITIES },
		{ "Opportunities", 1, METRICS_OPPORTUNITIES },
		{ "Closed Won Deals", 1, METRICS_WON },
		{ "Closed Won", 1, METRICS_WON },
		{ "Closed Lost Deals", 1, METRICS_LOST },
		{ "Closed Won Amount", 1, METRICS_REVENUE },
		{ "Sum of Amount (Closed Won)", 1, METRICS_REVENUE },
		{ "Average Days to Close", 1, METRICS_CYCLE_DAYS },
		{ "Avg Sales Cycle (Days)", 1, METRICS_CYCLE_DAYS },
		{ "CYCLE_DAYS", 1, METRICS_CYCLE_DAYS },
		{ "win_rate", 0, 0 },
		{ "velocity_change", 0, 0 },
		{ "nurture", 0, 0 },
		{ "Region", -1, 0 },
		{ "", -1, 0 },
		{ "lead", -1, 0 },
		{ "sources", -1, 0 },
	};
	enum metrics_field f;
	size_t i;
	int rc;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		f = METRICS_NFIELDS;
		rc = metrics_csv_column(cases[i].header, &f);
		if (rc != cases[i].rc || (rc == 1 && f != cases[i].f))
			fail_msg("'%s': %d %d, want %d %d", cases[i].header,
			    rc, f, cases[i].rc, cases[i].f);
	}
}

/* Load a sample of data/ that must read cleanly. */
static void
load_sample(const char *name, struct metrics_table *t)
{
	struct metrics_diags d = { NULL, 0 };
	char *path = src_path(name), *s;

	memset(t, 0, sizeof *t);
	if (metrics_csv_load(path, t, &d) != 0) {
		s = diags_text(&d);
		fail_msg("%s:\n%s", path, s);
	}
	free(path);
}

/* The samples shaped like HubSpot's and Salesforce's reports. */
static void
test_samples(void **state)
{
	struct metrics_table t;

	(void)state;
	load_sample("data/hubspot-lead-sources.csv", &t);
	assert_int_equal(t.n, 7);
	assert_string_equal(t.v[0].source, "Organic Search");
	assert_int_equal(t.v[0].leads, 1204);
	assert_true(t.v[0].revenue == 186500);
	assert_true(t.v[0].cycle_days == 38.5);
	assert_string_equal(t.v[6].source, "Direct Traffic");
	metrics_table_fini(&t);
	load_sample("data/salesforce-lead-sources.csv", &t);
	assert_int_equal(t.n, 6);
	assert_string_equal(t.v[1].source, "Webinar");
	assert_true(t.v[1].revenue == 24000);
	/* No deal won: the report leaves the cycle empty. */
	assert_string_equal(t.v[4].source, "Purchased List");
	assert_int_equal(t.v[4].won, 0);
	assert_true(t.v[4].cycle_days == 0);
	metrics_table_fini(&t);
}

/* A file that cannot be read says why, and keeps errno. */
static void
test_load_missing(void **state)
{
	struct metrics_table t = { NULL, 0 };
	struct metrics_diags d = { NULL, 0 };

	(void)state;
	assert_int_equal(metrics_csv_load("/nonexistent/report.csv", &t, &d),
	    -2);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].line, 0);
	assert_string_equal(d.v[0].message, strerror(ENOENT));
	metrics_diags_fini(&d);
}

/* What parley metrics --format csv writes is read back the same. */
static void
test_round_trip(void **state)
{
	static const char text[] =
	    "source,leads,mqls,sqls,opportunities,won,lost,revenue,cycle_days\n"
	    "\"Partner, \"\"co\"\"\",95,61,38,21,9,5,198450.5,33.25\n"
	    "Podcast,0,0,0,0,0,0,0,0\n"
	    "\"'@irect Traffic\",1,0,0,0,0,0,0,0\n"
	    "\"''=x\",2,0,0,0,0,0,0,0\n"
	    "'tis the season,3,0,0,0,0,0,0,0\n"
	    "Enterprise,4,3,2,1,1,0,999999999999.99,222222222222233.25\n";
	struct metrics_card *c = metrics_card_new();
	struct metrics_table again;
	struct capture out;
	size_t i;

	(void)state;
	parse_ok(text, &c->now);
	/* A formula made text reads as the text: the "'" parley adds is not
	 * the source's. */
	assert_string_equal(c->now.v[2].source, "@irect Traffic");
	assert_string_equal(c->now.v[3].source, "'=x");
	assert_string_equal(c->now.v[4].source, "'tis the season");
	c->nurture_below = 0.5;
	capture_start(&out);
	metrics_write_csv(out.f, c);
	capture_end(&out);
	parse_ok(out.buf, &again);
	assert_int_equal(again.n, c->now.n);
	for (i = 0; i < again.n; i++) {
		assert_string_equal(again.v[i].source, c->now.v[i].source);
		assert_memory_equal(&again.v[i].leads, &c->now.v[i].leads,
		    6 * sizeof(long));
		assert_true(again.v[i].revenue == c->now.v[i].revenue);
		assert_true(again.v[i].cycle_days == c->now.v[i].cycle_days);
	}
	metrics_table_fini(&again);
	free(out.buf);
	metrics_card_free(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good),
		cmocka_unit_test(test_lines_counted),
		cmocka_unit_test(test_every_problem),
		cmocka_unit_test(test_not_a_report),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_samples),
		cmocka_unit_test(test_load_missing),
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests_name("metrics_csv", tests, NULL, NULL);
}
