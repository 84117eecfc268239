/* Paths and metadata: statfs/fstatfs, readlink/readlinkat, getcwd, the
 * utime family (run with TZ=UTC), extended attributes, mknod/mknodat,
 * access/faccessat/faccessat2, openat2, file handles, mount/umount2.
 * Prints the lines xstrace must print.  usage: fd_paths DIR [nohandles]:
 * nohandles leaves out the file handles, which differ from run to run
 * (for comparing two tracers' runs). */
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <utime.h>
#include "fd_util.h"

#define PROC_SUPER_MAGIC 0x9fa0

static char dir[1024], file[1100], link_path[1100];

static void append(char *b, size_t size, const char *s)
{
	size_t l = strlen(b);
	snprintf(b + l, size - l, "%s", s);
}

/* ST_VALID first, then the rest by value */
static void statfs_flags_text(char *b, size_t size, unsigned long flags)
{
	static const struct { unsigned long bit; const char *name; } names[] = {
		{ 0x20, "ST_VALID" }, { 0x1, "ST_RDONLY" }, { 0x2, "ST_NOSUID" },
		{ 0x4, "ST_NODEV" }, { 0x8, "ST_NOEXEC" }, { 0x10, "ST_SYNCHRONOUS" },
		{ 0x40, "ST_MANDLOCK" }, { 0x80, "ST_WRITE" }, { 0x100, "ST_APPEND" },
		{ 0x200, "ST_IMMUTABLE" }, { 0x400, "ST_NOATIME" }, { 0x800, "ST_NODIRATIME" },
		{ 0x1000, "ST_RELATIME" }, { 0x2000, "ST_NOSYMFOLLOW" },
	};
	b[0] = '\0';
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (flags & names[i].bit) {
			if (b[0])
				append(b, size, "|");
			append(b, size, names[i].name);
			flags &= ~names[i].bit;
		}
	}
	if (flags) {
		char rest[32];
		snprintf(rest, sizeof(rest), "|%#lx", flags);
		append(b, size, rest);
	}
}

static const char *statfs_text(const struct statfs *s)
{
	static char b[1024];
	int fsid[2];
	char flags[256];
	memcpy(fsid, &s->f_fsid, sizeof(fsid));
	snprintf(b, sizeof(b), "{f_type=%s, f_bsize=%lu, f_blocks=%lu, f_bfree=%lu, f_bavail=%lu, "
		 "f_files=%lu, f_ffree=%lu, f_fsid={val=[%#x, %#x]}, f_namelen=%lu, f_frsize=%lu",
		 s->f_type == PROC_SUPER_MAGIC ? "PROC_SUPER_MAGIC" : "?",
		 (unsigned long)s->f_bsize, (unsigned long)s->f_blocks, (unsigned long)s->f_bfree,
		 (unsigned long)s->f_bavail, (unsigned long)s->f_files, (unsigned long)s->f_ffree,
		 (unsigned)fsid[0], (unsigned)fsid[1], (unsigned long)s->f_namelen,
		 (unsigned long)s->f_frsize);
	if (s->f_flags & 0x20) {
		statfs_flags_text(flags, sizeof(flags), (unsigned long)s->f_flags);
		append(b, sizeof(b), ", f_flags=");
		append(b, sizeof(b), flags);
	}
	append(b, sizeof(b), "}");
	return b;
}

static void filesystems(void)
{
	struct statfs s;
	DO(syscall(SYS_statfs, "/proc", &s));
	expect(RET, "statfs(\"/proc\", %s)", statfs_text(&s));
	int fd = open("/proc", O_RDONLY | O_DIRECTORY);
	DO(syscall(SYS_fstatfs, fd, &s));
	expect(RET, "fstatfs(%d, %s)", fd, statfs_text(&s));
	DO(syscall(SYS_fstatfs, fd, NULL));
	expect(RET, "fstatfs(%d, NULL)", fd);
	close(fd);
	DO(syscall(SYS_statfs, "/nonexistent/xstrace", &s));
	expect(RET, "statfs(\"/nonexistent/xstrace\", %p)", (void *)&s);
}

