#!/bin/sh
# screens.sh: what the screens cost beside 1k, 10k and 100k open action
# items (make bench). Usage: screens.sh PARLEY MKHISTORY [SIZE|DB...]
# (a SIZE is built with MKHISTORY; a DB file is measured on a copy).
#
# Each figure is taken in tmux at 80x24, as a user sees it: a time runs
# from the key (or the start) until the text it brings shows, polled
# without a pause; a share of a core is the CPU time the process used
# (/proc/PID/schedstat) over IDLE seconds of nothing happening. Figures,
# not tests: they vary with the machine, so nothing here fails.
set -u
bin=$1
mkhistory=$2
shift 2
sizes=${*:-1000 10000 100000}
IDLE=${IDLE:-10}
agenda=$(cd "$(dirname "$0")/../.." && pwd)/agendas/monthly-alignment.yaml
dir=$(mktemp -d "${TMPDIR:-/tmp}/parley-screens.XXXXXX") || exit 1
sock=parley-screens-$$
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$dir"' EXIT
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Open window NAME running parley ARGS on database DB (exec: its pid is
# the window's).
open_window() {
	name=$1 db=$2
	shift 2
	cmd="exec env TERM=xterm-256color LC_ALL=C.UTF-8 PARLEY_DB=$db $bin $*"
	if ! tmux -L "$sock" has-session 2>/dev/null; then
		tmux -L "$sock" -f /dev/null new-session -d -s bench -n "$name" \
		    -x 80 -y 24 "$cmd"
		tmux -L "$sock" set-option -g remain-on-exit off >/dev/null
	else
		tmux -L "$sock" new-window -d -t bench -n "$name" "$cmd"
	fi
}

# Is text on window NAME's screen?
shows() {
	tmux -L "$sock" capture-pane -p -t "bench:$1" 2>/dev/null |
	    grep -F -q -- "$2"
}

# Wait until text shows on window NAME (at most secs): the ms it took
# since start (ms), or "timeout".
wait_text() {
	name=$1 text=$2 start=$3 secs=${4:-120}
	until shows "$name" "$text"; do
		if [ $(($(now_ms) - start)) -gt $((secs * 1000)) ]; then
			echo timeout
			return 1
		fi
	done
	echo $(($(now_ms) - start))
}

# The CPU time window NAME's process has used, in microseconds.
cpu_us() {
	pid=$(tmux -L "$sock" display-message -p -t "bench:$1" '#{pane_pid}')
	awk '{ printf "%d\n", $1 / 1000 }' "/proc/$pid/schedstat"
}

# The share of a core window NAME uses over IDLE seconds, in percent.
idle_share() {
	c0=$(cpu_us "$1")
	sleep "$IDLE"
	c1=$(cpu_us "$1")
	awk -v d=$((c1 - c0)) -v s="$IDLE" 'BEGIN { printf "%.2f\n",
	    d / 1e6 / s * 100 }'
}

# The median of the numbers given ("timeout" wins).
median() {
	printf '%s\n' "$@" | grep -q timeout && { echo timeout; return; }
	printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 }
	    END { print v[int((NR + 1) / 2)] }'
}

# Send keys to window NAME.
keys() {
	name=$1
	shift
	tmux -L "$sock" send-keys -t "bench:$name" "$@"
}

# Save a note on window NAME three times: the median ms from Enter to
# "Note saved." on the screen.
save_note() {
	t=
	for k in 1 2 3; do
		keys "$1" c
		wait_text "$1" "Note:" "$(now_ms)" >/dev/null || return
		keys "$1" -l "bench note $k"
		wait_text "$1" "bench note $k" "$(now_ms)" >/dev/null || return
		start=$(now_ms)
		keys "$1" Enter
		t="$t $(wait_text "$1" "Note saved." "$start")"
	done
	# shellcheck disable=SC2086
	median $t
}

# Start window NAME with ARGS three times: the median ms until text shows.
first_paint() {
	name=$1 db=$2 text=$3
	shift 3
	t=
	for k in 1 2 3; do
		start=$(now_ms)
		open_window "$name" "$db" "$@"
		t="$t $(wait_text "$name" "$text" "$start")"
		keys "$name" q
		while shows "$name" "$text"; do :; done
		tmux -L "$sock" kill-window -t "bench:$name" 2>/dev/null
	done
	# shellcheck disable=SC2086
	median $t
}

