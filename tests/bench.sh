#!/bin/sh
# bench.sh: the performance targets, measured (make bench). Not a test:
# figures vary with the machine, so nothing here runs under make test.
set -u
bin=$(cd "$(dirname "${1:-build/parley}")" && pwd)/$(basename "${1:-build/parley}")
build=$(dirname "$bin")
status=0
"$build/bench" agendas/monthly-alignment.yaml || status=1
"$build/bench_agenda" || status=1
# parley actions beside taskwarrior and its floor (tests/bench_actions.sh).
sh "$(dirname "$0")/bench_actions.sh" "$bin" || status=1

# Start-up and a query: what a script pays per batch command.
dir=$(mktemp -d)
PARLEY_DB=$dir/p.db "$bin" meetings >/dev/null
start=$(date +%s%N)
i=0
while [ $i -lt 200 ]; do
	PARLEY_DB=$dir/p.db "$bin" actions --format json >/dev/null
	i=$((i + 1))
done
end=$(date +%s%N)
awk -v ns=$((end - start)) 'BEGIN {
	ms = ns / 200 / 1e6
	printf "%-44s %10.2f ms   (target < 20 ms)  %s\n",
	    "parley actions, start to finish", ms, ms < 20 ? "ok" : "SLOW" }'

# The CPU time a room view uses over 20 s, from /proc, idle and while a
# meeting screen beside it saves its clock every 5 s.
room_cpu() {
	label=$1
	pid=
	i=0
	while [ -z "$pid" ] && [ $i -lt 50 ]; do
		pid=$(pgrep -f "$bin room" | head -n 1)
		i=$((i + 1))
		sleep 0.1
	done
	hz=$(getconf CLK_TCK)
	t0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
	sleep 20
	t1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
	awk -v d=$((t1 - t0)) -v hz="$hz" -v label="$label" 'BEGIN {
		pct = d / hz / 20 * 100
		printf "%-44s %10.2f %%    (target < 1 %%)  %s\n", label, pct,
		    pct < 1 ? "ok" : "SLOW" }'
}

if command -v tmux >/dev/null; then
	sock=parley-bench-$$
	env="PARLEY_DB=$dir/p.db TERM=xterm-256color LC_ALL=C.UTF-8"
	tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 \
	    "env $env $bin room"
	room_cpu "room view, no meeting, share of a core"
	tmux -L "$sock" new-window -d "env $env $bin run"
	room_cpu "room view, meeting live, share of a core"
	tmux -L "$sock" kill-server
fi
rm -rf "$dir"

# The screens beside 1k, 10k and 100k open action items, side by side.
if command -v tmux >/dev/null; then
	sh "$(dirname "$0")/bench/screens.sh" "$bin" "$build/mkhistory"
fi
exit $status
