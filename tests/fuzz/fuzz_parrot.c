/*
 * fuzz_parrot.c: libFuzzer harness for the parroting engine (parrot.c).
 * The input is a statement; lines before a 0x1F byte, when there is one,
 * are the team's rules as an agenda gives them: "from=to" a reflection,
 * anything else a lead-in. A question is valid UTF-8 when the statement
 * is, holds no control character the statement did not, and ends in one
 * "?"; an empty statement gives none.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "parrot.h"
#include "util.h"

/* Add one rule line to r: a reflection "from=to", else a lead-in. */
static void
add_rule(struct parrot_rules *r, char *line)
{
	char *eq = strchr(line, '=');

	if (eq != NULL) {
		*eq = '\0';
		parrot_rules_add_reflection(r, line, eq + 1);
	} else
		parrot_rules_add_lead_in(r, line);
}

/* Build rules from the lines of spec (changed in place). */
static struct parrot_rules *
make_rules(char *spec)
{
	struct parrot_rules *r = parrot_rules_new();
	char *line, *next;

	for (line = spec; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		add_rule(r, line);
	}
	return r;
}

/* Parrot the statement, then check the question. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct parrot_rules *rules = NULL;
	char *text = fuzz_text(data, size), *statement = text, *sep, *q;
	size_t n;
	int valid;

	if ((sep = memchr(text, 0x1f, strlen(text))) != NULL) {
		*sep = '\0';
		statement = sep + 1;
		rules = make_rules(text);
	}
	q = parrot_question(rules, statement);
	valid = fuzz_utf8_valid(text, size);
	if (q == NULL)
		goto out;
	n = strlen(q);
	FUZZ_CHECK(!util_blank(statement), "a blank statement asks nothing",
	    statement);
	FUZZ_CHECK(n >= 1 && q[n - 1] == '?', "a question ends in '?'",
	    statement);
	FUZZ_CHECK(n == 1 || q[n - 2] != '?', "with one '?'", statement);
	/* Rules are input too: the question is UTF-8 when all of it is. */
	if (valid)
		FUZZ_CHECK(fuzz_utf8_valid(q, n), "the question is UTF-8",
		    statement);
	if (rules == NULL && !fuzz_has_control(statement))
		FUZZ_CHECK(!fuzz_has_control(q), "it adds no control",
		    statement);
out:
	free(q);
	parrot_rules_free(rules);
	free(text);
	return 0;
}
