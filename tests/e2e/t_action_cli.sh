#!/bin/sh
# t_action_cli.sh: action items between meetings from the command line:
# parley action add, done, drop, edit and show, and parley owners; every
# option (--opt value and --opt=value alike) and every exit code.
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
E2E_NOW=2026-11-23T10:00:00   # a Monday: fri is 2026-11-27
MKMINUTES=${MKMINUTES:-$E2E_ROOT/build/tests/mkminutes}
[ -x "$MKMINUTES" ] || e2e_die "no $MKMINUTES (make build/tests/mkminutes)"

# One query that writes, for what no command does yet (deleting).
sql_write() {
	sqlite3 -batch -cmd ".timeout 5000" "$DB" "$1" >/dev/null
}

count() {
	sql "SELECT count(*) FROM action"
}

# --- action add ------------------------------------------------------------
capture parley action add "Write the battlecard" --owner "Dana Reyes" \
    --due fri
assert_eq "action add exits 0" 0 "$RC"
assert_eq "action add prints the new id, alone" "1" "$OUT"
assert_eq "it is stored between meetings, with its owner and the date" \
    "Write the battlecard|Dana Reyes|2026-11-27|open|1" \
    "$(sql "SELECT a.title, p.name, a.due, a.status, a.meeting_id IS NULL
        FROM action a JOIN person p ON p.id = a.owner_id WHERE a.id = 1")"
assert_eq "its history starts with created, in no meeting" "created||1" \
    "$(sql "SELECT what, coalesce(meeting_id, ''), count(*)
        FROM action_event WHERE action_id = 1")"
assert_contains "a name Parley did not know is called out on stderr" "$ERR" \
    "parley: note: Dana Reyes is a new name"

capture parley action add "Send the case study" --owner="Morgan Blake" \
    --due=+2w
assert_eq "--owner=NAME and --due=DATE work as --owner NAME" \
    "0 2 2026-12-07 Morgan Blake" \
    "$RC $OUT $(sql "SELECT a.due || ' ' || p.name FROM action a
        JOIN person p ON p.id = a.owner_id WHERE a.id = 2")"
assert_contains "a new name is called out on stderr" "$ERR" \
    "Morgan Blake is a new name"
capture parley action add "  Book the venue  " --owner " dana reyes " \
    --due next
assert_eq "a known name, in any case, is no news on stderr" "" "$ERR"
assert_eq "title and owner are trimmed; the owner is the known person" \
    "3|Book the venue|Dana Reyes|2026-12-23" \
    "$OUT|$(sql "SELECT a.title, p.name, a.due FROM action a
        JOIN person p ON p.id = a.owner_id WHERE a.id = 3")"
capture parley action add "Ask legal" --owner "Lee Chen" --due none
assert_eq "--due none adds it with no date" "4|1" \
    "$OUT|$(sql "SELECT due IS NULL FROM action WHERE id = 4")"
capture parley action add "Ask legal again" --owner "Lee Chen"
assert_eq "--due may be left out" "5|1" \
    "$OUT|$(sql "SELECT due IS NULL FROM action WHERE id = 5")"

n=$(count)
capture parley action add "No owner"
assert_eq "action add without --owner exits 64" 64 "$RC"
assert_contains "and says an owner is needed" "$ERR" \
    "parley: action add: --owner NAME is needed"
assert_contains "and shows how it is used" "$ERR" \
    "usage: parley action add TITLE --owner NAME [--due DATE]"
capture parley action add "Blank owner" --owner "  "
assert_eq "a blank owner exits 64" "64" "$RC"
assert_contains "and says so" "$ERR" "the owner is empty"
capture parley action add "" --owner "Dana Reyes"
assert_eq "an empty title exits 64" "64" "$RC"
assert_contains "and says so" "$ERR" "the title is empty"
capture parley action add "Bad date" --owner "Dana Reyes" --due someday
assert_eq "a bad date exits 65" 65 "$RC"
assert_contains "and names every accepted form" "$ERR" \
    "'someday' is not a date: use YYYY-MM-DD, today, tomorrow, a weekday (mon..sun), +Nd, +Nw, +Nm or next"
