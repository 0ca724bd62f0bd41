#!/bin/sh
# t_mql.sh: Q4, the MQL definition, in the meeting: version 1 from the
# agenda, criteria changed, added and removed (Tab completes their names),
# each side agreeing, on the meeting screen and in the room side by side,
# at 80x24 and 200x60; changes made from the command line show on both;
# the minutes of such a meeting in every format.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"

# to_q4: from the first item to the definition, the sixth.
to_q4() {
	keys n n n n n
	wait_for "6/8  Q4 · MQL definition"
}

# change NAME-PREFIX VALUE: C, Tab-complete the name, type over its value.
change() {
	keys C
	wait_for "Change or add criterion:"
	type_text "$1"
	keys Tab Enter
	wait_for "New value of "
	type_text "$2"
	keys Enter
}

# --- 80x24: the agenda's criteria are version 1 ---------------------------------
start_screen 80 24 run
wait_for "1/8"
assert_eq "the agenda's criteria are version 1, in force, from the agenda" \
    "1|agenda|5|1" \
    "$(sql "SELECT v.version, v.origin, count(c.key),
        v.sales_agreed_at = v.marketing_agreed_at FROM mql_version v
        JOIN mql_criterion c ON c.version_id = v.id")"
to_q4
expect_screen "Q4 shows the version in force and where it came from" \
    "MQL definition in force: version 1, from the agenda (2026-11-23)"
expect_screen "and each criterion in a column" \
    "   company_size         50-1000 employees"
expect_screen "and the keys that change it" \
    "C change or add a criterion · R remove one: proposes a new version"

start_window room room
expect_screen "the room shows the same definition" \
    "MQL definition in force: version 1, from the agenda (2026-11-23)"
expect_screen "with its criteria" "   purchasing_timeline  within 2 quarters"
assert_lacks "but not the keys" "$(screen)" "C change or add"
switch_to main:0

keys S
expect_screen "S with nothing proposed says so" \
    "Nothing to agree to: no change is proposed (C changes a criterion)."

# --- C: change one (Tab completes its name; typing replaces the value) -----------
keys C
wait_for "Change or add criterion:"
expect_screen "C says Tab completes names" \
    "Tab completes a criterion's name; a new name adds one."
type_text "bud"
keys Tab
expect_screen "Tab completes the criterion's name" \
    "Change or add criterion: budget"
keys Enter
expect_screen "the value is offered to edit" "New value of budget: >= \$20k/year"
type_text ">= \$30k/year"
keys Enter
expect_screen "the change proposes version 2" \
    "Version 2 proposed (budget): in force once sales (S) and marketing (M) agree."
expect_screen "the proposal shows the change, old and new" \
    "   changed  budget: >= \$20k/year → >= \$30k/year"
expect_screen "and that neither side has agreed" \
    "Proposed: version 2 · sales: not yet · marketing: not yet"
assert_eq "version 2 is stored, version 1's criteria with the change" \
    "industry|company_size|budget:>= \$30k/year|titles|purchasing_timeline" \
    "$(sql "SELECT group_concat(CASE WHEN key = 'budget' THEN key || ':' ||
        value ELSE key END, '|') FROM (SELECT c.key, c.value
        FROM mql_criterion c JOIN mql_version v ON v.id = c.version_id
        WHERE v.version = 2 ORDER BY c.pos)")"
switch_to main:room
expect_screen "the room shows the proposal within a second" \
    "   changed  budget: >= \$20k/year → >= \$30k/year" 2
switch_to main:0

# --- C: add one; Esc on a value changes nothing ----------------------------------
keys C
wait_for "Change or add criterion:"
type_text "region"
keys Enter
wait_for "Value of region (a new criterion):"
type_text "EMEA"
keys Enter
expect_screen "a new name adds a criterion to the same proposal" \
    "Version 2 amended (region)."
expect_screen "listed as added" "   added    region: EMEA"
keys C
wait_for "Change or add criterion:"
type_text "industry"
keys Enter
wait_for "New value of industry:"
keys Escape
expect_screen "Esc on the value changes nothing" "Nothing changed."
assert_eq "still two versions" 2 "$(sql "SELECT count(*) FROM mql_version")"

# --- R: remove one ------------------------------------------------------------------
keys R
wait_for "Remove criterion:"
type_text "tit"
keys Tab Enter
expect_screen "R removes a criterion from the proposal" \
    "Version 2 amended (titles)."
expect_screen "listed as removed, with what it was" \
    "   removed  titles: VP Marketing, Head of Growth"
keys R
wait_for "Remove criterion:"
type_text "nothing"
keys Enter
expect_screen "removing what is not there is refused" \
    "NOT removed: there is no criterion 'nothing' to remove"

