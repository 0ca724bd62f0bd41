#!/bin/sh
# t_parking.sh: the parking lot carried forward. A topic parked two
# meetings ago is still on the review until closed: C closes it (or opens
# it again) on the meeting screen, the room follows; parley parking lists
# the lot, parking close and reopen change it between meetings; a later
# agenda that takes a topic up shows it there and carries it no more.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
fixture_meetings
E2E_NOW=2026-12-21T10:00:00

# Between meetings: the lot as it stands (meeting 2 closed #1).
capture parley parking
assert_eq "parley parking lists the open topics, oldest first" \
    "#2  parked 2026-10-26 in meeting 1  Sales deck refresh
#10  parked 2026-11-23 in meeting 2  Regional pricing, revisit in Q1" "$OUT"
capture parley parking close abc
assert_eq "a bad id is a usage error" 64 "$RC"
capture parley parking close 999
assert_eq "no such topic: 66" "66|parley: no parked topic #999" "$RC|$ERR"
capture parley parking close 3
assert_eq "a note is not a parked topic: 66" 66 "$RC"
capture parley parking close 1
assert_eq "closed already: 65" "65|parley: parked topic #1 is closed already" \
    "$RC|$ERR"
capture parley parking reopen 10
assert_eq "reopening an open one: 65" 65 "$RC"

start_screen 80 24 run
wait_for "1/8"
start_window room room
switch_to main:0
expect_screen "the review carries the lot: both open" \
    "Parking lot, carried forward: 2 open (C closes one, or reopens it)"
expect_screen "the topic of two meetings ago is still there" \
    "1. Sales deck refresh · parked 2026-10-26"
expect_screen "and last meeting's" \
    "2. Regional pricing, revisit in Q1 · parked 2026-11-23"
switch_to main:room
expect_screen "the room shows the lot" "Parking lot, carried forward: 2 open" 2
check "without the key" e2e_off_screen "C closes"
expect_screen "the room numbers them as the screen does" \
    "1. Sales deck refresh · parked 2026-10-26"
# Below the lot the commitments do not all fit at 80x24: whole ones (a
# carried one with its line), then "… N more" counting commitments; an
# owner's name never stands alone, nor heads another owner's commitment.
expect_screen "a carried commitment shows whole" "carried 1 time"
view=$(screen)
assert_match "the commitments that fit" "$view" \
    '^   #8  Share the minutes with the VP'
assert_contains "then how many more: 6 less the 2 shown" "$view" "… 4 more"
assert_lacks "Priya's commitment not under Lee's name" "$view" "#5  Add"
assert_eq "no owner's name alone above it" "   #8" "$(printf '%s\n' "$view" |
    awk '/^ … [0-9]+ more$/ { print substr(prev, 1, 5) } { prev = $0 }')"

switch_to main:0
keys C
wait_for "Close or reopen parked topic (1-2):"
type_text "3"
keys Enter
wait_for "No parked topic 3: the lot is numbered 1 to 2."
keys C
wait_for "Close or reopen parked topic (1-2):"
keys Escape
wait_for "No parked topic changed."
keys C
wait_for "Close or reopen parked topic (1-2):"
type_text "1"
keys Enter
wait_for "Parked topic 1 closed: Sales deck refresh"
expect_screen "closed, it stays in today's lot, marked" \
    "1. ✓ Sales deck refresh · closed in this meeting"
expect_screen "one is left open" "Parking lot, carried forward: 1 open"
assert_eq "closed in the database" "1" \
    "$(sql "SELECT closed_at IS NOT NULL FROM entry WHERE id = 2")"
switch_to main:room
expect_screen "the room shows it closed within a second" \
    "1. ✓ Sales deck refresh · closed in this meeting" 2
switch_to main:0
keys u
wait_for "Closing a parked topic cannot be undone (C again reopens it)."
keys C 1 Enter
wait_for "Parked topic 1 reopened: Sales deck refresh"
assert_eq "open again" "0" \
    "$(sql "SELECT closed_at IS NOT NULL FROM entry WHERE id = 2")"
keys C 1 Enter
wait_for "Parked topic 1 closed: Sales deck refresh"

# The command line while the meeting runs: the room follows it.
capture parley parking
assert_eq "parley parking: only what is still open" \
    "#10  parked 2026-11-23 in meeting 2  Regional pricing, revisit in Q1" \
    "$OUT"
capture parley parking close 10
assert_eq "parking close says so" "0|Parked topic #10 closed." "$RC|$OUT"
switch_to main:room
expect_screen "the room sees a close from the command line" \
    "2. ✓ Regional pricing, revisit in Q1 · closed in this meeting" 2
capture parley parking reopen 10
assert_eq "parking reopen says so" \
    "0|Parked topic #10 reopened: the next meeting carries it again." \
    "$RC|$OUT"
expect_screen "and a reopen" \
    "2. Regional pricing, revisit in Q1 · parked 2026-11-23" 2

resize_screen 200 60
expect_screen "200x60: the room shows the lot" \
    "1. ✓ Sales deck refresh · closed in this meeting" 2
switch_to main:0
resize_screen 200 60
expect_screen "200x60: the meeting screen too" \
    "2. Regional pricing, revisit in Q1 · parked 2026-11-23"
keys x
wait_for "End the meeting?"
keys y
expect_exit "meeting 3 ends" 0
capture parley export 3
assert_contains "the minutes mark the topic closed in the meeting" "$OUT" \
    "- Sales deck refresh *(parked 2026-10-26; closed in this meeting)*"

# Meeting 4 takes the other topic up as an agenda topic.
cat >"$E2E_DIR/topic.yaml" <<'YAML'
title: Pricing session
team:
  sales: [Dana Reyes]
  marketing: [Lee Chen]
items:
  - kind: review
    title: Last month's commitments
    minutes: 10
  - kind: topic
    title: Regional pricing, revisit in Q1
    minutes: 20
YAML
E2E_NOW=2027-01-18T10:00:00
start_screen 80 24 run "$E2E_DIR/topic.yaml"
wait_for "1/2"
expect_screen "the topic closed last time is carried no more" \
    "Parking lot, carried forward: 1 open"
expect_screen "the one on today's agenda says so" \
    "1. Regional pricing, revisit in Q1 · on today's agenda, item 2"
keys x
wait_for "End the meeting?"
keys y
expect_exit "meeting 4 ends" 0
capture parley parking
assert_eq "taken up as a topic, it leaves the lot" \
    "The parking lot is empty." "$OUT"
E2E_NOW=2027-02-15T10:00:00
start_screen 80 24 run
wait_for "1/8"
check "the next meeting has no lot to show" \
    e2e_off_screen "Parking lot, carried forward"
keys q
expect_exit "q leaves" 0
done_test
