/* --seccomp-bpf: a BPF filter that stops the tracee only for the syscalls
 * being traced, for every ABI. */
#ifndef XSTRACE_SECCOMP_H
#define XSTRACE_SECCOMP_H

#include <stdbool.h>
#include "options.h"

/* Builds the filter for the trace set (once, in the tracer). */
bool seccomp_build(const struct trace_set *t, bool trace_all);
/* In the child, before execve: installs it. 0, or -1 with errno. */
int seccomp_install(void);

#endif
