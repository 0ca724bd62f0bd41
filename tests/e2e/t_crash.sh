#!/bin/sh
# t_crash.sh: kill -9 the meeting screen at 50 points of a scripted meeting
# (mid-save, mid-move, mid-prompt, and at rest), resuming after each. Every
# time: the database passes PRAGMA integrity_check; each capture the screen
# last showed as saved is in it, and so is every capture seen saved before;
# the captures of a burst typed faster than they are saved are saved in
# order, none after one missing; and resume lands on the item the screen
# showed. The kill points are chosen by what the screen shows, or taken
# right after the keys are sent, while the screen is still working on them.
. "$(dirname "$0")/lib.sh"

KILLS=50
SAVED=$E2E_DIR/saved     # captures the screen showed saved, one a line
SENT=$E2E_DIR/sent       # the captures of this round, in the order typed
: >"$SAVED"
round=0
pid=
pos=1                    # the item the screen shows, 1-based
moving=                  # the item a move typed ahead goes to, if any
cut=0                    # kills that landed before a capture typed was saved

# Start the meeting screen in a new window (run, then resume) and wait for
# the item it shows; sets pid.
crash_start() {
	if [ "$round" -eq 0 ]; then
		start_screen 80 24 run
	else
		start_window "r$round" resume
	fi
	wait_for "/8  "
	[ "$round" -eq 0 ] || assert_eq "resume $round lands on the item shown" \
	    "$pos" "$(shown_pos "$(screen)")"
	pid=$(screen_pid) || e2e_die "no parley in the pane"
}

# Kill the screen now, and wait until its shell says so.
crash_kill() {
	kill -9 "$pid" 2>/dev/null
	wait_for "EXIT=137"
}

# The item the last screen showed ("k/8  title" heads the item).
shown_pos() {
	printf '%s\n' "$1" | sed -n 's|^ \([1-8]\)/8  .*|\1|p' | head -n 1
}

# Type one capture of kind KEY (c note, d decision, l parking, p private)
# with TEXT, and remember it as sent.
send_capture() {
	keys "$1"
	type_text "$2"
	keys Enter
	echo "$2" >>"$SENT"
}

# Type an action with TEXT, an owner and a due date, in one go.
send_action() {
	keys a
	type_text "$1"
	keys Enter
	type_text "Sam Ortiz"
	keys Enter
	type_text "fri"
	keys Enter
	echo "$1" >>"$SENT"
}

# Every capture's text in the database, notes and actions, one a line.
db_captures() {
	sql "SELECT text FROM entry UNION ALL SELECT title FROM action"
}

# After a kill: check the database against what the screen showed.
crash_check() {
	last=$(screen)
	# The prompt line holds text typed, not saved: leave it out.
	listed=$(printf '%s\n' "$last" | grep -vE \
	    '^ (Note|Decision|Parking lot|Action|Owner|Due|Private note[^:]*):')
	have=$(db_captures)
	assert_eq "kill $round: integrity_check passes" "ok" \
	    "$(sql "PRAGMA integrity_check")"
	# What the screen showed as saved (listed, or said saved last) is there.
	while IFS= read -r t; do
		if printf '%s\n' "$listed" | grep -qF -- "$t"; then
			echo "$t" >>"$SAVED"
		fi
	done <"$SENT"
	# "... saved" on the status line: at least the first one typed is.
	case $last in
	*"Note saved."*|*"Decision saved."*|*"Parking-lot topic saved."*|\
	*"Private note saved."*|*"Action #"*" saved:"*)
		head -n 1 "$SENT" >>"$SAVED" ;;
	esac
	missing=$(sort -u "$SAVED" | while IFS= read -r t; do
		printf '%s\n' "$have" | grep -qxF -- "$t" || echo "$t"; done)
	assert_eq "kill $round: every capture shown saved is in the database" \
	    "" "$missing"
	# An action is saved whole, with its owner and due date, or not at all.
	assert_eq "kill $round: no action is saved by half" "0" \
	    "$(sql "SELECT count(*) FROM action
	        WHERE owner_id IS NULL OR due IS NULL")"
	# A burst is saved in order: nothing after the first one missing.
	gap=0 bad=
	while IFS= read -r t; do
		if printf '%s\n' "$have" | grep -qxF -- "$t"; then
			[ $gap -eq 1 ] && bad="$bad $t"
		else
			gap=1
		fi
	done <"$SENT"
	assert_eq "kill $round: the burst is saved in order" "" "$bad"
	# Count the kills that landed between the first key and the last save.
	sent=$(wc -l <"$SENT")
	kept=$(while IFS= read -r t; do printf '%s\n' "$have" |
	    grep -xF -- "$t"; done <"$SENT" | wc -l)
	[ "$kept" -lt "$sent" ] && cut=$((cut + 1))
	# The database is on the item shown, or on the one a move typed
	# ahead goes to when it was saved before the screen could show it;
	# resume must land there.
	shown=$(shown_pos "$last")
	[ -n "$shown" ] || { e2e_show_screen; e2e_die "no item on the screen"; }
	db=$(($(sql "SELECT current_pos FROM meeting") + 1))
	[ "$db" = "${moving:-$shown}" ] && shown=$db
	assert_eq "kill $round: the database is on the item shown" "$shown" "$db"
	pos=$db
	moving=
	# The first window holds the tmux session; the others can go.
	[ "$round" -eq 0 ] || tmux -L "$E2E_SOCK" kill-window -t "$E2E_TARGET"
}

