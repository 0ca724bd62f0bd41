/*
 * mql.h: the definition of a marketing-qualified lead, in versions. A
 * version is a list of criteria (industry, company size, budget...); one
 * comes into force once both sides have agreed to it. A change to a
 * criterion proposes a new version: the one in force with the change; a
 * second change before both have agreed amends that same proposal. This
 * is the pure part: no SQL, no terminal, no clock (store_mql.c keeps the
 * versions, ui_kind_definition.c and cmd_mql.c show them).
 */
#ifndef PARLEY_MQL_H
#define PARLEY_MQL_H

#include <stddef.h>
#include <time.h>

#include "agenda.h"

/* One criterion: its name as first written, and its value. */
struct mql_criterion {
	char *key;
	char *value;
};

/* The criteria of a version, in the order they were written. */
struct mql_criteria {
	struct mql_criterion *v;
	size_t n;
};

/* One side's agreement to a version. */
struct mql_agreement {
	time_t at;           /* 0: not agreed (yet) */
	char *by;            /* who agreed for the side; NULL when not said
	                        (or the version came from the agenda) */
};

enum mql_origin {
	MQL_PROPOSED,        /* proposed in Parley, agreed side by side */
	MQL_AGENDA           /* version 1 as the agenda's criteria gave it:
	                        in force from the start, agreed by nobody */
};

struct mql_version {
	long id;
	int number;          /* 1, 2, ...: what people call it */
	long meeting_id;     /* the meeting it was proposed in; 0 outside */
	enum mql_origin origin;
	time_t proposed_at;
	struct mql_agreement sales;
	struct mql_agreement marketing;
	struct mql_criteria criteria;
};

/* Every version, oldest first (by number). */
struct mql_history {
	struct mql_version *v;
	size_t n;
};

/* A change asked for: value NULL or "" removes the criterion. Borrowed. */
struct mql_change {
	const char *key;
	const char *value;
};

void mql_criteria_fini(struct mql_criteria *c);
/* Copy src into dst (dst's old content is not freed). */
void mql_criteria_copy(struct mql_criteria *dst, const struct mql_criteria *src);
/* Append a copy of key and value. */
void mql_criteria_add(struct mql_criteria *c, const char *key,
    const char *value);
/*
 * The criterion named key, its case aside ("Budget" is "budget"), or
 * NULL. Borrowed from c.
 */
const struct mql_criterion *mql_criteria_find(const struct mql_criteria *c,
    const char *key);
/* 1 if a and b hold the same criteria with the same values, order aside. */
int mql_criteria_equal(const struct mql_criteria *a,
    const struct mql_criteria *b);
/*
 * Apply one change: a new value replaces the old in place (the name keeps
 * its first spelling), a new name is added at the end, an empty value
 * removes. Returns 1 changed, 0 the criteria said so already, or -1 with
 * *cause when the criterion to remove is not there.
 */
int mql_criteria_apply(struct mql_criteria *c, const struct mql_change *ch,
    char **cause);

/*
 * Check a criterion's name (what == "name") or value as typed: not blank,
 * no control character, and a name holds no '=' (KEY=VALUE could not say
 * it). 0, or -1 with *cause.
 */
int mql_check_text(const char *what, const char *s, char **cause);
/*
 * Split "KEY=VALUE" at its first '=', each side trimmed: 0 with new
 * strings in *key and *value ("" for KEY=, a removal), or -1 with *cause
 * when there is no '=' or no name. Caller frees both.
 */
int mql_parse_change(const char *arg, char **key, char **value,
    char **cause);

void mql_version_fini(struct mql_version *v);
void mql_history_fini(struct mql_history *h);
/* The agreement of side (sales or marketing) to v; NULL for SIDE_NONE. */
const struct mql_agreement *mql_agreement(const struct mql_version *v,
    enum side side);
/* 1 once both sides have agreed to v. */
int mql_agreed(const struct mql_version *v);
/* The later of the two agreements: when v was last agreed; 0 if not. */
time_t mql_agreed_at(const struct mql_version *v);
/* Version number in h, or NULL. Borrowed. */
const struct mql_version *mql_find(const struct mql_history *h, int number);
/* The version in force: the newest both sides agreed to; NULL if none. */
const struct mql_version *mql_in_force(const struct mql_history *h);
/*
 * The version in force just before time t: both sides had agreed before
 * it, or it came from an agenda (in force from the first); NULL if none.
 * Strictly before: a meeting that starts and agrees within one second
 * still changed the definition.
 */
