/* format.c: quoting for the text formats Parley writes (CSV, aligned tables). */
#include "format.h"

#include <string.h>

#include "util.h"

/* Write one CSV field, quoted when it holds a comma, quote or line break. */
void
format_csv_field(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	if (strpbrk(s, ",\"\r\n") == NULL && *s != ' ' &&
	    (*s == '\0' || s[strlen(s) - 1] != ' ')) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

/* Write s padded or cut to width terminal columns. */
void
format_pad(FILE *f, const char *s, int width)
{
	size_t n = strlen(s), len;
	unsigned int cp;
	int used = 0, w;

	if (utf8_width(s) > width) {
		while ((len = utf8_decode(s, n, &cp)) > 0) {
			w = utf8_cp_width(cp);
			if (used + w > width - 1)
				break;
			fwrite(s, 1, len, f);
			used += w;
			s += len;
			n -= len;
		}
		fputs("\xe2\x80\xa6", f);
		used++;
	} else {
		fputs(s, f);
		used = utf8_width(s);
	}
	for (; used < width; used++)
		fputc(' ', f);
}
