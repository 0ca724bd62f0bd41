/*
 * mkhistory.c: a database with years of action items behind it, for the
 * screens' figures of make bench (tests/bench/screens.sh).
 * Usage: mkhistory AGENDA DB OPEN
 *
 * Ten years of monthly meetings, all ended, made every item through the
 * store: OPEN action items still open, half as many again done or
 * dropped, a few carried through later meetings, owners from the team
 * and beyond it (and none), titles short and long enough to wrap; and
 * notes, a few of them decisions or private, one for five items.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "date.h"
#include "meeting.h"
#include "store.h"
#include "util.h"

#define MEETINGS 120

static const char *const owners[] = {
	"Dana Reyes", "Sam Ortiz", "Priya Natarajan", "Lee Chen",
	"Jordan Blake", "Avery Quinn", "Morgan Ellis", NULL,
};
#define NOWNERS (sizeof owners / sizeof owners[0])

static const char *const titles[] = {
	"Send the webinar case study",
	"Follow up on the partner channel pricing with the regional leads",
	"Pull Q3 numbers by source, \"webinar\" first, and share them before "
	"the next meeting so both sides can read them beforehand",
	"Draft the battlecard",
	"Ask legal about the security questionnaire \xe2\x80\x94 "
	"procurement keeps stalling",
};
#define NTITLES (sizeof titles / sizeof titles[0])

/* Stop with the store's message. */
static void
fail(const char *cause)
{
	fprintf(stderr, "mkhistory: %s\n", cause != NULL ? cause : "?");
	exit(1);
}

/*
 * Action number k of meeting m: open, done or dropped (two open of
 * three), its owner, title and due date from k.
 */
static void
add_action(struct store *st, const struct meeting *m, long k, time_t at,
    int open, char **cause)
{
	struct action_new a = { 0 };
	char due[11], title[256];
	struct date d = date_from_time(at);
	long id;

	d = date_add_days(d, (int)(k % 90));
	date_format(d, due);
	snprintf(title, sizeof title, "%s (%ld)", titles[k % NTITLES], k);
	a.title = title;
	a.owner = owners[k % NOWNERS];
	a.due = k % 11 == 0 ? NULL : due;
	a.meeting_id = m->id;
	a.item_id = m->items[1 + k % (m->nitems - 1)].id;
	if (store_action_add(st, &a, at, &id, cause) != 0)
		fail(*cause);
	if (!open && store_action_close(st, id, k % 7 == 0 ? ACTION_DROPPED :
	    ACTION_DONE, m->id, at, cause) != 0)
		fail(*cause);
}

/* Note k of meeting m (a decision or a parked topic now and then). */
static void
add_note(struct store *st, const struct meeting *m, long k, time_t at,
    char **cause)
{
	static const enum entry_kind kinds[] = { ENTRY_NOTE, ENTRY_NOTE,
	    ENTRY_NOTE, ENTRY_DECISION, ENTRY_NOTE, ENTRY_PRIVATE };
	char text[160];
	long id;

	snprintf(text, sizeof text, "%s (%ld)", titles[k % NTITLES], k);
	if (store_entry_add(st, m->id, m->items[k % m->nitems].id,
	    kinds[k % 6], text, at, &id, cause) != 0)
		fail(*cause);
}

/*
 * One ended meeting making n action items, two of three of them open,
 * and a note for every five of them.
 */
static long
add_meeting(struct store *st, const struct agenda *a, const char *text,
    time_t at, long first, long n, char **cause)
{
	struct meeting *m = NULL;
	long id, k;

	if (store_meeting_create(st, a, text, NULL, at, &id, cause) != 0 ||
	    store_meeting_load(st, id, &m, cause) != 0)
		fail(*cause);
	for (k = first; k < first + n; k++) {
		add_action(st, m, k, at + k % 3000, k % 3 != 2, cause);
		if (k % 5 == 0)
			add_note(st, m, k, at + k % 3000, cause);
	}
	if (store_meeting_end(st, id, at + 3600, cause) != 0)
		fail(*cause);
	meeting_free(m);
	return id;
}

/*
 * Keep a few open items of the meeting before through meeting id, as its
 * review would: some are carried once, some often.
 */
static void
carry(struct store *st, long id, long before, time_t at, char **cause)
{
	struct action_filter f = { .meeting_id = before };
	struct action_list l;
	char due[11];
	size_t i;

	if (store_actions(st, &f, &l, cause) != 0)
		fail(*cause);
	date_format(date_add_days(date_from_time(at), 30), due);
	for (i = 0; i < l.n; i += 40) {
		if (store_action_keep(st, l.v[i].id, due, id, at, cause) != 0)
			fail(*cause);
	}
	action_list_fini(&l);
}

int
main(int argc, char **argv)
{
	struct agenda *a;
	struct store *st;
	char *text, *cause = NULL;
	time_t at = 1479117600;     /* 2016-11-14 10:00 */
	long open, total, per, made = 0, id, before = 0;
	int i;

	if (argc != 4 || (open = atol(argv[3])) <= 0) {
		fputs("usage: mkhistory AGENDA DB OPEN\n", stderr);
		return 64;
	}
	if (agenda_read_file(argv[1], &text, &a, &cause) != 0 ||
	    store_open(argv[2], &st, &cause) != 0)
		fail(cause);
	/* Two of three are open: OPEN of them, one and a half times as many. */
	total = open * 3 / 2;
	per = (total + MEETINGS - 1) / MEETINGS;
	/* A transaction a meeting: one for all would outgrow the cache. */
	for (i = 0; i < MEETINGS && made < total; i++) {
		if (store_batch_begin(st, &cause) != 0)
			fail(cause);
		id = add_meeting(st, a, text, at, made, made + per > total ?
		    total - made : per, &cause);
		if (before != 0)
			carry(st, id, before, at + 60, &cause);
		if (store_batch_end(st, 0, &cause) != 0)
			fail(cause);
		before = id;
		made += per;
		at += 28 * 24 * 3600;
	}
	store_close(st);
	agenda_free(a);
	free(text);
	return 0;
}
