/* parrot.c: turn a statement said in the room into a calm question. */

#include <stdlib.h>
#include <string.h>

#include "parrot.h"
#include "parrot_words.h"
#include "util.h"

/*
 * The statement is cut into tokens that alternate between words and the
 * gaps between them (spaces, punctuation). Lead-ins are dropped from the
 * front and fillers from the end by whole words; a command at the start of
 * a sentence is said back as what the listener should do; then every word
 * outside quotes is looked up once in the reflection table. Decisions look
 * at the original words only, so "you" -> "we" and "we" -> "you" never undo
 * each other. Whether "you" is a subject ("we") or an object ("us") is
 * decided by where it stands: at a sentence's or clause's start, after an
 * auxiliary, before a verb only a subject has ("you were"), it is the
 * subject; after a preposition or a verb, or at a clause's end, the object.
 */

/* What a reflection does besides swapping the word. */
#define REFLECT_AGREE		0x1	/* "I am" -> "you are" */
#define REFLECT_NOT_UPPER	0x2	/* "US" in capitals is the country */

/* One word swapped for the other side's word. */
struct parrot_reflection {
	char	*from;		/* normalised: lower-case ASCII, ' for U+2019 */
	char	*to;
	char	*to_object;	/* form after a verb or preposition, or NULL */
	int	 flags;
};

/* A lead-in phrase dropped from the front of a statement. */
struct parrot_lead_in {
	char	**words;	/* normalised */
	size_t	  nwords;
	int	  need_comma;	/* "Look, they..." but not "Look at this" */
};

struct parrot_rules {
	struct parrot_lead_in		*lead_ins;
	size_t				 nlead_ins;
	struct parrot_reflection	*reflections;
	size_t				 nreflections;
};

/* A word or the gap between two words, pointing into the statement. */
struct parrot_token {
	const char	*s;
	size_t		 len;
	int		 word;
	char		*norm;	/* words only */
	char		*out;	/* replacement text, or NULL to keep s */
	int		 quoted; /* someone else's words, kept as said */
};

struct parrot_tokens {
	struct parrot_token	*t;
	size_t			 n;
	size_t			 cap;
	size_t			 first;	/* the first token after the lead-ins */
	int			 shouted; /* no lower-case letter anywhere */
};

/* No word there: what parrot_prev returns. */
#define PARROT_NONE ((size_t)-1)

/*
 * Built-in lead-ins. Words that also start ordinary sentences ("So many",
 * "Look at", "No one") are dropped only when a comma (or dash, ellipsis)
 * follows them; the others with or without it.
 */
static const struct {
	const char	*phrase;
	int		 need_comma;
} parrot_default_lead_ins[] = {
	{ "but", 0 }, { "and", 0 }, { "well", 0 }, { "honestly", 0 },
	{ "frankly", 0 }, { "quite frankly", 0 }, { "frankly speaking", 0 },
	{ "honestly speaking", 0 }, { "seriously", 0 }, { "actually", 0 },
	{ "basically", 0 }, { "obviously", 0 }, { "um", 0 }, { "umm", 0 },
	{ "uh", 0 }, { "uhh", 0 }, { "er", 0 }, { "erm", 0 }, { "hmm", 0 },
	{ "ah", 0 }, { "oh", 0 }, { "i mean", 0 }, { "to be honest", 0 },
	{ "to be fair", 0 }, { "to be frank", 0 }, { "to tell the truth", 0 },
	{ "in all honesty", 0 }, { "truth be told", 0 }, { "tbh", 0 },
	{ "let's be honest", 0 }, { "let's face it", 0 },
	{ "let's be real", 0 }, { "the thing is", 0 }, { "the fact is", 0 },
	{ "the truth is", 0 }, { "with all due respect", 0 },
	{ "no offense", 0 }, { "no offence", 0 }, { "not gonna lie", 0 },
	{ "if i'm honest", 0 }, { "if i'm being honest", 0 }, { "yeah but", 0 },
	{ "yes but", 0 }, { "no but", 0 }, { "okay but", 0 }, { "ok but", 0 },
	{ "sure but", 0 }, { "anyway", 0 }, { "anyways", 0 }, { "come on", 0 },
	{ "oh come on", 0 }, { "hold on", 0 }, { "look here", 0 },
	{ "so", 1 }, { "look", 1 }, { "listen", 1 }, { "okay", 1 }, { "ok", 1 },
	{ "alright", 1 }, { "all right", 1 }, { "right", 1 }, { "now", 1 },
	{ "see", 1 }, { "yeah", 1 }, { "yes", 1 }, { "no", 1 }, { "sure", 1 },
	{ "fine", 1 }, { "like", 1 }, { "wait", 1 }, { "please", 1 },
	{ "also", 1 }, { "plus", 1 }, { "again", 1 }, { "hey", 1 },
	{ "man", 1 }, { "dude", 1 }, { "guys", 1 }, { "folks", 1 },
	{ "you know", 1 }, { "you see", 1 }, { "whatever", 1 },
	{ "sorry", 1 }, { "for the record", 0 }, { "let me be clear", 0 },
	{ "let me tell you", 0 }, { "here's the thing", 0 },
	{ "you know what", 0 }, { "i'm sorry but", 0 }, { "believe me", 1 },
	{ "trust me", 1 }, { "mind you", 1 },
};

/*
 * Fillers dropped from the end after a comma or dash: "The list is old,
 * you know." Also the tags a command carries: "Send it, will you?", said
 * back as "We should send it?", since "should we" would not ask it.
 */
