/* parrot_words.c: the English word classes the parroting engine reads. */

#include <string.h>

#include "parrot_words.h"

#define nitems(a) (sizeof (a) / sizeof (a)[0])

static const char *const prepositions[] = {
	"to", "from", "for", "with", "at", "about", "by", "of", "on", "in",
	"into", "onto", "without", "against", "toward", "towards", "behind",
	"around", "over", "under", "between", "among", "through", "upon",
	"beside", "besides", "near", "off", "via", "beyond", "despite",
	"except", "unlike", "within", "across",
	/* and "be" before its complement: "It's you who", "Is it you" */
	"is", "was", "isn't", "wasn't", "it's", "that's", "it",
	/* and a contrast: "Not you again" */
	"not",
};

static const char *const auxiliaries[] = {
	"are", "aren't", "were", "weren't", "do", "don't", "did", "didn't",
	"does", "doesn't", "can", "can't", "cannot", "could", "couldn't",
	"will", "won't", "would", "wouldn't", "should", "shouldn't", "shall",
	"have", "haven't", "has", "hasn't", "had", "hadn't", "must",
	"mustn't", "may", "might",
};

/*
 * A verb after "you" that only a subject can have. Not "do" or "have":
 * "help you do it", "let you have it" keep "you" an object.
 */
static const char *const aux_after[] = {
	"are", "aren't", "were", "weren't", "will", "won't", "would",
	"wouldn't", "can", "can't", "cannot", "could", "couldn't", "should",
	"shouldn't", "shall", "must", "might", "may", "did", "didn't",
	"don't", "doesn't", "haven't", "hadn't", "had", "is", "isn't", "was",
	"wasn't",
};

static const char *const pronouns[] = {
	"everything", "anything", "something", "nothing", "everyone",
	"anyone", "someone", "everybody", "anybody", "somebody", "nobody",
	"all",
};

static const char *const determiners[] = {
	"the", "a", "an", "this", "that", "these", "those", "every", "each",
	"any", "some", "no", "our", "your", "my", "their", "his", "her",
	"its", "which", "whose",
};

/* Verbs whose "you" is their object, whatever follows it. */
static const char *const object_verbs[] = {
	"give", "gave", "given", "tell", "told", "send", "sent", "ask",
	"thank", "thanks", "show", "shown", "call", "hand", "pass", "beg",
	"train", "help", "get", "got", "gotten", "let", "make", "made", "pay",
	"paid", "see", "saw", "seen", "need", "want", "expect", "blame",
	"trust", "email", "ping", "invite", "include", "keep", "kept",
	"meet", "met", "remind", "owe", "hold", "held", "support", "join",
	"contact", "follow", "bother", "warn", "brief", "cc", "cc'd", "copy",
	"loop", "bring", "brought", "sell", "sold", "teach", "taught",
	"leave", "left", "build", "built", "write", "wrote", "written",
	"throw", "threw", "thrown", "buy", "bought", "find", "found", "lose",
	"lost", "feed", "fed", "put", "drop", "push", "chase", "hit", "cut",
	"promise", "offer", "forward", "text", "message", "ignore", "treat",
	"pressure", "force", "rush", "ghost", "notify", "update", "tag",
	"cost", "charge", "catch", "caught", "hire", "serve", "book",
	"schedule", "pitch", "sign", "set", "add", "remove", "mail", "beat",
	"invoice", "quote", "nag", "annoy", "thrill", "impress", "disappoint",
};

/* Verbs after which "you" begins a clause: "We think you never call". */
static const char *const clause_verbs[] = {
	"think", "thought", "know", "knew", "known", "feel", "felt", "hope",
	"bet", "guess", "say", "said", "wish", "suppose", "assume", "figure",
	"notice", "realize", "realise", "mean", "meant", "doubt", "worry",
	"suspect", "fear", "believe", "understand", "understood", "glad",
	"sure", "afraid", "surprise", "disappoint", "shock", "amaze",
	"convince", "pretend", "decide", "agree", "admit", "forget",
	"forgot", "remember", "imagine", "swear", "swore", "predict", "proud",
	"sorry", "aware", "happy", "sad",
};

