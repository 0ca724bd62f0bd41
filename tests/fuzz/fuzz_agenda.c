/*
 * fuzz_agenda.c: libFuzzer harness for the agenda loader (agenda_yaml.c):
 * YAML text in, an agenda or every problem out. A loaded agenda holds what
 * parley-agenda(5) promises (titles, timeboxes in range, the single kinds
 * once, text in UTF-8) and its own parroting rules parrot its titles into
 * questions; a refused one says why, each problem on one line, in order.
 */
#include <stdlib.h>
#include <string.h>

#include "agenda.h"
#include "fuzz.h"
#include "parrot.h"

/* Check one string the loader kept: text, UTF-8, on one line. */
static void
check_text(const char *s, const char *what)
{
	FUZZ_CHECK(s != NULL, what, NULL);
	FUZZ_CHECK(fuzz_utf8_valid(s, strlen(s)), what, s);
}

/* Check an item, and parrot its title with the agenda's rules. */
static void
check_item(const struct agenda_item *it, const struct parrot_rules *rules,
    int *seen)
{
	enum item_kind back;
	char *q;
	size_t i, n;

	FUZZ_CHECK((unsigned)it->kind < KIND_COUNT, "a known kind", NULL);
	FUZZ_CHECK(agenda_kind_parse(agenda_kind_name(it->kind), &back) == 0 &&
	    back == it->kind, "the kind's name reads back", NULL);
	FUZZ_CHECK(it->kind == KIND_TOPIC || seen[it->kind]++ == 0,
	    "a kind other than topic comes once", it->title);
	check_text(it->title, "an item has a title");
	FUZZ_CHECK(it->title[0] != '\0', "the title is not empty", NULL);
	if (it->prompt != NULL)
		check_text(it->prompt, "a prompt is UTF-8");
	FUZZ_CHECK(it->minutes > 0 && it->minutes <= 600,
	    "an item's timebox is 1..600 minutes", it->title);
	FUZZ_CHECK(it->nurture_below >= 0 && it->nurture_below <= 1,
	    "nurture_below is a fraction", it->title);
	for (i = 0; i < it->ncriteria; i++) {
		check_text(it->criteria[i].key, "a criterion has a name");
		check_text(it->criteria[i].value, "a criterion has a text");
	}
	if ((q = parrot_question(rules, it->title)) != NULL) {
		n = strlen(q);
		FUZZ_CHECK(n > 0 && q[n - 1] == '?', "a question ends in '?'",
		    it->title);
		FUZZ_CHECK(fuzz_utf8_valid(q, n), "a question is UTF-8",
		    it->title);
		free(q);
	}
}

/* Check an agenda the loader took. */
static void
check_agenda(const struct agenda *a)
{
	struct parrot_rules *rules = parrot_rules_new();
	int seen[KIND_COUNT] = { 0 };
	size_t i;

	check_text(a->title, "an agenda has a title");
	FUZZ_CHECK(a->nitems > 0, "an agenda has items", a->title);
	FUZZ_CHECK(a->minutes > 0, "an agenda has a planned length", a->title);
	for (i = 0; i < a->nteam; i++) {
		check_text(a->team[i].name, "a team member has a name");
		FUZZ_CHECK(a->team[i].name[0] != '\0', "a name is not empty",
		    NULL);
	}
	/* As a session does: the agenda's jargon joins the built-in rules. */
	for (i = 0; i < a->nlead_ins; i++) {
		check_text(a->lead_ins[i], "a lead-in is text");
		parrot_rules_add_lead_in(rules, a->lead_ins[i]);
	}
	for (i = 0; i < a->nreflections; i++) {
		check_text(a->reflections[i].key, "a reflection has a word");
		check_text(a->reflections[i].value, "a reflection has a word");
		parrot_rules_add_reflection(rules, a->reflections[i].key,
		    a->reflections[i].value);
	}
	for (i = 0; i < a->nitems; i++)
		check_item(&a->items[i], rules, seen);
	parrot_rules_free(rules);
}

/*
 * The most lines YAML can see in the text: it breaks lines at LF, CR, NEL,
 * LS and PS (a CRLF counts twice here, which is only more room).
 */
static int
max_lines(const uint8_t *data, size_t size)
{
	size_t i;
	int n = 1;

	for (i = 0; i < size; i++) {
		if (data[i] == '\n' || data[i] == '\r' || (data[i] == 0xc2 &&
		    i + 1 < size && data[i + 1] == 0x85) || (data[i] == 0xe2 &&
		    i + 2 < size && data[i + 1] == 0x80 &&
		    (data[i + 2] == 0xa8 || data[i + 2] == 0xa9)))
			n++;
	}
	return n;
}

/* Check the problems of an agenda refused: said, on one line, in order,
 * each at a place in the text. */
static void
check_diags(const struct agenda_diags *d, int lines, size_t size)
{
	const char *m;
	size_t i;

	FUZZ_CHECK(d->n > 0, "a refusal has a problem", NULL);
	for (i = 0; i < d->n; i++) {
		m = d->v[i].message;
		check_text(m, "a problem has a message");
		FUZZ_CHECK(m[0] != '\0', "a message is not empty", NULL);
		/* The file's text quoted in a message is made safe. */
		FUZZ_CHECK(strpbrk(m, "\n\r\t\033\177") == NULL,
		    "a message is one line of plain text", m);
		FUZZ_CHECK(d->v[i].line >= 0 && d->v[i].column >= 0,
		    "a position is 1-based or 0", m);
		/* libyaml ends a text without a final line break with
		 * one of its own: a node there is on the line after. */
		FUZZ_CHECK(d->v[i].line <= lines + 1 &&
		    (size_t)d->v[i].column <= size + 1,
		    "a position is in the text", m);
		FUZZ_CHECK(i == 0 || d->v[i - 1].line < d->v[i].line ||
		    (d->v[i - 1].line == d->v[i].line &&
		    d->v[i - 1].column <= d->v[i].column),
		    "problems come in the file's order", m);
	}
}

/* Load the text as an agenda, then check what came out. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct agenda_diags diags = { NULL, 0 };
	struct agenda *a = NULL;
	int rc;

	rc = agenda_parse((const char *)data, size, &a, &diags);
	if (rc == 0) {
		FUZZ_CHECK(a != NULL && diags.n == 0,
		    "an agenda taken has no problem", NULL);
		check_agenda(a);
	} else {
		FUZZ_CHECK(rc == -1 && a == NULL, "-1 and no agenda", NULL);
		check_diags(&diags, max_lines(data, size), size);
	}
	agenda_free(a);
	agenda_diags_fini(&diags);
	return 0;
}
