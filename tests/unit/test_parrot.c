/* test_parrot.c: unit tests for parroting a statement back as a question. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "parrot.h"

/* "The leads are too poor!" in Chinese, with a full-width "!". */
#define CJK \
	"\xe7\xba\xbf\xe7\xb4\xa2\xe8\xb4\xa8\xe9\x87\x8f\xe5\xa4\xaa" \
	"\xe5\xb7\xae\xe4\xba\x86"
#define CJK_SAID CJK "\xef\xbc\x81"
#define CJK_ASKED CJK "?"
/* "leads are bad" in Russian: lower-case Cyrillic is capitalised. */
#define RU_SAID "\xd0\xbb\xd0\xb8\xd0\xb4\xd1\x8b " \
	"\xd0\xbf\xd0\xbb\xd0\xbe\xd1\x85\xd0\xb8\xd0\xb5!"
#define RU_ASKED "\xd0\x9b\xd0\xb8\xd0\xb4\xd1\x8b " \
	"\xd0\xbf\xd0\xbb\xd0\xbe\xd1\x85\xd0\xb8\xd0\xb5?"

struct parrot_case {
	const char *said;
	const char *want; /* NULL: nothing to ask */
};

static const struct parrot_case parrot_cases[] = {
	/* The examples of SPEC §1 and issue 3. */
	{ "But, they weren't qualified.", "They weren't qualified?" },
	{ "Your leads are junk!", "Our leads are junk?" },
	/* "you" after a verb in -ing is its object, unless a verb follows. */
	{ "Well, I'm tired of chasing you for updates.",
	  "You're tired of chasing us for updates?" },
	{ "We keep emailing you and nothing happens",
	  "You keep emailing us and nothing happens?" },
	{ "Assuming you are right, the leads are bad",
	  "Assuming we are right, the leads are bad?" },
	{ "We never get anything from you.",
	    "You never get anything from us?" },
	{ "I'm tired of chasing tire-kickers.",
	    "You're tired of chasing tire-kickers?" },
	{ "You don't understand our customers.",
	    "We don't understand your customers?" },
	{ "Marketing is out of touch with the customer and doesn't understand "
	    "their needs.", "Marketing is out of touch with the customer and "
	    "doesn't understand their needs?" },
	{ "We waste money on the same old message!!!",
	    "You waste money on the same old message?" },
	{ "I was never told about the webinar.",
	    "You were never told about the webinar?" },
	{ "These leads aren't good. You can't close.",
	    "These leads aren't good. We can't close?" },

	/* Lead-ins, with and without a comma, several in a row. */
	{ "But they weren't qualified", "They weren't qualified?" },
	{ "Well, honestly, the leads are cold.", "The leads are cold?" },
	{ "Look, nobody reads the newsletter.",
	    "Nobody reads the newsletter?" },
	{ "Look at the numbers.", "Look at the numbers?" },
	{ "So many leads are junk.", "So many leads are junk?" },
	{ "So, the leads are junk.", "The leads are junk?" },
	{ "No one calls them back.", "No one calls them back?" },
	{ "I mean, nobody called them back.", "Nobody called them back?" },
	{ "Yeah, but the demo was late.", "The demo was late?" },
	{ "Yeah but the demo was late", "The demo was late?" },
	{ "To be honest, my team never sees the leads.",
	    "Your team never sees the leads?" },
	{ "Um, uh, we never got the list.", "You never got the list?" },
	{ "OK, so, listen, the webinar flopped.", "The webinar flopped?" },
	{ "HONESTLY, the leads are junk", "The leads are junk?" },
	{ "And you never call back.", "We never call back?" },
	{ "Well\xe2\x80\xa6 they weren't qualified",
	    "They weren't qualified?" },
	{ "Frankly - the list is old.", "The list is old?" },
	{ "With all due respect, your data is wrong.",
	    "Our data is wrong?" },
	{ "But!", "But?" },
	{ "Honestly.", "Honestly?" },
	{ "Well, honestly!", "Well, honestly?" },
	{ "Well, well, well...", "Well, well, well?" },
	{ "So?", "So?" },

	/* End punctuation and space, however much. */
	{ "They weren't qualified?!", "They weren't qualified?" },
	{ "They weren't qualified...", "They weren't qualified?" },
	{ "They weren't qualified\xe2\x80\xa6", "They weren't qualified?" },
	{ "  they weren't qualified .  ", "They weren't qualified?" },
	{ "nobody follows up", "Nobody follows up?" },
	{ "Why? Because nobody follows up.",
	    "Why? Because nobody follows up?" },

	/* Contractions. */
	{ "I've asked twice.", "You've asked twice?" },
	{ "I'd call them if I had time.", "You'd call them if you had time?" },
	{ "I'll believe it when I see it.",
	    "You'll believe it when you see it?" },
	{ "We're always the last to know.", "You're always the last to know?" },
	{ "We've never seen a brief.", "You've never seen a brief?" },
	{ "We'd close more with better leads.",
	    "You'd close more with better leads?" },
	{ "We'll miss the quarter.", "You'll miss the quarter?" },
	{ "You're never at the pipeline review.",
	    "We're never at the pipeline review?" },
	{ "You've ignored the feedback.", "We've ignored the feedback?" },
	{ "You'd know if you asked.", "We'd know if we asked?" },
	{ "You'll blame the reps anyway.", "We'll blame the reps anyway?" },

	/* Typographic apostrophes are kept as typed. */
	{ "I\xe2\x80\x99m tired of this.", "You\xe2\x80\x99re tired of this?" },
	{ "You\xe2\x80\x99re not listening to us.",
	    "We\xe2\x80\x99re not listening to you?" },
	{ "We\xe2\x80\x99ve told you twice.",
	    "You\xe2\x80\x99ve told us twice?" },
	{ "They weren\xe2\x80\x99t qualified.",
	    "They weren\xe2\x80\x99t qualified?" },

	/* Verb agreement with a reflected "I". */
	{ "Why am I always blamed?", "Why are you always blamed?" },
	{ "Was I supposed to guess?", "Were you supposed to guess?" },
	{ "I wasn't invited.", "You weren't invited?" },
	{ "I am not a mind reader.", "You are not a mind reader?" },
	{ "Nobody knows what I do.", "Nobody knows what you do?" },
	{ "The demo failed. I left.", "The demo failed. You left?" },
	{ "i was never asked", "You were never asked?" },

	/* "you" as subject or object, singular and plural. */
	{ "Thank you for nothing.", "Thank us for nothing?" },
	{ "We need you to send better leads.",
	    "You need us to send better leads?" },
	{ "Can you send the list?", "Can we send the list?" },
	{ "Are you?", "Are we?" },
	{ "It's not about you.", "It's not about us?" },
	{ "We did more for you than anyone.",
	    "You did more for us than anyone?" },
	{ "They trust you more than us.", "They trust us more than you?" },
	{ "They close faster than you.", "They close faster than us?" },
	{ "They close faster than you do.", "They close faster than we do?" },
	{ "Like you said, the list is old.", "Like we said, the list is old?" },
	{ "None of you showed up.", "None of us showed up?" },
	{ "If you read the notes, you'd know.",
	    "If we read the notes, we'd know?" },
	{ "When you send junk, we waste time.",
	    "When we send junk, you waste time?" },
	{ "Between you and me, the list is old.",
	    "Between us and you, the list is old?" },
	{ "You guys never call back.", "We never call back?" },
	{ "We never hear from you guys.", "You never hear from us?" },
	{ "You all ignore the data.", "We all ignore the data?" },
	{ "Y'all never call.", "We never call?" },

	/* Possessives and reflexives. */
	{ "Your team and my team disagree.",
	    "Our team and your team disagree?" },
	{ "That's yours, not mine.", "That's ours, not yours?" },
	{ "Do it yourself.", "Do it ourselves?" },
	{ "You did this to yourselves.", "We did this to ourselves?" },
	{ "We blame ourselves.", "You blame yourselves?" },
	{ "Our leads, our rules.", "Your leads, your rules?" },
	{ "Nobody asked me.", "Nobody asked you?" },
	{ "I did it myself.", "You did it yourself?" },
	{ "The credit is ours.", "The credit is yours?" },

	/* Upper-case words keep their case. */
	{ "YOUR LEADS ARE JUNK!", "OUR LEADS ARE JUNK?" },
	{ "The lead list is YOURS.", "The lead list is OURS?" },
	{ "I HATE cold calls", "You HATE cold calls?" },
	{ "I'M DONE", "YOU'RE DONE?" },
	{ "Our US customers hate it", "Your US customers hate it?" },
	{ "Nobody told us.", "Nobody told you?" },

	/* Names, numbers and brands are left alone. */
	{ "Dana said 30% of MQLs were junk",
	    "Dana said 30% of MQLs were junk?" },
	{ "Q3 pipeline is down 12.5% vs Q2.",
	    "Q3 pipeline is down 12.5% vs Q2?" },
	{ "iPhone leads never convert.", "iPhone leads never convert?" },
	{ "email me@acme.com", "Email me@acme.com?" },
	{ "Sales calls them \xe2\x80\x9cjunk\xe2\x80\x9d",
	    "Sales calls them \xe2\x80\x9cjunk\xe2\x80\x9d?" },
	{ "\xe2\x80\x9cYou never call,\xe2\x80\x9d they said.",
	    "\xe2\x80\x9cWe never call,\xe2\x80\x9d they said?" },

	/* Other languages and scripts. */
	{ "\xc3\x89lodie says the leads are bad!",
	    "\xc3\x89lodie says the leads are bad?" },
	{ "\xc3\xa9lodie says the leads are bad",
	    "\xc3\x89lodie says the leads are bad?" },
	{ "\xc3\xa7" "a ne marche pas", "\xc3\x87" "a ne marche pas?" },
	{ "Les leads sont mauvais.", "Les leads sont mauvais?" },
	{ "\xc3\x9c" "ber-qualified leads, my foot",
	    "\xc3\x9c" "ber-qualified leads, your foot?" },
	{ CJK_SAID, CJK_ASKED },
	{ RU_SAID, RU_ASKED },

	/* Nothing left to ask. */
	{ "", NULL },
	{ "   \t ", NULL },
	{ "?!...", NULL },
	{ "\xe2\x80\xa6", NULL },
	{ "\xe2\x80\x94 !", NULL },
	{ "( )", NULL },
};

