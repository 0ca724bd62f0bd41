#!/bin/sh
# t_parrot.sh: o turns blame said in the room into a calm question, large
# and in plain text, then stores the statement with its outcome.
. "$(dirname "$0")/lib.sh"

# The command line first: one line, the seed's examples.
assert_eq "parley parrot: the seed's example" "They weren't qualified?" \
    "$(parley parrot "But, they weren't qualified.")"
assert_eq "parley parrot: words joined, point of view reflected" \
    "You never get anything from us?" \
    "$(parley parrot We never get anything from you.)"
capture parley parrot "  ?! "
assert_eq "parley parrot of punctuation only exits 64" 64 "$RC"
assert_contains "and says it is punctuation, not that it is empty" "$ERR" \
    "nothing to parrot: the statement is only punctuation, with no word"
assert_contains "and what a statement is" "$ERR" "give a statement, such as"
capture parley parrot '!!!'
assert_contains "!!! is punctuation too" "$ERR" "only punctuation"
capture parley parrot " " ""
assert_eq "parley parrot of blanks exits 64" 64 "$RC"
assert_contains "and says it is empty" "$ERR" \
    "nothing to parrot: the statement is empty"
assert_eq "parley parrot: a command said back as what we should do" \
    "We shouldn't blame you for our bad quarter?" \
    "$(parley parrot "Don't blame us for your bad quarter.")"

start_screen 100 30 run
wait_for "1/8"
keys n n
wait_for "3/8"

# Side, statement, the question shown, answer, outcome a.
parrot_statement s "Your leads are junk!"
expect_screen "the question is shown in plain text" "Our leads are junk?"
expect_screen "and in large letters" "████"
check "the large letters are not red (no colour 1 in their escapes)" \
    sh -c "! tmux -L '$E2E_SOCK' capture-pane -p -e -t '$E2E_TARGET' |
        grep '█' | grep -q '\[3[1]m\|;31m\|38;5;1m'"
type_text "Half of the webinar leads had no budget"
keys Enter
wait_for "Outcome:"
keys a
wait_for "Action:"
type_text "Add budget to the webinar form"
keys Enter
wait_for "Owner:"
type_text "Priya Natarajan"
keys Enter
wait_for "Due:"
type_text "+1w"
keys Enter
expect_screen "saving confirms the action with its owner and due date" \
    "Saved, with action #1: Priya Natarajan, due 2026-11-30."
expect_screen "the statement stays under the item" \
    "Sales said: Your leads are junk!"
assert_eq "the objection is stored with side, question, answer, outcome" \
    "sales|Your leads are junk!|Our leads are junk?|Half of the webinar leads had no budget|action" \
    "$(sql "SELECT side, statement, question, answer, outcome
        FROM objection")"
assert_eq "its action is linked, owned and due in a week" \
    "Add budget to the webinar form|Priya Natarajan|2026-11-30|1" \
    "$(sql "SELECT a.title, p.name, a.due, a.objection_id FROM action a
        JOIN person p ON p.id = a.owner_id")"

# Outcome r, from marketing, with an empty answer.
parrot_statement m "Well, I'm tired of chasing you for updates."
expect_screen "the lead-in is dropped, I'm and you reflected" \
    "You're tired of chasing us for updates?"
keys Enter
wait_for "Outcome:"
keys r
expect_screen "r saves, saying only Saved." "Saved."
assert_eq "the second objection is resolved, from marketing" \
    "marketing|resolved|" \
    "$(sql "SELECT side, outcome, coalesce(answer, '') FROM objection
        WHERE id = 2")"

# Esc at the outcome saves nothing.
parrot_statement s "Marketing never comes to the sales floor"
keys Enter
wait_for "Outcome:"
keys Escape
expect_screen "Esc cancels the whole statement" \
    "Parroting cancelled: nothing saved."
assert_eq "nothing more was stored" 2 "$(sql "SELECT count(*) FROM objection")"
assert_eq "the room shows again the question it showed before" \
    "You're tired of chasing us for updates?" \
    "$(sql "SELECT coalesce(room_question, '') FROM meeting")"

# An action from a statement, for a new name and no date: both called out,
# as with a.
parrot_statement m "Sales never reads our briefs."
keys Enter
wait_for "Outcome:"
keys a
wait_for "Action:"
type_text "One-page brief for each campaign"
keys Enter
wait_for "Owner:"
type_text "Morgan Blake"
keys Enter
wait_for "Due:"
keys Enter
expect_screen "a new owner and a missing date are called out" \
    "Saved, with action #2: Morgan Blake (a new name), no due date yet."
keys q
expect_exit "q leaves" 0
done_test
