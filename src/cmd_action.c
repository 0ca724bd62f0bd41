/*
 * cmd_action.c: action items between meetings: parley actions, and
 * parley action add, done, drop, edit and show.
 */
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "action.h"
#include "cmd.h"
#include "format.h"
#include "session.h"
#include "store.h"
#include "util.h"

/* Write one listed action: store_actions_each's fn. */
static void
write_row(const struct action *a, void *arg)
{
	action_out_row(arg, a);
}

/* parley actions [--all] [--owner NAME] [--overdue] [--format F] */
static int
exec_actions(struct cmd_ctx *ctx, struct cmd_args *args)
{
	static char block[1 << 16];
	struct action_filter f = { 0 };
	struct action_out out;
	enum action_format format = ACTION_TABLE;
	struct store *st;
	const char *name = cmd_opt(args, "format");
	char *cause = NULL, today[11];
	int code;

	if (name != NULL && action_format_parse(name, &format) != 0)
		return cmd_usage_error(args, "actions: --format is table, csv "
		    "or json, not '%s'", name);
	f.all = cmd_flag(args, "all");
	f.owner = cmd_opt(args, "owner");
	date_format(session_today(), today);
	if (cmd_flag(args, "overdue"))
		f.due_before = today;
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	/*
	 * Each row is written as it is read: nothing is copied or kept. One
	 * thread writes stdout: stdio need not lock it for every call; and
	 * into a pipe or a file it goes in blocks of 64 KiB, not 4.
	 */
	__fsetlocking(stdout, FSETLOCKING_BYCALLER);
	if (!isatty(fileno(stdout)))
		setvbuf(stdout, block, _IOFBF, sizeof block);
	action_out_begin(&out, stdout, format, today);
	if (store_actions_each(st, &f, write_row, &out, &cause) != 0) {
		code = cmd_failed(store_error_code(st), cause);
		store_close(st);
		return code;
	}
	action_out_end(&out);
	store_close(st);
	return 0;
}

/* Print a failure of the store and close it; returns the exit code. */
static int
store_failed(struct store *st, char *cause)
{
	int code = cmd_failed(store_error_code(st), cause);

	store_close(st);
	return code;
}

/*
 * Check a title or a name given on the command line: 0, or 64 when it is
 * empty, 65 when it holds a control character (a line break, an escape),
 * which no prompt of the meeting screen would have let in.
 */
static int
check_text(const struct cmd_args *args, const char *what, const char *s)
{
	unsigned int cp;

	if (util_blank(s))
		return cmd_usage_error(args, "action %s: the %s is empty",
		    args->entry->name, what);
	if (utf8_check_text(s, strlen(s), 0, &cp, NULL) != 0)
		return cmd_failed(EX_DATAERR, xasprintf("action %s: the %s %s "
		    "(U+%04X): one line of text, please", args->entry->name,
		    what, cp == 0xfffd ? "is not UTF-8" :
		    "holds a control character", cp));
	return 0;
}

/*
 * A due date as given to --due, into day ("" for none: "", "none"); 0, or
 * 65 naming the forms accepted.
 */
static int
parse_due(const char *text, char day[11])
{
	char *cause = NULL;

	day[0] = '\0';
	if (text == NULL || util_casecmp(text, "none") == 0)
		return 0;
	if (session_parse_due(text, day, &cause) != 0)
		return cmd_failed(EX_DATAERR, cause);
	return 0;
}

/* The action id an argument names; 0, or 64 when it is not one. */
static int
parse_action_id(const struct cmd_args *args, long *id)
{
	if (cmd_parse_id(args->argv[0], id) == 0)
		return 0;
	return cmd_usage_error(args, "action %s: '%s' is not an action id "
	    "(parley actions --all lists them)", args->entry->name,
	    args->argv[0]);
}

/* 1 if name is someone Parley knows already (case aside). */
static int
known_person(struct store *st, const char *name)
{
	char **names = NULL, *cause = NULL;
	size_t i, n = 0;
	int found = 0;

	if (store_people(st, &names, &n, &cause) != 0) {
		free(cause);
		return 1; /* not worth a failure: only a note depends on it */
	}
	for (i = 0; i < n; i++) {
		found |= util_casecmp(names[i], name) == 0;
		free(names[i]);
	}
	free(names);
	return found;
}

/* parley action add TITLE --owner NAME [--due DATE]: prints the new id. */
static int
exec_action_add(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct action_new a = { 0 };
	const char *owner = cmd_opt(args, "owner");
	char day[11], *cause = NULL;
	struct store *st;
	long id;
	int code, known;

	if (owner == NULL)
		return cmd_usage_error(args, "action add: --owner NAME is "
		    "needed: every action item has an owner");
	if ((code = check_text(args, "title", args->argv[0])) != 0 ||
	    (code = check_text(args, "owner", owner)) != 0 ||
	    (code = parse_due(cmd_opt(args, "due"), day)) != 0)
		return code;
	if ((code = cmd_open_store(ctx, &st)) != 0)
		return code;
	a.title = util_trim(xstrdup(args->argv[0]));
	a.owner = util_trim(xstrdup(owner));
	a.due = day;
	known = known_person(st, a.owner);
	if (store_action_add(st, &a, clock_time(), &id, &cause) != 0)
		code = cmd_failed(store_error_code(st), cause);
	else {
		printf("%ld\n", id);
		if (!known)
			cmd_failed(0, xasprintf("note: %s is a new name",
			    a.owner));
	}
	free((char *)a.title);
	free((char *)a.owner);
	store_close(st);
	return code;
}

