/*
 * fuzz_lineedit.c: libFuzzer harness for the line editor (lineedit.c) fed
 * key sequences. Bytes before the first NUL are the text the prompt starts
 * with (any bytes: a stored note may be bad UTF-8); after it, each UTF-8
 * character is a key as the prompt maps it (Ctrl-A home, Ctrl-E end, ^H or
 * DEL backspace, Ctrl-D delete, Ctrl-U, Ctrl-W, Tab completes from a
 * roster), with a few more for what other keys reach (Ctrl-B left, Ctrl-F
 * right, Ctrl-S select all, Ctrl-V view in a field as wide as the next
 * byte, Ctrl-X the next four bytes as any code point, Ctrl-R set the text
 * to the roster name the next byte picks). After every key the buffer is
 * NUL-terminated at len, the text valid UTF-8 (bad bytes given become
 * U+FFFD), the cursor in range and on a code point; a field shows the
 * cursor inside it.
 */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "lineedit.h"
#include "util.h"

#define CTRL(c) ((c) & 0x1f)

/* Names to complete: ASCII, accents, wide, combining marks, shared starts. */
static const char *const roster[] = {
	"Dana Whitfield", "Dan Okafor", "Priya Raman", "Zoë Ångström",
	"小林 健", "e\xcc\x81milie", "Daniel", "", "Dana",
};
#define NROSTER (sizeof roster / sizeof roster[0])

/* Check the editor's state after a key. */
static void
check_state(const struct lineedit *le)
{
	unsigned char at;

	FUZZ_CHECK(le->buf != NULL && le->len < le->cap,
	    "the buffer holds the text and its NUL", NULL);
	FUZZ_CHECK(le->buf[le->len] == '\0' && strlen(le->buf) == le->len,
	    "the text ends at len", le->buf);
	FUZZ_CHECK(le->cursor <= le->len, "the cursor is in the text",
	    le->buf);
	FUZZ_CHECK(!le->selected || le->len > 0, "nothing empty is selected",
	    NULL);
	FUZZ_CHECK(fuzz_utf8_valid(le->buf, le->len), "the text stays UTF-8",
	    le->buf);
	at = (unsigned char)le->buf[le->cursor];
	FUZZ_CHECK((at & 0xc0) != 0x80, "the cursor is on a code point",
	    le->buf);
}

/* Show the text in a field width columns wide and check the cursor. */
static void
check_view(const struct lineedit *le, int width)
{
	size_t start;
	int col;

	lineedit_view(le, width, &start, &col);
	FUZZ_CHECK(start <= le->cursor, "the field starts before the cursor",
	    le->buf);
	FUZZ_CHECK(col >= 0, "the cursor's column is not negative", le->buf);
	FUZZ_CHECK(col <= (width > 1 ? width - 1 : 0) || start == le->cursor,
	    "the cursor is inside the field", le->buf);
}

/* Apply the key cp; extra bytes some keys take come from *p (up to end). */
static void
apply_key(struct lineedit *le, unsigned int cp, const uint8_t **p,
    const uint8_t *end)
{
	unsigned int raw = 0;
	int i;

	switch (cp) {
	case CTRL('a'): lineedit_home(le); break;
	case CTRL('e'): lineedit_end(le); break;
	case CTRL('b'): lineedit_left(le); break;
	case CTRL('f'): lineedit_right(le); break;
	case CTRL('h'):
	case 0x7f: lineedit_backspace(le); break;
	case CTRL('d'): lineedit_delete(le); break;
	case CTRL('u'): lineedit_kill_start(le); break;
	case CTRL('w'): lineedit_kill_word(le); break;
	case CTRL('s'): lineedit_select_all(le); break;
	case '\t': lineedit_complete(le, roster, NROSTER); break;
	case CTRL('v'):
		if (*p < end)
			check_view(le, (int)*(*p)++ - 8);
		break;
	case CTRL('r'):
		if (*p < end)
			lineedit_set(le, roster[*(*p)++ % NROSTER]);
		break;
	case CTRL('x'):
		for (i = 0; i < 4 && *p < end; i++)
			raw = raw << 8 | *(*p)++;
		lineedit_insert(le, raw);
		break;
	default:
		lineedit_insert(le, cp);
	}
}

/* Widths follow the terminal's locale, as in the program. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

/* Start with the text before the NUL, then press the keys after it. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size), *p, *end = data + size;
	struct lineedit le;
	char *initial;
	unsigned int cp;
	size_t n;

	initial = fuzz_text(data, nul != NULL ? (size_t)(nul - data) : 0);
	lineedit_init(&le, initial);
	if (size > 0 && data[0] & 1)
		lineedit_select_all(&le);
	check_state(&le);
	for (p = nul != NULL ? nul + 1 : data; p < end; ) {
		/* A NUL is a key too: utf8_decode reads it as the end. */
		if ((n = utf8_decode((const char *)p, (size_t)(end - p),
		    &cp)) == 0) {
			n = 1;
			cp = 0;
		}
		p += n;
		apply_key(&le, cp, &p, end);
		check_state(&le);
	}
	check_view(&le, 20);
	lineedit_fini(&le);
	free(initial);
	return 0;
}
