/* cmd.h: the command line: a table of commands, dispatched from main. */
#ifndef PARLEY_CMD_H
#define PARLEY_CMD_H

#include <stdio.h>

/* Global options, read before the command name. */
struct cmd_ctx {
	const char *db_flag;  /* --db PATH, or NULL */
};

/* Run the command named by argv[0] (none: the home screen). Exit code. */
int cmd_dispatch(struct cmd_ctx *ctx, int argc, char **argv);
/* Print the usage summary to f. */
void cmd_usage(FILE *f);

#endif
