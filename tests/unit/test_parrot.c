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
/* "Japan's leads are not good." with an ideographic full stop. */
#define JA \
	"\xe6\x97\xa5\xe6\x9c\xac\xe3\x81\xae\xe3\x83\xaa\xe3\x83\xbc" \
	"\xe3\x83\x89\xe3\x81\xaf\xe8\x89\xaf\xe3\x81\x8f\xe3\x81\xaa" \
	"\xe3\x81\x84"
#define JA_SAID JA "\xe3\x80\x82"
#define JA_ASKED JA "?"
/* "the customers are angry" in Greek: lower-case Greek is capitalised. */
#define EL_SAID "\xce\xbf\xce\xb9 \xcf\x80\xce\xb5\xce\xbb\xce\xac" \
	"\xcf\x84\xce\xb5\xcf\x82 \xce\xb8\xcf\x85\xce\xbc\xcf\x89" \
	"\xce\xbc\xce\xad\xce\xbd\xce\xbf\xce\xb9!"
#define EL_ASKED "\xce\x9f\xce\xb9 \xcf\x80\xce\xb5\xce\xbb\xce\xac" \
	"\xcf\x84\xce\xb5\xcf\x82 \xce\xb8\xcf\x85\xce\xbc\xcf\x89" \
	"\xce\xbc\xce\xad\xce\xbd\xce\xbf\xce\xb9?"

struct parrot_case {
	const char *said;
	const char *want; /* NULL: nothing to ask */
};

