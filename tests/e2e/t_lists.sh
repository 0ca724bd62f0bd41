#!/bin/sh
# t_lists.sh: the list screens on a database with history: the open action
# items (PgDn, End, Home, the selection staying on the item changed) and
# the search screen (/ from home and from a meeting, nothing private).
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
fixture_meetings
# Forty more open items, so the list is longer than the screen.
i=1
while [ $i -le 40 ]; do
	parley action add "Filler item $i" --owner "Zed Filler" --due 2027-01-15 \
	    >/dev/null 2>&1 || e2e_die "action add failed"
	i=$((i + 1))
done
E2E_NOW=2026-12-21T10:00:00

start_screen 80 24
wait_for "What would you like to do?"
keys A
wait_for "Open action items"
selected() {
	screen_escapes | grep -F "$(printf '\033[30m\033[47m')" |
	    sed 's/\x1b\[[0-9;]*m//g' | sed -n 's/^ *#\([0-9]*\).*/\1/p' |
	    head -n 1
}
# is_selected ID: the highlighted row is action ID (the screen may be
# caught between two writes of a repaint: poll, never sleep).
is_selected() {
	[ "$(selected)" = "$1" ]
}
first=$(screen | sed -n 's/^ *#\([0-9]*\) .*/\1/p' | head -n 1)
keys End
expect_screen "End goes to the last item" "Filler item 40"
# Items nobody owns sort last: #7 of the fixture.
check "End selects the last item" e2e_poll 5 is_selected 7
keys Home
wait_gone "Filler item 40"
check "Home goes back to the first item" e2e_poll 5 is_selected "$first"
keys NPage
check "PgDn moves a page down" e2e_poll 5 sh -c \
    "! [ \"\$(tmux -L '$E2E_SOCK' capture-pane -p -e -t main:0 |
        grep -c \"$(printf '\033')\[47m #$first \")\" -gt 0 ]"
keys Home
e2e_poll 5 is_selected "$first" || e2e_die "Home did not come back"
# Keep the first item (Dana's, due soonest) to a later date: it sorts lower,
# and the selection follows it.
id=$first
keys k
wait_for "new due date:"
keys C-u
type_text "2027-02-01"
keys Enter
wait_for "kept, due 2027-02-01"
check "the selection stays on the item just kept" \
    e2e_poll 5 is_selected "$id"
keys d
wait_for "#$id done."
check "after done, the next item is selected" test -n "$(selected)"
keys Escape
wait_for "What would you like to do?"

# Search from home: hits with where they were said; nothing private.
keys /
wait_for "Search:"
type_text "pric"
keys Enter
expect_screen "the search shows how many it found" "Search: pric · 4 found"
expect_screen "a parked topic is found by the start of a word" \
    "parked topic     Partner channel pricing"
expect_screen "where the selected hit was said shows below" \
    "Meeting 1 of 2026-10-26"
keys /
wait_for "Search:"
type_text "QUOKKAPRIVATE"
keys Enter
expect_screen "a private note is never found on a screen" \
    "No meeting said that."
keys /
wait_for "Search:"
type_text "leads junk"
keys Enter
expect_screen "a statement is found by its words" "Your leads are junk!"
keys Escape
wait_for "What would you like to do?"
keys q
expect_exit "q leaves the home screen" 0
done_test