static void links_and_cwd(void)
{
	char buf[4096];
	if (symlink(file, link_path))
		return;
	DO(syscall(SYS_readlink, link_path, buf, sizeof(buf)));
	expect(RET, "readlink(\"%s\", %s, %zu)", link_path, quoted(buf, (size_t)last_ret, 32), sizeof(buf));
	DO(syscall(SYS_readlink, link_path, buf, 3));
	expect(RET, "readlink(\"%s\", %s, 3)", link_path, quoted(buf, 3, 32));
	DO(syscall(SYS_readlinkat, AT_FDCWD, link_path, buf, sizeof(buf)));
	expect(RET, "readlinkat(AT_FDCWD, \"%s\", %s, %zu)", link_path, quoted(buf, (size_t)last_ret, 32),
	       sizeof(buf));
	DO(syscall(SYS_readlink, file, buf, sizeof(buf)));
	expect(RET, "readlink(\"%s\", %p, %zu)", file, (void *)buf, sizeof(buf));
	unlink(link_path);

	if (chdir(dir))
		return;
	DO(syscall(SYS_getcwd, buf, sizeof(buf)));
	expect(RET, "getcwd(\"%s\", %zu)", buf, sizeof(buf));
	DO(syscall(SYS_getcwd, buf, 2));
	expect(RET, "getcwd(%p, 2)", (void *)buf);
}

static void times(int fd)
{
	struct utimbuf ub = { 1000, 1700000000 };
	DO(syscall(SYS_utime, file, &ub));
	expect(RET, "utime(\"%s\", {actime=1000 /* 1970-01-01T00:16:40+0000 */, "
	       "modtime=1700000000 /* 2023-11-14T22:13:20+0000 */})", file);
	DO(syscall(SYS_utime, file, NULL));
	expect(RET, "utime(\"%s\", NULL)", file);
	struct timeval tv[2] = { { 1, 2 }, { 0, 0 } };
	DO(syscall(SYS_utimes, file, tv));
	expect(RET, "utimes(\"%s\", [{tv_sec=1, tv_usec=2} /* 1970-01-01T00:00:01.000002+0000 */, "
	       "{tv_sec=0, tv_usec=0}])", file);
	DO(syscall(SYS_futimesat, AT_FDCWD, file, NULL));
	expect(RET, "futimesat(AT_FDCWD, \"%s\", NULL)", file);
	struct timespec ts[2] = { { 1700000000, 5 }, { 0, UTIME_NOW } };
	DO(syscall(SYS_utimensat, AT_FDCWD, file, ts, 0));
	expect(RET, "utimensat(AT_FDCWD, \"%s\", [{tv_sec=1700000000, tv_nsec=5} "
	       "/* 2023-11-14T22:13:20.000000005+0000 */, UTIME_NOW], 0)", file);
	struct timespec omit[2] = { { 0, UTIME_OMIT }, { 7, UTIME_OMIT } };
	DO(syscall(SYS_utimensat, fd, NULL, omit, 0));
	expect(RET, "utimensat(%d, NULL, [UTIME_OMIT, UTIME_OMIT], 0)", fd);
	struct timespec bad[2] = { { 1, 1000000000 }, { -1, 0 } };
	DO(syscall(SYS_utimensat, AT_FDCWD, file, bad, AT_SYMLINK_NOFOLLOW));
	expect(RET, "utimensat(AT_FDCWD, \"%s\", [{tv_sec=1, tv_nsec=1000000000}, "
	       "{tv_sec=-1, tv_nsec=0} /* 1969-12-31T23:59:59+0000 */], AT_SYMLINK_NOFOLLOW)", file);
	DO(syscall(SYS_utimensat, fd, NULL, NULL, 0));
	expect(RET, "utimensat(%d, NULL, NULL, 0)", fd);
}