const struct mql_version *mql_in_force_before(const struct mql_history *h,
    time_t t);
/*
 * The open proposal: the newest version not yet agreed by both, when it
 * is newer than the one in force; NULL if none.
 */
const struct mql_version *mql_proposal(const struct mql_history *h);
/*
 * The history as it stood at time t: versions proposed later are dropped,
 * agreements given later are taken back. For the minutes of a past
 * meeting, which must not change when later meetings agree.
 */
void mql_history_as_of(struct mql_history *h, time_t t);

/* What a set of changes does to the history (mql_plan). */
enum mql_plan_kind {
	MQL_PLAN_NONE,       /* nothing changes: it says so already */
	MQL_PLAN_NEW,        /* a new version is proposed */
	MQL_PLAN_AMEND,      /* the open proposal is amended */
	MQL_PLAN_WITHDRAW    /* the proposal, amended, is the version in
	                        force again: it is withdrawn */
};

struct mql_plan {
	enum mql_plan_kind kind;
	int number;          /* the version proposed, amended or withdrawn;
	                        for NONE the one that says so already (0:
	                        there is none) */
	struct mql_criteria criteria; /* NEW and AMEND: the version's criteria */
	int withdrawn_sales;     /* AMEND: the side's agreement no longer */
	int withdrawn_marketing; /* holds, since what it agreed to changed */
};

/*
 * Decide what changes (n of them, applied in order) do: they apply to the
 * open proposal if there is one, else to the version in force (else to no
 * criteria at all). Returns 0 with *out (free with mql_plan_fini), or a
 * sysexits code with *cause: 65 a name or value that is not text, or a
 * definition left with no criterion; 66 the removal of a criterion that
 * is not there.
 */
int mql_plan(const struct mql_history *h, const struct mql_change *ch,
    size_t n, struct mql_plan *out, char **cause);
void mql_plan_fini(struct mql_plan *p);

/*
 * May side agree to version number now? 0 when it may; else a sysexits
 * code with *cause saying why not: 66 no such version; 65 the side agreed
 * to it already, or it is older than (or is) the version in force.
 */
int mql_check_agree(const struct mql_history *h, int number, enum side side,
    char **cause);

/* How one criterion differs between two versions. */
enum mql_diff_kind { MQL_ADDED, MQL_REMOVED, MQL_CHANGED };

struct mql_diff_line {
	enum mql_diff_kind kind;
	const char *key;         /* borrowed from the versions compared */
	const char *old_value;   /* NULL when added */
	const char *new_value;   /* NULL when removed */
};

struct mql_diff {
	struct mql_diff_line *v;
	size_t n;
};

/*
 * What changed from old to new: the criteria changed or removed in old's
 * order, then those added in new's. The lines borrow from old and new,
 * which must outlive *out. Free with mql_diff_fini.
 */
void mql_diff(const struct mql_criteria *old, const struct mql_criteria *new,
    struct mql_diff *out);
void mql_diff_fini(struct mql_diff *d);
/* "added", "removed", "changed". */
const char *mql_diff_kind_name(enum mql_diff_kind kind);

/*
 * What the meeting view holds for a definition item (view_kind.c loads it
 * into kind_data[KIND_DEFINITION]): the versions as they stood at the
 * view's moment (a past meeting: its end), and where the meeting stands.
 */
struct mql_view {
	struct mql_history history;
	const struct mql_version *in_force;  /* NULL: none yet */
	const struct mql_version *proposal;  /* NULL: none open */
	const struct mql_version *before;    /* in force when the meeting
	                                        began; NULL: none */
	const struct agenda_item *item;      /* the agenda's definition item
	                                        (its criteria), borrowed from
	                                        the view's agenda; may be NULL */
};

/* Free a struct mql_view and what it holds; NULL is a no-op. */
void mql_view_free(void *data);

#endif
