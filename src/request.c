/* request.c: content requests, and who may own one. */
#include "request.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Free a list of requests. */
void
request_list_fini(struct request_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].asset);
		free(l->v[i].needed_by);
		free(l->v[i].objection);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Free the requests item's data. */
void
request_data_free(struct request_data *d)
{
	if (d == NULL)
		return;
	request_list_fini(&d->requests);
	prospect_tally_fini(&d->tally);
	free(d);
}

/* May owner own a content request? */
int
request_owner_check(const struct agenda_person *team, size_t n,
    const char *owner, char **cause)
{
	size_t i;

	if (util_blank(owner))
		return util_fail(cause, "a content request needs an owner "
		    "from marketing");
	for (i = 0; i < n; i++) {
		if (team[i].side == SIDE_SALES &&
		    util_casecmp(team[i].name, owner) == 0)
			return util_fail(cause, "a content request is owned by "
			    "marketing, and %s is on the sales side",
			    team[i].name);
	}
	return 0;
}
