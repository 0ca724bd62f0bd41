#!/bin/sh
# t_pulse.sh: the tension and friction check on both screens. A month
# after the mkminutes meetings (sales tension 2 then 4), each side rates
# with r: a rating out of 1-5 is refused, Esc saves nothing, a second
# rating replaces the first; the sparklines and an early warning for a rise
# of 2 show on the meeting screen and in the room, at 80x24 and 200x60.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
fixture_meetings
E2E_NOW=2026-12-21T10:00:00

# pulse_of SIDE: this meeting's row for a side, as the database has it.
pulse_of() {
	sql "SELECT tension || '|' || friction || '|' || coalesce(reason, '-')
	    FROM pulse WHERE meeting_id = 3 AND side = '$1'"
}

start_screen 80 24 run
wait_for "1/8"
start_window room room
switch_to main:0
keys n n n n n n
wait_for "7/8  Pulse"
expect_screen "the pulse shows each side's last meetings, today not rated" \
    "Sales      tension  ▃▇·    –       friction ▃▃·    –"
expect_screen "marketing's too" \
    "Marketing  tension  ▃▃·    –       friction ▁▅·    –"
expect_screen "and says how to rate" "Not rated yet: r, then the side"
switch_to main:room
expect_screen "the room follows to the pulse" "7/8  Pulse" 2
expect_screen "the room shows the same sparklines" \
    "Sales      tension  ▃▇·    –       friction ▃▃·    –"
expect_screen "the room says it is not rated yet" "Not rated yet."
check "the room shows no key" e2e_off_screen "r, then the side"

# Esc at the side, or at a value, saves nothing.
switch_to main:0
keys r
wait_for "Which side rates?"
keys Escape
wait_for "Nothing rated."
keys r
wait_for "Which side rates?"
keys s
wait_for "Sales: economic tension, 1-5:"
keys Escape
wait_for "Nothing rated."
assert_eq "nothing is saved after Esc" "0" \
    "$(sql "SELECT count(*) FROM pulse WHERE meeting_id = 3")"

# A value out of range comes back, selected; the digit typed replaces it.
keys r s
wait_for "Sales: economic tension, 1-5:"
type_text "6"
keys Enter
wait_for "a rating is a whole number from 1 (calm) to 5 (about to break)"
type_text "5"
keys Enter
wait_for "Sales: cultural friction, 1-5:"
type_text "4"
keys Enter
wait_for "Why:"
type_text "Discount fight again"
keys Enter
wait_for "Pulse saved: sales tension 5, friction 4."
assert_eq "the rating is saved with its reason" "5|4|Discount fight again" \
    "$(pulse_of sales)"
expect_screen "tension: today's value last, up 1" \
    "Sales      tension  ▃▇█    5 ↑1    friction ▃▃▇    4 ↑2"
expect_screen "the reason under it" "why: Discount fight again"
expect_screen "a rise of 2 is an early warning, in words" \
    "EARLY WARNING · Sales: cultural friction rose from 2 to 4 since 2026-11-23"
check "a rise of 1 is not" e2e_off_screen "economic tension rose"
switch_to main:room
expect_screen "the room shows the rating within a second" \
    "Sales      tension  ▃▇█    5 ↑1    friction ▃▃▇    4 ↑2" 2
expect_screen "and the early warning" \
    "EARLY WARNING · Sales: cultural friction rose from 2 to 4 since 2026-11-23"

# A second rating replaces the first: the old values offered, selected.
switch_to main:0
keys r s
wait_for "Sales: economic tension, 1-5: 5"
type_text "3"
keys Enter
wait_for "Sales: cultural friction, 1-5: 4"
keys Enter
wait_for "Why: Discount fight again"
keys Enter
wait_for "Pulse saved: sales tension 3, friction 4."
assert_eq "one rating a side, replaced" "1|3|4|Discount fight again" \
    "$(sql "SELECT count(*) FROM pulse WHERE meeting_id = 3 AND side =
        'sales'")|$(pulse_of sales)"
expect_screen "a fall shows as one" "tension  ▃▇▅    3 ↓1"
keys u
wait_for "A pulse rating cannot be undone (r again changes it)."
assert_eq "u leaves the rating" "3|4|Discount fight again" \
    "$(pulse_of sales)"

# Marketing, without a reason.
keys r m
wait_for "Marketing: economic tension, 1-5:"
type_text "2"
keys Enter
type_text "1"
keys Enter
wait_for "Why:"
keys Enter
wait_for "Pulse saved: marketing tension 2, friction 1."
assert_eq "no reason is NULL, not empty" "2|1|-" "$(pulse_of marketing)"
expect_screen "marketing's line" \
    "Marketing  tension  ▃▃▃    2 =     friction ▁▅▁    1 ↓2"
check "no warning for a fall" e2e_off_screen "Marketing: cultural"

# On a large screen, the same lines, whole.
resize_screen 200 60
switch_to main:room
resize_screen 200 60
expect_screen "200x60: the room shows both sides" \
    "Marketing  tension  ▃▃▃    2 =     friction ▁▅▁    1 ↓2" 2
expect_screen "200x60: and the warning, on one line" \
    "EARLY WARNING · Sales: cultural friction rose from 2 to 4 since 2026-11-23"
switch_to main:0
expect_screen "200x60: the meeting screen too" \
    "Sales      tension  ▃▇▅    3 ↓1    friction ▃▃▇    4 ↑2"
keys q
expect_exit "q leaves" 0

# The minutes of the meeting in progress, in every format.
capture parley export 3
assert_contains "md: each side's ratings, the change and the trend" "$OUT" \
    "| Sales | 3, down from 4 · ▃▇▅ | 4, up from 2 · ▃▃▇ | Discount fight again |"
assert_contains "md: the early warning" "$OUT" \
    "- **Early warning:** cultural friction on the sales side rose from 2 to 4 since 2026-11-23."
capture parley export 3 --format html
assert_contains "html: the early warning" "$OUT" \
    '<p class="callout"><strong>Early warning:</strong> cultural friction on the sales side'
parley export 3 --format json >"$E2E_DIR/m3.json"
if out=$(/usr/bin/python3 tests/e2e/check_minutes.py json \
    man/parley-minutes.schema.json "$DB" "$E2E_DIR/m3.json" 3 0 2>&1); then
	e2e_pass "json: valid, and as the database has it"
else
	e2e_fail "json: valid, and as the database has it"
	printf '%s\n' "$out"
fi
assert_contains "json: the warning" "$(cat "$E2E_DIR/m3.json")" \
    '{"side": "sales", "measure": "friction", "from": 2, "to": 4, "since": "2026-11-23"}'
for fmt in csv ics; do
	capture parley export 3 --format "$fmt"
	assert_eq "$fmt: written" 0 "$RC"
done
done_test
