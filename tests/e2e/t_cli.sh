#!/bin/sh
# t_cli.sh: the batch commands, with no terminal: help, exit codes, check,
# actions formats, the database's place, mode and refusal of foreign files.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
dir=$E2E_DIR

# --help, --version, usage errors.
capture parley --help
assert_eq "--help exits 0" 0 "$RC"
for c in "run" "resume" "check" "meetings" "actions"; do
	assert_match "--help lists $c" "$OUT" "^  parley $c( |\$)"
done
capture parley --version
assert_eq "--version exits 0" 0 "$RC"
assert_match "--version prints the version" "$OUT" '^parley [0-9]+\.[0-9]+'
capture parley frobnicate
assert_eq "an unknown command exits 64" 64 "$RC"
assert_contains "an unknown command is named on stderr" "$ERR" \
    "parley: unknown command 'frobnicate'"
assert_eq "an unknown command prints nothing on stdout" "" "$OUT"
capture parley --frobnicate
assert_eq "an unknown option exits 64" 64 "$RC"
capture env PARLEY_NOW=soon "$PARLEY" --db "$DB" meetings
assert_eq "a PARLEY_NOW that is not a time exits 64" 64 "$RC"
assert_contains "and says what PARLEY_NOW should be" "$ERR" "PARLEY_NOW"

# check.
capture parley check agendas/monthly-alignment.yaml
assert_eq "check of the bundled agenda exits 0" 0 "$RC"
assert_eq "check of the bundled agenda prints nothing" "" "$OUT$ERR"
f=tests/agendas/several-problems.yaml
capture parley check "$f"
assert_eq "check of a broken agenda exits 65" 65 "$RC"
assert_eq "every problem line is FILE:LINE:COLUMN: message" "" \
    "$(printf '%s\n' "${ERR:-(nothing on stderr)}" |
    grep -E -v "^$f:[0-9]+:[0-9]+: .+")"
check "all the problems are reported in one run (at least 5)" \
    test "$(printf '%s\n' "$ERR" | grep -c "^$f:")" -ge 5
assert_contains "the unknown key is found at its line and column" "$ERR" \
    "$f:3:1: unknown key 'colour'"
assert_contains "the unknown kind is found at its line and column" "$ERR" \
    "$f:12:11: unknown kind 'standup'"
capture parley check agendas/monthly-alignment.yaml "$f"
assert_eq "check of a good and a broken agenda exits 65" 65 "$RC"
capture parley check "$dir/no-such-agenda.yaml"
assert_eq "check of a missing file exits 66" 66 "$RC"
assert_contains "check of a missing file names it" "$ERR" \
    "parley: $dir/no-such-agenda.yaml"
capture parley check
assert_eq "check with no file exits 64" 64 "$RC"

# meetings and actions on a new database.
capture parley meetings
assert_eq "meetings on a new database exits 0" 0 "$RC"
assert_contains "meetings says there are none yet" "$OUT" "No meetings yet"
capture parley actions --format csv
assert_eq "actions --format csv exits 0" 0 "$RC"
assert_match "actions --format csv starts with its header" \
    "$(printf '%s\n' "$OUT" | head -n 1)" '^id,title,owner,side,due,status(,|$)'
capture parley actions --format json
assert_eq "actions --format json with no actions is an empty list" "[]" \
    "$(printf '%s' "$OUT" | tr -d ' \n')"
capture parley actions --format xml
assert_eq "actions --format xml exits 64" 64 "$RC"
assert_contains "actions --format xml names the formats" "$ERR" \
    "table, csv or json"

capture parley meetings extra
assert_eq "a command given too many arguments exits 64" 64 "$RC"
assert_contains "and says so" "$ERR" "parley: meetings: too many arguments"
assert_contains "and shows how it is used" "$ERR" "usage: parley meetings"

# Output that cannot be written is an error (74), not a success.
parley --help >/dev/full 2>"$E2E_DIR/.err"
assert_eq "--help into a full disk exits 74" 74 "$?"
parley actions >/dev/full 2>"$E2E_DIR/.err"
assert_eq "actions into a full disk exits 74" 74 "$?"
assert_contains "and says the output could not be written" \
    "$(cat "$E2E_DIR/.err")" "cannot write the output"

# Several Parleys opening a new database at once all succeed.
for i in 1 2 3 4 5; do
	race=$E2E_DIR/race-$i.db
	env PARLEY_DB="$race" "$PARLEY" meetings >"$E2E_DIR/r1" 2>&1 </dev/null &
	env PARLEY_DB="$race" "$PARLEY" meetings >"$E2E_DIR/r2" 2>&1 </dev/null &
	env PARLEY_DB="$race" "$PARLEY" actions >"$E2E_DIR/r3" 2>&1 </dev/null
	wait
	check "three Parleys creating database $i at once all succeed" \
	    sh -c "grep -q 'No meetings' '$E2E_DIR/r1' &&
	        grep -q 'No meetings' '$E2E_DIR/r2' &&
	        grep -q 'No action' '$E2E_DIR/r3'"
