#!/bin/sh
# t_edit.sh: E changes or deletes a capture of the item (a private note only
# blind), u takes back the last capture or change, every change is kept in
# history, the room follows; e writes the minutes and says where.
. "$(dirname "$0")/lib.sh"

start_screen 80 24 run
wait_for "1/8"
keys n n
wait_for "3/8"
start_window room room
wait_for "room view"
switch_to main:0

# A note with a typo, fixed with E.
keys c
wait_for "Note:"
type_text "Prospects ask about SOS"
keys Enter
wait_for "Note saved."
keys E
wait_for "Edit a capture of this item"
expect_screen "E lists the item's captures" "note · Prospects ask about SOS"
keys Enter
wait_for "Change to:"
expect_screen "the prompt starts with the text as it is" \
    "Change to: Prospects ask about SOS"
keys BSpace BSpace BSpace
type_text "SSO"
keys Enter
expect_screen "the change is confirmed" "Changed. u takes it back."
expect_screen "the meeting shows the new text" "· Prospects ask about SSO"
assert_eq "the database has the new text" "Prospects ask about SSO" \
    "$(sql "SELECT text FROM entry")"
assert_eq "the edit is in the note's history, old and new" \
    "edited|text|Prospects ask about SOS|Prospects ask about SSO" \
    "$(sql "SELECT what, field, old, new FROM capture_event")"

# u takes the edit back, then the note itself.
keys u
expect_screen "u says what it undid" "Undone: the edit."
expect_screen "the old text is back" "· Prospects ask about SOS"
keys u
expect_screen "u again takes the note back" "Undone: the note."
expect_screen "the item is empty again" "Nothing captured here yet"
assert_eq "the note is kept, marked deleted, with its history" \
    "1|3" "$(sql "SELECT deleted_at IS NOT NULL, (SELECT count(*)
        FROM capture_event) FROM entry")"
keys u
expect_screen "with nothing left, u says so" "Nothing to undo in this session."

# An action: title, owner and due changed; then deleted and brought back.
keys a
wait_for "Action:"
type_text "Draft SSO FAQ"
keys Enter
wait_for "Owner:"
type_text "Dana Reyes"
keys Enter
wait_for "Due:"
type_text "fri"
keys Enter
wait_for "saved: "
keys E
wait_for "Edit a capture of this item"
expect_screen "the action is listed with owner and date" \
    "action #1 · Draft SSO FAQ · Dana Reyes · 2026-11-27"
keys Enter
wait_for "Action: Draft SSO FAQ"
keys End
type_text " for sales"
keys Enter
wait_for "Owner: Dana Reyes"
keys C-u
type_text "Lee Chen"
keys Enter
wait_for "Due: 2026-11-27"
keys C-u
type_text "2026-12-04"
keys Enter
expect_screen "the action change is confirmed" "Changed. u takes it back."
switch_to main:room
expect_screen "the room follows the change within a second" \
    "#1  Draft SSO FAQ for sales · Lee Chen · due 2026-12-04" 2
switch_to main:0
assert_eq "the action has its new title, owner and date" \
    "Draft SSO FAQ for sales|Lee Chen|2026-12-04" \
    "$(sql "SELECT a.title, p.name, a.due FROM action a
        JOIN person p ON p.id = a.owner_id")"
assert_eq "each change is a line of the action's history" \
    "title|owner|due" "$(sql "SELECT group_concat(what, '|') FROM
        (SELECT what FROM action_event WHERE what <> 'created' ORDER BY id)")"
keys E
wait_for "Edit a capture of this item"
keys x
wait_for "Delete the action?"
keys y
expect_screen "the deletion is confirmed" "Deleted. u brings it back."
expect_screen "the action is gone from the item" "Nothing captured here yet"
check "a deleted action is in no list" \
    sh -c "! env PARLEY_DB='$DB' '$PARLEY' actions --all | grep -q 'Draft SSO'"
keys u
expect_screen "u brings the action back" "Undone: the deletion of #1."
expect_screen "with the changes it had" \
    "#1  Draft SSO FAQ for sales · Lee Chen · due 2026-12-04"

# A private note: its text is never offered for editing, only replaced.
keys p
wait_for "Private note (typed blind):"
type_text "QUOKKA unsure about Sam"
keys Enter
wait_for "Private note saved."
keys E
wait_for "Edit a capture of this item"
expect_screen "the private note is listed without its text" \
    "private note · (typed blind: not shown)"
check "its text is not on the screen" e2e_off_screen "QUOKKA"
keys Enter
wait_for "Replace the private note (typed blind):"
type_text "WOMBAT better after all"
check "the new text is not shown while typed" e2e_off_screen "WOMBAT"
keys Enter
expect_screen "the replacement is confirmed" "Changed. u takes it back."
assert_eq "the private note holds the new text" "WOMBAT better after all" \
    "$(sql "SELECT text FROM entry WHERE kind = 'private'")"
keys u
expect_screen "u takes the replacement back" "Undone: the edit."
assert_eq "the private note has its old text again, never shown" \
    "QUOKKA unsure about Sam" \
    "$(sql "SELECT text FROM entry WHERE kind = 'private'")"
check "neither text ever reached the screen" \
    sh -c "! tmux -L '$E2E_SOCK' capture-pane -p -S -1000 -t main:0 |
        grep -q -e QUOKKA -e WOMBAT"

# A statement: E changes its words, and the question follows them.
parrot_statement s "Your leads are junk!"
keys Enter
wait_for "Outcome:"
keys r
wait_for "Saved."
keys E
wait_for "Edit a capture of this item"
expect_screen "E offers the statement just made" \
    "statement · Sales: Your leads are junk!"
keys Enter
wait_for "Statement: Your leads are junk!"
keys C-u
type_text "Your leads are late!"
keys Enter
wait_for "Answer:"
type_text "They arrive a week after the webinar"
keys Enter
expect_screen "the statement's change is confirmed" "the question follows"
expect_screen "the question is parroted again" "Our leads are late?"
assert_eq "the database has the new words, question and answer" \
    "Your leads are late!|Our leads are late?|They arrive a week after the webinar" \
    "$(sql "SELECT statement, question, answer FROM objection")"

# e: the minutes, beside the database, nothing private.
keys e
expect_screen "e says where the minutes went" "Minutes written (nothing private):"
f=$(ls "$E2E_DIR"/minutes/*.md 2>/dev/null | head -n 1)
check "the minutes file is in the minutes folder beside the database" \
    test -s "$f"
assert_contains "the minutes hold the action" "$(cat "$f" 2>/dev/null)" \
    "Draft SSO FAQ for sales"
assert_lacks "the minutes hold no private note" "$(cat "$f" 2>/dev/null)" \
    "QUOKKA"
keys q
expect_exit "q leaves" 0
done_test
