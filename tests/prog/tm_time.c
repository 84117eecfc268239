/* Clocks, sleeps, timers and timerfds.  Prints the lines xstrace must
 * print with -e trace=clock_gettime,clock_getres,clock_settime,
 * clock_nanosleep,nanosleep,gettimeofday,settimeofday,time,adjtimex,
 * clock_adjtime,getitimer,setitimer,timer_create,timer_settime,
 * timer_gettime,timer_getoverrun,timer_delete,timerfd_create,
 * timerfd_settime,timerfd_gettime  (run with TZ=UTC) */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>
#include "tm_util.h"

static const char *ts(const struct timespec *t)
{
	static char bufs[4][80];
	static unsigned next;
	char *b = bufs[next++ % 4];
	snprintf(b, sizeof(bufs[0]), "{tv_sec=%lld, tv_nsec=%llu}", (long long)t->tv_sec,
		 (unsigned long long)t->tv_nsec);
	return b;
}

static const char *tv(const struct timeval *t)
{
	static char bufs[4][80];
	static unsigned next;
	char *b = bufs[next++ % 4];
	snprintf(b, sizeof(bufs[0]), "{tv_sec=%lld, tv_usec=%llu}", (long long)t->tv_sec,
		 (unsigned long long)t->tv_usec);
	return b;
}

static const char *its(const struct itimerspec *t)
{
	static char bufs[4][200];
	static unsigned next;
	char *b = bufs[next++ % 4];
	snprintf(b, sizeof(bufs[0]), "{it_interval=%s, it_value=%s}", ts(&t->it_interval), ts(&t->it_value));
	return b;
}

static const char *itv(const struct itimerval *t)
{
	static char bufs[4][200];
	static unsigned next;
	char *b = bufs[next++ % 4];
	snprintf(b, sizeof(bufs[0]), "{it_interval=%s, it_value=%s}", tv(&t->it_interval), tv(&t->it_value));
	return b;
}

static void handler(int sig)
{
	(void)sig;
}

static void clocks(void)
{
	struct timespec t = { 0, 0 };
	DO(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &t));
	expect(RET, "clock_gettime(CLOCK_MONOTONIC, %s)", ts(&t));
	DO(syscall(SYS_clock_gettime, CLOCK_REALTIME, NULL));
	expect(RET, "clock_gettime(CLOCK_REALTIME, NULL)");
	DO(syscall(SYS_clock_gettime, (long)99, &t));
	expect(RET, "clock_gettime(0x63 /* CLOCK_??? */, %p)", (void *)&t);
	DO(syscall(SYS_clock_gettime, CLOCK_PROCESS_CPUTIME_ID, &t));
	expect(RET, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID, %s)", ts(&t));
	DO(syscall(SYS_clock_getres, CLOCK_BOOTTIME, &t));
	expect(RET, "clock_getres(CLOCK_BOOTTIME, %s)", ts(&t));
	DO(syscall(SYS_clock_getres, CLOCK_REALTIME, NULL));
	expect(RET, "clock_getres(CLOCK_REALTIME, NULL)");
	/* never valid: the clock is not changed */
	t.tv_sec = -5;
	t.tv_nsec = 2000000000;
	DO(syscall(SYS_clock_settime, CLOCK_REALTIME, &t));
	expect(RET, "clock_settime(CLOCK_REALTIME, {tv_sec=-5, tv_nsec=2000000000})");
	t.tv_sec = 1;
	t.tv_nsec = -1;
	DO(syscall(SYS_clock_settime, CLOCK_MONOTONIC, &t));
	expect(RET, "clock_settime(CLOCK_MONOTONIC, {tv_sec=1, tv_nsec=%llu})", (unsigned long long)t.tv_nsec);
	DO(syscall(SYS_clock_settime, CLOCK_TAI, (long)8));
	expect(RET, "clock_settime(CLOCK_TAI, 0x8)");
}