done

# The meeting screen needs a terminal.
for c in run resume ""; do
	capture parley $c
	assert_eq "parley ${c:-(home screen)} with no terminal exits 69" 69 "$RC"
	assert_contains "parley ${c:-(home screen)} with no terminal says why" \
	    "$ERR" "needs a terminal"
done

# A file that is not Parley's is refused and left byte for byte.
printf 'Agenda ideas\nnot a database at all\n' >"$dir/notes.txt"
cp "$dir/notes.txt" "$dir/notes.orig"
capture "$PARLEY" --db "$dir/notes.txt" actions
assert_eq "a text file as database exits 65" 65 "$RC"
assert_contains "a text file as database is refused clearly" "$ERR" \
    "is not a Parley database"
check "the text file is byte-identical afterwards" \
    cmp -s "$dir/notes.txt" "$dir/notes.orig"
check "no journal was left beside it" \
    test ! -e "$dir/notes.txt-wal" -a ! -e "$dir/notes.txt-journal"
sqlite3 "$dir/other.db" "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
cp "$dir/other.db" "$dir/other.orig"
capture "$PARLEY" --db "$dir/other.db" meetings
assert_eq "another program's SQLite file exits 65" 65 "$RC"
assert_contains "another program's SQLite file is refused clearly" "$ERR" \
    "not Parley's"
check "the SQLite file is byte-identical afterwards" \
    cmp -s "$dir/other.db" "$dir/other.orig"
# 1347570777 is 'PRLY', Parley's application_id.
sqlite3 "$dir/newer.db" "PRAGMA application_id = 1347570777;
    PRAGMA user_version = 999; CREATE TABLE t (x);"
cp "$dir/newer.db" "$dir/newer.orig"
capture "$PARLEY" --db "$dir/newer.db" meetings
check "a database from a newer Parley is refused" test "$RC" -ne 0
assert_contains "and the message says it is newer" "$ERR" "newer"
check "the newer database is byte-identical afterwards" \
    cmp -s "$dir/newer.db" "$dir/newer.orig"

# Created on first use, with its folders, mode 0600.
capture "$PARLEY" --db "$dir/new/deeper/p.db" meetings
assert_eq "a database in a new folder is created (exit 0)" 0 "$RC"
assert_eq "the new database has mode 0600" 600 \
    "$(stat -c %a "$dir/new/deeper/p.db" 2>&1)"
assert_eq "its application_id marks it as Parley's" 1347570777 \
    "$(sqlite3 -readonly "$dir/new/deeper/p.db" "PRAGMA application_id")"

# Where the database is: --db, else PARLEY_DB, else XDG_DATA_HOME, HOME.
capture env PARLEY_DB="$dir/env.db" "$PARLEY" --db "$dir/flag.db" meetings
assert_eq "--db wins over PARLEY_DB" "yes no" \
    "$(test -e "$dir/flag.db" && echo yes || echo no) $(test -e \
    "$dir/env.db" && echo yes || echo no)"
capture env PARLEY_DB="$dir/notes.txt" "$PARLEY" --db="$dir/flag2.db" meetings
assert_eq "--db=PATH wins too, the PARLEY_DB file is not even read" "0 yes" \
    "$RC $(test -e "$dir/flag2.db" && echo yes || echo no)"
capture env PARLEY_DB="$dir/env.db" XDG_DATA_HOME="$dir/xdg" "$PARLEY" \
    meetings
assert_eq "PARLEY_DB is used without --db, before XDG_DATA_HOME" "yes no" \
    "$(test -e "$dir/env.db" && echo yes || echo no) $(test -e \
    "$dir/xdg/parley/parley.db" && echo yes || echo no)"
capture env -u PARLEY_DB XDG_DATA_HOME="$dir/xdg" "$PARLEY" meetings
assert_eq "else XDG_DATA_HOME/parley/parley.db, mode 0600" 600 \
    "$(stat -c %a "$dir/xdg/parley/parley.db" 2>&1)"
capture env -u PARLEY_DB -u XDG_DATA_HOME HOME="$dir/home" "$PARLEY" meetings
assert_eq "else ~/.local/share/parley/parley.db, mode 0600" 600 \
    "$(stat -c %a "$dir/home/.local/share/parley/parley.db" 2>&1)"
done_test
