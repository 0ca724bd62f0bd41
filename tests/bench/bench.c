/* bench.c: how fast the core is at what a meeting asks of it (make bench). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "action.h"
#include "agenda.h"
#include "export.h"
#include "search.h"
#include "parrot.h"
#include "store.h"
#include "util.h"
#include "view.h"

#include "clock.h"

/* Print one figure against its target. */
static int
report(const char *what, double per_op_us, double target_us)
{
	printf("%-44s %10.2f us   (target < %.0f us)  %s\n", what, per_op_us,
	    target_us, per_op_us < target_us ? "ok" : "SLOW");
	return per_op_us < target_us ? 0 : 1;
}

/* Load the bundled agenda many times. */
static int
bench_agenda(const char *path)
{
	struct agenda *a;
	char *text, *report_text = NULL;
	double t0 = now();
	int i, n = 2000;

	for (i = 0; i < n; i++) {
		if (agenda_read_file(path, &text, &a, &report_text) != 0) {
			fprintf(stderr, "bench: %s\n", report_text);
			return 1;
		}
		free(text);
		agenda_free(a);
	}
	return report("load the bundled agenda", (now() - t0) / n * 1e6,
	    1000);
}

/* Parrot a statement many times. */
static int
bench_parrot(void)
{
	struct parrot_rules *r = parrot_rules_new();
	double t0 = now();
	int i, n = 100000;

	for (i = 0; i < n; i++)
		free(parrot_question(r, "But, I'm telling you we never get "
		    "anything from your team!"));
	parrot_rules_free(r);
	return report("parrot a statement", (now() - t0) / n * 1e6, 100);
}

/* Add action items one transaction each, then list them. */
static int
bench_store(void)
{
	char dir[] = "/tmp/parley-bench-XXXXXX", *path, *cause = NULL;
	struct action_filter f = { .all = 1 };
	struct action_list l;
	struct action_new a = { "Send the webinar case study", "Dana Reyes",
	    "2026-12-01", 0, 0, 0 };
	struct store *st;
	double t0;
	long id;
	int i, n = 2000, rc = 0;

	if (mkdtemp(dir) == NULL)
		return 1;
	path = xasprintf("%s/bench.db", dir);
	if (store_open(path, &st, &cause) != 0) {
		fprintf(stderr, "bench: %s\n", cause);
		return 1;
	}
	t0 = now();
	for (i = 0; i < n; i++)
		store_action_add(st, &a, time(NULL), &id, &cause);
	rc |= report("save an action item (fsync'd commit)",
	    (now() - t0) / n * 1e6, 20000);
	t0 = now();
	store_actions(st, &f, &l, &cause);
	rc |= report("list 2000 action items", (now() - t0) * 1e6, 50000);
	action_list_fini(&l);
	store_close(st);
	unlink(path);
	free(path);
	path = xasprintf("%s/bench.db-wal", dir);
	unlink(path);
	free(path);
	path = xasprintf("%s/bench.db-shm", dir);
	unlink(path);
	free(path);
	rmdir(dir);
	return rc;
}

/* Remove a bench database and its folder. */
static void
remove_db(const char *dir, const char *path)
{
	static const char *const ends[] = { "", "-wal", "-shm" };
	char *p;
	size_t i;

	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		p = xasprintf("%s%s", path, ends[i]);
		unlink(p);
		free(p);
	}
	rmdir(dir);
}

/* Capture number i of 200 under item: notes, statements, actions, ... */
static int
add_capture(struct store *st, const struct meeting *m, int i, time_t t,
    char **cause)
{
	static const char note[] = "Prospects say \"too pricey\", then "
	    "<script>alert(1)</script> | a pipe, a comma; \xf0\x9f\x9a\x80";
	struct action_new a = { "Pull Q3 numbers by source, \"webinar\" first",
	    "Sam Ortiz", "2026-12-04", m->id, 0, 0 };
	struct objection o;
	long item = m->items[(size_t)i % m->nitems].id, id;

	a.item_id = item;
	switch (i % 5) {
	case 0:
	case 1:
		return store_entry_add(st, m->id, item, i % 10 == 0 ?
		    ENTRY_DECISION : ENTRY_NOTE, note, t, &id, cause);
	case 2:
		return store_entry_add(st, m->id, item, i % 10 == 2 ?
		    ENTRY_PARKING : ENTRY_PRIVATE, note, t, &id, cause);
	case 3:
		memset(&o, 0, sizeof o);
		o.meeting_id = m->id;
		o.item_id = item;
		o.side = SIDE_SALES;
		o.statement = (char *)"Your leads are junk!";
		o.question = (char *)"Our leads are junk?";
		o.answer = (char *)"Three of five had no budget";
		o.outcome = i % 10 == 3 ? OUTCOME_ACTION : OUTCOME_RESOLVED;
		return store_objection_add(st, &o, o.outcome == OUTCOME_ACTION ?
		    &a : NULL, t, cause);
	default:
		return store_action_add(st, &a, t, &id, cause);
	}
}

