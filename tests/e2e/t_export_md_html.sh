#!/bin/sh
# t_export_md_html.sh: parley export as Markdown and HTML. Meeting 2 of the
# mkminutes database (every kind of capture, hostile text included) is
# compared with the golden files; then what goldens cannot show: privacy,
# escaping as a Markdown renderer and a browser read it, -o, which meeting,
# exit codes, writes that fail whole, and the HTML printed by a real
# browser (headless Chromium to PDF, read back with pdftotext).
#
# The golden files are tests/golden/minutes{,-private}.{md,html}. After a
# deliberate change to the minutes, rewrite them from this run with
#   UPDATE_GOLDEN=1 PARLEY=$PWD/build/parley sh tests/e2e/t_export_md_html.sh
# and read the diff (git diff tests/golden) before committing it.
E2E_NOW=2026-11-23T12:00:00
. "$(dirname "$0")/lib.sh"

cd "$E2E_ROOT" || e2e_die "no checkout at $E2E_ROOT"
dir=$E2E_DIR
golden=$E2E_ROOT/tests/golden
mk=$(dirname "$PARLEY")/tests/mkminutes
[ -x "$mk" ] || e2e_die "no $mk: make $(dirname "$PARLEY")/tests/mkminutes"
"$mk" "$DB" agendas/monthly-alignment.yaml >"$dir/.mk" 2>&1 ||
    e2e_die "mkminutes failed: $(cat "$dir/.mk")"

# export_to FILE ARGS...: parley export ARGS to FILE (stdout); sets RC.
export_to() {
	out=$1
	shift
	parley export "$@" >"$out" 2>"$dir/.err"
	RC=$?
}

# same WHAT EXPECTED-FILE ACTUAL-FILE: the two files are the same bytes.
same() {
	if cmp -s "$2" "$3"; then
		e2e_pass "$1"
	else
		e2e_fail "$1"
		diff -u "$2" "$3" | head -n 40 | sed 's/^/#   /'
	fi
}

# Golden files: the four minutes of meeting 2.
for f in md html; do
	for p in "" -private; do
		flag=
		[ -n "$p" ] && flag=--include-private
		export_to "$dir/minutes$p.$f" 2 --format "$f" $flag
		assert_eq "export 2 --format $f $flag exits 0" 0 "$RC"
		if [ -n "${UPDATE_GOLDEN:-}" ]; then
			mkdir -p "$golden"
			cp "$dir/minutes$p.$f" "$golden/minutes$p.$f"
			echo "# updated tests/golden/minutes$p.$f"
		fi
		same "export 2 --format $f $flag matches the golden file" \
		    "$golden/minutes$p.$f" "$dir/minutes$p.$f"
	done
done
md=$(cat "$dir/minutes.md")
mdp=$(cat "$dir/minutes-private.md")
html=$(cat "$dir/minutes.html")
htmlp=$(cat "$dir/minutes-private.html")

# Nothing depends on the clock: another day, another second, same minutes.
for now in 2026-11-23T12:00:59 2031-03-02T08:15:00; do
	env PARLEY_DB="$DB" PARLEY_NOW=$now "$PARLEY" export 2 \
	    >"$dir/later.md" </dev/null
	same "the minutes of an ended meeting are the same at $now" \
	    "$dir/minutes.md" "$dir/later.md"
done
export_to "$dir/default.md" 2
same "md is the default format" "$dir/minutes.md" "$dir/default.md"
export_to "$dir/last.md" last
same "export last is the most recent meeting" "$dir/minutes.md" \
    "$dir/last.md"
export_to "$dir/none.md"
same "export with no id is export last" "$dir/minutes.md" "$dir/none.md"

# What the minutes hold.
assert_contains "md: title" "$md" \
    "# Minutes: Monthly Sales & Marketing Alignment"
assert_contains "md: the long date and the times" "$md" \
    "- **Date:** Monday 23 November 2026, 10:00 to 11:05"
assert_contains "md: the length against the plan" "$md" \
    "- **Length:** 57 min of 60 minutes planned"
assert_contains "md: attendees by side" "$md" \
    "- **Sales:** Dana Reyes, Sam Ortiz"
