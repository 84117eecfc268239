/* Time: struct timespec, timeval, itimerspec, itimerval, timex and
 * sigevent as strace prints them, and the clock, timer and sleep calls.
 *
 * Two timespec layouts exist: the ABI's own (long seconds and
 * nanoseconds: 8 bytes on i386 and arm) and the 64-bit one of the
 * *_time64 calls (struct __kernel_timespec). On 64-bit ABIs they are the
 * same. strace prints tv_sec signed and tv_nsec/tv_usec as the unsigned
 * value of their field. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

bool fetch_or_addr(struct dctx *d, uint64_t addr, void *buf, size_t len)
{
	if (!addr) {
		P(d, "NULL");
		return false;
	}
	if ((d->exiting && syserror(d)) || !verbose(d) || dread(d, addr, buf, len) < 0) {
		print_ptr(d, addr);
		return false;
	}
	return true;
}

bool call_is_time64(const struct dctx *d)
{
	if (d->abi->wordsize == 8)
		return true;
	const char *n = d->sc->ent ? d->sc->ent->name : "";
	size_t l = strlen(n);
	return l > 2 && !strcmp(n + l - 2, "64");
}

bool is_erestart(const struct dctx *d)
{
	int e = d->sc->error;
	return (e >= 512 && e <= 514) || e == 516;
}

/* ---- struct timespec ---- */

int timespec_size(const struct dctx *d, bool t64)
{
	return t64 ? SZ(d->abi, kernel_timespec) : SZ(d->abi, timespec);
}

void sprint_timespec(const struct dctx *d, const unsigned char *p, bool t64, char *buf, size_t n)
{
	int so = t64 ? OFF(d->abi, kernel_timespec, tv_sec) : OFF(d->abi, timespec, tv_sec);
	int ss = t64 ? FSZ(d->abi, kernel_timespec, tv_sec) : FSZ(d->abi, timespec, tv_sec);
	int no = t64 ? OFF(d->abi, kernel_timespec, tv_nsec) : OFF(d->abi, timespec, tv_nsec);
	int ns = t64 ? FSZ(d->abi, kernel_timespec, tv_nsec) : FSZ(d->abi, timespec, tv_nsec);
	snprintf(buf, n, "{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", field_s(p, so, ss), field_u(p, no, ns));
}

static void print_timespec_bytes(struct dctx *d, const unsigned char *p, bool t64)
{
	char buf[96];
	sprint_timespec(d, p, t64, buf, sizeof(buf));
	P(d, buf);
}

/* ignore_error: print it even at the exit of a failed call (the time left
 * of an interrupted sleep) */
static void print_ts_ex(struct dctx *d, uint64_t addr, bool t64, bool ignore_error)
{
	unsigned char buf[32];
	int size = timespec_size(d, t64);
	bool saved = d->exiting;
	if (ignore_error)
		d->exiting = false;
	bool ok = fetch_or_addr(d, addr, buf, (size_t)size);
	d->exiting = saved;
	if (ok)
		print_timespec_bytes(d, buf, t64);
}

void print_ts_at(struct dctx *d, uint64_t addr, bool t64)
{
	print_ts_ex(d, addr, t64, false);
}

/* {tv_sec=1, tv_nsec=500} in the ABI's native struct timespec */
void print_timespec_at(struct dctx *d, uint64_t addr)
{
	print_ts_at(d, addr, false);
}

void print_timespec64_at(struct dctx *d, uint64_t addr)
{
	print_ts_at(d, addr, true);
}

/* What print_ts_at prints, as a string (for text after the return value). */
void sprint_ts_at(struct dctx *d, uint64_t addr, bool t64, char *out, size_t n)
{
	unsigned char buf[32];
	if (!addr)
		snprintf(out, n, "NULL");
	else if (dread(d, addr, buf, (size_t)timespec_size(d, t64)) < 0)
		snprintf(out, n, "%#" PRIx64, addr);
	else
		sprint_timespec(d, buf, t64, out, n);
}

/* ---- struct timeval ---- */

void sprint_timeval(const struct dctx *d, const unsigned char *p, char *buf, size_t n)
{
	snprintf(buf, n, "{tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}",
		 field_s(p, OFF(d->abi, timeval, tv_sec), FSZ(d->abi, timeval, tv_sec)),
		 field_u(p, OFF(d->abi, timeval, tv_usec), FSZ(d->abi, timeval, tv_usec)));
}

/* {tv_sec=1, tv_usec=500} from a fetched struct timeval at p (fields of
 * ws bytes each) */
void print_timeval_at(struct dctx *d, const unsigned char *p, int ws)
{
	PF(d, "{tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}", field_s(p, 0, ws), field_u(p, ws, ws));
}

