/* Waiting for events: poll, ppoll, select, pselect6, epoll, eventfd,
 * inotify, futex, futex_waitv, sched_getattr/sched_setattr.  Prints the
 * lines xstrace must print with -e trace=poll,ppoll,select,pselect6,
 * epoll_create,epoll_create1,epoll_ctl,epoll_wait,epoll_pwait,
 * epoll_pwait2,eventfd,eventfd2,inotify_init1,inotify_add_watch,
 * inotify_rm_watch,futex,futex_waitv,sched_getattr,sched_setattr
 * usage: tm_events DIR */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <linux/futex.h>
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

/* the return with strace's text after it, formatted */
static const char *ret_auxf(const char *fmt, ...)
{
	static char b[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(b, sizeof(b), fmt, ap);
	va_end(ap);
	return ret_aux(b);
}

static void polls(int r, int w)
{
	struct pollfd pf[3] = { { r, POLLIN | POLLPRI, 0 }, { w, POLLOUT, 0 }, { -1, POLLIN, 0 } };
#ifdef SYS_poll
	DO(syscall(SYS_poll, pf, (long)3, (long)0));
	expect(ret_auxf("([{fd=%d, revents=POLLIN}, {fd=%d, revents=POLLOUT}])", r, w),
	       "poll([{fd=%d, events=POLLIN|POLLPRI}, {fd=%d, events=POLLOUT}, {fd=-1}], 3, 0)", r, w);
	DO(syscall(SYS_poll, NULL, (long)0, (long)0));
	expect(ret_aux("(Timeout)"), "poll(NULL, 0, 0)");
	DO(syscall(SYS_poll, (long)8, (long)1, (long)0));
	expect(RET, "poll(0x8, 1, 0)");
	pf[1].events = 0x4000;
	DO(syscall(SYS_poll, pf + 1, (long)1, (long)1));
	expect(ret_aux("(Timeout)"), "poll([{fd=%d, events=0x4000 /* POLL??? */}], 1, 1)", w);
	pf[1].events = POLLOUT;
#endif
	struct timespec t = { 1, 0 };
	uint64_t mask = 1;   /* [HUP] */
	DO(syscall(SYS_ppoll, pf, (long)2, &t, &mask, (long)8));
	expect(ret_auxf("([{fd=%d, revents=POLLIN}, {fd=%d, revents=POLLOUT}], left %s)", r, w, ts(&t)),
	       "ppoll([{fd=%d, events=POLLIN|POLLPRI}, {fd=%d, events=POLLOUT}], 2, {tv_sec=1, tv_nsec=0}, [HUP], 8)",
	       r, w);
	DO(syscall(SYS_ppoll, pf, (long)1, NULL, NULL, (long)8));
	expect(ret_auxf("([{fd=%d, revents=POLLIN}])", r),
	       "ppoll([{fd=%d, events=POLLIN|POLLPRI}], 1, NULL, NULL, 8)", r);
	t.tv_sec = 0;
	t.tv_nsec = 1000;
	DO(syscall(SYS_ppoll, pf + 2, (long)1, &t, &mask, (long)4));
	expect(RET, "ppoll([{fd=-1}], 1, {tv_sec=0, tv_nsec=1000}, %p, 4)", (void *)&mask);
	DO(syscall(SYS_ppoll, pf + 2, (long)1, &t, NULL, (long)8));
	expect(ret_aux("(Timeout)"), "ppoll([{fd=-1}], 1, {tv_sec=0, tv_nsec=1000}, NULL, 8)");
	/* a long array is cut after 32 elements (-s) */
	struct pollfd many[40];
	for (int i = 0; i < 40; i++) {
		many[i].fd = w;
		many[i].events = POLLOUT;
	}
	DO(syscall(SYS_ppoll, many, (long)40, NULL, NULL, (long)8));
	char in[2048], outs[2048];
	size_t il = 0, ol = 0;
	for (int i = 0; i < 32; i++) {
		il += (size_t)snprintf(in + il, sizeof(in) - il, "{fd=%d, events=POLLOUT}, ", w);
		ol += (size_t)snprintf(outs + ol, sizeof(outs) - ol, "{fd=%d, revents=POLLOUT}, ", w);
	}
	expect(ret_auxf("([%s...])", outs), "ppoll([%s...], 40, NULL, NULL, 8)", in);
}

static void selects(int r, int w)
{
	int n = (r > w ? r : w) + 1;
	fd_set rs, ws, es;
	FD_ZERO(&rs);
	FD_ZERO(&ws);
	FD_ZERO(&es);
	FD_SET(r, &rs);
	FD_SET(w, &ws);
	FD_SET(w, &rs);
#ifdef SYS_select
	struct timeval tv = { 1, 5 };
	DO(syscall(SYS_select, n, &rs, &ws, &es, &tv));
	expect(ret_auxf("(in [%d], out [%d], left {tv_sec=%lld, tv_usec=%llu})", r, w, (long long)tv.tv_sec,
			(unsigned long long)tv.tv_usec),
	       "select(%d, [%d %d], [%d], [], {tv_sec=1, tv_usec=5})", n, r < w ? r : w, r < w ? w : r, w);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	DO(syscall(SYS_select, (long)0, NULL, NULL, NULL, &tv));
	expect(ret_aux("(Timeout)"), "select(0, NULL, NULL, NULL, {tv_sec=0, tv_usec=0})");
	DO(syscall(SYS_select, (long)0, &rs, NULL, NULL, &tv));
	expect(ret_aux("(Timeout)"), "select(0, %p, NULL, NULL, {tv_sec=0, tv_usec=0})", (void *)&rs);
	DO(syscall(SYS_select, (long)-1, &rs, NULL, NULL, NULL));
	expect(RET, "select(-1, %p, NULL, NULL, NULL)", (void *)&rs);
	DO(syscall(SYS_select, n, (long)8, NULL, NULL, (long)16));
	expect(RET, "select(%d, 0x8, NULL, NULL, 0x10)", n);
#endif
	FD_ZERO(&rs);
	FD_ZERO(&ws);
	FD_SET(r, &rs);
	FD_SET(w, &ws);
	uint64_t mask = 1;
	struct { void *ss; size_t len; } pack = { &mask, 8 };
	struct timespec t = { 2, 0 };
	DO(syscall(SYS_pselect6, n, &rs, &ws, NULL, &t, &pack));
	expect(ret_auxf("(in [%d], out [%d], left %s)", r, w, ts(&t)),
	       "pselect6(%d, [%d], [%d], NULL, {tv_sec=2, tv_nsec=0}, {sigmask=[HUP], sigsetsize=8})", n, r, w);
	FD_ZERO(&rs);
	FD_SET(w, &rs);
	pack.ss = NULL;
	t.tv_sec = 0;
	t.tv_nsec = 1000;
	DO(syscall(SYS_pselect6, n, &rs, NULL, NULL, &t, &pack));
	expect(ret_aux("(Timeout)"), "pselect6(%d, [%d], NULL, NULL, {tv_sec=0, tv_nsec=1000}, "
	       "{sigmask=NULL, sigsetsize=8})", n, w);
	pack.ss = &mask;
	pack.len = 4;
	DO(syscall(SYS_pselect6, n, NULL, NULL, NULL, NULL, &pack));
	expect(RET, "pselect6(%d, NULL, NULL, NULL, NULL, {sigmask=%p, sigsetsize=4})", n, (void *)&mask);
	DO(syscall(SYS_pselect6, n, NULL, NULL, NULL, &t, (long)8));
	expect(RET, "pselect6(%d, NULL, NULL, NULL, %s, 0x8)", n, ts(&t));
}

static void epolls(int r, int w)
{
#ifdef SYS_epoll_create
	DO(syscall(SYS_epoll_create, (long)5));
	expect(RET, "epoll_create(5)");
	close((int)last_ret);
#endif
	DO(epoll_create1(EPOLL_CLOEXEC));
	int ep = (int)last_ret;
	expect(RET, "epoll_create1(EPOLL_CLOEXEC)");
	struct epoll_event ev = { EPOLLIN | EPOLLET, { .u64 = 0x1122334455667788ULL } };
	DO(epoll_ctl(ep, EPOLL_CTL_ADD, r, &ev));
	expect(RET, "epoll_ctl(%d, EPOLL_CTL_ADD, %d, {events=EPOLLIN|EPOLLET, data={u32=1432778632, "
	       "u64=1234605616436508552}})", ep, r);
	ev.events = EPOLLOUT | 0x400000;
	ev.data.u64 = (uint64_t)w;
	DO(epoll_ctl(ep, EPOLL_CTL_ADD, w, &ev));
	expect(RET, "epoll_ctl(%d, EPOLL_CTL_ADD, %d, {events=EPOLLOUT|0x400000, data={u32=%d, u64=%d}})", ep, w, w, w);
	DO(epoll_ctl(ep, EPOLL_CTL_DEL, w, &ev));
	expect(RET, "epoll_ctl(%d, EPOLL_CTL_DEL, %d, %p)", ep, w, (void *)&ev);
	DO(syscall(SYS_epoll_ctl, ep, (long)9, w, &ev));
	expect(RET, "epoll_ctl(%d, 0x9 /* EPOLL_CTL_??? */, %d, {events=EPOLLOUT|0x400000, data={u32=%d, u64=%d}})",
	       ep, w, w, w);
	DO(syscall(SYS_epoll_ctl, ep, EPOLL_CTL_MOD, r, (long)8));
	expect(RET, "epoll_ctl(%d, EPOLL_CTL_MOD, %d, 0x8)", ep, r);
	ev.events = 0x800;
	DO(epoll_ctl(ep, EPOLL_CTL_MOD, r, &ev));
	expect(RET, "epoll_ctl(%d, EPOLL_CTL_MOD, %d, {events=0x800 /* EPOLL??? */, data={u32=%d, u64=%d}})", ep, r, w, w);
	ev.events = EPOLLIN;
	ev.data.u64 = 7;
	DO(epoll_ctl(ep, EPOLL_CTL_MOD, r, &ev));
	expect(RET, "epoll_ctl(%d, EPOLL_CTL_MOD, %d, {events=EPOLLIN, data={u32=7, u64=7}})", ep, r);

	struct epoll_event evs[4];
	uint64_t mask = 1;
	const char *ready = "[{events=EPOLLIN, data={u32=7, u64=7}}]";
#ifdef SYS_epoll_wait
	DO(syscall(SYS_epoll_wait, ep, evs, (long)4, (long)0));
	expect(RET, "epoll_wait(%d, %s, 4, 0)", ep, ready);
	DO(syscall(SYS_epoll_wait, ep, (long)8, (long)4, (long)0));
	expect(RET, "epoll_wait(%d, 0x8, 4, 0)", ep);
#endif
	DO(syscall(SYS_epoll_pwait, ep, evs, (long)4, (long)-1, &mask, (long)8));
	expect(RET, "epoll_pwait(%d, %s, 4, -1, [HUP], 8)", ep, ready);
	DO(syscall(SYS_epoll_pwait, ep, evs, (long)4, (long)0, NULL, (long)8));
	expect(RET, "epoll_pwait(%d, %s, 4, 0, NULL, 8)", ep, ready);
#ifdef SYS_epoll_pwait2
	struct timespec t = { 0, 0 };
	DO(syscall(SYS_epoll_pwait2, ep, evs, (long)4, &t, NULL, (long)8));
	expect(RET, "epoll_pwait2(%d, %s, 4, {tv_sec=0, tv_nsec=0}, NULL, 8)", ep, ready);
	DO(syscall(SYS_epoll_pwait2, ep, evs, (long)4, (long)8, NULL, (long)8));
	expect(RET, "epoll_pwait2(%d, %p, 4, 0x8, NULL, 8)", ep, (void *)evs);
#endif
	DO(epoll_ctl(ep, EPOLL_CTL_DEL, r, NULL));
	expect(RET, "epoll_ctl(%d, EPOLL_CTL_DEL, %d, NULL)", ep, r);
	DO(syscall(SYS_epoll_pwait, ep, evs, (long)4, (long)0, NULL, (long)8));
	expect(RET, "epoll_pwait(%d, [], 4, 0, NULL, 8)", ep);
	close(ep);
}

static void fds(const char *dir)
{
#ifdef SYS_eventfd
	DO(syscall(SYS_eventfd, (long)5));
	expect(RET, "eventfd(5)");
	close((int)last_ret);
#endif
	DO(syscall(SYS_eventfd2, (long)5, EFD_CLOEXEC | EFD_SEMAPHORE));
	expect(RET, "eventfd2(5, EFD_SEMAPHORE|EFD_CLOEXEC)");
	close((int)last_ret);
	DO(inotify_init1(IN_NONBLOCK));
	int in = (int)last_ret;
	expect(RET, "inotify_init1(IN_NONBLOCK)");
	DO(inotify_add_watch(in, dir, IN_MODIFY | IN_CREATE | IN_ONLYDIR));
	int wd = (int)last_ret;
	expect(RET, "inotify_add_watch(%d, \"%s\", IN_MODIFY|IN_CREATE|IN_ONLYDIR)", in, dir);
	DO(inotify_rm_watch(in, wd));
	expect(RET, "inotify_rm_watch(%d, %d)", in, wd);
	DO(inotify_rm_watch(in, 12345));
	expect(RET, "inotify_rm_watch(%d, 12345)", in);
	close(in);
}

static uint32_t fu = 1, fu2 = 2;

static void futexes(void)
{
	struct timespec t = { 0, 1000 };
	DO(syscall(SYS_futex, &fu, FUTEX_WAKE_PRIVATE, (long)1, NULL, NULL, (long)0));
	expect(RET, "futex(%p, FUTEX_WAKE_PRIVATE, 1)", (void *)&fu);
	DO(syscall(SYS_futex, &fu, FUTEX_WAIT_PRIVATE, (long)0, &t, NULL, (long)0));
	expect(RET, "futex(%p, FUTEX_WAIT_PRIVATE, 0, {tv_sec=0, tv_nsec=1000})", (void *)&fu);
	DO(syscall(SYS_futex, &fu, FUTEX_WAIT, (long)0, NULL, NULL, (long)0));
	expect(RET, "futex(%p, FUTEX_WAIT, 0, NULL)", (void *)&fu);
	DO(syscall(SYS_futex, &fu, FUTEX_WAIT, (long)1, &t, NULL, (long)0));
	expect(RET, "futex(%p, FUTEX_WAIT, 1, {tv_sec=0, tv_nsec=1000})", (void *)&fu);
	DO(syscall(SYS_futex, &fu, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, (long)0, &t, NULL, (long)~0U));
	expect(RET, "futex(%p, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, "
	       "FUTEX_BITSET_MATCH_ANY)", (void *)&fu);
	DO(syscall(SYS_futex, &fu, FUTEX_WAKE_BITSET, (long)1, NULL, NULL, (long)0x10));
	expect(RET, "futex(%p, FUTEX_WAKE_BITSET, 1, 0x10)", (void *)&fu);
	DO(syscall(SYS_futex, &fu, FUTEX_WAKE_OP_PRIVATE, (long)1, (long)1, &fu2,
		   FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 2)));
	expect(RET, "futex(%p, FUTEX_WAKE_OP_PRIVATE, 1, 1, %p, FUTEX_OP_ADD<<28|0x1<<12|FUTEX_OP_CMP_GT<<24|0x2)",
	       (void *)&fu, (void *)&fu2);
	DO(syscall(SYS_futex, &fu, FUTEX_WAKE_OP, (long)1, (long)1, &fu2, (long)0xffffffffU));
	expect(RET, "futex(%p, FUTEX_WAKE_OP, 1, 1, %p, FUTEX_OP_OPARG_SHIFT<<28|0x7<<28 /* FUTEX_OP_??? */|"
	       "0xfff<<12|0xf<<24 /* FUTEX_OP_CMP_??? */|0xfff)", (void *)&fu, (void *)&fu2);
	DO(syscall(SYS_futex, &fu, FUTEX_REQUEUE_PRIVATE, (long)1, (long)2, &fu2, (long)0));
	expect(RET, "futex(%p, FUTEX_REQUEUE_PRIVATE, 1, 2, %p)", (void *)&fu, (void *)&fu2);
	DO(syscall(SYS_futex, &fu, FUTEX_CMP_REQUEUE_PRIVATE, (long)1, (long)2, &fu2, (long)77));
	expect(RET, "futex(%p, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, %p, 77)", (void *)&fu, (void *)&fu2);
	DO(syscall(SYS_futex, &fu2, FUTEX_WAIT_REQUEUE_PI_PRIVATE, (long)0, &t, &fu, (long)0));
	expect(RET, "futex(%p, FUTEX_WAIT_REQUEUE_PI_PRIVATE, 0, {tv_sec=0, tv_nsec=1000}, %p)",
	       (void *)&fu2, (void *)&fu);
	fu = 0;
	DO(syscall(SYS_futex, &fu, FUTEX_TRYLOCK_PI_PRIVATE, (long)0, NULL, NULL, (long)0));
	expect(RET, "futex(%p, FUTEX_TRYLOCK_PI_PRIVATE)", (void *)&fu);
	DO(syscall(SYS_futex, &fu, FUTEX_UNLOCK_PI_PRIVATE, (long)0, NULL, NULL, (long)0));
	expect(RET, "futex(%p, FUTEX_UNLOCK_PI_PRIVATE)", (void *)&fu);
	DO(syscall(SYS_futex, NULL, (long)0x7f, (long)1, (long)8, (long)9, (long)10));
	expect(RET, "futex(NULL, 0x7f /* FUTEX_??? */, 1, 0x8, 0x9, 0xa)");
	DO(syscall(SYS_futex, &fu, (long)0x101, (long)1, NULL, NULL, (long)0));
	expect(RET, "futex(%p, 0x101 /* FUTEX_??? */, 1)", (void *)&fu);
#ifdef SYS_futex_waitv
	struct futex_waitv wv[2] = {
		{ .val = 5, .uaddr = (uintptr_t)&fu, .flags = FUTEX_32 | FUTEX_PRIVATE_FLAG },
		{ .val = 0, .uaddr = (uintptr_t)&fu2, .flags = FUTEX_32 },
	};
	DO(syscall(SYS_futex_waitv, wv, (long)2, (long)0, &t, CLOCK_MONOTONIC));
	expect(RET, "futex_waitv([{val=0x5, uaddr=%p, flags=FUTEX_32|FUTEX_PRIVATE_FLAG}, {val=0, uaddr=%p, "
	       "flags=FUTEX_32}], 2, 0, {tv_sec=0, tv_nsec=1000}, CLOCK_MONOTONIC)", (void *)&fu, (void *)&fu2);
	DO(syscall(SYS_futex_waitv, wv, (long)0, (long)1, NULL, CLOCK_REALTIME));
	expect(RET, "futex_waitv([], 0, 0x1, NULL, CLOCK_REALTIME)");
	DO(syscall(SYS_futex_waitv, NULL, (long)1, (long)0, (long)8, (long)99));
	expect(RET, "futex_waitv(NULL, 1, 0, 0x8, 0x63 /* CLOCK_??? */)");
#endif
}

