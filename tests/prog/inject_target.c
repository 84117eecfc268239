/* Target of the -e inject tests: makes known calls and prints what it
 * saw, so that the test can tell an injection from the real thing.
 * Output is held until the end, so that stdout's own write() calls do
 * not count among the calls under test. Modes:
 *   retval  three write()s to /dev/null, prints each result
 *   when    five chdir(".") calls, prints each result or errno name
 *   signal  one chdir("."), then says whether SIGUSR1 arrived
 *   poke    write()s "AAAA" into a pipe and prints what the pipe holds
 *   delay   one chdir("."), prints how long it took in ms */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

static volatile sig_atomic_t got_usr1;
static void on_usr1(int sig)
{
	(void)sig;
	got_usr1 = 1;
}

static char outbuf[1 << 16];

int main(int argc, char **argv)
{
	setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "retval")) {
		int fd = open("/dev/null", O_WRONLY);
		for (int i = 1; i <= 3; i++)
			printf("write %d: %zd\n", i, write(fd, "abcdef", 6));
	} else if (!strcmp(mode, "when")) {
		for (int i = 1; i <= 5; i++) {
			int r = chdir(".");
			printf("chdir %d: %s\n", i, r == 0 ? "0" : errno == ENOENT ? "ENOENT" : strerror(errno));
		}
	} else if (!strcmp(mode, "signal")) {
		signal(SIGUSR1, on_usr1);
		int r = chdir(".");
		printf("chdir: %d, SIGUSR1 %s\n", r, got_usr1 ? "delivered" : "not delivered");
	} else if (!strcmp(mode, "poke")) {
		int p[2];
		char buf[5] = "AAAA", got[8] = "";
		if (pipe2(p, O_NONBLOCK) < 0)
			return 2;
		ssize_t n = write(p[1], buf, 4);
		ssize_t m = read(p[0], got, sizeof(got) - 1);
		printf("wrote %zd, pipe holds %zd: %s\n", n, m, m > 0 ? got : "");
	} else if (!strcmp(mode, "delay")) {
		struct timespec a, b;
		clock_gettime(CLOCK_MONOTONIC, &a);
		int r = chdir(".");
		clock_gettime(CLOCK_MONOTONIC, &b);
		long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
		printf("chdir: %d, took %ld ms\n", r, ms);
	} else {
		fprintf(stderr, "usage: %s retval|when|signal|poke|delay\n", argv[0]);
		return 2;
	}
	return 0;
}
