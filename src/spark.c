/* spark.c: sparklines, a figure's last few values in block glyphs. */
#include "spark.h"

#include <string.h>

/* The eight steps, lowest first; each three bytes of UTF-8. */
static const char *const steps[8] = {
	"\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83", "\xe2\x96\x84",
	"\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87", "\xe2\x96\x88",
};

/*
 * The step of v on lo..hi: the scale cut in eight equal bands, hi in the
 * top one. On 1-5 each rating is two steps apart (▁▃▅▇█); on 1-10 the
 * ratings people give, 6 to 9, each have their own step.
 */
static int
step(double v, double lo, double hi)
{
	double at = hi > lo ? (v - lo) * 8.0 / (hi - lo) : 0.0;
	int s = (int)at;

	return s < 0 ? 0 : s > 7 ? 7 : s;
}

/* Write a sparkline of n values into buf. */
char *
spark_line(const double *v, size_t n, double lo, double hi, char *buf,
    size_t size)
{
	size_t i, at = 0;
	const char *g;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (size < SPARK_SIZE(n))
		return buf;
	for (i = 0; i < n; i++) {
		/* A gap: a value below the scale, or not a number at all. */
		g = v[i] >= lo ? steps[step(v[i], lo, hi)] : SPARK_GAP;
		memcpy(buf + at, g, strlen(g));
		at += strlen(g);
	}
	buf[at] = '\0';
	return buf;
}
