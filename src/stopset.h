/* --seccomp-bpf: which syscalls must stop the tracee. */
#ifndef XSTRACE_STOPSET_H
#define XSTRACE_STOPSET_H

#include "options.h"

/* The traced syscalls, plus those -k must see to keep its view of the mappings right. Returns the set to
 * filter on; *all says every syscall stops. */
const struct trace_set *stop_set(bool *all);

#endif
