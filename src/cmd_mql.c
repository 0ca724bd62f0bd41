/*
 * cmd_mql.c: the MQL definition between (and beside) meetings: parley mql,
 * and parley mql history, diff, propose and agree.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"
#include "date.h"
#include "format.h"
#include "mql.h"
#include "store.h"
#include "store_mql.h"
#include "util.h"

/* Names longer than this are not padded to one column with the rest. */
#define KEY_COLUMN_MAX 24

/* A time as its day. */
static void
day_of(time_t t, char buf[11])
{
	date_format(date_from_time(t), buf);
}

/* Write someone's text, then spaces up to width columns (two at least). */
static void
put_padded(const char *s, int width)
{
	int pad = width - utf8_width(s);

	format_text(stdout, s);
	printf("%*s", pad > 2 ? pad : 2, "");
}

/* One side's agreement: "sales (Dana Reyes) on 2026-11-23", or "not yet". */
static void
put_agreement(const struct mql_version *v, enum side side)
{
	const struct mql_agreement *a = mql_agreement(v, side);
	char when[11];

	fputs(agenda_side_name(side), stdout);
	if (a->at == 0) {
		fputs(": not yet", stdout);
		return;
	}
	day_of(a->at, when);
	if (a->by != NULL) {
		fputs(" (", stdout);
		format_text(stdout, a->by);
		fputc(')', stdout);
	}
	printf(" on %s", when);
}

/* Who agreed to v and when, or that it came from the agenda. */
static void
put_agreed(const struct mql_version *v)
{
	char when[11];

	if (v->origin == MQL_AGENDA) {
		day_of(v->proposed_at, when);
		printf("from the agenda, %s", when);
		return;
	}
	fputs("agreed by ", stdout);
	put_agreement(v, SIDE_SALES);
	fputs(" and ", stdout);
	put_agreement(v, SIDE_MARKETING);
}

/* Each criterion of c, names in a column. */
static void
put_criteria(const struct mql_criteria *c)
{
	int col = 0, w;
	size_t i;

	for (i = 0; i < c->n; i++) {
		w = utf8_width(c->v[i].key);
		col = w > col ? w : col;
	}
	col = (col > KEY_COLUMN_MAX ? KEY_COLUMN_MAX : col) + 2;
	for (i = 0; i < c->n; i++) {
		fputs("  ", stdout);
		put_padded(c->v[i].key, col);
		format_text(stdout, c->v[i].value);
		fputc('\n', stdout);
	}
}

/* What changed from old to new, a line each: "changed  budget: a → b". */
static void
put_diff(const struct mql_criteria *old, const struct mql_criteria *new,
    const char *indent)
{
	struct mql_diff d;
	size_t i;

	mql_diff(old, new, &d);
	for (i = 0; i < d.n; i++) {
		printf("%s%-8s ", indent, mql_diff_kind_name(d.v[i].kind));
		format_text(stdout, d.v[i].key);
		fputs(": ", stdout);
		format_text(stdout, d.v[i].old_value != NULL ?
		    d.v[i].old_value : d.v[i].new_value);
		if (d.v[i].kind == MQL_CHANGED) {
			fputs(" \xe2\x86\x92 ", stdout);
			format_text(stdout, d.v[i].new_value);
		}
		fputc('\n', stdout);
	}
	mql_diff_fini(&d);
}

/* The open proposal: which side agreed, and what it changes. */
static void
put_proposal(const struct mql_version *p, const struct mql_version *force)
{
	static const struct mql_criteria none;

	printf("Proposed: version %d, in force once both sides agree\n  ",
	    p->number);
	put_agreement(p, SIDE_SALES);
	fputs(" \xc2\xb7 ", stdout);
	put_agreement(p, SIDE_MARKETING);
	fputc('\n', stdout);
	put_diff(force != NULL ? &force->criteria : &none, &p->criteria, "  ");
}

/* Read every version, or print why not; 0 or an exit code. */
static int
load_history(struct store *st, struct mql_history *h)
{
	char *cause = NULL;

	if (store_mql_history(st, h, &cause) != 0)
		return cmd_failed(store_error_code(st), cause);
	return 0;
}

/* Open the store and read every version; 0 or an exit code. */
static int
open_history(struct cmd_ctx *ctx, struct store **st, struct mql_history *h)
{
	int code;

	memset(h, 0, sizeof *h);
	if ((code = cmd_open_store(ctx, st)) != 0)
		return code;
	if ((code = load_history(*st, h)) != 0) {
		mql_history_fini(h);
		store_close(*st);
	}
	return code;
}

/* parley mql: the definition in force, and the proposal if one is open. */
static int
exec_mql(struct cmd_ctx *ctx, struct cmd_args *args)
{
	const struct mql_version *force, *open;
	struct mql_history h;
	struct store *st;
	int code;

	(void)args;
	if ((code = open_history(ctx, &st, &h)) != 0)
		return code;
	force = mql_in_force(&h);
	open = mql_proposal(&h);
	if (force == NULL && open == NULL)
		puts("No MQL definition yet: a meeting's agenda criteria become "
		    "version 1 when it starts,\nor propose one with 'parley mql "
		    "propose KEY=VALUE...'.");
	if (force != NULL) {
		printf("MQL definition in force: version %d, ", force->number);
		put_agreed(force);
		fputc('\n', stdout);
		put_criteria(&force->criteria);
	} else if (open != NULL)
		puts("No MQL definition is in force yet.");
	if (open != NULL) {
		fputc('\n', stdout);
		put_proposal(open, force);
	}
	mql_history_fini(&h);
	store_close(st);
	return 0;
}

