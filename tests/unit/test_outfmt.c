/* outfmt_fast (out_printf's fast path) must give glibc's bytes for every
 * format it accepts, and refuse the others without writing a thing. */
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "output.h"

static int failures, checks;

static int fast_into(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = outfmt_fast(buf, cap, fmt, ap);
	va_end(ap);
	return n;
}

/* formats with both and compares; want_fast: the fast path must accept */
static void cmp(int want_fast, const char *fmt, ...)
{
	char fast[256], slow[256];
	va_list ap;
	memset(fast, 0, sizeof(fast));
	va_start(ap, fmt);
	int n = outfmt_fast(fast, sizeof(fast), fmt, ap);
	va_end(ap);
	va_start(ap, fmt);
	int m = vsnprintf(slow, sizeof(slow), fmt, ap);
	va_end(ap);
	checks++;
	if (want_fast ? (n != m || memcmp(fast, slow, (size_t)m)) : n != -1) {
		failures++;
		printf("not ok %d - \"%s\"\n#   want: %s\n#   got:  %d \"%.*s\"\n", checks, fmt,
		       want_fast ? slow : "-1", n, n > 0 ? n : 0, fast);
	} else {
		printf("ok %d - \"%s\" -> %s\n", checks, fmt, want_fast ? slow : "refused");
	}
}

int main(void)
{
	static const long long ll[] = { 0, 1, -1, 7, 9, 10, 255, 4096, 0644, -42, INT_MAX, INT_MIN,
					LLONG_MAX, LLONG_MIN, 0x7fffffff12345678LL };
	for (unsigned i = 0; i < sizeof(ll) / sizeof(ll[0]); i++) {
		long long v = ll[i];
		cmp(1, "%d", (int)v);
		cmp(1, "%i", (int)v);
		cmp(1, "%u", (unsigned)v);
		cmp(1, "%x", (unsigned)v);
		cmp(1, "%#x", (unsigned)v);
		cmp(1, "%#X", (unsigned)v);
		cmp(1, "%o", (unsigned)v);
		cmp(1, "%#o", (unsigned)v);
		cmp(1, "%#03o", (unsigned)v);
		cmp(1, "%ld", (long)v);
		cmp(1, "%lu", (unsigned long)v);
		cmp(1, "%lx", (unsigned long)v);
		cmp(1, "%#lx", (unsigned long)v);
		cmp(1, "%lld", v);
		cmp(1, "%llu", (unsigned long long)v);
		cmp(1, "%#llx", (unsigned long long)v);
		cmp(1, "%zu", (size_t)v);
		cmp(1, "%" PRId64 " %" PRIu64 " %#" PRIx64, (int64_t)v, (uint64_t)v, (uint64_t)v);
		cmp(1, "%-5d|", (int)v);
		cmp(1, "%5d|", (int)v);
		cmp(1, "%05d|", (int)v);
		cmp(1, "%-05d|", (int)v);
		cmp(1, "%#010x|", (unsigned)v);
		cmp(1, "%08lx|", (unsigned long)v);
		cmp(1, "[pid %5u] ", (unsigned)v);
	}
	cmp(1, "plain text, no conversions");
	cmp(1, "");
	cmp(1, "100%% %s (%s)", "EINVAL", "Invalid argument");
	cmp(1, "%c%c%c", 'a', '"', '\\');
	cmp(1, "%3c|%-3c|", 'x', 'y');
	cmp(1, "%s", "");
	cmp(1, "%10s|%-10s|", "right", "left");
	cmp(1, "%p", (void *)0x7ffd1234);
	cmp(1, "{tv_sec=%lld, tv_nsec=%ld}", 1700000000LL, 123456789L);
	cmp(1, " /* %s */", "SIGRTMIN");
	/* refused: precision, '*', h, + and space, floating point, NULLs */
	cmp(0, "%.3s", "abcdef");
	cmp(0, "%.*s", 4, "abcdef");
	cmp(0, "%*d", 5, 3);
	cmp(0, "%hd", 3);
	cmp(0, "%+d", 3);
	cmp(0, "% d", 3);
	cmp(0, "%f", 1.5);
	cmp(0, "%s", (char *)NULL);
	cmp(0, "%p", (void *)0);
	cmp(0, "%0*" PRIx64, 16, (uint64_t)1);
	cmp(0, "%5%");
	cmp(0, "%-5%");
	/* too long for the buffer: refused, not cut */
	{
		char small[4];
		checks++;
		if (fast_into(small, sizeof(small), "%d", 123456) != -1) {
			failures++;
			printf("not ok %d - overflow refused\n", checks);
		} else {
			printf("ok %d - overflow refused\n", checks);
		}
	}
	/* out_dec, out_udec, out_hex against printf */
	struct outfile *f = outfile_memory();
	for (unsigned i = 0; i < sizeof(ll) / sizeof(ll[0]); i++) {
		char want[96];
		int64_t v = ll[i];
		snprintf(want, sizeof(want), "%" PRId64 " %" PRIu64 " %#" PRIx64, v, (uint64_t)v, (uint64_t)v);
		f->len = 0;
		out_dec(f, v);
		out_putc(f, ' ');
		out_udec(f, (uint64_t)v);
		out_putc(f, ' ');
		out_hex(f, (uint64_t)v);
		checks++;
		if (f->len != strlen(want) || memcmp(f->buf, want, f->len)) {
			failures++;
			printf("not ok %d - out_dec/udec/hex\n#   want: %s\n#   got:  %.*s\n", checks, want, (int)f->len, f->buf);
		} else {
			printf("ok %d - out_dec/udec/hex %s\n", checks, want);
		}
	}
	free(f->buf);
	free(f);
	printf("1..%d\n", checks);
	return failures ? 1 : 0;
}
