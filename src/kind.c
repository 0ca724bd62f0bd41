/* kind.c: the table of agenda item kinds: names, labels, once-only, options. */
#include "kind.h"

#include <string.h>

/* Indexed by enum item_kind. */
static const struct kind kinds[KIND_COUNT] = {
	[KIND_REVIEW] = { "review", "Review", 1, 0 },
	[KIND_WINS] = { "wins", "Olive branch", 1, KIND_OPT_ASKED_BY },
	[KIND_OBJECTIONS] = { "objections", "Q1 · objections", 1,
	    KIND_OPT_ASKED_BY },
	[KIND_REQUESTS] = { "requests", "Q2 · content", 1, KIND_OPT_ASKED_BY },
	[KIND_METRICS] = { "metrics", "Q3 · lead sources", 1,
	    KIND_OPT_ASKED_BY | KIND_OPT_NURTURE },
	[KIND_DEFINITION] = { "definition", "Q4 · MQL definition", 1,
	    KIND_OPT_ASKED_BY | KIND_OPT_CRITERIA },
	[KIND_PULSE] = { "pulse", "Pulse", 1, KIND_OPT_ASKED_BY },
	[KIND_WRAPUP] = { "wrapup", "Wrap-up", 1, 0 },
	[KIND_TOPIC] = { "topic", "Topic", 0, KIND_OPT_ASKED_BY },
};

/* The kind k. */
const struct kind *
kind_get(enum item_kind k)
{
	return (unsigned int)k < KIND_COUNT ? &kinds[k] : NULL;
}

/* Find a kind by name. */
int
kind_parse(const char *name, enum item_kind *out)
{
	int k;

	for (k = 0; name != NULL && k < KIND_COUNT; k++) {
		if (strcmp(name, kinds[k].name) == 0) {
			*out = (enum item_kind)k;
			return 0;
		}
	}
	return -1;
}

/* The first kind that takes an option. */
const struct kind *
kind_taking(enum kind_option option)
{
	int k;

	for (k = 0; k < KIND_COUNT; k++) {
		if (kinds[k].options & option)
			return &kinds[k];
	}
	return NULL;
}

/* How many kinds take an option. */
int
kind_takers(enum kind_option option)
{
	int k, n = 0;

	for (k = 0; k < KIND_COUNT; k++)
		n += (kinds[k].options & option) != 0;
	return n;
}

/* An item's name for people. */
const char *
kind_item_label(enum item_kind k, const char *title)
{
	if (k == KIND_TOPIC && title != NULL && *title != '\0')
		return title;
	return kind_get(k) != NULL ? kind_get(k)->label : "";
}