/* A database holding one meeting with 200 captures; its id in *id. */
static struct store *
bench_meeting(const char *agenda, const char *path, long *id)
{
	struct agenda *a;
	struct meeting *m = NULL;
	struct store *st;
	char *text, *cause = NULL;
	time_t t = 1795428000;      /* 2026-11-23 */
	int i;

	if (agenda_read_file(agenda, &text, &a, &cause) != 0 ||
	    store_open(path, &st, &cause) != 0) {
		fprintf(stderr, "bench: %s\n", cause);
		exit(1);
	}
	if (store_meeting_create(st, a, text, agenda, t, id, &cause) != 0 ||
	    store_meeting_load(st, *id, &m, &cause) != 0)
		goto fail;
	for (i = 0; i < 200; i++) {
		if (add_capture(st, m, i, t + 60 + i, &cause) != 0)
			goto fail;
	}
	if (store_meeting_end(st, *id, t + 3600, &cause) != 0)
		goto fail;
	meeting_free(m);
	agenda_free(a);
	free(text);
	return st;
fail:
	fprintf(stderr, "bench: %s\n", cause);
	exit(1);
}

/* Compare two doubles for qsort. */
static int
cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

/*
 * Years of history beside the meeting: action items made between
 * meetings, most of them closed, until the database holds total of them.
 */
static int
add_history(struct store *st, long total, long *have, char **cause)
{
	struct action_new a = { "Follow up on the partner webinar", "Lee Chen",
	    "2025-06-30", 0, 0, 0 };
	time_t t = 1735725600;      /* 2025-01-01 */
	long id;
	int rc;

	if (store_batch_begin(st, cause) != 0)
		return -1;
	for (rc = 0; rc == 0 && *have < total; (*have)++) {
		rc = store_action_add(st, &a, t, &id, cause);
		if (rc == 0 && id % 5 != 0)
			rc = store_action_close(st, id, ACTION_DONE, 0, t, cause);
	}
	return store_batch_end(st, rc, cause);
}

/* The median time of loading the view and writing one format, in us. */
static double
median_export(struct store *st, long id, const struct export_format *fmt,
    FILE *f, int nruns)
{
	struct meeting_view v;
	char *cause = NULL;
	double runs[51], t0;
	int k;

	for (k = 0; k < nruns; k++) {
		t0 = now();
		if (view_load(st, id, VIEW_MINUTES_PRIVATE, &v, &cause) != 0 ||
		    fmt->write(f, &v, &cause) != 0) {
			fprintf(stderr, "bench: %s\n", cause);
			exit(1);
		}
		fflush(f);
		view_fini(&v);
		runs[k] = now() - t0;
	}
	qsort(runs, (size_t)nruns, sizeof runs[0], cmp_double);
	return runs[nruns / 2] * 1e6;
}

/*
 * Export a meeting of 200 captures in each format, as parley export does
 * it (load the view, write the file), alone and beside 10,000 and 100,000
 * action items of history: what grows with history shows here.
 */
static int
bench_export(const char *agenda)
{
	static const char *const names[] = { "md", "html", "json", "csv",
	    "ics" };
	static const long history[] = { 0, 10000, 100000 };
	char dir[] = "/tmp/parley-bench-XXXXXX", *path, *cause = NULL;
	const struct export_format *fmt;
	struct store *st;
	char what[80];
	size_t i, h;
	long id, have = 8;
	FILE *f;
	int rc = 0;

	if (mkdtemp(dir) == NULL || (f = fopen("/dev/null", "w")) == NULL)
		return 1;
	path = xasprintf("%s/bench.db", dir);
	st = bench_meeting(agenda, path, &id);
	for (h = 0; h < sizeof history / sizeof history[0]; h++) {
		if (add_history(st, history[h], &have, &cause) != 0) {
			fprintf(stderr, "bench: %s\n", cause);
			return 1;
		}
		for (i = 0; i < sizeof names / sizeof names[0]; i++) {
			/* A format not built in this Parley is left out. */
			if ((fmt = export_find(names[i])) == NULL)
				continue;
			snprintf(what, sizeof what, "export 200 captures as %s, "
			    "%ldk history", fmt->name, history[h] / 1000);
			rc |= report(what, median_export(st, id, fmt, f,
			    history[h] > 0 ? 11 : 51), 50000);
		}
	}
	fclose(f);
	store_close(st);
	remove_db(dir, path);
	free(path);
	return rc;
}

