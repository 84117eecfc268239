/* Exits with the status given, after one known syscall. */
#include <stdlib.h>
#include <unistd.h>
#include "expect.h"

int main(int argc, char **argv)
{
	int code = argc > 1 ? atoi(argv[1]) : 3;
	expect("?", "exit_group(%d)", code);
	printf("+++ exited with %d +++\n", code);
	fflush(stdout);
	_exit(code);
}
