/* aarch64 (and arm EABI tracees of it): syscall registers via
 * PTRACE_GETREGSET, for kernels without PTRACE_GET_SYSCALL_INFO. The
 * regset's size tells a 32-bit tracee (18 words) from a 64-bit one. */
#include <elf.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "generated/abi_ids.h"
#include "regs.h"

struct regs64 { uint64_t x[31], sp, pc, pstate; };
struct regs32 { uint32_t r[18]; };   /* r0-r15, cpsr, orig_r0 */

int arch_get_regs_info(pid_t pid, bool exiting, struct stop_info *out)
{
	union { struct regs64 r64; struct regs32 r32; } u;
	struct iovec iov = { &u, sizeof(u) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	memset(out, 0, sizeof(*out));
	out->op = exiting ? OP_EXIT : OP_ENTRY;
	if (iov.iov_len == sizeof(struct regs32)) {
		const uint32_t *r = u.r32.r;
		out->arch = AUDIT_ARCH_OF_ARM;
		out->nr = r[7];
		for (int i = 0; i < 6; i++)
			out->args[i] = r[i];
		/* r0 holds the result at exit; the first argument survives in orig_r0 */
		out->args[0] = r[17];
		out->rval = (int32_t)r[0];
		out->ip = r[15];
		out->sp = r[13];
	} else {
		const struct regs64 *r = &u.r64;
		out->arch = AUDIT_ARCH_OF_AARCH64;
		out->nr = r->x[8];
		for (int i = 0; i < 6; i++)
			out->args[i] = r->x[i];
		out->rval = (int64_t)r->x[0];
		out->ip = r->pc;
		out->sp = r->sp;
	}
	return 0;
}

/* Tampering (-e inject): the kernel takes a new syscall number through the
 * NT_ARM_SYSTEM_CALL regset (64-bit and compat tracees alike); the result
 * is x0 (r0). */
#define XSTRACE_NT_ARM_SYSTEM_CALL 0x404

int arch_set_scno(pid_t pid, int64_t nr)
{
	int32_t n = (int32_t)nr;
	struct iovec iov = { &n, sizeof(n) };
	return ptrace(PTRACE_SETREGSET, pid, (void *)XSTRACE_NT_ARM_SYSTEM_CALL, &iov) < 0 ? -1 : 0;
}

int arch_set_rval(pid_t pid, int64_t rval)
{
	union { struct regs64 r64; struct regs32 r32; } u;
	struct iovec iov = { &u, sizeof(u) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	if (iov.iov_len == sizeof(struct regs32))
		u.r32.r[0] = (uint32_t)rval;
	else
		u.r64.x[0] = (uint64_t)rval;
	return ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0 ? -1 : 0;
}