static const struct parrot_case parrot_cases[] = {
	/* The examples of SPEC §1, the seeds and issue 3. */
	{ "But, they weren't qualified.", "They weren't qualified?" },
	{ "Your leads are junk!", "Our leads are junk?" },
	{ "We never get anything from you.",
	    "You never get anything from us?" },
	{ "These leads aren't good. You can't close.",
	    "These leads aren't good. We can't close?" },
	{ "Marketing is out of touch with the customer and doesn't understand "
	    "their needs.", "Marketing is out of touch with the customer and "
	    "doesn't understand their needs?" },
	{ "We interact with customers every day, we should be listened to "
	    "more.", "You interact with customers every day, you should be "
	    "listened to more?" },
	{ "We waste money on the same old message!!!",
	    "You waste money on the same old message?" },
	{ "Sales is too focused on individual experiences and doesn't see "
	    "the big picture.", "Sales is too focused on individual "
	    "experiences and doesn't see the big picture?" },
	{ "Sales people confuse chatter with market analysis.",
	    "Sales people confuse chatter with market analysis?" },
	{ "We need to keep building our reputation in our current market.",
	    "You need to keep building your reputation in your current "
	    "market?" },
	{ "I never saw them on the sales floor.",
	    "You never saw them on the sales floor?" },
	{ "They weren't qualified, and you know it.",
	    "They weren't qualified, and we know it?" },

	/* Issue 8: what read wrong. "you" after a verb is its object. */
	{ "We handed you 40 qualified opportunities",
	    "You handed us 40 qualified opportunities?" },
	{ "We passed you 12 hot leads last month.",
	    "You passed us 12 hot leads last month?" },
	{ "We begged you for feedback on the campaign.",
	    "You begged us for feedback on the campaign?" },
	{ "We trained you on the new pricing.",
	    "You trained us on the new pricing?" },
	{ "We've given you everything you asked for.",
	    "You've given us everything we asked for?" },
	{ "Thank you for nothing.", "You thank us for nothing?" },
	{ "Don't blame us for your bad quarter.",
	    "We shouldn't blame you for our bad quarter?" },
	{ "Whatever. The leads are junk.", "The leads are junk?" },
	/* A pronoun after "?" or "!" starts a sentence; before "," ends one. */
	{ "Are you sure? You never call us back.",
	    "Are we sure? We never call you back?" },
	{ "Really! You never call us back.",
	    "Really! We never call you back?" },
	{ "Why? We asked you twice.", "Why? You asked us twice?" },
	{ "They trust them more than you, every time.",
	    "They trust them more than us, every time?" },
	{ "It went to them, not you, because you were late.",
	    "It went to them, not us, because we were late?" },
	/* Alone, "you" is said as an object. */
	{ "You? Never.", "Us? Never?" },
	{ "Who, you?", "Who, us?" },

	/* "you" as subject or object, decided by where it stands. */
	{ "We hand you the leads and you ignore them.",
	    "You hand us the leads and we ignore them?" },
	{ "We'll send you the deck tomorrow.",
	    "You'll send us the deck tomorrow?" },
	{ "We emailed you twice about the webinar.",
	    "You emailed us twice about the webinar?" },
	{ "We pinged you on Slack.", "You pinged us on Slack?" },
	{ "We copied you on every thread.",
	    "You copied us on every thread?" },
	{ "We made you a battlecard.", "You made us a battlecard?" },
	{ "We built you a whole nurture track.",
	    "You built us a whole nurture track?" },
	{ "We wrote you three case studies.",
	    "You wrote us three case studies?" },
	{ "They threw you under the bus.", "They threw us under the bus?" },
	{ "We warned you about the discount.",
	    "You warned us about the discount?" },
	/* A verb known by its form or by the word before it. */
	{ "The VP overruled you on pricing.",
	    "The VP overruled us on pricing?" },
	{ "We stress you out with deadlines.",
	    "You stress us out with deadlines?" },
	{ "Nobody outsells you on enterprise deals.",
	    "Nobody outsells us on enterprise deals?" },
	{ "Our reps always outsell you in Q4.",
	    "Your reps always outsell us in Q4?" },
	{ "Our reps urge you to call more.", "Your reps urge us to call more?" },
	{ "Dana gives you the best accounts.",
	    "Dana gives us the best accounts?" },
	{ "Dana passes you the hot leads.", "Dana passes us the hot leads?" },
	{ "We never see you at the pipeline review.",
	    "You never see us at the pipeline review?" },
	{ "We heard you loud and clear.", "You heard us loud and clear?" },
	{ "We heard you were hiring.", "You heard we were hiring?" },
	{ "We saw you skip the training.", "You saw us skip the training?" },
	{ "We need you.", "You need us?" },
	{ "We need you to qualify them first.",
	    "You need us to qualify them first?" },
	{ "We want you at the pipeline review.",
	    "You want us at the pipeline review?" },
	{ "We told you so.", "You told us so?" },
	{ "Who told you that?", "Who told us that?" },
	{ "We'll let you know.", "You'll let us know?" },
	{ "We'd call you if the leads were any good.",
	    "You'd call us if the leads were any good?" },
	{ "We're counting on you.", "You're counting on us?" },
	{ "We sent it to you, not them.", "You sent it to us, not them?" },
	{ "It's them, not you.", "It's them, not us?" },
	{ "Not you again.", "Not us again?" },
	{ "Thank you for the leads, they were great.",
	    "You thank us for the leads, they were great?" },
	{ "Thank you guys for nothing!", "You thank us for nothing?" },
	{ "Thanks for nothing.", "Thanks for nothing?" },
	{ "We gave you what you wanted.", "You gave us what we wanted?" },
	/* After "be", the complement: "It's us", never "It's we". */
	{ "It's you who dropped the ball.", "It's us who dropped the ball?" },
	{ "Is it you or the list?", "Is it us or the list?" },
	{ "The problem is you.", "The problem is us?" },
	/* After a noun or "everything", "you" starts a clause: a subject. */
	{ "The email you sent went to spam.",
	    "The email we sent went to spam?" },
	{ "The leads you sent us were cold.",
	    "The leads we sent you were cold?" },
	{ "The messaging you approved is off-brand.",
	    "The messaging we approved is off-brand?" },
	{ "The pricing you set kills every deal.",
	    "The pricing we set kills every deal?" },
	{ "Nobody you hired knows the product.",
	    "Nobody we hired knows the product?" },
	{ "Everyone but you showed up.", "Everyone but us showed up?" },
	{ "We call but you never answer.", "You call but we never answer?" },
	{ "Everyone you sent us was a student.",
	    "Everyone we sent you was a student?" },
	{ "Anything you send is better than nothing.",
	    "Anything we send is better than nothing?" },
	{ "Talk to anyone you like.", "We should talk to anyone we like?" },
	{ "The answers to questions you asked are in the FAQ.",
	    "The answers to questions we asked are in the FAQ?" },
	{ "Calls you never returned cost us the deal.",
	    "Calls we never returned cost you the deal?" },
	{ "That's what you get for skipping the review.",
	    "That's what we get for skipping the review?" },
	/* After a verb of thinking or saying, "you" starts a clause. */
	{ "We think you never read the brief.",
	    "You think we never read the brief?" },
	{ "I know you're busy.", "You know we're busy?" },
	{ "I'm surprised you didn't call.",
	    "You're surprised we didn't call?" },
	{ "I'm glad you came.", "You're glad we came?" },
	{ "We noticed you skipped the review.",
	    "You noticed we skipped the review?" },
	{ "We're worried you never read the brief.",
	    "You're worried we never read the brief?" },
	{ "Dana admitted you never got the brief.",
	    "Dana admitted we never got the brief?" },
	{ "Dana said you would call.", "Dana said we would call?" },
	/* "than", "like": a subject when a verb follows. */
	{ "They trust you more than us.", "They trust us more than you?" },
	{ "They close faster than you.", "They close faster than us?" },
	{ "They close faster than you do.", "They close faster than we do?" },
	{ "It's worse than you think.", "It's worse than we think?" },
	{ "Like you said, the list is old.",
	    "Like we said, the list is old?" },
	{ "People like you never listen.", "People like us never listen?" },
	/* After an auxiliary, the subject of a question. */
	{ "Can you send the list?", "Can we send the list?" },
	{ "Did you even read it?", "Did we even read it?" },
	{ "Have you seen the numbers?", "Have we seen the numbers?" },
	{ "Why would you do that?", "Why would we do that?" },
	{ "What do you want from us?", "What do we want from you?" },
	{ "Are you?", "Are we?" },
	{ "Don't you think the list is old?",
	    "Don't we think the list is old?" },
	/* After a preposition, an object. */
	{ "It's not about you.", "It's not about us?" },
	{ "We did more for you than anyone.",
	    "You did more for us than anyone?" },
	{ "None of you showed up.", "None of us showed up?" },
	{ "Between you and me, the list is old.",
	    "Between us and you, the list is old?" },
	{ "Your team and you.", "Our team and us?" },
	{ "Dana and you never call.", "Dana and we never call?" },
	/* The existing rules of the first table. */
	{ "Well, I'm tired of chasing you for updates.",
	    "You're tired of chasing us for updates?" },
	{ "We keep emailing you and nothing happens",
	    "You keep emailing us and nothing happens?" },
	{ "Assuming you are right, the leads are bad",
	    "Assuming we are right, the leads are bad?" },
	{ "I'm tired of chasing tire-kickers.",
	    "You're tired of chasing tire-kickers?" },
	{ "You don't understand our customers.",
	    "We don't understand your customers?" },
	{ "We need you to send better leads.",
	    "You need us to send better leads?" },
	{ "If you read the notes, you'd know.",
	    "If we read the notes, we'd know?" },
	{ "When you send junk, we waste time.",
	    "When we send junk, you waste time?" },
	/* Plural "you". */
	{ "You guys never call back.", "We never call back?" },
	{ "We never hear from you guys.", "You never hear from us?" },
	{ "You all ignore the data.", "We all ignore the data?" },
	{ "Y'all never call.", "We never call?" },
	{ "You people never read the brief.", "We never read the brief?" },

	/*
	 * Imperatives: said back as what the listener should do, "Don't"
	 * as "We shouldn't". A verb that is also a noun ("Call volume",
	 * "Close rates") is taken for a command only when an object
	 * follows it ("the", "us", "more"...).
	 */
	{ "Don't blame me.", "We shouldn't blame you?" },
	{ "Do not touch our pricing.", "We should not touch your pricing?" },
	{ "Send us better leads.", "We should send you better leads?" },
	{ "Just send us the list.", "We should just send you the list?" },
	{ "Please send the deck before Friday.",
	    "We should send the deck before Friday?" },
	{ "Please don't ignore our emails.",
	    "We shouldn't ignore your emails?" },
	{ "Stop sending us tire-kickers!",
	    "We should stop sending you tire-kickers?" },
	{ "Fix the form first.", "We should fix the form first?" },
	{ "Call us back within a day.",
	    "We should call you back within a day?" },
	{ "Tell your reps to log their calls.",
	    "We should tell our reps to log their calls?" },
	{ "Talk to us before you launch a campaign.",
	    "We should talk to you before we launch a campaign?" },
	{ "Look at the numbers.", "We should look at the numbers?" },
	{ "Be realistic about the quota.",
	    "We should be realistic about the quota?" },
	{ "Never discount without asking us.",
	    "We should never discount without asking you?" },
	{ "Do it yourself.", "We should do it ourselves?" },
	{ "Do your job.", "We should do our job?" },
	{ "Ask yourselves why.", "We should ask ourselves why?" },
	{ "Let us know when the deck is ready.",
	    "We should let you know when the deck is ready?" },
	{ "Let me finish.", "We should let you finish?" },
	{ "Loop us in next time.", "We should loop you in next time?" },
	{ "Give us one qualified lead.",
	    "We should give you one qualified lead?" },
	{ "Come to one of our pipeline reviews.",
	    "We should come to one of your pipeline reviews?" },
	{ "Don't tell me the leads are fine.",
	    "We shouldn't tell you the leads are fine?" },
	{ "Don't you dare blame us.", "We shouldn't blame you?" },
	{ "Never promise a feature we don't have.",
	    "We should never promise a feature you don't have?" },
	{ "Work with us, not against us.",
	    "We should work with you, not against you?" },
	{ "Fine. Whatever. Send it.", "We should send it?" },
	{ "Stop blaming the leads and start calling them.",
	    "We should stop blaming the leads and start calling them?" },
	{ "The leads are cold. Call them faster.",
	    "The leads are cold. We should call them faster?" },
	{ "Send the list, will you?", "We should send the list?" },
	{ "Listen to your customers.",
	    "We should listen to our customers?" },
	{ "DON'T BLAME US", "WE SHOULDN'T BLAME YOU?" },
	{ "Don\xe2\x80\x99t blame us.", "We shouldn\xe2\x80\x99t blame you?" },
	{ "don't blame us", "We shouldn't blame you?" },
	{ "please send us the deck", "We should send you the deck?" },
	/* Not commands: a noun first, a question, a greeting. */
	{ "Call volume is down 20%.", "Call volume is down 20%?" },
	{ "Email open rates dropped.", "Email open rates dropped?" },
	{ "Close rates are falling.", "Close rates are falling?" },
	{ "Review meetings run too long.", "Review meetings run too long?" },
	{ "Trust takes time.", "Trust takes time?" },
	{ "Blame is easy.", "Blame is easy?" },
	{ "Do you even read our briefs?", "Do we even read your briefs?" },
	{ "Do we still agree on our definition of an MQL?",
	    "Do you still agree on your definition of an MQL?" },

	/* Tag questions keep their tag, reflected. */
	{ "You read the brief, right?", "We read the brief, right?" },
	{ "You got the list, didn't you?", "We got the list, didn't we?" },
	{ "You know that, don't you?", "We know that, don't we?" },
	{ "We sent it, didn't we?", "You sent it, didn't you?" },
	{ "I told you, didn't I?", "You told us, didn't you?" },
	{ "That's your job, isn't it?", "That's our job, isn't it?" },
	{ "You'll fix it, won't you?", "We'll fix it, won't we?" },
	{ "I'm right, aren't I?", "You're right, aren't you?" },
	{ "I was right, wasn't I?", "You were right, weren't you?" },
	{ "You can't close, can you?", "We can't close, can we?" },
	{ "The leads were fine, weren't they?",
	    "The leads were fine, weren't they?" },
	{ "We hit our number, okay?", "You hit your number, okay?" },
	/* Fillers at the end are dropped, as lead-ins are at the start. */
	{ "The list is old, you know.", "The list is old?" },
	{ "The list is old, you know?", "The list is old?" },
	{ "The leads are junk, period.", "The leads are junk?" },
	{ "The leads are junk, honestly.", "The leads are junk?" },
	{ "Nobody reads it, I mean.", "Nobody reads it?" },

	/* Lead-ins, with and without a comma, several in a row. */
	{ "But they weren't qualified", "They weren't qualified?" },
	{ "Well, honestly, the leads are cold.", "The leads are cold?" },
	{ "Honestly, your team never reads the brief.",
	    "Our team never reads the brief?" },
	{ "Look, nobody reads the newsletter.",
	    "Nobody reads the newsletter?" },
	{ "Look, we did our part.", "You did your part?" },
	{ "So many leads are junk.", "So many leads are junk?" },
	{ "So, the leads are junk.", "The leads are junk?" },
	{ "No one calls them back.", "No one calls them back?" },
	{ "I mean, nobody called them back.", "Nobody called them back?" },
	{ "Yeah, but the demo was late.", "The demo was late?" },
	{ "Yeah but the demo was late", "The demo was late?" },
	{ "To be honest, my team never sees the leads.",
	    "Your team never sees the leads?" },
	{ "To be fair, we never got the brief.",
	    "You never got the brief?" },
	{ "Um, uh, we never got the list.", "You never got the list?" },
	{ "OK, so, listen, the webinar flopped.", "The webinar flopped?" },
	{ "HONESTLY, the leads are junk", "The leads are junk?" },
	{ "And you never call back.", "We never call back?" },
	{ "Well\xe2\x80\xa6 they weren't qualified",
	    "They weren't qualified?" },
	{ "Frankly - the list is old.", "The list is old?" },
	{ "With all due respect, your data is wrong.",
	    "Our data is wrong?" },
	{ "No offense, but your deck is ugly.", "Our deck is ugly?" },
	{ "Whatever, you never call back.", "We never call back?" },
	{ "Whatever... the list is old.", "The list is old?" },
	{ "Whatever you say.", "Whatever we say?" },
	{ "Seriously, who approved this?", "Who approved this?" },
	{ "Listen, we need better leads.", "You need better leads?" },
	{ "Come on, you know that's not true.",
	    "We know that's not true?" },
	{ "Sorry, but the leads are junk.", "The leads are junk?" },
	{ "For the record, we sent the list.", "You sent the list?" },
	{ "Believe me, the leads are junk.", "The leads are junk?" },
	{ "Mind you, the list is old.", "The list is old?" },
	{ "Trust me.", "We should trust you?" },
	{ "Let me be clear: the list is old.", "The list is old?" },
	{ "You know what, forget it.", "We should forget it?" },
	{ "I'm sorry, but your team is the problem.",
	    "Our team is the problem?" },
	{ "Okay, fine, you win.", "We win?" },
	{ "Let's face it, you don't want our leads.",
	    "We don't want your leads?" },
	/* A statement made only of lead-ins is kept whole. */
	{ "But!", "But?" },
	{ "Honestly.", "Honestly?" },
	{ "Whatever.", "Whatever?" },
	{ "Well, honestly!", "Well, honestly?" },
	{ "Well, well, well...", "Well, well, well?" },
	{ "So?", "So?" },

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
	{ "You won't return our calls.", "We won't return your calls?" },
	{ "You don't get it.", "We don't get it?" },
	{ "I can't sell this.", "You can't sell this?" },
	{ "We can't close these.", "You can't close these?" },
	{ "It's not our fault.", "It's not your fault?" },
	{ "They're not qualified.", "They're not qualified?" },
	/* Typographic apostrophes are kept as typed. */
	{ "I\xe2\x80\x99m tired of this.", "You\xe2\x80\x99re tired of this?" },
	{ "You\xe2\x80\x99re not listening to us.",
	    "We\xe2\x80\x99re not listening to you?" },
	{ "We\xe2\x80\x99ve told you twice.",
	    "You\xe2\x80\x99ve told us twice?" },
	{ "They weren\xe2\x80\x99t qualified.",
	    "They weren\xe2\x80\x99t qualified?" },

	/* "I", "me", "my" become "you", "your"; the verb agrees. */
	{ "Why am I always blamed?", "Why are you always blamed?" },
	{ "Was I supposed to guess?", "Were you supposed to guess?" },
	{ "I wasn't invited.", "You weren't invited?" },
	{ "I am not a mind reader.", "You are not a mind reader?" },
	{ "I am so done with this.", "You are so done with this?" },
	{ "Nobody knows what I do.", "Nobody knows what you do?" },
	{ "The demo failed. I left.", "The demo failed. You left?" },
	{ "i was never asked", "You were never asked?" },
	{ "Nobody listens to me.", "Nobody listens to you?" },
	{ "My calls go unanswered.", "Your calls go unanswered?" },
	{ "I've been here twelve years and I've never seen this.",
	    "You've been here twelve years and you've never seen this?" },
	{ "Me? I never got it.", "You? You never got it?" },
	{ "I gave you my list.", "You gave us your list?" },

	/* Possessives and reflexives. */
	{ "Your team and my team disagree.",
	    "Our team and your team disagree?" },
	{ "That's yours, not mine.", "That's ours, not yours?" },
	{ "You did this to yourselves.", "We did this to ourselves?" },
	{ "We blame ourselves.", "You blame yourselves?" },
	{ "Our leads, our rules.", "Your leads, your rules?" },
	{ "Nobody asked me.", "Nobody asked you?" },
	{ "I did it myself.", "You did it yourself?" },
	{ "The credit is ours.", "The credit is yours?" },
	{ "Your reps ignore our leads.", "Our reps ignore your leads?" },
	{ "Our pipeline, your problem.", "Your pipeline, our problem?" },
	{ "The problem is yours, not ours.",
	    "The problem is ours, not yours?" },
	{ "My quota is not your concern.", "Your quota is not our concern?" },
	{ "You should be ashamed of yourselves.",
	    "We should be ashamed of ourselves?" },
	{ "We did it all ourselves.", "You did it all yourselves?" },
	{ "Your team's numbers are fake.", "Our team's numbers are fake?" },

	/* Upper-case words keep their case; a capital starts the question. */
	{ "YOUR LEADS ARE JUNK!", "OUR LEADS ARE JUNK?" },
	{ "YOU NEVER CALL", "WE NEVER CALL?" },
	{ "You NEVER call.", "We NEVER call?" },
	{ "The lead list is YOURS.", "The lead list is OURS?" },
	{ "I HATE cold calls", "You HATE cold calls?" },
	{ "I'M DONE", "YOU'RE DONE?" },
	{ "Our US customers hate it", "Your US customers hate it?" },
	{ "OUR US CUSTOMERS HATE IT", "YOUR US CUSTOMERS HATE IT?" },
	{ "Nobody told us.", "Nobody told you?" },
	{ "your leads are junk", "Our leads are junk?" },
	{ "we never got the MQL list", "You never got the MQL list?" },
	{ "nobody follows up", "Nobody follows up?" },

	/* End punctuation and space, however much. */
	{ "Our leads are junk!!!", "Your leads are junk?" },
	{ "They weren't qualified?!", "They weren't qualified?" },
	{ "Are the leads junk?", "Are the leads junk?" },
	{ "They weren't qualified...", "They weren't qualified?" },
	{ "They weren't qualified\xe2\x80\xa6", "They weren't qualified?" },
	{ "  they weren't qualified .  ", "They weren't qualified?" },
	{ "The leads are junk;", "The leads are junk?" },
	{ "The leads are junk!?!?", "The leads are junk?" },
	{ "Why? Because nobody follows up.",
	    "Why? Because nobody follows up?" },

	/*
	 * Quotes: words quoted are someone else's, kept as they were said;
	 * a statement wholly in quotes is the statement itself.
	 */
	{ "Sales calls them \xe2\x80\x9cjunk\xe2\x80\x9d",
	    "Sales calls them \xe2\x80\x9cjunk\xe2\x80\x9d?" },
	{ "\xe2\x80\x9cYou never call,\xe2\x80\x9d they said.",
	    "\xe2\x80\x9cYou never call,\xe2\x80\x9d they said?" },
	{ "\"Your leads are junk!\"", "Our leads are junk?" },
	{ "\xe2\x80\x9cYour leads are junk!\xe2\x80\x9d",
	    "Our leads are junk?" },
	{ "\xe2\x80\x9eYour leads are junk\xe2\x80\x9c",
	    "Our leads are junk?" },
	{ "Dana said \xe2\x80\x9cyou\xe2\x80\x99re late\xe2\x80\x9d twice.",
	    "Dana said \xe2\x80\x9cyou\xe2\x80\x99re late\xe2\x80\x9d twice?" },
	{ "They call our leads \"garbage\".",
	    "They call your leads \"garbage\"?" },
	{ "Your \"qualified\" leads never answer.",
	    "Our \"qualified\" leads never answer?" },
	{ "The VP said \"we need more leads\" and you sent junk.",
	    "The VP said \"we need more leads\" and we sent junk?" },
	{ "Dana said, \xe2\x80\x9cI never got your brief.\xe2\x80\x9d",
	    "Dana said, \xe2\x80\x9cI never got your brief\xe2\x80\x9d?" },

	/* Names, numbers and brands are left alone. */
	{ "Dana said 30% of MQLs were junk",
	    "Dana said 30% of MQLs were junk?" },
	{ "Q3 pipeline is down 12.5% vs Q2.",
	    "Q3 pipeline is down 12.5% vs Q2?" },
	{ "iPhone leads never convert.", "iPhone leads never convert?" },
	{ "eBay leads never close.", "eBay leads never close?" },
	{ "email me@acme.com", "Email me@acme.com?" },
	{ "Our CAC is up 30% since we moved to HubSpot.",
	    "Your CAC is up 30% since you moved to HubSpot?" },
	{ "We closed 3 of your 40 leads.", "You closed 3 of our 40 leads?" },
	{ "Lee said the ROI was $1.2M.", "Lee said the ROI was $1.2M?" },
	{ "The 2026-11-23 webinar flopped.",
	    "The 2026-11-23 webinar flopped?" },

	/* Other languages and scripts: reflected only in English. */
	{ "\xc3\x89lodie says the leads are bad!",
	    "\xc3\x89lodie says the leads are bad?" },
	{ "\xc3\xa9lodie says the leads are bad",
	    "\xc3\x89lodie says the leads are bad?" },
	{ "\xc3\xa7" "a ne marche pas", "\xc3\x87" "a ne marche pas?" },
	{ "Les leads sont mauvais.", "Les leads sont mauvais?" },
	{ "\xc3\x9c" "ber-qualified leads, my foot",
	    "\xc3\x9c" "ber-qualified leads, your foot?" },
	{ "na\xc3\xafve pricing kills deals",
	    "Na\xc3\xafve pricing kills deals?" },
	{ "\xc2\xa1" "Tus leads son basura!",
	    "\xc2\xa1" "Tus leads son basura?" },
	{ "Your leads are junk \xf0\x9f\x99\x84",
	    "Our leads are junk \xf0\x9f\x99\x84?" },
	{ CJK_SAID, CJK_ASKED },
	{ RU_SAID, RU_ASKED },
	{ JA_SAID, JA_ASKED },
	{ EL_SAID, EL_ASKED },

	/*
	 * What the rules cannot tell, and so no case here asserts: a command
	 * after a clause ("Before you complain, read the brief." asks "Before
	 * we complain, read the brief?", not "...we should read the brief?");
	 * single quotes, which cannot be told from apostrophes ("The brief
	 * says 'we own the list'." reflects "we"); a generic "you" ("You
	 * can't close leads like these." asks "We can't close...?"); a verb
	 * that is also a noun before a bare plural ("Call leads faster." is
	 * not taken for a command).
	 */

	/* Nothing left to ask. */
	{ "", NULL },
	{ "   \t ", NULL },
	{ "?!...", NULL },
	{ "!!!", NULL },
	{ "\xe2\x80\xa6", NULL },
	{ "\xe2\x80\x94 !", NULL },
	{ "( )", NULL },
	{ "\"\"", NULL },
};

