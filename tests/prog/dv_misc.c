/* The everyday calls of the scope that the other programs leave out:
 * creat, pread64/pwrite64, fsync, fdatasync, sync_file_range, umask,
 * lstat, fchdir, chroot, mkdirat, rename*, unlinkat, rmdir, link*,
 * symlinkat, chmod, fchmod, getrandom, setsid, setpgid,
 * getresgid, sched_rr_get_interval, and ioctl's _IOC() form for a request nobody
 * names.  Prints the lines xstrace must print.
 * usage: dv_misc DIR (an empty directory) */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "tm_util.h"

/* umask's return: strace's octal, "022" or "0" */
static const char *octal(long v)
{
	static char b[32];
	snprintf(b, sizeof(b), "%#lo", v);
	return b;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	one_write();
	if (chdir(argv[1]))
		return 2;
	int dfd = open(".", O_RDONLY | O_DIRECTORY);
	char buf[16];

	/* the first line the harness compares from */
	DO(syscall(SYS_umask, 022L));
	DO(syscall(SYS_umask, 0777L));
	expect(octal(last_ret), "umask(0777)");
	DO(syscall(SYS_umask, 01022L));
	expect(octal(last_ret), "umask(01022)");
	DO(syscall(SYS_umask, 022L));
	expect(octal(last_ret), "umask(022)");

#ifdef SYS_creat
	DO(syscall(SYS_creat, "f", 0640L));
	expect(RET, "creat(\"f\", 0640)");
	int fd = (int)last_ret;
#else
	int fd = open("f", O_WRONLY | O_CREAT | O_TRUNC, 0640);
#endif
	DO(syscall(SYS_pwrite64, fd, "abcdef", 6L, 2L));
	expect(RET, "pwrite64(%d, \"abcdef\", 6, 2)", fd);
	DO(syscall(SYS_pread64, fd, buf, 4L, 0L));
	expect(RET, "pread64(%d, %p, 4, 0)", fd, (void *)buf);
	DO(syscall(SYS_fsync, fd));
	expect(RET, "fsync(%d)", fd);
	DO(syscall(SYS_fdatasync, fd));
	expect(RET, "fdatasync(%d)", fd);
#ifdef SYS_sync_file_range
	DO(syscall(SYS_sync_file_range, fd, 0L, 4096L, 7L));
	expect(RET, "sync_file_range(%d, 0, 4096, SYNC_FILE_RANGE_WAIT_BEFORE|SYNC_FILE_RANGE_WRITE|"
	       "SYNC_FILE_RANGE_WAIT_AFTER)", fd);
	DO(syscall(SYS_sync_file_range, fd, 1L, 2L, 0x10L));
	expect(RET, "sync_file_range(%d, 1, 2, 0x10 /* SYNC_FILE_RANGE_??? */)", fd);
#endif
	DO(syscall(SYS_fchmod, fd, 04750L));
	expect(RET, "fchmod(%d, 04750)", fd);
	DO(syscall(SYS_fchmod, fd, 0100644L));
	expect(RET, "fchmod(%d, 0100644)", fd);
#ifdef SYS_chmod
	DO(syscall(SYS_chmod, "f", 0600L));
	expect(RET, "chmod(\"f\", 0600)");
#endif
	/* an ioctl nobody names: the _IOC() form, or the number */
	DO(syscall(SYS_ioctl, fd, (long)_IOC(_IOC_READ, 0xee, 0x12, 8), buf));
	expect(RET, "ioctl(%d, _IOC(_IOC_READ, 0xee, 0x12, 0x8), %p)", fd, (void *)buf);
	DO(syscall(SYS_ioctl, fd, 0xee12L, 0L));
	expect(RET, "ioctl(%d, _IOC(_IOC_NONE, 0xee, 0x12, 0), 0)", fd);

#ifdef SYS_lstat
	struct stat st;
	DO(syscall(SYS_lstat, "f", &st));
	expect(RET, "lstat(\"f\", {st_mode=S_IFREG|0600, st_size=8, ...})");
	DO(syscall(SYS_lstat, "missing", &st));
	expect(RET, "lstat(\"missing\", %p)", (void *)&st);
#endif
	DO(syscall(SYS_mkdirat, dfd, "d", 0750L));
	expect(RET, "mkdirat(%d, \"d\", 0750)", dfd);
	DO(syscall(SYS_mkdirat, AT_FDCWD, "d/e", 0700L));
	expect(RET, "mkdirat(AT_FDCWD, \"d/e\", 0700)");
	int sub = open("d", O_RDONLY | O_DIRECTORY);
	DO(syscall(SYS_fchdir, sub));
	expect(RET, "fchdir(%d)", sub);
	DO(syscall(SYS_fchdir, dfd));
	expect(RET, "fchdir(%d)", dfd);
	DO(syscall(SYS_chroot, "/nonexistent/dir"));
	expect(RET, "chroot(\"/nonexistent/dir\")");
#ifdef SYS_rename
	DO(syscall(SYS_rename, "f", "g"));
	expect(RET, "rename(\"f\", \"g\")");
#else
	rename("f", "g");
#endif
#ifdef SYS_renameat
	DO(syscall(SYS_renameat, dfd, "g", AT_FDCWD, "h"));
	expect(RET, "renameat(%d, \"g\", AT_FDCWD, \"h\")", dfd);
#else
	rename("g", "h");
#endif
	DO(syscall(SYS_renameat2, AT_FDCWD, "h", dfd, "d", 1L));
	expect(RET, "renameat2(AT_FDCWD, \"h\", %d, \"d\", RENAME_NOREPLACE)", dfd);
	DO(syscall(SYS_renameat2, AT_FDCWD, "h", AT_FDCWD, "d/e", 2L));
	expect(RET, "renameat2(AT_FDCWD, \"h\", AT_FDCWD, \"d/e\", RENAME_EXCHANGE)");
	DO(syscall(SYS_renameat2, AT_FDCWD, "d/e", AT_FDCWD, "h", 2L));
	expect(RET, "renameat2(AT_FDCWD, \"d/e\", AT_FDCWD, \"h\", RENAME_EXCHANGE)");
	DO(syscall(SYS_renameat2, AT_FDCWD, "h", AT_FDCWD, "i", 0x10L));
	expect(RET, "renameat2(AT_FDCWD, \"h\", AT_FDCWD, \"i\", 0x10 /* RENAME_?? */)");
#ifdef SYS_link
	DO(syscall(SYS_link, "h", "l1"));
	expect(RET, "link(\"h\", \"l1\")");
#else
	link("h", "l1");
#endif
	DO(syscall(SYS_linkat, AT_FDCWD, "h", dfd, "l2", 0x400L));
	expect(RET, "linkat(AT_FDCWD, \"h\", %d, \"l2\", AT_SYMLINK_FOLLOW)", dfd);
	DO(syscall(SYS_linkat, AT_FDCWD, "", AT_FDCWD, "l3", 0x1000L));
	expect(RET, "linkat(AT_FDCWD, \"\", AT_FDCWD, \"l3\", AT_EMPTY_PATH)");
	DO(syscall(SYS_symlinkat, "h", dfd, "s1"));
	expect(RET, "symlinkat(\"h\", %d, \"s1\")", dfd);
	DO(syscall(SYS_unlinkat, dfd, "s1", 0L));
	expect(RET, "unlinkat(%d, \"s1\", 0)", dfd);
	DO(syscall(SYS_unlinkat, AT_FDCWD, "d/e", 0x200L));
	expect(RET, "unlinkat(AT_FDCWD, \"d/e\", AT_REMOVEDIR)");
#ifdef SYS_rmdir
	DO(syscall(SYS_rmdir, "d"));
	expect(RET, "rmdir(\"d\")");
	DO(syscall(SYS_rmdir, "d"));
	expect(RET, "rmdir(\"d\")");
#endif

	unsigned char rnd[4];
	DO(syscall(SYS_getrandom, rnd, 4L, 1L));
	expect(RET, "getrandom(\"\\x%02x\\x%02x\\x%02x\\x%02x\", 4, GRND_NONBLOCK)",
	       rnd[0], rnd[1], rnd[2], rnd[3]);
	DO(syscall(SYS_getrandom, rnd, 0L, 6L));
	expect(RET, "getrandom(%p, 0, GRND_RANDOM|GRND_INSECURE)", (void *)rnd);
	DO(syscall(SYS_getrandom, NULL, 4L, 0x40L));
	expect(RET, "getrandom(NULL, 4, 0x40 /* GRND_??? */)");

	/* a process group leader may not make a session */
	DO(syscall(SYS_setpgid, 0L, 0L));
	expect(RET, "setpgid(0, 0)");
	DO(syscall(SYS_setsid));
	expect(RET, "setsid()");
	DO(syscall(SYS_setpgid, -1L, 0L));
	expect(RET, "setpgid(-1, 0)");

	unsigned r[3];
	DO(syscall(SYS_getresgid, &r[0], &r[1], &r[2]));
	expect(RET, "getresgid([%u], [%u], [%u])", r[0], r[1], r[2]);
	DO(syscall(SYS_getresgid, &r[0], NULL, &r[2]));
	expect(RET, "getresgid(%p, NULL, %p)", (void *)&r[0], (void *)&r[2]);

	struct timespec ts;
	DO(syscall(SYS_sched_rr_get_interval, 0L, &ts));
	if (last_ret == 0)
		expect(RET, "sched_rr_get_interval(0, {tv_sec=%lld, tv_nsec=%ld})", (long long)ts.tv_sec, ts.tv_nsec);
	DO(syscall(SYS_sched_rr_get_interval, -1L, &ts));
	expect(RET, "sched_rr_get_interval(-1, %p)", (void *)&ts);
	DO(syscall(SYS_sched_rr_get_interval, 0L, NULL));
	expect(RET, "sched_rr_get_interval(0, NULL)");
	return 0;
}
