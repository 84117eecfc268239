/* Helpers of the fd_* self-printing programs: the return part of an
 * expected line from what a call returned, and strace's quoting of the
 * plain text these programs use. */
#ifndef XSTRACE_TEST_FD_UTIL_H
#define XSTRACE_TEST_FD_UTIL_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "expect.h"

/* "3", or "-1 ENOENT (No such file or directory)" (strace's messages are
 * the C library's for every errno these programs can meet) */
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

/* Runs a call and keeps its result for RET. */
static long last_ret;
static int last_err;
#define DO(call) do { errno = 0; last_ret = (long)(call); last_err = errno; } while (0)
#define RET ret_text(last_ret, last_err)

/* "text" as strace quotes it, at most max bytes, then "..." when cut.
 * Only printable ASCII, \n, \t, \" and \\ occur in these programs. */
static inline const char *quoted(const char *s, size_t len, size_t max)
{
	static char bufs[8][1024];
	static unsigned next;
	char *b = bufs[next++ % 8];
	size_t n = len < max ? len : max, o = 0;
	b[o++] = '"';
	for (size_t i = 0; i < n && o < sizeof(bufs[0]) - 8; i++) {
		char c = s[i];
		if (c == '\n') { b[o++] = '\\'; b[o++] = 'n'; }
		else if (c == '\t') { b[o++] = '\\'; b[o++] = 't'; }
		else if (c == '"' || c == '\\') { b[o++] = '\\'; b[o++] = c; }
		else if (c == '\0') { b[o++] = '\\'; b[o++] = '0'; }
		else b[o++] = c;
	}
	b[o++] = '"';
	if (len > max) {
		memcpy(b + o, "...", 3);
		o += 3;
	}
	b[o] = '\0';
	return b;
}

/* -s of the run, given to the program as its first argument */
static inline size_t strlimit_arg(int argc, char **argv)
{
	return argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 32;
}

#endif
