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
# The labels of the prompts the script types into.
PROMPTS='Note|Decision|Parking lot|Action|Owner|Due|Private note[^:]*'
PROMPTS="$PROMPTS|Objection heard"

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

# Keys typed ahead are sent in one go by send_typed, so the screen is
# still at work on them when the kill comes.
CR=$(printf '\r')
typed=

# Type ahead one capture of kind KEY (c note, d decision, l parking, p
# private, h objection heard) with TEXT, and remember it as sent.
send_capture() {
	typed="$typed$1$2$CR"
	echo "$2" >>"$SENT"
}

# Type ahead an action with TEXT, an owner and a due date.
send_action() {
	typed="${typed}a$1${CR}Sam Ortiz${CR}fri$CR"
	echo "$1" >>"$SENT"
}

# Type ahead a move to the next item, or back when there is none (or the
# other way when BACK is given); moving says where to.
send_move() {
	if { [ -z "${1:-}" ] && [ "$pos" -lt 7 ]; } || [ "$pos" -le 2 ]; then
		moving=$((pos + 1))
		typed="${typed}n"
	else
		moving=$((pos - 1))
		typed="${typed}b"
	fi
}

# Send what was typed ahead.
send_typed() {
	type_text "$typed"
	typed=
}

# Every capture's text in the database (notes and the like, actions,
# objections heard), one a line.
db_captures() {
	sql "SELECT text FROM entry UNION ALL SELECT title FROM action
	    UNION ALL SELECT topic FROM prospect_objection"
}

# After a kill: check the database against what the screen showed.
crash_check() {
	last=$(screen)
	# The prompt line holds text typed, not saved: leave it out.
	listed=$(printf '%s\n' "$last" | grep -vE "^ ($PROMPTS):")
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
	*"Private note saved."*|*"Action #"*" saved:"*|\
	*"New objection saved:"*)
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
	0)	# Five notes typed faster than they are saved; kill at once.
		for n in a b c d e; do send_capture c "$t note $n"; done
		send_typed
		crash_kill ;;
	1)	# Three more; kill once the second shows.
		for n in a b c; do send_capture c "$t note $n"; done
		send_typed
		wait_for "$t note b"
		crash_kill ;;
	2)	# A move; kill at once.
		send_move
		send_typed
		crash_kill ;;
	3)	# A move; kill once the screen shows it.
		send_move
		send_typed
		wait_for "$moving/8  "
		crash_kill ;;
	4)	# An action, Owner and Due typed ahead; kill at once.
		send_action "$t action"
		send_typed
		crash_kill ;;
	5)	# An action; kill once it is said saved.
		send_action "$t action"
		send_typed
		wait_for "saved: Sam Ortiz"
		crash_kill ;;
	6)	# On Q1 an objection heard, elsewhere a decision and a parked
		# topic; kill at once.
		if [ "$pos" -eq 3 ]; then
			send_capture h "$t heard"
		else
			send_capture d "$t decision"
			send_capture l "$t parked"
		fi
		send_typed
		crash_kill ;;
	7)	# Kill halfway through typing a note: nothing is saved.
		type_text "c$t typed"
		wait_for "$t typed"
		crash_kill
		assert_eq "kill $round: a note not entered is not saved" "" \
		    "$(db_captures | grep -F "$t typed")" ;;
	8)	# A private note, typed blind; kill once it is said saved.
		send_capture p "$t priv"
		send_typed
		wait_for "Private note saved."
		crash_kill
		assert_lacks "kill $round: a private note is never shown" \
		    "$(screen)" "$t priv" ;;
	9)	# A note, then a move back, typed ahead; kill at once.
		send_capture c "$t note a"
		send_move back
		send_typed
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
