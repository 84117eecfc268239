/* siginfo_t as strace prints it in "--- SIG... {...} ---" lines. The tracer
 * gets its own (native) layout from PTRACE_GETSIGINFO whatever the tracee's
 * ABI, so this reads the host struct. */
#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

#include "print.h"
#include "siginfo.h"

static const struct xlat *code_set(const struct abi *abi, int sig, int code)
{
	if (code <= 0 || code == 0x80)
		return XLAT(abi, si_codes);
	switch (sig) {
	case SIGCHLD: return XLAT(abi, cld_codes);
	case SIGSEGV: return XLAT(abi, segv_codes);
	case SIGBUS: return XLAT(abi, bus_codes);
	case SIGILL: return XLAT(abi, ill_codes);
	case SIGFPE: return XLAT(abi, fpe_codes);
	case SIGTRAP: return XLAT(abi, trap_codes);
	case SIGPOLL: return XLAT(abi, poll_codes);
	}
	return XLAT(abi, si_codes);
}

/* clock ticks, followed by the seconds they make as a comment when not
 * zero: "1" then " 0.01 s" in comment markers, at 100 ticks a second */
static void print_clock_ticks(struct dctx *d, uint64_t ticks)
{
	static long hz;
	if (!hz)
		hz = sysconf(_SC_CLK_TCK);
	PF(d, "%" PRIu64, ticks);
	if (!ticks || hz <= 0)
		return;
	/* as many decimals as one tick needs: 2 at 100 Hz */
	uint64_t scale = 1;
	int digits = 0;
	while (scale < (uint64_t)hz) {
		scale *= 10;
		digits++;
	}
	PF(d, " /* %" PRIu64 ".%0*" PRIu64 " s */", ticks / (uint64_t)hz, digits,
	   ticks % (uint64_t)hz * scale / (uint64_t)hz);
}

static bool is_fault_signal(int sig)
{
	return sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE || sig == SIGTRAP;
}

void print_siginfo(struct dctx *d, const siginfo_t *si)
{
	int sig = si->si_signo;
	int code = si->si_code;
	P(d, "{si_signo=");
	print_signo(d, sig);
	P(d, ", si_code=");
	const char *cname = xlat_name(code_set(d->abi, sig, code), (uint64_t)(int64_t)code);
	if (cname)
		P(d, cname);
	else
		PF(d, "%d", code);
	if (si->si_errno)
		PF(d, ", si_errno=%d", si->si_errno);

	if (code <= 0) {
		/* sent by a process: kill, tkill, sigqueue, ... */
		if (code == SI_TIMER) {
			PF(d, ", si_timerid=%#x, si_overrun=%d", (unsigned)si->si_timerid, si->si_overrun);
			PF(d, ", si_int=%d, si_ptr=%p", si->si_int, si->si_ptr);
		} else if (code != SI_KERNEL) {
			PF(d, ", si_pid=%d, si_uid=%u", si->si_pid, (unsigned)si->si_uid);
			if (code == SI_QUEUE || code == SI_MESGQ)
				PF(d, ", si_int=%d, si_ptr=%p", si->si_int, si->si_ptr);
		}
		P(d, "}");
		return;
	}
	if (code == SI_KERNEL) {
		if (is_fault_signal(sig)) {
			P(d, ", si_addr=");
			print_ptr(d, (uint64_t)(uintptr_t)si->si_addr);
		}
		P(d, "}");
		return;
	}
	switch (sig) {
	case SIGCHLD:
		PF(d, ", si_pid=%d, si_uid=%u, si_status=", si->si_pid, (unsigned)si->si_uid);
		if (code == CLD_EXITED)
			PF(d, "%d", si->si_status);
		else
			print_signo(d, si->si_status);
		P(d, ", si_utime=");
		print_clock_ticks(d, (uint64_t)si->si_utime);
		P(d, ", si_stime=");
		print_clock_ticks(d, (uint64_t)si->si_stime);
		break;
	case SIGSEGV: case SIGBUS: case SIGILL: case SIGFPE: case SIGTRAP:
		P(d, ", si_addr=");
		print_ptr(d, (uint64_t)(uintptr_t)si->si_addr);
		break;
	case SIGPOLL:
		PF(d, ", si_band=%ld, si_fd=%d", si->si_band, si->si_fd);
		break;
	case SIGSYS:
		P(d, ", si_call_addr=");
		print_ptr(d, (uint64_t)(uintptr_t)si->si_call_addr);
		PF(d, ", si_syscall=%d, si_arch=%#x", si->si_syscall, si->si_arch);
		break;
	default:
		PF(d, ", si_pid=%d, si_uid=%u", si->si_pid, (unsigned)si->si_uid);
	}
	P(d, "}");
}
