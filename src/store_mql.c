/* store_mql.c: the MQL definition's versions, criteria and agreements. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "store_mql.h"
#include "store_priv.h"
#include "util.h"

/* The name of who agreed (column i, their id at i + 1), if anyone. */
static char *
agreed_by(struct store_row *r, int i)
{
	if (sqlite3_column_type(r->stmt, i + 1) == SQLITE_NULL)
		return NULL;
	return store_row_text(r, i, "person.name",
	    (long)sqlite3_column_int64(r->stmt, i + 1));
}

/* Read one version row into v; -1 when a column is damaged. */
static int
read_version(struct store_row *r, struct mql_version *v)
{
	const char *origin;

	memset(v, 0, sizeof *v);
	v->id = (long)sqlite3_column_int64(r->stmt, 0);
	v->number = (int)store_row_int(r, 1, "mql_version.version", v->id, 1,
	    INT_MAX, 0);
	v->meeting_id = (long)sqlite3_column_int64(r->stmt, 2);
	origin = store_row_word(r, 3, "mql_version.origin", v->id);
	if (origin != NULL && strcmp(origin, "agenda") != 0 &&
	    strcmp(origin, "proposed") != 0)
		store_row_bad(r, "mql_version.origin", v->id);
	v->origin = origin != NULL && strcmp(origin, "agenda") == 0 ?
	    MQL_AGENDA : MQL_PROPOSED;
	store_row_time(r, 4, "mql_version.proposed_at", v->id, 0,
	    &v->proposed_at, NULL);
	store_row_time(r, 5, "mql_version.sales_agreed_at", v->id, 1,
	    &v->sales.at, NULL);
	v->sales.by = agreed_by(r, 6);
	store_row_time(r, 8, "mql_version.marketing_agreed_at", v->id, 1,
	    &v->marketing.at, NULL);
	v->marketing.by = agreed_by(r, 9);
	return r->bad ? -1 : 0;
}

/* Read the version rows, oldest first, without their criteria. */
static int
read_versions(struct store *st, struct mql_history *out, char **cause)
{
	struct store_row r;
	sqlite3_stmt *stmt;
	int rc = SQLITE_OK;

	if (store_prepare(st, &stmt, "SELECT v.id, v.version, v.meeting_id,"
	    " v.origin, v.proposed_at, v.sales_agreed_at, ps.name, ps.id,"
	    " v.marketing_agreed_at, pm.name, pm.id FROM mql_version v"
	    " LEFT JOIN person ps ON ps.id = v.sales_agreed_by"
	    " LEFT JOIN person pm ON pm.id = v.marketing_agreed_by"
	    " ORDER BY v.version", cause) != 0)
		return -1;
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
		read_version(&r, &out->v[out->n++]);
	}
	return store_row_end(&r, rc, "MQL versions");
}

/* The version of h with row id, or NULL. */
static struct mql_version *
version_by_id(struct mql_history *h, long id)
{
	size_t i;

	for (i = 0; i < h->n; i++) {
		if (h->v[i].id == id)
			return &h->v[i];
	}
	return NULL;
}

/* Read every version's criteria, in order, into h. */
static int
read_criteria(struct store *st, struct mql_history *h, char **cause)
{
	struct mql_version *v;
	struct store_row r;
	sqlite3_stmt *stmt;
	const char *key, *value;
	long row;
	int rc = SQLITE_OK;

	if (store_prepare(st, &stmt, "SELECT version_id, key, value, rowid"
	    " FROM mql_criterion ORDER BY version_id, pos", cause) != 0)
		return -1;
	store_row_init(&r, st, stmt, cause);
	while (!r.bad && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		v = version_by_id(h, (long)sqlite3_column_int64(stmt, 0));
		row = (long)sqlite3_column_int64(stmt, 3);
		key = store_row_word(&r, 1, "mql_criterion.key", row);
		value = store_row_word(&r, 2, "mql_criterion.value", row);
		/* A criterion of no version is none of the definition's. */
		if (v != NULL && !r.bad)
			mql_criteria_add(&v->criteria, key, value);
	}
	return store_row_end(&r, rc, "MQL criteria");
}

/* Every version with its criteria; none when one is damaged. */
int
store_mql_history(struct store *st, struct mql_history *out, char **cause)
{
	memset(out, 0, sizeof *out);
	if (read_versions(st, out, cause) != 0 ||
	    read_criteria(st, out, cause) != 0) {
		mql_history_fini(out);
		return -1;
	}
	return 0;
}