static void xattrs(int fd)
{
	char buf[256];
	static const char long_value[] = "a value longer than the thirty-two bytes -s shows";
	DO(syscall(SYS_setxattr, file, "user.fd_test", "value", 6, XATTR_CREATE));
	expect(RET, "setxattr(\"%s\", \"user.fd_test\", \"value\", 6, XATTR_CREATE)", file);
	int have = last_ret == 0;
	DO(syscall(SYS_getxattr, file, "user.fd_test", buf, sizeof(buf)));
	if (have)
		expect(RET, "getxattr(\"%s\", \"user.fd_test\", \"value\", %zu)", file, sizeof(buf));
	else
		expect(RET, "getxattr(\"%s\", \"user.fd_test\", %p, %zu)", file, (void *)buf, sizeof(buf));
	DO(syscall(SYS_getxattr, file, "user.fd_test", NULL, 0));
	expect(RET, "getxattr(\"%s\", \"user.fd_test\", NULL, 0)", file);
	DO(syscall(SYS_fgetxattr, fd, "user.none", buf, sizeof(buf)));
	expect(RET, "fgetxattr(%d, \"user.none\", %p, %zu)", fd, (void *)buf, sizeof(buf));
	DO(syscall(SYS_listxattr, file, buf, sizeof(buf)));
	if (last_ret >= 0)
		expect(RET, "listxattr(\"%s\", %s, %zu)", file, quoted(buf, (size_t)last_ret, 32), sizeof(buf));
	else
		expect(RET, "listxattr(\"%s\", %p, %zu)", file, (void *)buf, sizeof(buf));
	DO(syscall(SYS_llistxattr, file, buf, 0));
	expect(RET, "llistxattr(\"%s\", %p, 0)", file, (void *)buf);
	DO(syscall(SYS_flistxattr, fd, NULL, 0));
	expect(RET, "flistxattr(%d, NULL, 0)", fd);
	DO(syscall(SYS_fsetxattr, fd, "user.fd_long", long_value, sizeof(long_value) - 1, 0));
	expect(RET, "fsetxattr(%d, \"user.fd_long\", %s, %zu, 0)", fd,
	       quoted(long_value, sizeof(long_value) - 1, 32), sizeof(long_value) - 1);
	DO(syscall(SYS_lsetxattr, file, "user.fd_test", "x", 1, 4));
	expect(RET, "lsetxattr(\"%s\", \"user.fd_test\", \"x\", 1, 0x4 /* XATTR_??? */)", file);
	DO(syscall(SYS_removexattr, file, "user.fd_test"));
	expect(RET, "removexattr(\"%s\", \"user.fd_test\")", file);
	DO(syscall(SYS_fremovexattr, fd, "user.fd_long"));
	expect(RET, "fremovexattr(%d, \"user.fd_long\")", fd);
}

