/* backlog.c: the review's open commitments, counted, then read a page at a time. */
#include "backlog.h"

#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "util.h"

/* Free the owners' shares. */
void
backlog_owners_free(struct backlog_owner *o, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(o[i].name);
	free(o);
}

/* Count the list, per owner. */
int
backlog_load(struct backlog *b, struct store *st, long meeting_id,
    char **cause)
{
	size_t i;

	memset(b, 0, sizeof *b);
	b->meeting_id = meeting_id;
	if (store_backlog_owners(st, meeting_id, &b->owners, &b->nowners,
	    cause) != 0)
		return -1;
	for (i = 0; i < b->nowners; i++)
		b->n += b->owners[i].n;
	return 0;
}

/* Free the counts and the pages kept. */
void
backlog_fini(struct backlog *b)
{
	size_t i;

	backlog_owners_free(b->owners, b->nowners);
	for (i = 0; i < BACKLOG_PAGES; i++)
		action_list_fini(&b->pages[i].l);
	memset(b, 0, sizeof *b);
}

/* The owner item i falls under; *start: the index of their first. */
static const struct backlog_owner *
owner_at(const struct backlog *b, size_t i, size_t *start)
{
	size_t k;

	for (*start = 0, k = 0; k < b->nowners; *start += b->owners[k++].n) {
		if (i < *start + b->owners[k].n)
			return &b->owners[k];
	}
	return NULL;
}

/* The owner of item i, and whether it is their first. */
const struct backlog_owner *
backlog_owner_of(const struct backlog *b, size_t i, int *first)
{
	const struct backlog_owner *o;
	size_t start;

	o = owner_at(b, i, &start);
	*first = o != NULL && i == start;
	return o;
}

/* The slot to read a page into: a free one, else the least used. */
static struct backlog_page *
free_slot(struct backlog *b)
{
	struct backlog_page *p = &b->pages[0];
	size_t k;

	for (k = 0; k < BACKLOG_PAGES; k++) {
		if (b->pages[k].l.n == 0)
			return &b->pages[k];
		if (b->pages[k].used < p->used)
			p = &b->pages[k];
	}
	action_list_fini(&p->l);
	return p;
}

/* Item i, from a page kept or a page read for it. */
const struct action *
backlog_get(struct backlog *b, struct store *st, size_t i, char **cause)
{
	const struct backlog_owner *o;
	struct backlog_page *p;
	size_t k, start, offset;

	for (k = 0; k < BACKLOG_PAGES; k++) {
		p = &b->pages[k];
		if (p->l.n > 0 && i >= p->first && i < p->first + p->l.n) {
			p->used = ++b->clock;
			return &p->l.v[i - p->first];
		}
	}
	if ((o = owner_at(b, i, &start)) == NULL)
		return NULL;
	/* Pages start at multiples of the page within an owner's share. */
	offset = (i - start) / BACKLOG_PAGE * BACKLOG_PAGE;
	p = free_slot(b);
	if (store_backlog_page(st, b->meeting_id, o->owner_id, offset,
	    BACKLOG_PAGE, &p->l, cause) != 0)
		return NULL;
	p->first = start + offset;
	p->used = ++b->clock;
	/* Shorter than counted: the list changed since; the caller reloads. */
	if (i >= p->first + p->l.n)
		return NULL;
	return &p->l.v[i - p->first];
}
