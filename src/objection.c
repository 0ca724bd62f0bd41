/* objection.c: statements parroted back in the room, and their outcomes. */
#include "objection.h"

#include <stdlib.h>
#include <string.h>

/* Indexed by enum objection_outcome: the names in the database and minutes. */
static const char *const outcome_names[OUTCOME_COUNT] = {
	NULL, "action", "followup", "resolved", "closed",
};

/* Free a list of objections and empty it. */
void
objection_list_fini(struct objection_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].statement);
		free(l->v[i].question);
		free(l->v[i].answer);
		free(l->v[i].followup);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* The name of an outcome. */
const char *
objection_outcome_name(enum objection_outcome o)
{
	return (unsigned int)o < OUTCOME_COUNT ? outcome_names[o] : NULL;
}

/* Find an outcome by name. */
int
objection_outcome_parse(const char *name, enum objection_outcome *out)
{
	int k;

	for (k = 1; name != NULL && k < OUTCOME_COUNT; k++) {
		if (strcmp(name, outcome_names[k]) == 0) {
			*out = (enum objection_outcome)k;
			return 0;
		}
	}
	return -1;
}
