/* Syscalls given values with no name, all of which fail harmlessly: the
 * generic printer must show them as strace does (hex and a "???" note). */
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	syscall(SYS_close_range, 10, 5, 0x80);          /* EINVAL */
	syscall(SYS_getpriority, 0xffffffff, 0);         /* EINVAL */
	syscall(SYS_faccessat, AT_FDCWD, "/", 0x8);      /* EINVAL */
	syscall(SYS_lseek, -1, 0, 7);                    /* EBADF */
	syscall(SYS_flock, -1, 0x40);                    /* EBADF */
	syscall(SYS_mlockall, 0x80);                     /* EINVAL */
	syscall(SYS_madvise, 0, 0, 0x777);               /* EINVAL */
	syscall(SYS_getrusage, -5, 0);                   /* EINVAL */
	syscall(SYS_eventfd2, 0, 0x4);                   /* EINVAL */
	syscall(SYS_epoll_create1, 0x10);                /* EINVAL */
	return 0;
}
