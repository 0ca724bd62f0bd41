/* sink.c: bytes gathered in memory, written to a stream in blocks. */
#include "sink.h"

void
sink_init(struct sink *k, FILE *f)
{
	k->f = f;
	k->n = 0;
}

void
sink_flush(struct sink *k)
{
	if (k->n > 0)
		fwrite(k->b, 1, k->n, k->f);
	k->n = 0;
}

void
sink_text(FILE *f, void (*put)(struct sink *, const char *), const char *s)
{
	struct sink k;

	sink_init(&k, f);
	put(&k, s);
	sink_flush(&k);
}

/* Flush, then hold the bytes, or write them at once when they fill b. */
void
sink_put_long(struct sink *k, const char *s, size_t n)
{
	sink_flush(k);
	if (n < sizeof k->b) {
		memcpy(k->b, s, n);
		k->n = n;
	} else
		fwrite(s, 1, n, k->f);
}
