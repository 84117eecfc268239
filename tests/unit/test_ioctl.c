/* The ioctl decoder (src/decode/ioctl*.c) run from fake memory for every
 * ABI: request names from each ABI's column of tables/ioctls.tbl (the
 * size field of _IOR(..., size_t) differs between ABIs), the _IOC() form,
 * and the arguments whose width is the ABI's word.  The expected text is
 * what strace 6.1 prints for the same values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_mem.h"
#include "print.h"

static int failures, checks;
static struct outfile *out;
static struct mem_reader mem;

static struct outfile *mem_outfile(void)
{
	struct outfile *f = calloc(1, sizeof(*f));
	f->fd = -1;
	f->cap = 1 << 16;
	f->buf = malloc(f->cap);
	return f;
}

static void check_text(const char *what, const char *got, size_t len, const char *want)
{
	checks++;
	if (len != strlen(want) || memcmp(got, want, len)) {
		failures++;
		printf("not ok %d - %s\n#   want: %s\n#   got:  %.*s\n", checks, what, want, (int)len, got);
	} else {
		printf("ok %d - %s\n", checks, what);
	}
}

/* ioctl(fd, code, arg) at entry and, unless done, at exit with rval */
static void ioctl_call(const struct abi *abi, uint32_t code, uint64_t arg, int64_t rval,
		       const char *want)
{
	struct dctx d;
	struct syscall_state sc;
	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	const struct syscall_name_ent *n = syscall_by_name("ioctl", 5);
	out->len = 0;
	sc.abi = abi;
	sc.ent = sysent_lookup(abi, (uint64_t)n->nr[abi->id]);
	sc.args[0] = 3;
	sc.args[1] = code;
	sc.args[2] = arg;
	d.sc = &sc;
	d.abi = abi;
	d.out = out;
	d.mem = &mem;
	d.max_strlen = 32;
	d.ret_kind = -1;
	if (sc.ent->decode(&d) != DEC_DONE) {
		sc.rval = rval;
		sc.error = rval < 0 && rval > -4096 ? (int)-rval : 0;
		d.exiting = true;
		sc.ent->decode(&d);
	}
	char what[160];
	snprintf(what, sizeof(what), "%s ioctl %#x", abi->name, code);
	check_text(what, out->buf, out->len, want);
}

static void put(unsigned char *b, int off, int size, uint64_t v)
{
	for (int i = 0; i < size; i++)
		b[off + i] = (unsigned char)(v >> (8 * i));
}

#define ADDR 0x10000

/* the bytes at ADDR, and nothing else readable */
static void set_mem(const unsigned char *b, size_t n)
{
	fake_mem_clear();
	fake_mem_add(ADDR, b, n);
}

