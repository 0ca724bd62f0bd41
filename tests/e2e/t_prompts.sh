#!/bin/sh
# t_prompts.sh: the prompt line: Esc saves nothing, bad dates are refused
# and can be fixed, Tab completes names, line editing and UTF-8 text.
. "$(dirname "$0")/lib.sh"

start_screen 80 24 run
wait_for "1/8"

# Esc in each of the three action prompts saves nothing, at once.
keys a
wait_for "Action:"
type_text "Call the CFO"
keys Escape
check "Esc closes the Action: prompt at once (under half a second)" \
    gone_within 5 "Action:"
expect_screen "Esc in Action: says no action was added" \
    "No action item added."
keys a
wait_for "Action:"
type_text "Call the CFO"
keys Enter
wait_for "Owner:"
type_text "Sam"
keys Escape
expect_screen "Esc in Owner: says no action was added" "No action item added."
keys a
wait_for "Action:"
type_text "Call the CFO"
keys Enter
wait_for "Owner:"
keys Enter
wait_for "Due:"
type_text "fri"
keys Escape
expect_screen "Esc in Due: says no action was added" "No action item added."
assert_eq "no action is in the database after three Esc" "0" \
    "$(sql "SELECT count(*) FROM action")"

# Tab: every name when there is nothing to go on, one when it is clear.
keys a
wait_for "Action:"
type_text "Call the CFO"
keys Enter
wait_for "Owner:"
keys Tab
expect_screen "Tab on an empty owner lists the team" \
    "Dana Reyes · Lee Chen · Priya Natarajan · Sam Ortiz"
type_text "sa"
keys Tab
expect_screen "Tab completes sa to Sam Ortiz, whatever the case" \
    "Owner: Sam Ortiz"
keys Enter

# A bad due date is refused, the prompt stays open, and can be fixed.
wait_for "Due:"
type_text "someday"
keys Enter
expect_screen "a bad due date is refused, naming YYYY-MM-DD" "YYYY-MM-DD"
expect_screen "the Due: prompt stays open with what was typed" "Due: someday"
assert_eq "nothing is saved while the date is bad" "0" \
    "$(sql "SELECT count(*) FROM action")"
keys C-u
type_text "2026-12-01"
keys Enter
expect_screen "the fixed due date saves the action" \
    "Action #1 saved: Sam Ortiz, due 2026-12-01."
assert_eq "the action is in the database with the fixed date" \
    "Call the CFO|Sam Ortiz|2026-12-01" \
    "$(sql "SELECT a.title, p.name, a.due FROM action a
        JOIN person p ON p.id = a.owner_id")"

# Owner and due date may both be left empty.
keys a
wait_for "Action:"
type_text "Book the venue"
keys Enter
wait_for "Owner:"
keys Enter
wait_for "Due:"
keys Enter
expect_screen "an action may be saved with no owner and no due date" \
    "saved: no owner yet, no due date yet."
assert_eq "it is in the database with neither" "Book the venue|1|1" \
    "$(sql "SELECT title, owner_id IS NULL, coalesce(due, '') = ''
        FROM action WHERE title = 'Book the venue'")"

# Line editing, every key once, to a known line.
keys c
wait_for "Note:"
type_text "Helo wrld"
keys Left Left Left
type_text "o"                   # Helo world
key_home
keys Right Right Right
type_text "l"                   # Hello world
expect_screen "Left, Home and Right move inside the line" \
    "Note: Hello world"
key_end
type_text " again"              # Hello world again
keys C-w                        # Hello world_
keys BSpace                     # Hello world
keys C-a DC                     # ello world
type_text "J"                   # Jello world
keys C-e
type_text "!"                   # Jello world!
keys Left Left Left Left Left Left C-u
type_text "Brave new "          # Brave new world!
expect_screen "the prompt shows the edited line" "Note: Brave new world!"
keys Enter
expect_screen "the edited note is saved" "Note saved."
assert_eq "the database has exactly the edited line" "Brave new world!" \
    "$(sql "SELECT text FROM entry WHERE kind = 'note' ORDER BY id")"

# Editing moves by characters, not bytes.
keys c
wait_for "Note:"
type_text "日本x語"
keys Left BSpace
expect_screen "Left and Backspace step over wide characters" "Note: 日本語"
keys Enter
wait_for "Note saved."
assert_eq "the database has the wide characters, edited" "日本語" \
    "$(sql "SELECT text FROM entry WHERE kind = 'note' ORDER BY id DESC
        LIMIT 1")"

# A UTF-8 note with wide characters, byte-exact.
note="日本語のメモ ✓ café"
keys c
wait_for "Note:"
type_text "$note"
expect_screen "the prompt draws the UTF-8 text" "Note: $note"
keys Enter
expect_screen "the UTF-8 note is saved" "Note saved."
expect_screen "the UTF-8 note is drawn under the item" "· $note"
assert_eq "the database holds the note byte for byte" \
    "$(printf '%s' "$note" | od -An -tx1 | tr -d ' \n' | tr a-f A-F)" \
    "$(sql "SELECT hex(text) FROM entry WHERE kind = 'note' ORDER BY id DESC
        LIMIT 1")"
# Home and End as tmux sends them (ESC [1~, ESC [4~) edit, not cancel.
keys c
wait_for "Note:"
type_text "middle"
keys Home
type_text "<"
keys End
type_text ">"
expect_screen "tmux's Home and End move the cursor" "Note: <middle>"
keys Escape
expect_screen "Esc on a note says nothing was saved" "Nothing saved."

# A new owner's name is said to be new; a past date, to be past.
keys a
wait_for "Action:"
type_text "Ask legal about the DPA"
keys Enter
wait_for "Owner:"
type_text "Morgan Blake"
keys Enter
wait_for "Due:"
expect_screen "the Due: prompt says what it takes" "For example fri, +2w"
type_text "2026-11-01"
keys Enter
expect_screen "a new name and a past date are called out" \
    "Morgan Blake (a new name), due 2026-11-01 (already past)."

# Tab completes a name in any prompt, from the words before the cursor.
keys c
wait_for "Note:"
type_text "Thanks to pri"
keys Tab
expect_screen "Tab completes a name inside a note" \
    "Note: Thanks to Priya Natarajan"
type_text " and "
keys Tab
expect_screen "Tab after a space lists the roster" "Dana Reyes · Lee Chen"
keys Enter
wait_for "Note saved."
assert_eq "the completed note is saved" "Thanks to Priya Natarajan and" \
    "$(sql "SELECT text FROM entry WHERE kind = 'note' ORDER BY id DESC
        LIMIT 1")"
keys q
expect_exit "q leaves" 0
done_test
