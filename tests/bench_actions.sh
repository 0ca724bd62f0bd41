#!/bin/sh
# bench_actions.sh: parley actions beside taskwarrior's task (2.6) and
# beside the floor, a plain C program on SQLite alone printing the same
# rows (tests/bench/actions_floor.c), on the same 1,000, 10,000 and
# 100,000 items; then how each grows from 1k to 100k, and the targets at
# 10k: at least 20 times faster than task list, at most 1.5 times the
# floor. Figures for make bench, not a test: CPU time (user and system)
# of the whole process, the median of several runs; parley and the floor
# run in turn, and xfloor is the median of their ratios pair by pair.
set -u
bin=$(cd "$(dirname "${1:-build/parley}")" && pwd)/$(basename "${1:-build/parley}")
build=$(dirname "$bin")
runs=11
status=0

command -v task >/dev/null 2>&1 || {
	echo "bench: no taskwarrior (task): make bench installs it" >&2
	exit 1
}
# One clock and one zone for Parley and task alike: the same items are
# overdue to both.
today=$(date -u +%F)
TZ=UTC
PARLEY_NOW=${today}T12:00:00
export TZ PARLEY_NOW
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM

# The options of one listing, into "$@": open, owner, overdue, all, csv, json.
listing() {
	case $1 in
	open) echo "" ;;
	owner) echo "--owner" ;;
	overdue) echo "--overdue" ;;
	all) echo "--all" ;;
	csv) echo "--format csv" ;;
	json) echo "--format json" ;;
	esac
}

# runtime RUNS COMMAND... [--vs OTHER...]: its figures, or dashes when it
# failed.
runtime() {
	"$build/runtime" "$@" 2>/dev/null || echo "- - -"
}

# Time parley and the floor in turn on one listing of database $1; print
# "PARLEY FLOOR RATIO SAME", RATIO the median of the pairs' PARLEY/FLOOR,
# SAME yes when both printed the same bytes.
time_parley() {
	db=$1
	# shellcheck disable=SC2046
	set -- $(listing "$2")
	[ "${1:-}" = "--owner" ] && set -- --owner "Dana Reyes"
	"$bin" --db "$db" actions "$@" >"$dir/p.out" 2>&1
	"$build/actions_floor" "$db" "$today" "$@" >"$dir/f.out" 2>&1
	same=no
	cmp -s "$dir/p.out" "$dir/f.out" && same=yes
	echo "$(runtime $runs "$bin" --db "$db" actions "$@" \
	    --vs "$build/actions_floor" "$db" "$today" "$@") $same"
}

# The task command that does what one listing does, into "$@".
task_for() {
	case $1 in
	open|csv) echo "list" ;;
	owner) echo "owner" ;;
	overdue) echo "+OVERDUE list" ;;
	all) echo "all" ;;
	json) echo "export" ;;
	esac
}

# Time task on one listing; print "CPU_MS COMMAND".
time_task() {
	# shellcheck disable=SC2046
	set -- $(task_for "$1")
	[ "$1" = "owner" ] && set -- "owner:Dana Reyes" list
	echo "$(runtime "$truns" task "$@" | cut -d' ' -f1) task $*"
}

# a / b, one decimal, or "-" when either is missing.
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		if (a == "-" || b == "-" || b == 0) print "-";
		else printf "%.1f", a / b }'
}

printf '%s\n' "parley actions beside taskwarrior $(task --version) and the floor" \
    "(a plain C program on SQLite printing the same rows): CPU ms of the" \
    "whole process, median of $runs runs (task: 5, 3 at 100k); xfloor the" \
    "median of parley/floor run in turn; xtask task/parley like for like;" \
    "xlist task list/parley"
printf '%7s  %-8s %8s %8s %6s %5s  %-28s %8s %6s %6s\n' items listing \
    parley floor xfloor same "task (like for like)" ms xtask xlist
for n in 1000 10000 100000; do
	db=$dir/p$n.db
	export TASKDATA="$dir/task$n" TASKRC="$dir/task$n/rc"
	mkdir -p "$TASKDATA"
	printf '%s\n' "data.location=$TASKDATA" confirmation=no \
	    verbose=nothing news.version=2.6.0 uda.owner.type=string \
	    uda.owner.label=Owner >"$TASKRC"
	if ! "$build/actions_data" "$n" "$db" "$dir/t$n.json" "$today" ||
	    ! task import "$dir/t$n.json" >/dev/null 2>&1; then
		echo "bench: could not make $n items" >&2
		exit 1
	fi
	truns=5
	[ "$n" -ge 100000 ] && truns=3
	list=
	for l in open owner overdue all csv json; do
		# shellcheck disable=SC2046
		set -- $(time_parley "$db" "$l")
		p=$1 f=$2 xf=$3 same=$4
		# shellcheck disable=SC2046
		set -- $(time_task "$l")
		t=$1
		shift
		[ "$l" = open ] && list=$t
		printf '%7s  %-8s %8s %8s %6s %5s  %-28s %8s %6s %6s\n' "$n" \
		    "$l" "$p" "$f" "$xf" "$same" "$*" "$t" \
		    "$(ratio "$t" "$p")" "$(ratio "$list" "$p")"
		echo "$n $l $p $f $t $list $same $xf" >>"$dir/figures"
	done
	rm -f "$db" "$db-wal" "$db-shm" "$dir/t$n.json"
	rm -rf "$TASKDATA"
done

# How each grows from 1k to 10k and to 100k items: 10 and 100 times the
# rows.
echo
echo "growth from 1,000 items to 10,000 and to 100,000 (10x, 100x the rows):"
for l in open owner overdue all csv json; do
	awk -v l="$l" '$2 == l { p[$1] = $3; f[$1] = $4; t[$1] = $5 }
	    function x(a, b) {
	        if (a == "" || b == "" || a == "-" || b == "-" || a == 0)
	            return "-"
	        return sprintf("%.0fx", b / a) }
	    function g(v) { return sprintf("%5s %5s", x(v[1000], v[10000]),
	        x(v[1000], v[100000])) }
	    END { printf "  %-8s parley %s   floor %s   task %s\n", l,
	        g(p), g(f), g(t) }' "$dir/figures"
done

# The targets, at 10,000 items.
echo
echo "targets at 10,000 items: 20x faster than task list, within 1.5x of the floor"
awk '$1 == 10000 {
	xl = ($3 == "-" || $6 == "-") ? 0 : $6 / $3
	xf = $8 == "-" ? 99 : $8
	ok = xl >= 20 && xf <= 1.5 && $7 == "yes"
	bad += !ok
	printf "  %-8s %5.1fx task list  %4.2fx the floor  same rows: %-3s  %s\n",
	    $2, xl, xf, $7, ok ? "ok" : "SLOW" }
	END { exit bad > 0 }' "$dir/figures" || status=1
exit $status
