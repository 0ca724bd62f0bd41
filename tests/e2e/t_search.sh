#!/bin/sh
# t_search.sh: parley search over the two meetings mkminutes builds: what
# a hit shows, its marks on a pipe and on a terminal, privacy, --limit,
# JSON, exit codes, and hostile text that must not reach a terminal raw.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
# The tool beside the binary under test: build/tests or build/asan/tests.
mkminutes=$(dirname "$PARLEY")/tests/mkminutes
[ -x "$mkminutes" ] ||
    e2e_die "no $mkminutes (make $(dirname "$PARLEY")/tests/mkminutes)"
"$mkminutes" "$DB" agendas/monthly-alignment.yaml ||
    e2e_die "mkminutes could not build the database"
ESC=$(printf '\033')
BEL=$(printf '\007')

# A hit: date, meeting, kind, item; the snippet under it, marked.
capture parley search webinar
assert_eq "a search with hits exits 0" 0 "$RC"
assert_eq "and writes nothing on stderr" "" "$ERR"
assert_eq "each of the 7 hits takes two lines" 14 \
    "$(printf '%s\n' "$OUT" | wc -l)"
assert_match "a hit's first line has date, meeting, kind and item" "$OUT" \
    '^2026-11-23  meeting 2  decision +6\. Do we still agree on our'
assert_contains "an action hit names its id" "$OUT" "action #5"
assert_contains "the snippet is indented under it, the match in brackets" \
    "$OUT" "    Add a budget question to the [webinar] form"
assert_contains "a match keeps its case" "$OUT" \
    "    [Webinar] leads get two more weeks of nurture"
assert_contains "the first meeting is searched too" "$OUT" \
    "2026-10-26  meeting 1  action #1"
assert_contains "a statement's lines are joined by /" "$OUT" \
    "Your leads are junk! / Our leads are junk? / Three of five [webinar]"
check "no line is wider than 80 columns" \
    test "$(printf '%s\n' "$OUT" | head -n 1 | wc -m)" -le 81

# Words are prefixes, all required; case and accents do not matter.
capture parley search "too pri"
assert_eq "two prefixes find the one note holding both" 0 "$RC"
assert_contains "both are marked" "$OUT" '"[too] [pricey]"'
assert_contains "the note's hostile text is kept" "$OUT" \
    "<script>alert(1)</script> | a pipe"
capture parley search PRICEY
assert_contains "case does not matter" "$OUT" "[pricey]"
capture parley search too quokkaprivate
assert_eq "every word is required" 1 "$RC"
capture parley search ricey
assert_eq "a word's inside is not its start" 1 "$RC"

# Ranking by bm25, not in the order taken: the statement, taken first,
# says much else besides and comes last; a short title comes first.
capture parley search webinar
assert_match "a short action title ranks first" \
    "$(printf '%s\n' "$OUT" | sed -n 2p)" \
    '^    Send the \[webinar\] case study$'
assert_match "the long statement ranks last" \
    "$(printf '%s\n' "$OUT" | tail -n 1)" '^    Your leads are junk!'

# Privacy: nothing private without --include-private, whatever the words.
private_seen=
for w in a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3; do
	out=$(parley search --limit 1000 "$w")
	case $out in
	*QUOKKA* | *ZEBRA* | *"private"*) private_seen="$private_seen $w" ;;
	esac
done
assert_eq "no search shows private text or a private hit" "" "$private_seen"
capture parley search quokkaprivate
assert_eq "a private note's words find nothing without the flag" 1 "$RC"
assert_eq "and say so" 'No matches for "quokkaprivate".' "$OUT"
capture parley search zebrafollow --format json
assert_eq "a follow-up's words find nothing in JSON either" 1 "$RC"
assert_lacks "JSON holds no private text" "$OUT" "ZEBRA"
capture parley search quokka --include-private
assert_eq "with --include-private the private note is found" 0 "$RC"
assert_contains "marked as a private note" "$OUT" "  private note  "
assert_contains "its text marked" "$OUT" "[QUOKKAPRIVATE]: Sam seemed"
capture parley search zebra --include-private
assert_contains "the follow-up is found, marked private, with its id" \
    "$OUT" "private follow-up #2"
capture parley search --include-private sam
assert_contains "flags may come before the words" "$OUT" "QUOKKAPRIVATE"

# --limit and the total.
capture parley search webinar --limit 2
assert_eq "--limit 2 exits 0" 0 "$RC"
assert_eq "--limit 2 shows two hits and says how many there are" \
    "2 of 7 matches shown: --limit 7 shows them all." \
    "$(printf '%s\n' "$OUT" | tail -n 1)"
assert_eq "in five lines" 5 "$(printf '%s\n' "$OUT" | wc -l)"
capture parley search webinar --limit=7
assert_lacks "--limit=7 shows them all, with no note" "$OUT" "matches shown"
for bad in 0 -1 x 2x ""; do
	capture parley search webinar --limit "$bad"
	assert_eq "--limit '$bad' exits 64" 64 "$RC"
done
assert_contains "and says what --limit takes" "$ERR" "1 or more"

# JSON, through the one JSON writer: parsed back by Python.
json_check() {
	/usr/bin/python3 -c "$1" "$OUT" 2>&1
}
capture parley search webinar --format json --limit 3
assert_eq "--format json exits 0" 0 "$RC"
assert_eq "JSON: query, total, and the hits in rank order" \
    "\"webinar\"* 7 3 action 1 2026-10-26 3 True" \
    "$(json_check 'import json, sys
