/* arm's private calls (numbers 0xf0000 + n): get_tls, set_tls (with the
 * thread pointer it already has, so nothing changes) and cacheflush of a
 * buffer of ours. The trace must name them as strace does and print
 * their arguments as strace's raw printer does (hex words). Their results
 * are the kernel's, printed as it gave them: an arm kernel answers
 * get_tls, arm64's compat layer may not. Prints the lines the trace must
 * hold; off arm, says so and exits 77. (breakpoint raises SIGTRAP and
 * usr26/usr32 SIGILL on CPUs without 26-bit mode: not called.) */
#include <errno.h>
#include <stdio.h>
#include <unistd.h>

#include "expect.h"

#if defined(__arm__)
static const char *ret_of(long r, int err)
{
	static char buf[64];
	if (r != -1) {
		snprintf(buf, sizeof(buf), "%ld", r);
		return buf;
	}
	switch (err) {
	case ENOSYS: return "-1 ENOSYS (Function not implemented)";
	case EINVAL: return "-1 EINVAL (Invalid argument)";
	case EFAULT: return "-1 EFAULT (Bad address)";
	case EPERM: return "-1 EPERM (Operation not permitted)";
	}
	snprintf(buf, sizeof(buf), "-1 (errno %d)", err);
	return buf;
}

static char code[256] __attribute__((aligned(64)));

int main(void)
{
	unsigned long tp = (unsigned long)__builtin_thread_pointer();
	long r;

	errno = 0;
	r = syscall(0xf0006);
	expect(ret_of(r, errno), "get_tls()");

	errno = 0;
	r = syscall(0xf0005, tp);
	expect(ret_of(r, errno), "set_tls(%#lx)", tp);

	errno = 0;
	r = syscall(0xf0002, (unsigned long)code, (unsigned long)(code + sizeof(code)), 0UL);
	expect(ret_of(r, errno), "cacheflush(%#lx, %#lx, 0)", (unsigned long)code,
	       (unsigned long)(code + sizeof(code)));
	return 0;
}
#else
int main(void)
{
	fprintf(stderr, "arm private calls: an arm test\n");
	return 77;
}
#endif
