/* search.c: words made a safe FTS5 query, and hits made safe to show. */
#include "search.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "util.h"

static const struct {
	const char *name;   /* as the index and JSON name it */
	const char *label;  /* as people read it */
} kinds[SEARCH_KIND_COUNT] = {
	[SEARCH_NOTE] = { "note", "note" },
	[SEARCH_DECISION] = { "decision", "decision" },
	[SEARCH_PARKING] = { "parking", "parked topic" },
	[SEARCH_PRIVATE] = { "private", "private note" },
	[SEARCH_WIN] = { "win", "win" },
	[SEARCH_CUSTOMER] = { "customer", "customer" },
	[SEARCH_STATEMENT] = { "statement", "statement" },
	[SEARCH_FOLLOWUP] = { "followup", "private follow-up" },
	[SEARCH_ACTION] = { "action", "action" },
};

/* Free what a search found. */
void
search_result_fini(struct search_result *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->v[i].item_title);
		free(r->v[i].snippet);
		free(r->v[i].spans);
	}
	free(r->v);
	memset(r, 0, sizeof *r);
}

/* The index's name of a kind. */
const char *
search_kind_name(enum search_kind k)
{
	return (unsigned int)k < SEARCH_KIND_COUNT ? kinds[k].name : "";
}

/* A kind as people read it. */
const char *
search_kind_label(enum search_kind k)
{
	return (unsigned int)k < SEARCH_KIND_COUNT ? kinds[k].label : "";
}

/* Parse the index's name of a kind. */
int
search_kind_parse(const char *name, enum search_kind *out)
{
	size_t i;

	for (i = 0; name != NULL && i < SEARCH_KIND_COUNT; i++) {
		if (strcmp(name, kinds[i].name) == 0) {
			*out = (enum search_kind)i;
			return 0;
		}
	}
	return -1;
}

/*
 * Would FTS5's unicode61 tokenizer keep cp in a word? It keeps letters
 * and numbers; this leaves out ASCII punctuation and the blocks that are
 * punctuation, symbols, arrows, shapes and emoji. Close enough to tell a
 * word from "!!!" or "—"; a rare miss finds nothing, which is no harm.
 */
static int
token_cp(unsigned int cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z');
	if (cp <= 0xbf)        /* Latin-1's signs, but ª ² ³ µ ¹ º ¼ ½ ¾ */
		return cp == 0xaa || cp == 0xb2 || cp == 0xb3 || cp == 0xb5 ||
		    cp == 0xb9 || cp == 0xba || (cp >= 0xbc && cp <= 0xbe);
	if (cp == 0xd7 || cp == 0xf7 || cp == 0xfffd)
		return 0;
	return !((cp >= 0x2000 && cp <= 0x206f) ||   /* punctuation */
	    (cp >= 0x20a0 && cp <= 0x20cf) ||         /* currency */
	    (cp >= 0x2190 && cp <= 0x2bff) ||         /* arrows to symbols */
	    (cp >= 0x3000 && cp <= 0x303f) ||         /* CJK punctuation */
	    (cp >= 0xfe00 && cp <= 0xfe0f) ||         /* variation selectors */
	    (cp >= 0x1f000 && cp <= 0x1faff));        /* emoji */
}

/* Does the word (len bytes) hold a letter or a digit? */
static int
has_token(const char *w, size_t len)
{
	unsigned int cp;
	size_t n;

	/* A byte that is not UTF-8 decodes as U+FFFD: no letter. */
	while ((n = utf8_decode(w, len, &cp)) > 0) {
		if (token_cp(cp))
			return 1;
		w += n;
		len -= n;
	}
	return 0;
}

/* Append the word (len bytes) to q as a quoted prefix: "wo""rd"*. */
static void
append_word(char **q, size_t *qlen, const char *w, size_t len)
{
	size_t i;
	char *p;

	/* At worst every byte is a doubled quote, plus ' "' and '"*'. */
	*q = xrealloc(*q, *qlen + 2 * len + 5);
	p = *q + *qlen;
	if (*qlen > 0)
		*p++ = ' ';
	*p++ = '"';
	for (i = 0; i < len; i++) {
		if (w[i] == '"')
			*p++ = '"';
		*p++ = w[i];
	}
	*p++ = '"';
	*p++ = '*';
	*p = '\0';
	*qlen = (size_t)(p - *q);
}

