#!/bin/sh
# t_hostile.sh: someone else's text reaches no terminal raw. A database of
# past meetings (mkminutes) has, in every kind of stored text, an OSC that
# would retitle the terminal (ESC ] 0;PWNED BEL), a screen clear (ESC [2J),
# a C1 control (CSI, U+009B), a right-to-left override (U+202E) and a byte
# that is not UTF-8; owners' names are long (cut by the tables mid-OSC),
# wide and combining. Every batch command, every error that quotes what
# was typed and every export runs to stdout and in a terminal (tmux):
# nothing that steers a terminal comes out, the terminal keeps its title,
# and the columns still line up. Then an agenda with the same text is
# refused where it is, and a Latin-1 terminal's é is typed into a note.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
MKMINUTES=${MKMINUTES:-$(dirname "$PARLEY")/tests/mkminutes}
[ -x "$MKMINUTES" ] || e2e_die "no $MKMINUTES (make $MKMINUTES)"
"$MKMINUTES" "$DB" agendas/monthly-alignment.yaml >/dev/null ||
    e2e_die "mkminutes failed"
PY=/usr/bin/python3

# The hostile text, as SQL and as a shell word.
H="'X' || char(27) || ']0;PWNED' || char(7) || char(27) || '[2J' ||
    char(155) || '31m' || char(8238) || 'Y' || CAST(x'9b' AS TEXT)"
HW=$(printf 'X\033]0;PWNED\007\033[2J\302\23331m\342\200\256Y\233')

sql_write() {
	sqlite3 -batch -cmd ".timeout 5000" "$DB" "$1" >/dev/null ||
	    e2e_die "cannot write: $1"
}

# Every action's title starts "T<id> ", for the column checks.
sql_write "UPDATE action SET title = 'T' || id || ' ' || title"
sql_write "UPDATE meeting SET title = 'Alignment ' || $H WHERE id = 2"
sql_write "UPDATE item SET title = 'Q1 ' || $H || ' and a long title a
    table must cut' WHERE meeting_id = 2 AND pos = 2"
sql_write "UPDATE entry SET text = 'zzhostile ' || $H || ' ' || text"
sql_write "UPDATE objection SET statement = 'zzhostile ' || $H,
    answer = $H, followup = 'ZEBRAFOLLOW ' || $H"
sql_write "UPDATE action SET title = title || ' zzhostile ' || $H
    WHERE id = 6"
sql_write "UPDATE action_event SET new = new || $H WHERE action_id = 6"
sql_write "UPDATE metric SET source = source || ' ' || $H"
sql_write "UPDATE mql_criterion SET value = value || $H"
# Owners: one long (the tables cut it inside the OSC), one wide, one with
# a combining accent.
sql_write "UPDATE person SET name = 'Sam Ortiz X' || char(27) ||
    ']0;PWNED' || char(7) || ' the rest' WHERE id = 2"
sql_write "UPDATE person SET name = char(26446, 23567, 40845) || ' Lee'
    WHERE id = 4"
sql_write "UPDATE person SET name = 'Jose' || char(769) || ' Natarajan'
    WHERE id = 3"

# What runs: every batch command, the errors that quote what was typed,
# every export, with its name first.
cat >"$E2E_DIR/commands" <<EOF
meetings
actions
actions --all
actions --all --format csv
actions --all --format json
action show 6
followups
owners
search zzhostile
search zzhostile --include-private
search zzhostile --format json
search zzhostile --format json --include-private
search cut
metrics 2
metrics 2 --format csv
metrics 2 --format json
mql
mql history
mql diff 2 3
parking
export 2 --format md
export 2 --format md --include-private
export 2 --format html --include-private
export 2 --format json --include-private
export 2 --format csv --include-private
export 2 --format ics
EOF
# Arguments that are the hostile word itself, quoted back in errors.
cat >"$E2E_DIR/errors" <<EOF
export @
@
actions --format @
actions --owner @
action show @
check $E2E_DIR/@.yaml
search @
mql diff @ 3
metrics import @
EOF