/* parley action done|drop ID, between meetings. */
static int
close_action(struct cmd_ctx *ctx, struct cmd_args *args,
    enum action_status status)
{
	struct store *st;
	char *cause = NULL;
	long id;
	int code;

	if ((code = parse_action_id(args, &id)) != 0 ||
	    (code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (store_action_close(st, id, status, 0, clock_time(), &cause) != 0)
		return store_failed(st, cause);
	printf("#%ld %s.\n", id, action_status_name(status));
	store_close(st);
	return 0;
}

/* parley action done ID */
static int
exec_action_done(struct cmd_ctx *ctx, struct cmd_args *args)
{
	return close_action(ctx, args, ACTION_DONE);
}

/* parley action drop ID */
static int
exec_action_drop(struct cmd_ctx *ctx, struct cmd_args *args)
{
	return close_action(ctx, args, ACTION_DROPPED);
}

/* Check and gather what action edit is to change; 0 or an exit code. */
static int
edit_options(const struct cmd_args *args, struct action_edit *e, char day[11])
{
	const char *due = cmd_opt(args, "due");
	int code;

	memset(e, 0, sizeof *e);
	e->title = cmd_opt(args, "title");
	e->owner = cmd_opt(args, "owner");
	if (e->title == NULL && e->owner == NULL && due == NULL)
		return cmd_usage_error(args, "action edit: give --title, "
		    "--owner or --due, or several");
	if ((e->title != NULL &&
	    (code = check_text(args, "title", e->title)) != 0) ||
	    (e->owner != NULL &&
	    (code = check_text(args, "owner", e->owner)) != 0))
		return code;
	if (due != NULL && (code = parse_due(due, day)) != 0)
		return code;
	e->due = due != NULL ? day : NULL;
	return 0;
}

/* Print the lines the history gained from the first one not seen before. */
static void
print_new_events(long id, const struct action_event_list *h, size_t from)
{
	size_t i;

	if (from >= h->n)
		printf("#%ld: nothing to change.\n", id);
	for (i = from; i < h->n; i++) {
		printf("#%ld  ", id);
		action_write_event(stdout, &h->v[i]);
	}
}

/* parley action edit ID [--title T] [--owner O] [--due D] */
static int
exec_action_edit(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct action_event_list before, after;
	struct action_edit e;
	struct store *st;
	char day[11], *cause = NULL, *title = NULL, *owner = NULL;
	long id;
	int code;

	if ((code = parse_action_id(args, &id)) != 0 ||
	    (code = edit_options(args, &e, day)) != 0 ||
	    (code = cmd_open_store(ctx, &st)) != 0)
		return code;
	/* Trimmed, as a prompt would have them. */
	e.title = title = e.title != NULL ? util_trim(xstrdup(e.title)) : NULL;
	e.owner = owner = e.owner != NULL ? util_trim(xstrdup(e.owner)) : NULL;
	code = store_action_events(st, id, &before, &cause) != 0 ||
	    store_action_edit(st, id, &e, 0, clock_time(), &cause) != 0 ||
	    store_action_events(st, id, &after, &cause) != 0 ? -1 : 0;
	free(title);
	free(owner);
	if (code != 0) {
		action_event_list_fini(&before);
		return store_failed(st, cause);
	}
	print_new_events(id, &after, before.n);
	action_event_list_fini(&before);
	action_event_list_fini(&after);
	store_close(st);
	return 0;
}

/* parley action show ID: the whole record, deleted or not. */
static int
exec_action_show(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct action_record r;
	struct store *st;
	char today[11], *cause = NULL;
	long id;
	int code;

	if ((code = parse_action_id(args, &id)) != 0 ||
	    (code = cmd_open_store(ctx, &st)) != 0)
		return code;
	if (store_action_record(st, id, &r, &cause) != 0)
		return store_failed(st, cause);
	date_format(session_today(), today);
	action_write_record(stdout, &r, today);
	action_record_fini(&r);
	store_close(st);
	return 0;
}

static const struct cmd_entry action_subs[] = {
	{ "add", "TITLE --owner NAME [--due DATE]", "owner= due=", 1, 1,
	    exec_action_add, NULL },
	{ "done", "ID", "", 1, 1, exec_action_done, NULL },
	{ "drop", "ID", "", 1, 1, exec_action_drop, NULL },
	{ "edit", "ID [--title T] [--owner O] [--due D|none]",
	    "title= owner= due=", 1, 1, exec_action_edit, NULL },
	{ "show", "ID", "", 1, 1, exec_action_show, NULL },
	{ NULL, NULL, NULL, 0, 0, NULL, NULL },
};

const struct cmd_entry cmd_action = {
	"action", "", NULL, 0, 0, NULL, action_subs
};

const struct cmd_entry cmd_actions = {
	"actions", "[--all] [--owner NAME] [--overdue] [--format table|csv|json]",
	"all owner= overdue format=", 0, 0, exec_actions, NULL
};
