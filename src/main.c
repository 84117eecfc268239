/* xstrace: a strace-compatible system call tracer. */
#include <stdlib.h>

#include "options.h"
#include "tracer.h"

int main(int argc, char **argv)
{
	parse_options(argc, argv);
	return run_tracer();
}
