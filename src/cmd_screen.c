/* cmd_screen.c: the commands that open a full screen: run, resume, room, home. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sysexits.h>

#include "cmd.h"
#include "format.h"
#include "session.h"
#include "store.h"
#include "ui.h"
#include "util.h"

/*
 * The bundled default agenda: $PARLEY_AGENDA_DIR, the installed copy, one
 * installed beside the binary under another prefix, then the source tree
 * (build/parley -> agendas/). The first readable one wins.
 */
static char *
default_agenda(void)
{
	const char *dir = getenv("PARLEY_AGENDA_DIR");
	char self[4096], *slash, *path = NULL;
	const char *tries[3] = { NULL, NULL, NULL };
	ssize_t n;
	size_t i;

	if (dir != NULL && *dir != '\0')
		return xasprintf("%s/monthly-alignment.yaml", dir);
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	self[n > 0 ? n : 0] = '\0';
	if ((slash = strrchr(self, '/')) != NULL)
		*slash = '\0';
	tries[0] = PARLEY_DATADIR "/agendas";
	if (n > 0) {
		tries[1] = "/../share/parley/agendas";
		tries[2] = "/../agendas";
	}
	for (i = 0; i < 3 && tries[i] != NULL; i++) {
		free(path);
		path = xasprintf("%s%s/monthly-alignment.yaml",
		    i == 0 ? "" : self, tries[i]);
		if (access(path, R_OK) == 0)
			break;
	}
	/* Show the facilitator a clean path, not build/../agendas. */
	if ((slash = realpath(path, NULL)) != NULL) {
		free(path);
		path = slash;
	}
	return path;
}

/* Run the meeting screen on a session, then free it. */
static int
meet(struct store *st, struct session *s)
{
	int code = ui_meeting_run(st, s);

	session_free(s);
	return code;
}

/*
 * Take the meeting-screen lock before anything touches the meeting, so a
 * second screen is refused without writing a byte.
 */
static int
lock(struct store *st)
{
	char *cause = NULL;

	if (store_lock(st, &cause) == 0)
		return 0;
	cmd_failed(0, xasprintf("%s: leave it there first, then 'parley "
	    "resume'", cause));
	free(cause);
	return store_error_code(st);
}

/* Print an agenda's report as check does, or a plain failure. */
static int
agenda_failed(int code, char *report)
{
	if (code != EX_DATAERR)
		return cmd_failed(code, report);
	format_lines(stderr, report); /* FILE:LINE:COLUMN: lines */
	fputc('\n', stderr);
	free(report);
	return code;
}

/* Start a meeting from an agenda file and open the screen. */
static int
start_meeting(struct store *st, const char *path)
{
	struct agenda *a = NULL;
	struct session *s = NULL;
	char *text = NULL, *cause = NULL;
	int code;

	if ((code = lock(st)) != 0)
		return code;
	code = agenda_read_file(path, &text, &a, &cause);
	if (code != 0)
		return agenda_failed(code, cause);
	code = session_start(st, a, text, path, &s, &cause);
	agenda_free(a);
	free(text);
	return code != 0 ? cmd_failed(code, cause) : meet(st, s);
}

/* Reopen the meeting in progress. */
static int
resume_meeting(struct store *st)
{
	struct session *s = NULL;
	char *cause = NULL;
	int code;

	if ((code = lock(st)) != 0)
		return code;
	code = session_resume(st, &s, &cause);
	return code != 0 ? cmd_failed(code, cause) : meet(st, s);
}

/* Check the terminal, then open the store. */
static int
with_screen(struct cmd_ctx *ctx, struct store **st)
{
	char *cause = NULL;
	int code = ui_usable(&cause);

	if (code != 0)
		return cmd_failed(code, cause);
	return cmd_open_store(ctx, st);
}

/* Check the terminal, open the store, run fn on it, close. */
static int
on_screen(struct cmd_ctx *ctx, int (*fn)(struct store *st))
{
	struct store *st = NULL;
	int code;

	if ((code = with_screen(ctx, &st)) != 0)
		return code;
	code = fn(st);
	store_close(st);
	return code;
}

/* parley run [AGENDA] */
static int
exec_run(struct cmd_ctx *ctx, struct cmd_args *args)
{
	struct store *st = NULL;
	char *path;
	int code;

	if ((code = with_screen(ctx, &st)) != 0)
		return code;
	path = args->argc == 1 ? xstrdup(args->argv[0]) : default_agenda();
	code = start_meeting(st, path);
	free(path);
	store_close(st);
	return code;
}

/* parley resume */
static int
exec_resume(struct cmd_ctx *ctx, struct cmd_args *args)
{
	(void)args;
	return on_screen(ctx, resume_meeting);
}

/* parley room: the read-only view for the projector. */
static int
exec_room(struct cmd_ctx *ctx, struct cmd_args *args)
{
	(void)args;
	return on_screen(ctx, ui_room_run);
}

/* The home screen, for parley with no command. */
int
cmd_home(struct cmd_ctx *ctx)
{
	struct store *st = NULL;
	char *path = default_agenda();
	int code, choice;

	if ((code = with_screen(ctx, &st)) != 0) {
		free(path);
		return code;
	}
	choice = ui_home_run(st, path);
	if (choice == 0)
		code = start_meeting(st, path);
	else if (choice == 1)
		code = resume_meeting(st);
	free(path);
	store_close(st);
	return code;
}

const struct cmd_entry cmd_run = {
	"run", "[AGENDA]", NULL, 0, 1, exec_run, NULL
};
const struct cmd_entry cmd_resume = {
	"resume", "", NULL, 0, 0, exec_resume, NULL
};
const struct cmd_entry cmd_room = {
	"room", "", NULL, 0, 0, exec_room, NULL
};