/* Does the question match what is wanted (NULL: nothing to ask)? */
static int
parrot_matches(const char *got, const char *want)
{
	if (want == NULL || got == NULL)
		return got == want;
	return strcmp(got, want) == 0;
}

/*
 * Check every case of the table with the built-in rules, NULL or explicit;
 * every case that fails is named before the test fails.
 */
static void
test_parrot_table(void **state)
{
	struct parrot_rules *r = parrot_rules_new();
	size_t i, failed = 0, n = sizeof parrot_cases / sizeof parrot_cases[0];
	char *got, *again;

	(void)state;
	assert_true(n >= 200);
	for (i = 0; i < n; i++) {
		const struct parrot_case *c = &parrot_cases[i];

		got = parrot_question(NULL, c->said);
		again = parrot_question(r, c->said);
		if (!parrot_matches(got, c->want) ||
		    !parrot_matches(again, c->want)) {
			print_error("case %zu: \"%s\" -> \"%s\", want "
			    "\"%s\"\n", i, c->said, got ? got : "(null)",
			    c->want ? c->want : "(null)");
			failed++;
		}
		free(got);
		free(again);
	}
	parrot_rules_free(r);
	assert_int_equal(failed, 0);
}

/* "!!!" is not empty: what is missing is said as it is. */
static void
test_parrot_why_nothing(void **state)
{
	(void)state;
	assert_string_equal(parrot_why_nothing(NULL), "the statement is empty");
	assert_string_equal(parrot_why_nothing(""), "the statement is empty");
	assert_string_equal(parrot_why_nothing(" \t\n\xc2\xa0"),
	    "the statement is empty");
	assert_string_equal(parrot_why_nothing("!!!"), "the statement is only "
	    "punctuation, with no word to ask back");
	assert_string_equal(parrot_why_nothing(" ?! \xe2\x80\xa6 \"\" "),
	    "the statement is only punctuation, with no word to ask back");
	assert_null(parrot_why_nothing("Junk!"));
	assert_null(parrot_why_nothing("\xe7\xba\xbf"));
	/* Whenever there is a question, there is no reason for none. */
	assert_null(parrot_why_nothing("\"No.\""));
}

