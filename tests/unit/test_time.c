/* The signal, time and event decoders (src/decode/signal.c, time.c,
 * events.c, misc.c) run from fake memory for every ABI.  The structs are
 * laid out here from what each ABI's kernel interface is (word size,
 * packing, where a union starts), written out independently of
 * tables/abi, so a wrong layout table fails here; the expected text is
 * what strace 6.1 prints for the same values. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_mem.h"
#include "print.h"
#include "siginfo.h"

static int failures, checks;
static struct outfile *out;
static struct mem_reader mem;
static char last_aux[1024];

static struct outfile *mem_outfile(void)
{
	struct outfile *f = calloc(1, sizeof(*f));
	f->fd = -1;
	f->cap = 1 << 16;
	f->buf = malloc(f->cap);
	return f;
}

static void check_text(const char *what, const char *got, size_t len, const char *want)
{
	checks++;
	if (len != strlen(want) || memcmp(got, want, len)) {
		failures++;
		printf("not ok %d - %s\n#   want: %s\n#   got:  %.*s\n", checks, what, want, (int)len, got);
	} else {
		printf("ok %d - %s\n", checks, what);
	}
}

/* Runs a syscall's decoder at entry and, unless done, at exit with rval,
 * the way syscall.c does; checks the argument text. Returns false when
 * the ABI has no such call. */
static bool call(const struct abi *abi, const char *name, const uint64_t args[6], int64_t rval,
		 const char *want)
{
	struct dctx d;
	struct syscall_state sc;
	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	last_aux[0] = '\0';
	const struct syscall_name_ent *n = syscall_by_name(name, strlen(name));
	if (!n || n->nr[abi->id] < 0)
		return false;
	out->len = 0;
	sc.abi = abi;
	sc.ent = sysent_lookup(abi, (uint64_t)n->nr[abi->id]);
	memcpy(sc.args, args, sizeof(sc.args));
	d.sc = &sc;
	d.abi = abi;
	d.out = out;
	d.mem = &mem;
	d.max_strlen = 32;
	d.ret_kind = -1;
	int r = sc.ent->decode ? sc.ent->decode(&d) : decode_generic(&d);
	if (r != DEC_DONE) {
		sc.rval = rval;
		sc.error = rval < 0 && rval > -4096 ? (int)-rval : 0;
		d.exiting = true;
		if (sc.ent->decode)
			sc.ent->decode(&d);
		else
			decode_generic(&d);
	}
	snprintf(last_aux, sizeof(last_aux), "%s", d.auxstr);
	char what[160];
	snprintf(what, sizeof(what), "%s %s", abi->name, name);
	check_text(what, out->buf, out->len, want);
	return true;
}

static void check_aux(const struct abi *abi, const char *name, const char *want)
{
	char what[160];
	snprintf(what, sizeof(what), "%s %s: after the return", abi->name, name);
	check_text(what, last_aux, strlen(last_aux), want);
}

/* ---- what each ABI's structures look like ---- */

struct facts {
	int ws;                 /* long and pointer */
	int epoll_size, epoll_data;
	int sa_flags, sa_restorer, sa_mask;   /* sa_restorer -1: none */
};

static struct facts facts_of(const struct abi *abi)
{
	switch (abi->id) {
	case ABI_X86_64: return (struct facts){ 8, 12, 4, 8, 16, 24 };
	case ABI_I386: return (struct facts){ 4, 12, 4, 4, 8, 12 };
	case ABI_AARCH64: return (struct facts){ 8, 16, 8, 8, 16, 24 };
	case ABI_ARM: return (struct facts){ 4, 16, 8, 4, 8, 12 };
	case ABI_RISCV64: return (struct facts){ 8, 16, 8, 8, -1, 16 };
	default: abort();
	}
}

static void put(unsigned char *b, int off, int size, uint64_t v)
{
	for (int i = 0; i < size; i++)
		b[off + i] = (unsigned char)(v >> (8 * i));
}

/* a {long sec; long nsec} pair of n-byte fields at off */
static void put_pair(unsigned char *b, int off, int n, int64_t a, int64_t c)
{
	put(b, off, n, (uint64_t)a);
	put(b, off + n, n, (uint64_t)c);
}

static const char *umax(int ws)
{
	return ws == 4 ? "4294967295" : "18446744073709551615";
}

/* ---- time ---- */

