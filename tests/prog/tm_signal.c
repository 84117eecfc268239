/* Signals: masks, rt_sigaction, the rt_sig* calls with siginfo read from
 * memory, sigaltstack, signalfd, kill and friends, and the calls a signal
 * interrupts.  Prints the lines xstrace must print with
 * -e trace=rt_sigprocmask,rt_sigpending,rt_sigtimedwait,rt_sigqueueinfo,
 * rt_tgsigqueueinfo,rt_sigaction,sigaltstack,signalfd,signalfd4,alarm,
 * kill,tkill,tgkill,rt_sigsuspend,pause */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>
#include "tm_util.h"

#define BIT(sig) (1ULL << ((sig) - 1))

/* struct sigaction as rt_sigaction(2) takes it on x86_64, i386, arm and
 * aarch64 (riscv64 has no sa_restorer: these programs do not use it
 * there) */
struct ksigaction {
	unsigned long handler;
	unsigned long flags;
	unsigned long restorer;
	unsigned long mask[8 / sizeof(long)];
};
#define KSA_RESTORER 0x04000000UL

static void handler(int sig)
{
	(void)sig;
}

static void restorer(void)
{
}

static void masks(void)
{
	uint64_t m = 0, old = 0;
	DO(syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, (long)8));
	expect(RET, "rt_sigprocmask(SIG_SETMASK, [], NULL, 8)");
	m = BIT(SIGUSR1);
	DO(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &m, &old, (long)8));
	expect(RET, "rt_sigprocmask(SIG_BLOCK, [USR1], [], 8)");
	DO(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &m, NULL, (long)4));
	expect(RET, "rt_sigprocmask(SIG_BLOCK, %p, NULL, 4)", (void *)&m);
	DO(syscall(SYS_rt_sigprocmask, (long)5, &m, &old, (long)8));
	expect(RET, "rt_sigprocmask(0x5 /* SIG_??? */, [USR1], %p, 8)", (void *)&old);
	m = ~0ULL;
	DO(syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &m, NULL, (long)8));
	expect(RET, "rt_sigprocmask(SIG_UNBLOCK, ~[], NULL, 8)");
	m = BIT(SIGUSR1) | BIT(SIGUSR2);
	DO(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &m, &old, (long)8));
	expect(RET, "rt_sigprocmask(SIG_BLOCK, [USR1 USR2], [], 8)");

	DO(syscall(SYS_rt_sigpending, &m, (long)8));
	expect(RET, "rt_sigpending([], 8)");
	pid_t pid = getpid();
	DO(kill(pid, SIGUSR1));
	expect(RET, "kill(%d, SIGUSR1)", pid);
	DO(syscall(SYS_rt_sigpending, &m, (long)8));
	expect(RET, "rt_sigpending([USR1], 8)");
	DO(syscall(SYS_rt_sigpending, &m, (long)4));
	expect(RET, "rt_sigpending([USR1], 4)");
	DO(syscall(SYS_rt_sigpending, &m, (long)2));
	expect(RET, "rt_sigpending([USR1], 2)");
	DO(syscall(SYS_rt_sigpending, NULL, (long)8));
	expect(RET, "rt_sigpending(NULL, 8)");
	DO(syscall(SYS_rt_sigpending, &m, (long)16));
	expect(RET, "rt_sigpending(%p, 16)", (void *)&m);
}

static void waits(int nopid)
{
	uint64_t set = BIT(SIGUSR1);
	siginfo_t si;
	struct timespec ts = { 1, 0 };
	pid_t pid = getpid();
	uid_t uid = getuid();
	DO(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, (long)8));
	expect(ret_aux("(SIGUSR1)"),
	       "rt_sigtimedwait([USR1], {si_signo=SIGUSR1, si_code=SI_USER, si_pid=%d, si_uid=%u}, "
	       "{tv_sec=1, tv_nsec=0}, 8)", pid, uid);
	ts.tv_sec = 0;
	ts.tv_nsec = 1000;
	DO(syscall(SYS_rt_sigtimedwait, &set, &si, &ts, (long)8));
	expect(RET, "rt_sigtimedwait([USR1], %p, {tv_sec=0, tv_nsec=1000}, 8)", (void *)&si);
	DO(syscall(SYS_rt_sigtimedwait, &set, NULL, &ts, (long)8));
	expect(RET, "rt_sigtimedwait([USR1], NULL, {tv_sec=0, tv_nsec=1000}, 8)");
	DO(syscall(SYS_rt_sigtimedwait, &set, (void *)8, (void *)16, (long)8));
	expect(RET, "rt_sigtimedwait([USR1], 0x8, 0x10, 8)");

	/* a queued signal carries a value (its pid argument is one that the
	 * differential test's normaliser does not know: left out there) */
	if (nopid)
		return;
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = pid;
	si.si_uid = uid;
	si.si_value.sival_int = 42;
	DO(syscall(SYS_rt_sigqueueinfo, pid, SIGUSR1, &si));
	expect(RET, "rt_sigqueueinfo(%d, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=%d, si_uid=%u, "
	       "si_int=42, si_ptr=0x2a})", pid, pid, uid);
	memset(&si, 0, sizeof(si));
	DO(syscall(SYS_rt_sigtimedwait, &set, &si, NULL, (long)8));
	expect(ret_aux("(SIGUSR1)"),
	       "rt_sigtimedwait([USR1], {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=%d, si_uid=%u, "
	       "si_int=42, si_ptr=0x2a}, NULL, 8)", pid, uid);
}

