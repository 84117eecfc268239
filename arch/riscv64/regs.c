/* riscv64: syscall registers via PTRACE_GETREGSET, for kernels without
 * PTRACE_GET_SYSCALL_INFO. */
#include <elf.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "generated/abi_ids.h"
#include "regs.h"

/* struct user_regs_struct: pc, then x1..x31 (ra, sp, gp, tp, t0-t2, s0,
 * s1, a0-a7, ...) */
enum { R_PC = 0, R_SP = 2, R_A0 = 10, R_A7 = 17, NREGS = 32 };

int arch_get_regs_info(pid_t pid, bool exiting, struct stop_info *out)
{
	uint64_t r[NREGS];
	struct iovec iov = { r, sizeof(r) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	memset(out, 0, sizeof(*out));
	out->op = exiting ? OP_EXIT : OP_ENTRY;
	out->arch = AUDIT_ARCH_OF_RISCV64;
	out->nr = r[R_A7];
	for (int i = 0; i < 6; i++)
		out->args[i] = r[R_A0 + i];
	out->rval = (int64_t)r[R_A0];
	out->ip = r[R_PC];
	out->sp = r[R_SP];
	return 0;
}
