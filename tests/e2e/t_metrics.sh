#!/bin/sh
# t_metrics.sh: Q3, the lead-source scorecard. parley metrics import reads
# the samples in data/ and refuses a bad report whole, every problem at
# its line; parley metrics prints the scorecard as a table, CSV and JSON.
# In the meeting, f enters and corrects a source's figures and r removes
# one, on the meeting screen and in the room side by side, at 80x24 and
# at 200x60; then the minutes of that meeting in every format.
. "$(dirname "$0")/lib.sh"

DATA=$E2E_ROOT/data
PY=/usr/bin/python3

# figures LINE: the f flow, one line, saved.
figures() {
	keys f
	wait_for "Figures:"
	type_text "$1"
	keys Enter
}

# The lines of the current screen that hold TEXT.
lines_with() {
	screen | grep -F -- "$1"
}

# Part 1: the command line, on a database of two past meetings.
use_db cli.db
mk=$(dirname "$PARLEY")/tests/mkminutes
[ -x "$mk" ] || e2e_die "no $mk: make $(dirname "$PARLEY")/tests/mkminutes"
"$mk" "$DB" "$E2E_ROOT/agendas/monthly-alignment.yaml" >/dev/null ||
    e2e_die "mkminutes failed"

capture parley metrics import "$DATA/hubspot-lead-sources.csv" --meeting 1
assert_eq "the HubSpot sample imports" 0 "$RC"
assert_eq "and says what it replaced" "Meeting 1 (2026-10-26): 7 lead \
sources imported from $DATA/hubspot-lead-sources.csv, replacing the 3 it \
had." "$OUT"
assert_eq "meeting 1 holds the sample's seven sources, in its order" \
    "Organic Search|1204|186500.0|38.5
