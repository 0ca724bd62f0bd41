/*
 * ics.h: iCalendar (RFC 5545) content lines: TEXT values escaped, lines
 * folded at 75 octets without splitting a UTF-8 character, CRLF ends.
 */
#ifndef PARLEY_ICS_H
#define PARLEY_ICS_H

#include <stdio.h>

/* A content line may hold this many octets before it is folded. */
#define ICS_LINE_OCTETS 75

/*
 * Write line (a whole content line, "NAME;PARAM=V:VALUE") folded: a line
 * break and a space before any character that would end past
 * ICS_LINE_OCTETS octets, the space counting in the next line's octets.
 * The line ends in CRLF. line must not hold a line break.
 */
void ics_write_line(FILE *f, const char *line);
/*
 * A TEXT value of s: backslash, semicolon and comma escaped with a
 * backslash, each line break (CRLF, LF or CR) as \n, other control
 * characters (tab excepted) and bytes that are not UTF-8 as U+FFFD. NULL
 * gives "". Caller frees.
 */
char *ics_text(const char *s);
/* Write NAME:VALUE folded; value is written as it is (dates, keywords). */
void ics_prop(FILE *f, const char *name, const char *value);
/* Write NAME:TEXT folded, with text escaped by ics_text. */
void ics_prop_text(FILE *f, const char *name, const char *text);
/*
 * "20261123T091000Z": the UTC form of a local ISO time
 * ("2026-11-23T10:10:00") into buf. -1 when iso is not a time.
 */
int ics_utc(const char *iso, char buf[17]);

#endif
