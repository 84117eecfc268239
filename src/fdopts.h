/* The options of fd and pid decoration and of path/fd filtering: -y, -yy,
 * -e decode-fds=, -Y, -e decode-pids=, -P, -e trace-fds=.  Each exits with
 * strace's message and status 1 on bad input. */
#ifndef XSTRACE_FDOPTS_H
#define XSTRACE_FDOPTS_H

#include <stdbool.h>

void fdopts_yflag(void);
void fdopts_decode_fds(const char *spec);
void fdopts_decode_pids(const char *spec);
void fdopts_trace_path(const char *path);
void fdopts_trace_fds(const char *spec);
/* after the options, before -q is counted: the -y count, -P paths
 * resolved (with their notices unless -e quiet=path-resolution) */
void fdopts_finish(bool quiet_path_resolution);

/* --seccomp-bpf with a trace set: untraced calls never stop, so a close
 * or dup2 may go unseen and the fd cache cannot be trusted */
void fdopts_seccomp(bool filtered);

#endif