/* The FTS5 query for words: every word a required, quoted prefix. */
char *
search_query(char *const *words, size_t n)
{
	static const char space[] = " \t\n\r\v\f";
	const char *s;
	char *q = NULL;
	size_t i, len, qlen = 0;

	for (i = 0; i < n; i++) {
		for (s = words[i]; *s != '\0'; s += len) {
			s += strspn(s, space);
			len = strcspn(s, space);
			if (len > 0 && has_token(s, len))
				append_word(&q, &qlen, s, len);
		}
	}
	return q;
}

/* Add a span [start, end) to h, unless it is empty. */
static void
add_span(struct search_hit *h, size_t start, size_t end)
{
	if (end <= start)
		return;
	h->spans = xreallocarray(h->spans, h->nspans + 1, sizeof *h->spans);
	h->spans[h->nspans].start = start;
	h->spans[h->nspans].end = end;
	h->nspans++;
}

/*
 * Read a and b in step: equal bytes are text, a pair of differing bytes
 * is a mark. 0, or -1 when a difference is no pair of marks.
 */
static int
decode_marks(struct search_hit *h, const char *a, const char *b)
{
	size_t i, j = 0, start = 0;
	int open = 0;

	for (i = 0; a[i] != '\0'; i++) {
		if (a[i] == b[i])
			h->snippet[j++] = a[i];
		else if (a[i] == *SEARCH_MARK_A_OPEN &&
		    b[i] == *SEARCH_MARK_B_OPEN && !open) {
			open = 1;
			start = j;
		} else if (a[i] == *SEARCH_MARK_A_CLOSE &&
		    b[i] == *SEARCH_MARK_B_CLOSE && open) {
			open = 0;
			add_span(h, start, j);
		} else
			return -1;
	}
	if (open)
		add_span(h, start, j);
	h->snippet[j] = '\0';
	return 0;
}

/* Drop trailing white space from h's snippet, and any span past it. */
static void
trim_snippet(struct search_hit *h)
{
	size_t len = strlen(h->snippet);

	while (len > 0 && strchr(" \t\n\r\v\f", h->snippet[len - 1]) != NULL)
		len--;
	h->snippet[len] = '\0';
	while (h->nspans > 0 && h->spans[h->nspans - 1].start >= len)
		h->nspans--;
	if (h->nspans > 0 && h->spans[h->nspans - 1].end > len)
		h->spans[h->nspans - 1].end = len;
}

/* Set h's snippet and spans from the same snippet marked two ways. */
void
search_snippet_decode(struct search_hit *h, const char *a, const char *b)
{
	free(h->snippet);
	free(h->spans);
	h->spans = NULL;
	h->nspans = 0;
	if (a == NULL)
		a = "";
	h->snippet = xmalloc(strlen(a) + 1);
	if (b == NULL || strlen(a) != strlen(b) ||
	    decode_marks(h, a, b) != 0) {
		free(h->spans);
		h->spans = NULL;
		h->nspans = 0;
		strcpy(h->snippet, a);
	}
	trim_snippet(h);
}

/* Write text for a terminal, its control characters made harmless. */
void
search_write_clean(FILE *f, const char *s, size_t len)
{
	unsigned int cp;
	size_t n, k;
	char pic[8];

	while ((n = utf8_decode(s, len, &cp)) > 0) {
		if (cp == '\n' || cp == '\r') {
			/* A run of line breaks is one separator. */
			while (n < len && (s[n] == '\n' || s[n] == '\r'))
				n++;
			fputs(" / ", f);
		} else if (cp == '\t' || cp == '\v' || cp == '\f')
			fputc(' ', f);
		else if ((k = format_safe_cp(cp, n, pic)) > 0)
			fwrite(pic, 1, k, f); /* the one terminal filter */
		else
			fwrite(s, 1, n, f);
		s += n;
		len -= n;
	}
}

/* A cleaned copy of s. */
char *
search_clean(const char *s)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	if (f == NULL)
		util_fatal(70, "out of memory");
	search_write_clean(f, s, strlen(s));
	if (fclose(f) != 0)
		util_fatal(70, "out of memory");
	return out;
}

/* Write a hit's snippet with its matches between open and close. */
void
search_write_snippet(FILE *f, const struct search_hit *h, const char *open,
    const char *close)
{
	const struct search_span *sp;
	size_t i, at = 0;

	for (i = 0; i < h->nspans; i++) {
		sp = &h->spans[i];
		search_write_clean(f, h->snippet + at, sp->start - at);
		fputs(open, f);
		search_write_clean(f, h->snippet + sp->start,
		    sp->end - sp->start);
		fputs(close, f);
		at = sp->end;
	}
	search_write_clean(f, h->snippet + at, strlen(h->snippet) - at);
}