/* siginfo of every family, sent nowhere: strace prints it all the same */
static void queue(int sig, int code, void (*fill)(siginfo_t *), const char *text)
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = code;
	if (fill)
		fill(&si);
	DO(syscall(SYS_rt_sigqueueinfo, (long)0x7ffffff0, sig, &si));
	expect(RET, "rt_sigqueueinfo(2147483632, %s, {%s})", sig == SIGUSR1 ? "SIGUSR1" :
	       sig == SIGCHLD ? "SIGCHLD" : sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" :
	       sig == SIGIO ? "SIGIO" : sig == SIGSYS ? "SIGSYS" : sig == SIGTRAP ? "SIGTRAP" : "SIGPROF", text);
}
static void f_src(siginfo_t *s) { s->si_pid = 12; s->si_uid = 34; }
static void f_val(siginfo_t *s) { s->si_pid = 12; s->si_uid = (uid_t)-1; s->si_value.sival_ptr = (void *)0xbeef; }
static void f_chld(siginfo_t *s) { s->si_pid = 12; s->si_uid = 34; s->si_status = 9; s->si_utime = 123; }
static void f_addr(siginfo_t *s) { s->si_addr = (void *)0x1234; s->si_addr_lsb = 3; }
static void f_poll(siginfo_t *s) { s->si_band = 77; s->si_fd = 5; }
static void f_tim(siginfo_t *s) { s->si_timerid = 0x22; s->si_overrun = 3; }
static void f_err(siginfo_t *s) { s->si_errno = EIO; s->si_pid = 1; }
static void f_sys(siginfo_t *s) { s->si_call_addr = (void *)0x4567; s->si_syscall = 9999; s->si_arch = 0x1234; }

