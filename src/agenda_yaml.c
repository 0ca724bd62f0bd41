/* agenda_yaml.c: read and check agenda files, reporting every problem. */
#include "agenda.h"
#include "kind.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "util.h"

/* An agenda is a page of text; this keeps /dev/zero from eating memory. */
#define AGENDA_MAX_BYTES (4 * 1024 * 1024)
/* Item timeboxes and the whole meeting's plan, in minutes. */
#define ITEM_MAX_MINUTES 600
#define MEETING_MAX_MINUTES 1440
/*
 * How deep lists and mappings may nest. An agenda needs four levels;
 * libyaml's time grows with the square of the depth, so a file of nested
 * "[" is refused where it passes this, not after minutes of parsing.
 */
#define AGENDA_MAX_DEPTH 32
/* Room for a user's text quoted in a message, cut short. */
#define SHOWN_MAX 64
#define SHOWN_CUT 40

/* One key and its value in a mapping, the key already known to be text. */
struct entry {
	const char *key;
	yaml_node_t *knode;
	yaml_node_t *vnode;
};

/* A string to check for repeats, with where it came from. */
struct keyed {
	const char *key;
	size_t index;
};

/* A diagnostic with its order of arrival, to sort stably. */
struct ordered_diag {
	struct agenda_diag d;
	size_t seq;
};

/* One check: the document, the agenda built so far, the problems found. */
struct loader {
	yaml_document_t *doc;
	struct agenda *a;
	struct agenda_diags *diags;
	size_t ndiags_before;
	int kind_line[KIND_COUNT]; /* first line of each kind; 0: not seen */
	yaml_node_t **team_nodes;  /* each a->team[i]'s node, for messages */
};

/* Add a problem at line and column (1-based); takes ownership of message. */
static void
diag_add(struct agenda_diags *diags, int line, int column, char *message)
{
	struct agenda_diag *d;

	/* Room doubles at each power of two: many problems, few copies. */
	if ((diags->n & (diags->n - 1)) == 0)
		diags->v = xreallocarray(diags->v, diags->n == 0 ? 1 :
		    diags->n * 2, sizeof *diags->v);
	d = &diags->v[diags->n++];
	d->line = line;
	d->column = column;
	d->message = message;
}

/* Turn a libyaml mark (0-based) into a 1-based position. */
static void
mark_position(yaml_mark_t mark, int *line, int *column)
{
	*line = mark.line >= (size_t)INT_MAX ? INT_MAX : (int)mark.line + 1;
	*column = mark.column >= (size_t)INT_MAX ? INT_MAX :
	    (int)mark.column + 1;
}

/* Add a problem at the start of a node. */
static void __attribute__((format(printf, 3, 4)))
diag_node(struct loader *l, const yaml_node_t *n, const char *fmt, ...)
{
	va_list ap;
	int line, column;
	char *message;

	va_start(ap, fmt);
	message = xvasprintf(fmt, ap);
	va_end(ap);
	mark_position(n->start_mark, &line, &column);
	diag_add(l->diags, line, column, message);
}

/*
 * Copy a user's text into buf for a message: control characters become '?'
 * so a message stays on one line, and long text is cut at a character
 * boundary with "...". Returns buf.
 */