/* Check every case of the table with the built-in rules. */
static void
test_parrot_table(void **state)
{
	struct parrot_rules *r = parrot_rules_new();
	size_t i;
	char *got;

	(void)state;
	for (i = 0; i < sizeof parrot_cases / sizeof parrot_cases[0]; i++) {
		const struct parrot_case *c = &parrot_cases[i];

		got = parrot_question(NULL, c->said);
		if (c->want == NULL) {
			if (got != NULL)
				print_error("case %zu: \"%s\" -> \"%s\"\n", i,
				    c->said, got);
			assert_null(got);
		} else {
			if (got == NULL || strcmp(got, c->want) != 0)
				print_error("case %zu: \"%s\" -> \"%s\", want "
				    "\"%s\"\n", i, c->said,
				    got ? got : "(null)", c->want);
			assert_non_null(got);
			assert_string_equal(got, c->want);
		}
		free(got);
		/* Explicit built-in rules give the same answer. */
		got = parrot_question(r, c->said);
		if (c->want == NULL)
			assert_null(got);
		else
			assert_string_equal(got, c->want);
		free(got);
	}
	parrot_rules_free(r);
}

/* A NULL statement has nothing to ask; freeing NULL rules is a no-op. */
static void
test_parrot_null(void **state)
{
	(void)state;
	assert_null(parrot_question(NULL, NULL));
	parrot_rules_free(NULL);
	parrot_rules_add_lead_in(NULL, "Bottom line,");
	parrot_rules_add_reflection(NULL, "quota", "target");
}

