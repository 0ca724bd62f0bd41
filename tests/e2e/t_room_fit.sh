#!/bin/sh
# t_room_fit.sh: the room at 80x24 with more than fits: whole entries from
# the top, then "… N more"; never half an entry, never a facilitator's key.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
fixture_meetings
i=1
while [ $i -le 12 ]; do
	parley action add "Backlog item $i with a title long enough to wrap on \
a room screen of eighty columns" --owner "Sam Ortiz" --due 2026-12-10 \
	    >/dev/null || e2e_die "action add failed"
	i=$((i + 1))
done
E2E_NOW=2026-12-21T10:00:00

start_screen 80 24 room
wait_for "Waiting for a meeting to start"
start_window fac run
wait_for "1/8"
switch_to main:0
expect_screen "the room shows the review" "Open commitments from earlier"
expect_screen "what does not fit is counted on its last line" "more"
view=$(screen)
assert_match "the last line of the list says how many more" "$view" \
    '^ … [0-9]+ more$'
# "N more" counts commitments, not lines: headings and carried lines aside.
total=$(printf '%s\n' "$view" | sed -n \
    's/^ Open commitments from earlier meetings: \([0-9]*\)$/\1/p')
shown=$(printf '%s\n' "$view" | grep -c '^   #[0-9]')
assert_contains "N more is the commitments not shown" "$view" \
    "… $((total - shown)) more"
assert_eq "no owner's name stands alone above it" "" "$(printf '%s\n' \
    "$view" | awk '/^ … [0-9]+ more$/ { if (prev !~ /^   /) print prev } \
    { prev = $0 }')"
assert_lacks "the room shows no facilitator's key" "$view" "(A"
assert_lacks "nor a hint pointing at the meeting screen" "$view" \
    "meeting screen"
# Every wrapped entry shows whole: a line that continues one (indented
# deeper) always follows the line that starts it.
assert_eq "no entry is cut in half at the bottom" "" "$(printf '%s\n' \
    "$view" | awk '/^ … [0-9]+ more$/ { if (prev ~ /^   #/ && \
    prev ~ /with a title long enough to wrap on a$/) print "cut" } \
    { prev = $0 }')"

# The facilitator opens the action list: the room shows what is on the table.
switch_to main:fac
keys A
wait_for "Open action items"
keys Down
switch_to main:0
expect_screen "the room shows the commitment selected in the list" \
    "On the table" 2
selected=$(sql "SELECT room_action FROM meeting WHERE status = 'live'")
title=$(sql "SELECT title FROM action WHERE id = $selected")
expect_screen "and which one it is" "#$selected  $(printf '%s' "$title" |
    cut -c1-30)"
switch_to main:fac
keys Down
switch_to main:0
wait_gone "#$selected  $(printf '%s' "$title" | cut -c1-30)" 2
check "moving the selection moves what the room shows" true
switch_to main:fac
keys Escape
switch_to main:0
wait_gone "On the table" 2
check "leaving the list takes it off the table" true
assert_eq "and the database says nothing is" "" \
    "$(sql "SELECT room_action FROM meeting WHERE status = 'live'")"
switch_to main:fac
keys q
wait_for "EXIT="
done_test
