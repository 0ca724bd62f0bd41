#!/bin/sh
# t_home.sh: the home screen starts a meeting, resumes one, reviews the open
# action items between meetings, and refuses what cannot be done, in place.
. "$(dirname "$0")/lib.sh"

start_screen 80 24
wait_for "What would you like to do?"
expect_screen "the home screen offers to run from the default agenda" \
    "r   run a meeting from the default agenda"
expect_screen "and shows the agenda's clean path" \
    "agendas/monthly-alignment.yaml"
check "without build/.. in it" gone_within 1 "build/../"
keys s
expect_screen "s with no meeting in progress says so and stays" \
    "No meeting is in progress: r starts one."
keys r
wait_for "1/8"
keys a
wait_for "Action:"
type_text "Send the win list to marketing"
keys Enter
wait_for "Owner:"
type_text "Sam Ortiz"
keys Enter
wait_for "Due:"
keys Enter
wait_for "Action #1 saved"
keys q
expect_exit "q leaves the meeting in progress" 0

start_screen 80 24
wait_for "What would you like to do?"
expect_screen "the home screen offers the meeting in progress" \
    "s   resume meeting 1, in progress"
keys r
expect_screen "r while a meeting is in progress says so and stays" \
    "Meeting 1 is in progress: s resumes it."
keys A
wait_for "Open action items:"
expect_screen "A lists the open action items" "Send the win list to marketing"
keys d
expect_screen "d marks it done, between meetings" "#1 done."
assert_eq "the store has it done, with no meeting in its history" \
    "done|" "$(sql "SELECT a.status, coalesce(e.meeting_id, '')
        FROM action a JOIN action_event e ON e.action_id = a.id
        WHERE e.what = 'status'")"
keys Escape
wait_for "What would you like to do?"
check "Esc goes back home" true
keys s
wait_for "1/8"
check "s resumes the meeting" true
keys x
wait_for "End the meeting?"
keys y
expect_exit "x y ends it" 0
done_test
