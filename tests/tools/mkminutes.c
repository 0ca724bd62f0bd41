/*
 * mkminutes.c: build the minutes fixture (see fixture.h) for the shell
 * tests. Usage: mkminutes DB AGENDA
 */
#include <stdio.h>

#include "fixture.h"

int
main(int argc, char **argv)
{
	if (argc != 3) {
		fputs("usage: mkminutes DB AGENDA\n", stderr);
		return 64;
	}
	fixture_minutes(argv[1], argv[2]);
	return 0;
}
