/* cmd_search.c: full-text search over every meeting: parley search. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "cmd.h"
#include "format.h"
#include "json.h"
#include "search.h"
#include "store.h"
#include "util.h"

/* The first line of a hit is kept within this many columns. */
#define SEARCH_COLUMNS 80

/* What no match exits with: 1, as grep does, so scripts can test it. */
#define SEARCH_NO_MATCH 1

/*
 * How matches are marked: bold on a terminal that may show it (NO_COLOR
 * unset or empty, as the screens read it, and TERM not dumb), otherwise
 * brackets, which survive a pipe and a file.
 */
static void
choose_marks(const char **open, const char **close)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");

	if (isatty(STDOUT_FILENO) && (no_color == NULL || *no_color == '\0') &&
	    term != NULL && strcmp(term, "dumb") != 0) {
		*open = "\033[1m";
		*close = "\033[22m";
	} else {
		*open = "[";
		*close = "]";
	}
}

/* "action #12": the kind, with the id a command can take after it. */
static char *
kind_text(const struct search_hit *h)
{
	if (h->kind == SEARCH_ACTION || h->kind == SEARCH_FOLLOWUP)
		return xasprintf("%s #%ld", search_kind_label(h->kind),
		    h->capture_id);
	return xstrdup(search_kind_label(h->kind));
}

/* "meeting 12", or "-" for an action made outside meetings. */
static char *
meeting_text(const struct search_hit *h)
{
	return h->meeting_id != 0 ? xasprintf("meeting %ld", h->meeting_id) :
	    xstrdup("-");
}

/*
 * A hit's first line: date, meeting and kind in columns as wide as the
 * widest of the list, then the item, cut to fit SEARCH_COLUMNS; under it
 * the snippet, indented.
 */
static void
write_hit(const struct search_hit *h, int wmeeting, int wkind,
    const char *open, const char *close)
{
	char *meeting = meeting_text(h), *kind = kind_text(h), *title, *item;
	/* What is left of the line for "  3. Item title", at least 22. */
	int room = SEARCH_COLUMNS - 10 - 2 - wmeeting - 2 - wkind;

	format_pad(stdout, h->date[0] != '\0' ? h->date : "-", 10);
	fputs("  ", stdout);
	format_pad(stdout, meeting, wmeeting);
	fputs("  ", stdout);
	if (h->item_pos >= 0) {
		format_pad(stdout, kind, wkind);
		title = search_clean(h->item_title != NULL ? h->item_title : "");
		item = xasprintf("  %d. %s", h->item_pos + 1, title);
		if (room < 22)
			room = 22;
		if (utf8_width(item) > room)
			format_pad(stdout, item, room);
		else
			fputs(item, stdout);
		free(item);
		free(title);
	} else
		fputs(kind, stdout);
	fputs("\n    ", stdout);
	search_write_snippet(stdout, h, open, close);
	putchar('\n');
	free(meeting);
	free(kind);
}

/* The hits as lines for people. */
static void
write_table(const struct search_result *r, char *const *words, int nwords)
{
	const char *open, *close;
	char *w;
	size_t i;
	int k, wmeeting = 0, wkind = 0;

	if (r->n == 0) {
		fputs("No matches for \"", stdout);
		for (k = 0; k < nwords; k++) {
			w = search_clean(words[k]);
			printf("%s%s", k > 0 ? " " : "", w);
			free(w);
		}
		fputs("\".\n", stdout);
		return;
	}
	for (i = 0; i < r->n; i++) {
		w = meeting_text(&r->v[i]);
		wmeeting = utf8_width(w) > wmeeting ? utf8_width(w) : wmeeting;
		free(w);
		w = kind_text(&r->v[i]);
		wkind = utf8_width(w) > wkind ? utf8_width(w) : wkind;
		free(w);
	}
	choose_marks(&open, &close);
	for (i = 0; i < r->n; i++)
		write_hit(&r->v[i], wmeeting, wkind, open, close);
	if ((long)r->n < r->total)
		printf("%zu of %ld matches shown: --limit %ld shows them all.\n",
		    r->n, r->total, r->total);
}

