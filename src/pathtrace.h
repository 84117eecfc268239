/* -P PATH and --trace-fds=SET: trace only the syscalls that touch one of
 * the paths (directly, or through an fd that refers to it) or one of the
 * fds.  Which arguments each syscall has is tables/fdtrack.def's MATCH. */
#ifndef XSTRACE_PATHTRACE_H
#define XSTRACE_PATHTRACE_H

#include <stdbool.h>
#include "tcb.h"

extern bool pathtrace_active;

/* -P: remembered now, resolved by pathtrace_resolve() */
void pathtrace_add(const char *path);
/* after the options: add each path's canonical form, with strace's
 * "Requested path ... resolved into ..." notice unless quiet */
void pathtrace_resolve(bool quiet);
/* --trace-fds / -e trace-fds=: false after printing strace's error */
bool parse_trace_fds(const char *spec);
/* at syscall entry: does the call in t->sc touch a selected path or fd? */
bool pathtrace_match(struct tcb *t);

#endif
