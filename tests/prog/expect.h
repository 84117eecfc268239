/* Self-printing test programs: each knows what it did (its fds, paths and
 * return values) and prints, on stdout, the lines xstrace must print for
 * it. The harness traces it with -o and compares the two. */
#ifndef XSTRACE_TEST_EXPECT_H
#define XSTRACE_TEST_EXPECT_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* strace aligns " = ret" at column 40 (default -a). */
static inline void expect(const char *ret, const char *fmt, ...)
{
	char call[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(call, sizeof(call), fmt, ap);
	va_end(ap);
	int len = (int)strlen(call);
	printf("%s%*s= %s\n", call, len < 40 ? 40 - len : 1, "", ret);
}

/* Lines without a return value (signals, exits). */
#define expect_raw(...) printf(__VA_ARGS__)

#endif