/* One hit as a JSON object. */
static void
json_hit(struct json *j, const struct search_hit *h)
{
	char *m;
	size_t i;

	json_object_begin(j);
	json_kv_id(j, "meeting", h->meeting_id);
	json_kv_string(j, "date", h->date[0] != '\0' ? h->date : NULL);
	json_key(j, "item_number");
	if (h->item_pos >= 0)
		json_int(j, h->item_pos + 1);
	else
		json_null(j);
	json_kv_string(j, "item", h->item_title);
	json_kv_string(j, "kind", search_kind_name(h->kind));
	json_kv_int(j, "id", h->capture_id);
	json_key(j, "private");
	json_bool(j, h->private);
	json_key(j, "rank");
	json_double(j, h->rank);
	json_kv_string(j, "snippet", h->snippet);
	json_key(j, "matches");
	json_array_begin(j);
	for (i = 0; i < h->nspans; i++) {
		m = xstrndup(h->snippet + h->spans[i].start,
		    h->spans[i].end - h->spans[i].start);
		json_string(j, m);
		free(m);
	}
	json_array_end(j);
	json_object_end(j);
}

/* The hits for scripts: the query, the total and each hit on a line. */
static void
write_json(const struct search_result *r, const char *query)
{
	struct json j;
	size_t i;

	json_init(&j, stdout, 3);
	json_object_begin(&j);
	json_kv_string(&j, "query", query);
	json_kv_int(&j, "total", r->total);
	json_key(&j, "hits");
	json_array_begin(&j);
	for (i = 0; i < r->n; i++)
		json_hit(&j, &r->v[i]);
	json_array_end(&j);
	json_object_end(&j);
	json_end(&j);
}

/* Read --limit: a number of hits, 1 or more. 0, or -1 when it is not. */
static int
parse_limit(const char *s, size_t *limit)
{
	long n;

	if (s == NULL) {
		*limit = SEARCH_DEFAULT_LIMIT;
		return 0;
	}
	if (util_parse_long(s, 1, LONG_MAX, &n) != 0)
		return -1;
	*limit = (size_t)n;
	return 0;
}

/* parley search WORDS... [--include-private] [--limit N] [--format F] */
static int
exec_search(struct cmd_ctx *ctx, struct cmd_args *args)
{
	const char *format = cmd_opt(args, "format");
	struct search_result r;
	struct store *st;
	char *query, *cause = NULL;
	size_t limit;
	int code;

	if (format == NULL)
		format = "table";
	if (strcmp(format, "table") != 0 && strcmp(format, "json") != 0)
		return cmd_usage_error(args, "search: --format is table or "
		    "json, not '%s'", format);
	if (parse_limit(cmd_opt(args, "limit"), &limit) != 0)
		return cmd_usage_error(args, "search: --limit is a number of "
		    "hits, 1 or more, not '%s'", cmd_opt(args, "limit"));
	query = search_query(args->argv, (size_t)args->argc);
	if (query == NULL)
		return cmd_usage_error(args, "search: nothing to search for: "
		    "give a word with a letter or a digit");
	if ((code = cmd_open_store(ctx, &st)) != 0) {
		free(query);
		return code;
	}
	if (store_search(st, query, cmd_flag(args, "include-private"), limit,
	    &r, &cause) != 0)
		code = cmd_failed(store_error_code(st), cause);
	else {
		if (strcmp(format, "json") == 0)
			write_json(&r, query);
		else
			write_table(&r, args->argv, args->argc);
		code = r.total > 0 ? 0 : SEARCH_NO_MATCH;
		/* main checks the output only after a success. */
		if (code == SEARCH_NO_MATCH && (fflush(stdout) != 0 ||
		    ferror(stdout)))
			code = cmd_failed(EX_IOERR, xasprintf("cannot write "
			    "the output: %s", strerror(errno)));
	}
	search_result_fini(&r);
	store_close(st);
	free(query);
	return code;
}

const struct cmd_entry cmd_search = {
	"search", "WORDS... [--include-private] [--limit N] "
	"[--format table|json]", "include-private limit= format=", 1, -1,
	exec_search, NULL
};