capture parley action add "Bad day" --owner "Dana Reyes" --due=2026-02-30
assert_eq "a day not on the calendar exits 65" 65 "$RC"
capture parley action add "$(printf 'Two\nlines')" --owner "Dana Reyes"
assert_eq "a title with a line break exits 65" 65 "$RC"
assert_contains "and says it holds a control character" "$ERR" \
    "the title holds a control character (U+000A)"
capture parley action add "Escape" --owner "$(printf 'Dana\033[2J')"
assert_eq "an owner with an escape exits 65" 65 "$RC"
capture parley action add "Odd" --owner "Dana Reyes" --colour red
assert_eq "an unknown option exits 64" 64 "$RC"
assert_contains "and is named" "$ERR" "unknown option '--colour'"
capture parley action add --owner "Dana Reyes"
assert_eq "no title exits 64" 64 "$RC"
assert_contains "and says one is missing" "$ERR" \
    "action add: missing an argument"
capture parley action add "One" "Two" --owner "Dana Reyes"
assert_eq "two titles exit 64" 64 "$RC"
assert_eq "none of those added anything" "$n" "$(count)"

capture parley action
assert_eq "action alone exits 64" 64 "$RC"
assert_contains "and lists its subcommands" "$ERR" "parley action show ID"
capture parley action frob 1
assert_eq "an unknown subcommand exits 64" 64 "$RC"
assert_contains "and is named" "$ERR" "no subcommand 'frob'"

# --- action done and drop --------------------------------------------------
capture parley action done 1
assert_eq "action done exits 0 and says so" "0 #1 done." "$RC $OUT"
assert_eq "it is done, closed now, the change in its history, no meeting" \
    "done|2026-11-23T10:00|status|open|done|" \
    "$(sql "SELECT a.status, substr(a.closed_at, 1, 16), e.what, e.old,
        e.new, coalesce(e.meeting_id, '') FROM action a
        JOIN action_event e ON e.action_id = a.id AND e.what = 'status'
        WHERE a.id = 1")"
capture parley action done 1
assert_eq "done twice exits 65" 65 "$RC"
assert_contains "saying it is done already" "$ERR" \
    "parley: action item 1 is already done"
capture parley action drop 1
assert_eq "dropping a done item exits 65" 65 "$RC"
assert_contains "saying it is done" "$ERR" "action item 1 is already done"
assert_eq "and it stays done, with one status change" "done|1" \
    "$(sql "SELECT status, (SELECT count(*) FROM action_event
        WHERE action_id = 1 AND what = 'status') FROM action WHERE id = 1")"
capture parley action drop '#2'
assert_eq "action drop takes #ID too" "0 #2 dropped." "$RC $OUT"
capture parley action done 2
assert_eq "a dropped item cannot be done: 65" 65 "$RC"
assert_contains "saying it was dropped" "$ERR" "action item 2 is already dropped"
capture parley action done 99
assert_eq "an unknown id exits 66" 66 "$RC"
assert_contains "with a clear message" "$ERR" "parley: no action item 99"
capture parley action drop 99
assert_eq "drop of an unknown id exits 66" 66 "$RC"
capture parley action done first
assert_eq "an id that is not a number exits 64" 64 "$RC"
assert_contains "and says so" "$ERR" "'first' is not an action id"
capture parley action done
assert_eq "done without an id exits 64" 64 "$RC"
capture parley action done 3 4
assert_eq "done with two ids exits 64" 64 "$RC"
capture "$PARLEY" --db="$DB" action done 4
assert_eq "--db=PATH reaches done" "0 #4 done." "$RC $OUT"
capture "$PARLEY" --db="$DB" action drop 5
assert_eq "--db=PATH reaches drop" "0 #5 dropped." "$RC $OUT"

# --- action edit -----------------------------------------------------------
capture parley action edit 3 --title "Book the big venue" --owner "Lee Chen" \
    --due 2026-12-24
assert_eq "action edit exits 0" 0 "$RC"
assert_eq "and prints each change as its history has it" \
    "#3  2026-11-23 10:00  between meetings   title: Book the venue → Book the big venue
#3  2026-11-23 10:00  between meetings   owner: Dana Reyes → Lee Chen
#3  2026-11-23 10:00  between meetings   due: 2026-12-23 → 2026-12-24" "$OUT"
assert_eq "the store has the new title, owner and date" \
    "Book the big venue|Lee Chen|2026-12-24" \
    "$(sql "SELECT a.title, p.name, a.due FROM action a
        JOIN person p ON p.id = a.owner_id WHERE a.id = 3")"
