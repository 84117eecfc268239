/* Process calls: clone (each group of late-printed arguments), clone3,
 * fork, vfork, wait4, waitid (a child's siginfo, "{}" under WNOHANG),
 * execve/execveat error paths.  Prints the lines xstrace must print; the
 * children are not traced (no -f) and SIGCHLD is blocked, so that no
 * signal lines come in between. */
#include <fcntl.h>
#include <linux/sched.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include "pr_util.h"

#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x1000
#endif
#ifndef P_PIDFD
#define P_PIDFD 3
#endif

static long sc5(long nr, long a, long b, long c, long d, long e, int *err)
{
	errno = 0;
	long r = syscall(nr, a, b, c, d, e);
	*err = errno;
	return r;
}

/* clone's raw argument order: x86_64 has the child tid before tls */
static long raw_clone(unsigned long flags, int *ptid, int *ctid, unsigned long tls, int *err)
{
#if defined(__x86_64__)
	return sc5(SYS_clone, (long)flags, 0, (long)ptid, (long)ctid, (long)tls, err);
#else
	return sc5(SYS_clone, (long)flags, 0, (long)ptid, (long)tls, (long)ctid, err);
#endif
}

static void child_exit(int code)
{
	syscall(SYS_exit, code);
}

int main(void)
{
	char ret[512], text[512];
	int err, ptid = 0, ctid = 0, pidfd = -1, status;
	long r;
	siginfo_t si;
	struct rusage ru;
	pr_buffer_stdout();
	sigset_t chld;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);

	/* the first line the test compares from */
	r = sc5(SYS_wait4, -1, 0, WNOHANG, 0, 0, &err);
	expect(ret_int(r, err), "wait4(-1, NULL, WNOHANG, NULL)");

	/* parent_tid is read when the call returns */
	r = raw_clone(CLONE_PARENT_SETTID | SIGCHLD, &ptid, NULL, 0, &err);
	if (r == 0)
		child_exit(3);
	snprintf(text, sizeof(text), "[%d]", ptid);
	expect(ret_int(r, err), "clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|SIGCHLD, parent_tid=%s)",
	       text);
	long child = r;
	/* look without reaping, then reap with wait4 */
	memset(&si, 0, sizeof(si));
	r = sc5(SYS_waitid, P_PID, child, (long)&si, WEXITED | WNOWAIT, (long)&ru, &err);
	expect(ret_int(r, err), "waitid(P_PID, %ld, %s, WEXITED|WNOWAIT, %s)", child,
	       child_siginfo_text(&si), rusage_text(&ru));
	r = sc5(SYS_wait4, child, (long)&status, 0, (long)&ru, 0, &err);
	snprintf(text, sizeof(text), "[{WIFEXITED(s) && WEXITSTATUS(s) == %d}]", WEXITSTATUS(status));
	expect(ret_int(r, err), "wait4(%ld, %s, 0, %s)", child, text, rusage_text(&ru));

	/* the child tid pointer */
	r = raw_clone(CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD, NULL, &ctid, 0, &err);
	if (r == 0)
		child_exit(0);
	expect(ret_int(r, err),
	       "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=%s)",
	       ptr(&ctid));
	child = r;
	r = sc5(SYS_wait4, child, 0, __WALL, 0, 0, &err);
	expect(ret_int(r, err), "wait4(%ld, NULL, __WALL, NULL)", child);

	/* a pidfd comes back where parent_tid points */
	r = raw_clone(CLONE_PIDFD | SIGCHLD, &pidfd, NULL, 0, &err);
	if (r == 0)
		child_exit(0);
	if (r > 0) {
		snprintf(text, sizeof(text), "[%d]", pidfd);
		expect(ret_int(r, err), "clone(child_stack=NULL, flags=CLONE_PIDFD|SIGCHLD, parent_tid=%s)", text);
		memset(&si, 0, sizeof(si));
		r = sc5(SYS_waitid, P_PIDFD, pidfd, (long)&si, WEXITED, 0, &err);
		expect(ret_int(r, err), "waitid(P_PIDFD, %d, %s, WEXITED, NULL)", pidfd, child_siginfo_text(&si));
	} else {
		expect(ret_int(r, err), "clone(child_stack=NULL, flags=CLONE_PIDFD|SIGCHLD, parent_tid=%s)",
		       ptr(&pidfd));
	}

	/* a child that is still running: WNOHANG leaves the siginfo empty */
	int pipefd[2];
	if (pipe(pipefd) != 0)
		return 1;
	r = raw_clone(SIGCHLD, NULL, NULL, 0, &err);
	if (r == 0) {
		char c;
		if (read(pipefd[0], &c, 1) < 0)
			child_exit(1);
		child_exit(0);
	}
	expect(ret_int(r, err), "clone(child_stack=NULL, flags=SIGCHLD)");
	child = r;
	memset(&si, 0, sizeof(si));
	r = sc5(SYS_waitid, P_PID, child, (long)&si, WEXITED | WNOHANG, 0, &err);
	expect(ret_int(r, err), "waitid(P_PID, %ld, %s, WNOHANG|WEXITED, NULL)", child, child_siginfo_text(&si));
	if (write(pipefd[1], "x", 1) != 1)
		return 1;
	memset(&si, 0, sizeof(si));
	r = sc5(SYS_waitid, P_PID, child, (long)&si, WEXITED, 0, &err);
	expect(ret_int(r, err), "waitid(P_PID, %ld, %s, WEXITED, NULL)", child, child_siginfo_text(&si));
	r = sc5(SYS_waitid, 7, 0, 8, 0x1000000, 8, &err);
	expect(ret_int(r, err), "waitid(0x7 /* P_??? */, 0, 0x8, WNOWAIT, 0x8)");

