/* Signal lines: the siginfo of every si_code family as the tracer sees it
 * at delivery ("--- SIGUSR1 {si_signo=...} ---"). The program queues each
 * signal to itself with rt_sigqueueinfo (a process may send itself any
 * si_code), catches it with an empty handler, and prints the signal line
 * xstrace must print. Run with -e trace=none: only signal lines then.
 * With an argument it also makes a real fault (SIGSEGV at address 8) and
 * a real child exit (SIGCHLD from the kernel) for the differential test. */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "tm_util.h"

static sigjmp_buf fault_jmp;
static int *volatile bad = (int *)8;

static void on_signal(int sig)
{
	(void)sig;
}

static void on_fault(int sig)
{
	(void)sig;
	siglongjmp(fault_jmp, 1);
}

static const char *name_of(int sig)
{
	switch (sig) {
	case SIGUSR1: return "SIGUSR1";
	case SIGCHLD: return "SIGCHLD";
	case SIGSEGV: return "SIGSEGV";
	case SIGBUS: return "SIGBUS";
	case SIGILL: return "SIGILL";
	case SIGFPE: return "SIGFPE";
	case SIGTRAP: return "SIGTRAP";
	case SIGIO: return "SIGIO";
	case SIGSYS: return "SIGSYS";
	case SIGPROF: return "SIGPROF";
	}
	return "SIG???";
}

/* sends sig with this si_code to itself; the line names the fields */
static void deliver(int sig, int code, void (*fill)(siginfo_t *), const char *fields)
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = code;
	if (fill)
		fill(&si);
	signal(sig, on_signal);
	if (syscall(SYS_rt_sigqueueinfo, (long)getpid(), (long)sig, &si) != 0) {
		perror("rt_sigqueueinfo");
		exit(2);
	}
	expect_raw("--- %s {si_signo=%s, si_code=%s} ---\n", name_of(sig), name_of(sig), fields);
}

static void f_src(siginfo_t *s) { s->si_pid = 12; s->si_uid = 34; }
static void f_val(siginfo_t *s) { s->si_pid = 12; s->si_uid = (uid_t)-1; s->si_value.sival_ptr = (void *)0xbeef; }
static void f_int(siginfo_t *s) { s->si_pid = 12; s->si_uid = 34; s->si_value.sival_int = -7; }
static void f_chld(siginfo_t *s) { s->si_pid = 12; s->si_uid = 34; s->si_status = 9; s->si_utime = 123; s->si_stime = 5; }
static void f_exit(siginfo_t *s) { s->si_pid = 12; s->si_uid = 34; s->si_status = 3; }
static void f_addr(siginfo_t *s) { s->si_addr = (void *)0x1234; s->si_addr_lsb = 3; }
static void f_null(siginfo_t *s) { s->si_addr = NULL; }
static void f_pkey(siginfo_t *s) { s->si_addr = (void *)0x1234; s->si_pkey = 2; }
static void f_bnd(siginfo_t *s) { s->si_addr = (void *)0x10; s->si_lower = (void *)0x20; s->si_upper = (void *)0x30; }
static void f_poll(siginfo_t *s) { s->si_band = 77; s->si_fd = 5; }
static void f_tim(siginfo_t *s) { s->si_timerid = 0x22; s->si_overrun = 3; s->si_value.sival_int = 4; }
static void f_err(siginfo_t *s) { s->si_errno = EIO; s->si_pid = 1; }
static void f_errn(siginfo_t *s) { s->si_errno = 4095; s->si_pid = 1; }
static void f_sys(siginfo_t *s) { s->si_call_addr = (void *)0x4567; s->si_syscall = 9999; s->si_arch = 0x1234; }