# One round: start or resume, do step number $1 of the script, kill, check.
crash_round() {
	crash_start
	: >"$SENT"
	t="crash$round"
	case $(($1 % 10)) in
	0)	# Three notes typed faster than they are saved; kill at once.
		send_capture c "$t note a"
		send_capture c "$t note b"
		send_capture c "$t note c"
		crash_kill ;;
	1)	# Three more; kill once the second shows.
		send_capture c "$t note a"
		send_capture c "$t note b"
		send_capture c "$t note c"
		wait_for "$t note b"
		crash_kill ;;
	2)	# A move; kill at once.
		if [ "$pos" -lt 7 ]; then moving=$((pos + 1)); keys n
		else moving=$((pos - 1)); keys b; fi
		crash_kill ;;
	3)	# A move; kill once the screen shows it.
		if [ "$pos" -lt 7 ]; then to=$((pos + 1)); keys n
		else to=$((pos - 1)); keys b; fi
		wait_for "$to/8  "
		crash_kill ;;
	4)	# An action, Owner and Due typed ahead; kill at once.
		send_action "$t action"
		crash_kill ;;
	5)	# An action; kill once it is said saved.
		send_action "$t action"
		wait_for "saved: Sam Ortiz"
		crash_kill ;;
	6)	# A decision and a parked topic; kill at once.
		send_capture d "$t decision"
		send_capture l "$t parked"
		crash_kill ;;
	7)	# Kill halfway through typing a note: nothing is saved.
		keys c
		type_text "$t typed"
		wait_for "$t typed"
		crash_kill
		assert_eq "kill $round: a note not entered is not saved" "" \
		    "$(db_captures | grep -F "$t typed")" ;;
	8)	# A private note, typed blind; kill once it is said saved.
		send_capture p "$t priv"
		wait_for "Private note saved."
		crash_kill
		assert_lacks "kill $round: a private note is never shown" \
		    "$(screen)" "$t priv" ;;
	9)	# A note, then a move, typed ahead; kill at once.
		send_capture c "$t note a"
		if [ "$pos" -gt 2 ]; then moving=$((pos - 1)); keys b
		else moving=$((pos + 1)); keys n; fi
		crash_kill ;;
	esac
	crash_check
	round=$((round + 1))
}

while [ "$round" -lt "$KILLS" ]; do
	crash_round "$round"
done

echo "# $cut of $KILLS kills landed before what was typed was all saved"

# The last resume, and the meeting ends cleanly with everything in it.
crash_start
assert_eq "after $KILLS kills the meeting is still the one live meeting" \
    "1|live" "$(sql "SELECT count(*), min(status) FROM meeting")"
keys x
wait_for "End the meeting?"
keys y
expect_exit "the meeting ends after $KILLS kills" 0
assert_eq "integrity_check passes at the end" "ok" \
    "$(sql "PRAGMA integrity_check")"
done_test
