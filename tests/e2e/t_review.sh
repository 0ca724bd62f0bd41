#!/bin/sh
# t_review.sh: a month later, the review item lists last meeting's open
# actions by owner, and the A list marks them done, kept or dropped.
. "$(dirname "$0")/lib.sh"

# add_action TITLE OWNER-PREFIX DUE: the a flow, Tab-completing the owner.
add_action() {
	keys a
	wait_for "Action:"
	type_text "$1"
	keys Enter
	wait_for "Owner:"
	type_text "$2"
	keys Tab Enter
	wait_for "Due:"
	type_text "$3"
	keys Enter
	wait_for "saved: "
}

# Meeting 1: three actions for two owners, Dana's two apart in time.
start_screen 80 24 run
wait_for "1/8"
add_action "Write the battlecard" "Da" "fri"
add_action "Send the case study" "Pr" "+1w"
add_action "Refresh the pricing FAQ" "Da" "2026-12-04"
assert_eq "meeting 1 made three actions" \
    "1|Dana Reyes|2026-11-27
2|Priya Natarajan|2026-11-30
3|Dana Reyes|2026-12-04" \
    "$(sql "SELECT a.id, p.name, a.due FROM action a
        JOIN person p ON p.id = a.owner_id ORDER BY a.id")"
keys x
wait_for "End the meeting?"
keys y
expect_exit "meeting 1 ends" 0

# Meeting 2, four weeks later: the review item shows them, by owner.
E2E_NOW=2026-12-21T10:00:00
start_screen 80 24 run
wait_for "1/8"
expect_screen "the review counts last meeting's open actions" \
    "Open commitments from earlier meetings: 3"
view=$(screen)
assert_eq "each owner heads one group" "1 1" \
    "$(printf '%s\n' "$view" | grep -c -x ' Dana Reyes') $(printf '%s\n' \
    "$view" | grep -c -x ' Priya Natarajan')"
order=$(printf '%s\n' "$view" | awk '
    /^ (Dana Reyes|Priya Natarajan)$/ { sub(/^ /, ""); printf "%s ", $0 }
    /^   #[0-9]+  / { printf "%s ", $1 }')
assert_eq "Dana's two actions are together, then Priya's" \
    "Dana Reyes #1 #3 Priya Natarajan #2" "${order% }"
assert_contains "an action shows its due date and that it is overdue" \
    "$view" "#1  Write the battlecard · due 2026-11-27 (overdue)"
assert_contains "the other owner's action is shown" "$view" \
    "#2  Send the case study · due 2026-11-30 (overdue)"

# The projector shows the same review.
start_window room room
expect_screen "the room view shows the review's open commitments" \
    "Open commitments from earlier meetings: 3"
expect_screen "with their owners" "Priya Natarajan"
switch_to main:0

# A: the list, in the same order.
keys A
wait_for "Open action items: d done"
list=$(screen)
assert_match "the list shows #1 first, with due date and owner" \
    "$(printf '%s\n' "$list" | sed -n 4p)" \
    '^ #1 +2026-11-27 +late +Dana Reyes +Write the battlecard'
assert_match "the list shows #3 second" "$(printf '%s\n' "$list" | sed -n 5p)" \
    '^ #3 .*Dana Reyes +Refresh the pricing FAQ'
assert_match "the list shows #2 third" "$(printf '%s\n' "$list" | sed -n 6p)" \
    '^ #2 .*Priya Natarajan +Send the case study'

# d: the first is done.
keys d
expect_screen "d marks the first done" "#1 done."
assert_eq "#1 is done in the database, closed in meeting 2" "done|1" \
    "$(sql "SELECT status, closed_at IS NOT NULL FROM action WHERE id = 1")"
assert_eq "#1's history records the change" "status|open|done|2" \
    "$(sql "SELECT what, old, new, meeting_id FROM action_event
        WHERE action_id = 1 AND what <> 'created'")"
wait_gone "Write the battlecard"

# k: keep the next one, typing over the proposed date.
keys k
wait_for "Keep #3, new due date:"
keys C-u
type_text "+2w"
keys Enter
expect_screen "k keeps it, saying the new date" "#3 kept, due 2027-01-04."
expect_screen "the list shows the new due date" " #3    2027-01-04"
expect_screen "the list shows it was kept through one meeting" "Dana Reyes        1×      Refresh"
assert_eq "#3 is open with the new due date, two weeks on" "open|2027-01-04" \
    "$(sql "SELECT status, due FROM action WHERE id = 3")"
assert_eq "#3's history has a kept event in meeting 2 with the new date" \
    "kept|2027-01-04|2" \
    "$(sql "SELECT what, new, meeting_id FROM action_event
        WHERE action_id = 3 AND what = 'kept'")"

# x: drop the one below, once y confirms.
keys Down x
wait_for 'Drop #2 "Send the case study"? y drops it'
keys n
expect_screen "any other key than y keeps it" "#2 stays open."
keys x
wait_for "Drop #2"
keys y
expect_screen "x then y drops the selected action" "#2 dropped."
assert_eq "#2 is dropped in the database" "dropped" \
    "$(sql "SELECT status FROM action WHERE id = 2")"
assert_eq "#3 is still open" "open" \
    "$(sql "SELECT status FROM action WHERE id = 3")"

# Esc: back to the meeting, which now shows only what is left.
keys Escape
wait_for "1/8"
expect_screen "the review now counts one open action" \
    "Open commitments from earlier meetings: 1"
expect_screen "the kept action says it was carried" "carried 1 time"
assert_lacks "the dropped action is gone from the review" "$(screen)" \
    "Send the case study"
keys q
expect_exit "q leaves" 0
table=$(parley actions)
assert_contains "parley actions lists the kept action" "$table" \
    "Refresh the pricing FAQ"
assert_lacks "parley actions leaves out done and dropped ones" "$table" \
    "Send the case study"
assert_eq "nothing is overdue: the kept action is due 2027-01-04" \
    "No action items." "$(parley actions --overdue)"
late=$(E2E_NOW=2027-01-05T09:00:00 parley actions --overdue --format csv)
assert_contains "a day after its date, it is overdue" "$late" \
    "Refresh the pricing FAQ"

# e: escalate, from the home screen's list between meetings.
start_screen 80 24
wait_for "What would you like to do?"
keys A
wait_for "Open action items:"
keys e
wait_for "Escalate #3 to:"
type_text "Morgan Blake"
keys Enter
wait_for "New due date:"
keys C-u Enter
expect_screen "a due date is required to escalate" "A date is needed here"
type_text "2027-01-15"
keys Enter
expect_screen "e escalates it" "#3 escalated to Morgan Blake."
expect_screen "the list shows the new owner and date" \
    " #3    2027-01-15      Morgan Blake"
assert_eq "the store has the new owner, date and an escalated event" \
    "Morgan Blake|2027-01-15|escalated|Dana Reyes|Morgan Blake" \
    "$(sql "SELECT p.name, a.due, e.what, e.old, e.new FROM action a
        JOIN person p ON p.id = a.owner_id
        JOIN action_event e ON e.action_id = a.id AND e.what = 'escalated'
        WHERE a.id = 3")"
keys Escape q
expect_exit "q leaves the home screen" 0
done_test