#ifdef SYS_clone3
	/* clone3: the struct at entry, what the kernel wrote at exit */
	struct clone_args ca;
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
	ca.pidfd = (uintptr_t)&pidfd;
	ca.parent_tid = (uintptr_t)&ptid;
	ca.exit_signal = SIGCHLD;
	r = sc5(SYS_clone3, (long)&ca, sizeof(ca), 0, 0, 0, &err);
	if (r == 0)
		child_exit(0);
	if (r > 0)
		snprintf(text, sizeof(text), " => {pidfd=[%d], parent_tid=[%d]}", pidfd, ptid);
	else
		text[0] = '\0';
	expect(ret_int(r, err), "clone3({flags=CLONE_PIDFD|CLONE_PARENT_SETTID, pidfd=%s, parent_tid=%s, "
	       "exit_signal=SIGCHLD, stack=NULL, stack_size=0}%s, %zu)", ptr(&pidfd), ptr(&ptid), text,
	       sizeof(ca));
	if (r > 0) {
		child = r;
		r = sc5(SYS_wait4, child, 0, 0, 0, 0, &err);
		expect(ret_int(r, err), "wait4(%ld, NULL, 0, NULL)", child);
	}
	memset(&ca, 0, sizeof(ca));
	ca.flags = 0x400000;
	ca.stack = 0x1000;
	ca.stack_size = 0x2000;
	ca.exit_signal = 77;
	pid_t tids[2] = { 1, 2 };
	ca.set_tid = (uintptr_t)tids;
	ca.set_tid_size = 2;
	r = sc5(SYS_clone3, (long)&ca, sizeof(ca), 0, 0, 0, &err);
	expect(ret_int(r, err), "clone3({flags=0x400000 /* CLONE_??? */, exit_signal=77, stack=0x1000, "
	       "stack_size=0x2000, set_tid=[1, 2], set_tid_size=2}, %zu)", sizeof(ca));
	r = sc5(SYS_clone3, (long)&ca, 32, 0, 0, 0, &err);
	expect(ret_int(r, err), "clone3(%s, 32)", ptr(&ca));
	r = sc5(SYS_clone3, 8, sizeof(ca), 0, 0, 0, &err);
	expect(ret_int(r, err), "clone3(0x8, %zu)", sizeof(ca));
#endif

#ifdef SYS_fork
	r = sc5(SYS_fork, 0, 0, 0, 0, 0, &err);
	if (r == 0)
		syscall(SYS_exit_group, 7);
	expect(ret_int(r, err), "fork()");
	child = r;
	/* the status pointer is not written when the call fails */
	r = sc5(SYS_wait4, child, 8, 0, 0, 0, &err);
	expect(ret_int(r, err), "wait4(%ld, 0x8, 0, NULL)", child);
	r = sc5(SYS_wait4, child, (long)&status, 0, 0, 0, &err);
	if (r > 0)
		snprintf(text, sizeof(text), "[{WIFEXITED(s) && WEXITSTATUS(s) == %d}]", WEXITSTATUS(status));
	else
		snprintf(text, sizeof(text), "%s", ptr(&status));
	expect(ret_int(r, err), "wait4(%ld, %s, 0, NULL)", child, text);
#endif
#ifdef SYS_vfork
	r = vfork();
	if (r == 0)
		_exit(0);
	expect(ret_int(r, 0), "vfork()");
	child = r;
	r = sc5(SYS_wait4, child, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "wait4(%ld, NULL, 0, NULL)", child);
#endif

	/* execve and execveat that fail */
	char *argv[] = { "a0", "a1", NULL };
	char *envp[] = { "X=1", NULL };
	r = sc5(SYS_execve, (long)"/nonexistent/xstrace", (long)argv, (long)envp, 0, 0, &err);
	expect(ret_int(r, err), "execve(\"/nonexistent/xstrace\", [\"a0\", \"a1\"], %s /* 1 var */)", ptr(envp));
	r = sc5(SYS_execve, (long)"/nonexistent/xstrace", 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "execve(\"/nonexistent/xstrace\", NULL, NULL)");
	r = sc5(SYS_execve, (long)"/nonexistent/xstrace", 8, 8, 0, 0, &err);
	expect(ret_int(r, err), "execve(\"/nonexistent/xstrace\", 0x8, 0x8)");
	/* arrays that run into unmapped memory */
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED)
		return 1;
	munmap(page + 4096, 4096);
	char **tail = (char **)(page + 4096 - 2 * sizeof(char *));
	tail[0] = "t0";
	tail[1] = "t1";
	snprintf(text, sizeof(text), "[\"t0\", \"t1\", ... /* %s */]", ptr(page + 4096));
	r = sc5(SYS_execve, (long)"/nonexistent/xstrace", (long)tail, (long)tail, 0, 0, &err);
	snprintf(ret, sizeof(ret), "%s", ret_int(r, err));
	expect(ret, "execve(\"/nonexistent/xstrace\", %s, %s /* 2 vars, unterminated */)", text, ptr(tail));
#ifdef SYS_execveat
	r = sc5(SYS_execveat, AT_FDCWD, (long)"/nonexistent/xstrace", (long)argv, (long)envp,
		AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH, &err);
	expect(ret_int(r, err), "execveat(AT_FDCWD, \"/nonexistent/xstrace\", [\"a0\", \"a1\"], %s /* 1 var */, "
	       "AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH)", ptr(envp));
#endif
	return 0;
}
