/* Target of the -k tests: main -> level1 -> level2 -> write, in the main
 * program, in threads and in a child; and a call from a library loaded
 * with dlopen() after start. Modes: plain, fork, thread, dlopen LIB. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

__attribute__((noinline)) void level2(const char *msg)
{
	write(1, msg, strlen(msg));
	__asm__ volatile("" ::: "memory");
}

__attribute__((noinline)) void level1(const char *msg)
{
	level2(msg);
	__asm__ volatile("" ::: "memory");
}

static void *thread_main(void *arg)
{
	level1(arg);
	return NULL;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "plain";
	if (!strcmp(mode, "plain")) {
		level1("plain\n");
	} else if (!strcmp(mode, "fork")) {
		pid_t pid = fork();
		if (pid == 0) {
			level1("child\n");
			_exit(0);
		}
		waitpid(pid, NULL, 0);
	} else if (!strcmp(mode, "thread")) {
		pthread_t th;
		pthread_create(&th, NULL, thread_main, "thread\n");
		pthread_join(th, NULL);
	} else if (!strcmp(mode, "dlopen") && argc > 2) {
		void *h = dlopen(argv[2], RTLD_NOW);
		if (!h)
			return 2;
		void (*fn)(const char *) = (void (*)(const char *))dlsym(h, "lib_level");
		if (!fn)
			return 3;
		fn("lib\n");
	} else {
		return 2;
	}
	return 0;
}
