#!/bin/sh
# t_export_data.sh: parley export --format json, csv and ics, on meeting 2
# of the mkminutes database (every kind of capture, hostile text, the
# private words QUOKKAPRIVATE and ZEBRAFOLLOW): golden files, read back by
# independent parsers (jsonschema, Python's csv, icalendar, calcurse) and
# compared field by field with the database by check_minutes.py.
#
# The golden files are tests/golden/minutes-2[-private].{json,csv,ics},
# written under PARLEY_NOW=2026-11-23T12:00:00 and TZ=UTC0. After a
# deliberate change to a format, write them anew and read the diff:
#   UPDATE_GOLDEN=1 PARLEY=$PWD/build/parley sh tests/e2e/t_export_data.sh
#   git diff tests/golden
E2E_NOW=2026-11-23T12:00:00
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
PY=/usr/bin/python3
$PY -c 'import jsonschema, icalendar' 2>/dev/null ||
    e2e_die "needs Debian's python3-jsonschema and python3-icalendar"
command -v calcurse >/dev/null 2>&1 || e2e_die "needs calcurse"
fixture_meetings
GOLDEN=tests/golden
SCHEMA=man/parley-minutes.schema.json
CHECK="$PY tests/e2e/check_minutes.py"
export TZ=UTC0

# golden WHAT FILE NAME: FILE is as tests/golden/NAME (or becomes it).
golden() {
	if [ -n "${UPDATE_GOLDEN:-}" ]; then
		mkdir -p "$GOLDEN" && cp "$2" "$GOLDEN/$3"
	fi
	if cmp -s "$GOLDEN/$3" "$2"; then
		e2e_pass "$1"
	else
		e2e_fail "$1"
		diff -u "$GOLDEN/$3" "$2" 2>&1 | head -n 40 | sed 's/^/#   /'
	fi
}

# check_read WHAT KIND ARGS...: check_minutes.py finds nothing wrong.
check_read() {
	what=$1
	shift
	if out=$($CHECK "$@" 2>&1); then
		e2e_pass "$what"
	else
		e2e_fail "$what"
		printf '%s\n' "$out"
	fi
}

# The text of an iCalendar file with its folded lines joined again.
unfold() {
	$PY -c 'import sys; d = open(sys.argv[1], "rb").read()
sys.stdout.buffer.write(d.replace(b"\r\n ", b""))' "$1"
}

# Each format, shared and private: as its golden file, whatever the clock.
for fmt in json csv ics; do
	for flag in "" --include-private; do
		name=minutes-2${flag:+-private}.$fmt
		out=$E2E_DIR/$name
		capture parley export 2 --format "$fmt" $flag -o "$out"
		assert_eq "export 2 --format $fmt $flag exits 0" 0 "$RC"
		assert_eq "and prints nothing" "" "$OUT$ERR"
		golden "$fmt ${flag:-shared} is as its golden file" "$out" "$name"
		env PARLEY_DB="$DB" PARLEY_NOW=2027-03-01T08:00:00 "$PARLEY" \
		    export last --format "$fmt" $flag >"$E2E_DIR/later" </dev/null
		check "$fmt ${flag:-shared}: the same months later, to stdout" \
		    cmp -s "$out" "$E2E_DIR/later"
	done
done
sh_json=$E2E_DIR/minutes-2.json
pr_json=$E2E_DIR/minutes-2-private.json

# JSON: valid against the schema, equal to the database, private marked.
check_read "json: valid against the schema, as the database has it" \
    json "$SCHEMA" "$DB" "$sh_json" 2 0
check_read "json --include-private: valid, as the database, marked" \
    json "$SCHEMA" "$DB" "$pr_json" 2 1
for w in QUOKKAPRIVATE ZEBRAFOLLOW; do
	for fmt in json csv ics; do
		assert_lacks "$w is not in the shared $fmt" \
		    "$(cat "$E2E_DIR/minutes-2.$fmt")" "$w"
	done
done
assert_contains "the private note is in the private json, marked" \
    "$(cat "$pr_json")" '"text": "QUOKKAPRIVATE: Sam seemed unprepared", "private": true}'
assert_contains "the follow-up is in the private json, marked" \
    "$(cat "$pr_json")" '"followup": {"text": "ZEBRAFOLLOW: ask the sales manager which ones", "private": true}'
assert_contains "the json says it is private" "$(cat "$pr_json")" \
    '"private": true,'
