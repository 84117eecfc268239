/* PTRACE_GET_SYSCALL_INFO at each stop, once; the register path when the
 * kernel lacks it (probed at the first stop) or when the test knob
 * XSTRACE_FORCE_REGS asks for it. */
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>

#include "regs.h"

static int have_info = -1;   /* unknown until the first stop */
static const char *last_source = "none";

const char *stop_info_source(void)
{
	return last_source;
}

int get_stop_info(pid_t pid, bool exiting_hint, bool force_regs, struct stop_info *out)
{
	if (!force_regs && have_info != 0) {
		struct kernel_syscall_info ki;
		long n = ptrace((enum __ptrace_request)XSTRACE_PTRACE_GET_SYSCALL_INFO,
				pid, (void *)sizeof(ki), &ki);
		if (n > 0) {
			have_info = 1;
			last_source = "PTRACE_GET_SYSCALL_INFO";
			memset(out, 0, sizeof(*out));
			out->op = ki.op;
			out->arch = ki.arch;
			out->ip = ki.instruction_pointer;
			out->sp = ki.stack_pointer;
			if (ki.op == OP_ENTRY || ki.op == OP_SECCOMP) {
				out->nr = ki.entry.nr;
				memcpy(out->args, ki.entry.args, sizeof(out->args));
			} else if (ki.op == OP_EXIT) {
				out->rval = ki.exit.rval;
				out->is_error = ki.exit.is_error;
			}
			return 0;
		}
		if (n < 0 && errno == ESRCH)
			return -1;
		if (n < 0 && (errno == EIO || errno == EINVAL))
			have_info = 0;
	}
	if (arch_get_regs_info(pid, exiting_hint, out) < 0)
		return -1;
	last_source = "PTRACE_GETREGSET";
	/* the registers hold -errno; the kernel's own view says the same */
	out->is_error = out->rval < 0 && out->rval >= -4095;
	return 0;
}