/* After "like you": "like you said" is a clause, "like you" an object. */
static const char *const saying_verbs[] = {
	"say", "said", "do", "did", "ask", "promise", "want", "think",
	"thought", "know", "knew", "mean", "meant", "tell", "told", "claim",
	"suggest", "put", "mention", "explain", "write", "wrote", "describe",
};

/* Words after which a verb in its base form comes: "we hand", "to hand". */
/* Not "you", which is as often an object: "gave you what you wanted". */
static const char *const before_base[] = {
	"i", "we", "they", "to", "will", "would", "can", "could",
	"should", "must", "might", "may", "shall", "don't", "didn't", "won't",
	"can't", "cannot", "couldn't", "wouldn't", "shouldn't", "i'll",
	"we'll", "they'll", "you'll", "i'd", "we'd", "they'd", "you'd",
	"let's", "y'all",
};

/* Words after which a verb in -s comes: "Dana hands", "nobody hands". */
static const char *const before_third[] = {
	"he", "she", "it", "who", "nobody", "everyone", "someone",
	"everybody", "somebody", "anybody", "anyone", "sales", "marketing",
	"that", "which",
};

/* Adverbs before a verb: "we never hand you". */
static const char *const before_any[] = {
	"never", "always", "just", "also", "still", "even", "only",
	"really", "already", "often", "rarely", "constantly", "literally",
	"ever", "actually", "finally", "sometimes", "usually", "barely",
};

/* Not "it": "Do it yourself" is a command, never a question. */
static const char *const subjects[] = {
	"i", "you", "we", "they", "y'all",
};

static const char *const finite[] = {
	"is", "are", "was", "were", "has", "have", "had", "'s", "will",
	"would", "can", "could", "should", "does", "did", "do", "don't",
	"doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
	"won't", "can't", "must", "may", "might", "hasn't", "haven't",
};

/* Verbs that are hardly ever a noun first in a sentence. */
static const char *const commands[] = {
	"send", "give", "tell", "ask", "fix", "get", "make", "bring",
	"qualify", "quit", "keep", "take", "put", "go", "come", "let", "do",
	"be", "try", "think", "forget", "learn", "follow", "include", "sell",
	"teach", "prioritize", "prioritise", "respond", "explain", "define",
	"agree", "deliver", "chase", "admit", "accept", "ignore", "join",
	"listen", "remind", "speak", "throw", "warn", "write", "stop",
	"blame", "stick", "calm", "prove", "promise",
};

/* Verbs that are nouns too: "Call us" but "Call volume", "Talk tracks". */
static const char *const noun_commands[] = {
	"call", "email", "look", "work", "help", "check", "update", "review",
	"focus", "answer", "reply", "use", "trust", "start", "close", "ping",
	"support", "test", "track", "pitch", "demo", "report", "plan",
	"target", "market", "list", "price", "share", "run", "set", "book",
	"schedule", "change", "watch", "text", "message", "contact", "copy",
	"brief", "nurture", "score", "route", "drive", "build", "push",
	"discount", "show", "talk", "wait", "pay", "hire", "move", "pick",
	"cut", "skip", "hand", "pass", "leave", "train", "spend", "meet",
	"stay", "invite", "read", "loop", "drop", "note", "cc", "own",
};

static const char *const command_adverbs[] = {
	"just", "always", "never", "really", "simply",
};

/* Words that begin the object of a command: "Send us", "Call the". */
static const char *const object_starts[] = {
	"the", "a", "an", "us", "me", "them", "him", "her", "it", "this",
	"that", "these", "those", "your", "our", "my", "their", "his", "its",
	"yourself", "yourselves", "ourselves", "myself", "themselves",
	"something", "anything", "everything", "nothing", "someone",
	"anyone", "everyone", "somebody", "anybody", "everybody", "all",
	"some", "any", "every", "each", "more", "less", "fewer", "both", "up",
	"out", "back", "down", "off", "over", "away", "on", "in", "at", "to",
	"with", "about", "for", "from", "by", "into", "what", "how", "why",
	"when", "whether", "if", "again", "first", "before", "after",
	"faster", "sooner", "better", "now", "today", "tomorrow", "twice",
	"once", "one", "two", "three", "without",
};

