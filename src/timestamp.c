/* Timestamps as strace prints them: the clock is read only when an option
 * asks for it (vDSO clock_gettime, no syscall). */
#include <stdint.h>
#include <string.h>

#include "options.h"
#include "timestamp.h"

static const long pow10_[] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000 };

int parse_precision(const char *s)
{
	static const struct { const char *name; int digits; } units[] = {
		{ "s", 0 }, { "ms", 3 }, { "us", 6 }, { "ns", 9 },
	};
	for (unsigned i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (!strcmp(s, units[i].name))
			return units[i].digits;
	return -1;
}

void now_monotonic(struct timespec *ts)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
}

/* seconds and the first `digits` decimals of the nanoseconds */
static void print_fraction(struct outfile *f, const char *secfmt, long long sec, long nsec, int digits)
{
	out_printf(f, secfmt, sec);
	if (digits)
		out_printf(f, ".%0*ld", digits, nsec / pow10_[9 - digits]);
}

static struct timespec ts_sub(struct timespec a, struct timespec b)
{
	a.tv_sec -= b.tv_sec;
	a.tv_nsec -= b.tv_nsec;
	if (a.tv_nsec < 0) {
		a.tv_nsec += 1000000000L;
		a.tv_sec--;
	}
	return a;
}

void print_timestamps(struct outfile *f)
{
	if (cfg->ts_format != TS_NONE) {
		struct timespec now;
		clock_gettime(CLOCK_REALTIME, &now);
		if (cfg->ts_format == TS_UNIX) {
			print_fraction(f, "%lld", (long long)now.tv_sec, now.tv_nsec, cfg->ts_digits);
		} else {
			char hms[16];
			struct tm tm;
			time_t t = now.tv_sec;
			strftime(hms, sizeof(hms), "%T", localtime_r(&t, &tm));
			out_puts(f, hms);
			if (cfg->ts_digits)
				out_printf(f, ".%0*ld", cfg->ts_digits, now.tv_nsec / pow10_[9 - cfg->ts_digits]);
		}
		out_putc(f, ' ');
	}
	if (cfg->relative) {
		/* the time since the previous line, whoever printed it */
		static struct timespec prev;
		struct timespec now;
		now_monotonic(&now);
		if (!prev.tv_sec && !prev.tv_nsec)
			prev = now;
		struct timespec d = ts_sub(now, prev);
		prev = now;
		if (cfg->ts_format != TS_NONE)
			out_puts(f, "(+");
		print_fraction(f, "%6lld", (long long)d.tv_sec, d.tv_nsec, cfg->rel_digits);
		out_puts(f, cfg->ts_format != TS_NONE ? ") " : " ");
	}
}

void print_syscall_time(struct outfile *f, const struct timespec *entry)
{
	struct timespec now;
	now_monotonic(&now);
	struct timespec d = ts_sub(now, *entry);
	out_puts(f, " <");
	print_fraction(f, "%lld", (long long)d.tv_sec, d.tv_nsec, cfg->T_digits);
	out_putc(f, '>');
}
