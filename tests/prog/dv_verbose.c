/* -v (no abbreviation): stat, statx, getdents64 (and getdents where the
 * ABI has it), uname, getrusage and execve's environment in full.  Each
 * call's own results make the line xstrace must print.
 * usage: dv_verbose DIR (an empty directory; TZ=UTC) */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include "tm_util.h"

/* strace's date comment after a time: 2001-09-09T01:46:40.000000005+0000
 * in comment markers (the fraction only when nonzero; nothing for 0) */
static const char *date(int64_t sec, uint64_t nsec)
{
	static char bufs[8][128];
	static unsigned next;
	char *b = bufs[next++ % 8];
	b[0] = 0;
	if (sec == 0 && nsec == 0)
		return b;
	time_t t = (time_t)sec;
	struct tm tm;
	gmtime_r(&t, &tm);
	char when[64];
	strftime(when, sizeof(when), "%FT%T", &tm);
	if (nsec)
		snprintf(b, 128, " /* %s.%09" PRIu64 "+0000 */", when, nsec);
	else
		snprintf(b, 128, " /* %s+0000 */", when);
	return b;
}

static const char *mode_text(unsigned mode)
{
	static char b[32];
	snprintf(b, sizeof(b), "%s|%#o", S_ISDIR(mode) ? "S_IFDIR" : "S_IFREG", mode & 07777);
	return b;
}

static void do_stat(const char *path)
{
	struct stat st;
	DO(syscall(SYS_newfstatat, AT_FDCWD, path, &st, 0));
	if (last_ret)
		exit(2);
	expect(RET, "newfstatat(AT_FDCWD, \"%s\", {st_dev=makedev(%#x, %#x), st_ino=%llu, st_mode=%s, "
	       "st_nlink=%llu, st_uid=%u, st_gid=%u, st_blksize=%llu, st_blocks=%llu, st_size=%lld, "
	       "st_atime=%lld%s, st_atime_nsec=%lu, st_mtime=%lld%s, st_mtime_nsec=%lu, "
	       "st_ctime=%lld%s, st_ctime_nsec=%lu}, 0)", path,
	       major(st.st_dev), minor(st.st_dev), (unsigned long long)st.st_ino, mode_text(st.st_mode),
	       (unsigned long long)st.st_nlink, st.st_uid, st.st_gid, (unsigned long long)st.st_blksize,
	       (unsigned long long)st.st_blocks, (long long)st.st_size,
	       (long long)st.st_atim.tv_sec, date(st.st_atim.tv_sec, (uint64_t)st.st_atim.tv_nsec),
	       (unsigned long)st.st_atim.tv_nsec,
	       (long long)st.st_mtim.tv_sec, date(st.st_mtim.tv_sec, (uint64_t)st.st_mtim.tv_nsec),
	       (unsigned long)st.st_mtim.tv_nsec,
	       (long long)st.st_ctim.tv_sec, date(st.st_ctim.tv_sec, (uint64_t)st.st_ctim.tv_nsec),
	       (unsigned long)st.st_ctim.tv_nsec);
}

static const char *stx_time(const char *name, const struct statx_timestamp *t)
{
	static char bufs[4][200];
	static unsigned next;
	char *b = bufs[next++ % 4];
	snprintf(b, 200, ", %s={tv_sec=%lld, tv_nsec=%u}%s", name, (long long)t->tv_sec, t->tv_nsec,
		 date(t->tv_sec, t->tv_nsec));
	return b;
}

