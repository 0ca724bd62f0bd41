#!/bin/sh
# t_mql_valgrind.sh: Q4 under valgrind, on the meeting screen and in the
# room, and the mql commands: a criterion changed, added and removed, each
# side agreeing, a change from the command line followed, the minutes
# written; no invalid read or write, no definite or indirect leak.
. "$(dirname "$0")/lib.sh"

# valgrind cannot run a binary built with AddressSanitizer.
if [ -n "${E2E_ASAN:-}" ]; then
	echo "# skipped: the sanitized build runs t_mql.sh instead"
	done_test
fi
command -v valgrind >/dev/null 2>&1 || e2e_die "valgrind is not installed"
REAL=$PARLEY
PARLEY=$E2E_DIR/parley-under-valgrind
cat >"$PARLEY" <<VG
#!/bin/sh
exec valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
    --log-file="$E2E_DIR/valgrind.%p.log" "$REAL" "\$@"
VG
chmod +x "$PARLEY"
E2E_TIMEOUT=30  # valgrind starts slowly

start_screen 80 24 run
wait_for "1/8"
keys n n n n n
wait_for "6/8"
start_window room room
wait_for "MQL definition in force: version 1"
switch_to main:0
keys C
wait_for "Change or add criterion:"
type_text "bud"
keys Tab Enter
wait_for "New value of budget:"
type_text "any"
keys Enter
wait_for "Version 2 proposed"
keys C
wait_for "Change or add criterion:"
type_text "Region"
keys Enter
wait_for "Value of Region"
type_text "EMEA"
keys Enter
wait_for "Version 2 amended"
keys R
wait_for "Remove criterion:"
type_text "tit"
keys Tab Enter
wait_for "Version 2 amended (titles)"
keys S
wait_for "agreed for sales by:"
type_text "Da"
keys Tab Enter
wait_for "Sales agreed to version 2"
capture parley mql agree 2 --side marketing --by "Lee Chen"
assert_eq "mql agree under valgrind exits 0" 0 "$RC"
expect_screen "the screen follows it" "and marketing (Lee Chen)" 5
capture parley mql propose titles=VP
capture parley mql history
capture parley mql diff 1 3
assert_eq "mql diff under valgrind exits 0" 0 "$RC"
keys M
wait_for "agreed for marketing by:"
type_text "Pr"
keys Tab Enter
wait_for "Marketing agreed to version 3 (Priya Natarajan); sales to agree."
keys '?'
wait_for "Q4 · MQL definition"
keys Escape
keys x
wait_for "End the meeting?"
keys y
expect_exit "the meeting screen is clean under valgrind" 0
switch_to main:room
wait_for "has ended"
keys q
expect_exit "the room view is clean under valgrind" 0
capture parley export 1 --format json
assert_eq "export under valgrind exits 0" 0 "$RC"
capture parley mql
assert_eq "mql under valgrind exits 0" 0 "$RC"

logs=$(cat "$E2E_DIR"/valgrind.*.log)
assert_eq "valgrind logged nothing" "" "$logs"
done_test
