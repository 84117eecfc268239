/* The floor: the least a ptrace tracer that stops at every syscall must do.
 * PTRACE_SEIZE the command, then per stop one wait4, one
 * PTRACE_GET_SYSCALL_INFO and one PTRACE_SYSCALL; it prints nothing.
 * -f follows forks, vforks and threads. Exits with the command's status
 * (128+N if it died of signal N).
 *
 * usage: floor [-f] COMMAND [ARGS] */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#define GET_SYSCALL_INFO 0x420e   /* PTRACE_GET_SYSCALL_INFO, Linux 5.3 */

/* big enough for struct ptrace_syscall_info's largest (seccomp) member */
static union {
	uint8_t op;
	uint64_t words[16];
} info;

static void die(const char *what)
{
	perror(what);
	exit(127);
}

static pid_t start(char **argv, unsigned opts)
{
	int gate[2];
	if (pipe2(gate, O_CLOEXEC) < 0)
		die("pipe2");
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		/* hold the exec until we are seized, so it is traced too */
		char c;
		close(gate[1]);
		while (read(gate[0], &c, 1) < 0 && errno == EINTR)
			;
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	close(gate[0]);
	if (ptrace(PTRACE_SEIZE, pid, 0, (void *)(uintptr_t)opts) < 0)
		die("PTRACE_SEIZE");
	/* the first stop, from which PTRACE_SYSCALL starts the stepping */
	if (ptrace(PTRACE_INTERRUPT, pid, 0, 0) < 0)
		die("PTRACE_INTERRUPT");
	close(gate[1]);
	return pid;
}

int main(int argc, char **argv)
{
	int follow = argc > 1 && !strcmp(argv[1], "-f");
	if (argc < 2 + follow) {
		fprintf(stderr, "usage: floor [-f] COMMAND [ARGS]\n");
		return 127;
	}
	unsigned opts = PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL;
	if (follow)
		opts |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	pid_t child = start(argv + 1 + follow, opts);

	int child_status = 0;
	for (;;) {
		int st;
		pid_t pid = wait4(-1, &st, __WALL, NULL);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			if (errno == ECHILD)
				break;
			die("wait4");
		}
		if (!WIFSTOPPED(st)) {
			if (pid == child)
				child_status = st;
			continue;
		}
		int sig = WSTOPSIG(st);
		if (sig == (SIGTRAP | 0x80)) {
			ptrace((enum __ptrace_request)GET_SYSCALL_INFO, pid,
			       (void *)sizeof(info), &info);
			sig = 0;
		} else if (st >> 16) {
			/* fork/clone events, the first stop of each new tracee and
			 * group stops all just go on: the workloads never stop
			 * themselves, and the floor need not be a general tracer */
			sig = 0;
		}
		/* anything else is a signal on its way to the tracee: deliver it */
		ptrace(PTRACE_SYSCALL, pid, 0, (void *)(uintptr_t)sig);
	}
	if (WIFSIGNALED(child_status))
		return 128 + WTERMSIG(child_status);
	return WEXITSTATUS(child_status);
}
