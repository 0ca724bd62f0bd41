/*
 * actions_floor.c: the floor parley actions is measured against (make
 * bench). A plain C program on SQLite alone that opens the same database
 * read-only and prints the same rows, byte for byte, with the cheapest
 * query there is (the index walk of migration 11, no sort) and nothing
 * else: no schema check, no migration, no struct, no stdio call per
 * field (rows are built in its own buffer). Not a test.
 *
 *     actions_floor DB TODAY [--all] [--owner NAME] [--overdue]
 *         [--format table|csv|json]
 *
 * TODAY ("YYYY-MM-DD") is what parley takes from its clock. It takes no
 * locale: a character wcwidth does not know counts one column, which is
 * right for every name actions_data makes, none of them wider than its
 * characters.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

enum format { TABLE, CSV, JSON };

/* The output, written in large blocks. */
static char out[1 << 16];
static size_t used;

/* Write n bytes to standard output, all of them. */
static void
write_all(const char *s, size_t n)
{
	ssize_t w;

	while (n > 0 && (w = write(1, s, n)) > 0) {
		s += w;
		n -= (size_t)w;
	}
}

/* Append n bytes. */
static void
put(const void *s, size_t n)
{
	if (used + n > sizeof out) {
		write_all(out, used);
		used = 0;
	}
	if (n > sizeof out)
		write_all(s, n);
	else {
		memcpy(out + used, s, n);
		used += n;
	}
}

/* Append a string. */
static void
puts_(const char *s)
{
	put(s, strlen(s));
}

/* Append a number right-aligned in width columns. */
static void
num(long v, int width)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		*--p = '-';
	while (buf + sizeof buf - p < width)
		*--p = ' ';
	put(p, (size_t)(buf + sizeof buf - p));
}