static void sleeps(void)
{
	struct timespec t = { 0, 1000 }, rem = { 0, 0 };
	DO(syscall(SYS_nanosleep, &t, &rem));
	expect(RET, "nanosleep({tv_sec=0, tv_nsec=1000}, %p)", (void *)&rem);
	DO(syscall(SYS_nanosleep, &t, NULL));
	expect(RET, "nanosleep({tv_sec=0, tv_nsec=1000}, NULL)");
	DO(syscall(SYS_nanosleep, NULL, NULL));
	expect(RET, "nanosleep(NULL, NULL)");
	DO(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, (long)0, &t, &rem));
	expect(RET, "clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=0, tv_nsec=1000}, %p)", (void *)&rem);
	DO(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &t, NULL));
	expect(RET, "clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, {tv_sec=0, tv_nsec=1000}, NULL)");
	DO(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, (long)6, &t, NULL));
	expect(RET, "clock_nanosleep(CLOCK_MONOTONIC, 0x6 /* TIMER_??? */, {tv_sec=0, tv_nsec=1000}, NULL)");

	/* interrupted: the time left is printed */
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it = { { 0, 0 }, { 0, 20000 } }, old;
	DO(setitimer(ITIMER_REAL, &it, &old));
	expect(RET, "setitimer(ITIMER_REAL, %s, %s)", itv(&it), itv(&old));
	t.tv_sec = 5;
	t.tv_nsec = 0;
	DO(syscall(SYS_nanosleep, &t, &rem));
	expect("? ERESTART_RESTARTBLOCK (Interrupted by signal)", "nanosleep({tv_sec=5, tv_nsec=0}, %s)", ts(&rem));
	expect_raw("--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---\n");
	DO(setitimer(ITIMER_REAL, &it, NULL));
	expect(RET, "setitimer(ITIMER_REAL, %s, NULL)", itv(&it));
	DO(syscall(SYS_clock_nanosleep, CLOCK_BOOTTIME, (long)0, &t, &rem));
	expect("? ERESTART_RESTARTBLOCK (Interrupted by signal)",
	       "clock_nanosleep(CLOCK_BOOTTIME, 0, {tv_sec=5, tv_nsec=0}, %s)", ts(&rem));
	expect_raw("--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---\n");
	/* an absolute sleep leaves nothing to print */
	struct timespec now;
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &now);
	expect("0", "clock_gettime(CLOCK_MONOTONIC, %s)", ts(&now));
	now.tv_sec += 5;
	DO(setitimer(ITIMER_REAL, &it, NULL));
	expect(RET, "setitimer(ITIMER_REAL, %s, NULL)", itv(&it));
	DO(syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &now, &rem));
	expect("? ERESTARTNOHAND (To be restarted if no handler)",
	       "clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, %s, %p)", ts(&now), (void *)&rem);
	expect_raw("--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---\n");

	DO(getitimer(ITIMER_REAL, &old));
	expect(RET, "getitimer(ITIMER_REAL, %s)", itv(&old));
	DO(getitimer(ITIMER_PROF, NULL));
	expect(RET, "getitimer(ITIMER_PROF, NULL)");
	DO(getitimer(7, &old));
	expect(RET, "getitimer(0x7 /* ITIMER_??? */, %p)", (void *)&old);
	DO(setitimer(ITIMER_VIRTUAL, NULL, NULL));
	expect(RET, "setitimer(ITIMER_VIRTUAL, NULL, NULL)");
}

static void date(time_t t, char *buf, size_t n)
{
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%S%z", &tm);
}

