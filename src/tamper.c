/* Tampering with a stopped syscall. PTRACE_SET_SYSCALL_INFO (Linux 6.16+)
 * takes the same record PTRACE_GET_SYSCALL_INFO hands out, so we fetch it,
 * change one field and hand it back; kernels without it (EIO) and the
 * XSTRACE_FORCE_REGS knob use the per-arch register writes of arch/. */
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "regs.h"
#include "tamper.h"

static int have_set_info = -1;   /* unknown until first tried */
static const char *last_source = "none";

const char *tamper_source(void)
{
	return last_source;
}

/* 1 done, 0 not available here (use registers), -1 failed */
static int via_info(pid_t pid, bool exiting, int64_t v, bool is_error)
{
	if (have_set_info == 0)
		return 0;
	struct kernel_syscall_info ki;
	memset(&ki, 0, sizeof(ki));
	if (ptrace((enum __ptrace_request)XSTRACE_PTRACE_GET_SYSCALL_INFO, pid,
		   (void *)sizeof(ki), &ki) <= 0)
		return have_set_info == 1 ? -1 : 0;
	if (exiting) {
		if (ki.op != OP_EXIT)
			return 0;
		ki.exit.rval = v;
		ki.exit.is_error = is_error;
	} else {
		if (ki.op != OP_ENTRY && ki.op != OP_SECCOMP)
			return 0;
		ki.entry.nr = (uint64_t)v;   /* seccomp's record starts the same */
	}
	memset(ki.pad, 0, sizeof(ki.pad));   /* flags and reserved: zero */
	if (ptrace((enum __ptrace_request)XSTRACE_PTRACE_SET_SYSCALL_INFO, pid,
		   (void *)sizeof(ki), &ki) == 0) {
		have_set_info = 1;
		last_source = "PTRACE_SET_SYSCALL_INFO";
		return 1;
	}
	if (errno == EIO && have_set_info < 0) {
		have_set_info = 0;   /* an older kernel */
		return 0;
	}
	return errno == ESRCH ? -1 : 0;
}

int tamper_set_nr(pid_t pid, int64_t nr, bool force_regs)
{
	if (!force_regs) {
		int r = via_info(pid, false, nr, false);
		if (r)
			return r > 0 ? 0 : -1;
	}
	last_source = "registers";
	return arch_set_scno(pid, nr);
}

int tamper_set_rval(pid_t pid, int64_t rval, bool is_error, bool force_regs)
{
	if (!force_regs) {
		int r = via_info(pid, true, rval, is_error);
		if (r)
			return r > 0 ? 0 : -1;
	}
	last_source = "registers";
	return arch_set_rval(pid, rval);
}

/* process_vm_writev, or word by word with PTRACE_POKEDATA where it cannot
 * write (read-only mappings, or no cross-memory attach). */
int tamper_write_mem(pid_t pid, uint64_t addr, const void *buf, size_t len)
{
	struct iovec local = { (void *)buf, len };
	struct iovec remote = { (void *)(uintptr_t)addr, len };
	if (process_vm_writev(pid, &local, 1, &remote, 1, 0) == (ssize_t)len)
		return 0;
	const unsigned char *src = buf;
	size_t ws = sizeof(long);
	while (len) {
		uint64_t base = addr & ~(uint64_t)(ws - 1);
		size_t off = (size_t)(addr - base);
		size_t n = ws - off < len ? ws - off : len;
		long word = 0;
		if (off || n < ws) {
			errno = 0;
			word = ptrace(PTRACE_PEEKDATA, pid, (void *)(uintptr_t)base, 0);
			if (errno)
				return -1;
		}
		memcpy((char *)&word + off, src, n);
		if (ptrace(PTRACE_POKEDATA, pid, (void *)(uintptr_t)base, (void *)word) < 0)
			return -1;
		addr += n;
		src += n;
		len -= n;
	}
	return 0;
}
