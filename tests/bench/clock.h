/* clock.h: the one clock the bench programs time with. */
#ifndef PARLEY_BENCH_CLOCK_H
#define PARLEY_BENCH_CLOCK_H

#include <time.h>

/* Seconds on a monotonic clock. */
static inline double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
