/* pipes, dup family, close_range, flock, fallocate, truncation, fadvise,
 * readahead, lseek, and the copies between fds (sendfile, splice, tee,
 * copy_file_range) with their offsets read before and after.  Prints the
 * lines xstrace must print.  usage: fd_misc FILE */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/close_range.h>
#include <linux/falloc.h>
#include "fd_util.h"

static void pipes(int p[2])
{
	DO(syscall(SYS_pipe, p));
	expect(RET, "pipe([%d, %d])", p[0], p[1]);
	close(p[0]);
	close(p[1]);
	DO(syscall(SYS_pipe2, p, O_CLOEXEC | O_NONBLOCK));
	expect(RET, "pipe2([%d, %d], O_NONBLOCK|O_CLOEXEC)", p[0], p[1]);
	int unused[2];
	DO(syscall(SYS_pipe2, NULL, 0));
	expect(RET, "pipe2(NULL, 0)");
	DO(syscall(SYS_pipe2, unused, 1));
	expect(RET, "pipe2(%p, 0x1 /* O_??? */)", (void *)unused);
}

static void duplicates(int fd)
{
	DO(syscall(SYS_dup, fd));
	expect(RET, "dup(%d)", fd);
	DO(syscall(SYS_dup2, fd, 30));
	expect(RET, "dup2(%d, 30)", fd);
	DO(syscall(SYS_dup3, fd, 31, O_CLOEXEC));
	expect(RET, "dup3(%d, 31, O_CLOEXEC)", fd);
	DO(syscall(SYS_dup3, fd, 31, 0));
	expect(RET, "dup3(%d, 31, 0)", fd);
	DO(syscall(SYS_close_range, 30, 31, CLOSE_RANGE_CLOEXEC));
	expect(RET, "close_range(30, 31, CLOSE_RANGE_CLOEXEC)");
	DO(syscall(SYS_close_range, 30, ~0U, 0));
	expect(RET, "close_range(30, 4294967295, 0)");
	DO(syscall(SYS_close_range, 10, 5, 0x80));
	expect(RET, "close_range(10, 5, 0x80 /* CLOSE_RANGE_??? */)");
}

static void space_and_hints(int fd, const char *path)
{
	DO(syscall(SYS_flock, fd, LOCK_EX | LOCK_NB));
	expect(RET, "flock(%d, LOCK_EX|LOCK_NB)", fd);
	DO(syscall(SYS_flock, fd, LOCK_UN));
	expect(RET, "flock(%d, LOCK_UN)", fd);
	DO(syscall(SYS_fallocate, fd, 0, 0, 4096));
	expect(RET, "fallocate(%d, 0, 0, 4096)", fd);
	DO(syscall(SYS_fallocate, fd, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE, 10, 20));
	expect(RET, "fallocate(%d, FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE, 10, 20)", fd);
	DO(syscall(SYS_ftruncate, fd, 100));
	expect(RET, "ftruncate(%d, 100)", fd);
	DO(syscall(SYS_truncate, path, 50));
	expect(RET, "truncate(\"%s\", 50)", path);
	DO(syscall(SYS_fadvise64, fd, 0, 100, POSIX_FADV_DONTNEED));
	expect(RET, "fadvise64(%d, 0, 100, POSIX_FADV_DONTNEED)", fd);
	DO(syscall(SYS_readahead, fd, 0, 4096));
	expect(RET, "readahead(%d, 0, 4096)", fd);
	DO(syscall(SYS_lseek, fd, -5L, SEEK_END));
	expect(RET, "lseek(%d, -5, SEEK_END)", fd);
	DO(syscall(SYS_lseek, fd, 0, 9));
	expect(RET, "lseek(%d, 0, 0x9 /* SEEK_??? */)", fd);
}

static void copies(int fd, int p[2])
{
	static const char data[] = "0123456789abcdefghij";
	if (pwrite(fd, data, sizeof(data) - 1, 0) < 0)
		return;
	off_t off = 2;
	DO(syscall(SYS_sendfile, p[1], fd, &off, 10));
	expect(RET, "sendfile(%d, %d, [2] => [%lld], 10)", p[1], fd, (long long)off);
	off = 0;
	DO(syscall(SYS_sendfile, p[1], fd, &off, 0));
	expect(RET, "sendfile(%d, %d, [0], 0)", p[1], fd);
	DO(syscall(SYS_sendfile, p[1], fd, NULL, 3));
	expect(RET, "sendfile(%d, %d, NULL, 3)", p[1], fd);
	DO(syscall(SYS_sendfile, p[1], fd, (void *)8, 3));
	expect(RET, "sendfile(%d, %d, 0x8, 3)", p[1], fd);
	off = -1;
	DO(syscall(SYS_sendfile, p[1], fd, &off, 3));
	expect(RET, "sendfile(%d, %d, [18446744073709551615], 3)", p[1], fd);

	loff_t in = 1;
	DO(syscall(SYS_splice, fd, &in, p[1], NULL, 5, SPLICE_F_MOVE));
	expect(RET, "splice(%d, [1], %d, NULL, 5, SPLICE_F_MOVE)", fd, p[1]);
	loff_t out = 30;
	DO(syscall(SYS_splice, p[0], NULL, fd, &out, 5, 0));
	expect(RET, "splice(%d, NULL, %d, [30], 5, 0)", p[0], fd);
	in = -1;
	DO(syscall(SYS_splice, fd, &in, p[1], NULL, 5, 0x10));
	expect(RET, "splice(%d, [-1], %d, NULL, 5, 0x10 /* SPLICE_F_??? */)", fd, p[1]);
	DO(syscall(SYS_tee, p[0], p[1], 5, SPLICE_F_NONBLOCK));
	expect(RET, "tee(%d, %d, 5, SPLICE_F_NONBLOCK)", p[0], p[1]);
	in = 0;
	out = 40;
	DO(syscall(SYS_copy_file_range, fd, &in, fd, &out, 4, 0));
	expect(RET, "copy_file_range(%d, [0], %d, [40], 4, 0)", fd, fd);
	DO(syscall(SYS_copy_file_range, fd, NULL, fd, (void *)8, 3, 7));
	expect(RET, "copy_file_range(%d, NULL, %d, 0x8, 3, 7)", fd, fd);
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "fd_misc.tmp";
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return 99;
	int p[2];
	pipes(p);
	duplicates(fd);
	space_and_hints(fd, path);
	copies(fd, p);
	close(fd);
	unlink(path);
	return 0;
}
