#!/bin/sh
# t_wrapup.sh: the wrap-up on both screens: today's actions and the
# commitments kept today, those lacking an owner or a due date called out,
# today's decisions, the items missed; each attendee's rating with r (Tab
# completes, 1-10, a second replaces the first, a guest becomes an
# attendee), the average and its trend; at 80x24 and 200x60. Then the
# minutes of that meeting in every format.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
fixture_meetings
E2E_NOW=2026-12-21T10:00:00

# rate NAME VALUE: the r flow, NAME typed whole.
rate() {
	keys r
	wait_for "Who rates the meeting?"
	type_text "$1"
	keys Enter
	wait_for "Rating by "
	keys C-u
	type_text "$2"
	keys Enter
	wait_for "Rating saved: "
}

start_screen 80 24 run
wait_for "1/8"
start_window room room
switch_to main:0
# Keep one of the commitments from earlier meetings.
keys A
wait_for "Open action items:"
keys k
wait_for "new due date: next"
keys Enter
wait_for " kept, due "
kept=$(sql "SELECT action_id FROM action_event WHERE meeting_id = 3 AND
    what = 'kept'")
keys Escape
wait_for "1/8"
keys n n n n n
wait_for "6/8"
keys d
wait_for "Decision:"
type_text "Nurture webinar leads two more weeks"
keys Enter
wait_for "Decision saved."
keys a
wait_for "Action:"
type_text "Fix the pricing page"
keys Enter Enter Enter
wait_for "Action #9 saved"
keys n n
wait_for "8/8  Wrap-up"
expect_screen "nobody has rated yet, and how to" \
    "The meeting's rating: nobody has rated it yet (r: each attendee, 1 to 10)"
expect_screen "today's action" \
    "#9  Fix the pricing page · NO OWNER · NO DUE DATE"
expect_screen "the commitment kept today" \
    "Commitments kept or escalated today: 1"
expect_screen "the one lacking an owner and a date, called out" \
    "MISSING an owner or a due date: #9 no owner, no due date"
switch_to main:room
expect_screen "the room follows to the wrap-up" "8/8  Wrap-up" 2
expect_screen "the room says nobody has rated yet, without a key" \
    "The meeting's rating: nobody has rated it yet"
check "no key in the room" e2e_off_screen "(r:"
expect_screen "the room calls out what is missing" \
    "MISSING an owner or a due date: #9 no owner, no due date"
expect_screen "the room lists the commitment kept" \
    "#$kept  "

# r: Tab completes the name; 11 is refused and comes back; 9 is saved.
switch_to main:0
keys r
wait_for "Who rates the meeting?"
type_text "Da"
keys Tab
wait_for "Who rates the meeting? Dana Reyes"
keys Enter
wait_for "Rating by Dana Reyes, 1-10:"
type_text "11"
keys Enter
wait_for "a rating is a whole number from 1 to 10."
type_text "9"
keys Enter
wait_for "Rating saved: Dana Reyes 9."
rate "Lee Chen" 7
rate "Guest Person" 6
expect_screen "a guest becomes an attendee, and is told so" \
    "(not on the team: now an attendee)"
# A second rating replaces the first, the old one offered.
keys r
wait_for "Who rates the meeting?"
type_text "dana reyes"
keys Enter
wait_for "Rating by dana reyes, 1-10: 9"
type_text "8"
keys Enter
wait_for "Rating saved: dana reyes 8."
assert_eq "one rating each, the last given" "Dana Reyes|8
Lee Chen|7
Guest Person|6" "$(sql "SELECT p.name, a.rating FROM attendee a JOIN person
    p ON p.id = a.person_id WHERE a.meeting_id = 3 AND a.rating IS NOT NULL
    ORDER BY a.rowid")"
keys r
wait_for "Who rates the meeting?"
keys Escape
wait_for "Nothing rated."
expect_screen "the average of those who rated, and its trend" \
    "The meeting's rating: 7.0 from 3 of 5 (r rates) · ▆▇▆"
expect_screen "against the last rated meeting" \
    "Last rated meeting, 2026-11-23: 8.0; down ↓"
expect_screen "each attendee, a dash for none" \
    "Dana Reyes 8 · Sam Ortiz – · Priya Natarajan – · Lee Chen 7 ·"
keys u
wait_for "A rating cannot be undone (r again changes it)."
switch_to main:room
expect_screen "the room shows the rating and its trend" \
    "The meeting's rating: 7.0 from 3 of 5 · ▆▇▆" 2
expect_screen "the room lists today's decision" \
    "Nurture webinar leads two more weeks"

# 200x60: the same, whole.
resize_screen 200 60
expect_screen "200x60: the room shows every attendee's on one line" \
    "Dana Reyes 8 · Sam Ortiz – · Priya Natarajan – · Lee Chen 7 · Guest Person 6" 2
switch_to main:0
resize_screen 200 60
expect_screen "200x60: the meeting screen shows the items missed" \
    "Not covered, or out of time"
keys x
wait_for "End the meeting?"
keys y
expect_exit "the meeting ends" 0

# The minutes of this meeting, in every format.
capture parley export 3
assert_contains "md: the rating, its average and trend" "$OUT" \
    "Average **7.0** from 3 of 5 attendees; the last rated meeting (2026-11-23) had 8.0: down."
assert_contains "md: a guest's rating" "$OUT" "| Guest Person |  | 6 |"
capture parley export 3 --format html
assert_contains "html: the rating table" "$OUT" \
    '<td data-label="Rating"><span class="none">none</span></td>'
parley export 3 --format json >"$E2E_DIR/m3.json"
if out=$(/usr/bin/python3 tests/e2e/check_minutes.py json \
    man/parley-minutes.schema.json "$DB" "$E2E_DIR/m3.json" 3 0 2>&1); then
	e2e_pass "json: valid, and as the database has it"
else
	e2e_fail "json: valid, and as the database has it"
	printf '%s\n' "$out"
fi
assert_contains "json: the average" "$(cat "$E2E_DIR/m3.json")" \
    '"average": 7,'
capture parley export 3 --format csv
assert_contains "csv: today's action, without owner or date" "$OUT" \
    "9,Fix the pricing page,,,,open,"
capture parley export 3 --format ics
assert_contains "ics: today's action" "$OUT" "SUMMARY:Fix the pricing page"
done_test
