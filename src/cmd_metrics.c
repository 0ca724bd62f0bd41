/*
 * cmd_metrics.c: lead-source figures from the command line: parley
 * metrics prints a meeting's scorecard, parley metrics import loads a CRM
 * report into it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"
#include "format.h"
#include "json.h"
#include "metrics.h"
#include "metrics_csv.h"
#include "store.h"
#include "util.h"
#include "view.h"

/*
 * The meeting the figures are for: the id given; "last", the last one
 * started; none given, the one in progress, else the last. 0 and *id, or
 * an exit code (the message printed).
 */
static int
which_meeting(struct store *st, const struct cmd_args *args, const char *arg,
    long *id)
{
	char *cause = NULL;
	int rc = 0;

	if (arg != NULL && strcmp(arg, "last") != 0) {
		if (cmd_parse_id(arg, id) == 0)
			return 0;
		return cmd_usage_error(args, "'%s' is not a meeting: give its "
		    "id (parley meetings lists them) or last", arg);
	}
	if (arg == NULL)
		rc = store_meeting_live(st, id, &cause);
	if (rc == 0)
		rc = store_meeting_last(st, id, &cause);
	if (rc < 0)
		return cmd_failed(store_error_code(st), cause);
	if (rc == 0) {
		fputs("parley: no meetings yet: figures belong to a meeting, "
		    "and 'parley run' starts one\n", stderr);
		return EX_NOINPUT;
	}
	return 0;
}

/* The scorecard's heading: which meeting, when, what. */
static void
write_heading(FILE *f, const struct meeting *m)
{
	char day[20];

	clock_iso(m->started_at, day);
	fprintf(f, "Meeting %ld · %.10s · ", m->id, day);
	format_text(f, m->title);
	fputs("\n\n", f);
}

/* The scorecard as JSON, with the meeting it is of. */
static void
write_json(FILE *f, const struct meeting *m, const struct metrics_card *c)
{
	struct json j;
	char day[20];

	clock_iso(m->started_at, day);
	day[10] = '\0';
	json_init(&j, f, 4);
	json_object_begin(&j);
	json_key(&j, "meeting");
	json_object_begin(&j);
	json_kv_int(&j, "id", m->id);
	json_kv_string(&j, "title", m->title);
	json_kv_string(&j, "date", day);
	json_object_end(&j);
	json_key(&j, "metrics");
	metrics_write_json(&j, c);
	json_object_end(&j);
	json_end(&j);
}

/* Print the scorecard of v's meeting in a format. */
static void
print_card(const char *format, const struct meeting_view *v,
    const struct metrics_card *c)
{
	if (strcmp(format, "csv") == 0)
		metrics_write_csv(stdout, c);
	else if (strcmp(format, "json") == 0)
		write_json(stdout, v->m, c);
	else {
		write_heading(stdout, v->m);
		if (c->now.n == 0)
			printf("No lead-source figures for meeting %ld yet: "
			    "'parley metrics import FILE --meeting %ld' loads "
			    "a CRM report's.\n", v->m->id, v->m->id);
		else
			metrics_write_table(stdout, c);
	}
}

/* parley metrics [ID|last] [--format table|csv|json] */
static int
exec_metrics(struct cmd_ctx *ctx, struct cmd_args *args)
{
	const char *format = cmd_opt(args, "format");
	struct metrics_card own;
	struct meeting_view v;
	struct store *st;
	char *cause = NULL;
	long id;
	int code;

	if (format == NULL)
		format = "table";
	if (strcmp(format, "table") != 0 && strcmp(format, "csv") != 0 &&
	    strcmp(format, "json") != 0)
		return cmd_usage_error(args, "metrics: --format is table, csv "
		    "or json, not '%s'", format);
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	memset(&v, 0, sizeof v);
	memset(&own, 0, sizeof own);
	code = which_meeting(st, args, args->argc > 0 ? args->argv[0] : NULL,
	    &id);
	/*
	 * The view knows the agenda's threshold; a meeting whose agenda has
	 * no metrics item has no card there, so read the figures alone.
	 */
	if (code == 0 && (view_load(st, id, VIEW_MINUTES, &v, &cause) != 0 ||
	    (v.kind_data[KIND_METRICS] == NULL &&
	    store_metrics_card(st, id, &own, &cause) != 0)))
		code = cmd_failed(store_error_code(st), cause);
	if (code == 0)
		print_card(format, &v, v.kind_data[KIND_METRICS] != NULL ?
		    v.kind_data[KIND_METRICS] : &own);
	metrics_table_fini(&own.now);
	metrics_table_fini(&own.before);
	view_fini(&v);
	store_close(st);
	return code;
}