static void wall(void)
{
	struct timeval t;
	struct timezone tz;
	DO(syscall(SYS_gettimeofday, &t, &tz));
	expect(RET, "gettimeofday(%s, {tz_minuteswest=%d, tz_dsttime=%d})", tv(&t), tz.tz_minuteswest,
	       tz.tz_dsttime);
	DO(syscall(SYS_gettimeofday, &t, NULL));
	expect(RET, "gettimeofday(%s, NULL)", tv(&t));
	DO(syscall(SYS_gettimeofday, NULL, NULL));
	expect(RET, "gettimeofday(NULL, NULL)");
	t.tv_sec = 0;
	t.tv_usec = 2000000;
	DO(syscall(SYS_settimeofday, &t, NULL));
	expect(RET, "settimeofday({tv_sec=0, tv_usec=2000000}, NULL)");
	DO(syscall(SYS_settimeofday, NULL, (long)8));
	expect(RET, "settimeofday(NULL, 0x8)");
#ifdef SYS_time
	time_t now;
	char d1[64], d2[64];
	DO(syscall(SYS_time, &now));
	date(now, d1, sizeof(d1));
	date((time_t)last_ret, d2, sizeof(d2));
	char ret[128];
	snprintf(ret, sizeof(ret), "%ld (%s)", last_ret, d2);
	expect(ret, "time([%lld /* %s */])", (long long)now, d1);
	DO(syscall(SYS_time, NULL));
	date((time_t)last_ret, d2, sizeof(d2));
	snprintf(ret, sizeof(ret), "%ld (%s)", last_ret, d2);
	expect(ret, "time(NULL)");
	DO(syscall(SYS_time, (long)8));
	expect(RET, "time(0x8)");
#else
	(void)date;
#endif
}

static const char *timex_text(const struct timex *t)
{
	static char b[1024];
	snprintf(b, sizeof(b), "{modes=0, offset=%ld, freq=%ld, maxerror=%ld, esterror=%ld, status=%s, "
		 "constant=%ld, precision=%ld, tolerance=%ld, time={tv_sec=%lld, tv_usec=%llu}, tick=%ld, "
		 "ppsfreq=%ld, jitter=%ld, shift=%d, stabil=%ld, jitcnt=%ld, calcnt=%ld, errcnt=%ld, "
		 "stbcnt=%ld, tai=%d}",
		 (long)t->offset, (long)t->freq, (long)t->maxerror, (long)t->esterror,
		 t->status == STA_UNSYNC ? "STA_UNSYNC" : t->status == 0 ? "0" :
		 t->status == (STA_PLL | STA_UNSYNC) ? "STA_PLL|STA_UNSYNC" : "?",
		 (long)t->constant, (long)t->precision, (long)t->tolerance, (long long)t->time.tv_sec,
		 (unsigned long long)t->time.tv_usec, (long)t->tick, (long)t->ppsfreq, (long)t->jitter,
		 t->shift, (long)t->stabil, (long)t->jitcnt, (long)t->calcnt, (long)t->errcnt,
		 (long)t->stbcnt, t->tai);
	return b;
}

static const char *state(long r)
{
	static const char *const names[] = { "TIME_OK", "TIME_INS", "TIME_DEL", "TIME_OOP", "TIME_WAIT", "TIME_ERROR" };
	static char b[64];
	if (r < 0 || r > 5)
		return RET;
	snprintf(b, sizeof(b), "%ld (%s)", r, names[r]);
	return b;
}

static void adjust(void)
{
	struct timex t;
	memset(&t, 0, sizeof(t));
	DO(syscall(SYS_adjtimex, &t));
	expect(state(last_ret), "adjtimex(%s)", timex_text(&t));
	memset(&t, 0, sizeof(t));
	DO(syscall(SYS_clock_adjtime, CLOCK_REALTIME, &t));
	expect(state(last_ret), "clock_adjtime(CLOCK_REALTIME, %s)", timex_text(&t));
	DO(syscall(SYS_adjtimex, (long)8));
	expect(RET, "adjtimex(0x8)");
	DO(syscall(SYS_clock_adjtime, (long)77, &t));
	expect(RET, "clock_adjtime(0x4d /* CLOCK_??? */, %p)", (void *)&t);
}