int main(int argc, char **argv)
{
	(void)argv;
	/* sent by a process: SI_USER, SI_TKILL, SI_QUEUE, SI_MESGQ, SI_TIMER,
	 * SI_SIGIO, SI_ASYNCIO, SI_ASYNCNL and an unknown negative code */
	deliver(SIGUSR1, SI_USER, f_src, "SI_USER, si_pid=12, si_uid=34");
	deliver(SIGUSR1, SI_USER, NULL, "SI_USER, si_pid=0, si_uid=0");
	deliver(SIGUSR1, SI_TKILL, f_val, "SI_TKILL, si_pid=12, si_uid=-1");
	deliver(SIGUSR1, SI_QUEUE, f_src, "SI_QUEUE, si_pid=12, si_uid=34");
	deliver(SIGUSR1, SI_QUEUE, f_val, "SI_QUEUE, si_pid=12, si_uid=-1, si_int=48879, si_ptr=0xbeef");
	deliver(SIGUSR1, SI_QUEUE, f_int, "SI_QUEUE, si_pid=12, si_uid=34, si_int=-7, si_ptr=0xfffffff9");
	deliver(SIGUSR1, SI_MESGQ, f_val, "SI_MESGQ, si_pid=12, si_uid=-1, si_int=48879, si_ptr=0xbeef");
	deliver(SIGUSR1, SI_TIMER, f_tim, "SI_TIMER, si_timerid=0x22, si_overrun=3, si_int=4, si_ptr=0x4");
	deliver(SIGUSR1, SI_SIGIO, f_poll, "SI_SIGIO, si_band=77, si_fd=5");
	deliver(SIGUSR1, SI_ASYNCIO, f_src, "SI_ASYNCIO, si_pid=12, si_uid=34");
	deliver(SIGUSR1, SI_ASYNCNL, f_src, "SI_ASYNCNL, si_pid=12, si_uid=34");
	deliver(SIGUSR1, -50, f_src, "0xffffffce, si_pid=12, si_uid=34");
	deliver(SIGUSR1, SI_USER, f_err, "SI_USER, si_errno=EIO, si_pid=1, si_uid=0");
	deliver(SIGUSR1, SI_USER, f_errn, "SI_USER, si_errno=4095, si_pid=1, si_uid=0");
	/* sent by the kernel */
	deliver(SIGUSR1, SI_KERNEL, NULL, "SI_KERNEL");
	deliver(SIGUSR1, SI_KERNEL, f_val, "SI_KERNEL, si_pid=12, si_uid=-1, si_int=48879, si_ptr=0xbeef");
	deliver(SIGUSR1, 5, f_src, "0x5, si_pid=12, si_uid=34");
	deliver(SIGPROF, 1, NULL, "0x1");
	deliver(SIGCHLD, CLD_EXITED, f_exit, "CLD_EXITED, si_pid=12, si_uid=34, si_status=3, si_utime=0, si_stime=0");
	deliver(SIGCHLD, CLD_KILLED, f_chld, "CLD_KILLED, si_pid=12, si_uid=34, si_status=SIGKILL, "
		"si_utime=123 /* 1.23 s */, si_stime=5 /* 0.05 s */");
	deliver(SIGCHLD, CLD_STOPPED, f_exit, "CLD_STOPPED, si_pid=12, si_uid=34, si_status=SIGQUIT, si_utime=0, si_stime=0");
	deliver(SIGCHLD, 9, f_exit, "0x9, si_pid=12, si_uid=34, si_status=SIGQUIT, si_utime=0, si_stime=0");
	deliver(SIGSEGV, SEGV_MAPERR, f_null, "SEGV_MAPERR, si_addr=NULL");
	deliver(SIGSEGV, SEGV_ACCERR, f_addr, "SEGV_ACCERR, si_addr=0x1234");
	deliver(SIGSEGV, SEGV_BNDERR, f_bnd, "SEGV_BNDERR, si_addr=0x10, si_lower=0x20, si_upper=0x30");
	deliver(SIGSEGV, SEGV_PKUERR, f_pkey, "SEGV_PKUERR, si_addr=0x1234, si_pkey=2");
	deliver(SIGBUS, BUS_ADRALN, f_addr, "BUS_ADRALN, si_addr=0x1234");
	deliver(SIGBUS, BUS_MCEERR_AR, f_addr, "BUS_MCEERR_AR, si_addr=0x1234, si_addr_lsb=0x3");
	deliver(SIGBUS, BUS_MCEERR_AO, f_addr, "BUS_MCEERR_AO, si_addr=0x1234, si_addr_lsb=0x3");
	deliver(SIGILL, ILL_ILLOPC, f_addr, "ILL_ILLOPC, si_addr=0x1234");
	deliver(SIGFPE, FPE_INTDIV, f_addr, "FPE_INTDIV, si_addr=0x1234");
	deliver(SIGTRAP, TRAP_BRKPT, f_addr, "TRAP_BRKPT, si_addr=0x1234");
	deliver(SIGTRAP, 9, f_addr, "0x9, si_addr=0x1234");
	deliver(SIGIO, POLL_IN, f_poll, "POLL_IN, si_band=77, si_fd=5");
	deliver(SIGIO, POLL_HUP, f_poll, "POLL_HUP, si_band=77, si_fd=5");
	deliver(SIGIO, 7, f_poll, "0x7");
	deliver(SIGSYS, 1, f_sys, "SYS_SECCOMP, si_call_addr=0x4567, si_syscall=9999, si_arch=0x1234 /* AUDIT_ARCH_??? */");
	deliver(SIGSYS, 2, f_sys, "SYS_USER_DISPATCH, si_call_addr=0x4567, si_syscall=9999, si_arch=0x1234 /* AUDIT_ARCH_??? */");
	if (argc > 1) {
		/* the kernel's own: a fault and a child's exit */
		signal(SIGSEGV, on_fault);
		if (!sigsetjmp(fault_jmp, 1))
			*bad = 1;
		expect_raw("--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x8} ---\n");
		signal(SIGCHLD, on_signal);
		pid_t pid = fork();
		if (pid == 0)
			_exit(3);
		int st;
		waitpid(pid, &st, 0);
		/* a real SIGSYS: seccomp traps getcpu; si_syscall and si_arch
		 * name it in the tracee's ABI, which the differential test checks */
		struct sock_filter insns[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getcpu, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog fprog = { sizeof(insns) / sizeof(insns[0]), insns };
		signal(SIGSYS, on_signal);
		if (prctl(PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L) == 0 &&
		    prctl(PR_SET_SECCOMP, (long)SECCOMP_MODE_FILTER, &fprog, 0L, 0L) == 0)
			syscall(SYS_getcpu, 0L, 0L, 0L);
	}
	fflush(stdout);
	return 0;
}