capture parley action edit 3 --title="Book the hall" --owner="Sam Ortiz" \
    --due=fri
assert_eq "--title=, --owner= and --due= work as the spaced forms" \
    "0|Book the hall|Sam Ortiz|2026-11-27" \
    "$RC|$(sql "SELECT a.title, p.name, a.due FROM action a
        JOIN person p ON p.id = a.owner_id WHERE a.id = 3")"
capture parley action edit 3 --due ""
assert_eq "--due \"\" clears the date" "0|1" \
    "$RC|$(sql "SELECT due IS NULL FROM action WHERE id = 3")"
assert_contains "and says so" "$OUT" "due: 2026-11-27 → none"
parley action edit 3 --due=tomorrow >/dev/null
capture parley action edit 3 --due=none
assert_eq "--due=none clears it too" "0|1" \
    "$RC|$(sql "SELECT due IS NULL FROM action WHERE id = 3")"
capture parley action edit 3 --owner "sam ortiz"
assert_eq "the same values change nothing, and say so" \
    "0 #3: nothing to change." "$RC $OUT"
edits=$(sql "SELECT count(*) FROM action_event WHERE action_id = 3")
assert_eq "every change is a line of history (created + 9 changes)" 10 \
    "$edits"
capture parley action edit 3
assert_eq "edit with nothing to change exits 64" 64 "$RC"
assert_contains "and names the options" "$ERR" \
    "give --title, --owner or --due"
capture parley action edit 3 --due soon
assert_eq "edit with a bad date exits 65" 65 "$RC"
assert_contains "naming the accepted forms" "$ERR" "+Nd, +Nw, +Nm or next"
capture parley action edit 3 --owner ""
assert_eq "edit to no owner exits 64" 64 "$RC"
capture parley action edit 3 --title "$(printf 'a\tb')"
assert_eq "a title with a tab exits 65" 65 "$RC"
assert_eq "none of those changed anything" "$edits" \
    "$(sql "SELECT count(*) FROM action_event WHERE action_id = 3")"
capture parley action edit 99 --title "Nobody's"
assert_eq "edit of an unknown id exits 66" 66 "$RC"
assert_contains "with a clear message" "$ERR" "no action item 99"
capture parley action edit 1 --title "Write the battlecard, v2"
assert_eq "a closed item may still be edited" "0|done" \
    "$RC|$(sql "SELECT status FROM action WHERE id = 1")"
capture parley action edit 1 --title="Write the battlecard=v3"
assert_eq "--opt=value keeps an = inside the value" \
    "0|Write the battlecard=v3" \
    "$RC|$(sql "SELECT title FROM action WHERE id = 1")"

# --- a deleted item --------------------------------------------------------
parley action add "Captured by mistake" --owner "Dana Reyes" >/dev/null
sql_write "UPDATE action SET deleted_at = '2026-11-23T10:05:00' WHERE id = 6;
    INSERT INTO action_event (action_id, at, what, new)
    VALUES (6, '2026-11-23T10:05:00', 'status', 'deleted');"
capture parley action done 6
assert_eq "done on a deleted item exits 66" 66 "$RC"
assert_contains "saying it was deleted" "$ERR" "action item 6 was deleted"
capture parley action edit 6 --title "Back?"
assert_eq "edit of a deleted item exits 66" 66 "$RC"
assert_contains "saying it was deleted" "$ERR" "was deleted"
capture parley action show 6
assert_eq "show of a deleted item exits 0" 0 "$RC"
assert_contains "and says it was deleted" "$OUT" \
    "Deleted:   2026-11-23 10:05: in no list, minutes or search"
assert_contains "with the deletion in its history" "$OUT" \
    "between meetings   deleted"
assert_lacks "it is in no list" "$(parley actions --all)" "Captured by mistake"

