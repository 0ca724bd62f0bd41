/*
 * fuzz.h: what the libFuzzer harnesses in tests/fuzz share: the entry
 * point's prototype, the input as a C string, and checks that stop the run
 * with a message when an invariant breaks (libFuzzer then keeps the input).
 */
#ifndef PARLEY_FUZZ_H
#define PARLEY_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* libFuzzer calls this once per input; it returns 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* libFuzzer calls this once before the first input, when it is defined. */
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A NUL-terminated copy of size bytes of data (a NUL inside ends it early
 * for whoever reads it as a string). Caller frees. */
char *fuzz_text(const uint8_t *data, size_t size);

/* 1 if the n bytes at s are strict UTF-8 (no overlong form, surrogate or
 * code point past U+10FFFF), else 0. Independent of util.c on purpose. */
int fuzz_utf8_valid(const char *s, size_t n);

/* 1 if s holds a C0 control, DEL or a C1 control (encoded as UTF-8). */
int fuzz_has_control(const char *s);

/* Stop the run when cond is false: print what broke, with the input's
 * text when it is a string (may be NULL), and abort. */
#define FUZZ_CHECK(cond, what, text) \
	do { \
		if (!(cond)) \
			fuzz_fail(__FILE__, __LINE__, #cond, (what), (text)); \
	} while (0)

_Noreturn void fuzz_fail(const char *file, int line, const char *cond,
    const char *what, const char *text);

#endif