static const char *const parrot_tails[][3] = {
	{ "you", "know" }, { "i", "mean" }, { "honestly" }, { "frankly" },
	{ "to", "be", "honest" }, { "to", "be", "fair" }, { "seriously" },
	{ "period" }, { "full", "stop" }, { "whatever" },
};
static const char *const parrot_command_tails[][3] = {
	{ "will", "you" }, { "would", "you" }, { "won't", "you" },
	{ "can", "you" }, { "could", "you" }, { "please" },
};

/*
 * Built-in reflections: the speaker's team faces the facilitator's. Singular
 * and plural "yourself"/"yourselves" both become "ourselves", since the
 * facilitator answers for a team.
 */
static const struct {
	const char	*from;
	const char	*to;
	const char	*to_object;
	int		 flags;
} parrot_default_reflections[] = {
	{ "i", "you", NULL, REFLECT_AGREE },
	{ "me", "you", NULL, 0 },
	{ "my", "your", NULL, 0 },
	{ "mine", "yours", NULL, 0 },
	{ "myself", "yourself", NULL, 0 },
	{ "we", "you", NULL, 0 },
	{ "us", "you", NULL, REFLECT_NOT_UPPER },
	{ "our", "your", NULL, 0 },
	{ "ours", "yours", NULL, 0 },
	{ "ourselves", "yourselves", NULL, 0 },
	{ "you", "we", "us", 0 },
	{ "y'all", "we", "us", 0 },
	{ "your", "our", NULL, 0 },
	{ "yours", "ours", NULL, 0 },
	{ "yourself", "ourselves", NULL, 0 },
	{ "yourselves", "ourselves", NULL, 0 },
	{ "i'm", "you're", NULL, 0 },
	{ "i've", "you've", NULL, 0 },
	{ "i'd", "you'd", NULL, 0 },
	{ "i'll", "you'll", NULL, 0 },
	{ "we're", "you're", NULL, 0 },
	{ "we've", "you've", NULL, 0 },
	{ "we'd", "you'd", NULL, 0 },
	{ "we'll", "you'll", NULL, 0 },
	{ "you're", "we're", NULL, 0 },
	{ "you've", "we've", NULL, 0 },
	{ "you'd", "we'd", NULL, 0 },
	{ "you'll", "we'll", NULL, 0 },
};

/* After a reflected "I" the verb agrees: "I was" -> "you were". */
static const struct {
	const char	*from;
	const char	*to;
} parrot_agreements[] = {
	{ "am", "are" }, { "was", "were" }, { "wasn't", "weren't" },
};

#define nitems(a) (sizeof (a) / sizeof (a)[0])

/* Is this code point part of a word (a letter or digit in any script)? */
static int
parrot_is_word_cp(unsigned int cp)
{
	if (cp < 0x80) {
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	}
	/* Latin-1 symbols, general and CJK punctuation, full-width signs. */
	if ((cp >= 0xa0 && cp <= 0xbf) || cp == 0xd7 || cp == 0xf7)
		return 0;
	if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f))
		return 0;
	if ((cp >= 0xfe10 && cp <= 0xfe6f) || (cp >= 0xff01 && cp <= 0xff0f) ||
	    (cp >= 0xff1a && cp <= 0xff20) || (cp >= 0xff3b && cp <= 0xff40) ||
	    (cp >= 0xff5b && cp <= 0xff65))
		return 0;
	return 1;
}

/* May this code point join two word characters ("I'm", "tire-kickers")? */
static int
parrot_is_joiner_cp(unsigned int cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == '_' ||
	    cp == '@' || cp == '.' || cp == '&';
}

/* Is this code point end punctuation or space, dropped from the end? */
static int
parrot_is_end_cp(unsigned int cp)
{
	static const unsigned int end[] = {
		' ', '\t', '\n', '\r', '\v', '\f', '.', '!', '?', ',', ';',
		':', '-', 0xa0, 0x37e, 0x61f, 0x964, 0x2013, 0x2014, 0x2026,
		0x203c, 0x2047, 0x2048, 0x2049, 0x3001, 0x3002, 0xff01, 0xff0c,
		0xff0e, 0xff1a, 0xff1b, 0xff1f,
	};
	size_t i;

	for (i = 0; i < nitems(end); i++) {
		if (cp == end[i])
			return 1;
	}
	return 0;
}

/* Is this code point white space? */
static int
parrot_is_space_cp(unsigned int cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == '\v' || cp == '\f' || cp == 0xa0;
}

/* Lower-case ASCII letters and spell U+2019 as ', for table lookups. */
static char *
parrot_normalise(const char *s, size_t len)
{
	char *out = xmalloc(len + 1), *p = out;
	size_t i;

	for (i = 0; i < len; i++) {
		if (i + 2 < len && memcmp(s + i, "\xe2\x80\x99", 3) == 0) {
			*p++ = '\'';
			i += 2;
		} else if (s[i] >= 'A' && s[i] <= 'Z')
			*p++ = (char)(s[i] - 'A' + 'a');
		else
			*p++ = s[i];
	}
	*p = '\0';
	return out;
}

/* Append one token to the list. */
static void
parrot_push(struct parrot_tokens *tk, const char *s, size_t len, int word)
{
	struct parrot_token *t;

	/* Doubling keeps a very long statement linear. */
	if (tk->n == tk->cap) {
		tk->cap = tk->cap == 0 ? 16 : tk->cap * 2;
		tk->t = xreallocarray(tk->t, tk->cap, sizeof *tk->t);
	}
	t = &tk->t[tk->n++];
	t->s = s;
	t->len = len;
	t->word = word;
	t->norm = word ? parrot_normalise(s, len) : NULL;
	t->out = NULL;
	t->quoted = 0;
}