/* An agenda's own lead-in is dropped, comma or not. */
static void
test_parrot_custom_lead_in(void **state)
{
	struct parrot_rules *r = parrot_rules_new();
	char *got;

	(void)state;
	got = parrot_question(r, "Bottom line, the leads are junk.");
	assert_string_equal(got, "Bottom line, the leads are junk?");
	free(got);
	parrot_rules_add_lead_in(r, "Bottom line,");
	got = parrot_question(r, "Bottom line, the leads are junk.");
	assert_string_equal(got, "The leads are junk?");
	free(got);
	got = parrot_question(r, "bottom LINE the leads are junk");
	assert_string_equal(got, "The leads are junk?");
	free(got);
	got = parrot_question(r, "But, bottom line, we lost.");
	assert_string_equal(got, "You lost?");
	free(got);
	/* Never the whole statement. */
	got = parrot_question(r, "Bottom line!");
	assert_string_equal(got, "Bottom line?");
	free(got);
	/* Other rules objects are not touched. */
	got = parrot_question(NULL, "Bottom line, the leads are junk.");
	assert_string_equal(got, "Bottom line, the leads are junk?");
	free(got);
	parrot_rules_free(r);
}

/* An agenda's own reflection is applied, shaped to the case typed. */
static void
test_parrot_custom_reflection(void **state)
{
	struct parrot_rules *r = parrot_rules_new();
	char *got;

	(void)state;
	parrot_rules_add_reflection(r, "quota", "target");
	parrot_rules_add_reflection(r, "Hubspot", "the CRM");
	got = parrot_question(r, "We missed quota because of HubSpot.");
	assert_string_equal(got, "You missed target because of the CRM?");
	free(got);
	got = parrot_question(r, "Quota is unrealistic!");
	assert_string_equal(got, "Target is unrealistic?");
	free(got);
	got = parrot_question(r, "QUOTA IS UNREALISTIC");
	assert_string_equal(got, "TARGET IS UNREALISTIC?");
	free(got);
	parrot_rules_free(r);
}

/* A reflection with a built-in's word replaces it. */
static void
test_parrot_replace_reflection(void **state)
{
	struct parrot_rules *r = parrot_rules_new();
	char *got;

	(void)state;
	parrot_rules_add_reflection(r, "Our", "the");
	parrot_rules_add_reflection(r, "you\xe2\x80\x99re", "they're");
	got = parrot_question(r, "Our leads are better than you're saying.");
	assert_string_equal(got, "The leads are better than they're saying?");
	free(got);
	got = parrot_question(r, "We love our leads.");
	assert_string_equal(got, "You love the leads?");
	free(got);
	/* The other built-ins still hold. */
	got = parrot_question(r, "Your leads are junk!");
	assert_string_equal(got, "Our leads are junk?");
	free(got);
	parrot_rules_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parrot_table),
		cmocka_unit_test(test_parrot_null),
		cmocka_unit_test(test_parrot_custom_lead_in),
		cmocka_unit_test(test_parrot_custom_reflection),
		cmocka_unit_test(test_parrot_replace_reflection),
	};

	return cmocka_run_group_tests_name("parrot", tests, NULL, NULL);
}
