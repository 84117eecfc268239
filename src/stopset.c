/* --seccomp-bpf stops only on the syscalls in this set: tracing is not
 * the only reason to stop (-e inject applies to traced calls only, as in
 * strace, so it adds nothing). */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "stopset.h"
#include "stacktrace.h"

const struct trace_set *stop_set(bool *all)
{
	static struct trace_set s;
	*all = cfg->trace_all;
	if (*all || !stacktrace_enabled)
		return &cfg->trace;
	for (int a = 0; a < ABI_COUNT; a++) {
		size_t n = (cfg->trace.size[a] + 7) / 8 + 1;
		s.size[a] = cfg->trace.size[a];
		s.sparse_all[a] = cfg->trace.sparse_all[a];
		s.bits[a] = malloc(n);
		if (!s.bits[a])
			error_msg_and_die("out of memory");
		memcpy(s.bits[a], cfg->trace.bits[a], n);
	}
	stacktrace_add_to_set(&s);
	return &s;
}