static void timers(void)
{
	int id = -1, id2 = -1;
	struct sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_NONE;
	sev.sigev_signo = SIGUSR2;
	sev.sigev_value.sival_int = 7;
	DO(syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &id));
	expect(RET, "timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=7, sival_ptr=0x7}, sigev_signo=12, "
	       "sigev_notify=SIGEV_NONE}, [%d])", id);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_value.sival_int = 0;
	DO(syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &id2));
	expect(RET, "timer_create(CLOCK_REALTIME, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_SIGNAL}, [%d])", id2);
	DO(syscall(SYS_timer_delete, id2));
	expect(RET, "timer_delete(%d)", id2);
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev._sigev_un._tid = gettid();
	DO(syscall(SYS_timer_create, CLOCK_BOOTTIME, &sev, &id2));
	expect(RET, "timer_create(CLOCK_BOOTTIME, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD_ID, "
	       "sigev_notify_thread_id=%d}, [%d])", (int)gettid(), id2);
	DO(syscall(SYS_timer_delete, id2));
	expect(RET, "timer_delete(%d)", id2);
	memset(&sev, 0, sizeof(sev));
	sev.sigev_signo = SIGUSR2;
	sev.sigev_notify = SIGEV_THREAD;
	DO(syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &id2));
	char idtext[32];
	if (last_ret == 0)
		snprintf(idtext, sizeof(idtext), "[%d]", id2);
	else
		snprintf(idtext, sizeof(idtext), "%p", (void *)&id2);
	expect(RET, "timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD, "
	       "sigev_notify_function=NULL, sigev_notify_attributes=NULL}, %s)", idtext);
	if (last_ret == 0) {
		DO(syscall(SYS_timer_delete, id2));
		expect(RET, "timer_delete(%d)", id2);
	}
	sev.sigev_notify = 77;
	DO(syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &id2));
	expect(RET, "timer_create(CLOCK_MONOTONIC, {sigev_signo=12, sigev_notify=0x4d /* SIGEV_??? */}, %p)",
	       (void *)&id2);
	DO(syscall(SYS_timer_create, CLOCK_MONOTONIC, NULL, (long)8));
	expect(RET, "timer_create(CLOCK_MONOTONIC, NULL, 0x8)");

	struct itimerspec v = { { 1, 2 }, { 30, 4 } }, o;
	DO(syscall(SYS_timer_settime, id, (long)0, &v, &o));
	expect(RET, "timer_settime(%d, 0, %s, %s)", id, its(&v), its(&o));
	DO(syscall(SYS_timer_settime, id, TIMER_ABSTIME, &v, NULL));
	expect(RET, "timer_settime(%d, TIMER_ABSTIME, %s, NULL)", id, its(&v));
	DO(syscall(SYS_timer_gettime, id, &o));
	expect(RET, "timer_gettime(%d, %s)", id, its(&o));
	DO(syscall(SYS_timer_gettime, (long)999, &o));
	expect(RET, "timer_gettime(999, %p)", (void *)&o);
	DO(syscall(SYS_timer_getoverrun, id));
	expect(RET, "timer_getoverrun(%d)", id);
	DO(syscall(SYS_timer_delete, id));
	expect(RET, "timer_delete(%d)", id);

	DO(timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK));
	int fd = (int)last_ret;
	expect(RET, "timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK)");
	DO(syscall(SYS_timerfd_settime, fd, (long)0, &v, &o));
	expect(RET, "timerfd_settime(%d, 0, %s, %s)", fd, its(&v), its(&o));
	DO(syscall(SYS_timerfd_settime, fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &v, &o));
	expect(RET, "timerfd_settime(%d, TFD_TIMER_ABSTIME|TFD_TIMER_CANCEL_ON_SET, %s, %s)", fd, its(&v), its(&o));
	DO(syscall(SYS_timerfd_gettime, fd, &o));
	expect(RET, "timerfd_gettime(%d, %s)", fd, its(&o));
	DO(syscall(SYS_timerfd_gettime, fd, NULL));
	expect(RET, "timerfd_gettime(%d, NULL)", fd);
	DO(syscall(SYS_timerfd_settime, fd, (long)0, NULL, NULL));
	expect(RET, "timerfd_settime(%d, 0, NULL, NULL)", fd);
	close(fd);
}

int main(void)
{
	one_write();
	clocks();
	sleeps();
	wall();
	adjust();
	timers();
	return 0;
}
