/* Helpers of the tm_* self-printing programs (signals, time, events): the
 * return part of an expected line from what a call returned. */
#ifndef XSTRACE_TEST_TM_UTIL_H
#define XSTRACE_TEST_TM_UTIL_H

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "expect.h"

/* "3", or "-1 ENOENT (No such file or directory)" */
static inline const char *ret_text(long r, int err)
{
	static char bufs[8][160];
	static unsigned next;
	char *b = bufs[next++ % 8];
	if (r == -1)
		snprintf(b, sizeof(bufs[0]), "-1 %s (%s)", strerrorname_np(err), strerror(err));
	else
		snprintf(b, sizeof(bufs[0]), "%ld", r);
	return b;
}

/* Runs a call and keeps its result for RET.  (syscall() is variadic:
 * the programs pass literal arguments as long, so that no upper half of a
 * 64-bit argument is left undefined.) */
static long last_ret;
static int last_err;
#define DO(call) do { errno = 0; last_ret = (long)(call); last_err = errno; } while (0)
#define RET ret_text(last_ret, last_err)

/* the same, with strace's text after the return value: "1 (in [3])" */
static inline const char *ret_aux(const char *aux)
{
	static char bufs[4][1200];
	static unsigned next;
	char *b = bufs[next++ % 4];
	if (last_ret == -1 || !aux || !*aux)
		return RET;
	snprintf(b, sizeof(bufs[0]), "%ld %s", last_ret, aux);
	return b;
}

/* All expected lines in one write at exit, wherever times make them
 * longer or shorter (the differential test masks the write). */
static inline void one_write(void)
{
	static char buf[1 << 20];
	setvbuf(stdout, buf, _IOFBF, sizeof(buf));
}

#endif
