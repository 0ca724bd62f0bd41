#!/bin/sh
# bench.sh: the performance targets, measured (make bench). Not a test:
# figures vary with the machine, so nothing here runs under make test.
set -u
bin=${1:-build/parley}
build=$(dirname "$bin")
"$build/bench" agendas/monthly-alignment.yaml || status=1

# An idle room view: CPU time used over 10 seconds, from /proc.
if command -v tmux >/dev/null; then
	dir=$(mktemp -d)
	sock=parley-bench-$$
	tmux -L "$sock" new-session -d -x 100 -y 30 \
	    "PARLEY_DB=$dir/p.db TERM=xterm-256color $bin room"
	pid=
	i=0
	while [ -z "$pid" ] && [ $i -lt 50 ]; do
		pid=$(pgrep -f "$bin room" | head -n 1)
		i=$((i + 1))
		sleep 0.1
	done
	ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
	hz=$(getconf CLK_TCK)
	t0=$(ticks)
	sleep 10
	t1=$(ticks)
	tmux -L "$sock" kill-server
	rm -rf "$dir"
	awk -v d=$((t1 - t0)) -v hz="$hz" 'BEGIN {
		pct = d / hz / 10 * 100
		printf "%-44s %10.2f %%    (target < 1 %%)  %s\n",
		    "idle room view, share of one core", pct,
		    pct < 1 ? "ok" : "SLOW" }'
fi
exit ${status:-0}
