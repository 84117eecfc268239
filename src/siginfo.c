/* siginfo_t as strace prints it in "--- SIG... {...} ---" lines, with the
 * printer of the rt_sig* decoders (src/decode/signal.c): one printer for
 * every si_code family, whoever asks. PTRACE_GETSIGINFO hands the tracer
 * its own layout whatever the tracee's ABI, so the struct is read in the
 * layout of an ABI of the tracer's word size (siginfo_t is laid out the
 * same on all of them); the tracee's ABI still names si_syscall. */
#include <stddef.h>

#include "decode/common.h"
#include "print.h"
#include "siginfo.h"

static bool layout_is_host(const struct abi *a)
{
	return a->wordsize == sizeof(long) &&
		SZ(a, siginfo) == (int)sizeof(siginfo_t) &&
		OFF(a, siginfo, si_pid) == (int)offsetof(siginfo_t, si_pid) &&
		OFF(a, siginfo, si_addr) == (int)offsetof(siginfo_t, si_addr) &&
		OFF(a, siginfo, si_utime) == (int)offsetof(siginfo_t, si_utime);
}

static const struct abi *host_siginfo_abi(void)
{
	static const struct abi *host;
	if (!host) {
		for (int i = 0; i < ABI_COUNT && !host; i++)
			if (layout_is_host(&abis[i]))
				host = &abis[i];
		if (!host)
			host = &abis[0];
	}
	return host;
}

void print_siginfo(struct dctx *d, const siginfo_t *si)
{
	print_siginfo_buf(d, host_siginfo_abi(), (const unsigned char *)si);
}