/* Length of the word starting at s: word characters and inner joiners. */
static size_t
parrot_word_len(const char *s, size_t n)
{
	size_t pos = 0, len, next;
	unsigned int cp, cp2;

	while ((len = utf8_decode(s + pos, n - pos, &cp)) > 0) {
		if (parrot_is_word_cp(cp)) {
			pos += len;
			continue;
		}
		if (!parrot_is_joiner_cp(cp))
			break;
		next = utf8_decode(s + pos + len, n - pos - len, &cp2);
		if (next == 0 || !parrot_is_word_cp(cp2))
			break;
		pos += len;
	}
	return pos;
}

/* Cut s[0..n) into alternating words and gaps. */
static void
parrot_tokenise(struct parrot_tokens *tk, const char *s, size_t n)
{
	size_t pos = 0, start, len;
	unsigned int cp;

	while ((len = utf8_decode(s + pos, n - pos, &cp)) > 0) {
		if (parrot_is_word_cp(cp)) {
			start = pos;
			pos += parrot_word_len(s + pos, n - pos);
			parrot_push(tk, s + start, pos - start, 1);
			continue;
		}
		start = pos;
		do {
			pos += len;
			len = utf8_decode(s + pos, n - pos, &cp);
		} while (len > 0 && !parrot_is_word_cp(cp));
		parrot_push(tk, s + start, pos - start, 0);
	}
}

/* Free the tokens. */
static void
parrot_tokens_free(struct parrot_tokens *tk)
{
	size_t i;

	for (i = 0; i < tk->n; i++) {
		free(tk->t[i].norm);
		free(tk->t[i].out);
	}
	free(tk->t);
}

/* Replace a token's text, freeing the replacement before (takes out). */
static void
parrot_set(struct parrot_token *t, char *out)
{
	free(t->out);
	t->out = out;
}

/* Find the statement in s[0..size) between space and end punctuation. */
static const char *
parrot_trim_n(const char *s, size_t size, size_t *n)
{
	size_t pos = 0, end = 0, len;
	unsigned int cp;

	while ((len = utf8_decode(s, size, &cp)) > 0 &&
	    parrot_is_space_cp(cp)) {
		s += len;
		size -= len;
	}
	while ((len = utf8_decode(s + pos, size - pos, &cp)) > 0) {
		pos += len;
		if (!parrot_is_end_cp(cp))
			end = pos;
	}
	*n = end;
	return s;
}

/* Find the statement in s between space and end punctuation. */
static const char *
parrot_trim(const char *s, size_t *n)
{
	return parrot_trim_n(s, strlen(s), n);
}

/* Is the code point a quotation mark: 1 opening, 2 closing, 3 either? */
static int
parrot_quote_cp(unsigned int cp)
{
	/* U+201C opens in English and closes in German. */
	if (cp == '"' || cp == 0x201c)
		return 3;
	if (cp == 0x201e || cp == 0xab)
		return 1;
	if (cp == 0x201d || cp == 0xbb)
		return 2;
	return 0;
}

/*
 * A statement wholly in quotes is the statement itself, typed as quoted:
 * take the quotes off and trim again. Quotes inside are left alone.
 */
static const char *
parrot_unquote(const char *s, size_t *n)
{
	size_t pos = 0, len, first = 0, last = 0, quotes = 0;
	unsigned int cp, opening = 0, closing = 0;

	while ((len = utf8_decode(s + pos, *n - pos, &cp)) > 0) {
		if (parrot_quote_cp(cp) != 0) {
			if (quotes++ == 0 && pos == 0) {
				first = len;
				opening = cp;
			}
			last = pos;
			closing = cp;
		}
		pos += len;
	}
	if (quotes != 2 || first == 0 || last + utf8_decode(s + last,
	    *n - last, &cp) != *n || !(parrot_quote_cp(opening) & 1) ||
	    !(parrot_quote_cp(closing) & 2))
		return s;
	return parrot_trim_n(s + first, last - first, n);
}

/*
 * Does the gap consist only of characters that may follow a lead-in?
 * *strong is set when one of them is not white space ("Look," not "Look").
 */
static int
parrot_gap_only(const struct parrot_token *t, const char *allowed,
    int *strong)
{
	size_t pos = 0, len;
	unsigned int cp;

	*strong = 0;
	while ((len = utf8_decode(t->s + pos, t->len - pos, &cp)) > 0) {
		pos += len;
		if (parrot_is_space_cp(cp))
			continue;
		if (cp >= 0x80 ? cp != 0x2026 && cp != 0x2013 && cp != 0x2014 :
		    strchr(allowed, (int)cp) == NULL)
			return 0;
		*strong = 1;
	}
	return 1;
}

/*
 * Match a lead-in at token at. Returns the index of the word that follows
 * it, tk->n when the lead-in ends the statement, or 0 when it does not match.
 */
static size_t
parrot_lead_in_match(const struct parrot_lead_in *li,
    const struct parrot_tokens *tk, size_t at)
{
	size_t i = at, w;
	int strong;

	for (w = 0; w < li->nwords; w++) {
		if (i >= tk->n || !tk->t[i].word ||
		    strcmp(tk->t[i].norm, li->words[w]) != 0)
			return 0;
		i++;
		if (w + 1 == li->nwords)
			break;
		if (i >= tk->n || !parrot_gap_only(&tk->t[i], ",", &strong))
			return 0;
		i++;
	}
	if (i >= tk->n)
		return tk->n;
	/* Tokens alternate, so a gap and then a word must follow. */
	if (i + 1 >= tk->n || !parrot_gap_only(&tk->t[i], ",.;:-", &strong))
		return 0;
	if (li->need_comma && !strong)
		return 0;
	return i + 1;
}

/*
 * Drop lead-ins from the front, the longest first, as many as there are;
 * but a statement made only of lead-ins ("Well, honestly!") is kept whole,
 * and then 1 is returned.
 */
