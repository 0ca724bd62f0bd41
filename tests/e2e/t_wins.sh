#!/bin/sh
# t_wins.sh: the olive branch on both screens: w records what a side did
# well, N a newly won customer with its lead source (the known ones are
# offered), u takes one back, E changes or deletes one; the room shows
# them, and at 80x24 a list too long ends in "N more" with no customer cut
# in half; 200x60 shows all.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
fixture_meetings
E2E_NOW=2026-12-21T10:00:00

# customer NAME SOURCE: the N flow.
customer() {
	keys N
	wait_for "New customer:"
	type_text "$1"
	keys Enter
	wait_for "Lead source:"
	[ -n "$2" ] && type_text "$2"
	keys Enter
	# A long name wraps the status line: its start is enough.
	wait_for "New customer saved: $(printf '%.12s' "$1")"
}

start_screen 80 24 run
wait_for "1/8"
start_window room room
switch_to main:0
keys n
wait_for "2/8  Olive branch"
expect_screen "nothing yet, and the key to add one" \
    "What each side did well: 0 (w adds one)"
expect_screen "no customer yet" "Newly won customers: 0 (N adds one)"
switch_to main:room
expect_screen "the room shows the olive branch" "What each side did well: 0" 2
check "with no key in it" e2e_off_screen "(w adds one)"

switch_to main:0
keys w
wait_for "Who did well? s sales, m marketing"
keys s
wait_for "What sales did well:"
type_text "Closed <b>Initech</b> | *fast*"
keys Enter
wait_for "Win saved for sales."
keys w m
wait_for "What marketing did well:"
keys Escape
wait_for "Nothing saved."
assert_eq "one win, sales', as typed" "win|sales|Closed <b>Initech</b> | *fast*" \
    "$(sql "SELECT kind, side, text FROM entry WHERE meeting_id = 3 AND
        kind IN ('win', 'customer')")"
expect_screen "the win, as typed" "Sales: Closed <b>Initech</b> | *fast*"

keys N
wait_for "New customer:"
type_text "Initech"
keys Enter
# The sources known: the lead-source figures' and the customers' before.
wait_for "Tab completes; empty if not known."
expect_screen "the sources known are offered, figures' and customers'" \
    "Known: Co-marketing | \"Acme\" <b>*x*</b>, Partner referral, Partner webinar,"
type_text "Webin"
keys Tab
wait_for "Lead source: Webinar"
keys Enter
wait_for "New customer saved: Initech, from Webinar."
customer "Hooli" ""
expect_screen "a customer with its source" "Initech · lead source: Webinar"
expect_screen "one without" "Hooli · lead source not known"
assert_eq "kept as customers with their sources" "Initech|Webinar
Hooli|-" "$(sql "SELECT text, coalesce(lead_source, '-') FROM entry WHERE
    meeting_id = 3 AND kind = 'customer' ORDER BY id")"
switch_to main:room
expect_screen "the room shows the customer and its source" \
    "Initech · lead source: Webinar" 2
switch_to main:0
keys u
wait_for "Undone: the new customer."
wait_gone "Hooli"
switch_to main:room
wait_gone "Hooli" 2
check "u takes the customer out of the room" true
assert_eq "kept, marked deleted" "1" "$(sql "SELECT count(*) FROM entry
    WHERE text = 'Hooli' AND deleted_at IS NOT NULL")"
# Esc at the lead source saves nothing.
switch_to main:0
keys N
wait_for "New customer:"
type_text "Globex"
keys Enter
wait_for "Lead source:"
keys Escape
wait_for "Nothing saved."

# E lists them with the item's captures: a name is changed, or deleted.
keys E
wait_for "new customer · Initech"
expect_screen "E lists the win too" "win · Closed <b>Initech</b> | *fast*"
keys Enter
wait_for "Change to: Initech"
keys C-u
type_text "Initech GmbH"
keys Enter
wait_for "Changed."
assert_eq "the customer's new name, its source kept" "Initech GmbH|Webinar" \
    "$(sql "SELECT text, lead_source FROM entry WHERE meeting_id = 3 AND
        kind = 'customer' AND deleted_at IS NULL")"
expect_screen "the screen shows the new name" \
    "Initech GmbH · lead source: Webinar"
keys E
wait_for "new customer · Initech GmbH"
keys x
wait_for "Delete the capture?"
keys y
wait_for "Deleted. u brings it back."
wait_gone "Initech GmbH · lead source"
keys u
wait_for "Initech GmbH · lead source: Webinar"
check "u brings a deleted customer back" true

# Ten more: too many for the room at 80x24.
n=1
while [ $n -le 10 ]; do
	customer "Customer number $n with a rather long name to wrap the line \
on a small screen" "Partner webinar"
	n=$((n + 1))
done
switch_to main:room
wait_for "Newly won customers: 11" 2
view=$(screen)
assert_match "the room ends the list in N more" "$view" \
    "^   … [0-9]+ more$"
assert_eq "and never cuts a customer in half: each name has its source" \
    "$(printf '%s\n' "$view" | grep -c 'Customer number')" \
    "$(printf '%s\n' "$view" | grep -c '^     · lead source: Partner webinar$')"
assert_lacks "no hint pointing to the other screen" "$view" "more above"
resize_screen 200 60
expect_screen "200x60: the room shows every customer" \
    "Customer number 10 with a rather long name" 2
check "200x60: none is left out" e2e_off_screen " more"

switch_to main:0
resize_screen 200 60
expect_screen "200x60: the meeting screen lists them all" \
    "Customer number 10 with a rather long name"
keys q
expect_exit "q leaves" 0
capture parley export 3
assert_contains "the minutes name the win" "$OUT" \
    '- **Sales:** Closed \<b\>Initech\</b\> \| \*fast\*'
assert_contains "and the customer with its source" "$OUT" \
    "- Initech GmbH — lead source: Webinar"
assert_lacks "not the one taken back" "$OUT" "Hooli"
capture parley export 3 --format html
assert_contains "html: the win's markup is text" "$OUT" \
    "Closed &lt;b&gt;Initech&lt;/b&gt; | *fast*"
parley export 3 --format json >"$E2E_DIR/m3.json"
if out=$(/usr/bin/python3 tests/e2e/check_minutes.py json \
    man/parley-minutes.schema.json "$DB" "$E2E_DIR/m3.json" 3 0 2>&1); then
	e2e_pass "json: valid, and as the database has it"
else
	e2e_fail "json: valid, and as the database has it"
	printf '%s\n' "$out"
fi
for fmt in csv ics; do
	capture parley export 3 --format "$fmt"
	assert_eq "$fmt: written" 0 "$RC"
done
done_test
