/* ui_term.c: ask terminfo about $TERM, apart: <term.h> defines lines, columns. */
#include <curses.h>
#include <term.h>
#include <unistd.h>

#include "ui.h"

/* Does terminfo know $TERM? initscr would exit the program if not. */
int
ui_term_known(void)
{
	int err = 0;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return 0;
	del_curterm(cur_term);
	return 1;
}
