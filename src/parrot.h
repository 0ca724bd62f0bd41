/* parrot.h: turn a statement said in the room into a clarifying question. */
#ifndef PARLEY_PARROT_H
#define PARLEY_PARROT_H

#include <stddef.h>

struct parrot_rules;

/* The built-in lead-ins and reflections. Caller frees with parrot_rules_free. */
struct parrot_rules *parrot_rules_new(void);
void parrot_rules_free(struct parrot_rules *r); /* NULL is a no-op */
/* Add a lead-in to drop, such as "To be fair," (a trailing comma optional). */
void parrot_rules_add_lead_in(struct parrot_rules *r, const char *lead_in);
/* Add or replace a reflection: the word from becomes to. */
void parrot_rules_add_reflection(struct parrot_rules *r, const char *from,
    const char *to);

/*
 * The statement parroted back as a question: lead-ins and end fillers
 * dropped, a command said back as what the listener should do, point of
 * view reflected outside quotes, end punctuation replaced by one "?", first
 * letter capitalised. rules NULL means the built-in rules. Returns a new
 * string (caller frees), or NULL when nothing is left to ask (empty or
 * punctuation only; parrot_why_nothing says which).
 */
char *parrot_question(const struct parrot_rules *rules, const char *statement);

/*
 * Why parrot_question has nothing to ask of statement (NULL included), as
 * a phrase such as "the statement is empty"; NULL when it has. Static text.
 */
const char *parrot_why_nothing(const char *statement);

#endif
