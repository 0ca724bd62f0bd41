#!/bin/sh
# t_meeting_walk.sh: walk the agenda, add a note and an action, leave,
# resume ninety minutes later on the same item, end the meeting, then read
# it back with the batch commands.
. "$(dirname "$0")/lib.sh"

start_screen 80 24 run
wait_for "1/8"
expect_screen "the first item is the review" "Last month's commitments"
expect_screen "the bar shows the agenda's title" \
    "Monthly Sales & Marketing Alignment"
expect_screen "the bar shows the day PARLEY_NOW gives" "Mon 23 Nov 2026"
expect_screen "the bar shows the meeting's plan, 60 minutes" "/ 60:00"
expect_screen "the item shows its timebox, 10 minutes" "/ 10:00"
expect_screen "the key hints are at the bottom" "n/b  c note  a act  o parrot"

# Walk: n and Right forward, b and Left back.
keys n
expect_screen "n goes to item 2/8" "2/8  Olive branch"
keys Right
expect_screen "Right goes to item 3/8, Q1 asked by marketing of sales" \
    "3/8  Q1 · objections · marketing asks sales"
expect_screen "item 3 shows its question" \
    "What questions and objections have you heard from prospects recently?"
keys b
expect_screen "b goes back to item 2/8" "2/8  Olive branch"
keys Left
expect_screen "Left goes back to item 1/8" "1/8"
keys Left
expect_screen "Left on the first item says there is none before" \
    "This is the first item."
keys n n
wait_for "3/8"

# A note.
keys c
wait_for "Note:"
type_text "Prospects keep asking about SSO"
keys Enter
expect_screen "c saves the note" "Note saved."
expect_screen "the note is shown under the item" \
    "· Prospects keep asking about SSO"
assert_eq "the note is in the entry table, kind note, under item 3" \
    "note|Prospects keep asking about SSO|2" \
    "$(sql "SELECT e.kind, e.text, i.pos FROM entry e
        JOIN item i ON i.id = e.item_id")"

# An action: Action, Owner with Tab completion, Due.
keys a
wait_for "Action:"
type_text "Write the SSO battlecard"
keys Enter
wait_for "Owner:"
type_text "Da"
keys Tab
expect_screen "Tab completes Da to Dana Reyes" "Owner: Dana Reyes"
keys Enter
wait_for "Due:"
type_text "fri"
keys Enter
expect_screen "a saves the action, saying its owner and the date fri became" \
    "Action #1 saved: Dana Reyes, due 2026-11-27."
expect_screen "the action is listed with its owner and due date" \
    "#1  Write the SSO battlecard · Dana Reyes · due 2026-11-27"
assert_eq "the action is in the database, due the next Friday" \
    "Write the SSO battlecard|Dana Reyes|sales|2026-11-27|open|2" \
    "$(sql "SELECT a.title, p.name, p.side, a.due, a.status, i.pos
        FROM action a JOIN person p ON p.id = a.owner_id
        JOIN item i ON i.id = a.item_id")"

# Help, closed by any key that is then not acted on.
keys '?'
wait_for "Any key closes"
help=$(screen)
assert_contains "? lists n and Right" "$help" "n, Right"
# Q1's own keys make two columns at 80x24: every key, its words cut short.
assert_contains "? lists the action key" "$help" \
    "a            add an action item"
assert_contains "? lists the end key" "$help" "end the meeting"
assert_contains "? lists the prompt editing keys" "$help" "Ctrl-W"
assert_contains "? at 80x24 cuts no key: its own line is there" "$help" \
    "this help"
assert_contains "? at 80x24 lists the last keys added" "$help" \
    "/            search what every"
assert_contains "? lists Q1's own keys under its title" "$help" \
    "Q1 · objections"
assert_contains "? lists them all" "$help" "H            take back one"
keys n
wait_gone "Any key closes"
expect_screen "the key that closed the help did not move on" "3/8"

# Leave, and the meeting stays in progress.
keys q
expect_exit "q leaves with exit code 0" 0
expect_screen "q says the meeting is still in progress" \
    "Meeting 1 is still in progress: 'parley resume' takes you back to it."
assert_eq "the meeting is still live, on item 3, in the database" "live|2" \
    "$(sql "SELECT status, current_pos FROM meeting")"

# Back ninety minutes later: same item, and the time away did not count.
E2E_NOW=2026-11-23T11:30:00
start_screen 80 24 resume
wait_for "3/8"
expect_screen "resume shows the note again" "· Prospects keep asking about SSO"
expect_screen "resume shows the action again" "#1  Write the SSO battlecard"
assert_match "the item's clock did not count the time away" \
    "$(screen | grep '3/8')" ' 00:[0-5][0-9] / 10:00$'
assert_match "the meeting's clock did not count the time away" \
    "$(screen | head -n 1)" 'total 00:[0-5][0-9] /'
assert_eq "the item's saved time is under a minute" "1" \
    "$(sql "SELECT elapsed_s < 60 FROM item WHERE pos = 2")"

# x asks first; a key other than y goes back.
keys x
wait_for "End the meeting? y ends it"
keys n
wait_gone "End the meeting?"
expect_screen "a key other than y keeps the meeting, on the same item" "3/8"
assert_eq "the meeting is still live" "live" \
    "$(sql "SELECT status FROM meeting")"

# n on the last item moves nowhere and says how the meeting ends.
keys n n n n n
wait_for "8/8  Wrap-up"
keys n
expect_screen "n on the last item says that x ends the meeting" \
    "This is the last item: x ends the meeting."
expect_screen "and stays on it" "8/8  Wrap-up"
assert_eq "the meeting is still on the last item, and live" "live|7" \
    "$(sql "SELECT status, current_pos FROM meeting")"

# x then y ends it.
keys x
wait_for "End the meeting?"
keys y
expect_exit "x y ends the meeting with exit code 0" 0
expect_screen "x y says the meeting ended, and how long it took" \
    "Meeting 1 ended after 00:"
expect_screen "and what it left: one action item, owned and dated" \
    ": 1 action item."
assert_eq "the meeting is ended in the database" "ended|1" \
    "$(sql "SELECT status, ended_at IS NOT NULL FROM meeting")"

# The batch commands see it all.
json=$(parley actions --format json)
assert_contains "actions --format json has the title" "$json" \
    '"title": "Write the SSO battlecard"'
assert_contains "actions --format json has the owner" "$json" \
    '"owner": "Dana Reyes"'
assert_contains "actions --format json has the due date" "$json" \
    '"due": "2026-11-27"'
assert_match "meetings lists meeting 1 as ended" "$(parley meetings)" \
    '^ *1 .*ended .*Monthly Sales & Marketing Alignment'
done_test