assert_contains "md: a kept commitment with its new date" "$md" \
    "| 2 | Refresh the pricing one-pager | Lee Chen | 2026-12-04 | kept, now due 2026-12-04"
assert_contains "md: an escalated commitment with its new owner" "$md" \
    "escalated to Priya Natarajan"
assert_contains "md: last time's parking lot in the review item" "$md" \
    "### Parked last time

- Partner channel pricing"
assert_contains "md: who asks whom, over time" "$md" \
    "*Q1 · objections · marketing asks sales · 13 min of 10 min, over time*"
assert_contains "md: a statement's outcome names its action" "$md" \
    "  - **Outcome:** led to action #5: Add a budget question"
assert_contains "md: what was not covered" "$md" \
    "- Item 4: How can we support you with content? — **not covered**"
assert_contains "md: an action without an owner is called out" "$md" \
    "| 7 | Write up the MQL budget criterion | **none** | **none** | open |"
assert_contains "md: and named under the table" "$md" \
    "**Missing an owner or a due date:** #7 (no owner, no due date); #8 (no due date)."
assert_lacks "md: no scorecard or MQL version is faked" "$md" \
    "Scorecard"
# The olive branch, the pulse, the rating and the parking lot carried.
assert_contains "md: what a side did well, its markup shown as typed" \
    "$md" '- **Sales:** Closed the \<b\>Initech\</b\> deal \| \*fast\* & early'
assert_contains "md: a new customer with its lead source" "$md" \
    "- Acme Corp — lead source: Partner webinar"
assert_contains "md: a new customer whose source is not known" "$md" \
    '- Globex & Sons "GmbH" — lead source not known'
assert_contains "md: the pulse, with the change and the trend" "$md" \
    "| Sales | 4, up from 2 · ▃▇ | 2, as before · ▃▃ | Discount approvals take a week \| \*slow\* \<i\> |"
assert_contains "md: a rise of 2 is an early warning" "$md" \
    "- **Early warning:** economic tension on the sales side rose from 2 to 4 since 2026-10-26."
assert_contains "md: the meeting's rating, its average and trend" "$md" \
    "Average **8.0** from 3 of 4 attendees; the last rated meeting (2026-10-26) had 7.0: up."
assert_contains "md: an attendee who did not rate" "$md" \
    "| Priya Natarajan | marketing | *none* |"
assert_contains "md: the parking lot carried, one closed here" "$md" \
    "- Partner channel pricing *(parked 2026-10-26; closed in this meeting)*"
assert_contains "md: one still open" "$md" \
    "- Sales deck refresh *(parked 2026-10-26)*"
assert_contains "md: an item's own notes headed apart from its section" \
    "$md" "$(printf '### Captured\n\n- Marketing')"
assert_contains "html: a win's markup is text" "$html" \
    "Closed the &lt;b&gt;Initech&lt;/b&gt; deal | *fast* &amp; early"
assert_contains "html: the early warning" "$html" \
    '<p class="callout"><strong>Early warning:</strong> economic tension on the sales side rose from 2 to 4'
assert_contains "html: the pulse's reason is text" "$html" \
    "Discount approvals take a week | *slow* &lt;i&gt;"

# Privacy: the private words only with --include-private, and marked.
for word in QUOKKAPRIVATE ZEBRAFOLLOW; do
	assert_lacks "md: no $word without --include-private" "$md" "$word"
	assert_lacks "html: no $word without --include-private" "$html" "$word"
	assert_match "md: $word with --include-private, marked [PRIVATE]" \
	    "$mdp" "\*\*\[PRIVATE\]\*\*.*$word"
	assert_match "html: $word with --include-private, marked private" \
	    "$htmlp" "class=\"private\"><span class=\"tag private-tag\">Private[^<]*</span>.*$word"
done
assert_lacks "md: shared minutes say nothing is private" "$md" "PRIVATE"
assert_lacks "html: shared minutes mark nothing private" "$html" \
    "private-tag\">"
assert_contains "md: a follow-up reads closed in the room when shared" \
    "$md" "**Outcome:** closed in the room"
assert_contains "md: private minutes open with a warning" "$mdp" \
    "> **[PRIVATE]** These minutes include private notes"
assert_contains "html: private minutes open with a warning" "$htmlp" \
    "<strong>Do not share these minutes.</strong>"

