/*
 * actions_data.c: the same action items twice, for the bench of parley
 * actions against taskwarrior: a Parley database made through the store,
 * and the JSON that task import reads. Not a test.
 *
 *     actions_data N DB JSON TODAY
 *
 * makes N open items and N/10 done ones, owned by eight people (one item
 * in a hundred by nobody), due around TODAY ("YYYY-MM-DD"; one in ten
 * with no date, a third past it), every seventh carried through one to
 * three meetings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "action.h"
#include "agenda.h"
#include "date.h"
#include "store.h"
#include "util.h"

/*
 * No name here is wider than its characters: the table pads owners by
 * displayed width, which for East Asian characters depends on the locale
 * parley takes, and the floor must print the same bytes as parley does
 * whichever it is. Wide characters in the table are tested in the e2e.
 */
static const char *const owners[] = {
	"Dana Reyes", "Sam Ortiz", "Priya Natarajan", "Lee Chen",
	"Jos\xc3\xa9 N\xc3\xba\xc3\xb1\x65z", "Amelia Brooks-Whitfield",
	"Zo\xc3\xab A\xc4\x9f" "ao\xc4\x9f" "lu", "Mo Farah",
};
#define NOWNERS (sizeof owners / sizeof owners[0])

static const char *const titles[] = {
	"Send the webinar case study to the enterprise leads",
	"Refresh the battlecard, \"pricing\" section first",
	"Pull Q3 numbers by source",
	"Call back the fintech trial sign-ups",
	"Caf\xc3\xa9 event follow-up: \xe6\x97\xa5\xe6\x9c\xac leads",
	"Draft the ROI calculator",
};
#define NTITLES (sizeof titles / sizeof titles[0])

#define DAY (24L * 3600)

/* Write s as a JSON string (the titles and names above need no more). */
static void
task_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

/* A time as taskwarrior writes it: "20261122T100000Z". */
static void
task_time(char out[17], time_t t)
{
	strftime(out, 17, "%Y%m%dT%H%M%SZ", gmtime(&t));
}

/* Item i as task import reads it: one object a line. */
static void
write_task(FILE *f, long i, const struct action_new *a, time_t created,
    int done)
{
	char when[17];
	struct tm tm;
	time_t due;

	task_time(when, created);
	fprintf(f, "{\"uuid\":\"%08lx-0000-4000-8000-%012lx\",\"status\":"
	    "\"%s\",\"entry\":\"%s\",\"description\":", (unsigned long)i,
	    (unsigned long)i, done ? "completed" : "pending", when);
	task_string(f, a->title);
	if (done)
		fprintf(f, ",\"end\":\"%s\"", when);
	if (a->owner != NULL) {
		fputs(",\"owner\":", f);
		task_string(f, a->owner);
	}
	if (a->due[0] != '\0') {
		memset(&tm, 0, sizeof tm);
		sscanf(a->due, "%d-%d-%d", &tm.tm_year, &tm.tm_mon,
		    &tm.tm_mday);
		tm.tm_year -= 1900;
		tm.tm_mon--;
		/* At the end of its day: overdue the day after, as in Parley. */
		due = timegm(&tm) + 24 * 3600 - 1;
		task_time(when, due);
		fprintf(f, ",\"due\":\"%s\"", when);
	}
	fputs("}\n", f);
}

/* Three meetings a month apart before today; their ids into m. */
static int
make_meetings(struct store *st, time_t today, long m[3], char **cause)
{
	struct agenda *a;
	char *text = NULL;
	int k, rc;

	rc = agenda_read_file("agendas/monthly-alignment.yaml", &text, &a,
	    cause);
	for (k = 0; rc == 0 && k < 3; k++) {
		rc = store_meeting_create(st, a, text, NULL, today - (3 - k) *
		    30 * DAY, &m[k], cause);
		if (rc == 0)
			rc = store_meeting_end(st, m[k], today - (3 - k) * 30 *
			    DAY + 3600, cause);
	}
	if (text != NULL)
		agenda_free(a);
	free(text);
	return rc;
}

/* Add item i (and write it for task), kept or closed as its number says. */
static int
add_item(struct store *st, FILE *json, long i, long n, time_t today,
    const long m[3], char **cause)
{
	struct action_new a = { 0 };
	char due[11];
	time_t t = today - 120 * DAY + (i % 100) * 3600;
	long id;
	int k, rc;

	a.title = titles[i % NTITLES];
	a.owner = i % 100 == 99 ? NULL : owners[(i * 7 + i / 13) % NOWNERS];
	/* From 60 days back to 120 ahead: a third overdue. */
	due[0] = '\0';
	if (i % 10 != 3)
		date_format(date_add_days(date_from_time(today), (int)(i * 37 % 180) -
		    60), due);
	a.due = due;
	rc = store_action_add(st, &a, t, &id, cause);
	/* Every seventh is kept through one to three meetings. */
	for (k = 0; rc == 0 && i % 7 == 0 && k <= i / 7 % 3; k++)
		rc = store_action_keep(st, id, due, m[k], today - (3 - k) *
		    30 * DAY + 600, cause);
	if (rc == 0 && i >= n)
		rc = store_action_close(st, id, ACTION_DONE, 0, t, cause);
	if (rc == 0)
		write_task(json, i, &a, t, i >= n);
	return rc;
}

int
main(int argc, char **argv)
{
	struct store *st;
	char *cause = NULL;
	time_t today;
	long i, n, m[3];
	FILE *json;
	int rc;

	if (argc != 5 || (n = atol(argv[1])) <= 0 ||
	    clock_parse_iso(argv[4], &today) != 0) {
		fprintf(stderr, "usage: actions_data N DB JSON YYYY-MM-DD\n");
		return 64;
	}
	if ((json = fopen(argv[3], "w")) == NULL) {
		perror(argv[3]);
		return 73;
	}
	rc = store_open(argv[2], &st, &cause);
	if (rc == 0 && (rc = store_batch_begin(st, &cause)) == 0) {
		rc = make_meetings(st, today, m, &cause);
		for (i = 0; rc == 0 && i < n + n / 10; i++)
			rc = add_item(st, json, i, n, today, m, &cause);
		rc = store_batch_end(st, rc, &cause);
	}
	if (st != NULL)
		store_close(st);
	if (fclose(json) != 0 || rc != 0) {
		fprintf(stderr, "actions_data: %s\n", cause != NULL ? cause :
		    "cannot write the JSON");
		return 1;
	}
	return 0;
}