/* struct sched_attr, version 1 (56 bytes) */
struct attr {
	uint32_t size, sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime, sched_deadline, sched_period;
	uint32_t sched_util_min, sched_util_max;
};

static const char *policy(uint32_t p)
{
	static const char *const names[] = { "SCHED_OTHER", "SCHED_FIFO", "SCHED_RR", "SCHED_BATCH",
					     "SCHED_ISO", "SCHED_IDLE", "SCHED_DEADLINE" };
	return p < 7 ? names[p] : "?";
}

static void sched(void)
{
	struct attr a;
	memset(&a, 0, sizeof(a));
	DO(syscall(SYS_sched_getattr, (long)0, &a, sizeof(a), (long)0));
	expect(RET, "sched_getattr(0, {size=%u, sched_policy=%s, sched_flags=0, sched_nice=%d, sched_priority=%u, "
	       "sched_runtime=%llu, sched_deadline=%llu, sched_period=%llu, sched_util_min=%u, sched_util_max=%u}, "
	       "56, 0)", a.size, policy(a.sched_policy), a.sched_nice, a.sched_priority,
	       (unsigned long long)a.sched_runtime, (unsigned long long)a.sched_deadline,
	       (unsigned long long)a.sched_period, a.sched_util_min, a.sched_util_max);
	DO(syscall(SYS_sched_getattr, (long)0, &a, (long)48, (long)0));
	expect(RET, "sched_getattr(0, {size=%u, sched_policy=%s, sched_flags=0, sched_nice=%d, sched_priority=%u, "
	       "sched_runtime=%llu, sched_deadline=%llu, sched_period=%llu}, 48, 0)", a.size,
	       policy(a.sched_policy), a.sched_nice, a.sched_priority, (unsigned long long)a.sched_runtime,
	       (unsigned long long)a.sched_deadline, (unsigned long long)a.sched_period);
	DO(syscall(SYS_sched_getattr, (long)0, NULL, (long)56, (long)0));
	expect(RET, "sched_getattr(0, NULL, 56, 0)");
	DO(syscall(SYS_sched_getattr, (long)0, &a, (long)20, (long)0));
	expect(RET, "sched_getattr(0, %p, 20, 0)", (void *)&a);

	memset(&a, 0, sizeof(a));
	a.size = 48;
	a.sched_flags = 0x18;   /* KEEP_POLICY|KEEP_PARAMS: changes nothing */
	DO(syscall(SYS_sched_setattr, (long)0, &a, (long)0));
	expect(RET, "sched_setattr(0, {size=48, sched_flags=SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS}, 0)");
	a.size = 200;
	a.sched_flags = 0x80;
	a.sched_policy = 77;
	DO(syscall(SYS_sched_setattr, (long)0, &a, (long)0));
	char then[32] = "";
	if (last_ret == -1 && last_err == E2BIG)
		snprintf(then, sizeof(then), " => {size=%u}", a.size);
	expect(RET, "sched_setattr(0, {size=200, sched_policy=0x4d /* SCHED_??? */, sched_flags=0x80 "
	       "/* SCHED_FLAG_??? */, sched_nice=0, sched_priority=0, sched_runtime=0, sched_deadline=0, "
	       "sched_period=0, sched_util_min=0, sched_util_max=0, ...}%s, 0)", then);
	a.size = 20;
	DO(syscall(SYS_sched_setattr, (long)0, &a, (long)0));
	if (last_ret == -1 && last_err == E2BIG)
		snprintf(then, sizeof(then), " => {size=%u}", a.size);
	else
		then[0] = '\0';
	expect(RET, "sched_setattr(0, {size=20}%s, 0)", then);
	DO(syscall(SYS_sched_setattr, (long)0, (long)8, (long)0));
	expect(RET, "sched_setattr(0, 0x8, 0)");
}

int main(int argc, char **argv)
{
	one_write();
	int p[2];
	if (pipe(p) < 0 || write(p[1], "x", 1) != 1)
		return 99;
	polls(p[0], p[1]);
	selects(p[0], p[1]);
	epolls(p[0], p[1]);
	fds(argc > 1 ? argv[1] : "/tmp");
	futexes();
	sched();
	return 0;
}