static int
parrot_drop_lead_ins(const struct parrot_rules *r, struct parrot_tokens *tk)
{
	size_t i, m, best, start = tk->first;

	while (tk->first < tk->n && tk->t[tk->first].word) {
		best = 0;
		for (i = 0; i < r->nlead_ins; i++) {
			m = parrot_lead_in_match(&r->lead_ins[i], tk,
			    tk->first);
			if (m > best)
				best = m;
		}
		if (best == 0)
			break;
		if (best == tk->n) {
			tk->first = start;
			return 1;
		}
		tk->first = best;
	}
	return 0;
}

/* Does the gap hold one of cps (or, cps NULL, anything but space)? */
static int
parrot_gap_has(const struct parrot_token *t, const unsigned int *cps,
    size_t ncps)
{
	size_t pos = 0, len, i;
	unsigned int cp;

	while ((len = utf8_decode(t->s + pos, t->len - pos, &cp)) > 0) {
		pos += len;
		if (cps == NULL && !parrot_is_space_cp(cp))
			return 1;
		for (i = 0; cps != NULL && i < ncps; i++) {
			if (cp == cps[i])
				return 1;
		}
	}
	return 0;
}

/* Mark the words inside quotation marks: someone else's, kept as said. */
static void
parrot_mark_quotes(struct parrot_tokens *tk)
{
	size_t i, pos, len;
	unsigned int cp;
	int in = 0;

	for (i = 0; i < tk->n; i++) {
		if (tk->t[i].word) {
			tk->t[i].quoted = in;
			continue;
		}
		for (pos = 0; (len = utf8_decode(tk->t[i].s + pos,
		    tk->t[i].len - pos, &cp)) > 0; pos += len) {
			if (parrot_quote_cp(cp) == 3)
				in = !in;
			else if (parrot_quote_cp(cp) != 0)
				in = parrot_quote_cp(cp) == 1;
		}
	}
}

/*
 * A statement that ends in a closing quote keeps the quote but not the
 * end punctuation inside it: 'said, "I never got it."' asks 'said, "I never
 * got it"?'.
 */
static void
parrot_tidy_end(struct parrot_tokens *tk)
{
	struct parrot_token *t;
	size_t pos = 0, len, k = 0;
	unsigned int cp = 0;
	char *out;

	if (tk->n == 0 || tk->t[tk->n - 1].word)
		return;
	t = &tk->t[tk->n - 1];
	out = xmalloc(t->len + 1);
	while ((len = utf8_decode(t->s + pos, t->len - pos, &cp)) > 0) {
		if (!parrot_is_end_cp(cp)) {
			memcpy(out + k, t->s + pos, len);
			k += len;
		}
		pos += len;
	}
	out[k] = '\0';
	if (!(parrot_quote_cp(cp) & 2) || k == t->len) {
		free(out);
		return;
	}
	t->out = out;
}

/*
 * Match a phrase of up to three words at the end of the statement, after a
 * comma or dash. Returns the index of the gap before it, or 0.
 */
static size_t
parrot_tail_match(const struct parrot_tokens *tk, const char *const *words)
{
	size_t nwords = 0, i = tk->n, w;
	int strong;

	while (nwords < 3 && words[nwords] != NULL)
		nwords++;
	for (w = nwords; w-- > 0; ) {
		if (i < 2 || !tk->t[i - 1].word || tk->t[i - 1].quoted ||
		    strcmp(tk->t[i - 1].norm, words[w]) != 0)
			return 0;
		i -= 2;	/* now the gap before that word */
		if (w > 0 && parrot_gap_has(&tk->t[i], NULL, 0))
			return 0;
	}
	/* A word of the statement must stay before it. */
	if (i <= tk->first || !parrot_gap_only(&tk->t[i], ",-", &strong) ||
	    !strong)
		return 0;
	return i;
}

/* Drop the first of the tails that ends the statement, with its comma. */
static void
parrot_drop_tail(struct parrot_tokens *tk, const char *const (*tails)[3],
    size_t ntails)
{
	size_t i, k, at;

	for (k = 0; k < ntails; k++) {
		if ((at = parrot_tail_match(tk, tails[k])) == 0)
			continue;
		for (i = at; i < tk->n; i++)
			parrot_set(&tk->t[i], xstrdup(""));
		return;
	}
}

/* Does word i begin a sentence? */
static int
parrot_sentence_start(const struct parrot_tokens *tk, size_t i)
{
	static const unsigned int stops[] = {
		'.', '!', '?', 0x2026, 0x3002, 0xff01, 0xff1f,
	};

	if (i <= tk->first + 1)
		return 1;
	return parrot_gap_has(&tk->t[i - 1], stops, nitems(stops));
}

/* The index of the word before word i when only space parts them. */
static size_t
parrot_prev(const struct parrot_tokens *tk, size_t i)
{
	if (i < tk->first + 2 || parrot_gap_has(&tk->t[i - 1], NULL, 0))
		return PARROT_NONE;
	return i - 2;
}

/* The normalised word before word i when only space parts them, or NULL. */
static const char *
parrot_prev_word(const struct parrot_tokens *tk, size_t i)
{
	size_t p = parrot_prev(tk, i);

	return p == PARROT_NONE ? NULL : tk->t[p].norm;
}

/* The index of the word after word i when only space parts them, or 0. */
static size_t
parrot_next_word(const struct parrot_tokens *tk, size_t i)
{
	if (i + 2 >= tk->n || parrot_gap_has(&tk->t[i + 1], NULL, 0))
		return 0;
	return i + 2;
}

/* The normalised word after word i when only space parts them, or NULL. */
static const char *
parrot_next_norm(const struct parrot_tokens *tk, size_t i)
{
	size_t next = parrot_next_word(tk, i);

	return next == 0 ? NULL : tk->t[next].norm;
}