# --- action show -----------------------------------------------------------
capture parley action show 3
assert_eq "action show exits 0" 0 "$RC"
assert_eq "action show: the whole record" \
"#3  Book the hall
Status:    open, no due date
Owner:     Sam Ortiz
Made:      between meetings, 2026-11-23 10:00
Owners:    Dana Reyes from 2026-11-23, then Lee Chen from 2026-11-23, then Sam Ortiz from 2026-11-23
Due dates: 2026-12-23 from 2026-11-23, then 2026-12-24 from 2026-11-23, then 2026-11-27 from 2026-11-23, then none from 2026-11-23, then 2026-11-24 from 2026-11-23, then none from 2026-11-23
Carried:   through no meeting yet
History:
  2026-11-23 10:00  between meetings   created: Book the venue
  2026-11-23 10:00  between meetings   title: Book the venue → Book the big venue
  2026-11-23 10:00  between meetings   owner: Dana Reyes → Lee Chen
  2026-11-23 10:00  between meetings   due: 2026-12-23 → 2026-12-24
  2026-11-23 10:00  between meetings   title: Book the big venue → Book the hall
  2026-11-23 10:00  between meetings   owner: Lee Chen → Sam Ortiz
  2026-11-23 10:00  between meetings   due: 2026-12-24 → 2026-11-27
  2026-11-23 10:00  between meetings   due: 2026-11-27 → none
  2026-11-23 10:00  between meetings   due: none → 2026-11-24
  2026-11-23 10:00  between meetings   due: 2026-11-24 → none" "$OUT"
capture "$PARLEY" --db="$DB" action show 1
assert_contains "--db=PATH reaches show; a done item says when" "$OUT" \
    "Status:    done 2026-11-23 10:00 (due 2026-11-27)"
capture parley action show 99
assert_eq "show of an unknown id exits 66" 66 "$RC"
assert_contains "with a clear message" "$ERR" "no action item 99"
capture parley action show x
assert_eq "show of a non-id exits 64" 64 "$RC"
parley action show 3 >/dev/full 2>"$E2E_DIR/.err"
assert_eq "show into a full disk exits 74" 74 "$?"

# Text that would steer a terminal is shown as the pictures of its controls.
sql_write "UPDATE action SET title = 'Bell' || char(7) || ' and ' ||
    char(27) || '[2J clear' WHERE id = 4"
capture parley action show 4
assert_contains "control characters in a title are shown as pictures" \
    "$OUT" '#4  Bell␇ and ␛[2J clear'
check "no escape character reaches the terminal" \
    sh -c "! printf '%s' \"\$1\" | grep -q \"\$(printf '\033')\"" sh "$OUT"

# --- meetings: show's origins and carries, and parley owners -----------------
use_db minutes.db
"$MKMINUTES" "$DB" agendas/monthly-alignment.yaml ||
    e2e_die "mkminutes could not build $DB"
E2E_NOW=2026-11-24T09:00:00
capture parley action show 3
assert_eq "show of an escalated item: made, owners, dates, carried" \
"#3  Clean the MQL scoring sheet
Status:    open, due 2026-12-11
Owner:     Priya Natarajan (marketing)
Made:      in meeting #1 (2026-10-26), item 5: What are the conversion rates and sales velocity for leads from new sources?
Owners:    Sam Ortiz from 2026-10-26, then Priya Natarajan from 2026-11-23
Due dates: 2026-11-20 from 2026-10-26, then 2026-12-11 from 2026-11-23
Carried:   through 1 meeting: #2 (2026-11-23) escalated
History:
  2026-10-26 10:12  in meeting #1      created: Clean the MQL scoring sheet
  2026-11-23 10:03  in meeting #2      owner: Sam Ortiz → Priya Natarajan
  2026-11-23 10:03  in meeting #2      due: 2026-11-20 → 2026-12-11
  2026-11-23 10:03  in meeting #2      escalated: Sam Ortiz → Priya Natarajan" \
    "$OUT"
capture parley action show 2
assert_contains "a kept item says which meeting kept it" "$OUT" \
    "Carried:   through 1 meeting: #2 (2026-11-23) kept"
capture parley action show 5
assert_contains "an item from a parroted statement shows it, asked back" \
    "$OUT" 'From:      sales said "Your leads are junk!", asked back "Our leads are junk?"'
assert_contains "and the meeting and item it was made in" "$OUT" \
    "Made:      in meeting #2 (2026-11-23), item 3: What questions"
all=
for id in $(sql "SELECT id FROM action"); do
	all="$all$(parley action show "$id")"
