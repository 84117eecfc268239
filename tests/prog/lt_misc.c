/* The long tail: pidfd_open + pidfd_send_signal (with a siginfo),
 * process_vm_readv/writev, unshare and setns with bad flags, syslog,
 * reboot with a bad magic, swapon of a missing file, fanotify_init,
 * ptrace requests that take a signal.  Prints the lines xstrace must
 * print with -e trace=$LT_CALLS (tests/integration/lt_misc.sh). */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "tm_util.h"

int main(void)
{
	one_write();
	pid_t me = getpid();
	int pfd;
	DO(pfd = syscall(SYS_pidfd_open, (long)me, 0L));
	expect(RET, "pidfd_open(%d, 0)", me);
	DO(syscall(SYS_pidfd_open, (long)me, 0x800L));
	expect(RET, "pidfd_open(%d, PIDFD_NONBLOCK)", me);
	if (last_ret >= 0)
		close(last_ret);
	DO(syscall(SYS_pidfd_send_signal, (long)pfd, 0L, NULL, 0L));
	expect(RET, "pidfd_send_signal(%d, 0, NULL, 0)", pfd);
	signal(SIGUSR2, SIG_IGN);
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR2;
	si.si_code = SI_QUEUE;
	si.si_pid = me;
	si.si_uid = getuid();
	si.si_value.sival_int = 7;
	DO(syscall(SYS_pidfd_send_signal, (long)pfd, (long)SIGUSR2, &si, 0L));
	expect(RET, "pidfd_send_signal(%d, SIGUSR2, {si_signo=SIGUSR2, si_code=SI_QUEUE, si_pid=%d, "
	       "si_uid=%u, si_int=7, si_ptr=0x7}, 0)", pfd, me, (unsigned)getuid());
	expect_raw("--- SIGUSR2 {si_signo=SIGUSR2, si_code=SI_QUEUE, si_pid=%d, si_uid=%u, si_int=7, "
		   "si_ptr=0x7} ---\n", me, (unsigned)getuid());
	DO(syscall(SYS_pidfd_send_signal, (long)pfd, (long)SIGUSR2, (void *)8, 5L));
	expect(RET, "pidfd_send_signal(%d, SIGUSR2, 0x8, 0x5)", pfd);
	close(pfd);

	char a[8] = "abcdefg", b[8];
	struct iovec l = { b, 8 }, r = { a, 8 };
	DO(syscall(SYS_process_vm_readv, (long)me, &l, 1L, &r, 1L, 0L));
	expect(RET, "process_vm_readv(%d, [{iov_base=\"abcdefg\\0\", iov_len=8}], 1, [{iov_base=%p, "
	       "iov_len=8}], 1, 0)", me, (void *)a);
	DO(syscall(SYS_process_vm_writev, (long)me, &r, 1L, &l, 1L, 0L));
	expect(RET, "process_vm_writev(%d, [{iov_base=\"abcdefg\\0\", iov_len=8}], 1, [{iov_base=%p, "
	       "iov_len=8}], 1, 0)", me, (void *)b);
	DO(syscall(SYS_process_vm_readv, (long)me, &l, 1L, (void *)8, 1L, 5L));
	expect(RET, "process_vm_readv(%d, [{iov_base=%p, iov_len=8}], 1, 0x8, 1, 5)", me, (void *)b);

	DO(syscall(SYS_unshare, 0x80000000L));
	expect(RET, "unshare(0x80000000 /* CLONE_??? */)");
	DO(syscall(SYS_setns, 99L, (long)CLONE_NEWNET));
	expect(RET, "setns(99, CLONE_NEWNET)");

	DO(syscall(SYS_syslog, 10L, NULL, 0L));
	expect(RET, "syslog(10 /* SYSLOG_ACTION_SIZE_BUFFER */)");
	DO(syscall(SYS_syslog, 99L, NULL, 0L));
	expect(RET, "syslog(99 /* SYSLOG_ACTION_??? */, NULL, 0)");
	DO(syscall(SYS_syslog, 8L, NULL, 5L));
	expect(RET, "syslog(8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 5 /* LOGLEVEL_NOTICE */)");
	DO(syscall(SYS_reboot, 0L, 0x28121969L, 0x1234567L, NULL));
	expect(RET, "reboot(0 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART)");
	DO(syscall(SYS_reboot, 0x28121969L, 1L, 2L, NULL));
	expect(RET, "reboot(0x28121969 /* LINUX_REBOOT_MAGIC_??? */, 0x1 /* LINUX_REBOOT_MAGIC_??? */, "
	       "0x2 /* LINUX_REBOOT_CMD_??? */)");
	DO(syscall(SYS_swapon, "/nonexistent/swap", 0x8005L));
	expect(RET, "swapon(\"/nonexistent/swap\", SWAP_FLAG_PREFER|5)");
	DO(syscall(SYS_swapon, "/nonexistent/swap", 0L));
	expect(RET, "swapon(\"/nonexistent/swap\", 0)");
	DO(syscall(SYS_fanotify_init, 0x1L, (long)O_RDONLY));
	expect(RET, "fanotify_init(FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY)");
	if (last_ret >= 0)
		close(last_ret);
	DO(syscall(SYS_fanotify_init, 0xcL, (long)O_RDWR));
	expect(RET, "fanotify_init(0xc /* FAN_CLASS_??? */, O_RDWR)");
	DO(syscall(SYS_ptrace, 7L, 999999L, NULL, 0L));
	expect(RET, "ptrace(PTRACE_CONT, 999999, NULL, 0)");
	DO(syscall(SYS_ptrace, 0x11L, 999999L, NULL, (long)SIGKILL));
	expect(RET, "ptrace(PTRACE_DETACH, 999999, NULL, SIGKILL)");
	return 0;
}
