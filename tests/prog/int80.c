/* A 64-bit x86_64 program that makes one i386 call with int $0x80:
 * getpid, number 20 in the i386 table (20 is writev on x86_64). The
 * kernel reports that stop with the i386 audit arch, so the call must be
 * decoded with the i386 table, between strace's personality lines.
 * Prints the lines the trace (-e trace=getpid) must hold. Exits 77 off
 * x86_64, and where int $0x80 does not work from 64-bit code (a kernel
 * without IA32 emulation: -ENOSYS or SIGSEGV), found by a probe child.
 * With "probe" it only runs the probe. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "expect.h"

#if defined(__x86_64__)
static long int80_getpid(void)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory", "rcx", "r11");
	return r;
}

/* 0 where int $0x80 gives this process's pid; else why not, on stderr */
static int probe(void)
{
	pid_t child = fork();
	if (child < 0)
		return 1;
	if (child == 0)
		_exit(int80_getpid() == getpid() ? 0 : 3);
	int st;
	if (waitpid(child, &st, 0) != child)
		return 1;
	if (WIFSIGNALED(st)) {
		fprintf(stderr, "int $0x80 from 64-bit code: killed by signal %d (no IA32 emulation)\n", WTERMSIG(st));
		return 1;
	}
	if (WEXITSTATUS(st)) {
		fprintf(stderr, "int $0x80 from 64-bit code does not run getpid (no IA32 emulation)\n");
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (probe())
		return 77;
	if (argc > 1 && !strcmp(argv[1], "probe"))
		return 0;
	long pid32 = int80_getpid();
	long pid64 = syscall(SYS_getpid);
	char ret[32];
	expect_raw("[ Process PID=%ld runs in 32 bit mode. ]\n", pid64);
	snprintf(ret, sizeof(ret), "%ld", pid32);
	expect(ret, "getpid()");
	expect_raw("[ Process PID=%ld runs in 64 bit mode. ]\n", pid64);
	snprintf(ret, sizeof(ret), "%ld", pid64);
	expect(ret, "getpid()");
	return 0;
}
#else
int main(void)
{
	fprintf(stderr, "int $0x80 from 64-bit code: an x86_64 test\n");
	return 77;
}
#endif