/* What became of v: in force, replaced, proposed, or never agreed. */
static void
put_status(const struct mql_history *h, const struct mql_version *v)
{
	const struct mql_version *force = mql_in_force(h);
	const struct mql_version *next;

	if (v == force)
		fputs("in force, ", stdout);
	else if (v == mql_proposal(h)) {
		fputs("proposed: ", stdout);
		put_agreement(v, SIDE_SALES);
		fputs(", ", stdout);
		put_agreement(v, SIDE_MARKETING);
		return;
	} else if (mql_agreed(v)) {
		/* The next one agreed replaced it. */
		for (next = v + 1; next < h->v + h->n && !mql_agreed(next);
		    next++)
			;
		printf("replaced by version %d, ", next < h->v + h->n ?
		    next->number : 0);
	} else {
		fputs("never agreed", stdout);
		return;
	}
	put_agreed(v);
}

/* parley mql history: every version, what it changed, what became of it. */
static int
exec_mql_history(struct cmd_ctx *ctx, struct cmd_args *args)
{
	static const struct mql_criteria none;
	const struct mql_version *v;
	struct mql_history h;
	struct store *st;
	char when[11];
	size_t i;
	int code;

	(void)args;
	if ((code = open_history(ctx, &st, &h)) != 0)
		return code;
	if (h.n == 0)
		puts("No MQL definition yet.");
	for (i = 0; i < h.n; i++) {
		v = &h.v[i];
		day_of(v->proposed_at, when);
		printf("%sVersion %d \xc2\xb7 proposed %s", i > 0 ? "\n" : "",
		    v->number, when);
		if (v->meeting_id != 0)
			printf(" in meeting %ld", v->meeting_id);
		fputs(" \xc2\xb7 ", stdout);
		put_status(&h, v);
		fputc('\n', stdout);
		put_diff(i > 0 ? &h.v[i - 1].criteria : &none, &v->criteria,
		    "  ");
	}
	mql_history_fini(&h);
	store_close(st);
	return 0;
}

/* A version number as given, "2" or "v2"; 0 and *n, or 64. */
static int
parse_version(const struct cmd_args *args, const char *s, int *n)
{
	const char *digits = s;
	long id;

	if ((*s == 'v' || *s == 'V') && s[1] != '\0')
		digits++;
	if (cmd_parse_id(digits, &id) != 0 || id > 1000000) {
		return cmd_usage_error(args, "mql %s: '%s' is not a version "
		    "number ('parley mql history' lists them)",
		    args->entry->name, s);
	}
	*n = (int)id;
	return 0;
}

/* A version of h, or print that there is none (66). */
static int
find_version(const struct mql_history *h, int n,
    const struct mql_version **v)
{
	*v = mql_find(h, n);
	if (*v != NULL)
		return 0;
	fprintf(stderr, "parley: there is no version %d of the MQL "
	    "definition%s\n", n, h->n == 0 ? " yet" :
	    " ('parley mql history' lists them)");
	return EX_NOINPUT;
}

/* parley mql diff V1 V2: the criteria that changed from V1 to V2. */
static int
exec_mql_diff(struct cmd_ctx *ctx, struct cmd_args *args)
{
	const struct mql_version *a, *b;
	struct mql_history h;
	struct mql_diff d;
	struct store *st;
	int from, to, code;

	if ((code = parse_version(args, args->argv[0], &from)) != 0 ||
	    (code = parse_version(args, args->argv[1], &to)) != 0 ||
	    (code = open_history(ctx, &st, &h)) != 0)
		return code;
	if ((code = find_version(&h, from, &a)) == 0 &&
	    (code = find_version(&h, to, &b)) == 0) {
		mql_diff(&a->criteria, &b->criteria, &d);
		if (d.n == 0)
			printf("Versions %d and %d have the same criteria.\n",
			    from, to);
		else
			put_diff(&a->criteria, &b->criteria, "");
		mql_diff_fini(&d);
	}
	mql_history_fini(&h);
	store_close(st);
	return code;
}

/* Parse the KEY=VALUE arguments into changes; 0 or 64. */
static int
parse_changes(const struct cmd_args *args, struct mql_change *ch,
    char **keys, char **values)
{
	char *cause = NULL;
	int i;

	for (i = 0; i < args->argc; i++) {
		if (mql_parse_change(args->argv[i], &keys[i], &values[i],
		    &cause) != 0) {
			cmd_usage_error(args, "mql propose: %s", cause);
			free(cause);
			return EX_USAGE;
		}
		ch[i].key = keys[i];
		ch[i].value = values[i];
	}
	return 0;
}