static const char *const plural_you[] = {
	"guys", "folks", "people", "lot",
};

/* One class: its words and how many. */
static const struct {
	const char *const	*words;
	size_t			 n;
} parrot_classes[] = {
	[PARROT_PREPOSITION] = { prepositions, nitems(prepositions) },
	[PARROT_AUXILIARY] = { auxiliaries, nitems(auxiliaries) },
	[PARROT_AUX_AFTER] = { aux_after, nitems(aux_after) },
	[PARROT_PRONOUN] = { pronouns, nitems(pronouns) },
	[PARROT_DETERMINER] = { determiners, nitems(determiners) },
	[PARROT_OBJECT_VERB] = { object_verbs, nitems(object_verbs) },
	[PARROT_CLAUSE_VERB] = { clause_verbs, nitems(clause_verbs) },
	[PARROT_SAYING_VERB] = { saying_verbs, nitems(saying_verbs) },
	[PARROT_BEFORE_BASE] = { before_base, nitems(before_base) },
	[PARROT_BEFORE_THIRD] = { before_third, nitems(before_third) },
	[PARROT_BEFORE_ANY] = { before_any, nitems(before_any) },
	[PARROT_SUBJECT] = { subjects, nitems(subjects) },
	[PARROT_FINITE] = { finite, nitems(finite) },
	[PARROT_COMMAND] = { commands, nitems(commands) },
	[PARROT_NOUN_COMMAND] = { noun_commands, nitems(noun_commands) },
	[PARROT_COMMAND_ADVERB] = { command_adverbs, nitems(command_adverbs) },
	[PARROT_OBJECT_START] = { object_starts, nitems(object_starts) },
	[PARROT_PLURAL_YOU] = { plural_you, nitems(plural_you) },
};

/* Is the word in the class? */
int
parrot_words_is(enum parrot_class c, const char *word)
{
	size_t i;

	if (word == NULL)
		return 0;
	for (i = 0; i < parrot_classes[c].n; i++) {
		if (strcmp(word, parrot_classes[c].words[i]) == 0)
			return 1;
	}
	return 0;
}

/* Is word[0..len) followed by tail in the class? */
static int
parrot_words_stem(enum parrot_class c, const char *word, size_t len,
    const char *tail)
{
	char buf[64];
	size_t k = strlen(tail);

	if (len < 2 || len + k >= sizeof buf)
		return 0;
	memcpy(buf, word, len);
	memcpy(buf + len, tail, k + 1);
	return parrot_words_is(c, buf);
}

/* Does word end with suffix, leaving at least two letters before it? */
static int
parrot_words_ends(const char *word, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k + 2 && strcmp(word + n - k, suffix) == 0;
}

/* Is the word, or the verb it is a form of, in the class? */
int
parrot_words_verb(enum parrot_class c, const char *word)
{
	size_t n;

	if (word == NULL)
		return 0;
	if (parrot_words_is(c, word))
		return 1;
	n = strlen(word);
	/* "copies", "worried" -> copy, worry */
	if ((parrot_words_ends(word, n, "ies") ||
	    parrot_words_ends(word, n, "ied")) &&
	    parrot_words_stem(c, word, n - 3, "y"))
		return 1;
	/* "passes" -> pass; "hands" -> hand, but not "pass" -> pas */
	if (parrot_words_ends(word, n, "es") &&
	    parrot_words_stem(c, word, n - 2, ""))
		return 1;
	if (parrot_words_ends(word, n, "s") && word[n - 2] != 's' &&
	    parrot_words_stem(c, word, n - 1, ""))
		return 1;
	if (!parrot_words_ends(word, n, "ed"))
		return 0;
	/* "handed" -> hand, "noticed" -> notice, "begged" -> beg */
	return parrot_words_stem(c, word, n - 2, "") ||
	    parrot_words_stem(c, word, n - 1, "") ||
	    (word[n - 3] == word[n - 4] &&
	    parrot_words_stem(c, word, n - 3, ""));
}
