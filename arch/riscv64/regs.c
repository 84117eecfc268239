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

/* Tampering (-e inject): the kernel re-reads the syscall number from a7
 * after the entry stop; the result is a0. */
static int set_reg(pid_t pid, int idx, int64_t v)
{
	uint64_t r[NREGS];
	struct iovec iov = { r, sizeof(r) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	r[idx] = (uint64_t)v;
	return ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0 ? -1 : 0;
}

int arch_set_scno(pid_t pid, int64_t nr)
{
	return set_reg(pid, R_A7, nr);
}

int arch_set_rval(pid_t pid, int64_t rval)
{
	return set_reg(pid, R_A0, rval);
}
