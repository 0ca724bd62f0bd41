/* main.c: global options, the clock, then the command table. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cmd.h"
#include "util.h"

/* Output that did not reach its file is a failure (74), not a success. */
static int
flush_stdout(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	fprintf(stderr, "parley: cannot write the output: %s\n",
	    strerror(errno));
	return EX_IOERR;
}

/* Read --db, --help and --version before the command. */
int
main(int argc, char **argv)
{
	struct cmd_ctx ctx = { NULL };
	char *cause = NULL;
	int i, code;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			cmd_usage(stdout);
			return flush_stdout();
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("parley %s\n", PARLEY_VERSION);
			return flush_stdout();
		}
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
			ctx.db_flag = argv[++i];
		else if (strncmp(argv[i], "--db=", 5) == 0)
			ctx.db_flag = argv[i] + 5;
		else {
			fprintf(stderr, "parley: unknown option '%s' "
			    "(see 'parley --help')\n", argv[i]);
			return EX_USAGE;
		}
	}
	/* Wide and combining characters take their columns in tables. */
	util_locale();
	if (clock_init(&cause) != 0) {
		fprintf(stderr, "parley: %s\n", cause);
		free(cause);
		return EX_USAGE;
	}
	code = cmd_dispatch(&ctx, argc - i, argv + i);
	return code != 0 ? code : flush_stdout();
}