# Q4: the MQL definition in force, what the meeting changed, the proposal.
assert_contains "md: the MQL version in force and who agreed" "$md" \
    "Version 2: sales (Dana Reyes) agreed on 2026-11-23, marketing (Priya Natarajan) agreed on 2026-11-23."
assert_contains "md: what the meeting changed, old and new" "$md" \
    "* changed **budget**: \>= \$20k/year → \>= \$30k/year"
assert_contains "md: the proposal, which side agreed" "$md" \
    "Sales has not agreed yet; marketing (Lee Chen) agreed on 2026-11-23."
assert_contains "md: a hostile proposed value is escaped" "$md" \
    '→ \<b\>VP\</b\> \| "Head" of \*Growth\*'
assert_contains "html: the proposal under its heading" "$html" \
    "<h3>Proposed, not in force: version 3</h3>"
assert_contains "html: a hostile proposed value is text" "$html" \
    "&lt;b&gt;VP&lt;/b&gt; | &quot;Head&quot; of *Growth*"

# Hostile text: escaped, never markup; every byte kept.
assert_contains "md: <script> is escaped" "$md" \
    '\<script\>alert(1)\</script\> \| a pipe \| & an ampersand'
assert_contains "md: a line break stays inside its list item" "$md" \
    'Line one\
  line two, with a comma; \*stars\* \_under\_ \`tick\` \# hash \[link\](x) \\ back'
assert_contains "md: emoji kept" "$md" "3 SQLs 🚀"
assert_contains "md: right-to-left marks kept" "$md" "$(printf \
    'Right-to-left: \342\200\217\327\251\327\234\327\225\327\235\342\200\216')"
assert_lacks "html: no <script> tag" "$htmlp" "<script"
assert_contains "html: <script> is text" "$html" \
    "&lt;script&gt;alert(1)&lt;/script&gt; | a pipe | &amp; an ampersand"
assert_contains "html: quotes are escaped" "$html" \
    "Prospects say &quot;too pricey&quot;"
assert_contains "html: a line break is kept" "$html" "Line one<br>"
assert_lacks "html: no address outside the file" "$htmlp" "://"
assert_lacks "html: no external style, font or image" "$htmlp" "url("
assert_contains "html: a charset" "$html" '<meta charset="utf-8">'
assert_contains "html: a viewport for phones" "$html" \
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
assert_contains "html: a print style sheet for A4" "$html" "@page{size:A4"
assert_contains "html: rows are not split across pages" "$html" \
    "tr,li,dl.parrot,.callout,.banner{break-inside:avoid"

# Read as a Markdown renderer reads it (GitHub's cmark-gfm).
if command -v cmark-gfm >/dev/null 2>&1; then
	r=$(cmark-gfm --unsafe -e table "$dir/minutes-private.md")
	assert_lacks "cmark-gfm: no <script> tag in the rendered page" "$r" \
	    "<script"
	assert_contains "cmark-gfm: the hostile note reads as typed" "$r" \
	    "<li>Prospects say &quot;too pricey&quot;, then &lt;script&gt;alert(1)&lt;/script&gt; | a pipe | &amp; an ampersand</li>"
	assert_contains "cmark-gfm: markup characters read as typed" "$r" \
	    "line two, with a comma; *stars* _under_ \`tick\` # hash [link](x) \\ back</li>"
	assert_contains "cmark-gfm: the line break is a break" "$r" \
	    "<li>Line one<br />"
	assert_eq "cmark-gfm: eight tables (reviewed, objections, scorecard twice, MQL criteria, pulse, rating, actions)" \
	    8 "$(printf '%s\n' "$r" | grep -c '^<table>')"
	assert_eq "cmark-gfm: the cells of those tables (4x5, 6x3, 5x9 twice, 6x2, 2x4, 4x3, 4x5)" 180 \
	    "$(printf '%s\n' "$r" | grep -c '^<td')"
	assert_eq "cmark-gfm: a source's markup reads as typed, both tables" 2 \
	    "$(printf '%s\n' "$r" | grep -c -F '<td>Co-marketing | &quot;Acme&quot; &lt;b&gt;*x*&lt;/b&gt;</td>')"
	assert_contains "cmark-gfm: the velocity chart is a code block" "$r" \
	    "<pre><code>Partner referral      ██████████████████████████████  9,020"
	assert_contains "cmark-gfm: the hostile objection reads as typed" "$r" \
	    "<td>Pricing | &lt;b&gt;tiers&lt;/b&gt; *confuse* &quot;buyers&quot; &amp; admins</td>"
	assert_contains "cmark-gfm: a proposed MQL value reads as typed" "$r" \
	    "<strong>titles</strong>: VP Marketing, Head of Growth → &lt;b&gt;VP&lt;/b&gt; | &quot;Head&quot; of *Growth*</li>"
	assert_contains "cmark-gfm: a pipe in the pulse's reason stays in it" \
	    "$r" "<td>Discount approvals take a week | *slow* &lt;i&gt;</td>"
	assert_eq "cmark-gfm: three statements, each with its three lines" 3 \
	    "$(printf '%s\n' "$r" | grep -c '^<li><strong>Asked back:</strong>')"
