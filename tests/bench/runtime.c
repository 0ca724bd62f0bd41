/*
 * runtime.c: what a command costs as a whole process, for make bench:
 * its CPU time (user and system, as the kernel accounts it when it is
 * reaped) and its wall time, each the median of RUNS runs after one not
 * counted, its output thrown away. Not a test.
 *
 *     runtime RUNS COMMAND [ARG...] [--vs OTHER [ARG...]]
 *
 * prints "CPU_MS WALL_MS"; with --vs, the two run in turn (A B A B ...)
 * and it prints "CPU_A_MS CPU_B_MS RATIO", RATIO the median of the runs'
 * CPU times A/B pair by pair, which holds when a shared machine's speed
 * drifts between runs as two medians do not. Exits 1 when a run failed.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"

#define MAX_RUNS 101

/* Compare two doubles for qsort. */
static int
cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

/* The median of n figures (sorts them). */
static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof v[0], cmp_double);
	return v[n / 2];
}

/* Run argv once, its output to /dev/null: 0, or -1 if it failed. */
static int
run(char **argv, double *cpu, double *wall)
{
	struct rusage ru;
	double t0 = now();
	pid_t pid;
	int status, null;

	if ((pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		null = open("/dev/null", O_WRONLY);
		dup2(null, 1);
		dup2(null, 2);
		execvp(argv[0], argv);
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) != pid)
		return -1;
	*wall = (now() - t0) * 1e3;
	*cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	fprintf(stderr, "runtime: %s failed\n", argv[0]);
	return -1;
}

int
main(int argc, char **argv)
{
	double cpu[MAX_RUNS], wall[MAX_RUNS], other[MAX_RUNS], ratio[MAX_RUNS];
	double c, w;
	char **b = NULL;
	int n, i;

	if (argc < 3 || (n = atoi(argv[1])) < 1 || n > MAX_RUNS) {
		fprintf(stderr, "usage: runtime RUNS COMMAND [ARG...] "
		    "[--vs OTHER [ARG...]]\n");
		return 64;
	}
	for (i = 2; i < argc && b == NULL; i++) {
		if (strcmp(argv[i], "--vs") == 0 && i + 1 < argc) {
			argv[i] = NULL;
			b = argv + i + 1;
		}
	}
	/* One run of each first, not counted: caches warm, as for the rest. */
	if (run(argv + 2, &c, &w) != 0 || (b != NULL && run(b, &c, &w) != 0))
		return 1;
	for (i = 0; i < n; i++) {
		if (run(argv + 2, &cpu[i], &wall[i]) != 0)
			return 1;
		if (b == NULL)
			continue;
		if (run(b, &other[i], &w) != 0)
			return 1;
		ratio[i] = other[i] > 0 ? cpu[i] / other[i] : 0;
	}
	if (b == NULL)
		printf("%.2f %.2f\n", median(cpu, n), median(wall, n));
	else
		printf("%.2f %.2f %.2f\n", median(cpu, n), median(other, n),
		    median(ratio, n));
	return 0;
}