/* Does word end with suffix, with at least two letters before it? */
static int
parrot_ends_with(const char *word, const char *suffix)
{
	size_t n, k = strlen(suffix);

	if (word == NULL)
		return 0;
	n = strlen(word);
	return n >= k + 2 && strcmp(word + n - k, suffix) == 0;
}

/* Is the word a plural noun or a verb in -s ("leads", "hands")? */
static int
parrot_ends_in_s(const char *word)
{
	return parrot_ends_with(word, "s") && !parrot_ends_with(word, "ss");
}

/* Does a clause end after word last: punctuation follows, or nothing? */
static int
parrot_clause_end(const struct parrot_tokens *tk, size_t last)
{
	return last + 1 >= tk->n || parrot_gap_has(&tk->t[last + 1], NULL, 0);
}

/*
 * Is word p a verb, by its form or by the word before it: "handed",
 * "chasing", "we hand", "Dana hands", "never hand"?
 */
static int
parrot_is_verb_at(const struct parrot_tokens *tk, size_t p)
{
	const char *w = tk->t[p].norm, *before = parrot_prev_word(tk, p);

	if (parrot_ends_with(w, "ed"))
		return 1;
	if (parrot_ends_with(w, "ing") && !parrot_ends_with(w, "thing"))
		return 1;
	if (parrot_words_is(PARROT_BEFORE_ANY, before))
		return 1;
	if (parrot_words_is(PARROT_BEFORE_BASE, before))
		return !parrot_ends_in_s(w);
	if (parrot_words_is(PARROT_BEFORE_THIRD, before))
		return parrot_ends_in_s(w);
	return 0;
}

/*
 * Is "you" (words i to last, "you guys") an object rather than the
 * subject? By its place first: at a sentence's start, after an auxiliary
 * or before a verb only a subject has, a subject; after a preposition or a
 * verb, an object; after a noun or a pronoun, a clause's subject ("the
 * email you sent", "everything you asked for"); at a clause's end, an
 * object ("more than you, every time").
 */
static int
parrot_you_is_object(const struct parrot_tokens *tk, size_t i, size_t last)
{
	size_t p = parrot_prev(tk, i);
	const char *prev, *before, *next = parrot_next_norm(tk, last);

	/* "You? Never." -> "Us?": alone, "you" is said as an object. */
	if (parrot_sentence_start(tk, i))
		return last + 1 >= tk->n || parrot_sentence_start(tk, last + 2);
	if (p == PARROT_NONE)
		return parrot_clause_end(tk, last);
	prev = tk->t[p].norm;
	before = parrot_prev_word(tk, p);
	if (parrot_words_is(PARROT_PREPOSITION, prev))
		return 1;
	if (parrot_words_is(PARROT_AUXILIARY, prev))
		return 0;
	/* "everyone but you" but "we call but you never answer" */
	if (strcmp(prev, "but") == 0 &&
	    parrot_words_is(PARROT_PRONOUN, before))
		return 1;
	/* "people like you" but "like you said" */
	if (strcmp(prev, "like") == 0)
		return !parrot_words_is(PARROT_AUX_AFTER, next) &&
		    !parrot_words_verb(PARROT_SAYING_VERB, next);
	/* A noun: after "the", or first with an -s ("Leads you sent"). */
	if (parrot_words_is(PARROT_PRONOUN, prev) ||
	    parrot_words_is(PARROT_DETERMINER, before) ||
	    (parrot_prev(tk, p) == PARROT_NONE && parrot_ends_in_s(prev)))
		return parrot_clause_end(tk, last);
	if (parrot_words_is(PARROT_AUX_AFTER, next))
		return 0;
	/* "want you to", "need you to" */
	if (next != NULL && strcmp(next, "to") == 0)
		return 1;
	if (parrot_words_verb(PARROT_OBJECT_VERB, prev))
		return 1;
	if (parrot_words_verb(PARROT_CLAUSE_VERB, prev))
		return parrot_clause_end(tk, last);
	if (parrot_is_verb_at(tk, p))
		return 1;
	return parrot_clause_end(tk, last);
}

/* Is c an ASCII capital? */
static int
parrot_is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Does the token hold two or more ASCII letters, all capitals ("YOUR")? */
static int
parrot_shouted(const struct parrot_token *t)
{
	size_t i, letters = 0;

	for (i = 0; i < t->len; i++) {
		if (t->s[i] >= 'a' && t->s[i] <= 'z')
			return 0;
		if (parrot_is_upper(t->s[i]))
			letters++;
	}
	return letters >= 2;
}

/*
 * Does word i start a sentence with a capital? A capital elsewhere is
 * grammar, as "I", or a name, and says nothing of a replacement.
 */
static int
parrot_cap(const struct parrot_tokens *tk, size_t i)
{
	return parrot_sentence_start(tk, i) && parrot_is_upper(tk->t[i].s[0]);
}

/*
 * The replacement shaped like the word it replaces: in capitals if that was
 * ("YOUR" -> "OUR"), capitalised when cap, with the apostrophe typed.
 */
static char *
parrot_shape(const struct parrot_token *t, const char *to, int cap)
{
	char *out, *p;
	int typographic = strchr(t->norm, '\'') != NULL &&
	    memchr(t->s, '\'', t->len) == NULL;
	int shouted = parrot_shouted(t);

	out = xmalloc(strlen(to) * 3 + 1);
	for (p = out; *to != '\0'; to++) {
		if (*to == '\'' && typographic) {
			memcpy(p, "\xe2\x80\x99", 3);
			p += 3;
		} else if (*to >= 'a' && *to <= 'z' && (shouted ||
		    (p == out && cap)))
			*p++ = (char)(*to - 'a' + 'A');
		else
			*p++ = *to;
	}
	*p = '\0';
	return out;
}

