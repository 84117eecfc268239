/* -k, --stack-trace: the tracee's stack at each syscall entry. */
#ifndef XSTRACE_STACKTRACE_H
#define XSTRACE_STACKTRACE_H

#include <stdbool.h>
#include "options.h"

/* -k given (and built with libunwind). */
extern bool stacktrace_enabled;
/* Adds the TC_MAPS syscalls (for --seccomp-bpf: -k must see them). */
void stacktrace_add_to_set(struct trace_set *s);

#endif