static void siginfos(void)
{
	queue(SIGUSR1, SI_USER, f_src, "si_signo=SIGUSR1, si_code=SI_USER, si_pid=12, si_uid=34");
	queue(SIGUSR1, SI_TKILL, f_val, "si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=12, si_uid=-1");
	queue(SIGUSR1, SI_QUEUE, f_src, "si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=12, si_uid=34");
	queue(SIGUSR1, SI_MESGQ, f_val,
	      "si_signo=SIGUSR1, si_code=SI_MESGQ, si_pid=12, si_uid=-1, si_int=48879, si_ptr=0xbeef");
	queue(SIGUSR1, SI_TIMER, f_tim,
	      "si_signo=SIGUSR1, si_code=SI_TIMER, si_timerid=0x22, si_overrun=3, si_int=0, si_ptr=NULL");
	queue(SIGUSR1, SI_SIGIO, f_poll, "si_signo=SIGUSR1, si_code=SI_SIGIO, si_band=77, si_fd=5");
	queue(SIGUSR1, -50, f_src, "si_signo=SIGUSR1, si_code=0xffffffce, si_pid=12, si_uid=34");
	queue(SIGUSR1, SI_USER, f_err, "si_signo=SIGUSR1, si_code=SI_USER, si_errno=EIO, si_pid=1, si_uid=0");
	queue(SIGUSR1, SI_KERNEL, NULL, "si_signo=SIGUSR1, si_code=SI_KERNEL");
	queue(SIGUSR1, 5, f_val, "si_signo=SIGUSR1, si_code=0x5, si_pid=12, si_uid=-1, si_int=48879, si_ptr=0xbeef");
	queue(SIGCHLD, CLD_EXITED, f_chld, "si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=12, si_uid=34, si_status=9, "
	      "si_utime=123 /* 1.23 s */, si_stime=0");
	queue(SIGCHLD, CLD_DUMPED, f_chld, "si_signo=SIGCHLD, si_code=CLD_DUMPED, si_pid=12, si_uid=34, "
	      "si_status=SIGKILL, si_utime=123 /* 1.23 s */, si_stime=0");
	queue(SIGSEGV, SEGV_MAPERR, f_addr, "si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x1234");
	queue(SIGSEGV, SEGV_PKUERR, f_addr, "si_signo=SIGSEGV, si_code=SEGV_PKUERR, si_addr=0x1234, si_pkey=0");
	queue(SIGBUS, BUS_MCEERR_AO, f_addr, "si_signo=SIGBUS, si_code=BUS_MCEERR_AO, si_addr=0x1234, si_addr_lsb=0x3");
	queue(SIGTRAP, 9, f_addr, "si_signo=SIGTRAP, si_code=0x9, si_addr=0x1234");
	queue(SIGIO, POLL_HUP, f_poll, "si_signo=SIGIO, si_code=POLL_HUP, si_band=77, si_fd=5");
	queue(SIGIO, 7, f_poll, "si_signo=SIGIO, si_code=0x7");
	queue(SIGPROF, 1, f_src, "si_signo=SIGPROF, si_code=0x1, si_pid=12, si_uid=34");
	queue(SIGSYS, 1, f_sys, "si_signo=SIGSYS, si_code=SYS_SECCOMP, si_call_addr=0x4567, si_syscall=9999, "
	      "si_arch=0x1234 /* AUDIT_ARCH_??? */");
	queue(SIGUSR1, 0, NULL, "si_signo=SIGUSR1, si_code=SI_USER, si_pid=0, si_uid=0");
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	DO(syscall(SYS_rt_tgsigqueueinfo, (long)-1, (long)-2, (long)0, &si));
	expect(RET, "rt_tgsigqueueinfo(-1, -2, 0, {})");
	DO(syscall(SYS_rt_tgsigqueueinfo, (long)-1, (long)-2, SIGUSR1, NULL));
	expect(RET, "rt_tgsigqueueinfo(-1, -2, SIGUSR1, NULL)");
	DO(syscall(SYS_rt_sigqueueinfo, (long)-1, SIGUSR1, (long)8));
	expect(RET, "rt_sigqueueinfo(-1, SIGUSR1, 0x8)");
}

static void actions(void)
{
	struct ksigaction act = { (unsigned long)handler, KSA_RESTORER | SA_RESTART,
				  (unsigned long)restorer, { BIT(SIGUSR1) } };
	struct ksigaction old;
	DO(syscall(SYS_rt_sigaction, SIGUSR2, &act, &old, (long)8));
	expect(RET, "rt_sigaction(SIGUSR2, {sa_handler=%p, sa_mask=[USR1], sa_flags=SA_RESTORER|SA_RESTART, "
	       "sa_restorer=%p}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, 8)",
	       (void *)handler, (void *)restorer);
	DO(syscall(SYS_rt_sigaction, SIGUSR2, NULL, &old, (long)8));
	expect(RET, "rt_sigaction(SIGUSR2, NULL, {sa_handler=%p, sa_mask=[USR1], "
	       "sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=%p}, 8)", (void *)handler, (void *)restorer);
	act.handler = (unsigned long)SIG_IGN;
	act.flags = SA_SIGINFO | SA_NODEFER | 0x400;
	memset(act.mask, 0xff, sizeof(act.mask));
	DO(syscall(SYS_rt_sigaction, SIGUSR2, &act, NULL, (long)8));
	expect(RET, "rt_sigaction(SIGUSR2, {sa_handler=SIG_IGN, sa_mask=~[], sa_flags=SA_NODEFER|SA_SIGINFO|0x400}, "
	       "NULL, 8)");
	DO(syscall(SYS_rt_sigaction, SIGKILL, &act, &old, (long)8));
	expect(RET, "rt_sigaction(SIGKILL, {sa_handler=SIG_IGN, sa_mask=~[], sa_flags=SA_NODEFER|SA_SIGINFO|0x400}, "
	       "%p, 8)", (void *)&old);
	DO(syscall(SYS_rt_sigaction, SIGUSR2, (void *)8, NULL, (long)8));
	expect(RET, "rt_sigaction(SIGUSR2, 0x8, NULL, 8)");
}