# run ARGS...: parley's stdout and stderr into one file, named by number.
n=0
while IFS= read -r line; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	env PARLEY_DB="$DB" PARLEY_NOW="$E2E_NOW" "$PARLEY" $line \
	    >"$E2E_DIR/out.$n" 2>&1 </dev/null
	echo "$line" >"$E2E_DIR/name.$n"
done <"$E2E_DIR/commands"
while IFS= read -r line; do
	n=$((n + 1))
	set -f
	# shellcheck disable=SC2086
	set -- $line
	set +f
	args=
	for a in "$@"; do
		case $a in
		@) a=$HW ;;
		*@*) a=$(printf '%s' "$a" | sed "s|@|$HW|") ;;
		esac
		args="$args $(e2e_quote "$a")"
	done
	eval "env PARLEY_DB=\"\$DB\" PARLEY_NOW=\"\$E2E_NOW\" \"\$PARLEY\" $args" \
	    >"$E2E_DIR/out.$n" 2>&1 </dev/null
	echo "error: $line" >"$E2E_DIR/name.$n"
done <"$E2E_DIR/errors"
TOTAL=$n

# clean FILE: nothing that steers a terminal: valid UTF-8, no C0 control
# but line ends and tabs, no DEL, no C1, no bidi override or isolate.
cat >"$E2E_DIR/clean.py" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
try:
    text = data.decode("utf-8")
except UnicodeDecodeError as e:
    sys.exit("not UTF-8 at byte %d" % e.start)
for i, c in enumerate(text):
    o = ord(c)
    if (o < 0x20 and c not in "\n\r\t") or 0x7f <= o <= 0x9f or \
            0x202a <= o <= 0x202e or 0x2066 <= o <= 0x2069:
        sys.exit("U+%04X at character %d: %r" % (o, i, text[max(0, i - 20):i + 20]))
EOF
i=1
while [ $i -le "$TOTAL" ]; do
	name=$(cat "$E2E_DIR/name.$i")
	why=$($PY "$E2E_DIR/clean.py" "$E2E_DIR/out.$i" 2>&1)
	if [ -z "$why" ]; then
		e2e_pass "parley $name: nothing steers the terminal"
	else
		e2e_fail "parley $name: nothing steers the terminal"
		echo "#   $why"
	fi
	i=$((i + 1))
done

# The commands did see the hostile text: it is there, as pictures.
assert_contains "the meeting's title shows its controls as pictures" \
    "$(cat "$E2E_DIR/out.1")" "Alignment X␛]0;PWNED␇␛[2J␛[31m�Y�"
assert_contains "an error quotes the word typed, as pictures" \
    "$(cat "$E2E_DIR/out.$((TOTAL - 8))")" "X␛]0;PWNED␇␛[2J␛[31m�Y�"
assert_contains "JSON keeps the controls, escaped" \
    "$(cat "$E2E_DIR/out.5")" '\u001b]0;PWNED\u0007\u001b[2J\u009b31m\u202eY'
assert_contains "a CSV cell holds the pictures" \
    "$(cat "$E2E_DIR/out.4")" "Sam Ortiz X␛]0;PWNED␇ the rest"

# columns FILE HEADER-COLUMN: in every row, "T<id> " starts at the column
# the header gives, counted as a terminal counts (wide 2, combining 0).
cat >"$E2E_DIR/columns.py" <<'EOF'
import re, sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
col = int(sys.argv[2])
rows = 0
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.search(r"T\d+ ", line)
    if not m:
        continue
    rows += 1
    if width(line[:m.start()]) != col:
        sys.exit("at column %d, not %d: %r" % (width(line[:m.start()]), col, line))
if rows < 8:
    sys.exit("only %d rows" % rows)
EOF
why=$($PY "$E2E_DIR/columns.py" "$E2E_DIR/out.3" 48 2>&1)
assert_eq "actions: the titles line up past wide, combining and cut names" \
    "" "$why"
assert_contains "the long name is cut inside its OSC, between characters" \
    "$(cat "$E2E_DIR/out.3")" "Sam Ortiz X␛]0;PWN… T6 "