static void test_time(const struct abi *abi)
{
	struct facts f = facts_of(abi);
	int ws = f.ws;
	unsigned char b[512];
	char want[1024];

	/* native timespec, then the time64 one of 32-bit ABIs */
	memset(b, 0, sizeof(b));
	put_pair(b, 0, ws, 1, 500);
	put_pair(b, 64, ws, -1, -1);
	put_pair(b, 128, 8, -7, 999999999);
	fake_mem_add(0x1000, b, sizeof(b));
	uint64_t a1[6] = { 1, 0x1000 };
	call(abi, "clock_gettime", a1, 0, "CLOCK_MONOTONIC, {tv_sec=1, tv_nsec=500}");
	call(abi, "clock_gettime", a1, -14, "CLOCK_MONOTONIC, 0x1000");
	uint64_t a2[6] = { 0x63, 0x1040 };
	snprintf(want, sizeof(want), "0x63 /* CLOCK_??? */, {tv_sec=-1, tv_nsec=%s}", umax(ws));
	call(abi, "clock_settime", a2, -22, want);
	uint64_t a3[6] = { 11, 0x1080 };
	call(abi, "clock_getres_time64", a3, 0, "CLOCK_TAI, {tv_sec=-7, tv_nsec=999999999}");
	call(abi, "clock_settime64", a3, -1, "CLOCK_TAI, {tv_sec=-7, tv_nsec=999999999}");
	/* sched_rr_get_interval: the ABI's timespec, or the time64 one */
	uint64_t rr[6] = { 0, 0x1000 };
	call(abi, "sched_rr_get_interval", rr, 0, "0, {tv_sec=1, tv_nsec=500}");
	call(abi, "sched_rr_get_interval", rr, -22, "0, 0x1000");
	uint64_t rr0[6] = { (uint64_t)-1, 0 };
	call(abi, "sched_rr_get_interval", rr0, -14, "-1, NULL");
	uint64_t rr64[6] = { 7, 0x1080 };
	call(abi, "sched_rr_get_interval_time64", rr64, 0, "7, {tv_sec=-7, tv_nsec=999999999}");

	/* sleeps: the time left only when interrupted */
	uint64_t s1[6] = { 0x1000, 0x1040 };
	snprintf(want, sizeof(want), "{tv_sec=1, tv_nsec=500}, {tv_sec=-1, tv_nsec=%s}", umax(ws));
	call(abi, "nanosleep", s1, -516, want);
	call(abi, "nanosleep", s1, 0, "{tv_sec=1, tv_nsec=500}, 0x1040");
	call(abi, "nanosleep", s1, -4, "{tv_sec=1, tv_nsec=500}, 0x1040");
	uint64_t s2[6] = { 0, 0, 0x1000, 0x1040 };
	snprintf(want, sizeof(want), "CLOCK_REALTIME, 0, {tv_sec=1, tv_nsec=500}, {tv_sec=-1, tv_nsec=%s}", umax(ws));
	call(abi, "clock_nanosleep", s2, -514, want);
	uint64_t s3[6] = { 0, 1, 0x1000, 0x1040 };
	call(abi, "clock_nanosleep", s3, -514, "CLOCK_REALTIME, TIMER_ABSTIME, {tv_sec=1, tv_nsec=500}, 0x1040");
	uint64_t s4[6] = { 1, 3, 0x1080, 0 };
	call(abi, "clock_nanosleep_time64", s4, 0,
	     "CLOCK_MONOTONIC, TIMER_ABSTIME|0x2, {tv_sec=-7, tv_nsec=999999999}, NULL");
	fake_mem_clear();

	/* timeval, timezone, itimerval */
	memset(b, 0, sizeof(b));
	put_pair(b, 0, ws, 1795464748, 728803);
	put(b, 32, 4, (uint64_t)-60);
	put(b, 36, 4, 1);
	put_pair(b, 64, ws, 0, 0);
	put_pair(b, 64 + 2 * ws, ws, 2, 250000);
	fake_mem_add(0x2000, b, sizeof(b));
	uint64_t g1[6] = { 0x2000, 0x2020 };
	call(abi, "gettimeofday", g1, 0, "{tv_sec=1795464748, tv_usec=728803}, {tz_minuteswest=-60, tz_dsttime=1}");
	call(abi, "gettimeofday", g1, -14, "0x2000, 0x2020");
	uint64_t g2[6] = { 0, 0x9000 };
	call(abi, "settimeofday", g2, -14, "NULL, 0x9000");
	uint64_t i1[6] = { 2, 0x2040 };
	call(abi, "getitimer", i1, 0,
	     "ITIMER_PROF, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=2, tv_usec=250000}}");
	uint64_t i2[6] = { 7, 0x2040, 0 };
	call(abi, "setitimer", i2, -22,
	     "0x7 /* ITIMER_??? */, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=2, tv_usec=250000}}, NULL");
	fake_mem_clear();

	/* itimerspec: native and 64-bit */
	memset(b, 0, sizeof(b));
	put_pair(b, 0, ws, 1, 2);
	put_pair(b, 2 * ws, ws, 3, 4);
	put_pair(b, 64, 8, 5, 6);
	put_pair(b, 80, 8, 7, 8);
	fake_mem_add(0x3000, b, sizeof(b));
	uint64_t t1[6] = { 0, 1, 0x3000, 0x3000 };
	call(abi, "timer_settime", t1, 0,
	     "0, TIMER_ABSTIME, {it_interval={tv_sec=1, tv_nsec=2}, it_value={tv_sec=3, tv_nsec=4}}, "
	     "{it_interval={tv_sec=1, tv_nsec=2}, it_value={tv_sec=3, tv_nsec=4}}");
	uint64_t t2[6] = { 3, 0, 0x3040, 0 };
	call(abi, "timerfd_settime64", t2, 0,
	     "3, 0, {it_interval={tv_sec=5, tv_nsec=6}, it_value={tv_sec=7, tv_nsec=8}}, NULL");
	uint64_t t3[6] = { 3, 0x3000 };
	call(abi, "timerfd_gettime", t3, -9, "3, 0x3000");
	call(abi, "timer_gettime", t3, 0, "3, {it_interval={tv_sec=1, tv_nsec=2}, it_value={tv_sec=3, tv_nsec=4}}");
	uint64_t t4[6] = { 3, 0x3040 };
	call(abi, "timer_gettime64", t4, 0, "3, {it_interval={tv_sec=5, tv_nsec=6}, it_value={tv_sec=7, tv_nsec=8}}");
	fake_mem_clear();

	/* struct timex: long fields (and timeval) on the ABI's word size;
	 * __kernel_timex: 64-bit fields everywhere */
	for (int k = 0; k < 2; k++) {
		int w = k ? 8 : ws;
		/* modes, offset ... tolerance, time, tick ... stbcnt, tai */
		memset(b, 0, sizeof(b));
		int off = 0;
		put(b, off, 4, 0xa009);
		off += w;
		int64_t vals[] = { -3, 0, 16000000, 16000000 };
		for (int i = 0; i < 4; i++, off += w)
			put(b, off, w, (uint64_t)vals[i]);
		put(b, off, 4, 0x2041);   /* status */
		off += w;
		int64_t vals2[] = { 2, 1, 32768000 };
		for (int i = 0; i < 3; i++, off += w)
			put(b, off, w, (uint64_t)vals2[i]);
		put_pair(b, off, w, 1795464748, 729738);
		off += 2 * w;
		int64_t vals3[] = { 10000, 0, 0, 4, 0, 0, 0, 0, 0 };  /* tick .. stbcnt */
		for (int i = 0; i < 9; i++, off += w)
			put(b, off, w, (uint64_t)vals3[i]);
		put(b, off, 4, 37);
		fake_mem_add(0x4000, b, sizeof(b));
		const char *tx = "{modes=ADJ_OFFSET_SS_READ|ADJ_ESTERROR, offset=-3, freq=0, maxerror=16000000, "
			"esterror=16000000, status=STA_PLL|STA_UNSYNC|STA_NANO, constant=2, precision=1, "
			"tolerance=32768000, time={tv_sec=1795464748, tv_usec=729738}, tick=10000, ppsfreq=0, "
			"jitter=0, shift=4, stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, tai=37}";
		uint64_t x1[6] = { 0x4000 };
		uint64_t x2[6] = { 0, 0x4000 };
		if (k == 0) {
			if (call(abi, "adjtimex", x1, 5, tx))
				check_aux(abi, "adjtimex", "(TIME_ERROR)");
			call(abi, "adjtimex", x1, -22, "0x4000");
			snprintf(want, sizeof(want), "CLOCK_REALTIME, %s", tx);
			if (call(abi, "clock_adjtime", x2, 0, want))
				check_aux(abi, "clock_adjtime", "(TIME_OK)");
		} else {
			snprintf(want, sizeof(want), "CLOCK_REALTIME, %s", tx);
			call(abi, "clock_adjtime64", x2, 9, want);
		}
		fake_mem_clear();
	}

	/* struct sigevent: value, signo, notify, then the union */
	memset(b, 0, sizeof(b));
	put(b, 0, ws, 7);
	put(b, ws, 4, 12);
	put(b, ws + 4, 4, 4);          /* SIGEV_THREAD_ID */
	put(b, ws + 8, 4, 4321);
	put(b, 64 + ws, 4, 12);
	put(b, 64 + ws + 4, 4, 2);     /* SIGEV_THREAD */
	put(b, 64 + ws + 8, ws, 0x1234);
	put(b, 128 + ws, 4, 12);
	put(b, 128 + ws + 4, 4, 1);    /* SIGEV_NONE, value 0 */
	put(b, 256, 4, 5);             /* the timer id written back */
	fake_mem_add(0x5000, b, sizeof(b));
	uint64_t c1[6] = { 1, 0x5000, 0x5100 };
	call(abi, "timer_create", c1, 0,
	     "CLOCK_MONOTONIC, {sigev_value={sival_int=7, sival_ptr=0x7}, sigev_signo=SIGUSR2, "
	     "sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=4321}, [5]");
	uint64_t c2[6] = { 0, 0x5040, 0x5100 };
	call(abi, "timer_create", c2, -22,
	     "CLOCK_REALTIME, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD, "
	     "sigev_notify_function=0x1234, sigev_notify_attributes=NULL}, 0x5100");
	uint64_t c3[6] = { 0, 0x5080, 0 };
	call(abi, "timer_create", c3, -14, "CLOCK_REALTIME, {sigev_signo=12, sigev_notify=SIGEV_NONE}, NULL");
	fake_mem_clear();

	/* time(2): time_t is a long */
	memset(b, 0, sizeof(b));
	put(b, 0, ws, 86400);
	fake_mem_add(0x6000, b, 16);
	uint64_t m1[6] = { 0x6000 };
	if (call(abi, "time", m1, 86400, "[86400 /* 1970-01-02T00:00:00+0000 */]"))
		check_aux(abi, "time", "(1970-01-02T00:00:00+0000)");
	fake_mem_clear();
}

