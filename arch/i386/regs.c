/* i386: syscall registers via PTRACE_GETREGSET, for kernels without
 * PTRACE_GET_SYSCALL_INFO. */
#include <elf.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "generated/abi_ids.h"
#include "regs.h"

struct regs32 {
	uint32_t ebx, ecx, edx, esi, edi, ebp, eax, xds, xes, xfs, xgs,
		 orig_eax, eip, xcs, eflags, esp, xss;
};

int arch_get_regs_info(pid_t pid, bool exiting, struct stop_info *out)
{
	struct regs32 r;
	struct iovec iov = { &r, sizeof(r) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	memset(out, 0, sizeof(*out));
	out->op = exiting ? OP_EXIT : OP_ENTRY;
	out->arch = AUDIT_ARCH_OF_I386;
	out->nr = r.orig_eax;
	uint64_t a[6] = { r.ebx, r.ecx, r.edx, r.esi, r.edi, r.ebp };
	memcpy(out->args, a, sizeof(a));
	out->rval = (int32_t)r.eax;
	out->ip = r.eip;
	out->sp = r.esp;
	return 0;
}

/* Tampering (-e inject): the syscall number lives in orig_eax, the result
 * in eax. */
static int set_word(pid_t pid, bool nr_reg, int64_t v)
{
	struct regs32 r;
	struct iovec iov = { &r, sizeof(r) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	*(nr_reg ? &r.orig_eax : &r.eax) = (uint32_t)v;
	return ptrace(PTRACE_SETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0 ? -1 : 0;
}

int arch_set_scno(pid_t pid, int64_t nr)
{
	return set_word(pid, true, nr);
}

int arch_set_rval(pid_t pid, int64_t rval)
{
	return set_word(pid, false, rval);
}
