/* A library the -k test dlopen()s after start: its frame must show. */
#include <string.h>
#include <unistd.h>

__attribute__((noinline)) void lib_level(const char *msg)
{
	syscall(1, 1, msg, strlen(msg));   /* getpid-free marker call: write */
	__asm__ volatile("" ::: "memory");
}
