#!/bin/sh
# Run each libFuzzer harness named for SECONDS from its seeds
# (tests/fuzz/NAME/seeds) with its dictionary; new inputs go to
# build/fuzz/corpus/NAME, a crash to build/fuzz/crash/. Prints the runs per
# harness; exits 1 when any harness found a crash, a leak or a broken
# invariant. Usage: run.sh SECONDS NAME...
set -u
secs=$1
shift
out=build/fuzz
mkdir -p "$out/crash"
fail=0
for name in "$@"; do
	corpus=$out/corpus/$name
	log=$out/$name.log
	mkdir -p "$corpus"
	dict=
	[ -f "tests/fuzz/$name/$name.dict" ] &&
		dict=-dict=tests/fuzz/$name/$name.dict
	# -timeout counts wall time: an input takes milliseconds, and one
	# taking 30 s is a finding, not a busy machine.
	"$out/fuzz_$name" -max_total_time="$secs" -timeout=30 \
		-rss_limit_mb=2048 -print_final_stats=1 $dict \
		-artifact_prefix="$out/crash/$name-" \
		"$corpus" "tests/fuzz/$name/seeds" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log")
	found=$(ls "$corpus" | wc -l)
	if [ $rc -eq 0 ]; then
		echo "fuzz $name: ${runs:-?} runs in ${took:-?} s," \
			"$found inputs in build/fuzz/corpus, no failure"
	else
		fail=1
		echo "fuzz $name: FAILED (exit $rc) after ${runs:-?} runs;" \
			"see $log"
		grep -E 'ERROR|invariant broken|SUMMARY|Test unit written' \
			"$log" | head -n 8
	fi
done
exit $fail