/* ---- signals ---- */

static void put_siginfo_head(unsigned char *b, int sig, int err, int code)
{
	put(b, 0, 4, (uint64_t)sig);
	put(b, 4, 4, (uint64_t)err);
	put(b, 8, 4, (uint64_t)(uint32_t)code);
}

static void test_signals(const struct abi *abi)
{
	struct facts f = facts_of(abi);
	int ws = f.ws;
	int u = ws == 8 ? 16 : 12;   /* the union of siginfo_t */
	unsigned char b[1024];
	char want[1024];

	/* siginfo of several si_code families */
	memset(b, 0, sizeof(b));
	put_siginfo_head(b, 10, 0, -1);            /* SI_QUEUE */
	put(b, u, 4, 12);
	put(b, u + 4, 4, 0xffffffff);
	put(b, u + 8, ws, 0xdeadbeef);
	put_siginfo_head(b + 128, 17, 0, 2);       /* CLD_KILLED */
	put(b + 128, u, 4, 12);
	put(b + 128, u + 4, 4, 34);
	put(b + 128, u + 8, 4, 9);
	put(b + 128, ws == 8 ? 32 : 24, ws, 123);  /* si_utime */
	put_siginfo_head(b + 256, 31, 0, 1);       /* SIGSYS, SYS_SECCOMP */
	put(b + 256, u, ws, 0x4567);
	put(b + 256, u + ws, 4, (uint64_t)syscall_by_name("getpid", 6)->nr[abi->id]);
	put(b + 256, u + ws + 4, 4, abi->audit_arch);
	put_siginfo_head(b + 384, 11, 5, 3);       /* SEGV_BNDERR */
	put(b + 384, u, ws, 0x1234);
	put(b + 384, u + 2 * ws, ws, 0x10);        /* si_lower after si_addr_lsb */
	put(b + 384, u + 3 * ws, ws, 0x20);
	put_siginfo_head(b + 512, 10, 0, -5);      /* SI_SIGIO */
	put(b + 512, u, ws, (uint64_t)-77);
	put(b + 512, u + ws, 4, 5);
	put_siginfo_head(b + 640, 10, 0, -2);      /* SI_TIMER */
	put(b + 640, u, 4, 0x22);
	put(b + 640, u + 4, 4, 3);
	fake_mem_add(0x1000, b, sizeof(b));
	uint64_t q1[6] = { 1234, 10, 0x1000 };
	call(abi, "rt_sigqueueinfo", q1, -3,
	     "1234, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=12, si_uid=-1, "
	     "si_int=-559038737, si_ptr=0xdeadbeef}");
	uint64_t q2[6] = { 1, 2, 17, 0x1080 };
	call(abi, "rt_tgsigqueueinfo", q2, -1,
	     "1, 2, SIGCHLD, {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=12, si_uid=34, "
	     "si_status=SIGKILL, si_utime=123 /* 1.23 s */, si_stime=0}");
	uint64_t q3[6] = { 1, 31, 0x1100 };
	snprintf(want, sizeof(want), "1, SIGSYS, {si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x4567, "
		 "si_syscall=__NR_getpid, si_arch=AUDIT_ARCH_%s}",
		 abi->id == ABI_X86_64 ? "X86_64" : abi->id == ABI_I386 ? "I386" :
		 abi->id == ABI_AARCH64 ? "AARCH64" : abi->id == ABI_ARM ? "ARM" : "RISCV64");
	call(abi, "rt_sigqueueinfo", q3, -1, want);
	uint64_t q4[6] = { 1, 11, 0x1180 };
	call(abi, "rt_sigqueueinfo", q4, -1,
	     "1, SIGSEGV, {si_signo=SIGSEGV, si_code=SEGV_BNDERR, si_errno=EIO, si_addr=0x1234, "
	     "si_lower=0x10, si_upper=0x20}");
	uint64_t q5[6] = { 1, 10, 0x1200 };
	call(abi, "rt_sigqueueinfo", q5, -1,
	     "1, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_SIGIO, si_band=-77, si_fd=5}");
	uint64_t q6[6] = { 1, 10, 0x1280 };
	call(abi, "rt_sigqueueinfo", q6, -1,
	     "1, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_TIMER, si_timerid=0x22, si_overrun=3, "
	     "si_int=0, si_ptr=NULL}");
	uint64_t q7[6] = { 1, 10, 0x9000 };
	call(abi, "rt_sigqueueinfo", q7, -14, "1, SIGUSR1, 0x9000");
	fake_mem_clear();

	/* SIGSYS naming a syscall of the other ABI of the same machine */
	const struct abi *other = abi->id == ABI_X86_64 ? &abis[ABI_I386] : abi->id == ABI_I386 ? &abis[ABI_X86_64] :
		abi->id == ABI_AARCH64 ? &abis[ABI_ARM] : abi->id == ABI_ARM ? &abis[ABI_AARCH64] : NULL;
	if (other) {
		memset(b, 0, sizeof(b));
		int nr = syscall_by_name("getpid", 6)->nr[other->id];
		put_siginfo_head(b, 31, 0, 1);
		put(b, u + ws, 4, (uint64_t)nr);
		put(b, u + ws + 4, 4, other->audit_arch);
		fake_mem_add(0x1000, b, 128);
		snprintf(want, sizeof(want), "1, SIGSYS, {si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=NULL, "
			 "si_syscall=%d /* getpid */, si_arch=AUDIT_ARCH_%s}", nr,
			 other->id == ABI_X86_64 ? "X86_64" : other->id == ABI_I386 ? "I386" :
			 other->id == ABI_AARCH64 ? "AARCH64" : "ARM");
		call(abi, "rt_sigqueueinfo", q3 /* 0x1100 */, -1, "1, SIGSYS, 0x1100");
		uint64_t q8[6] = { 1, 31, 0x1000 };
		call(abi, "rt_sigqueueinfo", q8, -1, want);
		fake_mem_clear();
	}

	/* rt_sigtimedwait: siginfo at exit, the timeout as it was */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 1u << 9);                     /* [USR1] */
	put_siginfo_head(b + 64, 10, 0, 0);        /* SI_USER */
	put(b + 64, u, 4, 99);
	put(b + 64, u + 4, 4, 0);
	put_pair(b + 256, 0, ws, 0, 100);
	put_pair(b + 256, 16, 8, 3, 0);
	fake_mem_add(0x2000, b, 512);
	uint64_t w1[6] = { 0x2000, 0x2040, 0x2100, 8 };
	if (call(abi, "rt_sigtimedwait", w1, 10,
		 "[USR1], {si_signo=SIGUSR1, si_code=SI_USER, si_pid=99, si_uid=0}, {tv_sec=0, tv_nsec=100}, 8"))
		check_aux(abi, "rt_sigtimedwait", "(SIGUSR1)");
	call(abi, "rt_sigtimedwait", w1, -11, "[USR1], 0x2040, {tv_sec=0, tv_nsec=100}, 8");
	uint64_t w2[6] = { 0x2000, 0, 0x2110, 8 };
	call(abi, "rt_sigtimedwait_time64", w2, -11, "[USR1], NULL, {tv_sec=3, tv_nsec=0}, 8");
	uint64_t w3[6] = { 0x2000, 0x2040, 0, 4 };
	call(abi, "rt_sigtimedwait", w3, -22,
	     ws == 4 ? "[USR1], 0x2040, NULL, 4" : "0x2000, 0x2040, NULL, 4");

	/* masks and their sizes: a word at least, at most 8 bytes */
	uint64_t p1[6] = { 0x2000, 4 };
	call(abi, "rt_sigpending", p1, 0, "[USR1], 4");
	uint64_t p2[6] = { 0x2000, 16 };
	call(abi, "rt_sigpending", p2, -22, "0x2000, 16");
	uint64_t p3[6] = { 0x2000, 8 };
	call(abi, "rt_sigsuspend", p3, -514, "[USR1], 8");
	uint64_t p4[6] = { 0, 0x2000, 0x2000, 4 };
	call(abi, "rt_sigprocmask", p4, -22,
	     ws == 4 ? "SIG_BLOCK, [USR1], 0x2000, 4" : "SIG_BLOCK, 0x2000, 0x2000, 4");
	uint64_t p5[6] = { (uint64_t)-1 & 0xffffffff, 0x2000, 8, 0x80800 };
	call(abi, "signalfd4", p5, 3, "-1, [USR1], 8, SFD_CLOEXEC|SFD_NONBLOCK");
	uint64_t p6[6] = { 3, 0x2000, 8 };
	call(abi, "signalfd", p6, 3, "3, [USR1], 8");
	fake_mem_clear();

	/* stack_t: pointer, int flags, size_t size */
	memset(b, 0, sizeof(b));
	put(b, 0, ws, 0x7000);
	put(b, ws, 4, 0x80000001);
	put(b, 2 * ws, ws, 65536);
	put(b + 64, ws, 4, 2);
	fake_mem_add(0x3000, b, 128);
	uint64_t k1[6] = { 0x3000, 0x3040 };
	call(abi, "sigaltstack", k1, 0,
	     "{ss_sp=0x7000, ss_flags=SS_ONSTACK|SS_AUTODISARM, ss_size=65536}, "
	     "{ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}");
	call(abi, "sigaltstack", k1, -14, "{ss_sp=0x7000, ss_flags=SS_ONSTACK|SS_AUTODISARM, ss_size=65536}, 0x3040");
	fake_mem_clear();

	/* struct sigaction as rt_sigaction takes it */
	memset(b, 0, sizeof(b));
	put(b, 0, ws, 0x1234);
	put(b, f.sa_flags, ws, 0x04000000 | 0x10000000);
	if (f.sa_restorer >= 0)
		put(b, f.sa_restorer, ws, 0x5678);
	put(b, f.sa_mask, 8, 1u << 1);
	put(b + 64, 0, ws, 1);
	fake_mem_add(0x4000, b, 128);
	uint64_t r1[6] = { 2, 0x4000, 0x4040, 8 };
	call(abi, "rt_sigaction", r1, 0,
	     f.sa_restorer >= 0
	     ? "SIGINT, {sa_handler=0x1234, sa_mask=[INT], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x5678}, "
	       "{sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}, 8"
	     : "SIGINT, {sa_handler=0x1234, sa_mask=[INT], sa_flags=SA_RESTART|0x4000000}, "
	       "{sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}, 8");

	/* the pre-rt sigaction of i386 and arm: handler, mask, flags, restorer */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 0xffffffff);
	put(b, 4, 4, 1u << 1);
	put(b, 8, 4, 0x04000000);
	put(b, 12, 4, 0x5678);
	fake_mem_add(0x5000, b, 16);
	uint64_t o1[6] = { 2, 0x5000, 0 };
	call(abi, "sigaction", o1, 0, "SIGINT, {sa_handler=SIG_ERR, sa_mask=[INT], sa_flags=SA_RESTORER, sa_restorer=0x5678}, NULL");
	uint64_t o2[6] = { 1, 0x5004, 0x5004 };
	call(abi, "sigprocmask", o2, 0, "SIG_UNBLOCK, [INT], [INT]");
	uint64_t o3[6] = { 0, 0, 2 };
	call(abi, "sigsuspend", o3, -514, "[INT]");
	uint64_t o5[6] = { 0 };
	if (call(abi, "sgetmask", o5, 0x202, ""))
		check_aux(abi, "sgetmask", "(mask [INT USR1])");
	uint64_t o6[6] = { 0xfffffffe };
	if (call(abi, "ssetmask", o6, 0, "~[HUP]"))
		check_aux(abi, "ssetmask", "(old mask [])");
	uint64_t o7[6] = { 0x5004 };
	call(abi, "sigpending", o7, 0, "[INT]");
	uint64_t o4[6] = { 2, 1 };
	if (call(abi, "signal", o4, 0, "SIGINT, SIG_IGN"))
		check_aux(abi, "signal", "(SIG_DFL)");
	fake_mem_clear();
}

