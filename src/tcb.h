/* One traced thread. */
#ifndef XSTRACE_TCB_H
#define XSTRACE_TCB_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>
#include "sysent.h"

struct outfile;
struct inject_tcb;
struct stack_tcb;

enum tcb_flags {
	TCB_INSYSCALL = 1u << 0,     /* between entry and exit stops */
	TCB_FILTERED = 1u << 1,      /* current syscall not printed */
	TCB_STARTUP = 1u << 2,       /* seized, first stop not seen yet */
	TCB_ATTACHED = 1u << 3,      /* -p: detach, do not kill, at the end */
	TCB_HIDE_LOG = 1u << 4,      /* before the first execve of the command */
	TCB_REPRINT = 1u << 5,       /* line interrupted: print "resumed" */
	TCB_GROUP_STOP = 1u << 6,    /* in a group stop (PTRACE_LISTEN) */
	TCB_IGNORE_ONE_SIGSTOP = 1u << 7,
	TCB_EXITING_PRINTED = 1u << 8, /* line printed with "= ?" already */
	TCB_COUNTED = 1u << 9,       /* -c: count the current call at exit */
	TCB_SECCOMP = 1u << 10,      /* under our seccomp filter: run with PTRACE_CONT */
	TCB_INJECT_EXIT = 1u << 11,  /* -e inject: work to do at the exit stop */
};

/* The syscall in progress: everything a decoder may read. */
struct syscall_state {
	const struct abi *abi;
	const struct sysent *ent;
	uint64_t nr;
	uint64_t args[6];
	int64_t rval;         /* exit: return value, or -errno */
	int error;            /* exit: errno, 0 on success */
	uint64_t sp, ip;
	uint64_t aux[4];      /* decoder's own state between entry and exit */
	uint64_t prev_nr;     /* this thread's previous syscall (restart_syscall) */
	uint8_t qual;         /* enum qual_bits (printopts.h); 0: the defaults */
	/* -N and --color: where the open line's name and arguments start in
	 * the output buffer, and the argument that comes next */
	uint32_t name_at, args_at;
	uint8_t args_next;
	bool args_open;
};

struct tcb {
	pid_t pid;
	pid_t tgid;           /* thread group (process) id */
	uint32_t flags;
	struct tcb *hnext;    /* hash chain */
	struct outfile *out;
	const struct abi *abi; /* ABI of the last stop, for personality notices */
	struct syscall_state sc;
	int restart_sig;      /* signal to re-inject at the next resume */
	unsigned long scno_toggle;  /* register path: entry/exit toggle */
	struct timespec entry_time; /* -T, -c: when the current call entered */
	uint64_t entry_stime;       /* -c: the tracee's system time then, ns */
	uint64_t stop_ip;           /* -i: instruction pointer at the last stop */
	/* -z/-Z: the line of the current call is held in stage until its
	 * status is known; real_out is where it goes if it is printed */
	struct outfile *stage;
	struct outfile *real_out;
	struct inject_tcb *inj;     /* -e inject: counts and the current action */
	struct stack_tcb *stk;      /* -k: maps, unwinder, the captured stack */
};

struct tcb *tcb_find(pid_t pid);
struct tcb *tcb_new(pid_t pid);
void tcb_drop(struct tcb *t);
unsigned tcb_count(void);
/* Iterate over all tcbs (rare paths only: detach-all, exit). */
struct tcb *tcb_first(void);
struct tcb *tcb_next(struct tcb *t);

#endif
