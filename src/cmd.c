/* cmd.c: the command table, and the one parser every command's options go through. */
#include "cmd.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "format.h"
#include "store.h"
#include "util.h"

/* Every command, in the order --help lists them. */
static const struct cmd_entry *const commands[] = {
	&cmd_run, &cmd_resume, &cmd_room, &cmd_check, &cmd_meetings,
	&cmd_export, &cmd_actions, &cmd_action, &cmd_owners, &cmd_parrot,
	&cmd_mql, &cmd_followups, &cmd_search, &cmd_metrics, &cmd_parking,
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

/* The usage line of an entry, or of one of its subcommands. */
static void
print_usage_line(FILE *f, const char *lead, const char *parent,
    const struct cmd_entry *e)
{
	fprintf(f, "%sparley %s%s%s%s%s\n", lead, parent != NULL ? parent : "",
	    parent != NULL ? " " : "", e->name, *e->usage != '\0' ? " " : "",
	    e->usage);
}

/* Print the usage summary. */
void
cmd_usage(FILE *f)
{
	const struct cmd_entry *s;
	size_t i;

	fputs("usage: parley [--db PATH] [COMMAND [ARGS]]\n\n"
	    "With no command, the home screen. Commands:\n", f);
	for (i = 0; i < NCOMMANDS; i++) {
		if (commands[i]->exec != NULL || commands[i]->sub == NULL)
			print_usage_line(f, "  ", NULL, commands[i]);
		for (s = commands[i]->sub; s != NULL && s->name != NULL; s++)
			print_usage_line(f, "  ", commands[i]->name, s);
	}
	fputs("  parley --help | --version\n\n"
	    "Database: --db PATH, else $PARLEY_DB, else "
	    "$XDG_DATA_HOME/parley/parley.db.\nSee parley(1) for the meeting "
	    "keys and parley-agenda(5) for agendas.\n", f);
}

/* The parent of a subcommand, for its usage line; NULL at the top. */
static const char *
parent_of(const struct cmd_entry *e)
{
	const struct cmd_entry *s;
	size_t i;

	for (i = 0; i < NCOMMANDS; i++) {
		for (s = commands[i]->sub; s != NULL && s->name != NULL; s++) {
			if (s == e)
				return commands[i]->name;
		}
	}
	return NULL;
}

/* Complain about usage, show the command's usage line, return 64. */
int
cmd_usage_error(const struct cmd_args *a, const char *fmt, ...)
{
	va_list ap;
	char *message;

	va_start(ap, fmt);
	message = xvasprintf(fmt, ap);
	va_end(ap);
	/* It may quote what was typed: through the filter. */
	fputs("parley: ", stderr);
	format_text(stderr, message);
	fputc('\n', stderr);
	free(message);
	if (a != NULL && a->entry != NULL) {
		print_usage_line(stderr, "usage: ", parent_of(a->entry),
		    a->entry);
	} else
		fputs("(see 'parley --help')\n", stderr);
	return EX_USAGE;
}

/* Print a failure with its cause and return code. */
int
cmd_failed(int code, char *cause)
{
	/* A cause quotes names, titles and paths: through the filter. */
	fputs("parley: ", stderr);
	format_lines(stderr, cause != NULL ? cause : "failed");
	fputc('\n', stderr);
	free(cause);
	return code;
}

/* Open the database chosen by --db, $PARLEY_DB or the default. */
int
cmd_open_store(struct cmd_ctx *ctx, struct store **st)
{
	char *path = store_default_path(ctx->db_flag), *cause = NULL;
	int code;

	if (path == NULL)
		return cmd_failed(EX_CONFIG, xstrdup("no home folder to keep the "
		    "database in (HOME is not set and the user has none): set "
		    "HOME or XDG_DATA_HOME, or name the database with --db or "
		    "PARLEY_DB"));
	code = store_open(path, st, &cause);
	free(path);
	return code != 0 ? cmd_failed(code, cause) : 0;
}

/* Parse a positive id, "12" or "#12". */
int
cmd_parse_id(const char *s, long *id)
{
	if (*s == '#')
		s++;
	/* No blanks: an id is typed as one word. */
	if (*s == ' ' || *s == '\t' || s[strcspn(s, " \t")] != '\0')
		return -1;
	return util_parse_long(s, 1, LONG_MAX, id);
}

/*
 * Find option name (len bytes) among the entry's options: its index, and
 * whether it takes a value; -1 if it has no such option.
 */
static int
find_option(const struct cmd_entry *e, const char *name, size_t len,
    int *takes_value)
{
	const char *p = e->options, *end;
	int i = 0;

	while (p != NULL && *p != '\0') {
		end = p + strcspn(p, " ");
		*takes_value = end > p && end[-1] == '=';
		if ((size_t)(end - p - *takes_value) == len &&
		    strncmp(p, name, len) == 0)
			return i;
		i++;
		p = *end == ' ' ? end + 1 : end;
	}
	return -1;
}

/* The value of an option by name. */
const char *
cmd_opt(const struct cmd_args *a, const char *name)
{
	int takes, i = find_option(a->entry, name, strlen(name), &takes);

	return i >= 0 ? a->value[i] : NULL;
}

/* Was an option given? */
int
cmd_flag(const struct cmd_args *a, const char *name)
{
	return cmd_opt(a, name) != NULL;
}

/*
 * Take one option (and its value) at argv[*i]: "--name", "--name=value",
 * "--name value", or for one-letter names "-n value" and "-nvalue".
 */
static int
take_option(struct cmd_args *a, int argc, char **argv, int *i)
{
	int is_long = argv[*i][1] == '-';
	const char *arg = argv[*i] + (is_long ? 2 : 1);
	const char *eq = is_long ? strchr(arg, '=') : arg[1] != '\0' ?
	    arg : NULL;
	size_t len = is_long ? (eq != NULL ? (size_t)(eq - arg) :
	    strlen(arg)) : 1;
	const char *dash = is_long ? "--" : "-";
	int takes, k = find_option(a->entry, arg, len, &takes);

	if (k < 0 || (!is_long) != (len == 1))
		return cmd_usage_error(a, "%s: unknown option '%s%.*s'",
		    a->entry->name, dash, (int)len, arg);
	if (!takes && eq != NULL)
		return cmd_usage_error(a, "%s: %s%.*s takes no value",
		    a->entry->name, dash, (int)len, arg);
	if (takes && eq != NULL)
		a->value[k] = eq + 1;
	else if (takes && *i + 1 < argc)
		a->value[k] = argv[++*i];
	else if (takes)
		return cmd_usage_error(a, "%s: %s%.*s needs a value",
		    a->entry->name, dash, (int)len, arg);
	else
		a->value[k] = "";
	return 0;
}

/*
 * Split argv (after the name) into options and positional arguments, the
 * positional ones moved to the front in order. "--" ends the options.
 */
static int
parse_args(const struct cmd_entry *e, int argc, char **argv,
    struct cmd_args *a)
{
	const char *parent = parent_of(e);
	int i, n = 0, code, dashdash = 0;

	memset(a, 0, sizeof *a);
	a->entry = e;
	a->argv = argv;
	for (i = 0; i < argc; i++) {
		if (!dashdash && strcmp(argv[i], "--") == 0) {
			dashdash = 1;
			continue;
		}
		/* A command without options takes "--x" as text (parrot). */
		if (!dashdash && e->options != NULL && argv[i][0] == '-' &&
		    argv[i][1] != '\0') {
			if ((code = take_option(a, argc, argv, &i)) != 0)
				return code;
			continue;
		}
		argv[n++] = argv[i];
	}
	a->argc = n;
	if (n < e->min_args)
		return cmd_usage_error(a, "%s%s%s: missing %s", parent != NULL ?
		    parent : "", parent != NULL ? " " : "", e->name,
		    n == 0 && e->min_args > 1 ? "arguments" : "an argument");
	if (e->max_args >= 0 && n > e->max_args)
		return cmd_usage_error(a, "%s%s%s: too many arguments",
		    parent != NULL ? parent : "", parent != NULL ? " " : "",
		    e->name);
	return 0;
}

/* Run an entry, or the subcommand argv[0] names. */
static int
run_entry(struct cmd_ctx *ctx, const struct cmd_entry *e, int argc,
    char **argv)
{
	struct cmd_args a;
	const struct cmd_entry *s;
	int code;

	for (s = e->sub; argc > 0 && s != NULL && s->name != NULL; s++) {
		if (strcmp(argv[0], s->name) == 0)
			return run_entry(ctx, s, argc - 1, argv + 1);
	}
	if (e->exec == NULL) {
		if (argc > 0) {
			fprintf(stderr, "parley: %s: no subcommand '", e->name);
			format_text(stderr, argv[0]);
			fputs("'; these are:\n", stderr);
		} else
			fprintf(stderr, "parley: %s needs a subcommand:\n",
			    e->name);
		for (s = e->sub; s->name != NULL; s++)
			print_usage_line(stderr, "  ", e->name, s);
		return EX_USAGE;
	}
	if ((code = parse_args(e, argc, argv, &a)) != 0)
		return code;
	return e->exec(ctx, &a);
}

/* Run the named command. */
int
cmd_dispatch(struct cmd_ctx *ctx, int argc, char **argv)
{
	size_t i;

	if (argc == 0)
		return cmd_home(ctx);
	for (i = 0; i < NCOMMANDS; i++) {
		if (strcmp(argv[0], commands[i]->name) == 0)
			return run_entry(ctx, commands[i], argc - 1, argv + 1);
	}
	return cmd_usage_error(NULL, "unknown command '%s'", argv[0]);
}