static void nodes_and_access(void)
{
	char fifo[1100], cdev[1100], plain[1100];
	snprintf(fifo, sizeof(fifo), "%s/fifo", dir);
	snprintf(cdev, sizeof(cdev), "%s/cdev", dir);
	snprintf(plain, sizeof(plain), "%s/plain", dir);
	DO(syscall(SYS_mknod, fifo, S_IFIFO | 0600, 0));
	expect(RET, "mknod(\"%s\", S_IFIFO|0600)", fifo);
	DO(syscall(SYS_mknodat, AT_FDCWD, cdev, S_IFCHR | 0600, makedev(1, 3)));
	expect(RET, "mknodat(AT_FDCWD, \"%s\", S_IFCHR|0600, makedev(0x1, 0x3))", cdev);
	DO(syscall(SYS_mknod, plain, S_ISUID | 0640, 5));
	expect(RET, "mknod(\"%s\", S_ISUID|0640)", plain);
	DO(syscall(SYS_mknod, plain, 0170755, 5));
	expect(RET, "mknod(\"%s\", 0170755)", plain);
	unlink(fifo);
	unlink(cdev);
	unlink(plain);

	DO(syscall(SYS_access, file, R_OK | W_OK));
	expect(RET, "access(\"%s\", R_OK|W_OK)", file);
	DO(syscall(SYS_faccessat, AT_FDCWD, "/nonexistent/xstrace", X_OK));
	expect(RET, "faccessat(AT_FDCWD, \"/nonexistent/xstrace\", X_OK)");
	DO(syscall(SYS_faccessat2, AT_FDCWD, file, F_OK, AT_EACCESS | AT_SYMLINK_NOFOLLOW));
	expect(RET, "faccessat2(AT_FDCWD, \"%s\", F_OK, AT_SYMLINK_NOFOLLOW|AT_EACCESS)", file);
}

static void open_how(void)
{
	struct { struct open_how how; uint64_t extra; } h = { { O_RDONLY | O_CLOEXEC, 0, RESOLVE_NO_SYMLINKS }, 0 };
	DO(syscall(SYS_openat2, AT_FDCWD, file, &h.how, sizeof(h.how)));
	expect(RET, "openat2(AT_FDCWD, \"%s\", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS}, 24)", file);
	if (last_ret >= 0)
		close((int)last_ret);
	h.how = (struct open_how){ O_WRONLY | O_CREAT, 0600, 0 };
	DO(syscall(SYS_openat2, AT_FDCWD, file, &h.how, sizeof(h.how)));
	expect(RET, "openat2(AT_FDCWD, \"%s\", {flags=O_WRONLY|O_CREAT, mode=0600, resolve=0}, 24)", file);
	if (last_ret >= 0)
		close((int)last_ret);
	DO(syscall(SYS_openat2, AT_FDCWD, file, NULL, 24));
	expect(RET, "openat2(AT_FDCWD, \"%s\", NULL, 24)", file);
	DO(syscall(SYS_openat2, AT_FDCWD, file, &h.how, 8));
	expect(RET, "openat2(AT_FDCWD, \"%s\", %p, 8)", file, (void *)&h.how);
	h.extra = 5;
	DO(syscall(SYS_openat2, AT_FDCWD, file, &h, sizeof(h)));
	expect(RET, "openat2(AT_FDCWD, \"%s\", {flags=O_WRONLY|O_CREAT, mode=0600, resolve=0, "
	       "/* bytes 24..31 */ \"\\x05\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, 32)", file);
}

static const char *hex_bytes(const unsigned char *p, unsigned n)
{
	static char b[4 * 128 + 8];
	size_t o = 0;
	b[o++] = '"';
	for (unsigned i = 0; i < n && i < 128; i++)
		o += (size_t)snprintf(b + o, sizeof(b) - o, "\\x%02x", p[i]);
	snprintf(b + o, sizeof(b) - o, "\"%s", n > 128 ? "..." : "");
	return b;
}

