/* Large buffers: N times (default 2000) write 64 KiB into a pipe and read
 * it back. The data mixes printable and unprintable bytes, so a tracer
 * pays for escaping, and for reading more than -s needs if it does. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define SIZE (64 * 1024)

static char out[SIZE], in[SIZE];

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 2000;
	for (int i = 0; i < SIZE; i++)
		out[i] = (char)(i % 7 ? 'a' + i % 26 : i % 256);
	int p[2];
	if (pipe(p) < 0) {
		perror("pipe");
		return 1;
	}
	/* room for a whole buffer, so one write never waits for the read;
	 * 64 KiB is also the default, so failure here is harmless */
	fcntl(p[1], F_SETPIPE_SZ, 2 * SIZE);
	for (long i = 0; i < n; i++) {
		if (write(p[1], out, SIZE) != SIZE) {
			perror("write");
			return 1;
		}
		for (size_t got = 0; got < SIZE;) {
			ssize_t r = read(p[0], in + got, SIZE - got);
			if (r <= 0) {
				perror("read");
				return 1;
			}
			got += (size_t)r;
		}
	}
	return 0;
}
