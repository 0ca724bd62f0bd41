/* cmd_parrot.c: parley parrot, a statement turned into a question on one line. */
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "parrot.h"
#include "util.h"

/* parley parrot TEXT: the question, on one line. */
static int
exec_parrot(struct cmd_ctx *ctx, struct cmd_args *args)
{
	char *text = xstrdup(""), *joined, *question;
	int i;

	(void)ctx;
	for (i = 0; i < args->argc; i++) {
		joined = xasprintf("%s%s%s", text, i > 0 ? " " : "",
		    args->argv[i]);
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
		return cmd_usage_error(args, "%s", "parrot needs a statement, "
		    "such as parley parrot \"Your leads are junk!\"");
	puts(question);
	free(question);
	return 0;
}

const struct cmd_entry cmd_parrot = {
	"parrot", "TEXT", NULL, 0, -1, exec_parrot, NULL
};
