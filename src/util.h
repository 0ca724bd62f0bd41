/* util.h: allocation, strings, fatal errors and the clock, shared by every layer. */
#ifndef PARLEY_UTIL_H
#define PARLEY_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <time.h>

/* Allocation never returns NULL: out of memory is fatal (see util_fatal). */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
/* Copy of s; xstrdup(NULL) returns NULL. Caller frees. */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a new string. Caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/*
 * Called before a fatal message is printed, so a full-screen program can
 * restore the terminal first. NULL removes the hook.
 */
void util_set_fatal_hook(void (*hook)(void));
/* Print "parley: MESSAGE" to stderr and exit with code. */
_Noreturn void util_fatal(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Set *cause to a new formatted message (if cause is not NULL); returns -1. */
int util_fail(char **cause, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* As util_fail, with a va_list. */
int util_vfail(char **cause, const char *fmt, va_list ap);

/* Strip leading and trailing ASCII white space in place; returns s. */
char *util_trim(char *s);
/* 1 if s is NULL or only white space. */
int util_blank(const char *s);
/*
 * Parse s as a whole decimal number from min to max, blanks around it
 * allowed, no sign: 0 with *out, or -1 (out untouched).
 */
int util_parse_long(const char *s, long min, long max, long *out);
/* Free the n strings of v, then v itself. */
void util_free_strings(char **v, size_t n);
/* ASCII case-insensitive comparisons. */
int util_casecmp(const char *a, const char *b);
int util_ncasecmp(const char *a, const char *b, size_t n);

/*
 * Decode one UTF-8 code point at s (at most n bytes). Stores the code point
 * in *cp and returns its length in bytes; an invalid byte decodes as U+FFFD
 * with length 1. Returns 0 at the end of input.
 */
size_t utf8_decode(const char *s, size_t n, unsigned int *cp);
/*
 * Decode one character as a terminal typed it, from the n bytes at s: as
 * utf8_decode, but a byte that is not UTF-8 reads as Latin-1 when it is a
 * printable character there (A0-FF: E9 is é) and as U+FFFD when not
 * (80-9F). Returns the bytes used; 0 when more is set and s is the start
 * of a sequence that more bytes could complete.
 */
size_t utf8_decode_typed(const char *s, size_t n, int more, unsigned int *cp);
/* Encode cp into out (at least 4 bytes); returns the length. */
size_t utf8_encode(unsigned int cp, char *out);
/*
 * Check the n bytes of s are text fit to store and show: UTF-8 without a
 * control character (C0, DEL, C1), nor a line feed or tab unless lines is
 * set. Returns 0, or -1 with the first offender in *cp (U+FFFD for a
 * byte that is not UTF-8) and its byte offset in *at (either may be NULL).
 */
int utf8_check_text(const char *s, size_t n, int lines, unsigned int *cp,
    size_t *at);
/*
 * Take the user's locale, so wcwidth knows wide and combining characters:
 * its character type, or C.UTF-8's when it is not UTF-8 (Parley's text
 * always is), and the C locale's numbers, so JSON and CSV read "3.5"
 * wherever they are written. Returns 0, or -1 when no UTF-8 character
 * type could be had (widths are then guessed).
 */
int util_locale(void);
/* Terminal columns taken by a UTF-8 string (wcwidth, unprintables as 1). */
int utf8_width(const char *s);
/* Column width of one code point (0 for combining marks, 2 for wide). */
int utf8_cp_width(unsigned int cp);

/*
 * Read $PARLEY_NOW (ISO 8601, local time): when set, Parley's clock starts
 * there and advances with the wall clock, so timers still run. Returns -1
 * and sets *cause (saying what is accepted) if it is set but is not a time
 * clock_parse_iso reads.
 */
int clock_init(char **cause);
/* The time Parley believes it is. */
time_t clock_time(void);
/*
 * Format t as "YYYY-MM-DDTHH:MM:SS" local time into buf (20 bytes); a time
 * past the year 9999 (before 0001) as its last (first) second.
 */
void clock_iso(time_t t, char buf[20]);
/*
 * Parse "YYYY-MM-DD[THH:MM[:SS]]" (or a blank for the T) as local time: a
 * date on the calendar in the years 0001 to 9999, digits only. -1 if not.
 */
int clock_parse_iso(const char *s, time_t *out);
/*
 * 1 if clock_parse_iso reads s, else 0; without converting it (mktime
 * looks at the time zone's file each time it is called).
 */
int clock_valid_iso(const char *s);

#endif
