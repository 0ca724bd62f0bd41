#!/bin/sh
# t_completion.sh: the review item opens with how many of last month's
# commitments were done, per side and per owner, on the meeting screen and
# in the room, and follows each one marked done.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
MKMINUTES=${MKMINUTES:-$E2E_ROOT/build/tests/mkminutes}
[ -x "$MKMINUTES" ] || e2e_die "no $MKMINUTES (make build/tests/mkminutes)"

# The first meeting has no last month: no figure at all.
start_screen 80 24 run
wait_for "Open commitments from earlier meetings: 0"
assert_lacks "the first meeting's review has no figure" "$(screen)" \
    "Commitments done"
keys x
wait_for "End the meeting?"
keys y
expect_exit "the first meeting ends" 0

# Two past meetings; the second (2026-11-23) made four commitments: #5
# Priya, #6 Sam, #7 nobody, #8 Lee. A month later, the third begins.
use_db minutes.db
"$MKMINUTES" "$DB" agendas/monthly-alignment.yaml ||
    e2e_die "mkminutes could not build $DB"
E2E_NOW=2026-12-21T10:00:00
start_screen 80 24 run
wait_for "1/8"
expect_screen "the review opens with last month's figure, per side" \
    "Commitments done: 0 of 4 (0%) · target 90% · sales 0/1 · marketing 0/2"
expect_screen "then per owner" \
    "Lee Chen 0/1 · Priya Natarajan 0/1 · Sam Ortiz 0/1 · (no owner) 0/1"
view=$(screen)
assert_eq "the figure is the first line under the rule" \
    " Commitments done: 0 of 4 (0%) · target 90% · sales 0/1 · marketing 0/2" \
    "$(printf '%s\n' "$view" | sed -n 10p)"
assert_contains "at 80x24 the open commitments still show below it" "$view" \
    "Open commitments from earlier meetings: 6"

start_window room room
expect_screen "the room opens the review with the same figure" \
    "Commitments done: 0 of 4 (0%) · target 90% · sales 0/1 · marketing 0/2"
expect_screen "and the owners" "Lee Chen 0/1 · Priya Natarajan 0/1"
switch_to main:0

# A: the list is by owner: #2 and #8 (Lee), #5 and #3 (Priya), #6, #7.
keys A
wait_for "Open action items: d done"
keys Down d
expect_screen "d marks #8 done" "#8 done."
keys Escape
expect_screen "the figure counts it at once" \
    "Commitments done: 1 of 4 (25%) · target 90% · sales 0/1 · marketing 1/2"
expect_screen "and Lee's" "Lee Chen 1/1 · Priya Natarajan 0/1"
switch_to main:room
expect_screen "the room follows" \
    "Commitments done: 1 of 4 (25%) · target 90% · sales 0/1 · marketing 1/2"

# Done from the command line, as the meeting runs: the room follows.
parley action done 6 >/dev/null
parley action done 5 >/dev/null
parley action done 7 >/dev/null
expect_screen "the room follows changes made elsewhere" \
    "Commitments done: 4 of 4 (100%) · target 90% · sales 1/1 · marketing 2/2"
expect_screen "every owner at full marks" \
    "Lee Chen 1/1 · Priya Natarajan 1/1 · Sam Ortiz 1/1 · (no owner) 1/1"
# Meeting 1's four commitments are not last month's: 4, not 8.
assert_lacks "meeting 1's commitments are not counted" "$(screen)" "of 8"

# Past the review, the figure is gone from both screens.
switch_to main:0
keys n
wait_for "2/8"
switch_to main:room
wait_for "2/8"
assert_lacks "the room shows the figure only on the review" "$(screen)" \
    "Commitments done"
switch_to main:0
assert_lacks "so does the meeting screen" "$(screen)" "Commitments done"
keys q
expect_exit "q leaves" 0
done_test
