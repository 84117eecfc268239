/* The filter is built in the tracer from the -e trace= set: per ABI, check
 * the audit arch, then the ranges of traced syscall numbers; a traced call
 * returns SECCOMP_RET_TRACE (the tracer gets a PTRACE_EVENT_SECCOMP stop),
 * everything else SECCOMP_RET_ALLOW and never stops. */
#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "error.h"
#include "seccomp.h"
#include "decode/subcall.h"

static struct sock_filter *prog;
static unsigned len, cap;

static void emit(uint16_t code, uint32_t k, uint8_t jt, uint8_t jf)
{
	if (len == cap) {
		cap = cap ? cap * 2 : 256;
		prog = realloc(prog, cap * sizeof(*prog));
		if (!prog)
			error_msg_and_die("out of memory");
	}
	prog[len++] = (struct sock_filter){ code, jt, jf, k };
}

/* nr in [lo, hi] -> RET_TRACE; three instructions a range */
static void emit_range(uint32_t lo, uint32_t hi)
{
	emit(BPF_JMP | BPF_JGE | BPF_K, lo, 0, 2);
	emit(BPF_JMP | BPF_JGT | BPF_K, hi, 1, 0);
	emit(BPF_RET | BPF_K, SECCOMP_RET_TRACE, 0, 0);
}

static void emit_abi(const struct trace_set *t, const struct abi *abi, bool all)
{
	/* if the arch is not this ABI's, jump over its block */
	emit(BPF_JMP | BPF_JEQ | BPF_K, abi->audit_arch, 1, 0);
	unsigned skip_at = len;
	emit(BPF_JMP | BPF_JA | BPF_K, 0, 0, 0);
	emit(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr), 0, 0);
	if (all) {
		emit(BPF_RET | BPF_K, SECCOMP_RET_TRACE, 0, 0);
	} else {
		uint32_t n = abi->nsyscalls;
		for (uint32_t nr = 0; nr < n;) {
			if (!trace_set_has(t, abi, nr)) {
				nr++;
				continue;
			}
			uint32_t lo = nr;
			while (nr < n && trace_set_has(t, abi, nr))
				nr++;
			emit_range(lo, nr - 1);
		}
		for (uint32_t i = 0; i < abi->nsparse; i++)
			if (trace_set_has(t, abi, abi->sparse[i].nr))
				emit_range(abi->sparse[i].nr, abi->sparse[i].nr);
		int sc = socketcall_nr(abi);
		if (sc >= 0 && !trace_set_has(t, abi, (uint64_t)sc))
			emit_range((uint32_t)sc, (uint32_t)sc);
		emit(BPF_RET | BPF_K, SECCOMP_RET_ALLOW, 0, 0);
	}
	prog[skip_at].k = len - skip_at - 1;
	/* the arch word is needed again by the next block */
	emit(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch), 0, 0);
}

bool seccomp_build(const struct trace_set *t, bool trace_all)
{
	len = 0;
	emit(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch), 0, 0);
	for (int a = 0; a < ABI_COUNT; a++)
		emit_abi(t, &abis[a], trace_all);
	/* an arch we do not know: let the tracer see everything */
	emit(BPF_RET | BPF_K, SECCOMP_RET_TRACE, 0, 0);
	return len <= BPF_MAXINSNS;
}

int seccomp_install(void)
{
	struct sock_fprog fprog = { (unsigned short)len, prog };
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog) == 0)
		return 0;
	if (errno != EACCES)
		return -1;
	/* without CAP_SYS_ADMIN the kernel wants no_new_privs first */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -1;
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog);
}