# --- S and M: each side agrees, by name --------------------------------------------
keys S
wait_for "Version 2: agreed for sales by:"
expect_screen "S asks who agrees, Tab offering the side's team" \
    "Who agrees for sales? Tab completes the names of the sales team."
type_text "Da"
keys Tab Enter
expect_screen "sales has agreed" \
    "Sales agreed to version 2 (Dana Reyes); marketing to agree."
expect_screen "the proposal says so" \
    "Proposed: version 2 · sales agreed (Dana Reyes) · marketing: not yet"
switch_to main:room
expect_screen "and so does the room" "sales agreed (Dana Reyes)" 2
switch_to main:0
keys S
expect_screen "S again says sales agreed already" \
    "Sales agreed to version 2 already."
keys M
wait_for "Version 2: agreed for marketing by:"
type_text "Sam Ortiz"
keys Enter
expect_screen "someone of sales cannot agree for marketing" \
    "Agreement NOT recorded: Sam Ortiz is on the sales side"
keys M
wait_for "Version 2: agreed for marketing by:"
type_text "Pr"
keys Tab Enter
expect_screen "the second side brings version 2 into force" \
    "Version 2 is in force: both sides agreed."
expect_screen "the screen shows version 2 in force and who agreed" \
    "MQL definition in force: version 2, agreed 2026-11-23 by sales (Dana Reyes)"
expect_screen "with its new criterion" "   region               EMEA"
assert_eq "who agreed is kept" "Dana Reyes|Priya Natarajan" \
    "$(sql "SELECT ps.name, pm.name FROM mql_version v
        JOIN person ps ON ps.id = v.sales_agreed_by
        JOIN person pm ON pm.id = v.marketing_agreed_by
        WHERE v.version = 2")"
switch_to main:room
expect_screen "the room shows version 2 in force" \
    "MQL definition in force: version 2, agreed 2026-11-23 by sales (Dana Reyes)" 2
assert_lacks "and no proposal" "$(screen)" "Proposed:"
switch_to main:0

keys u
expect_screen "u says an agreement cannot be undone" \
    "an agreement to the MQL definition cannot be undone"

# --- the command line beside the meeting: both screens follow ----------------------
capture parley mql propose "industry=SaaS" "budget=>= \$50k/year" \
    "company_size=200+ employees"
assert_eq "mql propose during the meeting exits 0" 0 "$RC"
assert_eq "it belongs to the meeting in progress" 1 \
    "$(sql "SELECT meeting_id FROM mql_version WHERE version = 3")"
expect_screen "the meeting screen shows it without a key" \
    "Proposed: version 3 · sales: not yet · marketing: not yet" 2
switch_to main:room
expect_screen "so does the room" "Proposed: version 3" 2
room=$(screen)
assert_contains "at 80x24 the room shows every change of the proposal" \
    "$room" "   changed  company_size: 50-1000 employees → 200+ employees"
assert_contains "the last one too" "$room" \
    "   changed  budget: >= \$30k/year → >= \$50k/year"
assert_match "and says how many criteria it left out, not half a list" \
    "$room" "^   [0-9]+ more criteri(a|on)$"
assert_lacks "never pointing to the facilitator's screen" "$room" \
    "meeting screen"
switch_to main:0
capture parley mql agree 3 --side sales --by "Sam Ortiz"
expect_screen "an agreement from the command line shows too" \
    "sales agreed (Sam Ortiz)" 2

# Changed back from the screen: the proposal is withdrawn.
keys C
wait_for "Change or add criterion:"
type_text "industry"
keys Enter
wait_for "New value of industry:"
keys C-u
type_text "SaaS, fintech"
keys Enter
wait_for "Version 3 amended (industry). Sales must agree again."
change "bud" ">= \$30k/year"
wait_for "Version 3 amended (budget)."
change "company_" "50-1000 employees"
expect_screen "changed back to version 2, the proposal is withdrawn" \
    "Version 3 withdrawn: it no longer changes version 2."
assert_eq "and gone from the database" 2 \
    "$(sql "SELECT count(*) FROM mql_version")"

# --- the help shows the item's keys under its title ----------------------------------
keys '?'
expect_screen "the help has Q4's keys under its title" "Q4 · MQL definition"
expect_screen "C's help, as far as 80 columns show it" "C            change or add a crite"
expect_screen "M's" "M            marketing agrees to t"
keys Escape

# --- the minutes of this meeting -------------------------------------------------------
keys x
wait_for "End the meeting?"
keys y
expect_exit "the meeting ends" 0
capture parley export 1
assert_contains "md: version 2 in force, who agreed" "$OUT" \
    "Version 2: sales (Dana Reyes) agreed on 2026-11-23, marketing (Priya Natarajan) agreed on 2026-11-23."