void print_timeval_addr(struct dctx *d, uint64_t addr)
{
	unsigned char buf[16];
	if (fetch_or_addr(d, addr, buf, (size_t)SZ(d->abi, timeval)))
		print_timeval_at(d, buf, FSZ(d->abi, timeval, tv_sec));
}

/* ---- itimerspec, itimerval, timezone ---- */

static void print_itimerspec_at(struct dctx *d, uint64_t addr, bool t64)
{
	unsigned char buf[64];
	int size = t64 ? SZ(d->abi, kernel_itimerspec) : SZ(d->abi, itimerspec);
	if (!fetch_or_addr(d, addr, buf, (size_t)size))
		return;
	int oi = t64 ? OFF(d->abi, kernel_itimerspec, it_interval) : OFF(d->abi, itimerspec, it_interval);
	int ov = t64 ? OFF(d->abi, kernel_itimerspec, it_value) : OFF(d->abi, itimerspec, it_value);
	P(d, "{it_interval=");
	print_timespec_bytes(d, buf + oi, t64);
	P(d, ", it_value=");
	print_timespec_bytes(d, buf + ov, t64);
	P(d, "}");
}

static void print_itimerval_at(struct dctx *d, uint64_t addr)
{
	unsigned char buf[64];
	if (!fetch_or_addr(d, addr, buf, (size_t)SZ(d->abi, itimerval)))
		return;
	int ws = FSZ(d->abi, timeval, tv_sec);
	P(d, "{it_interval=");
	print_timeval_at(d, buf + OFF(d->abi, itimerval, it_interval), ws);
	P(d, ", it_value=");
	print_timeval_at(d, buf + OFF(d->abi, itimerval, it_value), ws);
	P(d, "}");
}

static void print_timezone_at(struct dctx *d, uint64_t addr)
{
	unsigned char buf[16];
	if (!fetch_or_addr(d, addr, buf, (size_t)SZ(d->abi, timezone)))
		return;
	PF(d, "{tz_minuteswest=%d, tz_dsttime=%d}",
	   (int)FIELD_S(d, buf, timezone, tz_minuteswest), (int)FIELD_S(d, buf, timezone, tz_dsttime));
}

/* ---- clock ids ---- */

static void print_clockid(struct dctx *d, unsigned i)
{
	print_xval(d, XLAT(d->abi, clocks), (uint32_t)arg_ulong(d, i), NULL);
}

/* ---- the calls ---- */

/* clock_gettime(CLOCK_MONOTONIC, {tv_sec=.., tv_nsec=..}); also
 * clock_getres and the _time64 variants */
