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
	int i, rc;

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
	if (question == NULL) {
		rc = cmd_usage_error(args, "nothing to parrot: %s; give a "
		    "statement, such as parley parrot \"Your leads are "
		    "junk!\"", parrot_why_nothing(text));
		free(text);
		return rc;
	}
	free(text);
	puts(question);
	free(question);
	return 0;
}

const struct cmd_entry cmd_parrot = {
	"parrot", "TEXT", NULL, 0, -1, exec_parrot, NULL
};
