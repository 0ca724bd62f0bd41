/* cmd.c: the command table and the batch commands, which never start curses. */
#include "cmd.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sysexits.h>

#include "action.h"
#include "agenda.h"
#include "parrot.h"
#include "session.h"
#include "store.h"
#include "ui.h"
#include "util.h"

struct cmd_entry {
	const char *name;
	const char *usage;
	int max_args;    /* arguments after the name it takes; -1: any */
	int (*fn)(struct cmd_ctx *ctx, int argc, char **argv);
};

static int cmd_run(struct cmd_ctx *, int, char **);
static int cmd_resume(struct cmd_ctx *, int, char **);
static int cmd_check(struct cmd_ctx *, int, char **);
static int cmd_meetings(struct cmd_ctx *, int, char **);
static int cmd_actions(struct cmd_ctx *, int, char **);
static int cmd_room(struct cmd_ctx *, int, char **);
static int cmd_parrot(struct cmd_ctx *, int, char **);
static int cmd_followups(struct cmd_ctx *, int, char **);

static const struct cmd_entry commands[] = {
	{ "run", "run [AGENDA]", 1, cmd_run },
	{ "resume", "resume", 0, cmd_resume },
	{ "room", "room", 0, cmd_room },
	{ "check", "check AGENDA...", -1, cmd_check },
	{ "meetings", "meetings", 0, cmd_meetings },
	{ "actions", "actions [--all] [--owner NAME] [--overdue] "
	    "[--format table|csv|json]", -1, cmd_actions },
	{ "parrot", "parrot TEXT", -1, cmd_parrot },
	{ "followups", "followups [done ID]", 2, cmd_followups },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

/* Print the usage summary. */
void
cmd_usage(FILE *f)
{
	size_t i;

	fputs("usage: parley [--db PATH] [COMMAND [ARGS]]\n\n"
	    "With no command, the home screen. Commands:\n", f);
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  parley %s\n", commands[i].usage);
	fputs("  parley --help | --version\n\n"
	    "Database: --db PATH, else $PARLEY_DB, else "
	    "$XDG_DATA_HOME/parley/parley.db.\nSee parley(1) for the meeting "
	    "keys and parley-agenda(5) for agendas.\n", f);
}

/* Complain about usage and return 64. */
static int __attribute__((format(printf, 1, 2)))
usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("parley: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\n(see 'parley --help')\n", stderr);
	return EX_USAGE;
}

/* Print a failure with its cause and return code. */
static int
failed(int code, char *cause)
{
	fprintf(stderr, "parley: %s\n", cause != NULL ? cause : "failed");
	free(cause);
	return code;
}

/* Open the database chosen by --db, $PARLEY_DB or the default. */
static int
open_store(struct cmd_ctx *ctx, struct store **st)
{
	char *path = store_default_path(ctx->db_flag), *cause = NULL;
	int code = store_open(path, st, &cause);

	free(path);
	return code != 0 ? failed(code, cause) : 0;
}

/*
 * The bundled default agenda: $PARLEY_AGENDA_DIR, the installed copy, one
 * installed beside the binary under another prefix, then the source tree
 * (build/parley -> agendas/). The first readable one wins.
 */
static char *
default_agenda(void)
{
	const char *dir = getenv("PARLEY_AGENDA_DIR");
	char self[4096], *slash, *path = NULL;
	const char *tries[3] = { NULL, NULL, NULL };
	ssize_t n;
	size_t i;

	if (dir != NULL && *dir != '\0')
		return xasprintf("%s/monthly-alignment.yaml", dir);
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	self[n > 0 ? n : 0] = '\0';
	if ((slash = strrchr(self, '/')) != NULL)
		*slash = '\0';
	tries[0] = PARLEY_DATADIR "/agendas";
	if (n > 0) {
		tries[1] = "/../share/parley/agendas";
		tries[2] = "/../agendas";
	}
	for (i = 0; i < 3 && tries[i] != NULL; i++) {
		free(path);
		path = xasprintf("%s%s/monthly-alignment.yaml",
		    i == 0 ? "" : self, tries[i]);
		if (access(path, R_OK) == 0)
			break;
	}
	/* Show the facilitator a clean path, not build/../agendas. */
	if ((slash = realpath(path, NULL)) != NULL) {
		free(path);
		path = slash;
	}
	return path;
}

/* Run the meeting screen on a session, then free it. */
static int
meet(struct store *st, struct session *s)
{
	int code = ui_meeting_run(st, s);

	session_free(s);
	return code;
}

/*
 * Take the meeting-screen lock before anything touches the meeting, so a
 * second screen is refused without writing a byte.
 */
static int
lock(struct store *st)
{
	char *cause = NULL;

	if (store_lock(st, &cause) == 0)
		return 0;
	fprintf(stderr, "parley: %s: leave it there first, then 'parley "
	    "resume'\n", cause);
	free(cause);
	return store_error_code(st);
}

