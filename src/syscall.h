#ifndef XSTRACE_SYSCALL_H
#define XSTRACE_SYSCALL_H

#include "regs.h"
#include "tcb.h"

/* Prints the start of a line for t: closes another tracee's open line with
 * " <unfinished ...>", then the pid prefix. */
enum leader_kind { LEAD_PLAIN, LEAD_SYSCALL, LEAD_SIGNAL, LEAD_EXIT };
/* LEAD_SYSCALL/SIGNAL/EXIT add -n's "[ nr] " and -i's "[ip] " */
void print_leader(struct tcb *t, enum leader_kind kind);
/* Ends t's open line (if any) with " <unfinished ...>". */
void close_open_line(struct tcb *t);

void syscall_entering(struct tcb *t, const struct stop_info *si);
void syscall_exiting(struct tcb *t, const struct stop_info *si);
/* The tracee is gone (or exec'd away) in the middle of a syscall: "= ?" */
void syscall_vanished(struct tcb *t);
/* -z/-Z: print or drop the held line of t's call (STATUS_* of the call) */
void release_staged_line(struct tcb *t, unsigned status);

/* How many tracees are alive (for the pid prefix). */
extern unsigned nprocs;
/* -c: the system time of the tracee of the current event (from wait4) */
extern uint64_t event_stime_ns;
/* --syscall-limit: as many calls as asked for have been printed */
extern bool syscall_limit_reached;

#endif
