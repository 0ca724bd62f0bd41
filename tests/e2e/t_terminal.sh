#!/bin/sh
# t_terminal.sh: the terminal around the meeting screen: sizes, NO_COLOR,
# TERM=dumb, one meeting screen per database, and a crash losing nothing.
. "$(dirname "$0")/lib.sh"

# colours: the SGR parameters on stdin that set a colour, one per line
# (39 and 49, back to the default colour, are not colours).
colours() {
	# shellcheck disable=SC2020
	grep -o "$(printf '\033')\[[0-9;:]*m" | sed 's/^.\[//; s/m$//' |
	    tr ';:' '\n\n' | grep -E -x '3[0-8]|4[0-8]|9[0-7]|10[0-7]'
}

# layout: the screen with every clock masked, to compare two runs.
layout() {
	sed 's/[0-9][0-9]:[0-9][0-9]/MM:SS/g'
}

# no_meeting: the database does not exist, or holds no meeting.
# shellcheck disable=SC2317
no_meeting() {
	[ ! -e "$DB" ] || [ "$(sql "SELECT count(*) FROM meeting")" = 0 ]
}

# Too small, then enlarged, then very large.
use_db sizes.db
start_screen 60 20 run
expect_screen "a 60x20 window is asked to be enlarged to 80x24" \
    "Enlarge the window to at least 80x24 (it is 60x20 now)."
keys n
resize_screen 80 24
expect_screen "enlarged to 80x24, the meeting shows" "1/8"
wait_gone "Enlarge the window"
expect_screen "the key pressed while too small was ignored" \
    "Last month's commitments"
expect_screen "the hints are drawn at 80x24" "n/b  c note  a act  o parrot"
resize_screen 200 60
wait_for "kept with a new due date, or dropped."
wide=$(screen)
assert_match "at 200x60 the item's clock is at the right edge" \
    "$(printf '%s\n' "$wide" | sed -n 4p)" \
    '^ 1/8  Review {140,}[0-9:]+ / 10:00$'
assert_contains "at 200x60 the item's prompt is on one line" \
    "$(printf '%s\n' "$wide" | grep 'Go through every')" \
    "done, kept with a new due date, or dropped."
assert_contains "at 200x60 the hints are on the last row" \
    "$(printf '%s\n' "$wide" | sed -n 60p)" "n next  b back  c note"
keys q
expect_exit "q leaves after the resizes" 0

# NO_COLOR: no colour, the same layout; without it, colour.
use_db colour.db
start_screen 80 24 run
wait_for "1/8"
coloured=$(screen_escapes)
plain_colour=$(screen | layout)
keys q
expect_exit "the colour screen leaves" 0
check "without NO_COLOR the screen has colours" \
    test -n "$(printf '%s\n' "$coloured" | colours)"
use_db nocolour.db
E2E_ENV="NO_COLOR=1"
start_screen 80 24 run
E2E_ENV=
wait_for "1/8"
mono=$(screen_escapes)
plain_mono=$(screen | layout)
keys q
expect_exit "the NO_COLOR screen leaves" 0
assert_eq "with NO_COLOR no escape sequence sets a colour" "" \
    "$(printf '%s\n' "$mono" | colours | sort -u | tr '\n' ' ')"
assert_match "with NO_COLOR the bars are still marked, in reverse video" \
    "$mono" "$(printf '\033')\[[0-9;]*7m"
assert_eq "NO_COLOR keeps the same layout" "$plain_colour" "$plain_mono"

# TERM=dumb: refused with a message and exit code 69, nothing started.
use_db dumb.db
E2E_ENV="TERM=dumb"
start_screen 80 24 run
E2E_ENV=
expect_exit "TERM=dumb: run exits 69" 69
expect_screen "TERM=dumb: run says why" "parley: TERM is dumb"
check "TERM=dumb: no meeting was started" no_meeting

# One meeting screen per database.
use_db busy.db
start_screen 80 24 run
wait_for "1/8"
start_window second run
expect_exit "a second run while a meeting is open exits 75" 75
expect_screen "the second run says how to resume" "'parley resume'"
start_window third resume
expect_exit "a second resume while the screen is open exits 75" 75
expect_screen "the second resume says the meeting is open elsewhere" \
    "the meeting is open in another parley"
switch_to main:0
keys n
expect_screen "the first screen still works" "2/8"
keys q
expect_exit "the first screen leaves" 0
start_window fourth run
expect_exit "a run while a meeting is left in progress exits 75" 75
expect_screen "that run names 'parley resume'" "'parley resume'"
assert_eq "still one meeting, in progress" "1|live" \
    "$(sql "SELECT count(*), max(status) FROM meeting")"

# Killed after "saved": nothing saved is lost, and resume works.
start_window fifth resume
wait_for "2/8"
keys c
wait_for "Note:"
type_text "Survives a crash"
keys Enter
wait_for "Note saved."
pid=$(screen_pid)
check "parley's process is found in the pane" test -n "$pid"
[ -n "$pid" ] && kill -9 "$pid"
expect_exit "kill -9 ends parley" 137
assert_eq "the note shown as saved is in the database" "Survives a crash" \
    "$(sql "SELECT text FROM entry WHERE kind = 'note'")"
start_window sixth resume
expect_screen "resume after the crash is back on the same item" "2/8"
expect_screen "resume after the crash shows the note" "· Survives a crash"

# SIGTERM (a shutdown) leaves as q does: the clock saved and stopped.
pid=$(screen_pid)
[ -n "$pid" ] && kill -TERM "$pid"
expect_exit "SIGTERM ends parley cleanly" 0
expect_screen "and says the meeting is still in progress" "still in progress"
assert_eq "the clock is saved and stopped" "live|1" \
    "$(sql "SELECT status, clock_started_at IS NULL FROM meeting")"
done_test
