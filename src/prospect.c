/* prospect.c: prospect objections: matching their names, the tally, history. */
#include "prospect.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* White space of any script: none of it tells two names apart. */
static int
is_space(unsigned int c)
{
	return (c >= 0x09 && c <= 0x0d) || c == 0x20 || c == 0x85 ||
	    c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f ||
	    c == 0x3000 || c == 0xfeff;
}

/*
 * A capital letter's small one, for the alphabets a sales team is likely
 * to type in: Latin (ASCII, Latin-1, Latin Extended-A), Greek, Cyrillic.
 * By ranges rather than towlower(), which follows the locale: the same
 * names must match in every terminal and in the tests.
 */
static unsigned int
fold(unsigned int c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c < 0xc0)
		return c;
	if (c <= 0xde)
		return c == 0xd7 ? c : c + 32;
	/* Latin Extended-A pairs its letters: capital, then small. */
	if ((c >= 0x100 && c <= 0x137 && c != 0x130) ||
	    (c >= 0x14a && c <= 0x177))
		return c & 1 ? c : c + 1;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
		return c & 1 ? c + 1 : c;
	if (c == 0x178)
		return 0xff;
	if (c >= 0x391 && c <= 0x3ab && c != 0x3a2)
		return c + 32;
	if (c == 0x3c2)                 /* final sigma is sigma */
		return 0x3c3;
	if (c >= 0x400 && c <= 0x40f)
		return c + 80;
	if (c >= 0x410 && c <= 0x42f)
		return c + 32;
	return c;
}

/* The key a name matches by. */
char *
prospect_key(const char *name)
{
	char *key, *out;
	unsigned int cp;
	size_t len, step;

	if (name == NULL)
		return NULL;
	len = strlen(name);
	/* Folding never lengthens a letter's UTF-8 (nor does U+FFFD: 3 for 1
	 * invalid byte, hence room for three times the bytes). */
	key = out = xmalloc(3 * len + 1);
	while ((step = utf8_decode(name, len, &cp)) > 0) {
		name += step;
		len -= step;
		if (!is_space(cp))
			out += utf8_encode(fold(cp), out);
	}
	*out = '\0';
	return key;
}

/* Do two names name the same objection? */
int
prospect_same(const char *a, const char *b)
{
	char *ka, *kb;
	int same;

	if (a == NULL || b == NULL)
		return 0;
	ka = prospect_key(a);
	kb = prospect_key(b);
	same = strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return same;
}

/* Which of names is the one typed. */
long
prospect_find(const char *const *names, size_t n, const char *typed)
{
	char *key, *k;
	long found = -1;
	size_t i;

	if (util_blank(typed))
		return -1;
	key = prospect_key(typed);
	for (i = 0; found < 0 && i < n; i++) {
		if (names[i] == NULL)
			continue;
		k = prospect_key(names[i]);
		if (strcmp(k, key) == 0)
			found = (long)i;
		free(k);
	}
	free(key);
	return found;
}

/* Free a list of hearings. */
void
prospect_heard_list_fini(struct prospect_heard_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* The index of the key in keys, or n. */
static size_t
key_index(char *const *keys, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(keys[i], key) == 0)
			break;
	}
	return i;
}

/* Count the meeting's hearings into lines, one a key, as first heard. */
static void
count_meeting(struct prospect_tally *t, char ***lkeys, long meeting,
    const struct prospect_heard_list *heard, char *const *hkeys)
{
	struct prospect_line *l;
	size_t i, at;

	for (i = 0; i < heard->n; i++) {
		const struct prospect_heard *h = &heard->v[i];

		if (h->meeting_id != meeting || hkeys[i][0] == '\0')
			continue;
		at = key_index(*lkeys, t->n, hkeys[i]);
		if (at == t->n) {
			t->v = xreallocarray(t->v, t->n + 1, sizeof *t->v);
			*lkeys = xreallocarray(*lkeys, t->n + 1,
			    sizeof **lkeys);
			(*lkeys)[t->n] = hkeys[i];
			l = &t->v[t->n++];
			memset(l, 0, sizeof *l);
			l->name = xstrdup(h->name);
		}
		l = &t->v[at];
		if (h->source == HEARD_CAPTURED) {
			l->heard++;
			l->hearing_id = h->id;
		} else
			l->parroted++;
		t->total++;
	}
}

/* A line's history from every hearing of its key. */
static void
line_history(struct prospect_line *l, const char *key, long meeting,
    const struct prospect_heard_list *heard, char *const *hkeys,
    const long *window, size_t nwindow)
{
	size_t i, w;
	unsigned long long seen = 0;  /* bit w: heard in window[w] */

	l->window = (int)nwindow;
	for (i = 0; i < heard->n; i++) {
		const struct prospect_heard *h = &heard->v[i];

		if (strcmp(hkeys[i], key) != 0)
			continue;
		if (l->first[0] == '\0' || strcmp(h->day, l->first) < 0)
			memcpy(l->first, h->day, sizeof l->first);
		if (h->meeting_id != meeting && strcmp(h->day, l->before) > 0)
			memcpy(l->before, h->day, sizeof l->before);
		for (w = 0; w < nwindow && w < 64; w++) {
			if (window[w] == h->meeting_id)
				seen |= 1ULL << w;
		}
	}
	for (w = 0; w < 64; w++)
		l->meetings += (seen >> w) & 1;
}

