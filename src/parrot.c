/* parrot.c: turn a statement said in the room into a calm question. */

#include <stdlib.h>
#include <string.h>

#include "parrot.h"
#include "util.h"

/*
 * The statement is cut into tokens that alternate between words and the
 * gaps between them (spaces, punctuation). Lead-ins are dropped from the
 * front by whole words, then every word is looked up once in the reflection
 * table; decisions look at the original words only, so "you" -> "we" and
 * "we" -> "you" never undo each other.
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
};

struct parrot_tokens {
	struct parrot_token	*t;
	size_t			 n;
	size_t			 first;	/* the first token after the lead-ins */
};

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
	{ "you know", 1 }, { "you see", 1 },
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

/* "you" after one of these is an object: "from you" -> "from us". */
static const char *const parrot_object_words[] = {
	"to", "from", "for", "with", "at", "about", "by", "of", "on", "in",
	"into", "onto", "without", "against", "toward", "towards", "behind",
	"around", "over", "under", "between", "among", "through", "upon",
	"beside", "besides", "near", "off", "via", "give", "gave", "given",
	"gives", "giving", "tell", "told", "tells", "telling", "send", "sent",
	"sends", "sending", "help", "helped", "helps", "helping", "ask",
	"asked", "asks", "asking", "get", "got", "gets", "getting", "thank",
	"thanks", "thanked", "show", "showed", "shown", "shows", "call",
	"called", "calls", "calling", "need", "needs", "needed", "trust",
	"trusted", "hear", "heard", "pay", "paid", "pays", "see", "saw",
	"seen", "let", "lets", "make", "made", "makes", "blame", "blamed",
	"blames", "expect", "expected", "want", "wanted", "wants", "email",
	"emailed", "ping", "pinged", "invite", "invited", "include",
	"included", "keep", "kept", "meet", "met", "remind", "reminded",
	"owe", "owed", "hold", "held", "support", "supported", "join",
	"joined", "contact", "contacted", "follow", "followed", "bother",
	"bothered", "understand", "understood", "believe", "believed",
	"warn", "warned", "brief", "briefed", "cc", "cc'd", "copy", "copied",
	"loop", "looped",
};

/*
 * "you" after one of these at the end of a clause is still the subject:
 * "Are you?" -> "Are we?". ("than", "like", "before"... need no table: they
 * make an object only at the end of a clause, which the general rule says.)
 */
static const char *const parrot_auxiliary_words[] = {
	"are", "aren't", "were", "weren't", "do", "don't", "did", "didn't",
	"does", "doesn't", "can", "can't", "cannot", "could", "couldn't",
	"will", "won't", "would", "wouldn't", "should", "shouldn't", "shall",
	"have", "haven't", "has", "hasn't", "had", "hadn't", "must", "may",
	"might",
};

/* After a reflected "I" the verb agrees: "I was" -> "you were". */
static const struct {
	const char	*from;
	const char	*to;
} parrot_agreements[] = {
	{ "am", "are" }, { "was", "were" }, { "wasn't", "weren't" },
};

/* Words that only make "you" plural: "you guys call" -> "we call". */
static const char *const parrot_plural_you[] = {
	"guys", "folks", "people", "lot",
};

#define nitems(a) (sizeof (a) / sizeof (a)[0])

/* Is the normalised word in a table of words? */
static int
parrot_in(const char *word, const char *const *table, size_t n)
{
	size_t i;

	if (word == NULL)
		return 0;
	for (i = 0; i < n; i++) {
		if (strcmp(word, table[i]) == 0)
			return 1;
	}
	return 0;
}

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

	tk->t = xreallocarray(tk->t, tk->n + 1, sizeof *tk->t);
	t = &tk->t[tk->n++];
	t->s = s;
	t->len = len;
	t->word = word;
	t->norm = word ? parrot_normalise(s, len) : NULL;
	t->out = NULL;
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

/* Find the statement between leading space and trailing punctuation. */
static const char *
parrot_trim(const char *s, size_t *n)
{
	size_t pos = 0, end = 0, len, size = strlen(s);
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
 * but a statement made only of lead-ins ("Well, honestly!") is kept whole.
 */
static void
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
			break;
		}
		tk->first = best;
	}
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

/* The word before word i when only space parts them, or NULL. */
static const char *
parrot_prev_word(const struct parrot_tokens *tk, size_t i)
{
	if (i < tk->first + 2 || parrot_gap_has(&tk->t[i - 1], NULL, 0))
		return NULL;
	return tk->t[i - 2].norm;
}

