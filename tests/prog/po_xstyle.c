/* Named constants, flags, modes and strings for the -X styles and the
 * -x/--strings-in-hex variants: known and unknown values, zero with and
 * without a name, AT_FDCWD, file types, 64-bit limits.  usage: po_xstyle */
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	syscall(SYS_openat, AT_FDCWD, "/nonexistent", O_RDONLY);
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/\016\t hi\377~\0017", O_WRONLY | O_CREAT | 0x40000000, 0644);
	syscall(SYS_openat, 99, "/nonexistent", O_RDWR);
	syscall(SYS_access, "/", F_OK);
	syscall(SYS_access, "/", R_OK | W_OK);
	syscall(SYS_access, "/", 0x100);
	syscall(SYS_lseek, 0, 0L, 7);
	syscall(SYS_lseek, 0, 0L, SEEK_END);
	syscall(SYS_mmap, 0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	syscall(SYS_kill, 0, 0);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, NULL, 8);
	syscall(SYS_fchmodat, AT_FDCWD, "/nonexistent", 04755, 0);
	syscall(SYS_mknodat, AT_FDCWD, "/nonexistent/x", S_IFIFO | 0600, 0);
	syscall(SYS_socket, 1, 1, 0);
	syscall(SYS_fcntl, 0, F_GETFD);
	syscall(SYS_fcntl, 0, F_SETFD, FD_CLOEXEC);
	syscall(SYS_fcntl, 0, F_GETFL);
	syscall(SYS_dup3, 0, 0, 0x8000);
	struct rlimit64 rl = { 8 << 20, RLIM64_INFINITY };
	syscall(SYS_prlimit64, 0, RLIMIT_STACK, NULL, &rl);
	syscall(SYS_write, 1, "text\n\001\377", 7);
	return 0;
}
