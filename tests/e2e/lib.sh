# lib.sh: helpers for Parley's end-to-end tests, sourced by each t_*.sh.
#
# Each test drives the real binary in a real terminal: tmux, on a private
# socket, in a private temp folder that also holds the test's database.
# Nothing here ever sleeps a fixed time to wait for the program: wait_for
# polls the screen until the expected text is there, within a bound.
#
# Checks (check, assert_*, expect_screen) record a failure and go on, so one
# run shows every broken thing; wait_for and friends end the test at once,
# since the scenario cannot go on when the screen is not where it should be.

E2E_ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PARLEY=${PARLEY:-$E2E_ROOT/build/parley}
case $PARLEY in
/*) ;;
*) PARLEY=$(pwd)/$PARLEY ;;
esac
E2E_NOW=${E2E_NOW:-2026-11-23T10:00:00}   # a Monday
E2E_ENV=                                   # extra VAR=value for the pane
E2E_TIMEOUT=10                             # seconds, for every wait
E2E_NAME=$(basename "$0" .sh)
E2E_CHECKS=0
E2E_FAILED=0
E2E_SERVERS=0
E2E_SOCK=
E2E_TARGET=

# Say something on stderr and end the test as failed.
e2e_die() {
	echo "not ok - $E2E_NAME: $*" >&2
	exit 1
}

# Remove the temp folder and every tmux server this test started.
e2e_cleanup() {
	n=1
	while [ "$n" -le "$E2E_SERVERS" ]; do
		tmux -L "parley-e2e-$$-$n" kill-server >/dev/null 2>&1
		n=$((n + 1))
	done
	[ -n "$E2E_DIR" ] && rm -rf "$E2E_DIR"
}

command -v sqlite3 >/dev/null 2>&1 || e2e_die "sqlite3 is not installed"
[ -x "$PARLEY" ] || e2e_die "no parley binary at $PARLEY (run make first)"

E2E_DIR=$(mktemp -d "${TMPDIR:-/tmp}/parley-e2e.XXXXXX") ||
    e2e_die "cannot make a temp folder"
trap 'e2e_cleanup' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
DB=$E2E_DIR/parley.db

# The tests own their environment: no user tmux, no user database.
unset TMUX PARLEY_DB NO_COLOR XDG_DATA_HOME
export TMUX_TMPDIR="$E2E_DIR"
export SHELL=/bin/sh
export LC_ALL=C.UTF-8

# Quote each argument for sh.
e2e_quote() {
	for a in "$@"; do
		printf "'%s' " "$(printf '%s' "$a" | sed "s/'/'\\\\''/g")"
	done
}

# A sanitized build lives in build/asan/, where agendas/ is not beside it.
E2E_BASE_ENV=
if [ -n "${E2E_ASAN:-}" ]; then
	E2E_BASE_ENV="PARLEY_AGENDA_DIR=$(e2e_quote "$E2E_ROOT/agendas")"
fi

# The shell command a pane runs: parley, then its exit code, then a wait.
e2e_command() {
	printf 'cd %s && env TERM=xterm-256color LC_ALL=C.UTF-8 PARLEY_DB=%s ' \
	    "$(e2e_quote "$E2E_DIR")" "$(e2e_quote "$DB")"
	printf 'PARLEY_NOW=%s %s %s %s%s; echo "EXIT=$?"; sleep 3600' \
	    "$(e2e_quote "$E2E_NOW")" "$E2E_BASE_ENV" "$E2E_ENV" \
	    "$(e2e_quote "$PARLEY")" "$(e2e_quote "$@")"
}

# Use another database file in the temp folder from now on.
use_db() {
	DB=$E2E_DIR/$1
}

# Start parley ARGS in a new detached tmux server, sized W x H.
start_screen() {
	w=$1
	h=$2
	shift 2
	command -v tmux >/dev/null 2>&1 || e2e_die "tmux is not installed"
	E2E_SERVERS=$((E2E_SERVERS + 1))
	E2E_SOCK=parley-e2e-$$-$E2E_SERVERS
	E2E_TARGET=main:0
	tmux -L "$E2E_SOCK" -f /dev/null new-session -d -s main -x "$w" \
	    -y "$h" -c "$E2E_DIR" "$(e2e_command "$@")" ||
	    e2e_die "tmux could not start a session"
	# Should the pane's shell die, keep what it showed for the report.
	tmux -L "$E2E_SOCK" set-option -g remain-on-exit on >/dev/null
}

# Start parley ARGS in another window NAME of the current server, and
# point the helpers at it (switch_to main:0 goes back).
start_window() {
	name=$1
	shift
	tmux -L "$E2E_SOCK" new-window -d -n "$name" -c "$E2E_DIR" \
	    "$(e2e_command "$@")" || e2e_die "tmux could not open a window"
	E2E_TARGET=main:$name
}

# Point the helpers at another window of the current server.
switch_to() {
	E2E_TARGET=$1
}

# Resize the current window to W x H.
resize_screen() {
	tmux -L "$E2E_SOCK" resize-window -t "$E2E_TARGET" -x "$1" -y "$2" ||
	    e2e_die "tmux could not resize the window"
}

# The process id of parley in the current pane (a child of the pane's sh).
screen_pid() {
	shpid=$(tmux -L "$E2E_SOCK" display-message -p -t "$E2E_TARGET" \
	    '#{pane_pid}')
	for stat in /proc/[0-9]*/stat; do
		# A process may end between the glob and the read: say nothing.
		{ read -r line <"$stat"; } 2>/dev/null || continue
		case $line in
		*" (parley) "*) ;;
		*) continue ;;
		esac
		# The fields after "(comm) " are: state ppid ...; split them.
		# shellcheck disable=SC2086
		set -- ${line##*) }
		if [ "$2" = "$shpid" ]; then
			stat=${stat#/proc/}
			echo "${stat%/stat}"
			return 0
		fi
	done
	return 1
}

# Send tmux key names (Enter, Escape, Left, C-u, ...).
keys() {
	tmux -L "$E2E_SOCK" send-keys -t "$E2E_TARGET" "$@"
}

# Type text literally, UTF-8 included.
type_text() {
	tmux -L "$E2E_SOCK" send-keys -t "$E2E_TARGET" -l -- "$1"
}

# Home and End as xterm-256color's terminfo has them (khome=\EOH,
# kend=\EOF). tmux's own Home/End key names send \E[1~ and \E[4~, which
# match tmux's TERM, not the xterm-256color the pane says it is.
# Fill $DB with tests/tools/fixture.c's two meetings (every kind of
# capture, hostile text, the private words), by the mkminutes built beside
# $PARLEY.
fixture_meetings() {
	mkminutes=$(dirname "$PARLEY")/tests/mkminutes
	[ -x "$mkminutes" ] || e2e_die "no $mkminutes (make $mkminutes)"
	"$mkminutes" "$DB" "$E2E_ROOT/agendas/monthly-alignment.yaml" \
	    >/dev/null || e2e_die "mkminutes failed"
}

# Parrot a statement on the meeting screen: o, the side's key (s or m),
# the statement typed, Enter; returns once the Answer: prompt shows.
parrot_statement() {
	keys o
	wait_for "Who said it?"
	keys "$1"
	wait_for "Statement:"
	type_text "$2"
	keys Enter
	wait_for "Answer:"
}

key_home() {
	tmux -L "$E2E_SOCK" send-keys -t "$E2E_TARGET" -H 1b 4f 48
}

key_end() {
	tmux -L "$E2E_SOCK" send-keys -t "$E2E_TARGET" -H 1b 4f 46
}

# The screen as text.
screen() {
	tmux -L "$E2E_SOCK" capture-pane -p -t "$E2E_TARGET"
}

# The screen with its colour and attribute escape sequences.
screen_escapes() {
	tmux -L "$E2E_SOCK" capture-pane -p -e -t "$E2E_TARGET"
}

# Is text on the screen? Lines the terminal wrapped are also tried joined.
e2e_on_screen() {
	{ screen; tmux -L "$E2E_SOCK" capture-pane -p -J -t "$E2E_TARGET"; } |
	    grep -F -q -- "$1"
}

# Print the screen framed, for a failure report.
e2e_show_screen() {
	echo "#   screen ($E2E_TARGET):"
	screen | sed 's/^/#   |/'
}

# Poll every 0.1 s until test-command ARGS... succeeds, at most secs.
e2e_poll() {
	secs=$1
	shift
	tries=$((secs * 10))
	while [ "$tries" -gt 0 ]; do
		"$@" && return 0
		sleep 0.1
		tries=$((tries - 1))
	done
	"$@"
}

# Not text on the screen.
e2e_off_screen() {
	! e2e_on_screen "$1"
}

# Wait until text shows; if it does not, show the screen and end the test.
wait_for() {
	e2e_poll "${2:-$E2E_TIMEOUT}" e2e_on_screen "$1" && return 0
	echo "# wait_for: timed out after ${2:-$E2E_TIMEOUT} s"
	echo "#   expected: $1"
	e2e_show_screen
	E2E_FAILED=$((E2E_FAILED + 1))
	e2e_summary
	exit 1
}

# Wait until text is gone from the screen.
wait_gone() {
	e2e_poll "${2:-$E2E_TIMEOUT}" e2e_off_screen "$1" && return 0
	echo "# wait_gone: still there after ${2:-$E2E_TIMEOUT} s"
	echo "#   expected gone: $1"
	e2e_show_screen
	E2E_FAILED=$((E2E_FAILED + 1))
	e2e_summary
	exit 1
}

# Is text gone from the screen within tenths of a second? A check's test.
gone_within() {
	tries=$1
	while [ "$tries" -gt 0 ]; do
		e2e_off_screen "$2" && return 0
		sleep 0.1
		tries=$((tries - 1))
	done
	e2e_off_screen "$2"
}

# Wait until the program in the pane ends, and print its exit code.
exit_code() {
	wait_for "EXIT=" >&2
	# After a crash the cursor may be anywhere: EXIT= need not start a line.
	screen | sed -n 's/.*EXIT=\([0-9]*\).*/\1/p' | tail -n 1
}

# One query on the test's database, read-only.
sql() {
	sqlite3 -readonly -batch -noheader -cmd ".timeout 5000" "$DB" "$1"
}

# Run parley without a terminal, with the test's database and clock.
parley() {
	env PARLEY_DB="$DB" PARLEY_NOW="$E2E_NOW" "$PARLEY" "$@" </dev/null
}

# Run a command with no terminal; set OUT, ERR and RC from it.
# shellcheck disable=SC2034
capture() {
	"$@" </dev/null >"$E2E_DIR/.out" 2>"$E2E_DIR/.err"
	RC=$?
	OUT=$(cat "$E2E_DIR/.out")
	ERR=$(cat "$E2E_DIR/.err")
}

# Count a check as passed.
e2e_pass() {
	E2E_CHECKS=$((E2E_CHECKS + 1))
	echo "ok $E2E_CHECKS - $1"
}

# Count a check as failed.
e2e_fail() {
	E2E_CHECKS=$((E2E_CHECKS + 1))
	E2E_FAILED=$((E2E_FAILED + 1))
	echo "not ok $E2E_CHECKS - $1"
}

# Show a value for a failure report, every line of it.
e2e_show() {
	printf '%s\n' "$2" | sed "s/^/#   $1 /"
}

# check WHAT COMMAND...: passes when the command succeeds.
check() {
	what=$1
	shift
	if "$@"; then
		e2e_pass "$what"
	else
		e2e_fail "$what"
		echo "#   command failed: $*"
	fi
}

# assert_eq WHAT EXPECTED ACTUAL
assert_eq() {
	if [ "$2" = "$3" ]; then
		e2e_pass "$1"
	else
		e2e_fail "$1"
		e2e_show "expected:" "$2"
		e2e_show "got:     " "$3"
	fi
}

# assert_contains WHAT TEXT NEEDLE: the text holds the needle (fixed string).
assert_contains() {
	if printf '%s\n' "$2" | grep -F -q -- "$3"; then
		e2e_pass "$1"
	else
		e2e_fail "$1"
		e2e_show "expected to find:" "$3"
		e2e_show "in:" "$2"
	fi
}

# assert_lacks WHAT TEXT NEEDLE: the text does not hold the needle.
assert_lacks() {
	if printf '%s\n' "$2" | grep -F -q -- "$3"; then
		e2e_fail "$1"
		e2e_show "expected not to find:" "$3"
		e2e_show "in:" "$2"
	else
		e2e_pass "$1"
	fi
}

# assert_match WHAT TEXT REGEX: some line of the text matches (grep -E).
assert_match() {
	if printf '%s\n' "$2" | grep -E -q -- "$3"; then
		e2e_pass "$1"
	else
		e2e_fail "$1"
		e2e_show "expected a line matching:" "$3"
		e2e_show "in:" "$2"
	fi
}

# expect_screen WHAT TEXT [SECS]: the text shows within the bound; a check,
# so the test goes on when it does not.
expect_screen() {
	if e2e_poll "${3:-$E2E_TIMEOUT}" e2e_on_screen "$2"; then
		e2e_pass "$1"
	else
		e2e_fail "$1"
		echo "#   expected on screen: $2"
		e2e_show_screen
	fi
}

# expect_exit WHAT CODE: the program in the pane ended with CODE.
expect_exit() {
	assert_eq "$1" "$2" "$(exit_code)"
}

# Print how many checks ran and failed.
e2e_summary() {
	echo "# $E2E_NAME: $E2E_CHECKS checks, $E2E_FAILED failed"
}

# End the test: failed when any check failed.
done_test() {
	e2e_summary
	[ "$E2E_FAILED" -eq 0 ]
	exit $?
}