/* Words the meetings of the search bench are made of, the common first. */
static const char *const bench_words[] = {
	"the", "leads", "sales", "marketing", "prospects", "pricing", "demo",
	"content", "follow", "up", "pipeline", "quarter", "webinar", "deck",
	"budget", "case", "study", "partner", "channel", "trial", "renewal",
	"enterprise", "security", "review", "forecast", "battlecard",
	"competitor", "discount", "contract", "onboarding", "signup", "form",
	"nurture", "score", "MQL", "SQL", "call", "email", "campaign", "event",
	"conference", "booth", "ebook", "blog", "SEO", "ads", "landing", "page",
	"persona", "industry", "fintech", "SaaS", "healthcare", "retail",
	"employees", "VP", "director", "timeline", "won", "lost", "reason",
	"feature", "integration", "API", "CRM", "dashboard", "churn", "SSO",
	"procurement", "legal", "champion", "objection", "referral", "upsell",
};
#define NBENCH_WORDS (sizeof bench_words / sizeof bench_words[0])

static unsigned long bench_seed = 12345;

/* A number below n, the small ones likelier (a rough Zipf), repeatable. */
static size_t
bench_pick(size_t n)
{
	size_t a, b;

	bench_seed = bench_seed * 6364136223846793005UL + 1442695040888963407UL;
	a = (size_t)(bench_seed >> 33) % n;
	bench_seed = bench_seed * 6364136223846793005UL + 1442695040888963407UL;
	b = (size_t)(bench_seed >> 33) % n;
	return a * b / n;
}

/* A sentence of nwords words and a number, into buf; returns buf. */
static char *
bench_text(char *buf, size_t size, int nwords, int serial)
{
	size_t len = 0;
	int i;

	for (i = 0; i < nwords && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s ",
		    bench_words[bench_pick(NBENCH_WORDS)]);
	if (len < size)
		snprintf(buf + len, size - len, "#%d", serial);
	return buf;
}

/*
 * One month's meeting in one transaction: 40 notes (a few of them
 * decisions, parked topics or private), 10 parroted statements (some
 * with an action or a follow-up) and 15 action items.
 */
static int
search_meeting(struct store *st, const struct agenda *a, const char *text,
    time_t at, char **cause)
{
	static const enum entry_kind kinds[] = { ENTRY_NOTE, ENTRY_NOTE,
	    ENTRY_NOTE, ENTRY_NOTE, ENTRY_DECISION, ENTRY_PARKING,
	    ENTRY_NOTE, ENTRY_PRIVATE };
	struct action_new act = { NULL, "Dana Reyes", "2026-12-01", 0, 0, 0 };
	char said[160], answer[160], follow[160], title[120];
	struct objection o;
	struct meeting *m = NULL;
	long id, aid;
	int i, rc;

	rc = store_batch_begin(st, cause);
	if (rc == 0 && (rc = store_meeting_create(st, a, text, NULL, at, &id,
	    cause)) == 0)
		rc = store_meeting_load(st, id, &m, cause);
	for (i = 0; rc == 0 && i < 40; i++)
		rc = store_entry_add(st, id, m->items[i % m->nitems].id,
		    kinds[i % 8], bench_text(said, sizeof said, 12, i), at + i,
		    NULL, cause);
	for (i = 0; rc == 0 && i < 10; i++) {
		memset(&o, 0, sizeof o);
		o.meeting_id = id;
		o.item_id = m->items[2].id;
		o.side = i % 2 ? SIDE_SALES : SIDE_MARKETING;
		o.statement = bench_text(said, sizeof said, 8, i);
		o.question = o.statement;
		o.answer = bench_text(answer, sizeof answer, 10, i);
		o.outcome = i % 3 == 0 ? OUTCOME_ACTION : i % 3 == 1 ?
		    OUTCOME_FOLLOWUP : OUTCOME_RESOLVED;
		if (o.outcome == OUTCOME_FOLLOWUP)
			o.followup = bench_text(follow, sizeof follow,
			    8, i);
		act.title = bench_text(title, sizeof title, 6, i);
		act.meeting_id = id;
		act.item_id = o.item_id;
		rc = store_objection_add(st, &o, o.outcome == OUTCOME_ACTION ?
		    &act : NULL, at, cause);
	}
	for (i = 0; rc == 0 && i < 15; i++) {
		act.title = bench_text(title, sizeof title, 6, i);
		act.item_id = m->items[i % m->nitems].id;
		rc = store_action_add(st, &act, at, &aid, cause);
	}
	/* The pulse and the ratings, for their trends. */
	if (rc == 0)
		rc = store_pulse_set(st, id, SIDE_SALES, 1 + i % 5, 2, "why",
		    cause);
	if (rc == 0)
		rc = store_pulse_set(st, id, SIDE_MARKETING, 3, 1 + i % 5,
		    NULL, cause);
	for (i = 0; rc == 0 && i < (int)a->nteam; i++)
		rc = store_rating_set(st, id, a->team[i].name, 5 + i, NULL,
		    cause);
	if (rc == 0)
		rc = store_meeting_end(st, id, at + 3600, cause);
	meeting_free(m);
	return store_batch_end(st, rc, cause);
}