/* Every problem of a bad file, as FILE:LINE: message. */
static void
print_diags(const char *path, const struct metrics_diags *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		if (d->v[i].line > 0) {
			format_text(stderr, path);
			fprintf(stderr, ":%d: ", d->v[i].line);
			format_text(stderr, d->v[i].message);
			fputc('\n', stderr);
		} else
			cmd_failed(0, xasprintf("%s: %s", path,
			    d->v[i].message));
	}
}

/* 1 if the meeting's agenda has a metrics item (its figures show there). */
static int
has_metrics_item(const struct meeting *m)
{
	size_t i;

	for (i = 0; i < m->nitems; i++) {
		if (m->items[i].kind == KIND_METRICS)
			return 1;
	}
	return 0;
}

/* Say what the import did. */
static void
print_imported(const struct meeting *m, const char *path, size_t n,
    size_t replaced)
{
	char day[20];

	clock_iso(m->started_at, day);
	printf("Meeting %ld (%.10s): %zu lead source%s imported from ", m->id,
	    day, n, n == 1 ? "" : "s");
	format_text(stdout, path);
	if (replaced > 0)
		printf(", replacing the %zu it had.\n", replaced);
	else
		puts(".");
	if (!has_metrics_item(m))
		puts("Its agenda has no metrics item: 'parley metrics' shows "
		    "them, the meeting screen and the minutes do not.");
}

/* Import the figures of t into the meeting chosen; an exit code. */
static int
import_into(struct cmd_ctx *ctx, struct cmd_args *args, const char *path,
    const struct metrics_table *t)
{
	const char *given = cmd_opt(args, "meeting");
	struct meeting *m = NULL;
	struct store *st;
	char *cause = NULL;
	size_t replaced;
	long id;
	int code;

	if (given != NULL && cmd_parse_id(given, &id) != 0)
		return cmd_usage_error(args, "metrics import: --meeting takes a "
		    "meeting's id (parley meetings lists them), not '%s'",
		    given);
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (given == NULL)
		code = which_meeting(st, args, NULL, &id);
	if (code == 0 && (store_metrics_replace(st, id, t, &replaced,
	    &cause) != 0 || store_meeting_load(st, id, &m, &cause) != 0))
		code = cmd_failed(store_error_code(st), cause);
	if (code == 0)
		print_imported(m, path, t->n, replaced);
	meeting_free(m);
	store_close(st);
	return code;
}

/* parley metrics import CSV [--meeting ID] */
static int
exec_import(struct cmd_ctx *ctx, struct cmd_args *args)
{
	const char *path = args->argv[0];
	struct metrics_table t = { NULL, 0 };
	struct metrics_diags d = { NULL, 0 };
	int rc, code;

	rc = metrics_csv_load(path, &t, &d);
	if (rc != 0) {
		print_diags(path, &d);
		if (rc == -1)
			cmd_failed(0, xasprintf("nothing imported from %s",
			    path));
		code = rc == -2 ? EX_NOINPUT : EX_DATAERR;
	} else
		code = import_into(ctx, args, path, &t);
	metrics_diags_fini(&d);
	metrics_table_fini(&t);
	return code;
}

static const struct cmd_entry metrics_sub[] = {
	{ "import", "CSV [--meeting ID]", "meeting=", 1, 1, exec_import, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL }
};

const struct cmd_entry cmd_metrics = {
	"metrics", "[ID|last] [--format table|csv|json]", "format=", 0, 1,
	exec_metrics, metrics_sub
};