# Paste n characters into a note's prompt on window NAME: the CPU ms it
# cost and the ms until the end of it shows, then Esc.
paste_cost() {
	name=$1 n=$2
	keys "$name" c
	wait_text "$name" "Note:" "$(now_ms)" >/dev/null || return
	awk -v n="$n" 'BEGIN { s = ""; while (length(s) < n - 12)
	    s = s "the webinar leads were junk, "; printf "%s", substr(s, 1,
	    n - 12) "zq" n "end" }' >"$dir/paste.txt"
	tmux -L "$sock" load-buffer -b bench "$dir/paste.txt"
	c0=$(cpu_us "$name")
	start=$(now_ms)
	tmux -L "$sock" paste-buffer -p -d -b bench -t "bench:$name"
	ms=$(wait_text "$name" "zq${n}end" "$start" 120)
	c1=$(cpu_us "$name")
	keys "$name" Escape
	wait_text "$name" "Nothing saved." "$(now_ms)" >/dev/null
	awk -v us=$((c1 - c0)) -v ms="$ms" 'BEGIN {
	    printf "%.1f ms CPU, %s ms\n", us / 1000, ms }'
}

# One row of the table: a label and a figure per size.
row() {
	printf '%-40s' "$1"
	shift
	for v in "$@"; do
		printf ' %12s' "$v"
	done
	printf '\n'
}

for size in $sizes; do
	db=$dir/h.db
	start=$(now_ms)
	if [ -f "$size" ]; then
		# Migrated first: that is once, not a first paint's cost.
		cp "$size" "$db" && "$bin" --db "$db" meetings >/dev/null ||
		    exit 1
	else
		"$mkhistory" "$agenda" "$db" "$size" || exit 1
	fi
	n=$(echo "$size" | tr -c 'a-zA-Z0-9\n' _)
	eval "build_$n=$(($(now_ms) - start))"
	# On disk first: the first commit would otherwise wait for it.
	sync
	# The meeting screen, started on the review, left idle.
	start=$(now_ms)
	open_window meeting "$db" run "$agenda"
	eval "paint_run_$n=$(wait_text meeting "Open commitments" "$start")"
	eval "idle_meeting_$n=$(idle_share meeting)"
	# The room beside it, the meeting live (its clock saved every 5 s).
	start=$(now_ms)
	open_window room "$db" room
	wait_text room "Open commitments" "$start" >/dev/null
	eval "idle_room_$n=$(idle_share room)"
	tmux -L "$sock" kill-window -t bench:room
	eval "save_review_$n=$(save_note meeting)"
	start=$(now_ms)
	keys meeting n
	eval "next_$n=$(wait_text meeting "2/8" "$start")"
	eval "save_item2_$n=$(save_note meeting)"
	# Pasted on item 2, whose body is short: what the prompt costs.
	eval "paste1k_$n=\"$(paste_cost meeting 1000)\""
	eval "paste10k_$n=\"$(paste_cost meeting 10000)\""
	start=$(now_ms)
	keys meeting b
	eval "back_$n=$(wait_text meeting "Open commitments" "$start")"
	keys meeting q
	while shows meeting "Open commitments"; do :; done
	tmux -L "$sock" kill-window -t bench:meeting 2>/dev/null
	eval "paint_resume_$n=$(first_paint resume "$db" \
	    "Open commitments" resume)"
	open_window meeting "$db" resume
	wait_text meeting "Open commitments" "$(now_ms)" >/dev/null
	eval "paint_room_$n=$(first_paint room "$db" "Open commitments" room)"
	keys meeting q
	tmux -L "$sock" kill-server 2>/dev/null
	rm -f "$db" "$db-wal" "$db-shm"
done

# The table: a column per size, what it grew by from the first size.
sizes=$(for size in $sizes; do echo "$size" | tr -c 'a-zA-Z0-9\n' _; done)
set -- $sizes
first=$1
v() { eval "echo \${$1_$2:-?}"; }
growth() {
	a=$(v "$1" "$first" | sed 's/ .*//')
	b=$(v "$1" "$last" | sed 's/ .*//')
	awk -v a="$a" -v b="$b" 'BEGIN { if (a + 0 > 0 && b ~ /^[0-9.]+$/)
	    printf "%.1fx", b / a; else print "-" }'
}
for last in $sizes; do :; done
echo
printf '%-40s' "screens beside N open action items"
for n in $sizes; do printf ' %12s' "$n"; done
printf ' %12s\n' "growth"
line() {
	label=$1 key=$2
	printf '%-40s' "$label"
	for n in $sizes; do printf ' %12s' "$(v "$key" "$n")"; done
	printf ' %12s\n' "$(growth "$key")"
}
line "build (or copy and migrate) the database, ms" build
line "run: first paint (review), ms" paint_run
line "resume: first paint (review), ms" paint_resume
line "room: first paint (review), ms" paint_room
line "meeting screen idle, % of a core" idle_meeting
line "room idle, meeting live, % of a core" idle_room
line "save a note on the review, ms" save_review
line "save a note on item 2, ms" save_item2
line "n: review to item 2, ms" next
line "b: item 2 back to the review, ms" back
echo
for n in $sizes; do
	echo "paste into a prompt beside $n: 1,000 characters $(v paste1k "$n");" \
	    "10,000 characters $(v paste10k "$n")"
done
echo "(targets: idle < 1 % of a core; first paint and a save within 2x" \
    "from the first size to the last; a 10,000-character paste at most" \
    "10x a 1,000-character one)"