static const char *
shown(const char *s, char buf[SHOWN_MAX])
{
	size_t i, o = 0;
	unsigned char c;

	for (i = 0; s[i] != '\0'; i++) {
		c = (unsigned char)s[i];
		if (o >= SHOWN_CUT && (c & 0xc0) != 0x80) {
			memcpy(buf + o, "...", 3);
			o += 3;
			break;
		}
		if (o >= SHOWN_MAX - 4)
			break; /* a run of continuation bytes; stop anyway */
		buf[o++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
	}
	buf[o] = '\0';
	return buf;
}

/* What a node is, for "must be X, not Y" messages. */
static const char *
node_what(const yaml_node_t *n)
{
	switch (n->type) {
	case YAML_SEQUENCE_NODE:
		return "a list";
	case YAML_MAPPING_NODE:
		return "a mapping";
	default:
		return "text";
	}
}

/* The text of a scalar node. */
static const char *
node_text(const yaml_node_t *n)
{
	return (const char *)n->data.scalar.value;
}

/* Whether a node is YAML's null: empty, ~ or null, unquoted. */
static int
node_is_null(const yaml_node_t *n)
{
	static const char *const nulls[] = { "", "~", "null", "Null", "NULL" };
	size_t i;

	if (n->type != YAML_SCALAR_NODE)
		return 0;
	if (n->tag != NULL && strcmp((const char *)n->tag, YAML_NULL_TAG) == 0)
		return 1;
	if (n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	for (i = 0; i < sizeof nulls / sizeof nulls[0]; i++) {
		if (strcmp(node_text(n), nulls[i]) == 0)
			return 1;
	}
	return 0;
}

/* Whether a node is absent in effect: null, or an empty list or mapping. */
static int
node_is_empty(const yaml_node_t *n)
{
	switch (n->type) {
	case YAML_SEQUENCE_NODE:
		return n->data.sequence.items.top ==
		    n->data.sequence.items.start;
	case YAML_MAPPING_NODE:
		return n->data.mapping.pairs.top == n->data.mapping.pairs.start;
	default:
		return node_is_null(n);
	}
}

/*
 * Whether a scalar is text fit to show: no NUL, no control character (a
 * YAML escape such as "\e" or "\x9b" makes one), no line feed or tab
 * unless lines is set. Reports the problem when it is not.
 */
static int
scalar_is_clean(struct loader *l, const yaml_node_t *n, const char *what,
    int lines)
{
	unsigned int cp;

	if (strlen(node_text(n)) != n->data.scalar.length) {
		diag_node(l, n, "%s must not contain a NUL character", what);
		return 0;
	}
	if (utf8_check_text(node_text(n), n->data.scalar.length, lines, &cp,
	    NULL) != 0) {
		diag_node(l, n, "%s must not contain a control character "
		    "(U+%04X)%s", what, cp, lines ? "" : ": one line of text");
		return 0;
	}
	return 1;
}

/*
 * The text of a node where text is expected, "" for null; or NULL, with a
 * problem reported, for a list, a mapping or text scalar_is_clean refuses.
 * what names the value in the message. The string belongs to the document.
 */
static const char *
node_text_lines(struct loader *l, const yaml_node_t *n, const char *what,
    int lines)
{
	if (n->type != YAML_SCALAR_NODE) {
		diag_node(l, n, "%s must be text, not %s", what, node_what(n));
		return NULL;
	}
	if (node_is_null(n))
		return "";
	return scalar_is_clean(l, n, what, lines) ? node_text(n) : NULL;
}

/* As node_text_lines, for one line of text. */
static const char *
node_expect_text(struct loader *l, const yaml_node_t *n, const char *what)
{
	return node_text_lines(l, n, what, 0);
}

/* Compare two keyed strings exactly, then by index. */
static int
keyed_cmp(const void *va, const void *vb)
{
	const struct keyed *a = va, *b = vb;
	int c = strcmp(a->key, b->key);

	if (c != 0)
		return c;
	return (a->index > b->index) - (a->index < b->index);
}

/* Compare two keyed strings ignoring ASCII case, then by index. */
static int
keyed_casecmp(const void *va, const void *vb)
{
	const struct keyed *a = va, *b = vb;
	int c = util_casecmp(a->key, b->key);

	if (c != 0)
		return c;
	return (a->index > b->index) - (a->index < b->index);
}

/* Whether two keyed strings are equal under cmp, whatever their indexes. */
static int
keyed_same(const struct keyed *a, const struct keyed *b,
    int (*cmp)(const void *, const void *))
{
	struct keyed x = { a->key, 0 }, y = { b->key, 0 };

	return cmp(&x, &y) == 0;
}

/*
 * For each of n strings, the index of the first string equal to it (its own
 * index when it is the first). Sorting keeps this fast on large files.
 * Caller frees.
 */
static size_t *
first_equal(const char *const *keys, size_t n,
    int (*cmp)(const void *, const void *))
{
	struct keyed *k = xreallocarray(NULL, n, sizeof *k);
	size_t *first = xreallocarray(NULL, n, sizeof *first);
	size_t i, run = 0;

	for (i = 0; i < n; i++) {
		k[i].key = keys[i];
		k[i].index = i;
	}
	qsort(k, n, sizeof *k, cmp);
	for (i = 0; i < n; i++) {
		/* Equal strings sit together, the first-written leading. */
		if (i > 0 && !keyed_same(&k[i], &k[run], cmp))
			run = i;
		first[k[i].index] = k[run].index;
	}
	free(k);
	return first;
}

/* Drop the entries whose key repeats an earlier one, reporting each. */
static size_t
entries_drop_repeats(struct loader *l, struct entry *e, size_t n)
{
	const char **keys = xreallocarray(NULL, n, sizeof *keys);
	size_t *first, i, kept = 0;
	char b[SHOWN_MAX];
	int line, column;

	for (i = 0; i < n; i++)
		keys[i] = e[i].key;
	first = n == 0 ? NULL : first_equal(keys, n, keyed_cmp);
	for (i = 0; i < n; i++) {
		if (first[i] == i) {
			e[kept++] = e[i];
			continue;
		}
		mark_position(e[first[i]].knode->start_mark, &line, &column);
		diag_node(l, e[i].knode,
		    "duplicate key '%s' (first at line %d)", shown(e[i].key, b),
		    line);
	}
	free(first);
	free(keys);
	return kept;
}

/*
 * The pairs of a mapping whose keys are text, each key once; other keys are
 * reported. Stores the count in *n. Caller frees the array.
 */
static struct entry *
map_entries(struct loader *l, yaml_node_t *map, size_t *n)
{
	yaml_node_pair_t *p;
	struct entry *e;
	yaml_node_t *k;
	size_t count = 0;

	e = xreallocarray(NULL, (size_t)(map->data.mapping.pairs.top -
	    map->data.mapping.pairs.start), sizeof *e);
	for (p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	    p++) {
		k = yaml_document_get_node(l->doc, p->key);
		if (k->type != YAML_SCALAR_NODE) {
			diag_node(l, k, "a key must be a name, not %s",
			    node_what(k));
			continue;
		}
		/* A NUL would cut the key short: "title\0x" read as title. */
		if (!scalar_is_clean(l, k, "a key", 0))
			continue;
		e[count].key = node_text(k);
		e[count].knode = k;
		e[count].vnode = yaml_document_get_node(l->doc, p->value);
		count++;
	}
	*n = entries_drop_repeats(l, e, count);
	return e;
}

/* Report a key that has no place here. */
static void
unknown_key(struct loader *l, const struct entry *e, const char *where,
    const char *expected)
{
	char b[SHOWN_MAX];

	diag_node(l, e->knode, "unknown key '%s' in %s (expected %s)",
	    shown(e->key, b), where, expected);
}

/*
 * Read a count of minutes: an unquoted whole number from 1 to max. Returns
 * 0 and sets *out, or -1 with the problem reported.
 */
static int
parse_minutes(struct loader *l, const yaml_node_t *n, int max, int *out)
{
	const char *s, *p;
	long v = 0;

	if (n->type != YAML_SCALAR_NODE) {
		diag_node(l, n, "'minutes' must be a positive whole number, "
		    "not %s", node_what(n));
		return -1;
	}
	if (n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) {
		diag_node(l, n, "'minutes' must be a plain number, without "
		    "quotes");
		return -1;
	}
	s = node_text(n);
	p = (*s == '-' || *s == '+') ? s + 1 : s;
	if (*p == '\0' || strspn(p, "0123456789") != strlen(p) || *s == '-') {
		diag_node(l, n, "'minutes' must be a positive whole number");
		return -1;
	}
	/* Leading zeros are fine; only the significant digits can overflow. */
	for (; *p != '\0' && v <= max; p++)
		v = v * 10 + (*p - '0');
	if (v == 0) {
		diag_node(l, n, "'minutes' must be a positive whole number");
		return -1;
	}
	if (v > max) {
		diag_node(l, n, "'minutes' must be at most %d", max);
		return -1;
	}
	*out = (int)v;
	return 0;
}

/* Store a title that must not be empty; returns 0 or -1. */
static int
load_title(struct loader *l, const yaml_node_t *n, const char *missing,
    char **out)
{
	const char *s = node_expect_text(l, n, "'title'");

	if (s == NULL)
		return -1;
	if (util_blank(s)) {
		diag_node(l, n, "%s", missing);
		return -1;
	}
	free(*out);
	*out = xstrdup(s);
	return 0;
}

/*
 * Read nurture_below: a fraction from 0 to 1 or a percentage from 0% to
 * 100%, digits and one optional point only (strtod alone would take "nan"
 * and hexadecimal).
 */
static void
load_nurture(struct loader *l, const yaml_node_t *n, double *out)
{
	const char *s = node_expect_text(l, n, "'nurture_below'");
	size_t digits, len;
	double v;
	int percent, ok;

	if (s == NULL)
		return;
	len = strlen(s);
	percent = len > 0 && s[len - 1] == '%';
	digits = strspn(s, "0123456789.");
	ok = len > 0 && digits == len - (size_t)percent && digits > 0 &&
	    strchr(s, '.') == strrchr(s, '.') && strcmp(s, ".") != 0 &&
	    strcmp(s, ".%") != 0;
	v = ok ? strtod(s, NULL) / (percent ? 100.0 : 1.0) : -1.0;
	if (v < 0.0 || v > 1.0) {
		diag_node(l, n, "'nurture_below' must be a fraction from 0 to "
		    "1 or a percentage such as 10%%");
		return;
	}
	*out = v;
}

/* Whether s is one word: not empty, no white space. */
static int
is_one_word(const char *s)
{
	return *s != '\0' && strpbrk(s, " \t\r\n\v\f") == NULL;
}

/* Read a definition item's criteria, in the order given. */
static void
load_criteria(struct loader *l, struct agenda_item *item, yaml_node_t *n)
{
	struct entry *e;
	size_t i, count;
	const char *v;
	char b[SHOWN_MAX];

	if (node_is_null(n))
		return;
	if (n->type != YAML_MAPPING_NODE) {
		diag_node(l, n, "'criteria' must be a mapping of criterion "
		    "names to values, not %s", node_what(n));
		return;
	}
	e = map_entries(l, n, &count);
	item->criteria = xreallocarray(NULL, count, sizeof *item->criteria);
	for (i = 0; i < count; i++) {
		if (util_blank(e[i].key)) {
			diag_node(l, e[i].knode, "a criterion needs a name");
			continue;
		}
		v = node_expect_text(l, e[i].vnode, "a criterion's value");
		if (v == NULL)
			continue;
		if (util_blank(v)) {
			diag_node(l, e[i].vnode, "criterion '%s' has no value",
			    shown(e[i].key, b));
			continue;
		}
		item->criteria[item->ncriteria].key = xstrdup(e[i].key);
		item->criteria[item->ncriteria++].value = xstrdup(v);
	}
	free(e);
}

/* Read an item's kind, noting where each once-only kind first appears. */
static void
load_kind(struct loader *l, struct agenda_item *item, const yaml_node_t *n,
    int *known)
{
	const char *s = node_expect_text(l, n, "'kind'");
	enum item_kind kind;
	char b[SHOWN_MAX];
	int line, column;

	if (s == NULL)
		return;
	if (*s == '\0') {
		diag_node(l, n, "item has no kind");
		return;
	}
	if (agenda_kind_parse(s, &kind) != 0) {
		diag_node(l, n, "unknown kind '%s' (expected review, wins, "
		    "objections, requests, metrics, definition, pulse, wrapup "
		    "or topic)", shown(s, b));
		return;
	}
	item->kind = kind;
	*known = 1;
	mark_position(n->start_mark, &line, &column);
	if (!kind_get(kind)->once)
		return;
	if (l->kind_line[kind] != 0) {
		diag_node(l, n, "a '%s' item may appear only once (first at "
		    "line %d)", s, l->kind_line[kind]);
		return;
	}
	l->kind_line[kind] = line;
}

/* Read asked_by: sales, marketing, or nothing. */
static void
load_asked_by(struct loader *l, struct agenda_item *item,
    const yaml_node_t *n)
{
	const char *s = node_expect_text(l, n, "'asked_by'");
	char b[SHOWN_MAX];

	if (s == NULL || *s == '\0')
		return;
	if (agenda_side_parse(s, &item->asked_by) != 0)
		diag_node(l, n, "unknown side '%s' for 'asked_by' (expected "
		    "sales or marketing)", shown(s, b));
}

/* Report an option the item's kind does not take (kind.c says which do). */
static void
option_allowed(struct loader *l, const struct agenda_item *item,
    const struct entry *e, int known, enum kind_option option)
{
	const struct kind *taker = kind_taking(option);

	if (!known || (kind_get(item->kind)->options & option))
		return;
	if (kind_takers(option) == 1)
		diag_node(l, e->knode, "'%s' is only for %s items", e->key,
		    taker->name);
	else
		diag_node(l, e->knode, "'%s' does not go with %s items",
		    e->key, kind_get(item->kind)->name);
}

/* Read one key of an item other than its kind. */
static void
load_item_key(struct loader *l, struct agenda_item *item, const struct entry *e,
    int known, int *seen_title, int *seen_minutes)
{
	const char *s;

	if (strcmp(e->key, "title") == 0) {
		*seen_title = 1;
		load_title(l, e->vnode, "item has no title", &item->title);
	} else if (strcmp(e->key, "minutes") == 0) {
		*seen_minutes = 1;
		parse_minutes(l, e->vnode, ITEM_MAX_MINUTES, &item->minutes);
	} else if (strcmp(e->key, "prompt") == 0) {
		s = node_text_lines(l, e->vnode, "'prompt'", 1);
		if (s != NULL && *s != '\0')
			item->prompt = xstrdup(s);
	} else if (strcmp(e->key, "asked_by") == 0) {
		option_allowed(l, item, e, known, KIND_OPT_ASKED_BY);
		load_asked_by(l, item, e->vnode);
	} else if (strcmp(e->key, "criteria") == 0) {
		option_allowed(l, item, e, known, KIND_OPT_CRITERIA);
		load_criteria(l, item, e->vnode);
	} else if (strcmp(e->key, "nurture_below") == 0) {
		option_allowed(l, item, e, known, KIND_OPT_NURTURE);
		load_nurture(l, e->vnode, &item->nurture_below);
	} else
		unknown_key(l, e, "item", "kind, title, minutes, prompt, "
		    "asked_by, criteria or nurture_below");
}

/* Read one agenda item; the kind first, since other keys depend on it. */
static void
load_item(struct loader *l, struct agenda_item *item, yaml_node_t *n)
{
	struct entry *e;
	size_t i, count;
	int seen_kind = 0, known = 0, seen_title = 0, seen_minutes = 0;

	item->kind = KIND_TOPIC;
	if (n->type != YAML_MAPPING_NODE) {
		diag_node(l, n, "each item must be a mapping with kind, title "
		    "and minutes, not %s", node_what(n));
		return;
	}
	e = map_entries(l, n, &count);
	for (i = 0; i < count; i++) {
		if (strcmp(e[i].key, "kind") == 0) {
			seen_kind = 1;
			load_kind(l, item, e[i].vnode, &known);
		}
	}
	for (i = 0; i < count; i++) {
		if (strcmp(e[i].key, "kind") != 0)
			load_item_key(l, item, &e[i], known, &seen_title,
			    &seen_minutes);
	}
	if (!seen_kind)
		diag_node(l, n, "item has no kind");
	if (!seen_title)
		diag_node(l, n, "item has no title");
	if (!seen_minutes)
		diag_node(l, n, "item has no 'minutes' (every item needs a "
		    "timebox)");
	free(e);
}

/* Read the list of items. */
static void
load_items(struct loader *l, const struct entry *e)
{
	yaml_node_item_t *p;
	yaml_node_t *n = e->vnode;
	struct agenda *a = l->a;
	long long sum = 0;

	if (node_is_empty(n)) {
		diag_node(l, e->knode, "agenda has no items");
		return;
	}
	if (n->type != YAML_SEQUENCE_NODE) {
		diag_node(l, n, "'items' must be a list of agenda items, "
		    "not %s", node_what(n));
		return;
	}
	a->items = xreallocarray(NULL, (size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start), sizeof *a->items);
	for (p = n->data.sequence.items.start; p < n->data.sequence.items.top;
	    p++) {
		memset(&a->items[a->nitems], 0, sizeof a->items[a->nitems]);
		load_item(l, &a->items[a->nitems], yaml_document_get_node(l->doc,
		    *p));
		sum += a->items[a->nitems++].minutes;
	}
	/* The items' timeboxes make the plan: bounded as 'minutes' is. */
	if (sum > MEETING_MAX_MINUTES)
		diag_node(l, e->knode, "the items' minutes add up to %lld; a "
		    "meeting is at most %d", sum, MEETING_MAX_MINUTES);
}

/* Read one side's list of names into the team. */
static void
load_team_side(struct loader *l, const struct entry *e, enum side side)
{
	yaml_node_item_t *p;
	yaml_node_t *n = e->vnode, *name;
	struct agenda *a = l->a;
	const char *s;
	size_t count;
	char *what;

	if (node_is_null(n))
		return;
	if (n->type != YAML_SEQUENCE_NODE) {
		diag_node(l, n, "team: '%s' must be a list of names", e->key);
		return;
	}
	count = (size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start);
	a->team = xreallocarray(a->team, a->nteam + count, sizeof *a->team);
	l->team_nodes = xreallocarray(l->team_nodes, a->nteam + count,
	    sizeof *l->team_nodes);
	what = xasprintf("team: each name in '%s'", e->key);
	for (p = n->data.sequence.items.start; p < n->data.sequence.items.top;
	    p++) {
		name = yaml_document_get_node(l->doc, *p);
		if ((s = node_expect_text(l, name, what)) == NULL)
			continue;
		if (util_blank(s)) {
			diag_node(l, name, "team: empty name in '%s'", e->key);
			continue;
		}
		l->team_nodes[a->nteam] = name;
		a->team[a->nteam].side = side;
		a->team[a->nteam++].name = xstrdup(s);
	}
	free(what);
}

/* Report any name listed twice across both sides, ignoring case. */
static void
check_team_repeats(struct loader *l)
{
	struct agenda *a = l->a;
	const char **names;
	size_t *first, i;
	char b[SHOWN_MAX];
	int line, column;

	if (a->nteam == 0)
		return;
	names = xreallocarray(NULL, a->nteam, sizeof *names);
	for (i = 0; i < a->nteam; i++)
		names[i] = a->team[i].name;
	first = first_equal(names, a->nteam, keyed_casecmp);
	for (i = 0; i < a->nteam; i++) {
		if (first[i] == i)
			continue;
		mark_position(l->team_nodes[first[i]]->start_mark, &line,
		    &column);
		diag_node(l, l->team_nodes[i], "team: '%s' is listed twice "
		    "(first at line %d)", shown(names[i], b), line);
	}
	free(first);
	free(names);
}

/* Read the team: who sits on which side. */
static void
load_team(struct loader *l, yaml_node_t *n)
{
	struct entry *e;
	size_t i, count;

	if (node_is_null(n))
		return;
	if (n->type != YAML_MAPPING_NODE) {
		diag_node(l, n, "'team' must be a mapping with 'sales' and "
		    "'marketing' lists, not %s", node_what(n));
		return;
	}
	e = map_entries(l, n, &count);
	for (i = 0; i < count; i++) {
		if (strcmp(e[i].key, "sales") == 0)
			load_team_side(l, &e[i], SIDE_SALES);
		else if (strcmp(e[i].key, "marketing") == 0)
			load_team_side(l, &e[i], SIDE_MARKETING);
		else
			unknown_key(l, &e[i], "team", "sales or marketing");
	}
	check_team_repeats(l);
	free(e);
}

/* Read parroting's lead-ins: phrases dropped from a statement's start. */
static void
load_lead_ins(struct loader *l, yaml_node_t *n)
{
	yaml_node_item_t *p;
	yaml_node_t *v;
	struct agenda *a = l->a;
	const char *s;

	if (node_is_null(n))
		return;
	if (n->type != YAML_SEQUENCE_NODE) {
		diag_node(l, n, "parroting: 'lead_ins' must be a list of "
		    "phrases, not %s", node_what(n));
		return;
	}
	a->lead_ins = xreallocarray(NULL, (size_t)(n->data.sequence.items.top -
	    n->data.sequence.items.start), sizeof *a->lead_ins);
	for (p = n->data.sequence.items.start; p < n->data.sequence.items.top;
	    p++) {
		v = yaml_document_get_node(l->doc, *p);
		s = node_expect_text(l, v, "parroting: each lead-in");
		if (s != NULL && util_blank(s))
			diag_node(l, v, "parroting: empty lead-in");
		else if (s != NULL)
			a->lead_ins[a->nlead_ins++] = xstrdup(s);
	}
}

/* Read parroting's reflections: word as said -> word parroted back. */
static void
load_reflections(struct loader *l, yaml_node_t *n)
{
	struct agenda *a = l->a;
	struct entry *e;
	size_t i, count;
	const char *to;
	char b[SHOWN_MAX];

	if (node_is_null(n))
		return;
	if (n->type != YAML_MAPPING_NODE) {
		diag_node(l, n, "parroting: 'reflections' must be a mapping of "
		    "words, such as our: your, not %s", node_what(n));
		return;
	}
	e = map_entries(l, n, &count);
	a->reflections = xreallocarray(NULL, count, sizeof *a->reflections);
	for (i = 0; i < count; i++) {
		to = node_expect_text(l, e[i].vnode, "parroting: a reflection");
		if (!is_one_word(e[i].key)) {
			diag_node(l, e[i].knode, "parroting: reflection '%s' "
			    "must be a single word", shown(e[i].key, b));
			continue;
		}
		if (to != NULL && !is_one_word(to))
			diag_node(l, e[i].vnode, "parroting: '%s' must be "
			    "reflected as a single word", shown(e[i].key, b));
		else if (to != NULL) {
			a->reflections[a->nreflections].key = xstrdup(e[i].key);
			a->reflections[a->nreflections++].value = xstrdup(to);
		}
	}
	free(e);
}

/* Read the parroting section. */
static void
load_parroting(struct loader *l, yaml_node_t *n)
{
	struct entry *e;
	size_t i, count;

	if (node_is_null(n))
		return;
	if (n->type != YAML_MAPPING_NODE) {
		diag_node(l, n, "'parroting' must be a mapping with 'lead_ins' "
		    "and 'reflections', not %s", node_what(n));
		return;
	}
	e = map_entries(l, n, &count);
	for (i = 0; i < count; i++) {
		if (strcmp(e[i].key, "lead_ins") == 0)
			load_lead_ins(l, e[i].vnode);
		else if (strcmp(e[i].key, "reflections") == 0)
			load_reflections(l, e[i].vnode);
		else
			unknown_key(l, &e[i], "parroting",
			    "lead_ins or reflections");
	}
	free(e);
}

/* Read the top-level mapping into l->a. */
static void
load_root(struct loader *l, yaml_node_t *root)
{
	struct entry *e;
	size_t i, count;
	int seen_title = 0, seen_items = 0;

	if (root->type != YAML_MAPPING_NODE) {
		diag_node(l, root, "an agenda must be a mapping with a title "
		    "and items, not %s", node_what(root));
		return;
	}
	e = map_entries(l, root, &count);
	for (i = 0; i < count; i++) {
		if (strcmp(e[i].key, "title") == 0) {
			seen_title = 1;
			load_title(l, e[i].vnode, "agenda has no title",
			    &l->a->title);
		} else if (strcmp(e[i].key, "minutes") == 0)
			parse_minutes(l, e[i].vnode, MEETING_MAX_MINUTES,
			    &l->a->minutes);
		else if (strcmp(e[i].key, "team") == 0)
			load_team(l, e[i].vnode);
		else if (strcmp(e[i].key, "items") == 0) {
			seen_items = 1;
			load_items(l, &e[i]);
		} else if (strcmp(e[i].key, "parroting") == 0)
			load_parroting(l, e[i].vnode);
		else
			unknown_key(l, &e[i], "agenda", "title, minutes, team, "
			    "items or parroting");
	}
	if (!seen_title)
		diag_node(l, root, "agenda has no title");
	if (!seen_items)
		diag_node(l, root, "agenda has no items");
	free(e);
}

/*
 * The first byte of the character at a mark, or -1. Marks count characters,
 * not bytes, so walk to the line and along it.
 */
static int
char_at(const char *text, size_t len, yaml_mark_t mark)
{
	size_t i = 0, line = 0, column = 0;

	for (; i < len && line < mark.line; i++) {
		if (text[i] == '\n')
			line++;
	}
	for (; i < len && text[i] != '\n'; i++) {
		if (((unsigned char)text[i] & 0xc0) == 0x80)
			continue;
		if (column++ == mark.column)
			return (unsigned char)text[i];
	}
	return -1;
}

/* Report a YAML syntax error where the parser found it. */
static void
syntax_error(const yaml_parser_t *parser, const char *text, size_t len,
    struct agenda_diags *diags)
{
	yaml_mark_t mark = parser->problem_mark;
	const char *problem = parser->problem ? parser->problem : "bad YAML";
	char *message;
	size_t i;
	int line, column;

	if (parser->error == YAML_MEMORY_ERROR)
		util_fatal(70, "out of memory");
	if (parser->error == YAML_READER_ERROR) {
		/* The reader gives a byte offset, not a mark: count it out. */
		mark.line = mark.column = 0;
		for (i = 0; i < parser->problem_offset && i < len; i++) {
			if (text[i] == '\n') {
				mark.line++;
				mark.column = 0;
			} else if (((unsigned char)text[i] & 0xc0) != 0x80)
				mark.column++;
		}
	}
	mark_position(mark, &line, &column);
	/* The commonest mistake of all gets a plain hint. */
	if (parser->error == YAML_SCANNER_ERROR &&
	    char_at(text, len, mark) == '\t')
		message = xasprintf("syntax error: a tab cannot indent YAML; "
		    "use spaces");
	else if (parser->context != NULL && parser->error != YAML_READER_ERROR)
		message = xasprintf("syntax error: %s (%s at line %d)", problem,
		    parser->context, (int)parser->context_mark.line + 1);
	else
		message = xasprintf("syntax error: %s", problem);
	diag_add(diags, line, column, message);
}

/*
 * Refuse nesting deeper than AGENDA_MAX_DEPTH as soon as the parser sees
 * it, with its position: libyaml's document loader would first spend
 * time that grows with the square of the depth. Returns 0, or -1 with the
 * problem reported. A syntax error ends the walk: the loader reports it.
 */
static int
check_depth(const char *text, size_t len, struct agenda_diags *diags)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	int depth = 0, rc = 0, done = 0, line, column;

	if (!yaml_parser_initialize(&parser))
		util_fatal(70, "out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	while (!done && yaml_parser_parse(&parser, &ev)) {
		if (ev.type == YAML_SEQUENCE_START_EVENT ||
		    ev.type == YAML_MAPPING_START_EVENT)
			depth++;
		else if (ev.type == YAML_SEQUENCE_END_EVENT ||
		    ev.type == YAML_MAPPING_END_EVENT)
			depth--;
		done = ev.type == YAML_STREAM_END_EVENT;
		if (depth > AGENDA_MAX_DEPTH) {
			mark_position(ev.start_mark, &line, &column);
			diag_add(diags, line, column, xasprintf("lists and "
			    "mappings nest deeper than %d levels; an agenda "
			    "needs four", AGENDA_MAX_DEPTH));
			rc = -1;
			done = 1;
		}
		yaml_event_delete(&ev);
	}
	if (parser.error == YAML_MEMORY_ERROR)
		util_fatal(70, "out of memory");
	yaml_parser_delete(&parser);
	return rc;
}

/* Order problems by line, then column, then arrival. */
static int
diag_cmp(const void *va, const void *vb)
{
	const struct ordered_diag *a = va, *b = vb;

	if (a->d.line != b->d.line)
		return a->d.line < b->d.line ? -1 : 1;
	if (a->d.column != b->d.column)
		return a->d.column < b->d.column ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Sort the problems from index start on by position, keeping ties in order. */
static void
diags_sort(struct agenda_diags *diags, size_t start)
{
	size_t i, n = diags->n - start;
	struct ordered_diag *o;

	if (n < 2)
		return;
	o = xreallocarray(NULL, n, sizeof *o);
	for (i = 0; i < n; i++) {
		o[i].d = diags->v[start + i];
		o[i].seq = i;
	}
	qsort(o, n, sizeof *o, diag_cmp);
	for (i = 0; i < n; i++)
		diags->v[start + i] = o[i].d;
	free(o);
}

/* Add the meeting's plan when the file gives none: the items' sum. */
static void
agenda_fill_minutes(struct agenda *a)
{
	long long sum = 0;
	size_t i;

	if (a->minutes != 0)
		return;
	for (i = 0; i < a->nitems; i++)
		sum += a->items[i].minutes;
	a->minutes = sum > INT_MAX ? INT_MAX : (int)sum;
}

/* Parse an agenda from memory. */
int
agenda_parse(const char *text, size_t len, struct agenda **out,
    struct agenda_diags *diags)
{
	struct loader l = { 0 };
	yaml_parser_t parser;
	yaml_document_t doc, extra;
	yaml_node_t *root, *next;
	int have_doc = 0, rc = -1;

	*out = NULL;
	l.doc = &doc;
	l.diags = diags;
	l.ndiags_before = diags->n;
	l.a = xcalloc(1, sizeof *l.a);
	if (!yaml_parser_initialize(&parser))
		util_fatal(70, "out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (check_depth(text, len, diags) != 0)
		goto out;
	if (!yaml_parser_load(&parser, &doc)) {
		syntax_error(&parser, text, len, diags);
		goto out;
	}
	have_doc = 1;
	if ((root = yaml_document_get_root_node(&doc)) == NULL) {
		diag_add(diags, 1, 1, xstrdup("the agenda is empty"));
		goto out;
	}
	load_root(&l, root);

	/* A second document would be silently ignored; say so instead. */
	if (!yaml_parser_load(&parser, &extra))
		syntax_error(&parser, text, len, diags);
	else {
		if ((next = yaml_document_get_root_node(&extra)) != NULL)
			diag_node(&l, next, "an agenda file holds one YAML "
			    "document; remove this second one");
		yaml_document_delete(&extra);
	}
	if (diags->n == l.ndiags_before) {
		agenda_fill_minutes(l.a);
		*out = l.a;
		l.a = NULL;
		rc = 0;
	}
out:
	diags_sort(diags, l.ndiags_before);
	if (have_doc)
		yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	free(l.team_nodes);
	agenda_free(l.a);
	return rc;
}

/*
 * Read a whole file into a new NUL-terminated buffer (caller frees).
 * Returns 0, -1 with the reason in *cause when it cannot be read, or -2
 * when it is too large.
 */
static int
read_file(const char *path, char **text, size_t *len, char **cause)
{
	FILE *f;
	char *buf = NULL;
	size_t n = 0, got;
	int rc = -1;

	if ((f = fopen(path, "rb")) == NULL) {
		util_fail(cause, "cannot open: %s", strerror(errno));
		goto out;
	}
	buf = xmalloc(AGENDA_MAX_BYTES + 1);
	while ((got = fread(buf + n, 1, AGENDA_MAX_BYTES + 1 - n, f)) > 0)
		n += got;
	if (ferror(f)) {
		util_fail(cause, "cannot read: %s", strerror(errno));
		goto out;
	}
	if (n > AGENDA_MAX_BYTES) {
		*cause = xasprintf("file is larger than %d MiB; an agenda is a "
		    "short text", AGENDA_MAX_BYTES / (1024 * 1024));
		rc = -2;
		goto out;
	}
	buf[n] = '\0';
	*text = xrealloc(buf, n + 1); /* NUL-terminated, no larger than it is */
	*len = n;
	buf = NULL;
	rc = 0;
out:
	if (f != NULL)
		fclose(f);
	free(buf);
	return rc;
}

/* Load the agenda at path, keeping its text when asked. */
int
agenda_load(const char *path, struct agenda **out, char **keep_text,
    struct agenda_diags *diags)
{
	char *text = NULL, *cause = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	if (keep_text != NULL)
		*keep_text = NULL;
	switch (read_file(path, &text, &len, &cause)) {
	case 0:
		break;
	case -2:
		/* Readable, but not an agenda: invalid rather than missing. */
		diag_add(diags, 0, 0, cause);
		return -1;
	default:
		diag_add(diags, 0, 0, cause);
		return -2;
	}
	rc = agenda_parse(text, len, out, diags);
	if (rc == 0 && keep_text != NULL)
		*keep_text = text;
	else
		free(text);
	return rc;
}
