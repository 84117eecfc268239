/* xstrace: a strace-compatible system call tracer. */
#include <stdlib.h>

#include "error.h"

#include "options.h"
#include "tracer.h"

int main(int argc, char **argv)
{
	/* messages name the program as invoked, as strace's do */
	program_name = argv[0];
	parse_options(argc, argv);
	return run_tracer();
}