/* A very long statement is parroted whole, sentence by sentence. */
static void
test_parrot_long(void **state)
{
	static const char said[] =
	    "Your leads are junk and we never get anything from you. ";
	static const char asked[] =
	    "Our leads are junk and you never get anything from us. ";
	size_t i, times = 2000, n = strlen(said), m = strlen(asked);
	char *statement = malloc(n * times + 1), *want = malloc(m * times + 1);
	char *got, *word;

	(void)state;
	assert_non_null(statement);
	assert_non_null(want);
	for (i = 0; i < times; i++) {
		memcpy(statement + i * n, said, n);
		memcpy(want + i * m, asked, m);
	}
	statement[n * times] = '\0';
	/* The last ". " becomes "?". */
	memcpy(want + m * times - 2, "?", 2);
	got = parrot_question(NULL, statement);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
	/* One word of 100,000 letters, and as much punctuation. */
	word = malloc(100002);
	assert_non_null(word);
	memset(word, 'a', 100000);
	memcpy(word + 100000, "!", 2);
	got = parrot_question(NULL, word);
	assert_non_null(got);
	assert_int_equal(strlen(got), 100001);
	assert_string_equal(got + 99999, "a?");
	assert_int_equal(got[0], 'A');
	free(got);
	memset(word, '!', 100001);
	assert_null(parrot_question(NULL, word));
	free(word);
	free(statement);
	free(want);
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
	/* A reflection ending in its own '?' gives one, not two (fuzzing). */
	parrot_rules_add_reflection(r, "budget", "what budget?");
	got = parrot_question(r, "We spent the budget");
	assert_string_equal(got, "You spent the what budget?");
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
		cmocka_unit_test(test_parrot_why_nothing),
		cmocka_unit_test(test_parrot_long),
		cmocka_unit_test(test_parrot_custom_lead_in),
		cmocka_unit_test(test_parrot_custom_reflection),
		cmocka_unit_test(test_parrot_replace_reflection),
	};

	return cmocka_run_group_tests_name("parrot", tests, NULL, NULL);
}