static void do_statx(const char *path)
{
	struct statx x;
	memset(&x, 0, sizeof(x));
	/* the kernel's answer for a regular file on any filesystem: the
	 * basic stats, the times it has; the mask names them */
	DO(syscall(SYS_statx, AT_FDCWD, path, 0, STATX_TYPE | STATX_MODE | STATX_SIZE | STATX_MTIME, &x));
	if (last_ret)
		exit(2);
	char mask[256] = "";
	static const struct { unsigned bit; const char *name; } bits[] = {
		{ 0xfff, "STATX_ALL" }, { 0x7ff, "STATX_BASIC_STATS" }, { 0x1, "STATX_TYPE" }, { 0x2, "STATX_MODE" },
		{ 0x4, "STATX_NLINK" }, { 0x8, "STATX_UID" }, { 0x10, "STATX_GID" },
		{ 0x20, "STATX_ATIME" }, { 0x40, "STATX_MTIME" }, { 0x80, "STATX_CTIME" },
		{ 0x100, "STATX_INO" }, { 0x200, "STATX_SIZE" }, { 0x400, "STATX_BLOCKS" },
		{ 0x800, "STATX_BTIME" }, { 0x1000, "STATX_MNT_ID" },
	};
	unsigned m = x.stx_mask;
	for (unsigned i = 0; i < sizeof(bits) / sizeof(bits[0]); i++)
		if ((m & bits[i].bit) == bits[i].bit) {
			if (*mask)
				strcat(mask, "|");
			strcat(mask, bits[i].name);
			m &= ~bits[i].bit;
		}
	if (m) {
		/* a bit this test does not name: skip the statx line */
		return;
	}
	char times[700] = "";
	if (x.stx_mask & STATX_ATIME)
		strcat(times, stx_time("stx_atime", &x.stx_atime));
	if (x.stx_mask & STATX_BTIME)
		strcat(times, stx_time("stx_btime", &x.stx_btime));
	if (x.stx_mask & STATX_CTIME)
		strcat(times, stx_time("stx_ctime", &x.stx_ctime));
	if (x.stx_mask & STATX_MTIME)
		strcat(times, stx_time("stx_mtime", &x.stx_mtime));
	char mnt[64] = "";
	if (x.stx_mask & 0x1000)
		snprintf(mnt, sizeof(mnt), ", stx_mnt_id=%#llx", (unsigned long long)x.stx_mnt_id);
	static const struct { unsigned bit; const char *name; } attrs[] = {
		{ 0x4, "STATX_ATTR_COMPRESSED" }, { 0x10, "STATX_ATTR_IMMUTABLE" },
		{ 0x20, "STATX_ATTR_APPEND" }, { 0x40, "STATX_ATTR_NODUMP" },
		{ 0x800, "STATX_ATTR_ENCRYPTED" }, { 0x1000, "STATX_ATTR_AUTOMOUNT" },
		{ 0x2000, "STATX_ATTR_MOUNT_ROOT" }, { 0x100000, "STATX_ATTR_VERITY" },
		{ 0x200000, "STATX_ATTR_DAX" },
	};
	char amask[512] = "";
	uint64_t am = x.stx_attributes_mask;
	for (unsigned i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
		if (am & attrs[i].bit) {
			if (*amask)
				strcat(amask, "|");
			strcat(amask, attrs[i].name);
			am &= ~(uint64_t)attrs[i].bit;
		}
	if (!*amask)
		strcpy(amask, "0");
	/* a file of this test has no attribute set; a bit without a name
	 * here: no line to expect */
	if (x.stx_attributes || am)
		return;
	expect(RET, "statx(AT_FDCWD, \"%s\", AT_STATX_SYNC_AS_STAT, STATX_TYPE|STATX_MODE|STATX_MTIME|STATX_SIZE, "
	       "{stx_mask=%s, stx_blksize=%u, stx_attributes=0, stx_nlink=%u, stx_uid=%u, stx_gid=%u, "
	       "stx_mode=%s, stx_ino=%llu, stx_size=%llu, stx_blocks=%llu, stx_attributes_mask=%s%s, "
	       "stx_rdev_major=%u, stx_rdev_minor=%u, stx_dev_major=%u, stx_dev_minor=%u%s})", path, mask,
	       x.stx_blksize, x.stx_nlink, x.stx_uid, x.stx_gid, mode_text(x.stx_mode),
	       (unsigned long long)x.stx_ino, (unsigned long long)x.stx_size,
	       (unsigned long long)x.stx_blocks, amask, times, x.stx_rdev_major, x.stx_rdev_minor,
	       x.stx_dev_major, x.stx_dev_minor, mnt);
}

static const char *dtype(unsigned t)
{
	switch (t) {
	case DT_REG: return "DT_REG";
	case DT_DIR: return "DT_DIR";
	case DT_LNK: return "DT_LNK";
	case DT_FIFO: return "DT_FIFO";
	}
	return "DT_UNKNOWN";
}

struct dent64 {
	uint64_t ino;
	int64_t off;
	unsigned short reclen;
	unsigned char type;
	char name[];
};

static void do_getdents64(const char *dir)
{
	static char buf[4096];
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	DO(syscall(SYS_getdents64, fd, buf, (long)sizeof(buf)));
	if (last_ret <= 0)
		exit(2);
	static char text[4096];
	size_t n = (size_t)snprintf(text, sizeof(text), "getdents64(%d, [", fd);
	for (long pos = 0; pos < last_ret;) {
		struct dent64 *e = (struct dent64 *)(buf + pos);
		n += (size_t)snprintf(text + n, sizeof(text) - n,
				      "%s{d_ino=%llu, d_off=%lld, d_reclen=%u, d_type=%s, d_name=\"%s\"}",
				      pos ? ", " : "", (unsigned long long)e->ino, (long long)e->off,
				      e->reclen, dtype(e->type), e->name);
		pos += e->reclen;
	}
	snprintf(text + n, sizeof(text) - n, "], %zu)", sizeof(buf));
	expect(RET, "%s", text);
	/* the end of the directory: an empty list */
	DO(syscall(SYS_getdents64, fd, buf, (long)sizeof(buf)));
	expect(RET, "getdents64(%d, [], %zu)", fd, sizeof(buf));
	close(fd);
}

static void do_getdents(const char *dir)
{
#ifdef SYS_getdents
	static char buf[4096];
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	DO(syscall(SYS_getdents, fd, buf, (long)sizeof(buf)));
	if (last_ret <= 0)
		exit(2);
	static char text[4096];
	size_t n = (size_t)snprintf(text, sizeof(text), "getdents(%d, [", fd);
	for (long pos = 0; pos < last_ret;) {
		unsigned long *w = (unsigned long *)(buf + pos);
		unsigned short reclen = *(unsigned short *)(buf + pos + 2 * sizeof(long));
		const char *name = buf + pos + 2 * sizeof(long) + 2;
		n += (size_t)snprintf(text + n, sizeof(text) - n,
				      "%s{d_ino=%lu, d_off=%lu, d_reclen=%u, d_name=\"%s\", d_type=%s}",
				      pos ? ", " : "", w[0], w[1], reclen, name,
				      dtype((unsigned char)buf[pos + reclen - 1]));
		pos += reclen;
	}
	snprintf(text + n, sizeof(text) - n, "], %zu)", sizeof(buf));
	expect(RET, "%s", text);
	close(fd);
#else
	(void)dir;
#endif
}

static void do_uname(void)
{
	struct utsname u;
	DO(syscall(SYS_uname, &u));
	expect(RET, "uname({sysname=\"%s\", nodename=\"%s\", release=\"%s\", version=\"%s\", "
	       "machine=\"%s\", domainname=\"%s\"})", u.sysname, u.nodename, u.release, u.version,
	       u.machine, u.domainname);
}

static void do_getrusage(void)
{
	struct rusage r;
	DO(syscall(SYS_getrusage, RUSAGE_SELF, &r));
	expect(RET, "getrusage(RUSAGE_SELF, {ru_utime={tv_sec=%ld, tv_usec=%ld}, ru_stime={tv_sec=%ld, "
	       "tv_usec=%ld}, ru_maxrss=%ld, ru_ixrss=%ld, ru_idrss=%ld, ru_isrss=%ld, ru_minflt=%ld, "
	       "ru_majflt=%ld, ru_nswap=%ld, ru_inblock=%ld, ru_oublock=%ld, ru_msgsnd=%ld, "
	       "ru_msgrcv=%ld, ru_nsignals=%ld, ru_nvcsw=%ld, ru_nivcsw=%ld})",
	       (long)r.ru_utime.tv_sec, (long)r.ru_utime.tv_usec, (long)r.ru_stime.tv_sec,
	       (long)r.ru_stime.tv_usec, r.ru_maxrss, r.ru_ixrss, r.ru_idrss, r.ru_isrss,
	       r.ru_minflt, r.ru_majflt, r.ru_nswap, r.ru_inblock, r.ru_oublock, r.ru_msgsnd,
	       r.ru_msgrcv, r.ru_nsignals, r.ru_nvcsw, r.ru_nivcsw);
}

static void do_execve(void)
{
	/* more elements than -s 4 allows: -v shows them all */
	char *argv[] = { "a0", "a1", "a2", "a3", "a4", "a5", NULL };
	char *envp[] = { "E0=0", "E1=1", "E2=2", "E3=3", "E4=4", "E5=5", NULL };
	DO(syscall(SYS_execve, "/nonexistent/xstrace", argv, envp));
	expect(RET, "execve(\"/nonexistent/xstrace\", [\"a0\", \"a1\", \"a2\", \"a3\", \"a4\", \"a5\"], "
	       "[\"E0=0\", \"E1=1\", \"E2=2\", \"E3=3\", \"E4=4\", \"E5=5\"])");
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	one_write();
	char file[4096], sub[4096];
	snprintf(file, sizeof(file), "%s/file", argv[1]);
	snprintf(sub, sizeof(sub), "%s/sub", argv[1]);
	int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0640);
	if (fd < 0 || write(fd, "0123456789", 10) != 10)
		return 2;
	/* times with and without a fraction */
	struct timespec ts[2] = { { 1000000000, 5 }, { 1000000001, 0 } };
	futimens(fd, ts);
	close(fd);
	mkdir(sub, 0750);
	/* whatever the C library reads the first time it formats a date */
	date(1, 0);
	do_stat(file);
	do_stat(sub);
	do_statx(file);
	do_getdents64(argv[1]);
	do_getdents(argv[1]);
	do_uname();
	do_getrusage();
	do_execve();
	return 0;
}
