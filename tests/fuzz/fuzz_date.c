/*
 * fuzz_date.c: libFuzzer harness for due-date parsing (date.c). The first
 * four bytes pick today and the next meeting anywhere in years 1..9999, the
 * rest is the text typed. A date parsed is a real calendar date, formats
 * back to YYYY-MM-DD, and that parses to the same day; a refusal says why.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fuzz.h"

/* Days from 0001-01-01 to 9999-12-31. */
#define FUZZ_DAYS 3652058

/* A day of years 1..9999 from two bytes and a salt, near the ends often. */
static struct date
pick_day(const uint8_t *b, int salt)
{
	struct date first = { 1, 1, 1 }, last = { 9999, 12, 31 };
	unsigned v = (unsigned)b[0] << 8 | b[1];

	/* Both ends of the calendar and today's century matter most. */
	switch (v % 4) {
	case 0:
		return date_add_days(first, (int)(v >> 2));
	case 1:
		return date_add_days(last, -(int)(v >> 2));
	case 2: {
		struct date now = { 2026, 11, 22 };

		return date_add_days(now, (int)(v >> 2) - 8192);
	}
	}
	return date_add_days(first, (int)((v * 2654435761u + (unsigned)salt)
	    % FUZZ_DAYS));
}

/* Parse the text against today, then check what came out. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct date today, next, got, again;
	char *text, *cause = NULL, buf[11];
	int rc;

	if (size < 4)
		return 0;
	today = pick_day(data, 1);
	next = data[3] & 1 ? pick_day(data + 2, 2) : (struct date){ 0, 0, 0 };
	FUZZ_CHECK(date_valid(today.year, today.month, today.day),
	    "the harness picked a real today", NULL);
	text = fuzz_text(data + 4, size - 4);
	rc = date_parse(text, today, next, &got, &cause);
	if (rc != 0) {
		FUZZ_CHECK(rc == -1, "date_parse returns 0 or -1", text);
		FUZZ_CHECK(cause != NULL && cause[0] != '\0',
		    "a refusal says why", text);
		goto out;
	}
	FUZZ_CHECK(cause == NULL, "no cause when the date is taken", text);
	FUZZ_CHECK(date_valid(got.year, got.month, got.day),
	    "a date parsed is on the calendar", text);
	date_format(got, buf);
	FUZZ_CHECK(strlen(buf) == 10, "it formats as YYYY-MM-DD", text);
	FUZZ_CHECK(date_from_iso(buf, &again) == 0 &&
	    date_cmp(again, got) == 0, "YYYY-MM-DD reads back strictly", buf);
	FUZZ_CHECK(date_parse(buf, today, next, &again, &cause) == 0 &&
	    date_cmp(again, got) == 0, "its text parses to the same day",
	    buf);
	FUZZ_CHECK(date_cmp(date_add_days(today, date_diff_days(today, got)),
	    got) == 0, "the days between add back up", buf);
out:
	free(cause);
	free(text);
	return 0;
}
