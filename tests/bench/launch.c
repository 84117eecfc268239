/* Runs one command and prints "SECONDS MAXRSS_KB STATUS": wall time from
 * fork to reaping, the child's ru_maxrss, its exit code (128+N if killed
 * by signal N). The child's stdin, stdout and stderr are /dev/null.
 *
 * A C launcher rather than the python runner because the kernel carries
 * the pre-exec image's peak RSS into the child's ru_maxrss: forked from
 * python every program would report python's 15 MB. From here it is the
 * few hundred kB of this small process, the same for every program.
 *
 * usage: launch COMMAND [ARGS] */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: launch COMMAND [ARGS]\n");
		return 127;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		return 127;
	}
	if (pid == 0) {
		int fd = open("/dev/null", O_RDWR);
		for (int i = 0; i < 3; i++)
			dup2(fd, i);
		execv(argv[1], argv + 1);
		_exit(127);
	}
	int st;
	struct rusage ru;
	if (wait4(pid, &st, 0, &ru) < 0) {
		perror("wait4");
		return 127;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
	printf("%.6f %ld %d\n", secs, ru.ru_maxrss, code);
	return 0;
}