/* The code point at s (n bytes left) and its length; U+FFFD, 1 if bad. */
static size_t
decode(const unsigned char *s, size_t n, unsigned int *cp)
{
	size_t len, i;
	unsigned int c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	len = (s[0] & 0xe0) == 0xc0 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3 :
	    (s[0] & 0xf8) == 0xf0 ? 4 : 0;
	if (len == 0 || len > n)
		goto bad;
	c = s[0] & (0x7f >> len);
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((len == 2 && c < 0x80) || (len == 3 && c < 0x800) ||
	    (len == 4 && c < 0x10000) || c > 0x10ffff ||
	    (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return len;
bad:
	*cp = 0xfffd;
	return 1;
}

/* Is cp a control character (C0, DEL, C1)? */
static int
control(unsigned int cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

/* n bytes of s, each control character as "?". */
static void
visible(const unsigned char *s, size_t n)
{
	size_t at, run = 0, l;
	unsigned int cp;

	for (at = 0; at < n; at += l) {
		l = decode(s + at, n - at, &cp);
		if (control(cp)) {
			put(s + run, at - run);
			put("?", 1);
			run = at + l;
		}
	}
	put(s + run, at - run);
}

/* s left-aligned in width columns, cut with "…", measured once. */
static void
pad(const char *text, int width)
{
	static const char spaces[] = "                                ";
	const unsigned char *s = (const unsigned char *)text;
	size_t n = strlen(text), at = 0, l, fit = 0;
	unsigned int cp;
	int cols = 0, fit_cols = 0, w;

	/* Printable ASCII is a column a byte. */
	while (at < n && at <= (size_t)width && s[at] >= 0x20 && s[at] < 0x7f)
		at++;
	if (at == n && n <= (size_t)width) {
		put(s, n);
		put(spaces, (size_t)width - n);
		return;
	}
	if (at > (size_t)width) {
		put(s, (size_t)width - 1);
		put("\xe2\x80\xa6", 3);
		return;
	}
	at = 0;
	while (at < n && cols <= width) {
		if (s[at] >= 0x20 && s[at] < 0x7f) {
			l = 1;
			w = 1;
		} else {
			l = decode(s + at, n - at, &cp);
			w = control(cp) ? 1 : wcwidth((wchar_t)cp);
			w = w < 0 ? 1 : w;
		}
		at += l;
		if (cols + w <= width - 1) {
			fit = at;
			fit_cols = cols + w;
		}
		cols += w;
	}
	if (cols > width) {
		visible(s, fit);
		put("\xe2\x80\xa6", 3);
		cols = fit_cols + 1;
	} else
		visible(s, n);
	if (cols < width)
		put(spaces, (size_t)(width - cols));
}

/* One CSV field, RFC 4180, invalid bytes as U+FFFD. */
static void
csv(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n, at, run = 0, l;
	unsigned int cp;
	int quote;

	if (text == NULL)
		return;
	n = strlen(text);
	quote = strpbrk(text, ",\"\r\n") != NULL || *text == ' ' ||
	    (n > 0 && text[n - 1] == ' ');
	if (quote)
		put("\"", 1);
	for (at = 0; at < n; at += l) {
		l = s[at] < 0x80 ? 1 : decode(s + at, n - at, &cp);
		if (l == 1 && s[at] >= 0x80) {
			put(s + run, at - run);
			put("\xef\xbf\xbd", 3);
			run = at + 1;
		} else if (quote && s[at] == '"') {
			put(s + run, at + 1 - run);
			run = at;
		}
	}
	put(s + run, at - run);
	if (quote)
		put("\"", 1);
}

/* A JSON string, or null. */
static void
json(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n, at = 0, run = 0, l;
	unsigned int cp;
	char esc[8];

	if (text == NULL) {
		put("null", 4);
		return;
	}
	put("\"", 1);
	n = strlen(text);
	while (at < n) {
		if (s[at] >= 0x20 && s[at] < 0x7f && s[at] != '"' &&
		    s[at] != '\\') {
			at++;
			continue;
		}
		l = decode(s + at, n - at, &cp);
		esc[0] = '\0';
		if (cp == '"' || cp == '\\')
			snprintf(esc, sizeof esc, "\\%c", (char)cp);
		else if (cp == '\n' || cp == '\r' || cp == '\t')
			snprintf(esc, sizeof esc, "\\%c", cp == '\n' ? 'n' :
			    cp == '\r' ? 'r' : 't');
		else if (cp < 0x20 || cp == 0x7f || cp == 0x2028 ||
		    cp == 0x2029)
			snprintf(esc, sizeof esc, "\\u%04x", cp);
		else if (cp == 0xfffd && l == 1)
			snprintf(esc, sizeof esc, "\xef\xbf\xbd");
		if (esc[0] != '\0') {
			put(s + run, at - run);
			puts_(esc);
			run = at + l;
		}
		at += l;
	}
	put(s + run, at - run);
	put("\"", 1);
}

/* Column i as text, NULL for NULL. */
static const char *
col(sqlite3_stmt *stmt, int i)
{
	return (const char *)sqlite3_column_text(stmt, i);
}

/* One table row; 1 when it is marked overdue. */
static int
table_row(sqlite3_stmt *stmt, const char *today, long n)
{
	const char *due = col(stmt, 4), *status = col(stmt, 5);
	int carried = sqlite3_column_int(stmt, 8);
	int late = due != NULL && strcmp(status, "open") == 0 &&
	    strcmp(due, today) < 0;

	if (n == 0)
		puts_("   ID  DUE         STATUS   OWNER               ACTION\n");
	num((long)sqlite3_column_int64(stmt, 0), 5);
	put("  ", 2);
	pad(due != NULL ? due : "-", 10);
	put(late ? "! " : "  ", 2);
	pad(status, 9);
	pad(col(stmt, 2) != NULL ? col(stmt, 2) : "(no owner)", 19);
	put(" ", 1);
	puts_(col(stmt, 1));
	if (carried > 0) {
		puts_("  (carried ");
		num(carried, 0);
		puts_("\xc3\x97)");
	}
	put("\n", 1);
	return late;
}

/* One CSV record. */
static void
csv_row(sqlite3_stmt *stmt)
{
	const char *side = col(stmt, 3), *due = col(stmt, 4);
	long meeting = (long)sqlite3_column_int64(stmt, 6);

	num((long)sqlite3_column_int64(stmt, 0), 0);
	put(",", 1);
	csv(col(stmt, 1));
	put(",", 1);
	csv(col(stmt, 2));
	put(",", 1);
	puts_(side != NULL ? side : "");
	put(",", 1);
	puts_(due != NULL ? due : "");
	put(",", 1);
	puts_(col(stmt, 5));
	put(",", 1);
	if (meeting != 0)
		num(meeting, 0);
	put(",", 1);
	puts_(col(stmt, 7));
	put(",", 1);
	num(sqlite3_column_int(stmt, 8), 0);
	put("\r\n", 2);
}

/* One JSON object, on a line of its own. */
static void
json_row(sqlite3_stmt *stmt, long n)
{
	long meeting = (long)sqlite3_column_int64(stmt, 6);

	puts_(n > 0 ? ",\n  {\"id\": " : "\n  {\"id\": ");
	num((long)sqlite3_column_int64(stmt, 0), 0);
	puts_(", \"title\": ");
	json(col(stmt, 1));
	puts_(", \"owner\": ");
	json(col(stmt, 2));
	puts_(", \"side\": ");
	json(col(stmt, 3));
	puts_(", \"due\": ");
	json(col(stmt, 4));
	puts_(", \"status\": ");
	json(col(stmt, 5));
	puts_(", \"meeting\": ");
	if (meeting != 0)
		num(meeting, 0);
	else
		put("null", 4);
	puts_(", \"created_at\": ");
	json(col(stmt, 7));
	puts_(", \"carried\": ");
	num(sqlite3_column_int(stmt, 8), 0);
	put("}", 1);
}

/* The two halves of the order: owned by name, then nobody's. */
static const char *const halves[] = {
	" FROM person p CROSS JOIN action a ON a.owner_id = p.id"
	" WHERE a.deleted_at IS NULL",
	" FROM action a LEFT JOIN person p ON p.id = a.owner_id"
	" WHERE a.deleted_at IS NULL AND a.owner_id IS NULL",
};

/* Print every row of one half; how many in *n, overdue ones in *late. */
static int
half(sqlite3 *db, int h, enum format format, const char *today,
    const char *owner, int all, int overdue, long *n, int *late)
{
	sqlite3_stmt *stmt;
	char sql[1024];

	snprintf(sql, sizeof sql, "SELECT a.id, a.title, p.name, p.side,"
	    " a.due, a.status, a.meeting_id, a.created_at, a.carried%s%s%s%s"
	    " ORDER BY %s%s, a.id", halves[h],
	    !all || overdue ? " AND a.status = 'open'" : "",
	    owner != NULL ? " AND p.name = ?1" : "",
	    overdue ? " AND (a.due IS NULL) = 0 AND a.due < ?2" : "",
	    h == 0 ? "p.name COLLATE NOCASE," : "",
	    overdue ? " a.due" : " a.due IS NULL, a.due");
	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
		fprintf(stderr, "actions_floor: %s\n", sqlite3_errmsg(db));
		return -1;
	}
	if (owner != NULL)
		sqlite3_bind_text(stmt, 1, owner, -1, SQLITE_STATIC);
	if (overdue)
		sqlite3_bind_text(stmt, 2, today, -1, SQLITE_STATIC);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		if (format == TABLE)
			*late |= table_row(stmt, today, *n);
		else if (format == CSV)
			csv_row(stmt);
		else
			json_row(stmt, *n);
		(*n)++;
	}
	sqlite3_finalize(stmt);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *owner = NULL, *today;
	enum format format = TABLE;
	int all = 0, overdue = 0, i, h, late = 0, rc = 0;
	sqlite3 *db;
	long n = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: actions_floor DB TODAY [--all] "
		    "[--owner NAME] [--overdue] [--format F]\n");
		return 64;
	}
	today = argv[2];
	for (i = 3; i < argc; i++) {
		if (strcmp(argv[i], "--all") == 0)
			all = 1;
		else if (strcmp(argv[i], "--overdue") == 0)
			overdue = 1;
		else if (strcmp(argv[i], "--owner") == 0 && i + 1 < argc)
			owner = argv[++i];
		else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
			i++;
			format = strcmp(argv[i], "csv") == 0 ? CSV :
			    strcmp(argv[i], "json") == 0 ? JSON : TABLE;
		}
	}
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		fprintf(stderr, "actions_floor: %s\n", sqlite3_errmsg(db));
		return 66;
	}
	if (format == CSV)
		puts_("id,title,owner,side,due,status,meeting,created_at,"
		    "carried\r\n");
	else if (format == JSON)
		put("[", 1);
	sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
	for (h = 0; rc == 0 && h < 2 && (h == 0 || owner == NULL); h++)
		rc = half(db, h, format, today, owner, all, overdue, &n,
		    &late);
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(db);
	if (format == JSON)
		puts_(n > 0 ? "\n]\n" : "]\n");
	else if (format == TABLE && n == 0)
		puts_("No action items.\n");
	else if (format == TABLE && late)
		puts_("(! past its due date)\n");
	write_all(out, used);
	return rc == 0 ? 0 : 65;
}
