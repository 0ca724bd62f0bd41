/*
 * sink.h: bytes gathered in memory and handed to a stream a block at a
 * time. A list of thousands of rows is written in pieces of a few bytes
 * (a cell, a comma, a pad of spaces); each stdio call costs more than the
 * piece, so the writers of such lists put their pieces here instead.
 */
#ifndef PARLEY_SINK_H
#define PARLEY_SINK_H

#include <stdio.h>
#include <string.h>

struct sink {
	FILE *f;
	size_t n;            /* bytes held in b */
	char b[4096];
};

/* Start gathering for f; nothing is held. */
void sink_init(struct sink *k, FILE *f);
/* Hand what is held to the stream. */
void sink_flush(struct sink *k);
/*
 * Put s into a sink in front of f with put, then hand it all to f: one
 * stdio call for a writer of many pieces.
 */
void sink_text(FILE *f, void (*put)(struct sink *, const char *),
    const char *s);
/* What sink_put does with more bytes than b has room for. */
void sink_put_long(struct sink *k, const char *s, size_t n);

/* Add the n bytes at s. */
static inline void
sink_put(struct sink *k, const char *s, size_t n)
{
	if (n > sizeof k->b - k->n) {
		sink_put_long(k, s, n);
		return;
	}
	memcpy(k->b + k->n, s, n);
	k->n += n;
}

/* Add a string. */
static inline void
sink_puts(struct sink *k, const char *s)
{
	sink_put(k, s, strlen(s));
}

/* Add one byte. */
static inline void
sink_putc(struct sink *k, char c)
{
	if (k->n == sizeof k->b)
		sink_flush(k);
	k->b[k->n++] = c;
}

#endif
