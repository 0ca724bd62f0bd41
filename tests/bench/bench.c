/* bench.c: how fast the core is at what a meeting asks of it (make bench). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "action.h"
#include "agenda.h"
#include "parrot.h"
#include "store.h"
#include "util.h"

/* Seconds on a monotonic clock. */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

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

int
main(int argc, char **argv)
{
	const char *agenda = argc > 1 ? argv[1] :
	    "agendas/monthly-alignment.yaml";
	int rc = 0;

	rc |= bench_agenda(agenda);
	rc |= bench_parrot();
	rc |= bench_store();
	return rc;
}