done
assert_lacks "no show holds the private note" "$all" "QUOKKAPRIVATE"
assert_lacks "no show holds the private follow-up" "$all" "ZEBRAFOLLOW"

capture parley owners
assert_eq "parley owners exits 0" 0 "$RC"
assert_eq "parley owners: per owner, then the figure and what it counts" \
"OWNER                SIDE        OPEN  OVERDUE  DONE  DONE BY NEXT MEETING
Dana Reyes           sales          0        0     1  1 of 1 (100%)
Lee Chen             marketing      2        0     0  0 of 1 (0%)
Priya Natarajan      marketing      2        0     0  0 of 2 (0%)
Sam Ortiz            sales          1        0     0  —
(no owner)           -              1        0     0  —

To-do completion: 1 of 4 (25%) · target 90% · sales 1/1 · marketing 0/3
Counted: what meeting #1 (2026-10-26) committed to, done by the meeting after it." \
    "$OUT"
late=$(E2E_NOW=2026-12-10T09:00:00 parley owners)
assert_match "a week later Lee's kept item is overdue" "$late" \
    '^Lee Chen +marketing +2 +1 +0 '
# Done after meeting 2 ended is not done by the next meeting.
parley action done 2 >/dev/null
capture parley owners
assert_contains "an item done after the next meeting ended does not count" \
    "$OUT" "To-do completion: 1 of 4 (25%)"
assert_match "but it counts as done" "$OUT" '^Lee Chen +marketing +1 +0 +1 '
capture "$PARLEY" --db="$DB" owners
assert_eq "--db=PATH reaches owners" 0 "$RC"
capture parley owners extra
assert_eq "owners takes no argument: 64" 64 "$RC"
parley owners >/dev/full 2>"$E2E_DIR/.err"
assert_eq "owners into a full disk exits 74" 74 "$?"

use_db fresh.db
capture parley owners
assert_eq "owners on a new database says there are none" \
    "0 No action items, so no owners yet." "$RC $OUT"
parley action add "Lonely" --owner "Dana Reyes" >/dev/null 2>&1
capture parley owners
assert_contains "with actions but no meetings, nothing to count: a dash" \
    "$OUT" "To-do completion: — · target 90% · sales — · marketing —"
assert_contains "and it says why" "$OUT" "No meeting has had a next one yet"

# --- the three-carry rule: action edit moving the date is a keep ------------
use_db carried.db
parley action add "Fix lead routing" --owner "Sam Ortiz" --due 2026-12-01 \
    >/dev/null 2>&1
# Three past meetings each kept it (the database counts the carries).
for day in 2026-08-24 2026-09-21 2026-10-19; do
	sql_write "INSERT INTO meeting (title, agenda_text, started_at,
	    ended_at, status, planned_minutes) VALUES ('Monthly', 'title: M',
	    '${day}T10:00:00', '${day}T11:00:00', 'ended', 60);
	    INSERT INTO action_event (action_id, meeting_id, at, what, new)
	    VALUES (1, last_insert_rowid(), '${day}T10:30:00', 'kept',
	    '2026-12-01')"
done
capture parley actions
assert_contains "the list says it was carried three times" "$OUT" \
    "Fix lead routing  (carried 3×)"
capture parley action edit 1 --due 2026-12-15
assert_eq "a new date for a thrice-carried item is a fourth keep: 65" 65 "$RC"
assert_contains "and says what may be done instead" "$ERR" \
    "parley: #1 was carried 3 times already: mark it done, drop it or hand it to someone else, not keep it"
capture parley action edit 1 --due none
assert_eq "clearing its date is a keep too: 65" 65 "$RC"
capture parley action edit 1 --owner "SAM ORTIZ" --due 2026-12-15
assert_eq "so is a new date for the owner it has, in any case: 65" 65 "$RC"
assert_eq "and nothing changed" "2026-12-01|4" \
    "$(sql "SELECT due, (SELECT count(*) FROM action_event) FROM action")"
capture parley action edit 1 --title "Fix lead routing for good"
assert_eq "its title may change" 0 "$RC"
capture parley action edit 1 --owner "Lee Chen" --due 2026-12-15
assert_eq "handed to someone else with a date, it may move" "0 2026-12-15" \
    "$RC $(sql "SELECT due FROM action")"
capture parley action done 1
assert_eq "and it may be done" 0 "$RC"
done_test
