/* fcntl: every kind of command argument and return comment, locks read
 * back from the kernel, and the error paths (EBADF, EFAULT, unknown
 * command). Prints the lines `xstrace -e trace=fcntl` must print.
 * usage: fd_fcntl FILE DIR [nopids]: nopids leaves out the calls that
 * show the process id (for comparing two tracers' runs). */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "fd_util.h"

#define KERNEL_O_LARGEFILE 0100000   /* x86_64 kernel value; glibc's is 0 */
#define F_GETOWNER_UIDS 17           /* not in glibc's <fcntl.h> */

static int show_pids = 1;

static const char *lock_type_name(int t)
{
	switch (t) {
	case F_RDLCK: return "F_RDLCK";
	case F_WRLCK: return "F_WRLCK";
	case F_UNLCK: return "F_UNLCK";
	}
	return "?";
}

static const char *whence_name(int w)
{
	switch (w) {
	case SEEK_SET: return "SEEK_SET";
	case SEEK_CUR: return "SEEK_CUR";
	case SEEK_END: return "SEEK_END";
	}
	return "?";
}

/* {l_type=..., l_whence=..., l_start=..., l_len=...[, l_pid=...]} */
static const char *flock_text(const struct flock *fl, int with_pid)
{
	static char bufs[2][200];
	static unsigned next;
	char *b = bufs[next++ % 2];
	int n = snprintf(b, sizeof(bufs[0]), "{l_type=%s, l_whence=%s, l_start=%lld, l_len=%lld",
			 lock_type_name(fl->l_type), whence_name(fl->l_whence),
			 (long long)fl->l_start, (long long)fl->l_len);
	if (with_pid)
		n += snprintf(b + n, sizeof(bufs[0]) - (size_t)n, ", l_pid=%d", (int)fl->l_pid);
	snprintf(b + n, sizeof(bufs[0]) - (size_t)n, "}");
	return b;
}

static void fd_flags_and_status(int fd)
{
	char ret[128];
	DO(syscall(SYS_fcntl, fd, F_GETFD));
	expect(RET, "fcntl(%d, F_GETFD)", fd);
	DO(syscall(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC));
	expect(RET, "fcntl(%d, F_SETFD, FD_CLOEXEC)", fd);
	DO(syscall(SYS_fcntl, fd, F_GETFD));
	expect(last_ret == 1 ? "0x1 (flags FD_CLOEXEC)" : RET, "fcntl(%d, F_GETFD)", fd);
	DO(syscall(SYS_fcntl, fd, F_SETFD, 6));
	expect(RET, "fcntl(%d, F_SETFD, 0x6 /* FD_??? */)", fd);

	DO(syscall(SYS_fcntl, fd, F_GETFL));
	if (last_ret != (O_RDWR | KERNEL_O_LARGEFILE) && last_ret != O_RDWR)
		snprintf(ret, sizeof(ret), "unexpected %#lx", last_ret);
	else
		snprintf(ret, sizeof(ret), "%#lx (flags O_RDWR%s)", last_ret,
			 last_ret & KERNEL_O_LARGEFILE ? "|O_LARGEFILE" : "");
	expect(ret, "fcntl(%d, F_GETFL)", fd);
	DO(syscall(SYS_fcntl, fd, F_SETFL, O_APPEND | O_NONBLOCK));
	expect(RET, "fcntl(%d, F_SETFL, O_RDONLY|O_APPEND|O_NONBLOCK)", fd);
	DO(syscall(SYS_fcntl, fd, F_SETFL, 0));
	expect(RET, "fcntl(%d, F_SETFL, O_RDONLY)", fd);
}

static void duplicates(int fd)
{
	DO(syscall(SYS_fcntl, fd, F_DUPFD, 10));
	expect(RET, "fcntl(%d, F_DUPFD, 10)", fd);
	close((int)last_ret);
	DO(syscall(SYS_fcntl, fd, F_DUPFD_CLOEXEC, 20));
	expect(RET, "fcntl(%d, F_DUPFD_CLOEXEC, 20)", fd);
	close((int)last_ret);
	DO(syscall(SYS_fcntl, -1, F_DUPFD, 10));
	expect(RET, "fcntl(-1, F_DUPFD, 10)");
	DO(syscall(SYS_fcntl, fd, F_DUPFD, -1L));
	expect(RET, "fcntl(%d, F_DUPFD, -1)", fd);
}

