/*
 * bench_agenda.c: what a hostile agenda costs to check (make bench): many
 * problems, and deep nesting of lists and of mappings. Figures, not tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "agenda.h"
#include "util.h"

#include "clock.h"

/* Write an agenda of n items, each with a problem (a timebox of 0). */
static void
write_problems(FILE *f, long n)
{
	long i;

	fputs("title: Many problems\nitems:\n", f);
	for (i = 0; i < n; i++)
		fprintf(f, "  - kind: topic\n    title: t%ld\n    minutes: 0\n",
		    i);
}

/* Write a 4-byte unit to fill bytes: "[[[[" nests lists, "{a: " maps. */
static void
write_nested(FILE *f, const char *unit, long bytes)
{
	long i;

	fputs("title: Deep\nitems: ", f);
	for (i = 0; i < bytes; i += 4)
		fputs(unit, f);
	fputc('\n', f);
}

/* Time checking one hostile agenda; 1 if it was slower than target_ms. */
static int
bench_one(const char *what, void (*write)(FILE *, long), long size,
    double target_ms)
{
	char path[] = "/tmp/parley-bench-agenda-XXXXXX", *text, *report = NULL;
	struct agenda *a;
	double t0, ms;
	FILE *f;
	int fd;

	if ((fd = mkstemp(path)) == -1 || (f = fdopen(fd, "w")) == NULL) {
		perror("bench_agenda");
		return 1;
	}
	write(f, size);
	fclose(f);
	t0 = now();
	if (agenda_read_file(path, &text, &a, &report) == 0)
		agenda_free(a);
	ms = (now() - t0) * 1e3;
	unlink(path);
	free(report);
	printf("%-44s %10.2f ms   (target < %.0f ms)  %s\n", what, ms,
	    target_ms, ms < target_ms ? "ok" : "SLOW");
	return ms < target_ms ? 0 : 1;
}

/* Lists nested bytes deep. */
static void
nested_lists(FILE *f, long bytes)
{
	write_nested(f, "[[[[", bytes);
}

/* Flow mappings nested bytes / 4 deep. */
static void
nested_maps(FILE *f, long bytes)
{
	write_nested(f, "{a: ", bytes);
}

int
main(void)
{
	int bad = 0;

	bad |= bench_one("check an agenda of 10,000 problems", write_problems,
	    10000, 1000);
	bad |= bench_one("check 200 KB of nested [", nested_lists, 200 * 1024,
	    100);
	bad |= bench_one("check 200 KB of nested mappings {a: ", nested_maps,
	    200 * 1024, 100);
	return bad;
}
