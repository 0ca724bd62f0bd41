#!/bin/sh
# run.sh: run every end-to-end test, each in its own sh, and count them.
#
# PARLEY names the binary (default: build/parley in this checkout);
# E2E_ASAN=1 says it was built with sanitizers (t_valgrind is skipped);
# E2E_VERBOSE=1 shows every check, not only those of failed tests.

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PARLEY=${PARLEY:-$root/build/parley}
case $PARLEY in
/*) ;;
*) PARLEY=$(pwd)/$PARLEY ;;
esac
export PARLEY

# A test that hangs despite its bounded waits is stopped here.
limit=120
timeout_cmd=
command -v timeout >/dev/null 2>&1 && timeout_cmd="timeout $limit"

out=$(mktemp "${TMPDIR:-/tmp}/parley-e2e-out.XXXXXX") || exit 1
trap 'rm -f "$out"' EXIT
passed=0
failed=0
checks=0
for t in "$here"/t_*.sh; do
	[ -f "$t" ] || continue
	name=$(basename "$t" .sh)
	# valgrind cannot run a binary built with AddressSanitizer.
	[ -n "${E2E_ASAN:-}" ] && [ "$name" = t_valgrind ] && continue
	$timeout_cmd sh "$t" >"$out" 2>&1
	rc=$?
	n=$(grep -c '^ok \|^not ok ' "$out")
	checks=$((checks + n))
	if [ "$rc" -eq 0 ]; then
		passed=$((passed + 1))
		echo "ok - $name ($n checks)"
		[ -n "$E2E_VERBOSE" ] && sed 's/^/    /' "$out"
	else
		failed=$((failed + 1))
		[ "$rc" -eq 124 ] && echo "# $name: stopped after $limit s" >>"$out"
		echo "not ok - $name (exit $rc)"
		grep -v '^ok ' "$out" | sed 's/^/    /'
	fi
done
echo "# $checks checks in all"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