static void test_abi(const struct abi *abi)
{
	bool w32 = abi->wordsize == 4;
	char want[512];

	/* names: one, several, none */
	ioctl_call(abi, 0x5401, 0, -14, "3, TCGETS, NULL");
	ioctl_call(abi, 0x5451, 0, 0, "3, FIOCLEX");
	ioctl_call(abi, 0x5499, 0x1234, -25, "3, _IOC(_IOC_NONE, 0x54, 0x99, 0), 0x1234");
	ioctl_call(abi, 0xc0089901, 0, -25, "3, _IOC(_IOC_READ|_IOC_WRITE, 0x99, 0x1, 0x8), 0");
	/* BLKGETSIZE64 is _IOR(0x12, 114, size_t): 0x80081272 or 0x80041272 */
	unsigned char b[64];
	memset(b, 0, sizeof(b));
	put(b, 0, 8, 0x100000005ULL);
	set_mem(b, sizeof(b));
	ioctl_call(abi, w32 ? 0x80041272 : 0x80081272, ADDR, 0, "3, BLKGETSIZE64, [4294967301]");
	ioctl_call(abi, w32 ? 0x80081272 : 0x80041272, ADDR, -25,
		   w32 ? "3, _IOC(_IOC_READ, 0x12, 0x72, 0x8), 0x10000"
		       : "3, _IOC(_IOC_READ, 0x12, 0x72, 0x4), 0x10000");
	/* BLKGETSIZE: an unsigned long, BLKRAGET a long */
	ioctl_call(abi, 0x1260, ADDR, 0, w32 ? "3, BLKGETSIZE, [5]" : "3, BLKGETSIZE, [4294967301]");
	put(b, 0, 8, (uint64_t)-2);
	set_mem(b, sizeof(b));
	ioctl_call(abi, 0x1263, ADDR, 0, "3, BLKRAGET, [-2]");
	ioctl_call(abi, 0x1263, ADDR, -25, "3, BLKRAGET, 0x10000");
	ioctl_call(abi, 0x1262, 7, 0, "3, BLKRASET, 7");
	/* FS_IOC_GETFLAGS is _IOR('f', 1, long): strace's 32-bit tables name
	 * that number FS_IOC32_GETFLAGS only */
	ioctl_call(abi, w32 ? 0x80046601 : 0x80086601, 0, -25,
		   w32 ? "3, FS_IOC32_GETFLAGS, 0" : "3, FS_IOC_GETFLAGS, 0");

	/* struct termios: one layout on every ABI */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 0x500);            /* ICRNL|IXON */
	put(b, 4, 4, 0x5);              /* OPOST|ONLCR */
	put(b, 8, 4, 0xbf);             /* B38400|CS8|CREAD */
	put(b, 12, 4, 0x8a3b);
	set_mem(b, sizeof(b));
	snprintf(want, sizeof(want), "3, TCGETS, {c_iflag=ICRNL|IXON, "
		 "c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, "
		 "c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}");
	ioctl_call(abi, 0x5401, ADDR, 0, want);
	ioctl_call(abi, 0x5402, ADDR, 0, "3, SNDCTL_TMR_START or TCSETS, {c_iflag=ICRNL|IXON, "
		   "c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, "
		   "c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}");
	ioctl_call(abi, 0x5401, ADDR, -25, "3, TCGETS, 0x10000");
	/* struct termio: 16-bit words */
	memset(b, 0, sizeof(b));
	put(b, 0, 2, 0x500);
	put(b, 4, 2, 0xbf);
	set_mem(b, sizeof(b));
	ioctl_call(abi, 0x5405, ADDR, 0, "3, TCGETA, {c_iflag=ICRNL|IXON, "
		   "c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|, c_cflag=B38400|CS8|CREAD, c_lflag=, ...}");
	/* struct winsize */
	put(b, 0, 2, 24);
	put(b, 2, 2, 80);
	put(b, 4, 2, 1);
	put(b, 6, 2, 65535);
	set_mem(b, sizeof(b));
	ioctl_call(abi, 0x5413, ADDR, 0, "3, TIOCGWINSZ, {ws_row=24, ws_col=80, ws_xpixel=1, ws_ypixel=65535}");
	ioctl_call(abi, 0x5414, 8, -14, "3, TIOCSWINSZ, 0x8");
	/* int arguments */
	put(b, 0, 4, (uint32_t)-7);
	set_mem(b, sizeof(b));
	ioctl_call(abi, 0x80045430, ADDR, 0, "3, TIOCGPTN, [-7]");
	ioctl_call(abi, 0x5421, ADDR, 0, "3, FIONBIO, [-7]");
	ioctl_call(abi, 0x540e, 1, -1, "3, TIOCSCTTY, 1");
	ioctl_call(abi, 0x4c00, 5, 0, "3, LOOP_SET_FD, 5");
	ioctl_call(abi, 0x4c82, 0, 0, "3, LOOP_CTL_GET_FREE");
}

int main(void)
{
	out = mem_outfile();
	fake_mem_init(&mem);
	for (int a = 0; a < ABI_COUNT; a++)
		test_abi(&abis[a]);
	printf("1..%d\n", checks);
	printf("%d of %d checks failed\n", failures, checks);
	return failures ? 1 : 0;
}