DEFINE_DECODER(clock_gettime)
{
	if (!d->exiting) {
		print_clockid(d, 0);
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_ts_at(d, arg_ulong(d, 1), call_is_time64(d));
	return DEC_DONE;
}

DEFINE_DECODER(clock_getres)
{
	return decode_clock_gettime(d);
}

DEFINE_DECODER(clock_settime)
{
	print_clockid(d, 0);
	P(d, ", ");
	print_ts_at(d, arg_ulong(d, 1), call_is_time64(d));
	return DEC_DONE;
}

/* The time left is printed only when the sleep was interrupted (and, for
 * clock_nanosleep, was relative); otherwise the address. */
DEFINE_DECODER(clock_nanosleep)
{
	bool t64 = call_is_time64(d);
	if (!d->exiting) {
		print_clockid(d, 0);
		P(d, ", ");
		print_flags(d, XLAT(d->abi, timer_flags), (uint32_t)arg_ulong(d, 1), NULL);
		P(d, ", ");
		print_ts_at(d, arg_ulong(d, 2), t64);
		P(d, ", ");
		return DEC_AGAIN;
	}
	if ((uint32_t)arg_ulong(d, 1) == 0 && is_erestart(d))
		print_ts_ex(d, arg_ulong(d, 3), t64, true);
	else
		print_ptr(d, arg_ulong(d, 3));
	return DEC_DONE;
}

DEFINE_DECODER(nanosleep)
{
	if (!d->exiting) {
		print_ts_at(d, arg_ulong(d, 0), false);
		P(d, ", ");
		return DEC_AGAIN;
	}
	if (is_erestart(d))
		print_ts_ex(d, arg_ulong(d, 1), false, true);
	else
		print_ptr(d, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(gettimeofday)
{
	if (!d->exiting)
		return DEC_AGAIN;
	print_timeval_addr(d, arg_ulong(d, 0));
	P(d, ", ");
	print_timezone_at(d, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(settimeofday)
{
	print_timeval_addr(d, arg_ulong(d, 0));
	P(d, ", ");
	print_timezone_at(d, arg_ulong(d, 1));
	return DEC_DONE;
}

/* "2026-11-23T20:12:28+0000", local time as strace shows it */
static void sprint_date(int64_t t, char *buf, size_t n)
{
	time_t tt = (time_t)t;
	struct tm tm;
	buf[0] = '\0';
	if (localtime_r(&tt, &tm))
		strftime(buf, n, "%Y-%m-%dT%H:%M:%S%z", &tm);
}

/* "[1795464748" and the date as a comment, "]": what time(2) wrote */
static void print_time_t_at(struct dctx *d, uint64_t addr)
{
	unsigned char buf[8];
	int size = LAYOUT(d->abi, sizeof_kernel_time);
	if (!fetch_or_addr(d, addr, buf, (size_t)size))
		return;
	int64_t t = field_s(buf, 0, size);
	char date[64];
	sprint_date(t, date, sizeof(date));
	PF(d, "[%" PRId64, t);
	if (date[0])
		PF(d, " /* %s */", date);
	P(d, "]");
}

/* time: the value at exit and its date after the return value; stime:
 * the value at entry */
DEFINE_DECODER(time)
{
	if (strcmp(d->sc->ent->name, "time")) {
		print_time_t_at(d, arg_ulong(d, 0));
		return DEC_DONE;
	}
	if (!d->exiting)
		return DEC_AGAIN;
	print_time_t_at(d, arg_ulong(d, 0));
	if (!syserror(d)) {
		char date[64];
		sprint_date(d->sc->rval, date, sizeof(date));
		if (date[0])
			snprintf(d->auxstr, sizeof(d->auxstr), "(%s)", date);
	}
	return DEC_DONE;
}

/* struct timex (adjtimex, clock_adjtime) or struct __kernel_timex
 * (clock_adjtime64), printed as the kernel left it */
static void print_timex_at(struct dctx *d, uint64_t addr, bool t64)
{
	unsigned char buf[256];
	int size = t64 ? SZ(d->abi, kernel_timex) : SZ(d->abi, timex);
	if (size <= 0 || size > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_or_addr(d, addr, buf, (size_t)size))
		return;
#define TX_OFF(f) (t64 ? OFF(d->abi, kernel_timex, f) : OFF(d->abi, timex, f))
#define TX_SZ(f) (t64 ? FSZ(d->abi, kernel_timex, f) : FSZ(d->abi, timex, f))
#define TX_S(f) field_s(buf, TX_OFF(f), TX_SZ(f))
#define TX_D(f) PF(d, ", " #f "=%" PRId64, TX_S(f))
	P(d, "{modes=");
	print_flags(d, XLAT(d->abi, adjtimex_modes), field_u(buf, TX_OFF(modes), TX_SZ(modes)), NULL);
	TX_D(offset);
	TX_D(freq);
	TX_D(maxerror);
	TX_D(esterror);
	P(d, ", status=");
	print_flags(d, XLAT(d->abi, adjtimex_status), (uint32_t)TX_S(status), NULL);
	TX_D(constant);
	TX_D(precision);
	TX_D(tolerance);
	int half = TX_SZ(time) / 2;
	const unsigned char *tv = buf + TX_OFF(time);
	PF(d, ", time={tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}", field_s(tv, 0, half), field_u(tv, half, half));
	TX_D(tick);
	TX_D(ppsfreq);
	TX_D(jitter);
	TX_D(shift);
	TX_D(stabil);
	TX_D(jitcnt);
	TX_D(calcnt);
	TX_D(errcnt);
	TX_D(stbcnt);
	TX_D(tai);
	P(d, "}");
#undef TX_OFF
#undef TX_SZ
#undef TX_S
#undef TX_D
}

static void adjtimex_state(struct dctx *d)
{
	if (syserror(d) || !verbose(d))
		return;
	const char *s = xlat_name(XLAT(d->abi, adjtimex_state), (uint64_t)d->sc->rval);
	if (s)
		snprintf(d->auxstr, sizeof(d->auxstr), "(%s)", s);
}

DEFINE_DECODER(adjtimex)
{
	if (!d->exiting)
		return DEC_AGAIN;
	print_timex_at(d, arg_ulong(d, 0), false);
	adjtimex_state(d);
	return DEC_DONE;
}

DEFINE_DECODER(clock_adjtime)
{
	if (!d->exiting) {
		print_clockid(d, 0);
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_timex_at(d, arg_ulong(d, 1), d->abi->wordsize == 4 && call_is_time64(d));
	adjtimex_state(d);
	return DEC_DONE;
}

DEFINE_DECODER(getitimer)
{
	if (!d->exiting) {
		print_xval(d, XLAT(d->abi, itimer_which), (uint32_t)arg_ulong(d, 0), NULL);
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_itimerval_at(d, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(setitimer)
{
	if (!d->exiting) {
		print_xval(d, XLAT(d->abi, itimer_which), (uint32_t)arg_ulong(d, 0), NULL);
		P(d, ", ");
		print_itimerval_at(d, arg_ulong(d, 1));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_itimerval_at(d, arg_ulong(d, 2));
	return DEC_DONE;
}

/* struct sigevent: the value only when its pointer is not 0, the signal
 * named when it is delivered as one, the thread fields by sigev_notify */
void print_sigevent_at(struct dctx *d, uint64_t addr)
{
	unsigned char buf[128];
	int size = SZ(d->abi, sigevent);
	if (size <= 0 || size > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_or_addr(d, addr, buf, (size_t)size))
		return;
	const unsigned char *val = buf + OFF(d->abi, sigevent, sigev_value);
	uint64_t ptr = field_u(val, 0, d->abi->wordsize);
	int signo = (int)FIELD_S(d, buf, sigevent, sigev_signo);
	uint32_t notify = (uint32_t)FIELD_U(d, buf, sigevent, sigev_notify);
	P(d, "{");
	if (ptr) {
		PF(d, "sigev_value={sival_int=%d, sival_ptr=", (int)field_s(val, 0, 4));
		print_ptr(d, ptr);
		P(d, "}, ");
	}
	P(d, "sigev_signo=");
	if (notify == XV_SIGEV_SIGNAL || notify == XV_SIGEV_THREAD || notify == XV_SIGEV_THREAD_ID)
		print_signo(d, signo);
	else
		PF(d, "%d", signo);
	P(d, ", sigev_notify=");
	print_xval(d, XLAT(d->abi, sigev_notify), notify, NULL);
	if (notify == XV_SIGEV_THREAD_ID) {
		PF(d, ", sigev_notify_thread_id=%d", (int)FIELD_S(d, buf, sigevent, sigev_tid));
	} else if (notify == XV_SIGEV_THREAD) {
		P(d, ", sigev_notify_function=");
		print_ptr(d, FIELD_U(d, buf, sigevent, sigev_function));
		P(d, ", sigev_notify_attributes=");
		print_ptr(d, FIELD_U(d, buf, sigevent, sigev_attributes));
	}
	P(d, "}");
}

/* "[N]": an int the kernel wrote at addr */
static void print_int_at(struct dctx *d, uint64_t addr)
{
	unsigned char buf[4];
	if (fetch_or_addr(d, addr, buf, 4))
		PF(d, "[%d]", (int)field_s(buf, 0, 4));
}

DEFINE_DECODER(timer_create)
{
	if (!d->exiting) {
		print_clockid(d, 0);
		P(d, ", ");
		print_sigevent_at(d, arg_ulong(d, 1));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_int_at(d, arg_ulong(d, 2));
	return DEC_DONE;
}

/* timer_settime and timerfd_settime: id, flags, new value, old value */
static int settime(struct dctx *d, const struct xlat *flags, bool is_fd)
{
	bool t64 = call_is_time64(d);
	if (!d->exiting) {
		if (is_fd)
			print_fd(d, arg_int(d, 0));
		else
			PF(d, "%d", arg_int(d, 0));
		P(d, ", ");
		print_flags(d, flags, (uint32_t)arg_ulong(d, 1), NULL);
		P(d, ", ");
		print_itimerspec_at(d, arg_ulong(d, 2), t64);
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_itimerspec_at(d, arg_ulong(d, 3), t64);
	return DEC_DONE;
}

static int gettime(struct dctx *d, bool is_fd)
{
	if (!d->exiting) {
		if (is_fd)
			print_fd(d, arg_int(d, 0));
		else
			PF(d, "%d", arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_itimerspec_at(d, arg_ulong(d, 1), call_is_time64(d));
	return DEC_DONE;
}

DEFINE_DECODER(timer_settime)
{
	return settime(d, XLAT(d->abi, timer_flags), false);
}

DEFINE_DECODER(timer_gettime)
{
	return gettime(d, false);
}

DEFINE_DECODER(timerfd_settime)
{
	return settime(d, XLAT(d->abi, timerfd_flags), true);
}

DEFINE_DECODER(timerfd_gettime)
{
	return gettime(d, true);
}

/* sched_rr_get_interval(pid, {tv_sec=0, tv_nsec=100000000}): the
 * interval the kernel wrote, the address when it failed */
DEFINE_DECODER(sched_rr_get_interval)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		return DEC_AGAIN;
	}
	uint64_t addr = arg_ulong(d, 1);
	if (syserror(d))
		print_ptr(d, addr);
	else
		print_ts_at(d, addr, call_is_time64(d));
	return DEC_DONE;
}