static void stacks_and_fds(void)
{
	void *mem = malloc(65536);
	stack_t ss = { .ss_sp = mem, .ss_flags = 0, .ss_size = 65536 }, old;
	DO(sigaltstack(&ss, &old));
	expect(RET, "sigaltstack({ss_sp=%p, ss_flags=0, ss_size=65536}, {ss_sp=NULL, ss_flags=SS_DISABLE, "
	       "ss_size=0})", mem);
	DO(sigaltstack(NULL, &old));
	expect(RET, "sigaltstack(NULL, {ss_sp=%p, ss_flags=0, ss_size=65536})", mem);
	ss.ss_flags = 0x77;
	DO(sigaltstack(&ss, NULL));
	expect(RET, "sigaltstack({ss_sp=%p, ss_flags=SS_ONSTACK|SS_DISABLE|0x74, ss_size=65536}, NULL)", mem);
	DO(syscall(SYS_sigaltstack, (long)8, NULL));
	expect(RET, "sigaltstack(0x8, NULL)");
	free(mem);

	uint64_t set = BIT(SIGUSR1);
	DO(syscall(SYS_signalfd4, (long)-1, &set, (long)8, SFD_CLOEXEC | SFD_NONBLOCK));
	int fd = (int)last_ret;
	expect(RET, "signalfd4(-1, [USR1], 8, SFD_CLOEXEC|SFD_NONBLOCK)");
	DO(syscall(SYS_signalfd4, fd, &set, (long)8, (long)0));
	expect(RET, "signalfd4(%d, [USR1], 8, 0)", fd);
	DO(syscall(SYS_signalfd4, fd, &set, (long)4, (long)0));
	expect(RET, "signalfd4(%d, %p, 4, 0)", fd, (void *)&set);
	DO(syscall(SYS_signalfd4, (long)-1, &set, (long)8, (long)1));
	expect(RET, "signalfd4(-1, [USR1], 8, 0x1 /* SFD_??? */)");
	DO(syscall(SYS_signalfd4, fd, NULL, (long)8, (long)0));
	expect(RET, "signalfd4(%d, NULL, 8, 0)", fd);
#ifdef SYS_signalfd
	DO(syscall(SYS_signalfd, fd, &set, (long)8));
	expect(RET, "signalfd(%d, [USR1], 8)", fd);
#endif
	close(fd);

	DO(alarm(100));
	expect(RET, "alarm(100)");
	DO(alarm(0));
	expect(RET, "alarm(0)");
	DO(kill(-2147483647, 0));
	expect(RET, "kill(-2147483647, 0)");
	DO(syscall(SYS_tkill, (long)2147483647, SIGTERM));
	expect(RET, "tkill(2147483647, SIGTERM)");
	DO(syscall(SYS_tgkill, (long)2147483647, (long)2147483647, (long)99));
	expect(RET, "tgkill(2147483647, 2147483647, 99)");
	DO(syscall(SYS_rt_sigsuspend, (long)8, (long)8));
	expect(RET, "rt_sigsuspend(0x8, 8)");
}

/* calls a signal interrupts: the handler runs, the call is not restarted */
static void interrupted(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigaction(SIGALRM, &sa, NULL);
	/* what the C library set up, read back */
	struct ksigaction k;
	syscall(SYS_rt_sigaction, SIGALRM, NULL, &k, (long)8);
	expect("0", "rt_sigaction(SIGALRM, {sa_handler=%p, sa_mask=[], sa_flags=SA_RESTORER, sa_restorer=%p}, "
	       "NULL, 8)", (void *)handler, (void *)k.restorer);
	expect("0", "rt_sigaction(SIGALRM, NULL, {sa_handler=%p, sa_mask=[], sa_flags=SA_RESTORER, "
	       "sa_restorer=%p}, 8)", (void *)handler, (void *)k.restorer);

	struct itimerval it = { { 0, 0 }, { 0, 20000 } };
	uint64_t m = BIT(SIGUSR1);
	setitimer(ITIMER_REAL, &it, NULL);
	DO(syscall(SYS_rt_sigsuspend, &m, (long)8));
	expect("? ERESTARTNOHAND (To be restarted if no handler)", "rt_sigsuspend([USR1], 8)");
	expect_raw("--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---\n");
#ifdef SYS_pause
	setitimer(ITIMER_REAL, &it, NULL);
	DO(syscall(SYS_pause));
	expect("? ERESTARTNOHAND (To be restarted if no handler)", "pause()");
	expect_raw("--- SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL} ---\n");
#endif
}

/* usage: tm_signal [nopid] */
int main(int argc, char **argv)
{
	one_write();
	masks();
	waits(argc > 1 && !strcmp(argv[1], "nopid"));
	siginfos();
	actions();
	stacks_and_fds();
	interrupted();
	return 0;
}
