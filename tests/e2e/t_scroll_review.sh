#!/bin/sh
# t_scroll_review.sh: a review of 120 open commitments (more than a page
# of them under one owner), laid out only as far as it shows, scrolls
# exactly: Down moves one row, PgDn to the end stops with the last row at
# the bottom, PgUp comes back to the heading, and a note saved shows
# below the last commitment.
. "$(dirname "$0")/lib.sh"

i=1
while [ $i -le 120 ]; do
	if [ $i -le 80 ]; then
		owner="Dana Reyes"
	elif [ $i -le 110 ]; then
		owner="Lee Chen"
	else
		owner="Sam Ortiz"
	fi
	# Every tenth is long enough to wrap at 80 columns.
	title="Commitment $i"
	[ $((i % 10)) -eq 0 ] && title="Commitment $i: pull the webinar \
numbers by source, write them up and share them with both sides"
	parley action add "$title" --owner "$owner" --due 2026-12-01 \
	    >/dev/null || e2e_die "action add $i failed"
	i=$((i + 1))
done

# Has the screen changed from what $1 holds?
changed() {
	[ "$(screen)" != "$1" ]
}

# Press KEY while TEXT shows (at most 60 times), each once it has shown.
press_while() {
	n=0
	while e2e_on_screen "$2" && [ $n -lt 60 ]; do
		was=$(screen)
		keys "$1"
		e2e_poll 5 changed "$was"
		n=$((n + 1))
	done
}

# The body: the rows between the item's rule and the status line.
body() {
	screen | sed -n '/──────────/,$p' | sed '1d' | head -n 12
}

start_screen 80 24 run
wait_for "Open commitments from earlier meetings: 120"
expect_screen "the first owner's name heads the list" "Dana Reyes"
before=$(body)
keys Down
wait_for "↑↓ more above and below"
after=$(body)
assert_eq "Down scrolls the body by exactly one row" \
    "$(printf '%s\n' "$before" | sed '1d' | head -n 11)" \
    "$(printf '%s\n' "$after" | head -n 11)"
keys Up
wait_gone "↑↓ more above and below"
assert_eq "Up scrolls it back" "$before" "$(body)"

# PgDn to the end: the last commitment, then the captures, at the bottom.
press_while NPage "below:"
expect_screen "PgDn reaches Sam Ortiz's last commitment" "#120  Commitment 120"
expect_screen "and the end of the body" "Nothing captured here yet"
check "nothing is said to be below the end" e2e_off_screen "below:"
last=$(screen)
assert_match "the captures' line is the body's last row" \
    "$(printf '%s\n' "$last" | sed -n '21p')" "Nothing captured here yet"
keys NPage
keys Down
keys c
wait_for "Note:"
keys Escape
wait_for "Nothing saved."
assert_eq "PgDn and Down at the end move nothing" \
    "$(printf '%s\n' "$last" | sed -n '9,21p')" "$(screen | sed -n '9,21p')"

# PgUp all the way back.
press_while PPage "more above"
expect_screen "PgUp comes back to the heading" \
    "Open commitments from earlier meetings: 120"
assert_eq "and to the first row of the body" "$before" "$(body)"

# Halfway: an owner's name shows with the first commitment beneath it.
keys c
wait_for "Note:"
type_text "Reviewed through Lee's list"
keys Enter
wait_for "Note saved."
expect_screen "a note saved shows at the end of the long list" \
    "· Reviewed through Lee's list"
expect_screen "below the last commitment" "#120  Commitment 120"
keys q
expect_exit "q leaves" 0
done_test
