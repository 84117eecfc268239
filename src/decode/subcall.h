/* Multiplexed calls shown as the call they stand for. */
#ifndef XSTRACE_DECODE_SUBCALL_H
#define XSTRACE_DECODE_SUBCALL_H

#include <stdbool.h>
#include "mem.h"
#include "sysent.h"
#include "tcb.h"

/* At entry: when sc is an i386 socketcall(call, args) with a known call
 * number and readable arguments, turn it into that call (its sysent, its
 * syscall number where the ABI has one, its arguments), as strace shows
 * it; otherwise leave it alone. */
void socketcall_resolve(struct syscall_state *sc, const struct mem_reader *m);

/* The same for ipc(call, ...) (ipccall.c) */
void ipc_resolve(struct syscall_state *sc);

/* A socketcall turned into a call this ABI has no number for (i386's
 * accept, send, recv): the ABI and number of the call it was named after,
 * so that -e trace= can select it by name; false otherwise. */
bool subcall_named_in(const struct syscall_state *sc, const struct abi **abi, uint64_t *nr);

/* socketcall's number in abi, -1 when the ABI has none.  --seccomp-bpf
 * always stops at it, as strace does: which call it stands for is known
 * only once its arguments are read. */
int socketcall_nr(const struct abi *abi);

#endif