/* Find the reflection for a normalised word: its index, or nreflections. */
static size_t
parrot_find_reflection(const struct parrot_rules *r, const char *word)
{
	size_t i;

	for (i = 0; i < r->nreflections; i++) {
		if (strcmp(r->reflections[i].from, word) == 0)
			break;
	}
	return i;
}

/* Make the verb next to a reflected "I" agree: "was I" -> "were you". */
static void
parrot_agree(struct parrot_tokens *tk, size_t j)
{
	size_t k;

	if (tk->t[j].out != NULL)
		return;
	for (k = 0; k < nitems(parrot_agreements); k++) {
		if (strcmp(tk->t[j].norm, parrot_agreements[k].from) == 0) {
			tk->t[j].out = parrot_shape(&tk->t[j],
			    parrot_agreements[k].to, parrot_cap(tk, j));
			return;
		}
	}
}

/*
 * May word v be a command, with the word after it? Not before a subject
 * ("Do you") or a verb ("Trust is"); a verb that is also a noun only before
 * an object ("Call us", not "Call volume") or after an adverb ("Never call").
 */
static int
parrot_command_verb(const struct parrot_tokens *tk, size_t v, int adverb)
{
	size_t next = parrot_next_word(tk, v);
	const char *w = tk->t[v].norm, *n;

	if (next == 0 || tk->t[next].quoted)
		return 0;
	n = tk->t[next].norm;
	if (parrot_words_is(PARROT_SUBJECT, n) ||
	    parrot_words_is(PARROT_FINITE, n))
		return 0;
	if (parrot_words_is(PARROT_COMMAND, w))
		return 1;
	return parrot_words_is(PARROT_NOUN_COMMAND, w) &&
	    (adverb || parrot_words_is(PARROT_OBJECT_START, n));
}

/* Is word you the "you" of "Don't you dare blame us"? */
static int
parrot_dare(const struct parrot_tokens *tk, size_t you)
{
	size_t dare = parrot_next_word(tk, you);

	return strcmp(tk->t[you].norm, "you") == 0 && dare != 0 &&
	    strcmp(tk->t[dare].norm, "dare") == 0 &&
	    parrot_next_word(tk, dare) != 0;
}

/*
 * What the command at word at becomes when the listener says it back, or
 * NULL: "Don't" -> "we shouldn't", "Do not" -> "we should", "Just" (send)
 * -> "we should just", "Send" -> "we should send". Caller frees.
 */
static char *
parrot_command_text(const struct parrot_tokens *tk, size_t at)
{
	size_t next = parrot_next_word(tk, at);
	const char *w = tk->t[at].norm, *n = parrot_next_norm(tk, at);

	if (next == 0 || tk->t[next].quoted)
		return NULL;
	if (strcmp(w, "don't") == 0 || strcmp(w, "dont") == 0)
		return parrot_words_is(PARROT_SUBJECT, n) &&
		    !parrot_dare(tk, next) ? NULL : xstrdup("we shouldn't");
	if (strcmp(w, "do") == 0 && strcmp(n, "not") == 0)
		return xstrdup("we should");
	if (parrot_words_is(PARROT_COMMAND_ADVERB, w) &&
	    parrot_command_verb(tk, next, 1))
		return xasprintf("we should %s", w);
	if (parrot_command_verb(tk, at, 0))
		return xasprintf("we should %s", w);
	return NULL;
}

/* "Don't you dare blame us": "you dare" goes with the "Don't" said back. */
static void
parrot_drop_dare(struct parrot_tokens *tk, size_t at)
{
	size_t you = parrot_next_word(tk, at), i;

	if (you == 0 || !parrot_dare(tk, you))
		return;
	/* "you", "dare" and the spaces after each */
	for (i = you; i < you + 4; i++)
		parrot_set(&tk->t[i], xstrdup(""));
}

/*
 * A command at the start of a sentence (word i) is said back as what the
 * listener should do: "Please don't blame us" -> "We shouldn't blame you".
 * "Thank you" is the speaker's own act: "You thank us". Returns 1 for a
 * command.
 */
static int
parrot_command(struct parrot_tokens *tk, size_t i)
{
	size_t at = i, next = parrot_next_word(tk, i);
	char *text;

	if (strcmp(tk->t[i].norm, "thank") == 0 && next != 0 &&
	    (strcmp(tk->t[next].norm, "you") == 0 ||
	    strcmp(tk->t[next].norm, "y'all") == 0)) {
		parrot_set(&tk->t[i], parrot_shape(&tk->t[i], "you thank",
		    parrot_cap(tk, i)));
		return 0;
	}
	if (strcmp(tk->t[i].norm, "please") == 0 && next != 0)
		at = next;
	if ((text = parrot_command_text(tk, at)) == NULL)
		return 0;
	parrot_set(&tk->t[at], parrot_shape(&tk->t[at], text,
	    parrot_cap(tk, i)));
	free(text);
	/* "Please" goes, and the space after it. */
	for (; i < at; i++)
		parrot_set(&tk->t[i], xstrdup(""));
	parrot_drop_dare(tk, at);
	return 1;
}

/*
 * Say back every command that starts a sentence; the tag of one that ends
 * the statement goes ("Send it, will you?").
 */
static void
parrot_commands(struct parrot_tokens *tk)
{
	size_t i;
	int last = 0;

	for (i = tk->first; i < tk->n; i++) {
		if (!tk->t[i].word || !parrot_sentence_start(tk, i))
			continue;
		last = 0;
		if (!tk->t[i].quoted && tk->t[i].out == NULL)
			last = parrot_command(tk, i);
	}
	if (last)
		parrot_drop_tail(tk, parrot_command_tails,
		    nitems(parrot_command_tails));
}