else
	echo "# skipped: cmark-gfm is not installed (apt-get install cmark-gfm)"
fi

# -o FILE and -o -.
capture parley export 2 -o "$dir/out.md"
assert_eq "-o FILE exits 0" 0 "$RC"
assert_eq "-o FILE prints nothing" "" "$OUT$ERR"
same "-o FILE holds the minutes" "$dir/minutes.md" "$dir/out.md"
capture parley export 2 "-o$dir/glued.md"
same "-oFILE is -o FILE" "$dir/minutes.md" "$dir/glued.md"
export_to "$dir/dash.html" 2 --format html -o -
same "-o - writes to standard output" "$dir/minutes.html" "$dir/dash.html"
capture parley export 2 --include-private -o "$dir/secret.md"
assert_eq "private minutes in a new file are for its owner only (0600)" \
    600 "$(stat -c %a "$dir/secret.md")"
capture parley export 2 -o "$dir/shared.md"
chmod 644 "$dir/shared.md"
capture parley export 2 --include-private -o "$dir/shared.md"
assert_eq "private minutes over a shared file narrow its mode to 0600" \
    600 "$(stat -c %a "$dir/shared.md")"
chmod 640 "$dir/out.md"
capture parley export 2 -o "$dir/out.md"
assert_eq "shared minutes over a file keep its mode" \
    640 "$(stat -c %a "$dir/out.md")"

# Which meeting: an id, last, one that is not there, one that is not an id.
export_to "$dir/one.md" 1
assert_eq "export 1 exits 0" 0 "$RC"
one=$(cat "$dir/one.md")
assert_contains "export 1 is the first meeting" "$one" \
    "- **Date:** Monday 26 October 2026, 10:00 to 11:02"
assert_contains "export 1 parks its topic" "$one" \
    "- Partner channel pricing *(item 7)*"
assert_eq "export 1 lists its four actions" 4 \
    "$(grep -c '^| [1-4] | ' "$dir/one.md")"
capture parley export 66
assert_eq "an unknown meeting exits 66" 66 "$RC"
assert_contains "and says so" "$ERR" "parley: "
capture parley export 2 --format pdf
assert_eq "an unknown format exits 64" 64 "$RC"
assert_contains "and names the formats" "$ERR" "md, html, json, csv or ics"
capture parley export two
assert_eq "a meeting that is not an id exits 64" 64 "$RC"
capture parley export 2 -o ""
assert_eq "-o with no name exits 64" 64 "$RC"

# A write that fails leaves the earlier file whole, and no stray file. The
# file size limit makes every write past 512 bytes fail (EFBIG, with
# SIGXFSZ ignored). The database needs its 32 KiB shared-memory file at
# open: a reader holds it open meanwhile, so only the minutes hit the limit.
cp "$dir/minutes.md" "$dir/keep.md"
mkfifo "$dir/hold"
sqlite3 -batch "$DB" <"$dir/hold" >/dev/null 2>&1 &
holder=$!
exec 3>"$dir/hold"
printf 'SELECT count(*) FROM meeting;\n' >&3
e2e_poll 5 test -s "$DB-shm" || e2e_fail "the reader did not open the database"
(
	ulimit -f 1
	trap '' XFSZ
	exec env PARLEY_DB="$DB" PARLEY_NOW="$E2E_NOW" "$PARLEY" export 2 \
	    --format html -o "$dir/keep.md" </dev/null 2>"$dir/.err"
)
assert_eq "a file too big to write exits 74" 74 "$?"
exec 3>&-
wait "$holder"
assert_contains "and says the earlier file is as it was" \
    "$(cat "$dir/.err")" "any earlier file is as it was"
