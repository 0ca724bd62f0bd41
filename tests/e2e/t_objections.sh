#!/bin/sh
# t_objections.sh: Q1 and Q2 as a facilitator and the room see them. A first
# meeting hears two objections; the second, at 80x24 with the room beside
# it, counts one again by Tab and by typing it another way, parrots a
# statement into the tally, overflows the room's list, turns an objection
# into a content request and its action (refusing a sales owner and an
# objection never heard), takes it back with u, and ends; its minutes are
# read in every format. A third meeting runs at 200x60.
. "$(dirname "$0")/lib.sh"

# hear TEXT: h, the text, Enter, and wait for the count.
hear() {
	keys h
	wait_for "Objection heard:"
	type_text "$1"
	keys Enter
	wait_for "$2"
}

# The first meeting, a month before: two objections heard, then ended.
E2E_NOW=2026-10-26T10:00:00
start_screen 80 24 run
wait_for "1/8"
keys n n
wait_for "3/8  Q1"
expect_screen "Q1 says how to capture an objection" \
    "No objections heard yet today: h captures one"
hear "Too expensive" "New objection saved: Too expensive."
hear "No budget this quarter" "New objection saved: No budget this quarter."
expect_screen "a new objection has no history" "new today"
keys x
wait_for "End the meeting?"
keys y
expect_exit "the first meeting ends" 0
check "two hearings in the first meeting" \
    test "$(sql 'SELECT count(*) FROM prospect_objection')" = 2

# The second meeting, with the room beside it at 80x24.
E2E_NOW=2026-11-23T10:00:00
start_screen 80 24 run
wait_for "1/8"
start_window room room
wait_for "1/8"
switch_to main:0
keys n n
wait_for "3/8  Q1"

# Typed another way, an objection is counted again, not repeated.
hear "  too EXPENSIVE " "Heard again: Too expensive (1× today)."
expect_screen "the tally counts it under its first name" "1×  Too expensive"
expect_screen "with its history" \
    "heard in 2 of the last 2 meetings · first 2026-10-26 · last 2026-10-26"
# Tab offers the objections heard before.
keys h
wait_for "Objection heard:"
type_text "no"
keys Tab
expect_screen "Tab completes an objection heard before" \
    "Objection heard: No budget this quarter"
keys Enter
wait_for "Heard again: No budget this quarter (1× today)."
keys h
wait_for "Objection heard:"
keys Tab
expect_screen "Tab on nothing lists them all" \
    "No budget this quarter · Too expensive"
keys Escape
wait_for "Nothing saved."
hear "Needs SOC 2 before a demo" "New objection saved: Needs SOC 2"
hear "Too expensive" "Heard again: Too expensive (2× today)."
expect_screen "most heard first" "Objections heard today: 4"
screen_now=$(screen)
assert_match "the one heard twice leads the tally" "$screen_now" \
    "^   2×  Too expensive"

# A statement parroted on Q1 is in its tally, as such.
parrot_statement s "Your leads are junk!"
keys Enter
wait_for "a action"
keys r
wait_for "Saved."
expect_screen "the parroted statement is in the tally" \
    "1× parroted  Your leads are junk!"
# The room shows the question asked back until the item changes; then,
# back on Q1, the tally.
switch_to main:room
expect_screen "the room shows the question first" "Our leads are junk?" 2
switch_to main:0
keys n
wait_for "4/8"
keys b
wait_for "3/8"
switch_to main:room
expect_screen "the room shows the tally" "Objections heard today: 5" 2
expect_screen "and each history, short" \
    "2×  Too expensive · 2 of the last 2 meetings, first 2026-10-26"
expect_screen "a new one says so" "1×  Needs SOC 2 before a demo · new today"
room=$(screen)
assert_lacks "the room shows no key hints" "$room" "h: one more"

# The room at 80x24: a long tally shows its heading and first entries,
# then how many more, never half an entry.
switch_to main:0
for o in "Legal review takes months" "Needs SSO" "Competitor is cheaper" \
    "No integration with our CRM" "Contract too long"; do
	hear "$o" "New objection saved: $o."
done
switch_to main:room
expect_screen "the room's long tally keeps its heading" \
    "Objections heard today: 10" 2
expect_screen "and says how many more there are" "… 3 more"
room=$(screen)
block=$(printf '%s\n' "$room" | sed -n '/^ Objections heard/,/more$/p')
assert_eq "the heading, six entries, then how many more" 8 \
    "$(printf '%s\n' "$block" | wc -l | tr -d ' ')"
