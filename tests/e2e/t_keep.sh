#!/bin/sh
# t_keep.sh: keeping an action through meetings. The pre-filled date
# ("next") is selected: typing replaces it, Left and Backspace edit it.
# Escalating to the owner it has is a keep, and counts against the limit
# of three, so e refuses it then as k does.
. "$(dirname "$0")/lib.sh"

ESC=$(printf '\033')

# meeting DATE: start a meeting at DATE, on its review item.
meeting() {
	E2E_NOW=$1
	start_screen 80 24 run
	wait_for "1/8"
}

# end_meeting: x, y, and the program exits 0.
end_meeting() {
	keys Escape
	wait_for "1/8"
	keys x
	wait_for "End the meeting?"
	keys y
	expect_exit "the meeting of $E2E_NOW ends" 0
}

# The prompt line with its attributes: the last line of the screen.
prompt_escapes() {
	screen_escapes | tail -n 1
}

history() {
	sql "SELECT group_concat(what || ':' || coalesce(new, ''), ' ')
	    FROM action_event WHERE action_id = 1 AND meeting_id = $1"
}

# Meeting 1 (Monday 2026-08-24) makes the action.
meeting 2026-08-24T10:00:00
keys a
wait_for "Action:"
type_text "Fix lead routing"
keys Enter
wait_for "Owner:"
type_text "Sam Ortiz"
keys Enter
wait_for "Due:"
assert_lacks "the Due: prompt of a is not pre-filled" "$(prompt_escapes)" \
    "next"
type_text "fri"
keys Enter
wait_for "Action #1 saved: Sam Ortiz, due 2026-08-28."
end_meeting

# Meeting 2: e to the owner it has is a keep, and says so.
meeting 2026-09-21T10:00:00
keys A
wait_for "Open action items:"
keys e
wait_for "Escalate #1 to:"
type_text "Sam Ortiz"
keys Enter
wait_for "New due date:"
keys Enter
expect_screen "escalating to its own owner is kept, and said to be a keep" \
    "#1 kept, due 2026-10-21: Sam Ortiz owns it already, so that is a keep."
assert_eq "its history has a keep in meeting 2, no escalation" \
    "due:2026-10-21 kept:2026-10-21" "$(history 2)"
expect_screen "the list counts it as carried once" "Sam Ortiz         1×"
end_meeting

# Meeting 3: k offers "next", selected; typing fri replaces it.
meeting 2026-10-19T10:00:00
keys A
wait_for "Open action items:"
keys k
wait_for "Keep #1, new due date: next"
assert_match "the pre-filled next is drawn reversed (selected)" \
    "$(prompt_escapes)" "${ESC}\\[7m(${ESC}\\[[0-9;]*m)*next"
type_text "fri"
expect_screen "the first key typed replaces it" "Keep #1, new due date: fri"
assert_lacks "what is typed is not drawn reversed" "$(prompt_escapes)" \
    "${ESC}[7m"
keys Enter
expect_screen "fri is saved, not next" "#1 kept, due 2026-10-23."
assert_eq "the store has Friday" "2026-10-23" \
    "$(sql "SELECT due FROM action WHERE id = 1")"
end_meeting

# Meeting 4: Left edits the pre-filled answer instead of replacing it.
meeting 2026-11-16T10:00:00
keys A
wait_for "Open action items:"
keys k
wait_for "Keep #1, new due date: next"
keys Left
type_text "X"
expect_screen "after Left, typing edits the text" \
    "Keep #1, new due date: nexXt"
assert_lacks "and it is no longer selected" "$(prompt_escapes)" "${ESC}[7m"
keys BSpace
expect_screen "Backspace edits it too" "Keep #1, new due date: next"
keys Enter
expect_screen "the edited answer is saved: next, a month on" \
    "#1 kept, due 2026-12-16."
expect_screen "now carried through three meetings" "Sam Ortiz         3×"
end_meeting

# Meeting 5: carried three times, it may not be kept, nor escalated to Sam.
meeting 2026-12-14T10:00:00
expect_screen "the review says it must be closed" \
    "carried 3 times: close, drop or escalate it (A)"
keys A
wait_for "Open action items:"
keys k
expect_screen "k refuses it" \
    "#1 was carried 3 times: done (d), dropped (x) or escalated (e), not kept."
keys e
wait_for "Escalate #1 to:"
type_text "sam ortiz"
keys Enter
expect_screen "e to its own owner (any case) is refused as k is" \
    "#1 was carried 3 times, and to its own owner it is a keep: pick someone else."
assert_lacks "without asking for a date" "$(screen)" "New due date:"
assert_eq "nothing was recorded in meeting 5" "" "$(history 5)"
assert_eq "still Sam's, due as before" "Sam Ortiz|2026-12-16" \
    "$(sql "SELECT p.name, a.due FROM action a
        JOIN person p ON p.id = a.owner_id WHERE a.id = 1")"
keys e
wait_for "Escalate #1 to:"
type_text "Dana Reyes"
keys Enter
wait_for "New due date: next"
assert_match "escalate's date is pre-filled and selected too" \
    "$(prompt_escapes)" "${ESC}\\[7m(${ESC}\\[[0-9;]*m)*next"
type_text "+1w"
keys Enter
expect_screen "to someone else it is escalated" "#1 escalated to Dana Reyes."
assert_eq "Dana's now, due a week on, escalated in meeting 5" \
    "Dana Reyes|2026-12-21|owner:Dana Reyes due:2026-12-21 escalated:Dana Reyes" \
    "$(sql "SELECT p.name, a.due FROM action a
        JOIN person p ON p.id = a.owner_id WHERE a.id = 1")|$(history 5)"
end_meeting
done_test
