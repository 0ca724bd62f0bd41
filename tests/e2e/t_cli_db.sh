#!/bin/sh
# t_cli_db.sh: databases that are damaged, not writable, or not where they
# should be, as the batch commands report them: exit code and message.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
MKMINUTES=${MKMINUTES:-$E2E_ROOT/build/tests/mkminutes}
[ -x "$MKMINUTES" ] || e2e_die "no $MKMINUTES (make build/tests/mkminutes)"
dir=$E2E_DIR

# Root writes any file: the refusals are tried as an ordinary user then.
as_user=
if [ "$(id -u)" -eq 0 ]; then
	command -v setpriv >/dev/null 2>&1 || e2e_die "root, and no setpriv"
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
	chmod 711 "$dir"
fi

# A symbolic link to nothing is refused; its far end is not created.
ln -s "$dir/elsewhere.db" "$dir/dangling.db"
capture env PARLEY_NOW="$E2E_NOW" "$PARLEY" --db "$dir/dangling.db" meetings
assert_eq "--db naming a symbolic link to nothing exits 73" 73 "$RC"
assert_contains "and says it is a link to nothing" "$ERR" \
    "dangling.db is a symbolic link to nothing"
check "the link's far end was not created" test ! -e "$dir/elsewhere.db"

# An empty file already there becomes private, like a new database.
: >"$dir/empty.db"
chmod 644 "$dir/empty.db"
capture env PARLEY_NOW="$E2E_NOW" "$PARLEY" --db "$dir/empty.db" meetings
assert_eq "an empty file is made a database (exit 0)" 0 "$RC"
assert_eq "and its mode is 0600" 600 "$(stat -c %a "$dir/empty.db")"

# A database in a folder Parley may not write: 74, the path, the reason.
mkdir "$dir/ro"
"$PARLEY" --db "$dir/ro/p.db" meetings >/dev/null 2>&1 </dev/null
[ -n "$as_user" ] && chown -R 65534:65534 "$dir/ro"
chmod 555 "$dir/ro"
capture $as_user "$PARLEY" --db "$dir/ro/p.db" meetings
assert_eq "a database in a read-only folder exits 74" 74 "$RC"
assert_contains "and names the file" "$ERR" "cannot open $dir/ro/p.db"
assert_lacks "not 'not a Parley database'" "$ERR" "not a Parley database"
assert_lacks "nor SQLite's 'not an error'" "$ERR" "not an error"
chmod 755 "$dir/ro"
chmod 444 "$dir/ro/p.db"
capture $as_user "$PARLEY" --db "$dir/ro/p.db" actions
assert_eq "a read-only database file exits 74" 74 "$RC"
assert_contains "and names the file and SQLite's reason" "$ERR" \
    "cannot write $dir/ro/p.db: attempt to write a readonly database"

# No home folder at all: 78, never a database in the current folder.
if [ -n "$as_user" ] && ! getent passwd 54321 >/dev/null 2>&1; then
	capture env -u HOME -u PARLEY_DB -u XDG_DATA_HOME setpriv \
	    --reuid=54321 --regid=54321 --clear-groups sh -c \
	    "cd '$dir/ro' && exec '$PARLEY' meetings"
	assert_eq "no HOME and no password entry exits 78" 78 "$RC"
	assert_contains "and says what to set" "$ERR" "set HOME"
fi

# A database changed by hand: the damaged column named, exit 65.
"$MKMINUTES" "$DB" agendas/monthly-alignment.yaml ||
    e2e_die "mkminutes failed"
sqlite3 "$DB" "PRAGMA ignore_check_constraints = ON;
    UPDATE meeting SET started_at = 'soon' WHERE id = 1;"
capture parley meetings
assert_eq "a meeting's start that is no time: meetings exits 65" 65 "$RC"
assert_eq "and names the column and row" \
    "parley: damaged database: meeting.started_at, row 1" "$ERR"
capture parley export 1
assert_eq "export of that meeting exits 65 too" 65 "$RC"
assert_contains "naming the same" "$ERR" \
    "damaged database: meeting.started_at, row 1"
assert_eq "and writes no half minutes" "" "$OUT"
sqlite3 "$DB" "PRAGMA ignore_check_constraints = ON;
    UPDATE meeting SET started_at = '2026-10-26T10:00:00' WHERE id = 1;
    UPDATE action SET status = 'maybe' WHERE id = 1;"
capture parley actions --all
assert_eq "an action's status that is no status: actions exits 65" 65 "$RC"
assert_eq "and names it" "parley: damaged database: action.status, row 1" \
    "$ERR"
done_test