/*
 * The median time of loading a meeting's view for its screen, in
 * microseconds: what every change on the meeting screen costs again.
 */
static double
bench_median_view(struct store *st, long id, size_t *lot)
{
	struct meeting_view v;
	char *cause = NULL;
	double t0, times[51];
	int i;

	for (i = 0; i < 51; i++) {
		t0 = now();
		if (view_load(st, id, VIEW_FACILITATOR, &v, &cause) != 0) {
			fprintf(stderr, "bench: %s\n", cause);
			return -1;
		}
		times[i] = now() - t0;
		*lot = v.parking_before.n;
		view_fini(&v);
	}
	qsort(times, 51, sizeof times[0], cmp_double);
	return times[25] * 1e6;
}

/*
 * The median time of searching words as parley search does (20 hits and
 * the total), in microseconds; -1 on failure. *total: the hits found.
 */
static double
bench_median_search(struct store *st, const char *words, long *total)
{
	char *w = xstrdup(words), *query = search_query(&w, 1), *cause = NULL;
	struct search_result r;
	double t0, times[51];
	int i;

	for (i = 0; i < 51; i++) {
		t0 = now();
		if (store_search(st, query, 0, SEARCH_DEFAULT_LIMIT, &r,
		    &cause) != 0) {
			fprintf(stderr, "bench: %s\n", cause);
			return -1;
		}
		times[i] = now() - t0;
		*total = r.total;
		search_result_fini(&r);
	}
	free(query);
	free(w);
	qsort(times, 51, sizeof times[0], cmp_double);
	return times[25] * 1e6;
}

/*
 * Ten years of monthly meetings built through the store, then the median
 * time of a typical two-word search, and of a word most captures hold.
 */
static int
bench_search(const char *agenda_path)
{
	char dir[] = "/tmp/parley-bench-XXXXXX", *path, *cause = NULL;
	char *agenda_text = NULL;
	struct agenda *a;
	struct store *st;
	double t0, us;
	time_t at;
	long total = 0;
	size_t lot = 0;
	int i, rc = 0;

	if (mkdtemp(dir) == NULL ||
	    agenda_read_file(agenda_path, &agenda_text, &a, &cause) != 0)
		return 1;
	path = xasprintf("%s/bench.db", dir);
	rc = store_open(path, &st, &cause) != 0;
	/* Monthly from the end of 2016: 120 meetings. */
	clock_parse_iso("2016-12-05T10:00:00", &at);
	t0 = now();
	for (i = 0; rc == 0 && i < 120; i++)
		rc = search_meeting(st, a, agenda_text, at + (time_t)i * 30 *
		    24 * 3600, &cause);
	if (rc != 0) {
		fprintf(stderr, "bench: %s\n", cause);
		return 1;
	}
	rc |= report("build 120 meetings, one transaction each",
	    (now() - t0) / 120 * 1e6, 100000);
	us = bench_median_search(st, "webinar budget", &total);
	rc |= us < 0 || report("search 10 years: \"webinar budget\" (median)",
	    us, 50000);
	printf("  (%ld hits, 20 shown)\n", total);
	us = bench_median_search(st, "the", &total);
	rc |= us < 0 || report("search 10 years: \"the\" (median)", us,
	    50000);
	printf("  (%ld hits, 20 shown)\n", total);
	us = bench_median_view(st, 120, &lot);
	rc |= us < 0 || report("view of meeting 120, its lot and trends", us,
	    50000);
	printf("  (%zu parked topics carried into it)\n", lot);
	store_close(st);
	agenda_free(a);
	free(agenda_text);
	remove_db(dir, path);
	free(path);
	return rc;
}

