/*
 * cmd.h: the command line. Each command is an entry that declares its
 * arguments, options and subcommands (as tmux's cmd_entry and redis's
 * arity do); cmd.c parses them the same way for all, so --opt=value,
 * usage lines and errors come out alike everywhere. The batch commands
 * never start curses.
 */
#ifndef PARLEY_CMD_H
#define PARLEY_CMD_H

#include <stdio.h>

struct store;

/* Global options, read before the command name. */
struct cmd_ctx {
	const char *db_flag;  /* --db PATH, or NULL */
};

#define CMD_MAX_OPTIONS 8

/* A command's arguments once parsed. */
struct cmd_args {
	const struct cmd_entry *entry;
	int argc;                 /* positional arguments, options taken out */
	char **argv;              /* argv[0] is the first one, not the name */
	const char *value[CMD_MAX_OPTIONS]; /* by the order of entry->options:
	                             the value, "" for a flag, NULL if absent */
};

struct cmd_entry {
	const char *name;
	/* What follows the name in the usage line: "[--all] [--owner NAME]". */
	const char *usage;
	/*
	 * The options, space-separated, "=" after those that take a value:
	 * "all owner= overdue format= o=". A one-letter name is given as
	 * "-o", the others as "--name". At most CMD_MAX_OPTIONS.
	 */
	const char *options;
	int min_args;             /* positional arguments */
	int max_args;             /* -1: any number */
	int (*exec)(struct cmd_ctx *ctx, struct cmd_args *args);
	/* Subcommands (ending with a NULL name), or NULL. */
	const struct cmd_entry *sub;
};

/* Run the command named by argv[0] (none: the home screen). Exit code. */
int cmd_dispatch(struct cmd_ctx *ctx, int argc, char **argv);
/* Print the usage summary to f. */
void cmd_usage(FILE *f);

/* The value of option name ("" for a flag given), or NULL when absent. */
const char *cmd_opt(const struct cmd_args *a, const char *name);
/* 1 if option name was given. */
int cmd_flag(const struct cmd_args *a, const char *name);
/* Print "parley: MESSAGE" and the command's usage line; returns 64. */
int cmd_usage_error(const struct cmd_args *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Print "parley: CAUSE", free it, return code. */
int cmd_failed(int code, char *cause);
/* Open the database chosen by --db, $PARLEY_DB or the default. 0 or code. */
int cmd_open_store(struct cmd_ctx *ctx, struct store **st);
/* Parse a positive id ("12" or "#12"); 0 and *id, or -1. */
int cmd_parse_id(const char *s, long *id);

/* The groups of commands, one file each. */
extern const struct cmd_entry cmd_run, cmd_resume, cmd_room;   /* cmd_screen.c */
int cmd_home(struct cmd_ctx *ctx);                              /* cmd_screen.c */
extern const struct cmd_entry cmd_check;                        /* cmd_agenda.c */
extern const struct cmd_entry cmd_meetings, cmd_export;         /* cmd_meeting.c */
extern const struct cmd_entry cmd_actions, cmd_action;          /* cmd_action.c */
extern const struct cmd_entry cmd_owners;                       /* cmd_owner.c */
extern const struct cmd_entry cmd_parrot;                       /* cmd_parrot.c */
extern const struct cmd_entry cmd_followups;                    /* cmd_followup.c */
extern const struct cmd_entry cmd_search;                       /* cmd_search.c */
extern const struct cmd_entry cmd_metrics;                      /* cmd_metrics.c */
extern const struct cmd_entry cmd_mql;                          /* cmd_mql.c */
extern const struct cmd_entry cmd_parking;                      /* cmd_parking.c */

#endif