assert_eq "each entry whole, on its line" 6 \
    "$(printf '%s\n' "$block" | grep -c -E '^   [12]× .* · (new today|2 of the last 2 meetings, first 2026-10-26)$')"
assert_match "the one heard most first" "$(printf '%s\n' "$block" |
    sed -n 2p)" "^   2×  Too expensive · 2 of the last 2 meetings"
assert_contains "today's actions still show below it" "$room" \
    "Action items from today: 0"
switch_to main:0
keys u
wait_for "Undone: the objection."
expect_screen "u takes the last objection back" "Objections heard today: 9"
# H takes back one count of one heard today, by its name (Tab offers them).
hear "Competitr is cheaper" "New objection saved: Competitr is cheaper."
keys H
wait_for "Take back one count of:"
type_text "competitr"
keys Tab
expect_screen "Tab offers those heard today" \
    "Take back one count of: Competitr is cheaper"
keys Enter
wait_for "Taken back: one count of Competitr is cheaper"
expect_screen "the mistyped one is gone" "Objections heard today: 9"
keys H
wait_for "Take back one count of:"
type_text "Never heard"
keys Enter
expect_screen "a name not heard today takes nothing back" \
    'No objection was heard today as "Never heard": nothing taken back.'
check "the hearing is kept, marked" test "$(sql "SELECT count(*) FROM \
    prospect_objection WHERE topic = 'Competitr is cheaper' AND \
    deleted_at IS NOT NULL")" = 1

# Q2: the objections heard again that nothing answers are called out.
keys n
wait_for "4/8  Q2"
expect_screen "Q2 calls out objections heard again with no request" \
    "Heard again, and no content asked for: 2"
expect_screen "by name" "Too expensive"

# A request: asset, objection (Tab), who needs it, a marketing owner, due.
keys r
wait_for "Asset:"
type_text "ROI calculator"
keys Enter
wait_for "Answers objection:"
type_text "Pric"
keys Enter
expect_screen "an objection never heard is refused" \
    'No objection was heard as "Pric"'
keys C-u
type_text "too"
keys Tab
expect_screen "Tab completes the objection" \
    "Answers objection: Too expensive"
keys Enter
wait_for "Needed by:"
type_text "Dana Reyes"
keys Enter
wait_for "Owner (marketing):"
type_text "Sam Ortiz"
keys Enter
expect_screen "a sales owner is refused" "Sam Ortiz is on the sales side"
keys C-u
type_text "Lee Chen"
keys Enter
wait_for "Due:"
keys Enter
wait_for "Saved, with action #1: Lee Chen, due 2026-12-23."
expect_screen "Q2 shows the chain" \
    "“Too expensive” → ROI calculator, for Dana Reyes"
expect_screen "and its action" "#1  ROI calculator · Lee Chen · due 2026-12-23"
expect_screen "the answered objection is no longer called out" \
    "Heard again, and no content asked for: 1"
check "the action answers the objection" test "$(sql "SELECT p.topic FROM \
    action a JOIN prospect_objection p ON p.id = a.prospect_objection_id \
    WHERE a.id = 1")" = "Too expensive"
switch_to main:room
expect_screen "the room shows the chain on one line" \
    "“Too expensive” → ROI calculator, for Dana Reyes → #1 Lee Chen" 2
expect_screen "and what is left without" \
    "No budget this quarter · 2 of the last 2 meetings, first 2026-10-26"
switch_to main:0

# u takes the request back with its action; Esc anywhere saves nothing.
keys u
wait_for "Undone: the request and its action #1."
expect_screen "the chain is gone" "No content requested yet"
keys r
wait_for "Asset:"
type_text "Battlecard"
keys Enter
wait_for "Answers objection:"
keys Escape
wait_for "No request saved."
check "nothing was saved by Esc" \
    test "$(sql 'SELECT count(*) FROM content_request')" = 1
keys r
wait_for "Asset:"
type_text "ROI calculator"
keys Enter
wait_for "Answers objection:"
type_text "Too expensive"
keys Enter
wait_for "Needed by:"
type_text "Dana Reyes"
keys Enter
wait_for "Owner (marketing):"
type_text "Lee Chen"
keys Enter
wait_for "Due: next"
type_text "fri"
keys Enter
wait_for "Saved, with action #2: Lee Chen, due 2026-11-27."
keys r
wait_for "Asset:"
type_text "Security one-pager"
keys Enter
wait_for "Answers objection:"
keys Enter
wait_for "Needed by:"
type_text "Sam Ortiz"
keys Enter
wait_for "Owner (marketing):"
type_text "Priya Natarajan"
keys Enter
wait_for "Due:"
keys Enter
wait_for "Saved, with action #3"
expect_screen "a request may answer no objection" \
    "(no objection) → Security one-pager, for Sam Ortiz"

