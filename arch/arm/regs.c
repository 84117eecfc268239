/* arm (EABI): syscall registers via PTRACE_GETREGSET, for kernels without
 * PTRACE_GET_SYSCALL_INFO. */
#include <elf.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "generated/abi_ids.h"
#include "regs.h"

int arch_get_regs_info(pid_t pid, bool exiting, struct stop_info *out)
{
	uint32_t r[18];   /* r0-r15, cpsr, orig_r0 */
	struct iovec iov = { r, sizeof(r) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	memset(out, 0, sizeof(*out));
	out->op = exiting ? OP_EXIT : OP_ENTRY;
	out->arch = AUDIT_ARCH_OF_ARM;
	out->nr = r[7];
	for (int i = 0; i < 6; i++)
		out->args[i] = r[i];
	/* r0 holds the result at exit; the first argument survives in orig_r0 */
	out->args[0] = r[17];
	out->rval = (int32_t)r[0];
	out->ip = r[15];
	out->sp = r[13];
	return 0;
}

/* Tampering (-e inject): a new syscall number goes through
 * PTRACE_SET_SYSCALL (the kernel has read r7 already); the result is r0. */
#define XSTRACE_PTRACE_SET_SYSCALL 23

int arch_set_scno(pid_t pid, int64_t nr)
{
	return ptrace((enum __ptrace_request)XSTRACE_PTRACE_SET_SYSCALL, pid, 0,
		      (void *)(long)(int32_t)nr) < 0 ? -1 : 0;
}

int arch_set_rval(pid_t pid, int64_t rval)
{
	uint32_t r[18];
	struct iovec iov = { r, sizeof(r) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	r[0] = (uint32_t)rval;
	return ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0 ? -1 : 0;
}