/* The index of the word after word i when only space parts them, or 0. */
static size_t
parrot_next_word(const struct parrot_tokens *tk, size_t i)
{
	if (i + 2 >= tk->n || parrot_gap_has(&tk->t[i + 1], NULL, 0))
		return 0;
	return i + 2;
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

/* Is the word after token last a verb that needs a subject? */
static int
parrot_before_verb(const struct parrot_tokens *tk, size_t last)
{
	static const char *const verbs[] = { "is", "was", "wasn't", "isn't" };
	size_t next = parrot_next_word(tk, last);

	if (next == 0)
		return 0;
	return parrot_in(tk->t[next].norm, parrot_auxiliary_words,
	    nitems(parrot_auxiliary_words)) ||
	    parrot_in(tk->t[next].norm, verbs, nitems(verbs));
}

/* Is "you" (words i to last) an object rather than the subject? */
static int
parrot_you_is_object(const struct parrot_tokens *tk, size_t i, size_t last)
{
	const char *prev = parrot_prev_word(tk, i);

	if (parrot_sentence_start(tk, i))
		return 0;
	if (parrot_in(prev, parrot_object_words, nitems(parrot_object_words)))
		return 1;
	if (parrot_in(prev, parrot_auxiliary_words,
	    nitems(parrot_auxiliary_words)))
		return 0;
	/*
	 * After a verb in -ing: "chasing you for updates". Unless a verb
	 * follows, which makes "you" a clause's subject: "assuming you are".
	 */
	if (parrot_ends_with(prev, "ing") && !parrot_before_verb(tk, last))
		return 1;
	/* At the end of a clause: "than you." or "between them and you,". */
	return last + 1 >= tk->n || parrot_gap_has(&tk->t[last + 1], NULL, 0);
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
 * The replacement shaped like the word it replaces: in capitals if that was
 * ("YOUR" -> "OUR"), capitalised only where a sentence starts (a capital
 * elsewhere is grammar, as "I", or a name, and says nothing of the
 * replacement), with the apostrophe typed.
 */
static char *
parrot_shape(const struct parrot_token *t, const char *to, int start)
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
		    (p == out && start && parrot_is_upper(t->s[0]))))
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
			    parrot_agreements[k].to,
			    parrot_sentence_start(tk, j));
			return;
		}
	}
}

/* Reflect "you": subject or object, swallowing a plural "guys". */
static const char *
parrot_reflect_you(struct parrot_tokens *tk, size_t i,
    const struct parrot_reflection *rf)
{
	size_t next = parrot_next_word(tk, i), last = i;

	if (next != 0 && parrot_in(tk->t[next].norm, parrot_plural_you,
	    nitems(parrot_plural_you))) {
		free(tk->t[i + 1].out);
		tk->t[i + 1].out = xstrdup("");
		free(tk->t[next].out);
		tk->t[next].out = xstrdup("");
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
		if (!tk->t[i].word || tk->t[i].out != NULL)
			continue;
		k = parrot_find_reflection(r, tk->t[i].norm);
		if (k == r->nreflections)
			continue;
		rf = &r->reflections[k];
		if (rf->flags & REFLECT_NOT_UPPER && parrot_shouted(&tk->t[i]))
			continue;
		to = rf->to;
		if (rf->to_object != NULL)
			to = parrot_reflect_you(tk, i, rf);
		if (rf->flags & REFLECT_AGREE) {
			if ((next = parrot_next_word(tk, i)) != 0)
				parrot_agree(tk, next);
			if (parrot_prev_word(tk, i) != NULL)
				parrot_agree(tk, i - 2);
		}
		tk->t[i].out = parrot_shape(&tk->t[i], to,
		    parrot_sentence_start(tk, i));
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

	for (i = tk->first; i < tk->n && !tk->t[i].word; i++)
		;
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
	memcpy(p, "?", 2);
	return out;
}

/* Parrot a statement back as a question. */
char *
parrot_question(const struct parrot_rules *rules, const char *statement)
{
	struct parrot_rules *own = NULL;
	struct parrot_tokens tk = { NULL, 0, 0 };
	char *question = NULL;
	const char *s;
	size_t n, i;

	if (statement == NULL)
		return NULL;
	if (rules == NULL)
		rules = own = parrot_rules_new();
	s = parrot_trim(statement, &n);
	parrot_tokenise(&tk, s, n);
	for (i = 0; i < tk.n && !tk.t[i].word; i++)
		;
	if (i == tk.n)
		goto out;
	parrot_drop_lead_ins(rules, &tk);
	parrot_reflect(rules, &tk);
	parrot_capitalise(&tk);
	question = parrot_join(&tk);
out:
	parrot_tokens_free(&tk);
	parrot_rules_free(own);
	return question;
}

/* Add a lead-in with its comma rule. */
static void
parrot_add_lead_in(struct parrot_rules *r, const char *phrase, int need_comma)
{
	struct parrot_tokens tk = { NULL, 0, 0 };
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