static void locks(int fd)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 1, .l_len = 10 };
	DO(syscall(SYS_fcntl, fd, F_SETLK, &fl));
	expect(RET, "fcntl(%d, F_SETLK, %s)", fd, flock_text(&fl, 0));
	DO(syscall(SYS_fcntl, fd, F_SETLKW, &fl));
	expect(RET, "fcntl(%d, F_SETLKW, %s)", fd, flock_text(&fl, 0));

	/* read back at exit, with l_pid */
	struct flock probe = { .l_type = F_RDLCK, .l_whence = SEEK_CUR, .l_start = 0, .l_len = 5 };
	DO(syscall(SYS_fcntl, fd, F_GETLK, &probe));
	expect(RET, "fcntl(%d, F_GETLK, %s)", fd, flock_text(&probe, 1));
	probe.l_type = F_RDLCK;
	if (show_pids) {
		/* conflicts with this process's own F_SETLK lock: its pid */
		DO(syscall(SYS_fcntl, fd, F_OFD_GETLK, &probe));
		expect(RET, "fcntl(%d, F_OFD_GETLK, %s)", fd, flock_text(&probe, 1));
	}
	/* l_start -1 from offset 0: EINVAL, and only the address is shown */
	probe.l_start = -1;
	DO(syscall(SYS_fcntl, fd, F_GETLK, &probe));
	expect(RET, "fcntl(%d, F_GETLK, %p)", fd, (void *)&probe);

	struct flock ofd = { .l_type = F_UNLCK, .l_whence = SEEK_END, .l_start = 0, .l_len = 0 };
	DO(syscall(SYS_fcntl, fd, F_OFD_SETLK, &ofd));
	expect(RET, "fcntl(%d, F_OFD_SETLK, %s)", fd, flock_text(&ofd, 0));

	/* failures: the lock argument is shown as an address */
	DO(syscall(SYS_fcntl, 999, F_GETLK, &probe));
	expect(RET, "fcntl(999, F_GETLK, %p)", (void *)&probe);
	DO(syscall(SYS_fcntl, fd, F_GETLK, NULL));
	expect(RET, "fcntl(%d, F_GETLK, NULL)", fd);
	DO(syscall(SYS_fcntl, fd, F_SETLK, 16));
	expect(RET, "fcntl(%d, F_SETLK, 0x10)", fd);

	/* 32-bit commands: no struct on a 64-bit ABI */
	DO(syscall(SYS_fcntl, fd, 13, &probe));
	expect(RET, "fcntl(%d, F_SETLK64, %p)", fd, (void *)&probe);
}

static void owners_and_signals(int fd)
{
	char ret[64];
	struct f_owner_ex owner = { F_OWNER_PID, getpid() };
	DO(syscall(SYS_fcntl, fd, F_SETOWN_EX, &owner));
	expect(RET, "fcntl(%d, F_SETOWN_EX, {type=F_OWNER_PID, pid=%d})", fd, owner.pid);
	struct f_owner_ex got = { 7, 7 };
	DO(syscall(SYS_fcntl, fd, F_GETOWN_EX, &got));
	expect(RET, "fcntl(%d, F_GETOWN_EX, {type=%s, pid=%d})", fd,
	       got.type == F_OWNER_PID ? "F_OWNER_PID" : "?", got.pid);
	struct f_owner_ex bad = { 9, 1 };
	DO(syscall(SYS_fcntl, fd, F_SETOWN_EX, &bad));
	expect(RET, "fcntl(%d, F_SETOWN_EX, {type=0x9 /* F_OWNER_??? */, pid=1})", fd);
	DO(syscall(SYS_fcntl, fd, F_GETOWN));
	expect(RET, "fcntl(%d, F_GETOWN)", fd);
	DO(syscall(SYS_fcntl, fd, F_SETOWN, 0));
	expect(RET, "fcntl(%d, F_SETOWN, 0)", fd);

	DO(syscall(SYS_fcntl, fd, F_SETSIG, SIGUSR1));
	expect(RET, "fcntl(%d, F_SETSIG, SIGUSR1)", fd);
	DO(syscall(SYS_fcntl, fd, F_GETSIG));
	snprintf(ret, sizeof(ret), "%ld (SIGUSR1)", last_ret);
	expect(last_ret == SIGUSR1 ? ret : RET, "fcntl(%d, F_GETSIG)", fd);
	DO(syscall(SYS_fcntl, fd, F_SETSIG, 0));
	expect(RET, "fcntl(%d, F_SETSIG, 0)", fd);
	DO(syscall(SYS_fcntl, fd, F_GETSIG));
	expect(RET, "fcntl(%d, F_GETSIG)", fd);
}

