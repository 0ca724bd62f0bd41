#!/bin/sh
# t_private.sh: private notes and follow-ups are typed blind and never drawn,
# on the meeting screen or on a room view beside it; parley followups is the
# one place they show.
. "$(dirname "$0")/lib.sh"

SECRET1="ZEBRA-private-note-Dana-missed-calls"
SECRET2="OKAPI-follow-up-with-the-sales-VP"

start_screen 100 30 run
wait_for "1/8"
start_window room room
wait_for "1/8"
switch_to main:0

# Search both screens for the secrets, as they are now.
no_secret_anywhere() {
	for target in main:0 main:room; do
		for s in "$SECRET1" "$SECRET2" ZEBRA OKAPI; do
			if tmux -L "$E2E_SOCK" capture-pane -p -J -t "$target" |
			    grep -F -q -- "$s"; then
				return 1
			fi
		done
	done
	return 0
}

keys p
wait_for "Private note (typed blind):"
type_text "$SECRET1"
expect_screen "typing shows that something is typed" "typing, not shown"
check "while typing, neither screen shows the text" no_secret_anywhere
keys Enter
expect_screen "the private note is saved" "Private note saved."
expect_screen "the item shows at most that a private note exists" \
    "(a private note)"
check "after saving, neither screen shows the text" no_secret_anywhere
assert_eq "it is stored as private" "private|$SECRET1" \
    "$(sql "SELECT kind, text FROM entry")"

# A parroted claim with nothing behind it: a private follow-up.
parrot_statement s "But, they weren't qualified."
switch_to main:room
expect_screen "the room shows the parroted question within a second" \
    "They weren't qualified?" 1
switch_to main:0
keys Enter
wait_for "Outcome:"
keys f
wait_for "Follow-up:"
type_text "$SECRET2"
check "while typing the follow-up, neither screen shows it" \
    no_secret_anywhere
keys Enter
expect_screen "the follow-up saves with a neutral word" "Saved."
check "after saving, neither screen shows it" no_secret_anywhere
keys '?'
wait_for "Keys: Meeting"
check "nor does the help" no_secret_anywhere
keys Escape

capture parley followups
assert_eq "parley followups exits 0" 0 "$RC"
assert_contains "and lists the follow-up text" "$OUT" "$SECRET2"
assert_contains "with the statement it came from" "$OUT" \
    "sales said: But, they weren't qualified."
id=$(sql "SELECT id FROM objection")
capture parley followups done "$id"
assert_contains "followups done marks it raised" "$OUT" "marked raised"
capture parley followups
assert_contains "then nothing is left to raise" "$OUT" \
    "No private follow-ups to raise."
capture parley followups done "$id"
assert_eq "raising it twice is an error (65)" 65 "$RC"
assert_contains "and says it was raised already" "$ERR" "raised already"
capture parley followups done 999
assert_eq "raising one that does not exist is not found (66)" 66 "$RC"
assert_contains "and says there is none" "$ERR" "no follow-up 999"
done_test