/* Write the criteria of version row id, in order. */
static int
insert_criteria(struct store *st, long id, const struct mql_criteria *c,
    char **cause)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc = 0;

	if (store_prepare(st, &stmt, "INSERT INTO mql_criterion (version_id,"
	    " pos, key, value) VALUES (?, ?, ?, ?)", cause) != 0)
		return -1;
	for (i = 0; rc == 0 && i < c->n; i++) {
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, (sqlite3_int64)i);
		sqlite3_bind_text(stmt, 3, c->v[i].key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(stmt, 4, c->v[i].value, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(stmt) != SQLITE_DONE)
			rc = store_fail_db(st, cause, "MQL criterion");
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * Insert version number with criteria c. From the agenda, it is in force
 * at once (both sides' agreement is the agenda's, by nobody).
 */
static int
insert_version(struct store *st, int number, enum mql_origin origin,
    long meeting_id, time_t now, const struct mql_criteria *c, char **cause)
{
	sqlite3_stmt *stmt;
	int agenda = origin == MQL_AGENDA;

	if (store_prepare(st, &stmt, "INSERT INTO mql_version (version,"
	    " meeting_id, proposed_at, origin, sales_agreed_at,"
	    " marketing_agreed_at) VALUES (?1, ?2, ?3, ?4,"
	    " CASE WHEN ?5 THEN ?3 END, CASE WHEN ?5 THEN ?3 END)",
	    cause) != 0)
		return -1;
	sqlite3_bind_int(stmt, 1, number);
	store_bind_id(stmt, 2, meeting_id);
	store_bind_time(stmt, 3, now);
	sqlite3_bind_text(stmt, 4, agenda ? "agenda" : "proposed", -1,
	    SQLITE_STATIC);
	sqlite3_bind_int(stmt, 5, agenda);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	return insert_criteria(st, (long)sqlite3_last_insert_rowid(st->db), c,
	    cause);
}

/* The criteria of an agenda's definition item, or NULL for none. */
static const struct agenda_item *
definition_item(const struct agenda *a)
{
	size_t i;

	for (i = 0; a != NULL && i < a->nitems; i++) {
		if (a->items[i].kind == KIND_DEFINITION &&
		    a->items[i].ncriteria > 0)
			return &a->items[i];
	}
	return NULL;
}

/* Make an item's criteria version 1 when there is no version yet. */
static int
seed_item(struct store *st, const struct agenda_item *it, long meeting_id,
    time_t now, char **cause)
{
	struct mql_criteria c = { NULL, 0 };
	long versions;
	size_t i;
	int rc;

	if (it == NULL || it->ncriteria == 0)
		return 0;
	if (store_query_int(st, "SELECT count(*) FROM mql_version", &versions,
	    cause) != 0)
		return -1;
	if (versions > 0)
		return 0;
	for (i = 0; i < it->ncriteria; i++)
		mql_criteria_add(&c, it->criteria[i].key, it->criteria[i].value);
	rc = insert_version(st, 1, MQL_AGENDA, meeting_id, now, &c, cause);
	mql_criteria_fini(&c);
	return rc;
}

/* Version 1 from the agenda, within the caller's transaction. */
int
store_mql_seed(struct store *st, const struct agenda *a, long meeting_id,
    time_t now, char **cause)
{
	return seed_item(st, definition_item(a), meeting_id, now, cause);
}

/* The core refused, its cause given: keep its exit class; -1. */
static int
refused(struct store *st, int code)
{
	st->code = code;
	return -1;
}

/* Save what a plan decided, in the caller's transaction. */
static int
apply_plan(struct store *st, const struct mql_history *h,
    const struct mql_plan *p, long meeting_id, time_t now, char **cause)
{
	const struct mql_version *v = mql_find(h, p->number);
	sqlite3_stmt *stmt;

	if (p->kind == MQL_PLAN_NEW)
		return insert_version(st, p->number, MQL_PROPOSED, meeting_id,
		    now, &p->criteria, cause);
	if (p->kind == MQL_PLAN_NONE || v == NULL)
		return 0;
	if (p->kind == MQL_PLAN_WITHDRAW) {
		/* Its criteria go with it (ON DELETE CASCADE). */
		if (store_prepare(st, &stmt, "DELETE FROM mql_version"
		    " WHERE id = ?", cause) != 0)
			return -1;
		sqlite3_bind_int64(stmt, 1, v->id);
		return store_step_done(st, stmt, cause);
	}
	/* Amended: what either side agreed to is no longer what it says. */
	if (store_prepare(st, &stmt, "UPDATE mql_version SET"
	    " sales_agreed_at = NULL, sales_agreed_by = NULL,"
	    " marketing_agreed_at = NULL, marketing_agreed_by = NULL"
	    " WHERE id = ?", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, v->id);
	if (store_step_done(st, stmt, cause) != 0 ||
	    store_prepare(st, &stmt, "DELETE FROM mql_criterion"
	    " WHERE version_id = ?", cause) != 0)
		return -1;
	sqlite3_bind_int64(stmt, 1, v->id);
	if (store_step_done(st, stmt, cause) != 0)
		return -1;
	return insert_criteria(st, v->id, &p->criteria, cause);
}

/* Propose changes and save what they do, in one transaction. */
int
store_mql_propose(struct store *st, const struct mql_change *ch,
    size_t n, const struct agenda_item *seed, long meeting_id, time_t now,
    struct mql_plan *out, char **cause)
{
	struct mql_history h = { NULL, 0 };
	int rc, code;

	memset(out, 0, sizeof *out);
	if (store_begin(st, cause) != 0)
		return -1;
	rc = seed_item(st, seed, meeting_id, now, cause);
	if (rc == 0)
		rc = store_mql_history(st, &h, cause);
	if (rc == 0 && (code = mql_plan(&h, ch, n, out, cause)) != 0)
		rc = refused(st, code);
	if (rc == 0)
		rc = apply_plan(st, &h, out, meeting_id, now, cause);
	mql_history_fini(&h);
	if (store_finish(st, rc, cause) != 0) {
		mql_plan_fini(out);
		return -1;
	}
	return 0;
}

/*
 * The person who agrees for side: their id in *id (0 when by is empty),
 * made a person of that side if new. 65 when they are of the other side.
 */
static int
agreeing_person(struct store *st, const char *by, enum side side, long *id,
    char **cause)
{
	sqlite3_stmt *stmt;
	const char *known;
	enum side theirs = SIDE_NONE;
	char *name = NULL;
	int rc;

	*id = 0;
	if (util_blank(by))
		return 0;
	if (store_prepare(st, &stmt, "SELECT name, side FROM person"
	    " WHERE name = ?", cause) != 0)
		return -1;
	sqlite3_bind_text(stmt, 1, by, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		name = store_col_strdup(stmt, 0);
		known = (const char *)sqlite3_column_text(stmt, 1);
		if (known == NULL || agenda_side_parse(known, &theirs) != 0)
			theirs = SIDE_NONE;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail_db(st, cause, "person");
	if (theirs != SIDE_NONE && theirs != side) {
		rc = store_fail(st, EX_DATAERR, cause, "%s is on the %s side: "
		    "%s's agreement is given by someone from %s", name,
		    agenda_side_name(theirs), agenda_side_name(side),
		    agenda_side_name(side));
		free(name);
		return rc;
	}
	free(name);
	return store_person_id(st, by, side, id, cause);
}

/* Record one side's agreement. */
int
store_mql_agree(struct store *st, int number, enum side side,
    const char *by, time_t now, int *in_force, char **cause)
{
	struct mql_history h = { NULL, 0 };
	const struct mql_version *v;
	sqlite3_stmt *stmt;
	long person = 0;
	int rc, code;

	*in_force = 0;
	if (side != SIDE_SALES && side != SIDE_MARKETING)
		return store_fail(st, EX_USAGE, cause, "a side agrees: sales "
		    "or marketing");
	if (store_begin(st, cause) != 0)
		return -1;
	rc = store_mql_history(st, &h, cause);
	if (rc == 0 && (code = mql_check_agree(&h, number, side, cause)) != 0)
		rc = refused(st, code);
	if (rc == 0)
		rc = agreeing_person(st, by, side, &person, cause);
	if (rc == 0)
		rc = store_prepare(st, &stmt, side == SIDE_SALES ?
		    "UPDATE mql_version SET sales_agreed_at = ?,"
		    " sales_agreed_by = ? WHERE id = ?" :
		    "UPDATE mql_version SET marketing_agreed_at = ?,"
		    " marketing_agreed_by = ? WHERE id = ?", cause);
	if (rc == 0) {
		v = mql_find(&h, number);
		store_bind_time(stmt, 1, now);
		store_bind_id(stmt, 2, person);
		sqlite3_bind_int64(stmt, 3, v->id);
		rc = store_step_done(st, stmt, cause);
		/* The other side had agreed: this one makes it law. */
		*in_force = rc == 0 && mql_agreement(v,
		    agenda_side_other(side))->at != 0;
	}
	mql_history_fini(&h);
	if (store_finish(st, rc, cause) != 0) {
		*in_force = 0;
		return -1;
	}
	return 0;
}