/* Reflect "you": subject or object, swallowing a plural "guys". */
static const char *
parrot_reflect_you(struct parrot_tokens *tk, size_t i,
    const struct parrot_reflection *rf)
{
	size_t next = parrot_next_word(tk, i), last = i;

	if (next != 0 && parrot_words_is(PARROT_PLURAL_YOU, tk->t[next].norm)) {
		parrot_set(&tk->t[i + 1], xstrdup(""));
		parrot_set(&tk->t[next], xstrdup(""));
		last = next;
	}
	return parrot_you_is_object(tk, i, last) ? rf->to_object : rf->to;
}

/* Reflect the point of view of every word, in one pass. */
static void
parrot_reflect(const struct parrot_rules *r, struct parrot_tokens *tk)
{
	const struct parrot_reflection *rf;
	const char *to;
	size_t i, k, next;

	for (i = tk->first; i < tk->n; i++) {
		if (!tk->t[i].word || tk->t[i].out != NULL || tk->t[i].quoted)
			continue;
		k = parrot_find_reflection(r, tk->t[i].norm);
		if (k == r->nreflections)
			continue;
		rf = &r->reflections[k];
		/* Unless every word is: "DON'T BLAME US", not "OUR US TEAM" */
		if (rf->flags & REFLECT_NOT_UPPER &&
		    parrot_shouted(&tk->t[i]) && (!tk->shouted ||
		    parrot_words_is(PARROT_DETERMINER, parrot_prev_word(tk, i))))
			continue;
		to = rf->to;
		if (rf->to_object != NULL)
			to = parrot_reflect_you(tk, i, rf);
		if (rf->flags & REFLECT_AGREE) {
			if ((next = parrot_next_word(tk, i)) != 0)
				parrot_agree(tk, next);
			if (parrot_prev(tk, i) != PARROT_NONE)
				parrot_agree(tk, i - 2);
		}
		tk->t[i].out = parrot_shape(&tk->t[i], to, parrot_cap(tk, i));
	}
}

/* The upper case of a lower-case letter, or cp itself. */
static unsigned int
parrot_upper(unsigned int cp)
{
	if (cp >= 'a' && cp <= 'z')
		return cp - 'a' + 'A';
	if (cp >= 0xe0 && cp <= 0xfe && cp != 0xf7)
		return cp - 0x20;
	/* Latin Extended-A pairs upper/lower, with a few odd ones out. */
	if (cp >= 0x100 && cp <= 0x17f && cp != 0x131 && cp != 0x138 &&
	    cp != 0x149 && cp != 0x17f) {
		if ((cp >= 0x139 && cp <= 0x148) ||
		    (cp >= 0x179 && cp <= 0x17e))
			return (cp & 1) ? cp : cp - 1;
		return (cp & 1) ? cp - 1 : cp;
	}
	if (cp >= 0x3b1 && cp <= 0x3c9 && cp != 0x3c2)
		return cp - 0x20;
	if (cp >= 0x430 && cp <= 0x44f)
		return cp - 0x20;
	if (cp >= 0x450 && cp <= 0x45f)
		return cp - 0x50;
	return cp;
}

/* The text a token stands for in the question, and its length. */
static const char *
parrot_text(const struct parrot_token *t, size_t *len)
{
	if (t->out == NULL) {
		*len = t->len;
		return t->s;
	}
	*len = strlen(t->out);
	return t->out;
}

/* Capitalise the first word, unless it is a name like "iPhone" or "eBay". */
static void
parrot_capitalise(struct parrot_tokens *tk)
{
	struct parrot_token *t;
	const char *s;
	char *out, buf[4];
	size_t i, k, len, n;
	unsigned int cp;

	for (i = tk->first; i < tk->n; i++) {
		parrot_text(&tk->t[i], &n);
		if (tk->t[i].word && n > 0)
			break;
	}
	if (i == tk->n)
		return;
	t = &tk->t[i];
	s = parrot_text(t, &n);
	len = utf8_decode(s, n, &cp);
	if (len == 0 || parrot_upper(cp) == cp)
		return;
	for (i = len; i < n; i++) {
		if (parrot_is_upper(s[i]))
			return;
	}
	k = utf8_encode(parrot_upper(cp), buf);
	out = xmalloc(k + n - len + 1);
	memcpy(out, buf, k);
	memcpy(out + k, s + len, n - len);
	out[k + n - len] = '\0';
	free(t->out);
	t->out = out;
}

/* Join the kept tokens and the question mark. */
static char *
parrot_join(const struct parrot_tokens *tk)
{
	size_t i, size = 2, len;
	const char *text;
	char *out, *p;

	for (i = tk->first; i < tk->n; i++) {
		parrot_text(&tk->t[i], &len);
		size += len;
	}
	p = out = xmalloc(size);
	for (i = tk->first; i < tk->n; i++) {
		text = parrot_text(&tk->t[i], &len);
		memcpy(p, text, len);
		p += len;
	}
	/* A team's reflection may end in its own '?': one is enough. */
	while (p > out && (p[-1] == '?' || p[-1] == ' '))
		p--;
	memcpy(p, "?", 2);
	return out;
}

/* Is the text shouted: letters, none of them lower-case ASCII? */
static int
parrot_all_upper(const char *s, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		letters += parrot_is_upper(s[i]);
	}
	return letters >= 2;
}

