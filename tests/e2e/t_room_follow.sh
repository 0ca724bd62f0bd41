#!/bin/sh
# t_room_follow.sh: what the room shows follows the facilitator item by
# item: a parroted question leaves the room when the meeting moves on, a
# statement shows under the item it was parroted under and no other, and
# today's action items marked done or dropped stay in the room's list,
# marked so.
. "$(dirname "$0")/lib.sh"

start_screen 100 30 room
wait_for "Waiting for a meeting to start"
start_window fac run
wait_for "1/8"
keys n n
wait_for "3/8"

# Parrot a statement on item 3 and resolve it.
parrot_statement s "We never get anything from you."
keys Enter
wait_for "Outcome:"
keys r
wait_for "Saved."
expect_screen "the statement shows under the item it was parroted on" \
    "Sales said: We never get anything from you."
switch_to main:0
expect_screen "the room shows the question once the statement is saved" \
    "You never get anything from us?" 2

# Moving on clears the question in the room.
switch_to main:fac
keys n
wait_for "4/8"
check "the next item does not show the statement" \
    e2e_off_screen "We never get anything from you."
switch_to main:0
expect_screen "the room follows to the next item" "4/8" 2
check "and the question left the room with its item" \
    gone_within 20 "You never get anything from us?"

# Back on item 3: the statement is there, and only there.
switch_to main:fac
keys b
wait_for "3/8"
expect_screen "back on its item, the statement shows again" \
    "Sales said: We never get anything from you."
keys b
wait_for "2/8"
check "the item before does not show it either" \
    e2e_off_screen "We never get anything from you."
switch_to main:0
expect_screen "the room follows back" "2/8" 2
check "and does not show the question again" \
    e2e_off_screen "You never get anything from us?"

# Two action items today: one marked done, one dropped.
switch_to main:fac
for what in "Send the pricing deck" "Book the partner webinar"; do
	keys a
	wait_for "Action:"
	type_text "$what"
	keys Enter
	wait_for "Owner:"
	type_text "Lee Chen"
	keys Enter
	wait_for "Due:"
	type_text "fri"
	keys Enter
	wait_for "saved"
done
keys A
wait_for "Open action items"
wait_for "Send the pricing deck"
keys d
wait_for "#1 done."
wait_for "Book the partner webinar"
keys x
wait_for "Drop #2"
keys y
wait_for "#2 dropped."
keys Escape
wait_for "2/8"
switch_to main:0
expect_screen "the room keeps today's action marked done, as done" \
    "#1  Send the pricing deck · Lee Chen · due 2026-11-27 · done" 2
expect_screen "and the one dropped, as dropped" \
    "#2  Book the partner webinar · Lee Chen · due 2026-11-27 · dropped" 2
expect_screen "both still count among today's" "Action items from today: 2"

keys q
expect_exit "q leaves the room view" 0
switch_to main:fac
keys q
expect_exit "q leaves the meeting in progress" 0
done_test
