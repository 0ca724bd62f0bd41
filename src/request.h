/*
 * request.h: content requests (Q2, the requests item). Sales asks
 * marketing for an asset; the request names the objection it answers (one
 * heard on Q1, or none) and who needs it, and becomes an action item with
 * a marketing owner and a due date: objection -> request -> action. The
 * action is the request's life: deleted (E, u), the request goes with it.
 */
#ifndef PARLEY_REQUEST_H
#define PARLEY_REQUEST_H

#include <stddef.h>

#include "agenda.h"
#include "prospect.h"

struct request {
	long id;
	long action_id;        /* the action it became */
	char *asset;           /* what is asked for */
	char *needed_by;       /* who needs it; NULL when nobody was named */
	char *objection;       /* the objection it answers; NULL for none */
	char created_at[20];
};

struct request_list {
	struct request *v;     /* in the order they were made */
	size_t n;
};

void request_list_fini(struct request_list *l);

/*
 * What the requests item holds in the meeting view: the meeting's
 * requests, and the tally of its objections (prospect.h) for the ones
 * heard again that nothing answers, and the names Tab offers.
 */
struct request_data {
	struct request_list requests;
	struct prospect_tally tally;
};

/* Free what d holds, and d (NULL is a no-op). */
void request_data_free(struct request_data *d);

/*
 * A content request is owned by marketing: 0 when owner may own one (on
 * marketing's side, or not on the team), else -1 with *cause: an empty
 * owner, or one the team puts on the sales side.
 */
int request_owner_check(const struct agenda_person *team, size_t n,
    const char *owner, char **cause);

#endif
