#!/bin/sh
# t_mql_cli.sh: the MQL definition from the command line: parley mql, and
# mql propose, agree, diff and history; who agreed kept; every exit code
# (64 usage, 65 bad data or agreeing twice, 66 no such version or
# criterion); hostile text kept off the terminal.
. "$(dirname "$0")/lib.sh"

E2E_NOW=2026-11-23T10:00:00

# --- nothing yet -------------------------------------------------------------
capture parley mql
assert_eq "mql with no version exits 0" 0 "$RC"
assert_contains "and says how a definition comes to be" "$OUT" \
    "No MQL definition yet: a meeting's agenda criteria become version 1"
capture parley mql history
assert_eq "mql history with no version: 0, says so" "0 No MQL definition yet." \
    "$RC $OUT"

# --- usage: 64 ---------------------------------------------------------------
capture parley mql propose
assert_eq "mql propose with nothing to propose: 64" 64 "$RC"
capture parley mql propose industry
assert_eq "a change without '=': 64" 64 "$RC"
assert_contains "saying what KEY= does" "$ERR" \
    "'industry' is not KEY=VALUE (KEY= with no value removes a criterion)"
assert_contains "with the usage line" "$ERR" \
    "usage: parley mql propose KEY=VALUE..."
capture parley mql propose =SaaS
assert_eq "a change without a name: 64" 64 "$RC"
assert_eq "nothing was stored by either" 0 \
    "$(sql "SELECT count(*) FROM mql_version")"
capture parley mql frobnicate
assert_eq "an unknown subcommand: 64" 64 "$RC"

# --- the first version, proposed and agreed ----------------------------------
capture parley mql propose "industry=SaaS, fintech" "company size = 50-1000" \
    "budget=>= \$20k/year"
assert_eq "propose exits 0" 0 "$RC"
assert_contains "it proposes version 1" "$OUT" \
    "Version 1 proposed: in force once both sides agree"
assert_contains "and lists what it adds" "$OUT" \
    "  added    company size: 50-1000"
assert_eq "stored in order, names and values trimmed" \
    "1|industry|SaaS, fintech
