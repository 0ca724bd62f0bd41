/*
 * outfile.h: files written whole or not at all. The text goes to a
 * temporary file in the same folder, which is synced and renamed over the
 * target only once complete: a full disk or a crash leaves any earlier file
 * as it was.
 */
#ifndef PARLEY_OUTFILE_H
#define PARLEY_OUTFILE_H

#include <stdio.h>

struct outfile {
	FILE *f;          /* write here */
	char *path;       /* the target; NULL for standard output */
	char *tmp;        /* the temporary file beside it */
	int mode;         /* the target's mode once renamed */
};

/*
 * Start writing path ("-" is standard output). A new file gets mode 0666
 * less the umask, an existing one keeps its mode; when private, either is
 * then narrowed to the owner's read and write (at most 0600).
 * Returns 0, or 73 (cannot create) with *cause.
 */
int outfile_open(struct outfile *o, const char *path, int private_mode,
    char **cause);
/* Flush, sync and rename into place. 0, or 74 with *cause (nothing left). */
int outfile_commit(struct outfile *o, char **cause);
/* Give up: the temporary file is removed, the target untouched. */
void outfile_abort(struct outfile *o);

#endif
