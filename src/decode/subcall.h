/* Multiplexed calls shown as the call they stand for. */
#ifndef XSTRACE_DECODE_SUBCALL_H
#define XSTRACE_DECODE_SUBCALL_H

#include <stdbool.h>
#include "mem.h"
#include "tcb.h"

/* At entry: when sc is an i386 socketcall(call, args) with a known call
 * number and readable arguments, turn it into that call (its sysent, its
 * syscall number where the ABI has one, its arguments), as strace shows
 * it; otherwise leave it alone. */
void socketcall_resolve(struct syscall_state *sc, const struct mem_reader *m);

/* The same for ipc(call, ...) (ipccall.c) */
void ipc_resolve(struct syscall_state *sc);

#endif
