#!/bin/sh
# t_paste.sh: pasted text (bracketed paste) is typed text: in a prompt a
# pasted line break is a space and never accepts it, a long paste is kept
# whole; where no text is asked for, a paste is no keys: its x and y end
# no meeting.
. "$(dirname "$0")/lib.sh"

# Paste the file's text into the current window as a terminal pastes it.
paste_file() {
	tmux -L "$E2E_SOCK" load-buffer -b e2e "$1" &&
	    tmux -L "$E2E_SOCK" paste-buffer -p -d -b e2e -t "$E2E_TARGET"
}

start_screen 80 24 run
wait_for "1/8"
keys n
wait_for "2/8"

# Three lines (the last one ends as Windows ends it) and a tab.
printf 'Prospects asked about pricing\nand the SSO\tintegration\r\nthen left' \
    >"$E2E_DIR/lines.txt"
keys c
wait_for "Note:"
paste_file "$E2E_DIR/lines.txt"
wait_for "then left"
check "a pasted line break does not accept the prompt" \
    e2e_off_screen "Note saved."
expect_screen "the lines are one line, a space where each broke" \
    "Note: Prospects asked about pricing and the SSO integration then left"
keys Enter
wait_for "Note saved."
assert_eq "the note is saved as shown" \
    "Prospects asked about pricing and the SSO integration then left" \
    "$(sql "SELECT text FROM entry ORDER BY id DESC LIMIT 1")"

# An escape, an arrow key's sequence or a Ctrl-C in a paste neither
# cancels the prompt nor edits it.
printf 'Pricing \033 came up\033[D\003 again' >"$E2E_DIR/esc.txt"
keys c
wait_for "Note:"
paste_file "$E2E_DIR/esc.txt"
wait_for "again"
keys Enter
wait_for "Note saved."
assert_eq "control characters pasted are dropped, the rest kept" \
    "Pricing  came up again" \
    "$(sql "SELECT text FROM entry ORDER BY id DESC LIMIT 1")"

# A long paste is kept whole, to its last character.
awk 'BEGIN { s = ""; while (length(s) < 2990) s = s "the leads were junk, ";
    printf "%s", substr(s, 1, 2990) "LASTWORDZZ" }' >"$E2E_DIR/long.txt"
keys c
wait_for "Note:"
paste_file "$E2E_DIR/long.txt"
wait_for "LASTWORDZZ"
keys Enter
wait_for "Note saved."
assert_eq "3,000 pasted characters are all saved" 3000 \
    "$(sql "SELECT length(text) FROM entry ORDER BY id DESC LIMIT 1")"

# Pasted on the meeting screen itself, "xy" would end the meeting.
printf 'xy' >"$E2E_DIR/keys.txt"
paste_file "$E2E_DIR/keys.txt"
wait_for "Pasted text is not taken as keys"
check "a paste asks no question" e2e_off_screen "End the meeting?"
assert_eq "and the meeting goes on" live \
    "$(sql "SELECT status FROM meeting")"

# Nor does a paste answer the question x asks.
printf 'y' >"$E2E_DIR/y.txt"
keys x
wait_for "End the meeting?"
paste_file "$E2E_DIR/y.txt"
wait_for "Pasted text is not taken as keys"
assert_eq "a pasted y ends no meeting" live \
    "$(sql "SELECT status FROM meeting")"
keys n
wait_for "The meeting goes on."
keys q
expect_exit "q leaves" 0
done_test
