/* Helpers of the pr_* self-printing programs (process and memory
 * decoders): the text strace gives a return value, and the structures
 * these programs get back from the kernel, printed from their own copy. */
#ifndef XSTRACE_TEST_PR_UTIL_H
#define XSTRACE_TEST_PR_UTIL_H

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "expect.h"

static inline const char *errno_name(int e)
{
	const char *n = strerrorname_np(e);
	return n ? n : "E???";
}

/* "= 3", or "= -1 ENOENT (No such file or directory)" */
static inline const char *ret_int(long r, int err)
{
	static char buf[128];
	if (r == -1)
		snprintf(buf, sizeof(buf), "-1 %s (%s)", errno_name(err), strerror(err));
	else
		snprintf(buf, sizeof(buf), "%ld", r);
	return buf;
}

/* addresses and other hex returns: 0 prints as "0" */
static inline const char *ret_hex(unsigned long r, int err)
{
	static char buf[128];
	if ((long)r == -1)
		return ret_int(-1, err);
	snprintf(buf, sizeof(buf), r ? "%#lx" : "0", r);
	return buf;
}

/* pointers as strace prints them */
static inline const char *ptr(const void *p)
{
	static char bufs[4][32];
	static int i;
	char *b = bufs[i++ & 3];
	if (!p)
		snprintf(b, 32, "NULL");
	else
		snprintf(b, 32, "%#lx", (unsigned long)p);
	return b;
}

/* {ru_utime={tv_sec=0, tv_usec=123}, ru_stime={...}, ...} */
static inline const char *rusage_text(const struct rusage *ru)
{
	static char buf[160];
	snprintf(buf, sizeof(buf),
		 "{ru_utime={tv_sec=%ld, tv_usec=%ld}, ru_stime={tv_sec=%ld, tv_usec=%ld}, ...}",
		 (long)ru->ru_utime.tv_sec, (long)ru->ru_utime.tv_usec,
		 (long)ru->ru_stime.tv_sec, (long)ru->ru_stime.tv_usec);
	return buf;
}

/* clock ticks with the seconds as a comment when not 0 */
static inline void ticks_text(char *out, size_t n, long t)
{
	long hz = sysconf(_SC_CLK_TCK);
	if (!t || hz <= 0) {
		snprintf(out, n, "%ld", t);
		return;
	}
	long scale = 1;
	int digits = 0;
	while (scale < hz) {
		scale *= 10;
		digits++;
	}
	snprintf(out, n, "%ld /* %ld.%0*ld s */", t, t / hz, digits, t % hz * scale / hz);
}

/* the siginfo of a child that exited normally */
static inline const char *child_siginfo_text(const siginfo_t *si)
{
	static char buf[256];
	char ut[64], st[64];
	if (!si->si_signo)
		return "{}";
	ticks_text(ut, sizeof(ut), (long)si->si_utime);
	ticks_text(st, sizeof(st), (long)si->si_stime);
	snprintf(buf, sizeof(buf),
		 "{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=%d, si_uid=%u, si_status=%d, "
		 "si_utime=%s, si_stime=%s}",
		 (int)si->si_pid, (unsigned)si->si_uid, si->si_status, ut, st);
	return buf;
}

/* all output at exit, so that printing makes no syscalls in between */
static inline void pr_buffer_stdout(void)
{
	static char outbuf[1 << 16];
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
}

#endif
