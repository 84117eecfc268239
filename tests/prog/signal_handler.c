/* A signal delivered to a handler: the signal line, then rt_sigreturn. */
#include <signal.h>
#include <unistd.h>
#include "expect.h"

static volatile sig_atomic_t got;
static void on_usr1(int sig) { got = sig; }

int main(void)
{
	signal(SIGUSR1, on_usr1);
	pid_t pid = getpid();
	uid_t uid = getuid();
	char ret[32];
	kill(pid, SIGUSR1);
	expect("0", "kill(%d, SIGUSR1)", pid);
	printf("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=%d, si_uid=%u} ---\n", pid, (unsigned)uid);
	snprintf(ret, sizeof(ret), "%d", got ? 0 : -1);
	/* glibc returns from a handler installed without SA_SIGINFO through the
	 * old sigreturn on these two ABIs */
#if defined(__i386__) || defined(__arm__)
	expect(ret, "sigreturn({mask=[]})");
#else
	expect(ret, "rt_sigreturn({mask=[]})");
#endif
	return 0;
}
