/* -e inject=SET:... and -e fault=SET:...: syscall tampering. */
#ifndef XSTRACE_INJECT_H
#define XSTRACE_INJECT_H

#include <stdbool.h>
#include "regs.h"
#include "tcb.h"

struct outfile;

/* Any -e inject/-e fault given: the per-stop hooks have work to do. */
extern bool inject_enabled;

/* Parses one expression (the part after "inject=" or "fault="); prints
 * strace's message and exits 1 when it is malformed. */
void inject_parse(const char *spec, bool fault);

/* At an entry stop, after the line was started: tampers with the call if
 * its turn has come. Returns the signal to resume with, or -1 when the
 * tracee is to stay stopped for a delay (inject_run_due resumes it). */
int inject_entering(struct tcb *t, const struct stop_info *si);
/* At the exit stop of a call marked TCB_INJECT_EXIT: sets the injected
 * result (also in *si), pokes memory. Returns -1 for a delay, else 0. */
int inject_exiting(struct tcb *t, struct stop_info *si);
/* " (INJECTED)", " (INJECTED: args, retval)", " (DELAYED)" ... */
void inject_print_suffix(struct tcb *t, struct outfile *f);

/* Delays: resumes the tracees whose delay is over, arms a timer (SIGALRM)
 * for the next. */
extern struct tcb *inject_delayed;
void inject_run_due(void (*resume)(struct tcb *t, int sig));
/* The tcb is going away. */
void inject_forget(struct tcb *t);
/* Held stopped by a delay (a detach must not wait for a stop). */
bool inject_holding(const struct tcb *t);

#endif
