/* entry.c: notes, decisions, parked topics and private notes. */
#include "entry.h"

#include <stdlib.h>
#include <string.h>

/* Indexed by enum entry_kind: the names in the database and the minutes. */
static const char *const kind_names[ENTRY_COUNT] = {
	"note", "decision", "parking", "private",
};

/* Free a list of entries and empty it. */
void
entry_list_fini(struct entry_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* The name of a kind of entry. */
const char *
entry_kind_name(enum entry_kind kind)
{
	return (unsigned int)kind < ENTRY_COUNT ? kind_names[kind] : "";
}

/* How a kind of entry is named for people. */
const char *
entry_kind_label(enum entry_kind kind)
{
	static const char *const labels[ENTRY_COUNT] = {
		"note", "decision", "parking-lot topic", "private note",
	};

	return (unsigned int)kind < ENTRY_COUNT ? labels[kind] : "note";
}

/* Find a kind of entry by name. */
int
entry_kind_parse(const char *name, enum entry_kind *out)
{
	int k;

	for (k = 0; name != NULL && k < ENTRY_COUNT; k++) {
		if (strcmp(name, kind_names[k]) == 0) {
			*out = (enum entry_kind)k;
			return 0;
		}
	}
	return -1;
}