/* ---- events ---- */

static void test_events(const struct abi *abi)
{
	struct facts f = facts_of(abi);
	int ws = f.ws;
	unsigned char b[1024];
	char want[1024];

	/* struct pollfd: int fd, short events, short revents */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 3);
	put(b, 4, 2, 3);
	put(b, 6, 2, 1);
	put(b, 8, 4, (uint64_t)-1);
	put(b, 16, 4, 4);
	put(b, 20, 2, 0x4000);
	put(b, 22, 2, 0x14);
	put(b + 64, 0, 4, 1u << 0);                /* [HUP] */
	put_pair(b + 128, 0, ws, 0, 999);
	put_pair(b + 160, 0, 8, 1, 2);
	fake_mem_add(0x1000, b, 256);
	uint64_t e1[6] = { 0x1000, 3, 100 };
	if (call(abi, "poll", e1, 2,
		 "[{fd=3, events=POLLIN|POLLPRI}, {fd=-1}, {fd=4, events=0x4000 /* POLL??? */}], 3, 100"))
		check_aux(abi, "poll", "([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT|POLLHUP}])");
	if (call(abi, "poll", e1, 0, "[{fd=3, events=POLLIN|POLLPRI}, {fd=-1}, {fd=4, events=0x4000 /* POLL??? */}], 3, 100"))
		check_aux(abi, "poll", "(Timeout)");
	uint64_t e2[6] = { 0x1000, 1, 0x1080, 0x1040, 8 };
	if (call(abi, "ppoll", e2, 1, "[{fd=3, events=POLLIN|POLLPRI}], 1, {tv_sec=0, tv_nsec=999}, [HUP], 8"))
		check_aux(abi, "ppoll", "([{fd=3, revents=POLLIN}], left {tv_sec=0, tv_nsec=999})");
	uint64_t e3[6] = { 0x1000, 1, 0x10a0, 0, 8 };
	if (call(abi, "ppoll_time64", e3, 1, "[{fd=3, events=POLLIN|POLLPRI}], 1, {tv_sec=1, tv_nsec=2}, NULL, 8"))
		check_aux(abi, "ppoll_time64", "([{fd=3, revents=POLLIN}], left {tv_sec=1, tv_nsec=2})");
	/* the array runs into unreadable memory */
	uint64_t e4[6] = { 0x1000 + 256 - 8, 2, 0, 0, 8 };
	call(abi, "ppoll", e4, -14, "[{fd=0, events=0}, ... /* 0x1100 */], 2, NULL, NULL, 8");
	fake_mem_clear();

	/* fd sets (whole words), the pselect6 sigmask pack */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 0x18);                        /* [3 4] */
	put(b, 8, 4, 0x10);                        /* [4] */
	put(b, 64, ws, 0x2080);                    /* {sigmask, sigsetsize} */
	put(b, 64 + ws, ws, 8);
	put(b, 128, 4, 0);
	put_pair(b, 192, ws, 1, 5);
	fake_mem_add(0x2000, b, 256);
	uint64_t p1[6] = { 5, 0x2000, 0x2008, 0, 0x20c0, 0x2040 };
	snprintf(want, sizeof(want), "5, [3 4], [4], NULL, {tv_sec=1, tv_nsec=5}, {sigmask=[], sigsetsize=8}");
	if (call(abi, "pselect6", p1, 2, want))
		check_aux(abi, "pselect6", "(in [3 4], left {tv_sec=1, tv_nsec=5})");
	uint64_t p2[6] = { 0, 0x2000, 0x2008, 0, 0, 0 };
	call(abi, "pselect6", p2, 0, "0, 0x2000, 0x2008, NULL, NULL, NULL");
	check_aux(abi, "pselect6", "(Timeout)");
	uint64_t p3[6] = { 5, 0x2000, 0, 0, 0x20c0 };
	if (call(abi, "_newselect", p3, 1, "5, [3 4], NULL, NULL, {tv_sec=1, tv_usec=5}"))
		check_aux(abi, "_newselect", "(in [3], left {tv_sec=1, tv_usec=5})");
	/* (i386's select is the old one: test_oldselect) */
	if (abi->id != ABI_I386 && call(abi, "select", p3, 1, "5, [3 4], NULL, NULL, {tv_sec=1, tv_usec=5}"))
		check_aux(abi, "select", "(in [3], left {tv_sec=1, tv_usec=5})");
	fake_mem_clear();

	/* struct epoll_event: packed on x86 */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 0x80000001);
	put(b, f.epoll_data, 8, 0x1122334455667788ULL);
	put(b, f.epoll_size, 4, 4);
	put(b, f.epoll_size + f.epoll_data, 8, 7);
	put(b + 128, 0, 4, 1u << 1);
	put_pair(b + 192, 0, 8, 0, 0);
	fake_mem_add(0x3000, b, 256);
	uint64_t c1[6] = { 5, 1, 3, 0x3000 };
	call(abi, "epoll_ctl", c1, 0,
	     "5, EPOLL_CTL_ADD, 3, {events=EPOLLIN|EPOLLET, data={u32=1432778632, u64=1234605616436508552}}");
	uint64_t c2[6] = { 5, 2, 3, 0x3000 };
	call(abi, "epoll_ctl", c2, 0, "5, EPOLL_CTL_DEL, 3, 0x3000");
	uint64_t c3[6] = { 5, 0x3000, 8, 0, 0x3080, 8 };
	call(abi, "epoll_pwait", c3, 2,
	     "5, [{events=EPOLLIN|EPOLLET, data={u32=1432778632, u64=1234605616436508552}}, "
	     "{events=EPOLLOUT, data={u32=7, u64=7}}], 8, 0, [INT], 8");
	call(abi, "epoll_pwait", c3, -4, "5, 0x3000, 8, 0, 0x3080, 8");
	uint64_t c4[6] = { 5, 0x3000, 8, 0x30c0, 0, 8 };
	call(abi, "epoll_pwait2", c4, 0, "5, [], 8, {tv_sec=0, tv_nsec=0}, NULL, 8");
	uint64_t c5[6] = { 5, 0x3000, 1, (uint64_t)-1 };
	call(abi, "epoll_wait", c5, 1, "5, [{events=EPOLLIN|EPOLLET, data={u32=1432778632, u64=1234605616436508552}}], 1, -1");
	fake_mem_clear();

	/* futex_waitv: 24-byte waiters on every ABI */
	memset(b, 0, sizeof(b));
	put(b, 0, 8, 1);
	put(b, 8, 8, 0x7000);
	put(b, 16, 4, 0x82);
	put(b, 24 + 0, 8, 0);
	put(b, 24 + 16, 4, 0xf0);
	put(b, 24 + 20, 4, 4);
	put_pair(b, 64, 8, 0, 1000);
	fake_mem_add(0x4000, b, 128);
	uint64_t v1[6] = { 0x4000, 2, 0, 0x4040, 1 };
	call(abi, "futex_waitv", v1, -11,
	     "[{val=0x1, uaddr=0x7000, flags=FUTEX_32|FUTEX_PRIVATE_FLAG}, "
	     "{val=0, uaddr=NULL, flags=FUTEX_PRIVATE_FLAG|0x70, __reserved=0x4}], 2, 0, "
	     "{tv_sec=0, tv_nsec=1000}, CLOCK_MONOTONIC");
	/* futex: the native timespec, or the 64-bit one of futex_time64 */
	put_pair(b, 96, ws, 2, 3);
	fake_mem_add(0x5000, b, 128);
	uint64_t x1[6] = { 0x7000, 0x80, 1, 0x5060 };
	call(abi, "futex", x1, -11, "0x7000, FUTEX_WAIT_PRIVATE, 1, {tv_sec=2, tv_nsec=3}");
	uint64_t x2[6] = { 0x7000, 0x189, 1, 0x5040, 0, 0xffffffff };
	call(abi, "futex_time64", x2, -110,
	     "0x7000, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 1, {tv_sec=0, tv_nsec=1000}, FUTEX_BITSET_MATCH_ANY");
	uint64_t x3[6] = { 0x7000, 5, 1, 2, 0x7004, 0x92345678 };
	call(abi, "futex", x3, 0,
	     "0x7000, FUTEX_WAKE_OP, 1, 2, 0x7004, FUTEX_OP_OPARG_SHIFT<<28|FUTEX_OP_ADD<<28|0x345<<12|FUTEX_OP_CMP_LT<<24|0x678");
	uint64_t x4[6] = { 0x7000, 0xa, 1, 0x5060, 0, 0x10 };
	call(abi, "futex", x4, 0, "0x7000, FUTEX_WAKE_BITSET, 1, 0x10");
	fake_mem_clear();

	/* struct sched_attr (the same on every ABI) */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 56);
	put(b, 4, 4, 0);
	put(b, 16, 4, (uint64_t)-5);
	put(b, 24, 8, 1400000);
	put(b, 52, 4, 1024);
	put(b + 64, 0, 4, 48);
	put(b + 64, 4, 4, 77);
	put(b + 64, 8, 8, 0x18);                   /* KEEP_POLICY|KEEP_PARAMS */
	put(b + 128, 0, 4, 200);
	put(b + 128, 8, 8, 0x20);
	fake_mem_add(0x6000, b, 256);
	uint64_t g1[6] = { 0, 0x6000, 100, 0 };
	call(abi, "sched_getattr", g1, 0,
	     "0, {size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=-5, sched_priority=0, "
	     "sched_runtime=1400000, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=1024}, 100, 0");
	call(abi, "sched_getattr", g1, -22, "0, 0x6000, 100, 0");
	uint64_t g2[6] = { 0, 0x6040, 0 };
	call(abi, "sched_setattr", g2, -22, "0, {size=48, sched_flags=SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS}, 0");
	uint64_t g3[6] = { 0, 0x6080, 0 };
	call(abi, "sched_setattr", g3, -7,
	     "0, {size=200, sched_policy=SCHED_OTHER, sched_flags=SCHED_FLAG_UTIL_CLAMP_MIN, sched_nice=0, "
	     "sched_priority=0, sched_runtime=0, sched_deadline=0, sched_period=0, sched_util_min=0, "
	     "sched_util_max=0, ...} => {size=200}, 0");
	fake_mem_clear();
}