# owners: the SIDE column starts at column 21 in every row.
why=$($PY - "$E2E_DIR/out.8" <<'EOF' 2>&1
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
rows = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() == "":
        break
    for side in (" sales ", " marketing ", " - "):
        at = line.find(side)
        if at > 0 and not line.startswith("OWNER"):
            rows += 1
            if width(line[:at + 1]) != 21:
                sys.exit("side at %d: %r" % (width(line[:at + 1]), line))
            break
if rows < 5:
    sys.exit("only %d rows" % rows)
EOF
)
assert_eq "owners: the sides line up" "" "$why"

# The same commands in a terminal: it keeps its title, and every one ran.
cat >"$E2E_DIR/all.sh" <<EOF
while IFS= read -r line; do
	env PARLEY_DB='$DB' PARLEY_NOW='$E2E_NOW' '$PARLEY' \$line
done <'$E2E_DIR/commands'
echo ALL-RAN
sleep 3600
EOF
E2E_SERVERS=$((E2E_SERVERS + 1))
E2E_SOCK=parley-e2e-$$-$E2E_SERVERS
E2E_TARGET=main:0
tmux -L "$E2E_SOCK" -f /dev/null new-session -d -s main -x 150 -y 40 \
    -c "$E2E_DIR" "env TERM=xterm-256color LC_ALL=C.UTF-8 sh all.sh" ||
    e2e_die "tmux could not start a session"
title=$(tmux -L "$E2E_SOCK" display-message -p -t main:0 '#{pane_title}')
wait_for "ALL-RAN" 30
assert_eq "the terminal's title did not change" "$title" \
    "$(tmux -L "$E2E_SOCK" display-message -p -t main:0 '#{pane_title}')"
check "no PWNED title" sh -c "! tmux -L '$E2E_SOCK' display-message -p \
    -t main:0 '#{pane_title}' | grep -q PWNED"

# An agenda shared by someone else: refused where the control is.
printf 'title: "Alignment \\e]0;PWNED\\a"\nteam:\n  sales: ["Sam \\e[2J"]\n%s\n' \
    'items: [{kind: topic, title: "\u202eRLO is fine, \u009b is not", minutes: 5}]' \
    >"$E2E_DIR/hostile.yaml"
capture parley check "$E2E_DIR/hostile.yaml"
assert_eq "a hostile agenda is invalid: 65" 65 "$RC"
assert_contains "the title's control, at its line and column" "$ERR" \
    "$E2E_DIR/hostile.yaml:1:8: 'title' must not contain a control character (U+001B)"
assert_contains "the name's, at its own" "$ERR" \
    "hostile.yaml:3:11: team: each name in 'sales' must not contain a control"
assert_contains "and the C1 in an item's title" "$ERR" \
    "hostile.yaml:4:30: 'title' must not contain a control character (U+009B)"
printf '%s\n' "$ERR" >"$E2E_DIR/check.err"
check "the report steers no terminal" $PY "$E2E_DIR/clean.py" \
    "$E2E_DIR/check.err"

# A Latin-1 terminal sends é as the one byte E9: the note keeps all of it.
use_db typed.db
start_screen 100 30 run
wait_for "Last month's commitments"
keys c
wait_for "Note:"
type_text "caf"
tmux -L "$E2E_SOCK" send-keys -t "$E2E_TARGET" -H e9
type_text " ok then"
expect_screen "the prompt shows what was typed, é included" "Note: café ok then"
keys Enter
wait_for "Note saved"
assert_eq "the note is saved whole, é as Latin-1 reads it" "café ok then" \
    "$(sql "SELECT text FROM entry WHERE kind = 'note'")"
keys c
wait_for "Note:"
type_text "x"
tmux -L "$E2E_SOCK" send-keys -t "$E2E_TARGET" -H 9b
type_text "31m y"
keys Enter
wait_for "Note saved"
assert_eq "a byte Latin-1 calls a control is U+FFFD, and the rest kept" \
    "x�31m y" "$(sql "SELECT text FROM entry WHERE kind = 'note' AND id = 2")"
keys q
expect_exit "the meeting is left as usual" 0

done_test