/*
 * Most heard first, as first heard among equals: an insertion sort, which
 * keeps the order of equals (qsort need not), over a short list.
 */
static void
sort_lines(struct prospect_tally *t)
{
	struct prospect_line l;
	size_t i, j;

	for (i = 1; i < t->n; i++) {
		l = t->v[i];
		for (j = i; j > 0 && t->v[j - 1].heard + t->v[j - 1].parroted <
		    l.heard + l.parroted; j--)
			t->v[j] = t->v[j - 1];
		t->v[j] = l;
	}
}

/* Sort names alphabetically, case aside. */
static int
name_cmp(const void *pa, const void *pb)
{
	const char *const *a = pa, *const *b = pb;
	int c = util_casecmp(*a, *b);

	return c != 0 ? c : strcmp(*a, *b);
}

/* The names captured so far, each objection once, for Tab. */
static void
collect_names(struct prospect_tally *t, const struct prospect_heard_list *heard,
    char *const *hkeys)
{
	char **keys = NULL;
	size_t i;

	for (i = 0; i < heard->n; i++) {
		if (heard->v[i].source != HEARD_CAPTURED ||
		    hkeys[i][0] == '\0' ||
		    key_index(keys, t->nnames, hkeys[i]) < t->nnames)
			continue;
		keys = xreallocarray(keys, t->nnames + 1, sizeof *keys);
		t->names = xreallocarray(t->names, t->nnames + 1,
		    sizeof *t->names);
		keys[t->nnames] = hkeys[i];
		t->names[t->nnames++] = xstrdup(heard->v[i].name);
	}
	free(keys);
	if (t->nnames > 1)
		qsort(t->names, t->nnames, sizeof *t->names, name_cmp);
}

/* Build a meeting's tally. */
void
prospect_tally_build(struct prospect_tally *t, long meeting,
    const struct prospect_heard_list *heard, const long *window,
    size_t nwindow, const char *const *requested, size_t nrequested)
{
	char **hkeys = xcalloc(heard->n + 1, sizeof *hkeys), **lkeys = NULL;
	char *key;
	size_t i, at;

	memset(t, 0, sizeof *t);
	for (i = 0; i < heard->n; i++)
		hkeys[i] = prospect_key(heard->v[i].name != NULL ?
		    heard->v[i].name : "");
	count_meeting(t, &lkeys, meeting, heard, hkeys);
	for (i = 0; i < t->n; i++)
		line_history(&t->v[i], lkeys[i], meeting, heard, hkeys, window,
		    nwindow);
	for (i = 0; i < nrequested; i++) {
		key = prospect_key(requested[i] != NULL ? requested[i] : "");
		at = key_index(lkeys, t->n, key);
		if (at < t->n && key[0] != '\0')
			t->v[at].requested++;
		free(key);
	}
	sort_lines(t);
	collect_names(t, heard, hkeys);
	util_free_strings(hkeys, heard->n);
	free(lkeys);
}

/* Free a tally. */
void
prospect_tally_fini(struct prospect_tally *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->v[i].name);
	free(t->v);
	util_free_strings(t->names, t->nnames);
	memset(t, 0, sizeof *t);
}

/* Heard again, and nothing asked for against it? */
int
prospect_line_uncovered(const struct prospect_line *l)
{
	return l->hearing_id != 0 && l->before[0] != '\0' && l->requested == 0;
}

/* How many lines are uncovered. */
size_t
prospect_uncovered(const struct prospect_tally *t)
{
	size_t i, n = 0;

	for (i = 0; i < t->n; i++)
		n += (size_t)prospect_line_uncovered(&t->v[i]);
	return n;
}

/* A line's history in words. */
char *
prospect_history(const struct prospect_line *l, const char *today)
{
	if (l->before[0] == '\0')
		return xasprintf("new %s", today);
	/* "last": the last time before, since the tally's is the latest. */
	return xasprintf("heard in %d of the last %d meetings \xc2\xb7 first "
	    "%s \xc2\xb7 last %s", l->meetings, l->window, l->first,
	    l->before);
}

/* How often the line was heard in the meeting. */
char *
prospect_times(const struct prospect_line *l)
{
	if (l->parroted == 0)
		return xasprintf("%d\xc3\x97", l->heard);
	if (l->heard == 0)
		return xasprintf("%d\xc3\x97 parroted", l->parroted);
	return xasprintf("%d\xc3\x97 (%d parroted)", l->heard + l->parroted,
	    l->parroted);
}