assert_contains "the shared json says it is not" "$(cat "$sh_json")" \
    '"private": false,'
assert_contains "shared, a private follow-up reads as closed" \
    "$(cat "$sh_json")" '"question": "They weren'"'"'t qualified?", "answer": null, "outcome": "closed"'
# Hostile text, byte for byte: quotes, <script>, emoji, RTL marks.
assert_contains "json keeps quotes and <script>" "$(cat "$sh_json")" \
    '"text": "Prospects say \"too pricey\", then <script>alert(1)</script> | a pipe | & an ampersand"'
assert_contains "json keeps the emoji as UTF-8" "$(cat "$sh_json")" \
    "$(printf '3 SQLs \360\237\232\200"')"
assert_contains "json keeps the right-to-left marks" "$(cat "$sh_json")" \
    "$(printf 'Right-to-left: \342\200\217\327\251\327\234\327\225\327\235\342\200\216 (shalom)')"
assert_contains "json escapes a line break and a backslash" \
    "$(cat "$sh_json")" '"Line one\nline two, with a comma; *stars* _under_ `tick` # hash [link](x) \\ back"'
# The scorecard: check_minutes.py computes every figure again from the
# database; here, what a reader sees of the change and the null rates.
assert_contains "json: metrics compares with meeting 1" "$(cat "$sh_json")" \
    '"previous_meeting": {"id": 1, "date": "2026-10-26"}'
assert_contains "json: a source with no lead has null rates" \
    "$(cat "$sh_json")" '{"source": "Podcast", "leads": 0, "mqls": 0, "sqls": 0, "opportunities": 0, "won": 0, "lost": 0, "revenue": 0, "cycle_days": 0, "lead_to_mql": null, "mql_to_sql": null, "sql_to_opp": null, "lead_to_sql": null, "win_rate": null, "avg_deal": null, "velocity": null, "change": null, "nurture": false}'
assert_contains "json: markup in a source is kept as text" \
    "$(cat "$sh_json")" '"source": "Co-marketing | \"Acme\" <b>*x*</b>"'
assert_contains "json: the MQL version in force, agreed in meeting 2" \
    "$(cat "$sh_json")" '"changed_from": 1,'
assert_contains "json: the proposal keeps its hostile value as typed" \
    "$(cat "$sh_json")" '"new": "<b>VP</b> | \"Head\" of *Growth*"'
# The pulse, the wins and the rating: the same shared or private.
for k in pulse wins rating; do
	assert_eq "the $k key is the same with --include-private" \
	    "$(sed -n "/^  \"$k\": {/,/^  }/p" "$sh_json")" \
	    "$(sed -n "/^  \"$k\": {/,/^  }/p" "$pr_json")"
done
assert_contains "json: an early warning" "$(cat "$sh_json")" \
    '{"side": "sales", "measure": "tension", "from": 2, "to": 4, "since": "2026-10-26"}'
assert_contains "json: the rating's average" "$(cat "$sh_json")" \
    '"average": 8,'
assert_contains "json: a customer without a lead source" \
    "$(cat "$sh_json")" '"name": "Globex & Sons \"GmbH\"", "source": null'
assert_contains "json: the parked topic closed here" "$(cat "$sh_json")" \
    '"text": "Partner channel pricing", "parked_at": "2026-10-26T10:14:00", "closed_at": "2026-11-23T10:23:00"}'


# CSV and ICS hold action items only: nothing private, the same either way.
for fmt in csv ics; do
	check "$fmt: --include-private adds nothing to action items" \
	    cmp -s "$E2E_DIR/minutes-2.$fmt" "$E2E_DIR/minutes-2-private.$fmt"
done
check_read "csv: RFC 4180, read back as the database has it" \
    csv "$DB" "$E2E_DIR/minutes-2.csv" 2
assert_contains "csv quotes a comma and doubles a quote" \
    "$(cat "$E2E_DIR/minutes-2.csv")" \
    '6,"Pull Q3 numbers by source, ""webinar"" first",Sam Ortiz,sales,2026-11-30,open,2,'
check_read "ics: RFC 5545, read back by icalendar as the database has it" \
    ics "$DB" "$E2E_DIR/minutes-2.ics" 2
assert_contains "ics escapes the comma in a SUMMARY" \
    "$(cat "$E2E_DIR/minutes-2.ics")" \
    'SUMMARY:Pull Q3 numbers by source\, "webinar" first'
assert_lacks "ics names no ATTENDEE" "$(cat "$E2E_DIR/minutes-2.ics")" \
    "ATTENDEE"