Paid Search|860|61250.0|44.0
Paid Social|640|9800.0|61.0
Email Marketing|415|152900.0|29.0
Referrals|128|231000.0|24.0
Offline Sources|310|27400.0|70.0
Direct Traffic|522|48000.0|35.0" \
    "$(sql "SELECT source, leads, revenue, cycle_days FROM metric
        WHERE meeting_id = 1 ORDER BY rowid")"
capture parley metrics import "$DATA/salesforce-lead-sources.csv" \
    --meeting=2
assert_eq "the Salesforce sample imports (CRLF, USD amounts)" 0 "$RC"
assert_contains "replacing meeting 2's five" "$OUT" "6 lead sources \
imported from $DATA/salesforce-lead-sources.csv, replacing the 5 it had."
assert_eq "its empty cycle (no deal won) is 0" "0|0.0" \
    "$(sql "SELECT won, cycle_days FROM metric WHERE meeting_id = 2
        AND source = 'Purchased List'")"

capture parley metrics 2
assert_eq "parley metrics 2 exits 0" 0 "$RC"
assert_contains "the table names the meeting" "$OUT" \
    "Meeting 2 · 2026-11-23 · Monthly Sales & Marketing Alignment"
assert_match "every column, in order" "$OUT" \
    '^SOURCE +LEADS +MQLS +SQLS +OPPS +WON +LOST +REVENUE +CYCLE +L→MQL +MQL→SQL +SQL→OPP +L→SQL +WIN +AVG DEAL +VEL/DAY +CHANGE$'
assert_match "a source's figures and rates" "$OUT" \
    '^Webinar +400 +120 +16 +8 +2 +4 +24,000 +52 +30\.0% +13\.3% +50\.0% +4\.0% +33\.3% +12,000 +615 +new$'
assert_match "no deal won: no average deal, velocity 0" "$OUT" \
    '^Purchased List +900 .* 0\.0% +— +0 +new$'
assert_contains "what the change compares with" "$OUT" \
    "CHANGE: velocity since meeting 1 (2026-10-26)."
assert_contains "the sources to nurture" "$OUT" \
    "Nurture longer before sales (lead-to-SQL under 10.0%): Web (7.5%), \
Webinar (4.0%), Trade Show (7.7%), Purchased List (1.0%)."
capture parley metrics
assert_eq "no id: the last meeting (none is in progress)" \
    "$(parley metrics 2)" "$OUT"
capture parley metrics last --format csv
assert_eq "csv: a header" \
    "source,leads,mqls,sqls,opportunities,won,lost,revenue,cycle_days,lead_to_mql,mql_to_sql,sql_to_opp,lead_to_sql,win_rate,avg_deal,velocity,velocity_change,nurture" \
    "$(printf '%s\n' "$OUT" | head -n 1 | tr -d '\r')"
assert_contains "csv: null figures are empty cells" "$OUT" \
    "Purchased List,900,45,9,3,0,3,0,0,0.05,0.2,0.333333333333333,0.01,0,,0,,yes"
parley metrics 2 --format csv >"$E2E_DIR/again.csv"
capture parley metrics import "$E2E_DIR/again.csv" --meeting 1
assert_eq "what --format csv writes imports again" 0 "$RC"
assert_eq "the same figures" \
    "$(sql "SELECT source, leads, mqls, sqls, opportunities, won, lost,
        revenue, cycle_days FROM metric WHERE meeting_id = 2 ORDER BY rowid")" \
    "$(sql "SELECT source, leads, mqls, sqls, opportunities, won, lost,
        revenue, cycle_days FROM metric WHERE meeting_id = 1 ORDER BY rowid")"
capture parley metrics 2 --format json
check "json: one valid document" $PY -c 'import json, sys
d = json.load(sys.stdin)
assert d["meeting"]["id"] == 2, d["meeting"]
s = {x["source"]: x for x in d["metrics"]["sources"]}
assert s["Purchased List"]["avg_deal"] is None
assert s["Webinar"]["change"]["velocity"] == 0, s["Webinar"]["change"]
assert s["Webinar"]["nurture"] is True' <"$E2E_DIR/.out"

# A report with every problem: each at its line, 65, nothing imported.
printf '%s\r\n' \
    'leads,Source,mqls,sqls,opportunities,won,lost,revenue,cycle_days,Region' \
    '"1,204",Webinar,120,16,8,2,4,"$24,000",52,EU' \
    'lots,Events,-3,10,5,2.5,1,"1.234,56",soon,EU' \
    '10, webinar ,3,1,1,1,0,500,3,EU' \
    '5,Total,1,1,1,1,1,1,1,EU' \
    '1,Ads,3' \
    '4,Chat,1,1,1,0,1,900,3,EU' >"$E2E_DIR/bad.csv"
before=$(sql "SELECT count(*) FROM metric")
capture parley metrics import "$E2E_DIR/bad.csv" --meeting 2
assert_eq "a bad report exits 65" 65 "$RC"
B=$E2E_DIR/bad.csv
assert_eq "every problem, FILE:LINE: message, in order" \
    "$B:1: unknown column 'Region': the columns are source, leads, mqls, sqls, opportunities, won, lost, revenue, cycle_days (or a HubSpot or Salesforce report's names: see parley(1))
$B:3: leads 'lots' is not a number
$B:3: mqls -3 is negative
$B:3: won 2.5 is not a whole number
$B:3: revenue '1.234,56' is not an amount: digits, a point before the cents, commas between thousands (48,000.00; \$ or USD may come with it)
$B:3: cycle_days 'soon' is not a number
$B:4: source 'webinar' is on line 2 already
$B:5: 'Total' is the report's total, not a lead source: delete the line
$B:6: 3 fields where the header has 10
$B:7: revenue 900 with no deal won: revenue is what the won deals brought in
parley: nothing imported from $B" "$ERR"
assert_eq "nothing was imported" "$before" \
    "$(sql "SELECT count(*) FROM metric")"
assert_eq "meeting 2 keeps its figures" "6" \
    "$(sql "SELECT count(*) FROM metric WHERE meeting_id = 2")"
printf 'source,leads\n"open,1\n' >"$E2E_DIR/open.csv"
capture parley metrics import "$E2E_DIR/open.csv"
assert_eq "an unclosed quote is 65" 65 "$RC"
assert_contains "at the line it opens" "$ERR" \
    "$E2E_DIR/open.csv:2: a quoted field is not closed: the file ends inside it"
capture parley metrics import "$E2E_DIR/none.csv"
assert_eq "a missing file is 66" 66 "$RC"
assert_eq "and says so" "parley: $E2E_DIR/none.csv: No such file or directory" \
    "$ERR"
capture parley metrics import "$DATA/hubspot-lead-sources.csv" --meeting 9
assert_eq "no such meeting: 66" 66 "$RC"
assert_contains "named" "$ERR" "no meeting 9"
capture parley metrics import "$DATA/hubspot-lead-sources.csv" --meeting x
assert_eq "a meeting that is no id: 64" 64 "$RC"
capture parley metrics import
assert_eq "no file: 64" 64 "$RC"
assert_contains "with the usage line" "$ERR" \
    "usage: parley metrics import CSV [--meeting ID]"
capture parley metrics 2 --format xml
assert_eq "an unknown format: 64" 64 "$RC"
capture parley metrics 9
assert_eq "parley metrics of no meeting: 66" 66 "$RC"
capture parley --help
assert_contains "--help lists both" "$OUT" "parley metrics [ID|last] [--format table|csv|json]
  parley metrics import CSV [--meeting ID]"
use_db empty.db
capture parley metrics import "$DATA/hubspot-lead-sources.csv"
assert_eq "no meeting yet: 66" 66 "$RC"
assert_contains "says a meeting is needed" "$ERR" "no meetings yet"

# Part 2: two meetings on screen. Meeting 1 enters a webinar's figures.
use_db meet.db
E2E_NOW=2026-10-26T10:00:00
start_screen 80 24 run
wait_for "1/8"
keys n n n n
wait_for "5/8  Q3 · lead sources"
expect_screen "no figures yet: the keys say how to enter them" \
    "No figures yet: f enters a"
figures "Webinar 300 90 18 6 2 2 20000 50"
expect_screen "f saves a source and says what it comes to" \
    "Webinar saved: lead-to-SQL 6.0% · win rate 50.0% · velocity 600 a day."
assert_eq "in the database, for meeting 1" "1|Webinar|300|20000.0" \
    "$(sql "SELECT meeting_id, source, leads, revenue FROM metric")"
keys x
wait_for "End the meeting?"
keys y
expect_exit "meeting 1 ends" 0

# Meeting 2: the facilitator at 80x24, the room beside it.
E2E_NOW=2026-11-23T10:00:00
start_screen 80 24 run
wait_for "1/8"
start_window room room
switch_to main:room
wait_for "1/8"
switch_to main:0
keys n n n n
wait_for "5/8  Q3 · lead sources"
switch_to main:room
expect_screen "the room follows to Q3" "5/8  Q3 · lead sources"
expect_screen "the room says there are no figures yet" \
    "No lead-source figures yet."
assert_lacks "and points to no key" "$(screen)" "f enters"
switch_to main:0

# A bad line stays to be fixed; Esc saves nothing.
figures "Webinar 400 -120 16 8 2 4 24000 52"
expect_screen "a negative count is refused in words" "mqls -120 is negative"
expect_screen "the line stays, to be fixed" \
    "Figures: Webinar 400 -120 16 8 2 4 24000 52"
keys Escape
expect_screen "Esc saves nothing" "No figures saved."
figures "Webinar 400 120"
expect_screen "too few figures: it says how many come" \
    "Type the source, then its 8 figures"
expect_screen "and how many were given" "(2 given)."
keys Escape
figures "Podcast"
expect_screen "a source alone that has no figures yet" \
    "No figures for Podcast yet: type its 8 figures after the name."
keys Escape
assert_eq "nothing saved for meeting 2" 0 \
    "$(sql "SELECT count(*) FROM metric WHERE meeting_id = 2")"

figures 'Webinar 400 120 16 8 2 4 $24,000 52'
expect_screen "saved" "Webinar saved: lead-to-SQL 4.0% · win rate 33.3% · \
velocity 615 a day."
expect_screen "the scorecard compares with meeting 1" \
    "Lead sources: 1 · change since meeting 1 (2026-10-26)"
assert_match "a row with the change as an arrow and a figure, flagged" \
    "$(lines_with "Webinar    ")" '^ ⚑ Webinar +400 .*615 +▲ \+15\.4$'
expect_screen "the nurture advice" "⚑ Nurture longer before sales \
(lead-to-SQL under 10.0%): Webinar (4.0%)"
switch_to main:room
expect_screen "the room shows the row within a second" "▲ +15.4" 1
assert_match "with its flag and figures" "$(lines_with "Webinar ")" \
    '^ ⚑ Webinar +400 .*615 +▲ \+15\.4'
switch_to main:0

# A source alone brings its figures back to correct.
keys f
wait_for "Figures:"
type_text "webinar"
keys Enter
expect_screen "its figures come back to correct" \
    "Figures: Webinar 400 120 16 8 2 4 24000 52"
keys C-u
type_text "webinar 400 120 48 8 3 3 36000 45"
keys Enter
expect_screen "a correction says so" "webinar corrected: lead-to-SQL 12.0%"
assert_eq "corrected in place, not added" "webinar|48|3|36000.0" \
    "$(sql "SELECT source, sqls, won, revenue FROM metric
        WHERE meeting_id = 2")"
switch_to main:room
wait_gone "⚑ Webinar"
check "the room drops the flag once the rate is over the threshold" true
switch_to main:0

# A CRM report imported meanwhile: nine sources, the room at 80x24.
{
	echo 'source,leads,mqls,sqls,opportunities,won,lost,revenue,cycle_days'
	echo 'Webinar,400,120,16,8,2,4,24000,52'
	echo 'Partner referral,95,61,38,21,9,5,198450,33'
	echo 'Trade show,260,78,20,9,0,4,0,0'
	echo '"Co-marketing | ""Acme"" <b>",12,6,3,1,0,0,0,0'
	echo 'Podcast,0,0,0,0,0,0,0,0'
	echo 'Organic search,1204,301,96,41,12,19,186500,38.5'
	echo 'Paid search,860,215,52,20,5,11,61250,44'
	echo 'Email,415,166,71,30,11,9,152900,29'
	echo 'Referrals,128,70,44,25,13,6,231000,24'
} >"$E2E_DIR/nine.csv"
capture parley metrics import "$E2E_DIR/nine.csv"
assert_eq "an import goes to the meeting in progress" 0 "$RC"
assert_contains "replacing what it had" "$OUT" \
    "Meeting 2 (2026-11-23): 9 lead sources imported from $E2E_DIR/nine.csv, replacing the 1 it had."
switch_to main:room
expect_screen "the room picks the import up" "Lead sources: 9" 2
room=$(screen)
assert_match "80x24: the columns that fit, whole, and a bar column" "$room" \
    '^   SOURCE +L→SQL +WIN +AVG DEAL +VEL/DAY +CHANGE +VELOCITY$'
assert_match "fastest first: the fastest fills its bar" \
    "$(printf '%s\n' "$room" | grep -A1 '  SOURCE' | tail -n 1)" \
    '^   Referrals +34\.4% +68\.4% +17,769 +12,664 +new +█{15,}$'
assert_match "a flagged row with its change and its bar" "$room" \
    '^ ⚑ Webinar +4\.0% +33\.3% +12,000 +615 +▲ \+15\.4 +[█▏▎▍▌▋▊▉]+$'
assert_match "a long name gives way, cut with …" "$room" \
    '^   Partner refer… +40\.0%'
assert_match "a null velocity draws no bar" "$room" \
    '^   Co-marketing … +25\.0% +— +— +— +new$'
assert_contains "what does not fit is the slowest, counted" "$room" \
    "… 1 more source"
assert_lacks "the null one is the one left out" "$room" "Podcast"
assert_contains "the flags are told in words" "$room" \
    "⚑ nurture longer before sales: lead-to-SQL under 10.0%"
assert_contains "today's actions still show below" "$room" \
    "Action items from today: 0"
assert_lacks "no hint to the facilitator's screen" "$room" "meeting screen"
assert_eq "no line is wider than the room" 80 \
    "$(printf '%s\n' "$room" | $PY -c 'import sys
print(max(80, *(len(l.rstrip("\n")) for l in sys.stdin)))')"

# The facilitator's screen takes the import at its next reload.
switch_to main:0
# It may have followed the import already: step away and back, waiting
# for each step, so that what is read is Q3 after the move.
keys b
wait_for "4/8  Q2"
keys n
wait_for "5/8  Q3 · lead sources"
wait_for "Lead sources: 9"
assert_match "80x24: the table keeps source, figures, change" \
    "$(lines_with "SOURCE")" \
    '^   SOURCE +LEADS +L→MQL +L→SQL +WIN +AVG DEAL +VEL/DAY +CHANGE$|^   SOURCE +LEADS +L→SQL +WIN +AVG DEAL +VEL/DAY +CHANGE$'
keys PgDn PgDn
expect_screen "the chart, fastest first" "Velocity by source (revenue per day)"
assert_match "each bar scaled to the width" \
    "$(lines_with "Referrals  ")" '^   Referrals +12,664 +█{40,}$'

# At 200x60 both screens show every column and the chart.
resize_screen 200 60
switch_to main:room
resize_screen 200 60
expect_screen "200x60: the room shows the table apart" "Velocity by source"
assert_match "with every column" "$(screen)" \
    '^   SOURCE +LEADS +MQLS +SQLS +OPPS +WON +LOST +REVENUE +CYCLE +L→MQL +MQL→SQL +SQL→OPP +L→SQL +WIN +AVG DEAL +VEL/DAY +CHANGE$'
assert_match "in the table's order" "$(screen | grep -A1 '  SOURCE')" \
    '^ ⚑ Webinar +400 +120 +16 +8 +2 +4 +24,000 +52 +30\.0% +13\.3% +50\.0% +4\.0% +33\.3% +12,000 +615 +▲ \+15\.4$'
assert_match "markup in a name shown as typed" "$(screen)" \
    '^   Co-marketing \| "Acme" <b> +12 '

expect_screen "every source" "Referrals"
assert_match "the chart's longest bar" "$(lines_with "Partner referral  ")" \
    '9,020 +█{100,}'
switch_to main:0
keys Home
expect_screen "200x60: the meeting screen too" "MQL→SQL  SQL→OPP"
assert_match "every column" "$(screen)" \
    '^   SOURCE +LEADS +MQLS +SQLS +OPPS +WON +LOST +REVENUE +CYCLE +L→MQL +MQL→SQL +SQL→OPP +L→SQL +WIN +AVG DEAL +VEL/DAY +CHANGE$'
expect_screen "and the chart below" "Velocity by source (revenue per day)"

# r removes a source once y confirms it.
keys r
wait_for "Remove source:"
type_text "podcast"
keys Enter
wait_for "Remove Podcast's figures?"
keys n
expect_screen "any other key keeps them" "Nothing removed."
keys r
wait_for "Remove source:"
type_text "podcast"
keys Enter
wait_for "Remove Podcast's figures?"
keys y
expect_screen "y removes them" "podcast's figures removed."
assert_eq "gone from the database" 8 \
    "$(sql "SELECT count(*) FROM metric WHERE meeting_id = 2")"
keys r
wait_for "Remove source:"
type_text "Nowhere"
keys Enter
expect_screen "an unknown source is said" \
    "No figures for Nowhere here: nothing removed."
switch_to main:room
wait_gone "Podcast"
check "the room drops a removed source" true
switch_to main:0

# The help shows the item's own keys under its name.
keys ?
expect_screen "the help names the item's keys" "Q3 · lead sources"
expect_screen "f" "enter or correct one source's figures"
expect_screen "r" "remove one source's figures (asks y)"
keys q

# The minutes of this meeting in every format.
keys x
wait_for "End the meeting?"
keys y
expect_exit "meeting 2 ends" 0
for fmt in md html json csv ics; do
	capture parley export 2 --format $fmt
	assert_eq "export --format $fmt exits 0" 0 "$RC"
	printf '%s\n' "$OUT" >"$E2E_DIR/m2.$fmt"
done
md=$(cat "$E2E_DIR/m2.md")
assert_contains "md: the scorecard's heading" "$md" \
    "**Lead-source scorecard** (8 sources). Change: velocity since meeting 1 (2026-10-26)."
assert_contains "md: a row with its change" "$md" \
    "| Webinar | 30.0% | 13.3% | 50.0% | 4.0% | 33.3% | 12,000 | 615 | ▲ +15.4 |"
assert_contains "md: markup escaped in the table" "$md" \
    '| Co-marketing \| "Acme" \<b\> | 12 |'
assert_contains "md: the nurture advice" "$md" \
    "**Nurture longer before sales:** Webinar (4.0% lead-to-SQL), Trade show (7.7% lead-to-SQL), Organic search (8.0% lead-to-SQL), Paid search (6.0% lead-to-SQL)."
html=$(cat "$E2E_DIR/m2.html")
assert_contains "html: the scorecard, escaped" "$html" \
    "<bdi>Co-marketing | &quot;Acme&quot; &lt;b&gt;</bdi>"
assert_contains "html: the change" "$html" ">▲ +15.4</td>"
check_read() {
	if out=$($PY "$E2E_ROOT/tests/e2e/check_minutes.py" "$@" 2>&1); then
		e2e_pass "json: schema-valid, every figure as the database's"
	else
		e2e_fail "json: schema-valid, every figure as the database's"
		printf '%s\n' "$out"
	fi
}
check_read json "$E2E_ROOT/man/parley-minutes.schema.json" "$DB" \
    "$E2E_DIR/m2.json" 2 0
assert_lacks "csv: action items only" "$(cat "$E2E_DIR/m2.csv")" "Webinar"
assert_lacks "ics: action items only" "$(cat "$E2E_DIR/m2.ics")" "Webinar"

# Part 3: the same under valgrind (not on a sanitized build): an import,
# the scorecard, f and r on the meeting screen with the room beside it.
if [ -n "${E2E_ASAN:-}" ] || ! command -v valgrind >/dev/null 2>&1; then
	done_test
fi
REAL=$PARLEY
PARLEY=$E2E_DIR/parley-under-valgrind
cat >"$PARLEY" <<VG
#!/bin/sh
exec valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
    --log-file="$E2E_DIR/valgrind.%p.log" "$REAL" "\$@"
VG
chmod +x "$PARLEY"
E2E_TIMEOUT=30
use_db vg.db
E2E_NOW=2026-12-21T10:00:00
start_screen 80 24 run
wait_for "1/8"
start_window room room
wait_for "1/8"
switch_to main:0
capture parley metrics import "$E2E_DIR/nine.csv"
assert_eq "valgrind: import" 0 "$RC"
capture parley metrics import "$E2E_DIR/bad.csv"
assert_eq "valgrind: a bad report" 65 "$RC"
for fmt in table csv json; do
	capture parley metrics --format $fmt
	assert_eq "valgrind: metrics --format $fmt" 0 "$RC"
done
keys n n n n
wait_for "Lead sources: 9"
figures "Webinar 1 2"
wait_for "Type the source"
keys C-u
type_text "webinar"
keys Enter
wait_for "Figures: Webinar 400"
keys Enter
wait_for "Webinar corrected"
keys r
wait_for "Remove source:"
type_text "Email"
keys Enter
wait_for "Remove Email's figures?"
keys y
wait_for "Email's figures removed."
switch_to main:room
wait_for "Lead sources: 8"
switch_to main:0
keys x
wait_for "End the meeting?"
keys y
expect_exit "valgrind: the meeting screen is clean" 0
switch_to main:room
wait_for "has ended"
keys q
expect_exit "valgrind: the room view is clean" 0
assert_eq "valgrind logged nothing" "" "$(cat "$E2E_DIR"/valgrind.*.log)"
done_test
