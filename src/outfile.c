/* outfile.c: files written whole or not at all (temporary, fsync, rename). */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

#include "util.h"

/* The mode a file made now gets: 0666 less the umask, read without change. */
static int
default_mode(void)
{
	mode_t mask = umask(0);

	umask(mask);
	return 0666 & ~(int)mask;
}

/* Start writing path, through a temporary file beside it. */
int
outfile_open(struct outfile *o, const char *path, int private_mode,
    char **cause)
{
	struct stat sb;
	int fd;

	memset(o, 0, sizeof *o);
	if (strcmp(path, "-") == 0) {
		o->f = stdout;
		return 0;
	}
	if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		util_fail(cause, "%s is a folder", path);
		return EX_CANTCREAT;
	}
	/* A device or a pipe (/dev/stdout, <(...)) is written as it is. */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
		if ((o->f = fopen(path, "w")) == NULL) {
			util_fail(cause, "cannot write %s: %s", path,
			    strerror(errno));
			return EX_CANTCREAT;
		}
		return 0;
	}
	o->mode = stat(path, &sb) == 0 ? (int)(sb.st_mode & 07777) :
	    default_mode();
	/* Private text never lands in a file others may read. */
	if (private_mode)
		o->mode &= 0600;
	o->path = xstrdup(path);
	o->tmp = xasprintf("%s.XXXXXX", path);
	fd = mkstemp(o->tmp);
	if (fd < 0 || (o->f = fdopen(fd, "w")) == NULL) {
		util_fail(cause, "cannot create %s: %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(o->tmp);
		}
		free(o->path);
		free(o->tmp);
		memset(o, 0, sizeof *o);
		return EX_CANTCREAT;
	}
	return 0;
}

/* Make the rename itself durable: sync the folder that holds it. */
static void
sync_folder(const char *path)
{
	char *copy = xstrdup(path);
	int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(copy);
}

/* Free what o holds. */
static void
release(struct outfile *o)
{
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof *o);
}

/* Flush, sync and rename into place. */
int
outfile_commit(struct outfile *o, char **cause)
{
	int err = 0;

	errno = 0;
	if (o->path == NULL) {
		if (fflush(o->f) != 0 || ferror(o->f))
			err = errno != 0 ? errno : EIO;
		if (o->f != stdout && fclose(o->f) != 0 && err == 0)
			err = errno;
		o->f = NULL;
		if (err != 0) {
			util_fail(cause, "cannot write the output: %s",
			    strerror(err));
			return EX_IOERR;
		}
		return 0;
	}
	if (fflush(o->f) != 0 || ferror(o->f) || fchmod(fileno(o->f),
	    (mode_t)o->mode) != 0 || fsync(fileno(o->f)) != 0)
		err = errno != 0 ? errno : EIO;
	if (fclose(o->f) != 0 && err == 0)
		err = errno;
	o->f = NULL;
	if (err == 0 && rename(o->tmp, o->path) != 0)
		err = errno;
	if (err != 0) {
		util_fail(cause, "cannot write %s: %s (any earlier file is as "
		    "it was)", o->path, strerror(err));
		unlink(o->tmp);
		release(o);
		return EX_IOERR;
	}
	sync_folder(o->path);
	release(o);
	return 0;
}

/* Give up: remove the temporary file. */
void
outfile_abort(struct outfile *o)
{
	if (o->path == NULL) {
		if (o->f != NULL && o->f != stdout)
			fclose(o->f);
		o->f = NULL;
		return;
	}
	if (o->f != NULL)
		fclose(o->f);
	unlink(o->tmp);
	release(o);
}