static void handles(void)
{
	struct { struct file_handle fh; unsigned char bytes[128]; } h;
	int mount_id;
	h.fh.handle_bytes = 0;
	DO(syscall(SYS_name_to_handle_at, AT_FDCWD, file, &h.fh, &mount_id, 0));
	if (last_err == EOVERFLOW)
		expect(RET, "name_to_handle_at(AT_FDCWD, \"%s\", {handle_bytes=0 => %u}, %p, 0)",
		       file, h.fh.handle_bytes, (void *)&mount_id);
	else
		expect(RET, "name_to_handle_at(AT_FDCWD, \"%s\", {handle_bytes=0}, %p, 0)", file, (void *)&mount_id);
	h.fh.handle_bytes = 128;
	DO(syscall(SYS_name_to_handle_at, AT_FDCWD, file, &h.fh, &mount_id, AT_SYMLINK_FOLLOW));
	if (last_ret == 0) {
		expect(RET, "name_to_handle_at(AT_FDCWD, \"%s\", {handle_bytes=128 => %u, handle_type=%d, "
		       "f_handle=%s}, [%d], AT_SYMLINK_FOLLOW)", file, h.fh.handle_bytes, h.fh.handle_type,
		       hex_bytes(h.fh.f_handle, h.fh.handle_bytes), mount_id);
		int mfd = open(dir, O_RDONLY | O_DIRECTORY);
		DO(syscall(SYS_open_by_handle_at, mfd, &h.fh, O_RDONLY));
		expect(RET, "open_by_handle_at(%d, {handle_bytes=%u, handle_type=%d, f_handle=%s}, O_RDONLY)",
		       mfd, h.fh.handle_bytes, h.fh.handle_type, hex_bytes(h.fh.f_handle, h.fh.handle_bytes));
		if (last_ret >= 0)
			close((int)last_ret);
		close(mfd);
	} else {
		expect(RET, "name_to_handle_at(AT_FDCWD, \"%s\", {handle_bytes=128}, %p, AT_SYMLINK_FOLLOW)",
		       file, (void *)&mount_id);
	}
	DO(syscall(SYS_name_to_handle_at, AT_FDCWD, file, NULL, &mount_id, 0x1));
	expect(RET, "name_to_handle_at(AT_FDCWD, \"%s\", NULL, %p, 0x1 /* AT_??? */)", file, (void *)&mount_id);
}

static void mounts(void)
{
	static const char type[] = "tmpfs", data[] = "size=1m";
	const char *target = "/nonexistent/xstrace";
	DO(syscall(SYS_mount, "none", target, type, MS_NOSUID | MS_NODEV, data));
	expect(RET, "mount(\"none\", \"%s\", \"tmpfs\", MS_NOSUID|MS_NODEV, \"size=1m\")", target);
	DO(syscall(SYS_mount, "none", target, type, MS_REMOUNT | MS_RDONLY, data));
	expect(RET, "mount(\"none\", \"%s\", %p, MS_RDONLY|MS_REMOUNT, \"size=1m\")", target, (void *)type);
	DO(syscall(SYS_mount, dir, target, type, MS_BIND | MS_REC, data));
	expect(RET, "mount(\"%s\", \"%s\", %p, MS_BIND|MS_REC, %p)", dir, target, (void *)type, (void *)data);
	DO(syscall(SYS_mount, NULL, target, NULL, MS_MGC_VAL | MS_MOVE, NULL));
	expect(RET, "mount(NULL, \"%s\", NULL, MS_MGC_VAL|MS_MOVE, NULL)", target);
	DO(syscall(SYS_mount, "none", target, type, MS_MGC_VAL | 0x200, data));
	expect(RET, "mount(\"none\", \"%s\", \"tmpfs\", MS_MGC_VAL|0x200 /* MS_??? */, \"size=1m\")", target);
	DO(syscall(SYS_umount2, target, MNT_DETACH));
	expect(RET, "umount2(\"%s\", MNT_DETACH)", target);
	DO(syscall(SYS_umount2, target, 0x10));
	expect(RET, "umount2(\"%s\", 0x10 /* MNT_??? */)", target);
}

int main(int argc, char **argv)
{
	snprintf(dir, sizeof(dir), "%s", argc > 1 ? argv[1] : ".");
	snprintf(file, sizeof(file), "%s/file", dir);
	snprintf(link_path, sizeof(link_path), "%s/link", dir);
	int fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return 99;
	filesystems();
	links_and_cwd();
	times(fd);
	xattrs(fd);
	nodes_and_access();
	open_how();
	if (!(argc > 2 && !strcmp(argv[2], "nohandles")))
		handles();
	mounts();
	close(fd);
	unlink(file);
	return 0;
}
