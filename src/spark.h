/*
 * spark.h: sparklines, a row of block glyphs (▁▂▃▄▅▆▇█) that shows how a
 * figure went over the last few meetings in one word of text, on the
 * screens and in the minutes alike.
 */
#ifndef PARLEY_SPARK_H
#define PARLEY_SPARK_H

#include <stddef.h>

/* A value left out (a meeting that did not rate): drawn as SPARK_GAP. */
#define SPARK_NONE (-1.0)
#define SPARK_GAP "\xc2\xb7"    /* "·" */

/* Bytes a sparkline of n values needs, its NUL included. */
#define SPARK_SIZE(n) ((n) * 3 + 1)

/*
 * Write n values on the scale lo..hi into buf (size bytes, at least
 * SPARK_SIZE(n)), oldest first: the scale is cut in eight equal bands,
 * lo in the lowest glyph, hi in the highest; a value below lo
 * (SPARK_NONE) is a gap. Returns buf; "" for n 0 or a buffer too small.
 */
char *spark_line(const double *v, size_t n, double lo, double hi, char *buf,
    size_t size);

#endif