/* i386's select(2) takes one pointer to its five arguments */
static void test_oldselect(void)
{
	const struct abi *abi = &abis[ABI_I386];
	unsigned char b[64];
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 4);
	put(b, 4, 4, 0x1020);
	put(b, 16, 4, 0x1028);
	put(b, 32, 4, 0x8);
	put_pair(b, 40, 4, 2, 0);
	fake_mem_add(0x1000, b, sizeof(b));
	uint64_t a[6] = { 0x1000 };
	if (call(abi, "select", a, 1, "4, [3], NULL, NULL, {tv_sec=2, tv_usec=0}"))
		check_aux(abi, "select", "(in [3], left {tv_sec=2, tv_usec=0})");
	uint64_t a2[6] = { 0x9000 };
	call(abi, "select", a2, -14, "0x9000");
	fake_mem_clear();
}

/* ---- signal lines: the tracer's own siginfo_t, whatever the tracee ---- */

/* PTRACE_GETSIGINFO hands the tracer its own layout for a tracee of any
 * ABI; the tracee's ABI only names si_syscall. */
static void test_signal_line(const struct abi *abi)
{
	struct dctx d;
	struct syscall_state sc;
	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	sc.abi = abi;
	d.sc = &sc;
	d.abi = abi;
	d.out = out;
	d.mem = &mem;
	d.max_strlen = 32;
	char what[96];
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGCHLD;
	si.si_code = CLD_KILLED;
	si.si_pid = 1234;
	si.si_uid = 1000;
	si.si_status = SIGTERM;
	out->len = 0;
	print_siginfo(&d, &si);
	snprintf(what, sizeof(what), "%s signal line SIGCHLD", abi->name);
	check_text(what, out->buf, out->len, "{si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=1234, si_uid=1000, "
		   "si_status=SIGTERM, si_utime=0, si_stime=0}");

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGSEGV;
	si.si_code = SEGV_MAPERR;
	si.si_addr = (void *)0x1000;
	out->len = 0;
	print_siginfo(&d, &si);
	snprintf(what, sizeof(what), "%s signal line SIGSEGV", abi->name);
	check_text(what, out->buf, out->len, "{si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x1000}");

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = 7;
	si.si_uid = 0;
	si.si_value.sival_int = 42;
	out->len = 0;
	print_siginfo(&d, &si);
	snprintf(what, sizeof(what), "%s signal line SI_QUEUE", abi->name);
	check_text(what, out->buf, out->len, "{si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=7, si_uid=0, "
		   "si_int=42, si_ptr=0x2a}");

	/* SIGSYS from seccomp: the syscall named in the tracee's own ABI */
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGSYS;
	si.si_code = 1;
	si.si_call_addr = (void *)0x4000;
	si.si_syscall = 20;
	si.si_arch = abi->audit_arch;
	out->len = 0;
	print_siginfo(&d, &si);
	const struct sysent *e = sysent_lookup(abi, 20);
	const char *arch = xlat_name(XLAT(abi, audit_arch), abi->audit_arch);
	char want[256];
	snprintf(want, sizeof(want), "{si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x4000, "
		 "si_syscall=__NR_%s, si_arch=%s}", e ? e->name : "?", arch ? arch : "?");
	snprintf(what, sizeof(what), "%s signal line SIGSYS", abi->name);
	check_text(what, out->buf, out->len, want);
}

int main(void)
{
	setenv("TZ", "UTC", 1);
	out = mem_outfile();
	fake_mem_init(&mem);
	for (int a = 0; a < ABI_COUNT; a++) {
		test_time(&abis[a]);
		test_signals(&abis[a]);
		test_events(&abis[a]);
		test_signal_line(&abis[a]);
	}
	test_oldselect();
	printf("1..%d\n", checks);
	printf("%d of %d checks failed\n", failures, checks);
	return failures ? 1 : 0;
}
