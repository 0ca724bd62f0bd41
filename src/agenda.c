/* agenda.c: kind and side names, and freeing agendas; no YAML here. */
#include "agenda.h"

#include <stdlib.h>
#include <string.h>

#include "kind.h"

/* Free an array of key/value pairs. */
static void
agenda_free_pairs(struct agenda_pair *pairs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(pairs[i].key);
		free(pairs[i].value);
	}
	free(pairs);
}

/* Free an agenda and everything it holds. */
void
agenda_free(struct agenda *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->nitems; i++) {
		free(a->items[i].title);
		free(a->items[i].prompt);
		agenda_free_pairs(a->items[i].criteria, a->items[i].ncriteria);
	}
	free(a->items);
	for (i = 0; i < a->nteam; i++)
		free(a->team[i].name);
	free(a->team);
	for (i = 0; i < a->nlead_ins; i++)
		free(a->lead_ins[i]);
	free(a->lead_ins);
	agenda_free_pairs(a->reflections, a->nreflections);
	free(a->title);
	free(a);
}

/* Free the messages of a diagnostic list and empty it. */
void
agenda_diags_fini(struct agenda_diags *diags)
{
	size_t i;

	for (i = 0; i < diags->n; i++)
		free(diags->v[i].message);
	free(diags->v);
	diags->v = NULL;
	diags->n = 0;
}

/* Name a kind of item (kind.c holds the names). */
const char *
agenda_kind_name(enum item_kind kind)
{
	const struct kind *k = kind_get(kind);

	return k != NULL ? k->name : "";
}

/* Find a kind of item by name. */
int
agenda_kind_parse(const char *name, enum item_kind *out)
{
	return kind_parse(name, out);
}

/* Name a side. */
const char *
agenda_side_name(enum side side)
{
	switch (side) {
	case SIDE_SALES:
		return "sales";
	case SIDE_MARKETING:
		return "marketing";
	case SIDE_NONE:
		break;
	}
	return "";
}

/* Find a side by name; "" is not a side. */
int
agenda_side_parse(const char *name, enum side *out)
{
	if (strcmp(name, "sales") == 0)
		*out = SIDE_SALES;
	else if (strcmp(name, "marketing") == 0)
		*out = SIDE_MARKETING;
	else
		return -1;
	return 0;
}

/* The side facing s. */
enum side
agenda_side_other(enum side s)
{
	switch (s) {
	case SIDE_SALES:
		return SIDE_MARKETING;
	case SIDE_MARKETING:
		return SIDE_SALES;
	case SIDE_NONE:
		break;
	}
	return SIDE_NONE;
}