d = json.loads(sys.argv[1])
h = d["hits"]
print(d["query"], d["total"], len(h), h[0]["kind"], h[0]["id"],
    h[0]["date"], h[0]["item_number"],
    h[0]["rank"] <= h[1]["rank"] <= h[2]["rank"])')"
assert_eq "JSON: each hit's snippet and matches" \
    "Send the webinar case study ['webinar'] False" \
    "$(json_check 'import json, sys
h = json.loads(sys.argv[1])["hits"][0]
print(h["snippet"], h["matches"], h["private"])')"
capture parley search zebra --include-private --format=json
assert_eq "JSON: a private hit says so" "followup True 2" \
    "$(json_check 'import json, sys
h = json.loads(sys.argv[1])["hits"][0]
print(h["kind"], h["private"], h["id"])')"
capture parley search nothingatall --format json
assert_eq "JSON with no hits: exit 1" 1 "$RC"
assert_eq "JSON with no hits: an empty list" "0 []" \
    "$(json_check 'import json, sys
d = json.loads(sys.argv[1])
print(d["total"], d["hits"])')"

# Exit codes.
capture parley search
assert_eq "no words exits 64" 64 "$RC"
assert_contains "and shows how search is used" "$ERR" "usage: parley search"
capture parley search '!!!' '"' -- '--'
assert_eq "punctuation only exits 64" 64 "$RC"
assert_contains "and says there is nothing to search for" "$ERR" \
    "nothing to search for"
assert_lacks "never an FTS5 error" "$ERR" "fts5"
capture parley search 'NEAR(' '"a' 'AND' 'x*' '^y' 'body:z'
assert_eq "FTS5's own syntax is searched as words (no match: 1)" 1 "$RC"
assert_eq "and is no error" "" "$ERR"
capture parley search webinar --format xml
assert_eq "--format xml exits 64" 64 "$RC"
assert_contains "and names the formats" "$ERR" "table or json"
capture parley search webinar --frobnicate
assert_eq "an unknown option exits 64" 64 "$RC"
capture "$PARLEY" --db "$E2E_DIR/new.db" search webinar
assert_eq "a new database has no matches: exit 1" 1 "$RC"
assert_contains "and says so" "$OUT" 'No matches for "webinar".'
parley search webinar >/dev/full 2>"$E2E_DIR/.err"
assert_eq "hits into a full disk exit 74" 74 "$?"
parley search nothingatall >/dev/full 2>"$E2E_DIR/.err"
assert_eq "no match into a full disk exits 74" 74 "$?"
capture parley --help
assert_match "--help lists search" "$OUT" "^  parley search WORDS"

# Hostile text: an escape sequence stored in a note (as another tool or an
# older Parley might have) reaches no terminal raw; JSON keeps every byte.
sqlite3 "$DB" "INSERT INTO entry (meeting_id, item_id, kind, text,
    created_at) VALUES (2, (SELECT id FROM item WHERE meeting_id = 2 AND
    pos = 2), 'note', 'Evil ' || char(27) || '[2J' || char(27) ||
    ']0;pwned' || char(7) || ' zzhostile ' || char(27) || '[31m',
    '2026-11-23T10:30:00')" || e2e_die "cannot add the hostile note"
capture parley search zzhostile
assert_eq "the hostile note is found" 0 "$RC"
assert_lacks "no escape character reaches the output" "$OUT" "$ESC"
assert_lacks "no bell either" "$OUT" "$BEL"
assert_contains "each control character is shown as its picture" "$OUT" \
    "Evil ␛[2J␛]0;pwned␇ [zzhostile] ␛[31m"
capture parley search '	zzhost'"$ESC"'[2J'
assert_lacks "nor do the words echoed back" "$OUT$ERR" "$ESC"
capture parley search "zzhost${ESC}x"
assert_eq "words with escapes find nothing" 1 "$RC"
assert_lacks "and are echoed without them" "$OUT" "$ESC"
capture parley search zzhostile --format json
assert_eq "JSON keeps the note's bytes, escaped" \
    "$(printf 'Evil \033[2J\033]0;pwned\007 zzhostile \033[31m')" \
    "$(json_check 'import json, sys
print(json.loads(sys.argv[1])["hits"][0]["snippet"])')"
assert_lacks "JSON has no raw escape either" "$OUT" "$ESC"

# On a terminal the match is bold, not bracketed; NO_COLOR brings back
# the brackets, as a pipe does.
start_screen 100 30 search webinar
wait_for "EXIT=0"
check "on a terminal the match is bold" \
    sh -c "tmux -L '$E2E_SOCK' capture-pane -p -e -t '$E2E_TARGET' |
        grep -F -q '${ESC}[1mwebinar'"
expect_screen "and not in brackets" "Send the webinar case study"
E2E_ENV="NO_COLOR=1"
start_screen 100 30 search webinar
wait_for "EXIT=0"
expect_screen "with NO_COLOR the match is in brackets" \
    "Send the [webinar] case study"
check "and not bold" \
    sh -c "! tmux -L '$E2E_SOCK' capture-pane -p -e -t '$E2E_TARGET' |
        grep -F -q '${ESC}[1m'"
done_test
