/* x86_64 (and i386 tracees of it): syscall registers via PTRACE_GETREGSET,
 * for kernels without PTRACE_GET_SYSCALL_INFO. The regset's size tells a
 * 32-bit tracee from a 64-bit one, as the kernel hands each its own. */
#include <elf.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "generated/abi_ids.h"
#include "regs.h"

/* struct user_regs_struct, 64-bit and 32-bit */
struct regs64 {
	uint64_t r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8, rax, rcx, rdx,
		 rsi, rdi, orig_rax, rip, cs, eflags, rsp, ss, fs_base, gs_base,
		 ds, es, fs, gs;
};
struct regs32 {
	uint32_t ebx, ecx, edx, esi, edi, ebp, eax, xds, xes, xfs, xgs,
		 orig_eax, eip, xcs, eflags, esp, xss;
};

int arch_get_regs_info(pid_t pid, bool exiting, struct stop_info *out)
{
	union { struct regs64 r64; struct regs32 r32; } u;
	struct iovec iov = { &u, sizeof(u) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	memset(out, 0, sizeof(*out));
	out->op = exiting ? OP_EXIT : OP_ENTRY;
	if (iov.iov_len == sizeof(struct regs32)) {
		const struct regs32 *r = &u.r32;
		out->arch = AUDIT_ARCH_OF_I386;
		out->nr = r->orig_eax;
		uint64_t a[6] = { r->ebx, r->ecx, r->edx, r->esi, r->edi, r->ebp };
		memcpy(out->args, a, sizeof(a));
		out->rval = (int32_t)r->eax;
		out->ip = r->eip;
		out->sp = r->esp;
	} else {
		const struct regs64 *r = &u.r64;
		/* cs 0x23 is a 64-bit process making an int $0x80 call */
		bool compat = r->cs == 0x23;
		out->arch = compat ? AUDIT_ARCH_OF_I386 : AUDIT_ARCH_OF_X86_64;
		out->nr = compat ? (uint32_t)r->orig_rax : r->orig_rax;
		if (compat) {
			uint64_t a[6] = { (uint32_t)r->rbx, (uint32_t)r->rcx, (uint32_t)r->rdx,
					  (uint32_t)r->rsi, (uint32_t)r->rdi, (uint32_t)r->rbp };
			memcpy(out->args, a, sizeof(a));
			out->rval = (int32_t)r->rax;
		} else {
			uint64_t a[6] = { r->rdi, r->rsi, r->rdx, r->r10, r->r8, r->r9 };
			memcpy(out->args, a, sizeof(a));
			out->rval = (int64_t)r->rax;
		}
		out->ip = r->rip;
		out->sp = r->rsp;
	}
	return 0;
}

/* Tampering (-e inject): the syscall number lives in orig_rax (orig_eax),
 * the result in rax (eax). */
static int set_word(pid_t pid, bool nr_reg, int64_t v)
{
	union { struct regs64 r64; struct regs32 r32; } u;
	struct iovec iov = { &u, sizeof(u) };
	if (ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS, &iov) < 0)
		return -1;
	if (iov.iov_len == sizeof(struct regs32))
		*(nr_reg ? &u.r32.orig_eax : &u.r32.eax) = (uint32_t)v;
	else
		*(nr_reg ? &u.r64.orig_rax : &u.r64.rax) = (uint64_t)v;
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
