/* -Y / -e decode-pids=comm,pidns: "1234<comm>" for pids in arguments,
 * return values, pidfds and the pid prefix of each line. */
#ifndef XSTRACE_PIDTRACE_H
#define XSTRACE_PIDTRACE_H

#include <stdbool.h>
#include <sys/types.h>

enum { DP_PIDNS = 1u << 0, DP_COMM = 1u << 1 };
extern unsigned decode_pid_kinds;

struct dctx;
/* a pid of xstrace's own pid namespace (a pidfd's), then <comm> of that
 * thread or process when -Y asks for it */
void print_pid_plain(struct dctx *d, int pid);
/* a pid as the tracee d->mem->pid sees it (arguments, results): <comm>
 * for positive pids; with decode-pids=pidns, when the tracee lives in
 * another pid namespace, the comment "N in strace's PID NS" (a negative pid
 * is a process group: translated, no comm) */
void print_pid_arg(struct dctx *d, int pid);
/* the traced thread's own comm for the line prefix ("" when unknown or
 * -Y is off), cached until the thread execs */
const char *pidtrace_comm(pid_t tid);
void pidtrace_forget(pid_t tid);
struct outfile;
/* the pid prefix of a line: "1234<comm> " (bare, -o with -f) or
 * "[pid  1234<comm>] " */
void pidtrace_prefix(struct outfile *f, pid_t pid, bool bare);
/* -e decode-pids=SET; false after printing strace's error */
bool parse_decode_pids(const char *spec);

#endif