same "the earlier file is whole" "$dir/minutes.md" "$dir/keep.md"
assert_eq "no temporary file is left beside it" "keep.md" \
    "$(cd "$dir" && ls keep.md*)"
capture parley export 2 -o "$dir/no/such/folder/m.md"
assert_eq "a folder that is not there exits 73" 73 "$RC"
assert_contains "and names the file" "$ERR" "$dir/no/such/folder/m.md"
capture parley export 2 -o "$dir"
assert_eq "a folder as the file exits 73" 73 "$RC"

# The HTML in a real browser: printed to A4 PDF, read back as text.
if command -v chromium >/dev/null 2>&1; then
	if command -v pdftotext >/dev/null 2>&1; then
		timeout 90 chromium --headless --no-sandbox --disable-gpu \
		    --disable-quic --no-first-run \
		    --disable-background-networking \
		    --disable-component-update --disable-sync \
		    --user-data-dir="$dir/chromium" --no-pdf-header-footer \
		    --print-to-pdf="$dir/minutes.pdf" \
		    "file://$dir/minutes.html" >"$dir/.chromium" 2>&1
		check "chromium prints the HTML to PDF" test -s "$dir/minutes.pdf"
		pdftotext "$dir/minutes.pdf" "$dir/minutes.txt"
		text=$(tr -s ' \n' '  ' <"$dir/minutes.txt")
		for t in "Add a budget question to the webinar form" \
		    'Pull Q3 numbers by source, "webinar" first' \
		    "Write up the MQL budget criterion" \
		    "Share the minutes with the VP" \
		    "Refresh the pricing one-pager"; do
			assert_contains "the PDF shows the action: $t" "$text" "$t"
		done
		assert_contains "the PDF shows <script> as text" "$text" \
		    "<script>alert(1)</script> | a pipe | & an ampersand"
		assert_lacks "the PDF holds no private word" "$text" \
		    "QUOKKAPRIVATE"
		assert_match "the PDF is A4" \
		    "$(pdfinfo "$dir/minutes.pdf" 2>/dev/null)" \
		    'Page size: +59[45](\.[0-9]+)? x 84[12](\.[0-9]+)? pts \(A4\)'
	else
		e2e_fail "pdftotext is missing (apt-get install poppler-utils)"
	fi
else
	echo "# skipped: chromium is not installed: the HTML was not printed" \
	    "in a browser (apt-get install chromium poppler-utils)"
fi

# A meeting in progress: an action whose title holds | and <, taken in
# the meeting screen, then export last while the meeting goes on.
start_screen 100 30 run
wait_for "1/8"
keys a
wait_for "Action:"
type_text "Split | the <list>"
keys Enter
wait_for "Owner:"
type_text "Sam Ortiz"
keys Enter
wait_for "Due:"
keys Enter
wait_for "saved"
keys q
expect_exit "q leaves the meeting in progress" 0
export_to "$dir/live.md" last
assert_eq "export last of a meeting in progress exits 0" 0 "$RC"
live=$(cat "$dir/live.md")
assert_contains "export last is the meeting in progress" "$live" \
    "- **Status:** in progress: these minutes are as of 12:0"
assert_contains "its action's | and < are escaped in the table" "$live" \
    '| 9 | Split \| the \<list\> | Sam Ortiz | **none** | open |'
assert_eq "the action table keeps 5 cells a row" "" \
    "$(sed -n '/^## Action items/,$p' "$dir/live.md" | grep '^|' |
    sed 's/\\\\//g; s/\\|//g' | awk -F'|' 'NF != 7')"
export_to "$dir/live.html" last --format html
assert_contains "html: the action's | and < are text" "$(cat "$dir/live.html")" \
    "<bdi>Split | the &lt;list&gt;</bdi>"

done_test