static void leases_and_notify(int fd, const char *dir)
{
	DO(syscall(SYS_fcntl, fd, F_GETLEASE));
	expect(last_ret == F_UNLCK ? "0x2 (F_UNLCK)" : RET, "fcntl(%d, F_GETLEASE)", fd);
	DO(syscall(SYS_fcntl, fd, F_SETLEASE, 77));
	expect(RET, "fcntl(%d, F_SETLEASE, 0x4d /* F_??? */)", fd);
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	DO(syscall(SYS_fcntl, dfd, F_NOTIFY, DN_CREATE | DN_MULTISHOT));
	expect(RET, "fcntl(%d, F_NOTIFY, DN_CREATE|DN_MULTISHOT)", dfd);
	DO(syscall(SYS_fcntl, dfd, F_NOTIFY, 0));
	expect(RET, "fcntl(%d, F_NOTIFY, 0)", dfd);
	close(dfd);
}

static void pipes_and_seals(void)
{
	char ret[96];
	int p[2];
	if (pipe(p))
		return;
	DO(syscall(SYS_fcntl, p[0], F_GETPIPE_SZ));
	expect(RET, "fcntl(%d, F_GETPIPE_SZ)", p[0]);
	DO(syscall(SYS_fcntl, p[0], F_SETPIPE_SZ, 8192));
	expect(RET, "fcntl(%d, F_SETPIPE_SZ, 8192)", p[0]);
	close(p[0]);
	close(p[1]);

	int m = memfd_create("fd_fcntl", MFD_ALLOW_SEALING);
	DO(syscall(SYS_fcntl, m, F_GET_SEALS));
	expect(RET, "fcntl(%d, F_GET_SEALS)", m);
	DO(syscall(SYS_fcntl, m, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_WRITE));
	expect(RET, "fcntl(%d, F_ADD_SEALS, F_SEAL_SEAL|F_SEAL_WRITE)", m);
	DO(syscall(SYS_fcntl, m, F_GET_SEALS));
	snprintf(ret, sizeof(ret), "%#lx (seals F_SEAL_SEAL|F_SEAL_WRITE)", last_ret);
	expect(last_ret == (F_SEAL_SEAL | F_SEAL_WRITE) ? ret : RET, "fcntl(%d, F_GET_SEALS)", m);
	DO(syscall(SYS_fcntl, m, F_ADD_SEALS, 0x100));
	expect(RET, "fcntl(%d, F_ADD_SEALS, 0x100 /* F_SEAL_??? */)", m);
	close(m);
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "fd_fcntl.tmp";
	const char *dir = argc > 2 ? argv[2] : ".";
	show_pids = !(argc > 3 && !strcmp(argv[3], "nopids"));
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return 99;
	fd_flags_and_status(fd);
	duplicates(fd);
	locks(fd);
	if (show_pids)
		owners_and_signals(fd);
	leases_and_notify(fd, dir);
	pipes_and_seals();
	DO(syscall(SYS_fcntl, fd, 999, 0x1234));
	expect(RET, "fcntl(%d, 0x3e7 /* F_??? */, 0x1234)", fd);
	DO(syscall(SYS_fcntl, fd, F_GETOWNER_UIDS, 0));
	expect(RET, "fcntl(%d, F_GETOWNER_UIDS, 0)", fd);
	close(fd);
	unlink(path);
	return 0;
}
