/* Syscall-heavy: N one-byte write+read pairs through a pipe (default
 * 20000), so nearly all the time is syscall stops and their lines. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 20000;
	int p[2];
	if (pipe(p) < 0) {
		perror("pipe");
		return 1;
	}
	char c = 'x';
	for (long i = 0; i < n; i++) {
		if (write(p[1], &c, 1) != 1 || read(p[0], &c, 1) != 1) {
			perror("pipe i/o");
			return 1;
		}
	}
	return 0;
}