/* Print an agenda's report as check does, or a plain failure. */
static int
agenda_failed(int code, char *report)
{
	if (code != EX_DATAERR)
		return failed(code, report);
	fprintf(stderr, "%s\n", report); /* FILE:LINE:COLUMN: lines */
	free(report);
	return code;
}

/* Start a meeting from an agenda file and open the screen. */
static int
start_meeting(struct store *st, const char *path)
{
	struct agenda *a = NULL;
	struct session *s = NULL;
	char *text = NULL, *cause = NULL;
	int code;

	if ((code = lock(st)) != 0)
		return code;
	code = agenda_read_file(path, &text, &a, &cause);
	if (code != 0)
		return agenda_failed(code, cause);
	code = session_start(st, a, text, path, &s, &cause);
	agenda_free(a);
	free(text);
	return code != 0 ? failed(code, cause) : meet(st, s);
}

/* Reopen the meeting in progress. */
static int
resume_meeting(struct store *st)
{
	struct session *s = NULL;
	char *cause = NULL;
	int code;

	if ((code = lock(st)) != 0)
		return code;
	code = session_resume(st, &s, &cause);
	return code != 0 ? failed(code, cause) : meet(st, s);
}

/* Check the terminal, open the store, then run fn. */
static int
with_screen(struct cmd_ctx *ctx, struct store **st)
{
	char *cause = NULL;
	int code = ui_usable(&cause);

	if (code != 0)
		return failed(code, cause);
	return open_store(ctx, st);
}

/* Check the terminal, open the store, run fn on it, close. */
static int
on_screen(struct cmd_ctx *ctx, int (*fn)(struct store *st))
{
	struct store *st = NULL;
	int code;

	if ((code = with_screen(ctx, &st)) != 0)
		return code;
	code = fn(st);
	store_close(st);
	return code;
}

/* parley run [AGENDA] */
static int
cmd_run(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct store *st = NULL;
	char *path;
	int code;

	if ((code = with_screen(ctx, &st)) != 0)
		return code;
	path = argc == 2 ? xstrdup(argv[1]) : default_agenda();
	code = start_meeting(st, path);
	free(path);
	store_close(st);
	return code;
}

/* parley resume */
static int
cmd_resume(struct cmd_ctx *ctx, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return on_screen(ctx, resume_meeting);
}

/* The home screen. */
static int
cmd_home(struct cmd_ctx *ctx)
{
	struct store *st = NULL;
	char *path = default_agenda();
	int code, choice;

	if ((code = with_screen(ctx, &st)) != 0) {
		free(path);
		return code;
	}
	choice = ui_home_run(st, path);
	if (choice == 0)
		code = start_meeting(st, path);
	else if (choice == 1)
		code = resume_meeting(st);
	free(path);
	store_close(st);
	return code;
}

/* parley check AGENDA...: silent when every agenda is valid. */
static int
cmd_check(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct agenda *a;
	char *text, *report;
	int i, code, worst = 0;

	(void)ctx;
	if (argc < 2)
		return usage_error("%s", "check needs at least one agenda file");
	for (i = 1; i < argc; i++) {
		report = NULL;
		code = agenda_read_file(argv[i], &text, &a, &report);
		if (code != 0)
			fprintf(stderr, code == EX_NOINPUT ? "parley: %s\n" :
			    "%s\n", report);
		if (code > worst)
			worst = code;
		free(report);
		free(text);
		agenda_free(a);
	}
	return worst;
}

/* parley meetings */
static int
cmd_meetings(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct store *st;
	struct meeting_rows rows;
	char *cause = NULL;
	size_t i;
	int code;

	(void)argc;
	(void)argv;
	if ((code = open_store(ctx, &st)) != 0)
		return code;
	if (store_meetings(st, &rows, &cause) != 0) {
		code = failed(store_error_code(st), cause);
		store_close(st);
		return code;
	}
	if (rows.n == 0)
		puts("No meetings yet: 'parley run' starts one.");
	else
		puts("  ID  DATE              STATUS       ACTIONS  TITLE");
	for (i = 0; i < rows.n; i++) {
		char day[17];

		snprintf(day, sizeof day, "%.10s %.5s", rows.v[i].started_at,
		    rows.v[i].started_at + 11);
		printf("%4ld  %-16s  %-11s  %7d  %s\n", rows.v[i].id, day,
		    rows.v[i].status == MEETING_LIVE ? "in progress" : "ended",
		    rows.v[i].nactions, rows.v[i].title);
	}
	meeting_rows_fini(&rows);
	store_close(st);
	return 0;
}

