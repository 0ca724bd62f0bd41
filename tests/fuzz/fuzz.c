/* fuzz.c: the helpers every libFuzzer harness in tests/fuzz links. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Copy the input and end it with a NUL. */
char *
fuzz_text(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	if (size > 0)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Count the bytes of the strict UTF-8 sequence at s (n left); 0 if bad. */
static size_t
fuzz_utf8_seq(const unsigned char *s, size_t n)
{
	unsigned int cp;
	size_t len, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return len;
}

/* Check that n bytes are strict UTF-8. */
int
fuzz_utf8_valid(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t off = 0, k;

	while (off < n) {
		if ((k = fuzz_utf8_seq(u + off, n - off)) == 0)
			return 0;
		off += k;
	}
	return 1;
}

/* Look for a C0 control, DEL, or a C1 control (U+0080..U+009F). */
int
fuzz_has_control(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	for (; *u != '\0'; u++) {
		if (*u < 0x20 || *u == 0x7f)
			return 1;
		if (u[0] == 0xc2 && u[1] >= 0x80 && u[1] <= 0x9f)
			return 1;
	}
	return 0;
}

/* Say which invariant broke, then abort so libFuzzer keeps the input. */
void
fuzz_fail(const char *file, int line, const char *cond, const char *what,
    const char *text)
{
	fprintf(stderr, "%s:%d: invariant broken: %s (%s)\n", file, line,
	    what, cond);
	if (text != NULL) {
		/* The input is hostile: show its bytes, never send them raw. */
		fputs("text: \"", stderr);
		for (; *text != '\0'; text++) {
			unsigned char c = (unsigned char)*text;

			if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
				fprintf(stderr, "\\x%02x", c);
			else
				fputc(c, stderr);
		}
		fputs("\"\n", stderr);
	}
	abort();
}