1|company size|50-1000
1|budget|>= \$20k/year" \
    "$(sql "SELECT v.version, c.key, c.value FROM mql_criterion c
        JOIN mql_version v ON v.id = c.version_id ORDER BY c.pos")"
capture parley mql
assert_contains "mql: nothing in force yet" "$OUT" \
    "No MQL definition is in force yet."
assert_contains "mql: the proposal, neither side agreed" "$OUT" \
    "  sales: not yet · marketing: not yet"

capture parley mql agree 1
assert_eq "agree without --side: 64" 64 "$RC"
assert_contains "asking which side" "$ERR" "which side agrees?"
capture parley mql agree 1 --side both
assert_eq "agree --side both: 64" 64 "$RC"
capture parley mql agree one --side sales
assert_eq "a version that is not a number: 64" 64 "$RC"
capture parley mql agree 9 --side sales
assert_eq "a version that does not exist: 66" 66 "$RC"
assert_contains "named" "$ERR" "there is no version 9 of the MQL definition"

capture parley mql agree 1 --side sales --by "Dana Reyes"
assert_eq "sales agrees: 0" 0 "$RC"
assert_eq "saying who, and who is left" \
    "Sales agreed to version 1 (Dana Reyes); marketing has yet to agree." "$OUT"
capture parley mql agree v1 --side=sales
assert_eq "agreeing twice: 65" 65 "$RC"
assert_contains "with when and by whom it agreed" "$ERR" \
    "sales agreed to version 1 already, on 2026-11-23 (Dana Reyes)"
capture parley mql agree 1 --side marketing --by "dana reyes"
assert_eq "someone of sales agreeing for marketing: 65" 65 "$RC"
assert_contains "named as the roster has them" "$ERR" \
    "Dana Reyes is on the sales side"
capture parley mql agree 1 --side marketing --by "$(printf 'Eve\033[2J')"
assert_eq "a name with a control character: 65" 65 "$RC"
assert_eq "none of these was recorded" "|" \
    "$(sql "SELECT coalesce(marketing_agreed_at, ''), coalesce(marketing_agreed_by, '') FROM mql_version")"
capture parley mql agree 1 --side marketing --by "Priya Natarajan"
assert_eq "marketing agrees: in force" \
    "0 Marketing agreed to version 1 (Priya Natarajan). Version 1 is in force: both sides agreed." \
    "$RC $OUT"
assert_eq "who agreed is kept, each on their side" \
    "Dana Reyes|sales|Priya Natarajan|marketing" \
    "$(sql "SELECT ps.name, ps.side, pm.name, pm.side FROM mql_version v
        JOIN person ps ON ps.id = v.sales_agreed_by
        JOIN person pm ON pm.id = v.marketing_agreed_by")"
capture parley mql
assert_contains "mql: version 1 in force, who agreed and when" "$OUT" \
    "MQL definition in force: version 1, agreed by sales (Dana Reyes) on 2026-11-23 and marketing (Priya Natarajan) on 2026-11-23"
assert_contains "its criteria in a column" "$OUT" \
    "  company size  50-1000"

# --- a second version: proposed, amended, agreed -----------------------------
capture parley mql propose titles=
assert_eq "removing a criterion that is not there: 66" 66 "$RC"
assert_contains "named" "$ERR" "there is no criterion 'titles' to remove"
capture parley mql propose "note=$(printf 'red\033[31m')"
assert_eq "a value with a control character: 65" 65 "$RC"
capture parley mql propose "budget=>= \$20k/year"
assert_eq "a change to what it says already: 0, nothing done" \
    "0 Nothing to change: version 1 says so already." "$RC $OUT"
assert_eq "no version made" 1 "$(sql "SELECT count(*) FROM mql_version")"

capture parley mql propose "budget=>= \$30k/year" "Industry="
assert_eq "change and remove in one proposal: 0" 0 "$RC"
assert_contains "version 2 proposed" "$OUT" "Version 2 proposed"
assert_contains "the change, old and new" "$OUT" \
    "  changed  budget: >= \$20k/year → >= \$30k/year"
assert_contains "the removal, case aside" "$OUT" \
    "  removed  industry: SaaS, fintech"
capture parley mql agree 2 --side sales
assert_eq "sales agrees to 2 without saying who" 0 "$RC"
capture parley mql propose region=EMEA
assert_contains "a second change amends version 2" "$OUT" \
    "Version 2 amended. Sales must agree again."
assert_eq "still two versions; sales' agreement to 2 withdrawn" "2 1" \
    "$(sql "SELECT count(*) FROM mql_version") $(sql "SELECT
        sales_agreed_at IS NULL AND sales_agreed_by IS NULL
        FROM mql_version WHERE version = 2")"
capture parley mql
assert_contains "mql: the proposal lists all it changes" "$OUT" \
    "  added    region: EMEA"

# --- diff --------------------------------------------------------------------
capture parley mql diff 1 2
assert_eq "diff exits 0" 0 "$RC"
assert_eq "diff: changed and removed in version 1's order, then added" \
    "removed  industry: SaaS, fintech
changed  budget: >= \$20k/year → >= \$30k/year
added    region: EMEA" "$OUT"
capture parley mql diff 2 1
assert_contains "diff backwards: added becomes removed" "$OUT" \
    "removed  region: EMEA"
capture parley mql diff v2 2
assert_eq "a version against itself" "Versions 2 and 2 have the same criteria." \
    "$OUT"
capture parley mql diff 1 7
assert_eq "diff with an unknown version: 66" 66 "$RC"
capture parley mql diff 1
assert_eq "diff with one version: 64" 64 "$RC"
capture parley mql diff 1 x
assert_eq "diff with a version that is not a number: 64" 64 "$RC"

# --- agreed; the older one can no longer be ------------------------------------
parley mql agree 2 --side marketing --by "Lee Chen" >/dev/null
capture parley mql agree 2 --side sales --by "Sam Ortiz"
assert_contains "the second side brings version 2 into force" "$OUT" \
    "Version 2 is in force"
capture parley mql agree 1 --side sales
assert_eq "agreeing to a version older than the one in force: 65" 65 "$RC"
assert_contains "said clearly" "$ERR" \
    "version 1 is older than version 2, in force since 2026-11-23"

# --- withdrawn: changed back to what is in force --------------------------------
parley mql propose "titles=VP Marketing" >/dev/null
capture parley mql propose titles=
assert_eq "a proposal changed back is withdrawn" \
    "0 Version 3 withdrawn: it no longer changes version 2." "$RC $OUT"
assert_eq "and gone, criteria and all" "2 0" \
    "$(sql "SELECT count(*) FROM mql_version") $(sql "SELECT count(*)
        FROM mql_criterion c LEFT JOIN mql_version v ON v.id = c.version_id
        WHERE v.id IS NULL")"

# --- history -----------------------------------------------------------------
capture parley mql history
assert_eq "history exits 0" 0 "$RC"
assert_contains "version 1 was replaced" "$OUT" \
    "Version 1 · proposed 2026-11-23 · replaced by version 2, agreed by sales (Dana Reyes) on 2026-11-23 and marketing (Priya Natarajan) on 2026-11-23"
assert_contains "version 2 is in force" "$OUT" \
    "Version 2 · proposed 2026-11-23 · in force, agreed by sales (Sam Ortiz)"
assert_contains "each with what it changed from the one before" "$OUT" \
    "  removed  industry: SaaS, fintech"

# --- hostile text: kept as typed, never steering the terminal --------------------
parley mql propose "$(printf 'titles=<b>VP</b> | "Head"')" >/dev/null
capture parley mql
assert_contains "markup is printed as typed" "$OUT" \
    '  added    titles: <b>VP</b> | "Head"'
sqlite3 -batch "$DB" "INSERT INTO mql_criterion (version_id, pos, key, value)
    SELECT id, 9, 'esc', 'a' || char(27) || '[2Jb' FROM mql_version
    WHERE version = 3"
capture parley mql
assert_contains "an escape stored by other means is shown, not sent" "$OUT" \
    'added    esc: a␛[2Jb'
assert_lacks "the raw escape never reaches the terminal" "$OUT" \
    "$(printf '\033')"

# --- the usage lists the commands ----------------------------------------------
capture parley --help
assert_contains "--help lists mql" "$OUT" "parley mql diff V1 V2"
assert_contains "--help lists mql agree" "$OUT" \
    "parley mql agree V --side sales|marketing [--by NAME]"

done_test