/* Parse the options of parley actions. */
static int
actions_options(int argc, char **argv, struct action_filter *f, int *overdue,
    const char **format)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--all") == 0)
			f->all = 1;
		else if (strcmp(argv[i], "--overdue") == 0)
			*overdue = 1;
		else if (strcmp(argv[i], "--owner") == 0 && i + 1 < argc)
			f->owner = argv[++i];
		else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc)
			*format = argv[++i];
		else
			return usage_error("actions: unknown or incomplete "
			    "option '%s'", argv[i]);
	}
	if (strcmp(*format, "table") != 0 && strcmp(*format, "csv") != 0 &&
	    strcmp(*format, "json") != 0)
		return usage_error("actions: --format is table, csv or json, "
		    "not '%s'", *format);
	return 0;
}

/* parley actions [--all] [--owner NAME] [--overdue] [--format F] */
static int
cmd_actions(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct action_filter f = { 0 };
	struct action_list l;
	struct store *st;
	const char *format = "table";
	char *cause = NULL, today[11];
	int overdue = 0, code;

	if ((code = actions_options(argc, argv, &f, &overdue, &format)) != 0)
		return code;
	date_format(session_today(), today);
	if (overdue)
		f.due_before = today;
	if ((code = open_store(ctx, &st)) != 0)
		return code;
	if (store_actions(st, &f, &l, &cause) != 0) {
		code = failed(store_error_code(st), cause);
		store_close(st);
		return code;
	}
	if (strcmp(format, "csv") == 0)
		action_write_csv(stdout, &l);
	else if (strcmp(format, "json") == 0)
		action_write_json(stdout, &l);
	else
		action_write_table(stdout, &l, today);
	action_list_fini(&l);
	store_close(st);
	return 0;
}

/* parley room: the read-only view for the projector. */
static int
cmd_room(struct cmd_ctx *ctx, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return on_screen(ctx, ui_room_run);
}

/* parley parrot TEXT: the question, on one line. */
static int
cmd_parrot(struct cmd_ctx *ctx, int argc, char **argv)
{
	char *text = xstrdup(""), *joined, *question;
	int i;

	(void)ctx;
	for (i = 1; i < argc; i++) {
		joined = xasprintf("%s%s%s", text, i > 1 ? " " : "", argv[i]);
		free(text);
		text = joined;
	}
	/* One line in, one line out: line breaks are spaces here. */
	for (joined = text; *joined != '\0'; joined++) {
		if (*joined == '\n' || *joined == '\r' || *joined == '\t')
			*joined = ' ';
	}
	question = parrot_question(NULL, text);
	free(text);
	if (question == NULL)
		return usage_error("%s", "parrot needs a statement, such as "
		    "parley parrot \"Your leads are junk!\"");
	puts(question);
	free(question);
	return 0;
}

/* List the private follow-ups still to raise with sales management. */
static int
list_followups(struct store *st)
{
	struct objection_list l;
	char *cause = NULL;
	size_t i;

	if (store_followups(st, &l, &cause) != 0)
		return failed(store_error_code(st), cause);
	if (l.n == 0)
		puts("No private follow-ups to raise.");
	for (i = 0; i < l.n; i++) {
		const struct objection *o = &l.v[i];

		printf("#%ld  %.10s  meeting %ld  %s said: %s\n", o->id,
		    o->created_at, o->meeting_id, o->side == SIDE_SALES ?
		    "sales" : "marketing", o->statement);
		if (o->answer != NULL)
			printf("      answer: %s\n", o->answer);
		printf("      follow-up: %s\n", o->followup != NULL ?
		    o->followup : "");
	}
	objection_list_fini(&l);
	return 0;
}

/* parley followups [done ID]: private, so shown only here. */
static int
cmd_followups(struct cmd_ctx *ctx, int argc, char **argv)
{
	struct store *st;
	char *cause = NULL, *end;
	long id = 0;
	int code;

	if (argc == 3 && strcmp(argv[1], "done") == 0) {
		id = strtol(argv[2], &end, 10);
		if (*argv[2] == '\0' || *end != '\0' || id <= 0)
			return usage_error("followups done: '%s' is not an id",
			    argv[2]);
	} else if (argc != 1)
		return usage_error("%s", "followups takes nothing, or done ID");
	if ((code = open_store(ctx, &st)) != 0)
		return code;
	if (id == 0)
		code = list_followups(st);
	else if (store_followup_done(st, id, clock_time(), &cause) != 0)
		code = failed(EX_DATAERR, cause);
	else
		printf("Follow-up #%ld marked raised.\n", id);
	store_close(st);
	return code;
}

/* Run the named command. */
int
cmd_dispatch(struct cmd_ctx *ctx, int argc, char **argv)
{
	size_t i;

	if (argc == 0)
		return cmd_home(ctx);
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(argv[0], commands[i].name) != 0)
			continue;
		if (commands[i].max_args >= 0 && argc - 1 >
		    commands[i].max_args)
			return usage_error("too many arguments: parley %s",
			    commands[i].usage);
		return commands[i].fn(ctx, argc, argv);
	}
	return usage_error("unknown command '%s'", argv[0]);
}
