/* date.c: calendar arithmetic and the due-date forms a facilitator types. */
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Indexed like date_weekday: 0 = Sunday. */
static const char *const date_weekdays[] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday"
};

/* Count the days in a month of a year. */
static int
date_month_days(int year, int month)
{
	static const int days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	int leap;

	leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	if (month == 2 && leap)
		return 29;
	return days[month - 1];
}

/*
 * Count the days from 1970-01-01 to d in the proleptic Gregorian calendar
 * (Howard Hinnant's days_from_civil).
 */
static long
date_to_days(struct date d)
{
	long y, era, yoe, mp, doy, doe;

	y = d.year - (d.month <= 2);
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	mp = (d.month + 9) % 12;
	doy = (153 * mp + 2) / 5 + d.day - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Turn a count of days since 1970-01-01 back into a date. */
static struct date
date_from_days(long z)
{
	struct date d;
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.year = (int)(yoe + era * 400 + (d.month <= 2));
	return d;
}

/* Check that y-m-d is a real calendar date. */
int
date_valid(int year, int month, int day)
{
	if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
		return 0;
	return day <= date_month_days(year, month);
}

/* Check for the shape NNNN-NN-NN, whatever the numbers. */
static int
date_iso_shape(const char *s)
{
	size_t i;

	if (strlen(s) != 10)
		return 0;
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return 0;
		} else if (!isdigit((unsigned char)s[i]))
			return 0;
	}
	return 1;
}

/* Parse a strict YYYY-MM-DD. */
int
date_from_iso(const char *s, struct date *out)
{
	int year, month, day;

	if (s == NULL || !date_iso_shape(s))
		return -1;
	/* Digits only, by the shape: no strtol for every date a list reads. */
	year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	month = (s[5] - '0') * 10 + (s[6] - '0');
	day = (s[8] - '0') * 10 + (s[9] - '0');
	if (!date_valid(year, month, day))
		return -1;
	out->year = year;
	out->month = month;
	out->day = day;
	return 0;
}

/* Format a date as YYYY-MM-DD. */
void
date_format(struct date d, char buf[11])
{
	snprintf(buf, 11, "%04d-%02d-%02d", d.year, d.month, d.day);
}

/* Find the local calendar date of a time. */
struct date
date_from_time(time_t t)
{
	struct date d = { 1970, 1, 1 };
	struct tm tm;

	if (localtime_r(&t, &tm) != NULL) {
		d.year = tm.tm_year + 1900;
		d.month = tm.tm_mon + 1;
		d.day = tm.tm_mday;
	}
	return d;
}

/* Add days to a date. */
struct date
date_add_days(struct date d, int n)
{
	return date_from_days(date_to_days(d) + n);
}

/* Add months to a date, clamping the day to the new month's length. */
struct date
date_add_months(struct date d, int n)
{
	long m;
	int last;

	/* Floor division keeps negative n right. */
	m = (long)d.year * 12 + (d.month - 1) + n;
	d.year = (int)(m >= 0 ? m / 12 : (m - 11) / 12);
	d.month = (int)(m - (long)d.year * 12) + 1;
	last = date_month_days(d.year, d.month);
	if (d.day > last)
		d.day = last;
	return d;
}

/* Find the day of the week, 0 = Sunday. */
int
date_weekday(struct date d)
{
	long w;

	/* 1970-01-01 was a Thursday. */
	w = (date_to_days(d) + 4) % 7;
	return (int)(w < 0 ? w + 7 : w);
}

/* Compare two dates like strcmp. */
int
date_cmp(struct date a, struct date b)
{
	if (a.year != b.year)
		return a.year < b.year ? -1 : 1;
	if (a.month != b.month)
		return a.month < b.month ? -1 : 1;
	if (a.day != b.day)
		return a.day < b.day ? -1 : 1;
	return 0;
}

/* Count the days from a to b. */
int
date_diff_days(struct date a, struct date b)
{
	return (int)(date_to_days(b) - date_to_days(a));
}

/* Look up a weekday name, full or three-letter; -1 if s is none. */
static int
date_weekday_name(const char *s)
{
	size_t len = strlen(s);
	int i;

	for (i = 0; i < 7; i++) {
		if (util_casecmp(s, date_weekdays[i]) == 0)
			return i;
		if (len == 3 && util_ncasecmp(s, date_weekdays[i], 3) == 0)
			return i;
	}
	return -1;
}

/* Parse +Nd, +Nw or +Nm (N one to three digits, zero allowed). */
static int
date_relative(const char *s, struct date today, struct date *out)
{
	size_t digits = 0;
	int n = 0;

	if (*s++ != '+')
		return -1;
	/* Count every digit but keep only four: "+99999999999d" is refused,
	 * not an int overflowed. */
	for (; isdigit((unsigned char)s[digits]); digits++) {
		if (digits < 4)
			n = n * 10 + (s[digits] - '0');
	}
	if (digits == 0 || digits > 3 || s[digits] == '\0' ||
	    s[digits + 1] != '\0')
		return -1;
	switch (tolower((unsigned char)s[digits])) {
	case 'd':
		*out = date_add_days(today, n);
		return 0;
	case 'w':
		*out = date_add_days(today, 7 * n);
		return 0;
	case 'm':
		*out = date_add_months(today, n);
		return 0;
	}
	return -1;
}

/* Parse the word forms: today, tomorrow, a weekday, +N<unit>. */
static int
date_parse_word(const char *s, struct date today, struct date *out)
{
	int wd, ahead;

	if (util_casecmp(s, "today") == 0) {
		*out = today;
		return 0;
	}
	if (util_casecmp(s, "tomorrow") == 0) {
		*out = date_add_days(today, 1);
		return 0;
	}
	if ((wd = date_weekday_name(s)) != -1) {
		/* Strictly after today: "fri" on a Friday is a week away. */
		ahead = (wd - date_weekday(today) + 7) % 7;
		*out = date_add_days(today, ahead == 0 ? 7 : ahead);
		return 0;
	}
	return date_relative(s, today, out);
}

/* Parse a due date typed by the facilitator. */
int
date_parse(const char *text, struct date today, struct date next_meeting,
    struct date *out, char **cause)
{
	char *s;
	int rc = -1;

	s = util_trim(xstrdup(text != NULL ? text : ""));
	if (date_iso_shape(s)) {
		if (date_from_iso(s, out) == 0)
			rc = 0;
		else {
			util_fail(cause, "'%s' is not a date on the calendar: "
			    "use " DATE_ACCEPTED, s);
		}
		goto out;
	}
	if (util_casecmp(s, "next") == 0) {
		/* A caller with no meeting ahead may pass a zeroed date. */
		if (date_valid(next_meeting.year, next_meeting.month,
		    next_meeting.day)) {
			*out = next_meeting;
			rc = 0;
		} else {
			util_fail(cause, "'%s': no next meeting date is known: "
			    "use " DATE_ACCEPTED, s);
		}
		goto out;
	}
	if (date_parse_word(s, today, out) != 0)
		util_fail(cause, "'%s' is not a date: use " DATE_ACCEPTED, s);
	else if (!date_valid(out->year, out->month, out->day)) {
		/* Only a relative date near the calendar's end gets here. */
		util_fail(cause, "'%s' falls after 9999-12-31: use "
		    DATE_ACCEPTED, s);
	} else
		rc = 0;
out:
	free(s);
	return rc;
}
