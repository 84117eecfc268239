/* -k, --stack-trace: the tracee's stack at each syscall entry, printed
 * after the syscall's line, through libunwind's ptrace interface. */
#ifndef XSTRACE_STACKTRACE_H
#define XSTRACE_STACKTRACE_H

#include <stdbool.h>
#include "options.h"
#include "regs.h"
#include "tcb.h"

struct outfile;

/* -k given (only possible when built with libunwind). */
extern bool stacktrace_enabled;
/* --stack-trace-frame-limit=N, 256 by default */
extern unsigned stacktrace_frame_limit;

/* Options: -k (dies with strace's message without libunwind);
 * --stack-trace-frame-limit=N (exits 1 when malformed). */
void stacktrace_enable(void);
void stacktrace_set_limit(const char *arg);

/* At a syscall entry stop, after the line was started: captures the
 * stack of a printed call (startup: the command's own execve, whose
 * stack is captured at its exit, in the new program), and notes a call
 * that changes the mappings (TC_MAPS). */
void stacktrace_entering(struct tcb *t, bool startup);
/* At the exit stop, before the line ends: a deferred capture. */
void stacktrace_exiting(struct tcb *t, const struct stop_info *si);
/* After the line: prints the captured frames. */
void stacktrace_print(struct tcb *t, struct outfile *f);
/* After a signal line: the stack where the signal is delivered. */
void stacktrace_signal(struct tcb *t, struct outfile *f);
/* The tcb is going away. */
void stacktrace_forget(struct tcb *t);
/* Adds the TC_MAPS syscalls (for --seccomp-bpf: -k must see them). */
void stacktrace_add_to_set(struct trace_set *s);

#endif
