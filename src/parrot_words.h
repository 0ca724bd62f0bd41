/* parrot_words.h: the English word classes the parroting engine reads. */
#ifndef PARLEY_PARROT_WORDS_H
#define PARLEY_PARROT_WORDS_H

/*
 * What a word says about the words around it. The classes serve parrot.c,
 * which decides by position first and asks these only about the words
 * next to a "you" or at the start of a sentence.
 */
enum parrot_class {
	PARROT_PREPOSITION,	/* "for you": an object */
	PARROT_AUXILIARY,	/* "are you", "don't you": a subject */
	PARROT_AUX_AFTER,	/* "you will", "you were": a subject */
	PARROT_PRONOUN,		/* "everything you": a clause begins */
	PARROT_DETERMINER,	/* "the email you": a noun, a clause begins */
	PARROT_OBJECT_VERB,	/* "told you": an object, whatever follows */
	PARROT_CLAUSE_VERB,	/* "think you": a clause begins */
	PARROT_SAYING_VERB,	/* "like you said": "like" joins a clause */
	PARROT_BEFORE_BASE,	/* "we hand you": a verb in its base form */
	PARROT_BEFORE_THIRD,	/* "Dana hands you": a verb in -s */
	PARROT_BEFORE_ANY,	/* "never hand you": a verb in any form */
	PARROT_SUBJECT,		/* "you", "we": "Do you" is no command */
	PARROT_FINITE,		/* "Trust is": the first word was a noun */
	PARROT_COMMAND,		/* "Send the list": a command */
	PARROT_NOUN_COMMAND,	/* "Call us", but "Call volume is down" */
	PARROT_COMMAND_ADVERB,	/* "Just send": the command follows */
	PARROT_OBJECT_START,	/* "the", "us", "more": an object begins */
	PARROT_PLURAL_YOU,	/* "you guys": only makes "you" plural */
};

/* Is the normalised word (lower-case, ' for U+2019) in the class? */
int parrot_words_is(enum parrot_class c, const char *word);

/*
 * As parrot_words_is, also for the verb's forms in -s, -es, -ies, -d, -ed
 * and -ied ("hands", "passes", "copies", "noticed", "handed", "worried").
 */
int parrot_words_verb(enum parrot_class c, const char *word);

#endif