assert_contains "md: what the meeting changed" "$OUT" \
    "### Changed in this meeting: version 1 → version 2"
assert_contains "md: the removal with what it was" "$OUT" \
    "* removed **titles**: was VP Marketing, Head of Growth"
assert_lacks "md: no proposal is left open" "$OUT" "Proposed, not in force"
assert_lacks "md: Q4, where the definition changed, counts as covered" \
    "$OUT" "Do we still agree on our definition of a marketing-qualified lead? — **not covered**"
assert_contains "md: while the items where nothing happened do not" "$OUT" \
    "Item 7: Tension & friction check — **not covered**"
capture parley export 1 --format html
assert_contains "html: the criteria table" "$OUT" \
    '<td class="title"><bdi>region</bdi></td><td data-label="Value"><bdi>EMEA</bdi></td>'
parley export 1 --format json -o "$E2E_DIR/m.json"
if /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
	if out=$(/usr/bin/python3 tests/e2e/check_minutes.py json \
	    man/parley-minutes.schema.json "$DB" "$E2E_DIR/m.json" 1 0 2>&1)
	then
		e2e_pass "json: valid, its mql as the database has it"
	else
		e2e_fail "json: valid, its mql as the database has it"
		printf '%s\n' "$out"
	fi
fi
assert_contains "json: the changes of the meeting" "$(cat "$E2E_DIR/m.json")" \
    '{"key": "titles", "change": "removed", "old": "VP Marketing, Head of Growth", "new": null}'
capture parley export 1 --format csv
assert_lacks "csv: action items only, no criteria" "$OUT" "region"

# --- a side of one is offered; a side of none, anyone --------------------------------
use_db small.db
cat >"$E2E_DIR/small.yaml" <<'YAML'
title: Small sync
team:
  sales: [Ann Lee]
items:
  - kind: definition
    title: Still agreed?
    minutes: 10
    criteria:
      industry: "<b>SaaS</b> | \"fintech\""
YAML
start_screen 80 24 run "$E2E_DIR/small.yaml"
wait_for "1/1  Q4 · MQL definition"
expect_screen "a hostile agenda value shows as typed" \
    '   industry  <b>SaaS</b> | "fintech"'
change "ind" "SaaS"
wait_for "Version 2 proposed (industry)"
keys S
expect_screen "the only one of the side is offered, selected" \
    "Version 2: agreed for sales by: Ann Lee"
keys Enter
expect_screen "Enter agrees for them" "Sales agreed to version 2 (Ann Lee)"
keys M
wait_for "Version 2: agreed for marketing by:"
expect_screen "with nobody on the side, Tab offers anyone" \
    "Tab completes the names of the whole team."
type_text "Bo Chen"
keys Enter
expect_screen "a new name agrees, and the version is in force" \
    "Version 2 is in force: both sides agreed."
assert_eq "the new name joins the side it agreed for" "marketing" \
    "$(sql "SELECT side FROM person WHERE name = 'Bo Chen'")"
keys x
wait_for "End the meeting?"
keys y
expect_exit "the small meeting ends" 0

# --- 200x60: the whole definition, in the room too -------------------------------------
use_db big.db
E2E_NOW=2026-12-21T10:00:00
start_screen 200 60 run
wait_for "1/8"
to_q4
change "purch" "this quarter"
wait_for "Version 2 proposed (purchasing_timeline)"
keys S
wait_for "Version 2: agreed for sales by:"
type_text "Sam"
keys Tab Enter
wait_for "Sales agreed to version 2 (Sam Ortiz)"
start_window room room
resize_screen 200 60
expect_screen "at 200x60 the room shows the proposal on one line" \
    "Proposed: version 2 · sales agreed (Sam Ortiz) · marketing: not yet"
room=$(screen)
assert_contains "every criterion in force" "$room" \
    "   titles               VP Marketing, Head of Growth"
assert_lacks "none left out" "$room" "more criteri"
assert_contains "the change" "$room" \
    "   changed  purchasing_timeline: within 2 quarters → this quarter"
switch_to main:0
keys '?'
expect_screen "at 200x60 the help shows C's help whole" \
    "change or add a criterion: proposes a new version"
expect_screen "and M's" "marketing agrees to the proposed version"
keys Escape
wait_gone "Keys: Meeting"
keys M
wait_for "Version 2: agreed for marketing by:"
type_text "Lee"
keys Tab Enter
expect_screen "at 200x60 the agreement brings it into force, on one line" \
    "MQL definition in force: version 2, agreed 2026-12-21 by sales (Sam Ortiz) and marketing (Lee Chen)"
switch_to main:room
expect_screen "in the room too" \
    "MQL definition in force: version 2, agreed 2026-12-21 by sales (Sam Ortiz) and marketing (Lee Chen)" 2

done_test