/*
 * One month of objections: 15 heard (from 40 that recur), 5 statements
 * parroted on Q1, 2 content requests.
 */
static int
objections_meeting(struct store *st, const struct agenda *a,
    const char *text, time_t at, int month, char **cause)
{
	struct request_new r = { "ROI calculator", NULL, "Dana Reyes",
	    "Lee Chen", "2026-12-04", 0, 0 };
	char said[64], *name = NULL;
	struct objection o;
	struct meeting *m = NULL;
	long id, hid, rid, aid;
	int i, again, rc;

	rc = store_batch_begin(st, cause);
	if (rc == 0 && (rc = store_meeting_create(st, a, text, NULL, at, &id,
	    cause)) == 0)
		rc = store_meeting_load(st, id, &m, cause);
	for (i = 0; rc == 0 && i < 15; i++) {
		snprintf(said, sizeof said, "Objection number %d",
		    (month * 7 + i * 3) % 40);
		rc = store_prospect_hear(st, id, m->items[2].id, said, at + i,
		    &hid, &name, &again, cause);
		free(name);
	}
	for (i = 0; rc == 0 && i < 5; i++) {
		memset(&o, 0, sizeof o);
		o.meeting_id = id;
		o.item_id = m->items[2].id;
		o.side = SIDE_SALES;
		o.statement = (char *)"Your leads are junk!";
		o.question = (char *)"Our leads are junk?";
		o.outcome = OUTCOME_RESOLVED;
		rc = store_objection_add(st, &o, NULL, at + 20 + i, cause);
	}
	for (i = 0; rc == 0 && i < 2; i++) {
		snprintf(said, sizeof said, "Objection number %d",
		    (month * 7 + i * 3) % 40);
		r.objection = said;
		r.meeting_id = id;
		r.item_id = m->items[3].id;
		rc = store_request_add(st, &r, at + 30 + i, &rid, &aid, cause);
	}
	if (rc == 0)
		rc = store_meeting_end(st, id, at + 3600, cause);
	meeting_free(m);
	return store_batch_end(st, rc, cause);
}

/*
 * Ten years of monthly meetings hearing objections, then the median time
 * of loading the last one for the room: what the meeting screen and the
 * room pay after every change on Q1 and Q2 (the tally and its history).
 */
static int
bench_objections(const char *agenda_path)
{
	char dir[] = "/tmp/parley-bench-XXXXXX", *path, *cause = NULL;
	char *agenda_text = NULL;
	struct meeting_view v;
	struct agenda *a;
	struct store *st;
	double t0, runs[51];
	time_t at;
	long last = 0;
	int i, rc;

	if (mkdtemp(dir) == NULL ||
	    agenda_read_file(agenda_path, &agenda_text, &a, &cause) != 0)
		return 1;
	path = xasprintf("%s/bench.db", dir);
	rc = store_open(path, &st, &cause) != 0;
	clock_parse_iso("2016-12-05T10:00:00", &at);
	for (i = 0; rc == 0 && i < 120; i++)
		rc = objections_meeting(st, a, agenda_text, at + (time_t)i * 30 *
		    24 * 3600, i, &cause);
	if (rc == 0)
		rc = store_meeting_last(st, &last, &cause) != 1;
	for (i = 0; rc == 0 && i < 51; i++) {
		t0 = now();
		rc = view_load(st, last, VIEW_ROOM, &v, &cause);
		view_fini(&v);
		runs[i] = now() - t0;
	}
	if (rc != 0) {
		fprintf(stderr, "bench: %s\n", cause);
		return 1;
	}
	qsort(runs, 51, sizeof runs[0], cmp_double);
	rc = report("load Q1/Q2 after 10 years of objections", runs[25] * 1e6,
	    50000);
	store_close(st);
	agenda_free(a);
	free(agenda_text);
	remove_db(dir, path);
	free(path);
	return rc;
}

int
main(int argc, char **argv)
{
	const char *agenda = argc > 1 ? argv[1] :
	    "agendas/monthly-alignment.yaml";
	int rc = 0;

	rc |= bench_agenda(agenda);
	rc |= bench_parrot();
	rc |= bench_store();
	rc |= bench_export(agenda);
	rc |= bench_search(agenda);
	rc |= bench_objections(agenda);
	return rc;
}