/* Say what a proposal did. */
static void
put_plan(struct store *st, const struct mql_plan *p, int force)
{
	const struct mql_version *now_open, *now_force;
	struct mql_history h;

	switch (p->kind) {
	case MQL_PLAN_NONE:
		printf("Nothing to change: version %d says so already.\n",
		    p->number);
		return;
	case MQL_PLAN_WITHDRAW:
		printf("Version %d withdrawn: it no longer changes version "
		    "%d.\n", p->number, force);
		return;
	case MQL_PLAN_NEW:
		printf("Version %d proposed: in force once both sides agree "
		    "('parley mql agree %d --side sales', then marketing).\n",
		    p->number, p->number);
		break;
	default:
		printf("Version %d amended.%s%s\n", p->number,
		    p->withdrawn_sales ? " Sales must agree again." : "",
		    p->withdrawn_marketing ? " Marketing must agree again." :
		    "");
	}
	/* What the proposal now changes, read back as saved. */
	if (load_history(st, &h) != 0)
		return;
	now_open = mql_proposal(&h);
	now_force = mql_in_force(&h);
	if (now_open != NULL)
		put_proposal(now_open, now_force);
	mql_history_fini(&h);
}

/* The live meeting's id, or 0 (a proposal made outside a meeting). */
static long
live_meeting(struct store *st)
{
	char *cause = NULL;
	long id = 0;

	if (store_meeting_live(st, &id, &cause) != 1)
		id = 0;
	free(cause);
	return id;
}

/* parley mql propose KEY=VALUE...: a new version, or the proposal amended. */
static int
exec_mql_propose(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct mql_change *ch = xcalloc((size_t)args->argc, sizeof *ch);
	char **keys = xcalloc((size_t)args->argc, sizeof *keys);
	char **values = xcalloc((size_t)args->argc, sizeof *values);
	const struct mql_version *force;
	struct mql_history h = { NULL, 0 };
	struct mql_plan plan;
	struct store *st = NULL;
	char *cause = NULL;
	int code, i, force_number = 0;

	if ((code = parse_changes(args, ch, keys, values)) != 0 ||
	    (code = open_history(ctx, &st, &h)) != 0)
		goto out;
	if ((force = mql_in_force(&h)) != NULL)
		force_number = force->number;
	if (store_mql_propose(st, ch, (size_t)args->argc, NULL,
	    live_meeting(st), clock_time(), &plan, &cause) != 0)
		code = cmd_failed(store_error_code(st), cause);
	else {
		put_plan(st, &plan, force_number);
		mql_plan_fini(&plan);
	}
out:
	mql_history_fini(&h);
	store_close(st);
	for (i = 0; i < args->argc; i++) {
		free(keys[i]);
		free(values[i]);
	}
	free(keys);
	free(values);
	free(ch);
	return code;
}

/* parley mql agree V --side sales|marketing [--by NAME] */
static int
exec_mql_agree(struct cmd_ctx *ctx, struct cmd_args *args)
{
	const char *side_name = cmd_opt(args, "side");
	const char *by = cmd_opt(args, "by");
	struct store *st;
	char *cause = NULL, *name = NULL;
	enum side side;
	int number, in_force, code;

	if (side_name == NULL)
		return cmd_usage_error(args, "mql agree: --side sales or "
		    "--side marketing: which side agrees?");
	if (agenda_side_parse(side_name, &side) != 0 || side == SIDE_NONE)
		return cmd_usage_error(args, "mql agree: --side is sales or "
		    "marketing, not '%s'", side_name);
	if ((code = parse_version(args, args->argv[0], &number)) != 0)
		return code;
	if (by != NULL && mql_check_text("name", by, &cause) != 0) {
		cmd_failed(0, xasprintf("mql agree: --by: %s", cause));
		free(cause);
		return util_blank(by) ? EX_USAGE : EX_DATAERR;
	}
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	name = by != NULL ? util_trim(xstrdup(by)) : NULL;
	if (store_mql_agree(st, number, side, name, clock_time(), &in_force,
	    &cause) != 0)
		code = cmd_failed(store_error_code(st), cause);
	else {
		printf("%s agreed to version %d", side == SIDE_SALES ? "Sales" :
		    "Marketing", number);
		if (name != NULL) {
			fputs(" (", stdout);
			format_text(stdout, name);
			fputc(')', stdout);
		}
		if (in_force)
			printf(". Version %d is in force: both sides agreed.\n",
			    number);
		else
			printf("; %s has yet to agree.\n",
			    agenda_side_name(agenda_side_other(side)));
	}
	free(name);
	store_close(st);
	return code;
}

static const struct cmd_entry mql_sub[] = {
	{ "history", "", NULL, 0, 0, exec_mql_history, NULL },
	{ "diff", "V1 V2", NULL, 2, 2, exec_mql_diff, NULL },
	{ "propose", "KEY=VALUE...", NULL, 1, -1, exec_mql_propose, NULL },
	{ "agree", "V --side sales|marketing [--by NAME]", "side= by=", 1, 1,
	    exec_mql_agree, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL },
};

const struct cmd_entry cmd_mql = {
	"mql", "", NULL, 0, 0, exec_mql, mql_sub
};
