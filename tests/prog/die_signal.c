/* Dies of SIGSEGV (a NULL write) or SIGKILL (kills itself). */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include "expect.h"

int main(int argc, char **argv)
{
	const char *how = argc > 1 ? argv[1] : "segv";
	/* no core file: the exit line then says no "(core dumped)" */
	struct rlimit rl = { 0, 0 };
	setrlimit(RLIMIT_CORE, &rl);
	if (!strcmp(how, "kill")) {
		pid_t pid = getpid();
		char ret[64];
		snprintf(ret, sizeof(ret), "0");
		expect("?", "kill(%d, SIGKILL)", pid);
		printf("+++ killed by SIGKILL +++\n");
		fflush(stdout);
		kill(pid, SIGKILL);
		return 1;
	}
	printf("--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=NULL} ---\n");
	printf("+++ killed by SIGSEGV +++\n");
	fflush(stdout);
	*(volatile int *)0 = 1;
	return 1;
}
