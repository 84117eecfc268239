/* fork + wait4 under -f: the child's exit, the SIGCHLD, wait4's status. */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "expect.h"

int main(void)
{
	fflush(stdout);
	pid_t child = fork();
	if (child == 0) {
		/* let the parent reach wait4 first, so that SIGCHLD comes
		 * after wait4 returns in every run (the differential tests
		 * compare line order) */
		struct timespec ts = { 0, 100 * 1000 * 1000 };
		nanosleep(&ts, NULL);
		_exit(7);
	}
	int status;
	pid_t w = wait4(child, &status, 0, NULL);
	char ret[32];
	snprintf(ret, sizeof(ret), "%d", w);
	/* lines are compared per pid, so interleaving does not matter */
	printf("[pid %d] exit_group(7) = ?\n", child);
	printf("[pid %d] +++ exited with 7 +++\n", child);
	printf("[pid %d] wait4(%d, [{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0, NULL) = %s\n",
	       getpid(), child, ret);
	/* the SIGCHLD may come before or after wait4: said apart, on stderr */
	fprintf(stderr, "[pid %d] --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=%d, si_uid=%u, si_status=7, si_utime=0, si_stime=0} ---\n",
	       getpid(), child, (unsigned)getuid());
	return 0;
}
