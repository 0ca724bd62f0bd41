#!/bin/sh
# t_room.sh: the read-only room view waits for a meeting, follows the
# facilitator within a second, shows the parroted question and today's
# actions, survives the meeting ending, and leaves on q.
. "$(dirname "$0")/lib.sh"

start_screen 100 30 room
wait_for "Waiting for a meeting to start"
expect_screen "the room says it is read-only and how to leave" "q leaves"

# A second room view at the same time, at 80x24.
start_window room2 room
wait_for "Waiting for a meeting to start"
resize_screen 80 24

# The facilitator starts in another window.
start_window fac run
wait_for "1/8"
switch_to main:0
expect_screen "the room picks the meeting up when it starts" "1/8" 2
expect_screen "and shows its title" "Monthly Sales & Marketing Alignment"

switch_to main:fac
keys n
wait_for "2/8"
switch_to main:0
expect_screen "the room follows the facilitator to the next item" \
    "2/8  Olive branch" 1
switch_to main:room2
expect_screen "so does the second room view" "2/8  Olive branch" 1

switch_to main:fac
keys a
wait_for "Action:"
type_text "Share the three new logos"
keys Enter
wait_for "Owner:"
type_text "Lee Chen"
keys Enter
wait_for "Due:"
type_text "tomorrow"
keys Enter
wait_for "Action #1 saved"
keys d
wait_for "Decision:"
type_text "Every newly won customer goes to the shared channel"
keys Enter
wait_for "Decision saved."
switch_to main:0
expect_screen "the room lists today's action with owner and due" \
    "#1  Share the three new logos · Lee Chen · due 2026-11-24" 1
expect_screen "and today's decisions" \
    "Every newly won customer goes to the shared channel" 1

switch_to main:fac
keys n
wait_for "3/8"
parrot_statement s "We never get anything from you."
switch_to main:0
expect_screen "the room shows the question in plain text" \
    "You never get anything from us?" 1
expect_screen "and in large letters" "████"
switch_to main:room2
expect_screen "at 80x24 the room still shows the question" \
    "You never get anything from us?" 1

switch_to main:fac
keys Escape
wait_for "Parroting cancelled"
switch_to main:0
wait_gone "You never get anything from us?" 2
check "a cancelled question leaves the room" true

# Keys do nothing in the room but q.
keys n x y
expect_screen "the room ignores meeting keys" "3/8"

switch_to main:fac
keys x
wait_for "End the meeting?"
keys y
wait_for "EXIT="
switch_to main:0
expect_screen "the room survives the meeting's end and shows its summary" \
    "the meeting has ended" 2
expect_screen "the summary waits for the next meeting" \
    "Waiting for the next meeting to start."
expect_screen "the summary lists what the meeting made" \
    "#1  Share the three new logos · Lee Chen · due 2026-11-24"
expect_screen "and what it decided" \
    "Every newly won customer goes to the shared channel"
expect_screen "and what it did not cover" "Not covered, or out of time"
expect_screen "the summary gives the meeting's rating" \
    "The meeting's rating: nobody has rated it yet"
check "with no key in it" e2e_off_screen "(r: each attendee"
expect_screen "and says no action lacks an owner or a due date" \
    "Every action item has an owner and a due date."
# The next meeting replaces the summary.
start_window fac2 run
switch_to main:0
expect_screen "a new meeting replaces the summary" "1/8" 2
switch_to main:fac2
keys q
wait_for "EXIT="
switch_to main:0
keys q
expect_exit "q leaves the room view" 0
switch_to main:room2
keys q
expect_exit "q leaves the second room view too" 0
done_test