/* Parrot a statement back as a question. */
char *
parrot_question(const struct parrot_rules *rules, const char *statement)
{
	struct parrot_rules *own = NULL;
	struct parrot_tokens tk = { 0 };
	char *question = NULL;
	const char *s;
	size_t n, i;

	if (statement == NULL)
		return NULL;
	if (rules == NULL)
		rules = own = parrot_rules_new();
	s = parrot_trim(statement, &n);
	s = parrot_unquote(s, &n);
	parrot_tokenise(&tk, s, n);
	for (i = 0; i < tk.n && !tk.t[i].word; i++)
		;
	if (i == tk.n)
		goto out;
	tk.shouted = parrot_all_upper(s, n);
	parrot_tidy_end(&tk);
	parrot_mark_quotes(&tk);
	/* A statement of lead-ins only ("Well, honestly!") keeps its end. */
	if (!parrot_drop_lead_ins(rules, &tk))
		parrot_drop_tail(&tk, parrot_tails, nitems(parrot_tails));
	parrot_commands(&tk);
	parrot_reflect(rules, &tk);
	parrot_capitalise(&tk);
	question = parrot_join(&tk);
out:
	parrot_tokens_free(&tk);
	parrot_rules_free(own);
	return question;
}

/* Say why a statement has nothing to ask, or NULL when it has. */
const char *
parrot_why_nothing(const char *statement)
{
	size_t pos = 0, len, size;
	unsigned int cp;
	int marks = 0;

	if (statement == NULL)
		return "the statement is empty";
	size = strlen(statement);
	while ((len = utf8_decode(statement + pos, size - pos, &cp)) > 0) {
		if (parrot_is_word_cp(cp))
			return NULL;
		marks |= !parrot_is_space_cp(cp);
		pos += len;
	}
	return marks ? "the statement is only punctuation, with no word to "
	    "ask back" : "the statement is empty";
}

/* Add a lead-in with its comma rule. */
static void
parrot_add_lead_in(struct parrot_rules *r, const char *phrase, int need_comma)
{
	struct parrot_tokens tk = { 0 };
	struct parrot_lead_in *li;
	size_t i;

	parrot_tokenise(&tk, phrase, strlen(phrase));
	r->lead_ins = xreallocarray(r->lead_ins, r->nlead_ins + 1,
	    sizeof *r->lead_ins);
	li = &r->lead_ins[r->nlead_ins];
	li->words = xreallocarray(NULL, tk.n + 1, sizeof *li->words);
	li->nwords = 0;
	li->need_comma = need_comma;
	for (i = 0; i < tk.n; i++) {
		if (tk.t[i].word) {
			li->words[li->nwords++] = tk.t[i].norm;
			tk.t[i].norm = NULL;
		}
	}
	/* A phrase without a word would match nothing: forget it. */
	if (li->nwords == 0)
		free(li->words);
	else
		r->nlead_ins++;
	parrot_tokens_free(&tk);
}

/* Add or replace a reflection, keeping or setting its object form. */
static void
parrot_set_reflection(struct parrot_rules *r, const char *from,
    const char *to, const char *to_object, int flags)
{
	struct parrot_reflection *rf;
	char *norm;
	size_t n, i;

	from = parrot_trim(from, &n);
	norm = parrot_normalise(from, n);
	i = parrot_find_reflection(r, norm);
	if (i == r->nreflections) {
		r->reflections = xreallocarray(r->reflections,
		    r->nreflections + 1, sizeof *r->reflections);
		rf = &r->reflections[r->nreflections++];
		rf->from = norm;
	} else {
		rf = &r->reflections[i];
		free(norm);
		free(rf->to);
		free(rf->to_object);
	}
	rf->to = xstrdup(to);
	rf->to_object = xstrdup(to_object);
	rf->flags = flags;
}

/* Create the built-in rules. */
struct parrot_rules *
parrot_rules_new(void)
{
	struct parrot_rules *r = xcalloc(1, sizeof *r);
	size_t i;

	for (i = 0; i < nitems(parrot_default_lead_ins); i++) {
		parrot_add_lead_in(r, parrot_default_lead_ins[i].phrase,
		    parrot_default_lead_ins[i].need_comma);
	}
	for (i = 0; i < nitems(parrot_default_reflections); i++) {
		parrot_set_reflection(r, parrot_default_reflections[i].from,
		    parrot_default_reflections[i].to,
		    parrot_default_reflections[i].to_object,
		    parrot_default_reflections[i].flags);
	}
	return r;
}

/* Free the rules. */
void
parrot_rules_free(struct parrot_rules *r)
{
	size_t i, j;

	if (r == NULL)
		return;
	for (i = 0; i < r->nlead_ins; i++) {
		for (j = 0; j < r->lead_ins[i].nwords; j++)
			free(r->lead_ins[i].words[j]);
		free(r->lead_ins[i].words);
	}
	for (i = 0; i < r->nreflections; i++) {
		free(r->reflections[i].from);
		free(r->reflections[i].to);
		free(r->reflections[i].to_object);
	}
	free(r->lead_ins);
	free(r->reflections);
	free(r);
}

/*
 * Add a lead-in. The comma after it is optional in the statement, whether
 * or not the phrase is written with one.
 */
void
parrot_rules_add_lead_in(struct parrot_rules *r, const char *lead_in)
{
	if (r != NULL && lead_in != NULL)
		parrot_add_lead_in(r, lead_in, 0);
}

/*
 * Add or replace a reflection of one word. A replaced built-in loses its
 * grammar (subject/object "you", "I am" agreement): the word simply becomes
 * to, shaped to the case it was typed in.
 */
void
parrot_rules_add_reflection(struct parrot_rules *r, const char *from,
    const char *to)
{
	size_t n;

	if (r == NULL || from == NULL || to == NULL)
		return;
	parrot_trim(from, &n);
	if (n > 0)
		parrot_set_reflection(r, from, to, NULL, 0);
}
