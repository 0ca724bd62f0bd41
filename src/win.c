/* win.c: what each side did well and newly won customers. */
#include "win.h"

#include <stdlib.h>
#include <string.h>

/* Free the list. */
void
win_list_fini(struct win_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].text);
		free(l->v[i].source);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Count one kind. */
size_t
win_count(const struct win_list *l, enum win_kind kind)
{
	size_t i, n = 0;

	for (i = 0; l != NULL && i < l->n; i++)
		n += l->v[i].kind == kind;
	return n;
}

/* The entry kind of a win. */
const char *
win_kind_name(enum win_kind kind)
{
	return kind == WIN_CUSTOMER ? "customer" : "win";
}

/* Parse an entry kind as a win. */
int
win_kind_parse(const char *name, enum win_kind *out)
{
	if (name != NULL && strcmp(name, "win") == 0)
		*out = WIN_WELL;
	else if (name != NULL && strcmp(name, "customer") == 0)
		*out = WIN_CUSTOMER;
	else
		return -1;
	return 0;
}