# The UID keeps to the action; DTSTAMP is UTC whatever the zone.
capture env TZ='CET-1CEST,M3.5.0,M10.5.0/3' PARLEY_DB="$DB" \
    PARLEY_NOW="$E2E_NOW" "$PARLEY" export 2 --format ics
assert_contains "in Paris, the same UID and DTSTAMP an hour earlier" \
    "$OUT" "$(printf 'UID:parley-action-8-20261123T101800\r\nDTSTAMP:20261123T091800Z\r')"

# calcurse imports the to-dos: every open action's title arrives.
mkdir -p "$E2E_DIR/cal"
capture calcurse -D "$E2E_DIR/cal" -i "$E2E_DIR/minutes-2.ics"
assert_eq "calcurse imports the ics" 0 "$RC"
assert_contains "calcurse takes 6 to-dos and skips none" "$OUT" \
    "0 apps / 0 events / 6 todos / 0 skipped"
capture calcurse -D "$E2E_DIR/cal" -t
for t in "Share the minutes with the VP" \
    "Add a budget question to the webinar form" \
    'Pull Q3 numbers by source, "webinar" first' \
    "Write up the MQL budget criterion" "Refresh the pricing one-pager" \
    "Clean the MQL scoring sheet"; do
	assert_contains "calcurse lists the to-do: $t" "$OUT" "$t"
done
assert_lacks "calcurse has no done action" "$OUT" "Send the webinar case study"
assert_lacks "calcurse has no dropped action" "$OUT" "Draft the partner FAQ"

# Hostile action titles and owners, set in a copy of the database: line
# breaks (CRLF and LF), quotes, commas, semicolons, backslashes, <script>,
# an emoji and right-to-left marks survive csv and ics.
use_db hostile.db
cp "$E2E_DIR/parley.db" "$DB"
rocket='\360\237\232\200'
rtl='\342\200\217\327\251\327\234\327\225\327\235\342\200\216'
hostile=$(printf 'Line one\r\nline two, "quoted"; semi\\back ')
hostile=$hostile$(printf "<script>alert(1)</script> $rocket $rtl")
sqlite3 "$DB" "UPDATE action SET title = '$(printf '%s' "$hostile" |
    sed "s/'/''/g")' WHERE id = 6;
    UPDATE action SET title = 'first' || char(10) || 'second, third' WHERE id = 8;
    UPDATE person SET name = 'Chen, Lee \"LC\"' WHERE name = 'Lee Chen';" ||
    e2e_die "cannot edit the copy"
for fmt in csv ics json; do
	capture parley export 2 --format "$fmt" -o "$E2E_DIR/hostile.$fmt"
	assert_eq "hostile: export --format $fmt exits 0" 0 "$RC"
done
check_read "hostile csv: every field as the database has it" \
    csv "$DB" "$E2E_DIR/hostile.csv" 2
check_read "hostile ics: every to-do as the database has it" \
    ics "$DB" "$E2E_DIR/hostile.ics" 2
check_read "hostile json: every field as the database has it" \
    json "$SCHEMA" "$DB" "$E2E_DIR/hostile.json" 2 0
assert_contains "hostile csv: a quoted field keeps its CRLF" \
    "$(cat "$E2E_DIR/hostile.csv")" \
    "$(printf '6,"Line one\r\nline two, ""quoted""; semi\\back <script>')"
assert_contains "hostile csv: a quoted field keeps its LF" \
    "$(cat "$E2E_DIR/hostile.csv")" "$(printf '8,"first\nsecond, third","Chen, Lee ""LC"""')"
assert_contains "hostile ics: TEXT escaping in SUMMARY" \
    "$(unfold "$E2E_DIR/hostile.ics")" \
    'SUMMARY:Line one\nline two\, "quoted"\; semi\\back <script>alert(1)</script>'
assert_contains "hostile ics: the owner in DESCRIPTION, escaped" \
    "$(unfold "$E2E_DIR/hostile.ics")" \
    'DESCRIPTION:Owner: Chen\, Lee "LC" (marketing)\nMeeting:'

# Where the minutes cannot go.
capture parley export 2 --format ics -o "$E2E_DIR/no/such/folder.ics"
assert_eq "export into a missing folder exits 73" 73 "$RC"
parley export 2 --format json >/dev/full 2>"$E2E_DIR/.err"
assert_eq "export json into a full disk exits 74" 74 "$?"

done_test
