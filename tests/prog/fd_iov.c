/* readv/writev/preadv/pwritev/preadv2/pwritev2/vmsplice: iovec arrays
 * cut at -s (each buffer, and the element count), short reads, errors
 * (NULL, EFAULT, EBADF, an array running into an unmapped page).
 * Prints the lines xstrace must print.  usage: fd_iov STRLIMIT FILE */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "fd_util.h"

#define MANY 40

static size_t limit;   /* -s */

/* [{iov_base="...", iov_len=N}, ...] with the strings cut at -s and at
 * data bytes in all (a read shows what it read), at most -s elements */
static const char *iov_text(const struct iovec *iov, size_t count, size_t data, int as_addresses)
{
	static char buf[8192];
	size_t o = 0;
	o += (size_t)snprintf(buf + o, sizeof(buf) - o, "[");
	for (size_t i = 0; i < count; i++) {
		if (i)
			o += (size_t)snprintf(buf + o, sizeof(buf) - o, ", ");
		if (i >= limit) {
			o += (size_t)snprintf(buf + o, sizeof(buf) - o, "...");
			break;
		}
		size_t shown = iov[i].iov_len < data ? iov[i].iov_len : data;
		data -= shown;
		if (as_addresses)
			o += (size_t)snprintf(buf + o, sizeof(buf) - o, "{iov_base=%p, iov_len=%zu}",
					      iov[i].iov_base, iov[i].iov_len);
		else
			o += (size_t)snprintf(buf + o, sizeof(buf) - o, "{iov_base=%s, iov_len=%zu}",
					      quoted(iov[i].iov_base, shown, limit), iov[i].iov_len);
	}
	snprintf(buf + o, sizeof(buf) - o, "]");
	return buf;
}

static void writes(int fd)
{
	static char text[] = "hello world, this is a line longer than thirty-two bytes\n";
	static char two[] = "tab\there \"quoted\"\n";
	struct iovec iov[3] = { { text, sizeof(text) - 1 }, { two, sizeof(two) - 1 }, { two, 0 } };
	DO(syscall(SYS_writev, fd, iov, 3));
	expect(RET, "writev(%d, %s, 3)", fd, iov_text(iov, 3, SIZE_MAX, 0));
	DO(syscall(SYS_writev, fd, iov, 0));
	expect(RET, "writev(%d, [], 0)", fd);
	DO(syscall(SYS_writev, fd, NULL, 2));
	expect(RET, "writev(%d, NULL, 2)", fd);
	DO(syscall(SYS_writev, fd, (void *)8, 2));
	expect(RET, "writev(%d, 0x8, 2)", fd);
	DO(syscall(SYS_pwritev, fd, iov, 2, 100));
	expect(RET, "pwritev(%d, %s, 2, 100)", fd, iov_text(iov, 2, SIZE_MAX, 0));
	DO(syscall(SYS_pwritev2, fd, iov, 1, 200, 0, RWF_DSYNC));
	expect(RET, "pwritev2(%d, %s, 1, 200, RWF_DSYNC)", fd, iov_text(iov, 1, SIZE_MAX, 0));
	DO(syscall(SYS_pwritev2, fd, iov, 1, -1L, 0, 0));
	expect(RET, "pwritev2(%d, %s, 1, -1, 0)", fd, iov_text(iov, 1, SIZE_MAX, 0));

	/* more elements than -s shows */
	struct iovec many[MANY];
	for (int i = 0; i < MANY; i++)
		many[i] = (struct iovec){ two, 1 };
	DO(syscall(SYS_writev, fd, many, MANY));
	expect(RET, "writev(%d, %s, %d)", fd, iov_text(many, MANY, SIZE_MAX, 0), MANY);
}

static void reads(int fd)
{
	char a[8], b[64], c[16];
	struct iovec iov[3] = { { a, sizeof(a) }, { b, sizeof(b) }, { c, sizeof(c) } };
	lseek(fd, 0, SEEK_SET);
	DO(syscall(SYS_readv, fd, iov, 3));
	expect(RET, "readv(%d, %s, 3)", fd, iov_text(iov, 3, (size_t)last_ret, 0));
	/* a short read: the file ends early */
	lseek(fd, -10, SEEK_END);
	DO(syscall(SYS_readv, fd, iov, 3));
	expect(RET, "readv(%d, %s, 3)", fd, iov_text(iov, 3, (size_t)last_ret, 0));
	DO(syscall(SYS_readv, fd, iov, 3));
	expect(RET, "readv(%d, %s, 3)", fd, iov_text(iov, 3, 0, 0));
	DO(syscall(SYS_readv, 999, iov, 2));
	expect(RET, "readv(999, %s, 2)", iov_text(iov, 2, 0, 1));
	DO(syscall(SYS_readv, fd, NULL, 3));
	expect(RET, "readv(%d, NULL, 3)", fd);
	DO(syscall(SYS_preadv, fd, iov, 2, 6));
	expect(RET, "preadv(%d, %s, 2, 6)", fd, iov_text(iov, 2, (size_t)last_ret, 0));
	DO(syscall(SYS_preadv2, fd, iov, 1, 0, 0, RWF_NOWAIT));
	expect(RET, "preadv2(%d, %s, 1, 0, RWF_NOWAIT)", fd,
	       iov_text(iov, 1, last_ret < 0 ? 0 : (size_t)last_ret, last_ret < 0));
	DO(syscall(SYS_preadv2, fd, iov, 1, 0, 0, 0x100));
	expect(RET, "preadv2(%d, %s, 1, 0, 0x100 /* RWF_??? */)", fd,
	       iov_text(iov, 1, last_ret < 0 ? 0 : (size_t)last_ret, last_ret < 0));
}

/* an array whose third element lies in an unmapped page */
static void array_at_page_end(int fd)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return;
	munmap(p + page, (size_t)page);
	struct iovec *iov = (struct iovec *)(p + page) - 2;
	iov[0] = (struct iovec){ "abc", 3 };
	iov[1] = (struct iovec){ (void *)16, 3 };
	char text[256];
	int n = snprintf(text, sizeof(text), "[{iov_base=%s, iov_len=3}", quoted("abc", 3, limit));
	/* an element is read before the -s limit is looked at: with -s 2 the
	 * third one is still read, and its address shown */
	if (limit < 2)
		snprintf(text + n, sizeof(text) - (size_t)n, ", ...]");
	else
		snprintf(text + n, sizeof(text) - (size_t)n, ", {iov_base=0x10, iov_len=3}, ... /* %p */]",
			 (void *)(iov + 2));
	DO(syscall(SYS_writev, fd, iov, 3));
	expect(RET, "writev(%d, %s, 3)", fd, text);
}

static void vmsplice_to_pipe(void)
{
	int p[2];
	if (pipe(p))
		return;
	static char text[] = "spliced\n";
	struct iovec iov[1] = { { text, sizeof(text) - 1 } };
	DO(syscall(SYS_vmsplice, p[1], iov, 1, SPLICE_F_NONBLOCK));
	expect(RET, "vmsplice(%d, %s, 1, SPLICE_F_NONBLOCK)", p[1], iov_text(iov, 1, SIZE_MAX, 0));
	close(p[0]);
	close(p[1]);
}

int main(int argc, char **argv)
{
	limit = strlimit_arg(argc, argv);
	const char *path = argc > 2 ? argv[2] : "fd_iov.tmp";
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return 99;
	writes(fd);
	reads(fd);
	array_at_page_end(fd);
	vmsplice_to_pipe();
	close(fd);
	unlink(path);
	return 0;
}
