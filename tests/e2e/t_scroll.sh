#!/bin/sh
# t_scroll.sh: an item holding more than 80x24 shows scrolls: the newest
# capture comes into view, Up and PgUp bring back the first, and the screen
# says when there is more above or below.
. "$(dirname "$0")/lib.sh"

start_screen 80 24 run
wait_for "1/8"
keys n
wait_for "2/8"
i=1
while [ $i -le 14 ]; do
	keys c
	wait_for "Note:"
	type_text "Win number $i: a logo worth sharing"
	keys Enter
	wait_for "Note saved."
	i=$((i + 1))
done
expect_screen "the newest note is in view after saving it" \
    "· Win number 14: a logo worth sharing"
expect_screen "the screen says there is more above" "↑ more above"
check "the first note is scrolled out of view" \
    gone_within 1 "· Win number 1: a logo"
keys PPage PPage
expect_screen "PgUp brings the first note back" \
    "· Win number 1: a logo worth sharing"
expect_screen "and the screen says there is more below" "↓ more below"
keys Down
expect_screen "Down scrolls back one line" "↑↓ more above and below"
keys n
wait_for "3/8"
keys b
wait_for "2/8"
expect_screen "a new visit to the item starts at its top" \
    "· Win number 1: a logo worth sharing"
keys q
expect_exit "q leaves" 0
done_test