# The help shows each item's own key under its title.
keys '?'
expect_screen "the help shows Q2's keys under its title" \
    "Q2 · content requests"
expect_screen "Q2's key" "r            a content request, wh"
keys q
keys b
wait_for "3/8  Q1"
keys '?'
expect_screen "and Q1's" "Q1 · objections"
expect_screen "Q1's key" "h            an objection heard"
keys q
keys x
wait_for "End the meeting?"
keys y
expect_exit "the second meeting ends" 0

# Its minutes in every format.
capture parley export last
assert_eq "md minutes export" 0 "$RC"
assert_contains "md: the tally with its history" "$OUT" \
    "| Too expensive | 2× | heard in 2 of the last 2 meetings · first 2026-10-26 · last 2026-10-26 · content asked for |"
assert_contains "md: the parroted statement, as such" "$OUT" \
    "| Your leads are junk\\! | 1× parroted | new this meeting |"
assert_contains "md: the chain" "$OUT" \
    "- “Too expensive” → **ROI calculator**, for Dana Reyes → action #2 (Lee Chen, due 2026-11-27)"
assert_contains "md: what is left without" "$OUT" \
    "- No budget this quarter (heard in 2 of the last 2 meetings"
assert_lacks "md: the request taken back is not there" "$OUT" "action #1 "
capture parley export last --format html
assert_eq "html minutes export" 0 "$RC"
assert_contains "html: the tally" "$OUT" \
    "<tr><td class=\"title\"><bdi>Too expensive</bdi></td><td data-label=\"Heard\">2×</td>"
assert_contains "html: the chain, linked to its action" "$OUT" \
    "<a href=\"#action-2\">action #2</a>"
capture parley export last --format json
assert_eq "json minutes export" 0 "$RC"
assert_contains "json: objections_heard" "$OUT" \
    '{"name": "Too expensive", "times": 2, "heard": 2, "parroted": 0, "meetings": 2, "of_last": 2, "first_heard": "2026-10-26", "last_heard_before": "2026-10-26", "requests": 1, "uncovered": false}'
assert_contains "json: requests" "$OUT" \
    '{"id": 2, "asset": "ROI calculator", "objection": "Too expensive", "needed_by": "Dana Reyes", "action_id": 2, "owner": "Lee Chen", "due": "2026-11-27", "status": "open"}'
if python3 -c 'import jsonschema' 2>/dev/null; then
	printf '%s\n' "$OUT" >"$E2E_DIR/m.json"
	check "json: valid, and as the database has it" python3 \
	    "$E2E_ROOT/tests/e2e/check_minutes.py" json \
	    "$E2E_ROOT/man/parley-minutes.schema.json" "$DB" \
	    "$E2E_DIR/m.json" 2 0
fi
capture parley export last --format csv
assert_contains "csv: a request's action is an action item" "$OUT" \
    "ROI calculator,Lee Chen,marketing,2026-11-27,open"
capture parley export last --format ics
assert_contains "ics: and a to-do" "$OUT" "SUMMARY:ROI calculator"

# A third meeting at 200x60: every entry in sight on both screens.
E2E_NOW=2026-12-21T10:00:00
start_screen 200 60 run
wait_for "1/8"
start_window room room
wait_for "1/8"
switch_to main:0
keys n n
wait_for "3/8"
keys '?'
expect_screen "wide: the help says Q1's key whole" \
    "h            an objection heard: Tab offers those heard before"
keys q
hear "No budget this quarter" "Heard again: No budget this quarter (1× today)."
hear "too expensive" "Heard again: Too expensive (1× today)."
hear "Needs SSO" "Heard again: Needs SSO (1× today)."
expect_screen "wide: the history on the line below" \
    "heard in 3 of the last 3 meetings · first 2026-10-26 · last 2026-11-23"
expect_screen "an objection answered says so" "· content asked for"
switch_to main:room
expect_screen "the wide room shows the whole tally" \
    "1×  Needs SSO · 2 of the last 3 meetings, first 2026-11-23" 2
assert_lacks "with nothing more to say" "$(screen)" "more"
switch_to main:0
keys n
wait_for "4/8"
expect_screen "wide Q2: the one heard three times with no request" \
    "Heard again, and no content asked for: 2"
switch_to main:room
expect_screen "the wide room calls it out too" \
    "Heard again, and no content asked for: 2" 2
switch_to main:0
keys q
expect_exit "q leaves the third meeting in progress" 0
done_test
