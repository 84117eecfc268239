/* 8 threads, each doing N one-byte write+read pairs on its own pipe
 * (default 2500, so 40000 syscalls in all, as many as wl_pipe): under -f
 * the cost per syscall should not grow with the number of tracees. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define NTHREADS 8

static long n;

static void *worker(void *arg)
{
	(void)arg;
	int p[2];
	if (pipe(p) < 0)
		return (void *)1;
	char c = 'x';
	for (long i = 0; i < n; i++)
		if (write(p[1], &c, 1) != 1 || read(p[0], &c, 1) != 1)
			return (void *)1;
	close(p[0]);
	close(p[1]);
	return NULL;
}

int main(int argc, char **argv)
{
	n = argc > 1 ? atol(argv[1]) : 2500;
	pthread_t th[NTHREADS];
	for (int i = 0; i < NTHREADS; i++)
		if (pthread_create(&th[i], NULL, worker, NULL)) {
			fprintf(stderr, "pthread_create failed\n");
			return 1;
		}
	int rc = 0;
	for (int i = 0; i < NTHREADS; i++) {
		void *r;
		pthread_join(th[i], &r);
		if (r)
			rc = 1;
	}
	return rc;
}
