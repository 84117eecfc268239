/* The fd and path decoders (src/decode/fd.c, file.c, stat.c) run from
 * fake memory for every ABI: each struct is laid out with that ABI's
 * offsets and sizes from tables/abi, and the expected text is what
 * strace 6.1 prints for the same values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fake_mem.h"
#include "printopts.h"
#include "print.h"

static int failures, checks;
static struct outfile *out;
static struct mem_reader mem;
static int strlimit = 32;   /* -s of the next call */
static uint8_t qual_next;   /* qualifiers of the next call (QUAL_NOABBREV: -v) */

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

/* What a call printed: the arguments, the return comment and kind. */
struct decoded {
	bool found;
	char auxstr[sizeof(((struct dctx *)0)->auxstr)];
	int ret_kind;
};

static void run_decoder(struct dctx *d)
{
	if (d->sc->ent->decode)
		d->sc->ent->decode(d);
	else
		decode_generic(d);
}

/* Runs a syscall's decoder at entry and, unless it is done, at exit (after
 * calling between(), which may change the fake memory as the kernel
 * would), the way syscall.c does; checks the argument text. */
static struct decoded decode_steps(const struct abi *abi, const char *name, const uint64_t args[6],
				   int64_t rval, void (*between)(void), const char *want)
{
	struct decoded res = { false, "", -1 };
	struct dctx d;
	struct syscall_state sc;
	const struct syscall_name_ent *n = syscall_by_name(name, strlen(name));
	if (!n || n->nr[abi->id] < 0) {
		printf("# %s has no %s\n", abi->name, name);
		return res;
	}
	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	out->len = 0;
	sc.abi = abi;
	sc.ent = sysent_lookup(abi, (uint64_t)n->nr[abi->id]);
	memcpy(sc.args, args, sizeof(sc.args));
	sc.qual = qual_next;
	d.sc = &sc;
	d.abi = abi;
	d.out = out;
	d.mem = &mem;
	d.max_strlen = strlimit;
	d.ret_kind = -1;
	int r = sc.ent->decode ? sc.ent->decode(&d) : decode_generic(&d);
	if (r != DEC_DONE) {
		if (between)
			between();
		sc.rval = rval;
		sc.error = rval < 0 && rval > -4096 ? (int)-rval : 0;
		d.exiting = true;
		run_decoder(&d);
	}
	char what[160];
	snprintf(what, sizeof(what), "%s %s: %.60s", abi->name, name, want);
	check_text(what, out->buf, out->len, want);
	res.found = true;
	snprintf(res.auxstr, sizeof(res.auxstr), "%s", d.auxstr);
	res.ret_kind = d.ret_kind;
	return res;
}

static void decode_call(const struct abi *abi, const char *name, const uint64_t args[6],
			int64_t rval, const char *want)
{
	decode_steps(abi, name, args, rval, NULL, want);
}

/* The return part: its kind (-1: the syscall's own) and comment. */
static void check_return(const struct abi *abi, const char *name, struct decoded r,
			 int want_kind, const char *want_aux)
{
	char what[160];
	if (!r.found)
		return;
	checks++;
	snprintf(what, sizeof(what), "%s %s return: %s", abi->name, name, want_aux);
	if (r.ret_kind != want_kind || strcmp(r.auxstr, want_aux)) {
		failures++;
		printf("not ok %d - %s\n#   want: kind %d \"%s\"\n#   got:  kind %d \"%s\"\n",
		       checks, what, want_kind, want_aux, r.ret_kind, r.auxstr);
	} else {
		printf("ok %d - %s\n", checks, what);
	}
}

/* Stores a value of size bytes (1, 2, 4, 8; little endian) at off. */
static void put(unsigned char *buf, int off, int size, uint64_t v)
{
	for (int i = 0; i < size; i++)
		buf[off + i] = (unsigned char)(v >> (8 * i));
}

#define PUT(abi, buf, s, f, v) put(buf, OFF(abi, s, f), FSZ(abi, s, f), (uint64_t)(v))

static bool is32(const struct abi *abi)
{
	return abi->wordsize == 4;
}

#define ADDR_PATH 0x2000
#define ADDR_STRUCT 0x4000
#define ADDR_DATA 0x6000

/* ---- fcntl ---- */

static void test_fcntl_locks(const struct abi *abi)
{
	unsigned char fl[64] = { 0 };
	PUT(abi, fl, flock, l_type, 1);       /* F_WRLCK */
	PUT(abi, fl, flock, l_whence, 0);
	PUT(abi, fl, flock, l_start, 1);
	PUT(abi, fl, flock, l_len, 10);
	fake_mem_add(ADDR_STRUCT, fl, (size_t)SZ(abi, flock));
	uint64_t setlk[6] = { 3, 6, ADDR_STRUCT };
	decode_call(abi, "fcntl", setlk, 0, "3, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=1, l_len=10}");
	fake_mem_clear();

	memset(fl, 0, sizeof(fl));
	PUT(abi, fl, flock, l_type, 2);       /* F_UNLCK */
	PUT(abi, fl, flock, l_whence, 1);
	PUT(abi, fl, flock, l_start, -5);
	PUT(abi, fl, flock, l_pid, 42);
	fake_mem_add(ADDR_STRUCT, fl, (size_t)SZ(abi, flock));
	uint64_t getlk[6] = { 3, 5, ADDR_STRUCT };
	decode_call(abi, "fcntl", getlk, 0,
		    "3, F_GETLK, {l_type=F_UNLCK, l_whence=SEEK_CUR, l_start=-5, l_len=0, l_pid=42}");
	decode_call(abi, "fcntl", getlk, -22, "3, F_GETLK, 0x4000");
	fake_mem_clear();

	/* the OFD commands take struct flock64 everywhere */
	unsigned char fl64[64] = { 0 };
	PUT(abi, fl64, flock64, l_type, 0);
	PUT(abi, fl64, flock64, l_whence, 2);
	PUT(abi, fl64, flock64, l_start, 1ULL << 40);
	PUT(abi, fl64, flock64, l_len, -1);
	PUT(abi, fl64, flock64, l_pid, -1);
	fake_mem_add(ADDR_STRUCT, fl64, (size_t)SZ(abi, flock64));
	uint64_t ofd[6] = { 3, 37, ADDR_STRUCT };
	decode_call(abi, "fcntl", ofd, 0,
		    "3, F_OFD_SETLK, {l_type=F_RDLCK, l_whence=SEEK_END, l_start=1099511627776, l_len=-1}");
	uint64_t ofd_get[6] = { 3, 36, ADDR_STRUCT };
	decode_call(abi, "fcntl", ofd_get, 0,
		    "3, F_OFD_GETLK, {l_type=F_RDLCK, l_whence=SEEK_END, l_start=1099511627776, l_len=-1, l_pid=-1}");
	/* F_SETLK64: struct flock64 on 32-bit ABIs, a raw argument elsewhere */
	uint64_t setlk64[6] = { 3, 13, ADDR_STRUCT };
	if (is32(abi))
		decode_call(abi, "fcntl64", setlk64, 0,
			    "3, F_SETLK64, {l_type=F_RDLCK, l_whence=SEEK_END, l_start=1099511627776, l_len=-1}");
	else
		decode_call(abi, "fcntl", setlk64, 0, "3, F_SETLK64, 0x4000");
	fake_mem_clear();
}

static void test_fcntl_returns(const struct abi *abi)
{
	char want[96];
	uint64_t getfl[6] = { 3, 3 };
	int64_t flags = 2 | LAYOUT(abi, O_LARGEFILE);
	struct decoded r = decode_steps(abi, "fcntl", getfl, flags, NULL, "3, F_GETFL");
	check_return(abi, "F_GETFL", r, R_HEX, "(flags O_RDWR|O_LARGEFILE)");
	r = decode_steps(abi, "fcntl", getfl, 0, NULL, "3, F_GETFL");
	check_return(abi, "F_GETFL 0", r, R_HEX, "(flags O_RDONLY)");
	uint64_t getfd[6] = { 3, 1 };
	r = decode_steps(abi, "fcntl", getfd, 1, NULL, "3, F_GETFD");
	check_return(abi, "F_GETFD", r, R_HEX, "(flags FD_CLOEXEC)");
	r = decode_steps(abi, "fcntl", getfd, 0, NULL, "3, F_GETFD");
	check_return(abi, "F_GETFD 0", r, -1, "");
	r = decode_steps(abi, "fcntl", getfd, -9, NULL, "3, F_GETFD");
	check_return(abi, "F_GETFD error", r, -1, "");
	uint64_t getsig[6] = { 3, 11 };
	r = decode_steps(abi, "fcntl", getsig, 10, NULL, "3, F_GETSIG");
	check_return(abi, "F_GETSIG", r, -1, "(SIGUSR1)");
	uint64_t getlease[6] = { 3, 1025 };
	r = decode_steps(abi, "fcntl", getlease, 0, NULL, "3, F_GETLEASE");
	check_return(abi, "F_GETLEASE", r, R_HEX, "(F_RDLCK)");
	uint64_t seals[6] = { 3, 1034 };
	r = decode_steps(abi, "fcntl", seals, 0x9, NULL, "3, F_GET_SEALS");
	check_return(abi, "F_GET_SEALS", r, R_HEX, "(seals F_SEAL_SEAL|F_SEAL_WRITE)");

	uint64_t setfl[6] = { 3, 4, 0x800 | (uint64_t)LAYOUT(abi, O_DIRECTORY) };
	decode_call(abi, "fcntl", setfl, 0, "3, F_SETFL, O_RDONLY|O_NONBLOCK|O_DIRECTORY");
	uint64_t dupfd[6] = { 3, 1030, 10 };
	decode_call(abi, "fcntl", dupfd, 10, "3, F_DUPFD_CLOEXEC, 10");
	uint64_t unknown[6] = { 3, 999, 0x1234 };
	decode_call(abi, "fcntl", unknown, -22, "3, 0x3e7 /* F_??? */, 0x1234");
	uint64_t notify[6] = { 3, 1026, 0x80000004 };
	decode_call(abi, "fcntl", notify, 0, "3, F_NOTIFY, DN_CREATE|DN_MULTISHOT");
	snprintf(want, sizeof(want), "3, F_SETSIG, SIGRT_3");
	uint64_t setsig[6] = { 3, 10, 35 };
	decode_call(abi, "fcntl", setsig, 0, want);

	unsigned char owner[16] = { 0 };
	PUT(abi, owner, f_owner_ex, type, 2);
	PUT(abi, owner, f_owner_ex, pid, 77);
	fake_mem_add(ADDR_STRUCT, owner, (size_t)SZ(abi, f_owner_ex));
	uint64_t setown[6] = { 3, 15, ADDR_STRUCT };
	decode_call(abi, "fcntl", setown, 0, "3, F_SETOWN_EX, {type=F_OWNER_PGRP, pid=77}");
	uint64_t getown[6] = { 3, 16, ADDR_STRUCT };
	decode_call(abi, "fcntl", getown, 0, "3, F_GETOWN_EX, {type=F_OWNER_PGRP, pid=77}");
	fake_mem_clear();
}

/* ---- iovec arrays ---- */

/* an iovec array at ADDR_STRUCT of n elements, each pointing at its own
 * string at ADDR_DATA + 0x100 * i */
static void put_iovecs(const struct abi *abi, const char *const *strs, const uint64_t *lens, int n)
{
	unsigned char arr[16 * 8] = { 0 };
	int esize = SZ(abi, iovec);
	for (int i = 0; i < n; i++) {
		uint64_t base = strs[i] ? ADDR_DATA + 0x100 * (uint64_t)i : 0;
		PUT(abi, arr + i * esize, iovec, iov_base, base);
		PUT(abi, arr + i * esize, iovec, iov_len, lens[i]);
		if (strs[i])
			fake_mem_add(base, strs[i], strlen(strs[i]) + 1);
	}
	fake_mem_add(ADDR_STRUCT, arr, (size_t)(esize * n));
}

static void test_iovecs(const struct abi *abi)
{
	static const char *const strs[3] = { "hello", " world, this is a long buffer of text", NULL };
	static const uint64_t lens[3] = { 5, 38, 4 };
	put_iovecs(abi, strs, lens, 3);
	uint64_t rd[6] = { 3, ADDR_STRUCT, 2 };
	decode_call(abi, "readv", rd, 10, "3, [{iov_base=\"hello\", iov_len=5}, {iov_base=\" worl\", iov_len=38}], 2");
	decode_call(abi, "readv", rd, -9, "3, [{iov_base=0x6000, iov_len=5}, {iov_base=0x6100, iov_len=38}], 2");
	uint64_t wr[6] = { 3, ADDR_STRUCT, 3 };
	decode_call(abi, "writev", wr, 43,
		    "3, [{iov_base=\"hello\", iov_len=5}, {iov_base=\" world, this is a long buffer of\"..., iov_len=38}, "
		    "{iov_base=NULL, iov_len=4}], 3");
	/* the fourth element is not readable */
	uint64_t wr4[6] = { 3, ADDR_STRUCT, 4 };
	char want[256];
	snprintf(want, sizeof(want), "3, [{iov_base=\"hello\", iov_len=5}, {iov_base=\" world, this is a long buffer of\"..., "
		 "iov_len=38}, {iov_base=NULL, iov_len=4}, ... /* %#x */], 4", ADDR_STRUCT + 3 * SZ(abi, iovec));
	decode_call(abi, "writev", wr4, -14, want);
	strlimit = 2;
	decode_call(abi, "writev", wr, 43,
		    "3, [{iov_base=\"he\"..., iov_len=5}, {iov_base=\" w\"..., iov_len=38}, ...], 3");
	strlimit = 32;
	uint64_t empty[6] = { 3, ADDR_STRUCT, 0 };
	decode_call(abi, "writev", empty, 0, "3, [], 0");
	uint64_t null_iov[6] = { 3, 0, 2 };
	decode_call(abi, "writev", null_iov, -14, "3, NULL, 2");
	uint64_t bad[6] = { 3, 0x10, 2 };
	decode_call(abi, "readv", bad, -14, "3, 0x10, 2");

	/* the offset: one register, or low and high words on 32-bit ABIs */
	uint64_t pv[6] = { 3, ADDR_STRUCT, 1, 5, 1, 0 };
	if (!is32(abi))
		pv[3] = (1ULL << 32) + 5;
	decode_call(abi, "preadv", pv, 3, "3, [{iov_base=\"hel\", iov_len=5}], 1, 4294967301");
	uint64_t pv2[6] = { 3, ADDR_STRUCT, 1, UINT64_MAX, UINT64_MAX, 0x11 };
	if (is32(abi))
		pv2[3] = pv2[4] = 0xffffffff;
	decode_call(abi, "pwritev2", pv2, 5, "3, [{iov_base=\"hello\", iov_len=5}], 1, -1, RWF_HIPRI|RWF_APPEND");
	uint64_t vms[6] = { 4, ADDR_STRUCT, 1, 0x20 };
	decode_call(abi, "vmsplice", vms, 5, "4, [{iov_base=\"hello\", iov_len=5}], 1, 0x20 /* SPLICE_F_??? */");
	fake_mem_clear();
}

/* ---- seeks, copies, pipes ---- */

static void test_offsets(const struct abi *abi)
{
	unsigned char num[8];
	put(num, 0, 8, (1ULL << 32) + 2);
	fake_mem_add(ADDR_STRUCT, num, 8);
	uint64_t ll[6] = { 3, 1, 2, ADDR_STRUCT, 0 };
	decode_call(abi, "_llseek", ll, 0, "3, 4294967298, [4294967298], SEEK_SET");
	decode_call(abi, "_llseek", ll, -22, "3, 4294967298, 0x4000, SEEK_SET");
	uint64_t sf64[6] = { 5, 3, ADDR_STRUCT, 10 };
	decode_call(abi, "sendfile64", sf64, 10, "5, 3, [4294967298] => [4294967298], 10");
	decode_call(abi, "sendfile64", sf64, 0, "5, 3, [4294967298], 10");
	uint64_t sf[6] = { 5, 3, ADDR_STRUCT, 10 };
	decode_call(abi, "sendfile", sf, -22, is32(abi) ? "5, 3, [2], 10" : "5, 3, [4294967298], 10");
	uint64_t sf_null[6] = { 5, 3, 0, 10 };
	decode_call(abi, "sendfile", sf_null, 0, "5, 3, NULL, 10");
	uint64_t sp[6] = { 3, ADDR_STRUCT, 4, 0, 5, 5 };
	decode_call(abi, "splice", sp, 5, "3, [4294967298], 4, NULL, 5, SPLICE_F_MOVE|SPLICE_F_MORE");
	uint64_t cfr[6] = { 3, 0, 4, 0x10, 5, 7 };
	decode_call(abi, "copy_file_range", cfr, -14, "3, NULL, 4, 0x10, 5, 7");
	fake_mem_clear();

	int32_t fds[2] = { 5, 6 };
	fake_mem_add(ADDR_STRUCT, fds, sizeof(fds));
	uint64_t p2[6] = { ADDR_STRUCT, 0x80000 };
	decode_call(abi, "pipe2", p2, 0, "[5, 6], O_CLOEXEC");
	decode_call(abi, "pipe2", p2, -24, "0x4000, O_CLOEXEC");
	uint64_t p[6] = { ADDR_STRUCT };
	decode_call(abi, "pipe", p, 0, "[5, 6]");
	fake_mem_clear();

	/* arm's fadvise64_64 takes the advice second; strace shows it last */
	uint64_t fa[6] = { 3, 100, 0, 200, 1, 4 };
	if (abi->id == ABI_ARM) {
		uint64_t arm[6] = { 3, 4, 100, 0, 200, 1 };
		memcpy(fa, arm, sizeof(fa));
	}
	if (is32(abi))
		decode_call(abi, "fadvise64_64", fa, 0, "3, 100, 4294967496, POSIX_FADV_DONTNEED");
}

/* ---- statfs ---- */

#define STATFS_PUT(abi, buf, is64, f, v) \
	((is64) ? PUT(abi, buf, statfs64, f, v) : PUT(abi, buf, statfs, f, v))

static void put_statfs(const struct abi *abi, unsigned char *buf, bool is64, uint64_t flags)
{
	STATFS_PUT(abi, buf, is64, f_type, 0x1021994);   /* TMPFS_MAGIC */
	STATFS_PUT(abi, buf, is64, f_bsize, 4096);
	STATFS_PUT(abi, buf, is64, f_blocks, 100);
	STATFS_PUT(abi, buf, is64, f_bfree, 50);
	STATFS_PUT(abi, buf, is64, f_bavail, 40);
	STATFS_PUT(abi, buf, is64, f_files, 1000);
	STATFS_PUT(abi, buf, is64, f_ffree, 900);
	int fsid = is64 ? OFF(abi, statfs64, f_fsid) : OFF(abi, statfs, f_fsid);
	put(buf, fsid, 4, 0x1234);
	STATFS_PUT(abi, buf, is64, f_namelen, 255);
	STATFS_PUT(abi, buf, is64, f_frsize, 4096);
	STATFS_PUT(abi, buf, is64, f_flags, flags);
}

#define STATFS_TEXT "{f_type=TMPFS_MAGIC, f_bsize=4096, f_blocks=100, f_bfree=50, f_bavail=40, " \
	"f_files=1000, f_ffree=900, f_fsid={val=[0x1234, 0]}, f_namelen=255, f_frsize=4096"

static void test_statfs(const struct abi *abi)
{
	unsigned char buf[256] = { 0 };
	fake_mem_add(ADDR_PATH, "/tmp", 5);
	put_statfs(abi, buf, false, 0x22);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)SZ(abi, statfs));
	uint64_t sf[6] = { ADDR_PATH, ADDR_STRUCT };
	decode_call(abi, "statfs", sf, 0, "\"/tmp\", " STATFS_TEXT ", f_flags=ST_VALID|ST_NOSUID}");
	decode_call(abi, "statfs", sf, -2, "\"/tmp\", 0x4000");
	uint64_t fsf[6] = { 3, 0 };
	decode_call(abi, "fstatfs", fsf, -14, "3, NULL");
	fake_mem_clear();

	/* no ST_VALID: f_flags is not shown */
	memset(buf, 0, sizeof(buf));
	put_statfs(abi, buf, false, 0x1);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)SZ(abi, statfs));
	uint64_t fsf2[6] = { 3, ADDR_STRUCT };
	decode_call(abi, "fstatfs", fsf2, 0, "3, " STATFS_TEXT "}");
	fake_mem_clear();

	memset(buf, 0, sizeof(buf));
	put_statfs(abi, buf, true, 0x1020);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)SZ(abi, statfs64));
	char want[512];
	uint64_t size = (uint64_t)SZ(abi, statfs64);
	uint64_t sf64[6] = { 3, size, ADDR_STRUCT };
	snprintf(want, sizeof(want), "3, %llu, " STATFS_TEXT ", f_flags=ST_VALID|ST_RELATIME}", (unsigned long long)size);
	decode_call(abi, "fstatfs64", sf64, 0, want);
	uint64_t wrong[6] = { 3, size + 4, ADDR_STRUCT };
	snprintf(want, sizeof(want), "3, %llu, 0x4000", (unsigned long long)size + 4);
	decode_call(abi, "fstatfs64", wrong, 0, want);
	fake_mem_clear();
}

/* ---- open_how, file handles ---- */

static void test_open_how(const struct abi *abi)
{
	unsigned char how[32] = { 0 };
	fake_mem_add(ADDR_PATH, "/etc/passwd", 12);
	PUT(abi, how, open_how, flags, 0x80000);
	PUT(abi, how, open_how, resolve, 0x8);
	fake_mem_add(ADDR_STRUCT, how, sizeof(how));
	uint64_t a[6] = { (uint32_t)-100, ADDR_PATH, ADDR_STRUCT, 24 };
	decode_call(abi, "openat2", a, 3,
		    "AT_FDCWD, \"/etc/passwd\", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_BENEATH}, 24");
	uint64_t small[6] = { (uint32_t)-100, ADDR_PATH, ADDR_STRUCT, 16 };
	decode_call(abi, "openat2", small, -22, "AT_FDCWD, \"/etc/passwd\", 0x4000, 16");
	fake_mem_clear();

	memset(how, 0, sizeof(how));
	PUT(abi, how, open_how, flags, 0x41);
	PUT(abi, how, open_how, mode, 0600);
	how[24] = 5;
	fake_mem_add(ADDR_PATH, "/etc/passwd", 12);
	fake_mem_add(ADDR_STRUCT, how, sizeof(how));
	uint64_t big[6] = { (uint32_t)-100, ADDR_PATH, ADDR_STRUCT, 32 };
	decode_call(abi, "openat2", big, -7,
		    "AT_FDCWD, \"/etc/passwd\", {flags=O_WRONLY|O_CREAT, mode=0600, resolve=0, "
		    "/* bytes 24..31 */ \"\\x05\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, 32");
	uint64_t beyond[6] = { (uint32_t)-100, ADDR_PATH, ADDR_STRUCT, 40 };
	decode_call(abi, "openat2", beyond, -7,
		    "AT_FDCWD, \"/etc/passwd\", {flags=O_WRONLY|O_CREAT, mode=0600, resolve=0, ???}, 40");
	fake_mem_clear();
}

static const struct abi *handle_abi;

/* the kernel wrote the size it needs into handle_bytes */
static void handle_grew(void)
{
	unsigned char h[16] = { 0 };
	fake_mem_clear();
	fake_mem_add(ADDR_PATH, "/etc/passwd", 12);
	PUT(handle_abi, h, file_handle, handle_bytes, 8);
	fake_mem_add(ADDR_STRUCT, h, (size_t)SZ(handle_abi, file_handle));
}

static void test_handles(const struct abi *abi)
{
	unsigned char h[32] = { 0 };
	fake_mem_add(ADDR_PATH, "/etc/passwd", 12);
	PUT(abi, h, file_handle, handle_bytes, 4);
	PUT(abi, h, file_handle, handle_type, 1);
	memcpy(h + OFF(abi, file_handle, f_handle), "\x01\x02\xfe\xff", 4);
	fake_mem_add(ADDR_STRUCT, h, sizeof(h));
	int32_t mount_id = 26;
	fake_mem_add(ADDR_DATA, &mount_id, 4);
	uint64_t ok[6] = { (uint32_t)-100, ADDR_PATH, ADDR_STRUCT, ADDR_DATA, 0x1000 };
	decode_call(abi, "name_to_handle_at", ok, 0,
		    "AT_FDCWD, \"/etc/passwd\", {handle_bytes=4, handle_type=1, f_handle=\"\\x01\\x02\\xfe\\xff\"}, "
		    "[26], AT_EMPTY_PATH");
	uint64_t obh[6] = { 5, ADDR_STRUCT, 0x80000 };
	decode_call(abi, "open_by_handle_at", obh, 3,
		    "5, {handle_bytes=4, handle_type=1, f_handle=\"\\x01\\x02\\xfe\\xff\"}, O_RDONLY|O_CLOEXEC");
	uint64_t null_handle[6] = { (uint32_t)-100, ADDR_PATH, 0, ADDR_DATA, 1 };
	decode_call(abi, "name_to_handle_at", null_handle, -14,
		    "AT_FDCWD, \"/etc/passwd\", NULL, 0x6000, 0x1 /* AT_??? */");
	fake_mem_clear();

	memset(h, 0, sizeof(h));
	fake_mem_add(ADDR_PATH, "/etc/passwd", 12);
	fake_mem_add(ADDR_STRUCT, h, (size_t)SZ(abi, file_handle));
	handle_abi = abi;
	uint64_t grow[6] = { (uint32_t)-100, ADDR_PATH, ADDR_STRUCT, ADDR_DATA, 0 };
	decode_steps(abi, "name_to_handle_at", grow, -75, handle_grew,
		     "AT_FDCWD, \"/etc/passwd\", {handle_bytes=0 => 8}, 0x6000, 0");
	fake_mem_clear();
}

/* ---- times ---- */

static void test_times(const struct abi *abi)
{
	unsigned char buf[64] = { 0 };
	fake_mem_add(ADDR_PATH, "/f", 3);
	PUT(abi, buf, utimbuf, actime, 1000);
	PUT(abi, buf, utimbuf, modtime, -1);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)SZ(abi, utimbuf));
	uint64_t ut[6] = { ADDR_PATH, ADDR_STRUCT };
	decode_call(abi, "utime", ut, 0,
		    "\"/f\", {actime=1000 /* 1970-01-01T00:16:40+0000 */, modtime=-1 /* 1969-12-31T23:59:59+0000 */}");
	fake_mem_clear();

	int tv = SZ(abi, timeval);
	memset(buf, 0, sizeof(buf));
	PUT(abi, buf, timeval, tv_sec, 1700000000);
	PUT(abi, buf, timeval, tv_usec, 2);
	PUT(abi, buf + tv, timeval, tv_sec, 0);
	PUT(abi, buf + tv, timeval, tv_usec, 1000000);
	fake_mem_add(ADDR_PATH, "/f", 3);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)tv * 2);
	uint64_t uts[6] = { ADDR_PATH, ADDR_STRUCT };
	decode_call(abi, "utimes", uts, -22,
		    "\"/f\", [{tv_sec=1700000000, tv_usec=2} /* 2023-11-14T22:13:20.000002+0000 */, "
		    "{tv_sec=0, tv_usec=1000000}]");
	uint64_t fut[6] = { 3, 0, ADDR_STRUCT + 4 };
	char want[160];
	snprintf(want, sizeof(want), "3, NULL, %#x", ADDR_STRUCT + 4);
	decode_call(abi, "futimesat", fut, -14, want);
	fake_mem_clear();

	int ts = SZ(abi, timespec);
	memset(buf, 0, sizeof(buf));
	PUT(abi, buf, timespec, tv_sec, 1);
	PUT(abi, buf, timespec, tv_nsec, 2);
	PUT(abi, buf + ts, timespec, tv_sec, 5);
	PUT(abi, buf + ts, timespec, tv_nsec, 0x3ffffffe);   /* UTIME_OMIT */
	fake_mem_add(ADDR_PATH, "/f", 3);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)ts * 2);
	uint64_t uns[6] = { (uint32_t)-100, ADDR_PATH, ADDR_STRUCT, 0x100 };
	decode_call(abi, "utimensat", uns, 0,
		    "AT_FDCWD, \"/f\", [{tv_sec=1, tv_nsec=2} /* 1970-01-01T00:00:01.000000002+0000 */, UTIME_OMIT], "
		    "AT_SYMLINK_NOFOLLOW");
	fake_mem_clear();

	/* the 64-bit time variant of 32-bit ABIs */
	int kts = SZ(abi, kernel_timespec);
	memset(buf, 0, sizeof(buf));
	PUT(abi, buf, kernel_timespec, tv_sec, 1ULL << 32);
	PUT(abi, buf, kernel_timespec, tv_nsec, 0x3fffffff);   /* UTIME_NOW */
	PUT(abi, buf + kts, kernel_timespec, tv_sec, 1ULL << 32);
	PUT(abi, buf + kts, kernel_timespec, tv_nsec, -1);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)kts * 2);
	uint64_t t64[6] = { 3, 0, ADDR_STRUCT, 0 };
	decode_call(abi, "utimensat_time64", t64, -22,
		    "3, NULL, [UTIME_NOW, {tv_sec=4294967296, tv_nsec=18446744073709551615}], 0");
	fake_mem_clear();
}

/* ---- mknod, mount, xattrs, getcwd ---- */

static void test_paths(const struct abi *abi)
{
	fake_mem_add(ADDR_PATH, "/dev/x", 7);
	uint64_t blk[6] = { (uint32_t)-100, ADDR_PATH, 060600, 0x10010301 };
	decode_call(abi, "mknodat", blk, 0, "AT_FDCWD, \"/dev/x\", S_IFBLK|0600, makedev(0x103, 0x10001)");
	uint64_t suid[6] = { ADDR_PATH, 0x10fff, 5 };   /* a 16-bit mode: S_ISUID|S_ISGID|S_ISVTX|0777 */
	decode_call(abi, "mknod", suid, -1, "\"/dev/x\", S_ISUID|S_ISGID|S_ISVTX|0777");
	fake_mem_clear();

	fake_mem_add(ADDR_PATH, "none", 5);
	fake_mem_add(ADDR_PATH + 0x100, "/mnt", 5);
	fake_mem_add(ADDR_PATH + 0x200, "tmpfs", 6);
	fake_mem_add(ADDR_PATH + 0x300, "size=1m", 8);
	uint64_t mnt[6] = { ADDR_PATH, ADDR_PATH + 0x100, ADDR_PATH + 0x200, 0x6, ADDR_PATH + 0x300 };
	decode_call(abi, "mount", mnt, 0, "\"none\", \"/mnt\", \"tmpfs\", MS_NOSUID|MS_NODEV, \"size=1m\"");
	mnt[3] = 0xc0ed0020;
	decode_call(abi, "mount", mnt, 0, "\"none\", \"/mnt\", 0x2200, MS_MGC_VAL|MS_REMOUNT, \"size=1m\"");
	mnt[3] = 0x1000;
	decode_call(abi, "mount", mnt, 0, "\"none\", \"/mnt\", 0x2200, MS_BIND, 0x2300");
	mnt[3] = 0xc0ed0000;
	decode_call(abi, "mount", mnt, 0, "\"none\", \"/mnt\", \"tmpfs\", MS_MGC_VAL, \"size=1m\"");
	mnt[3] = 0x80000200;
	decode_call(abi, "mount", mnt, 0, "\"none\", \"/mnt\", \"tmpfs\", MS_NOUSER|0x200, \"size=1m\"");
	fake_mem_clear();

	fake_mem_add(ADDR_PATH, "/f", 3);
	fake_mem_add(ADDR_PATH + 0x100, "user.a", 7);
	fake_mem_add(ADDR_DATA, "abc\0", 4);
	uint64_t sx[6] = { ADDR_PATH, ADDR_PATH + 0x100, ADDR_DATA, 4, 1 };
	decode_call(abi, "setxattr", sx, 0, "\"/f\", \"user.a\", \"abc\", 4, XATTR_CREATE");
	uint64_t gx[6] = { ADDR_PATH, ADDR_PATH + 0x100, ADDR_DATA, 100 };
	decode_call(abi, "getxattr", gx, 3, "\"/f\", \"user.a\", \"abc\", 100");
	decode_call(abi, "getxattr", gx, -61, "\"/f\", \"user.a\", 0x6000, 100");
	uint64_t lx[6] = { ADDR_PATH, ADDR_DATA, 0 };
	decode_call(abi, "listxattr", lx, 9, "\"/f\", 0x6000, 0");
	uint64_t fsx[6] = { 3, ADDR_PATH + 0x100, ADDR_DATA, 70000, 0 };
	decode_call(abi, "fsetxattr", fsx, -7, "3, \"user.a\", 0x6000, 70000, 0");
	fake_mem_clear();

	fake_mem_add(ADDR_DATA, "/home/user", 11);
	uint64_t cwd[6] = { ADDR_DATA, 4096 };
	decode_call(abi, "getcwd", cwd, 11, "\"/home/user\", 4096");
	decode_call(abi, "getcwd", cwd, -34, "0x6000, 4096");
	fake_mem_clear();
}


/* ---- stat, statx, getdents with and without -v ---- */

#define ST_PUT(abi, buf, is64, f, v) \
	((is64) ? PUT(abi, buf, stat64, f, v) : PUT(abi, buf, stat, f, v))

static void put_stat(const struct abi *abi, unsigned char *buf, bool is64, unsigned mode)
{
	ST_PUT(abi, buf, is64, st_dev, 0x801);
	ST_PUT(abi, buf, is64, st_ino, 12345);
	ST_PUT(abi, buf, is64, st_mode, mode);
	ST_PUT(abi, buf, is64, st_nlink, 2);
	ST_PUT(abi, buf, is64, st_uid, 1000);
	ST_PUT(abi, buf, is64, st_gid, 100);
	ST_PUT(abi, buf, is64, st_rdev, 0x103);
	ST_PUT(abi, buf, is64, st_size, 1234);
	ST_PUT(abi, buf, is64, st_blksize, 4096);
	ST_PUT(abi, buf, is64, st_blocks, 8);
	ST_PUT(abi, buf, is64, st_atime, 1000000000);
	ST_PUT(abi, buf, is64, st_atime_nsec, 5);
	ST_PUT(abi, buf, is64, st_mtime, 1000000001);
}

#define STAT_FULL_HEAD "{st_dev=makedev(0x8, 0x1), st_ino=12345, "
#define STAT_FULL_IDS "st_nlink=2, st_uid=1000, st_gid=100, st_blksize=4096, st_blocks=8, "
#define STAT_FULL_TIMES "st_atime=1000000000 /* 2001-09-09T01:46:40.000000005+0000 */, st_atime_nsec=5, " \
	"st_mtime=1000000001 /* 2001-09-09T01:46:41+0000 */, st_mtime_nsec=0, st_ctime=0, st_ctime_nsec=0}"

/* one stat call, abbreviated and with -v, for a file and a device */
static void check_stat_call(const struct abi *abi, const char *name, bool is64, const uint64_t args[6],
			    const char *head, const char *tail)
{
	unsigned char buf[256] = { 0 };
	char want[1024];
	put_stat(abi, buf, is64, 0100644);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)(is64 ? SZ(abi, stat64) : SZ(abi, stat)));
	snprintf(want, sizeof(want), "%s{st_mode=S_IFREG|0644, st_size=1234, ...}%s", head, tail);
	decode_call(abi, name, args, 0, want);
	qual_next = QUAL_NOABBREV;
	snprintf(want, sizeof(want), "%s" STAT_FULL_HEAD "st_mode=S_IFREG|0644, " STAT_FULL_IDS
		 "st_size=1234, " STAT_FULL_TIMES "%s", head, tail);
	decode_call(abi, name, args, 0, want);
	put_stat(abi, buf, is64, 020600);
	fake_mem_clear();
	fake_mem_add(ADDR_PATH, "/f", 3);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)(is64 ? SZ(abi, stat64) : SZ(abi, stat)));
	snprintf(want, sizeof(want), "%s" STAT_FULL_HEAD "st_mode=S_IFCHR|0600, " STAT_FULL_IDS
		 "st_rdev=makedev(0x1, 0x3), " STAT_FULL_TIMES "%s", head, tail);
	decode_call(abi, name, args, 0, want);
	qual_next = 0;
	snprintf(want, sizeof(want), "%s{st_mode=S_IFCHR|0600, st_rdev=makedev(0x1, 0x3), ...}%s", head, tail);
	decode_call(abi, name, args, 0, want);
	/* failed: the address, with or without -v */
	qual_next = QUAL_NOABBREV;
	snprintf(want, sizeof(want), "%s%#x%s", head, ADDR_STRUCT, tail);
	decode_call(abi, name, args, -2, want);
	qual_next = 0;
	fake_mem_clear();
}

static void test_stat(const struct abi *abi)
{
	fake_mem_add(ADDR_PATH, "/f", 3);
	uint64_t at[6] = { (uint64_t)-100, ADDR_PATH, ADDR_STRUCT, 0 };
	if (is32(abi)) {
		check_stat_call(abi, "fstatat64", true, at, "AT_FDCWD, \"/f\", ", ", 0");
		uint64_t fd[6] = { 3, ADDR_STRUCT };
		check_stat_call(abi, "fstat64", true, fd, "3, ", "");
	} else {
		check_stat_call(abi, "newfstatat", false, at, "AT_FDCWD, \"/f\", ", ", 0");
		uint64_t fd[6] = { 3, ADDR_STRUCT };
		check_stat_call(abi, "fstat", false, fd, "3, ", "");
	}
	if (abi->id == ABI_X86_64 || abi->id == ABI_I386 || abi->id == ABI_ARM) {
		fake_mem_add(ADDR_PATH, "/f", 3);
		uint64_t st[6] = { ADDR_PATH, ADDR_STRUCT };
		check_stat_call(abi, "stat", false, st, "\"/f\", ", "");
	}
}

static void test_statx(const struct abi *abi)
{
	unsigned char buf[512] = { 0 };
	fake_mem_add(ADDR_PATH, "/f", 3);
	PUT(abi, buf, statx, stx_mask, 0x1fff);   /* BASIC_STATS|BTIME|MNT_ID */
	PUT(abi, buf, statx, stx_blksize, 4096);
	PUT(abi, buf, statx, stx_attributes, 0x20);
	PUT(abi, buf, statx, stx_nlink, 1);
	PUT(abi, buf, statx, stx_uid, 0xffffffff);
	PUT(abi, buf, statx, stx_gid, 5);
	PUT(abi, buf, statx, stx_mode, 020666);
	PUT(abi, buf, statx, stx_ino, 77);
	PUT(abi, buf, statx, stx_size, 0);
	PUT(abi, buf, statx, stx_blocks, 0);
	PUT(abi, buf, statx, stx_attributes_mask, 0x30);
	int ts = OFF(abi, statx, stx_atime);
	put(buf, ts + OFF(abi, statx_timestamp, tv_sec), 8, 1000000000);
	put(buf, ts + OFF(abi, statx_timestamp, tv_nsec), 4, 5);
	PUT(abi, buf, statx, stx_rdev_major, 1);
	PUT(abi, buf, statx, stx_rdev_minor, 3);
	PUT(abi, buf, statx, stx_dev_major, 0);
	PUT(abi, buf, statx, stx_dev_minor, 6);
	PUT(abi, buf, statx, stx_mnt_id, 0x18);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)SZ(abi, statx));
	uint64_t a[6] = { (uint64_t)-100, ADDR_PATH, 0x100, 0x7ff, ADDR_STRUCT };
	const char *head = "AT_FDCWD, \"/f\", AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW, STATX_BASIC_STATS, ";
	char want[2048];
	/* a device: stx_size all the same, as strace has it */
	snprintf(want, sizeof(want), "%s{stx_mask=STATX_ALL|STATX_MNT_ID, "
		 "stx_attributes=STATX_ATTR_APPEND, stx_mode=S_IFCHR|0666, stx_size=0, ...}", head);
	decode_call(abi, "statx", a, 0, want);
	qual_next = QUAL_NOABBREV;
	snprintf(want, sizeof(want), "%s{stx_mask=STATX_ALL|STATX_MNT_ID, stx_blksize=4096, "
		 "stx_attributes=STATX_ATTR_APPEND, stx_nlink=1, stx_uid=-1, stx_gid=5, stx_mode=S_IFCHR|0666, "
		 "stx_ino=77, stx_size=0, stx_blocks=0, stx_attributes_mask=STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND, "
		 "stx_atime={tv_sec=1000000000, tv_nsec=5} /* 2001-09-09T01:46:40.000000005+0000 */, "
		 "stx_btime={tv_sec=0, tv_nsec=0}, stx_ctime={tv_sec=0, tv_nsec=0}, stx_mtime={tv_sec=0, tv_nsec=0}, "
		 "stx_rdev_major=1, stx_rdev_minor=3, stx_dev_major=0, stx_dev_minor=6, stx_mnt_id=0x18}", head);
	decode_call(abi, "statx", a, 0, want);
	/* both sync bits: two flags (AT_STATX_SYNC_TYPE never shows) */
	uint64_t both[6] = { (uint64_t)-100, ADDR_PATH, 0x6000, 0, ADDR_STRUCT };
	snprintf(want, sizeof(want), "AT_FDCWD, \"/f\", AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC, 0, %#x", ADDR_STRUCT);
	decode_call(abi, "statx", both, -22, want);
	/* times only where stx_mask says so */
	PUT(abi, buf, statx, stx_mask, 0x20);
	fake_mem_clear();
	fake_mem_add(ADDR_PATH, "/f", 3);
	fake_mem_add(ADDR_STRUCT, buf, (size_t)SZ(abi, statx));
	snprintf(want, sizeof(want), "%s{stx_mask=STATX_ATIME, stx_blksize=4096, "
		 "stx_attributes=STATX_ATTR_APPEND, stx_nlink=1, stx_uid=-1, stx_gid=5, stx_mode=S_IFCHR|0666, "
		 "stx_ino=77, stx_size=0, stx_blocks=0, stx_attributes_mask=STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND, "
		 "stx_atime={tv_sec=1000000000, tv_nsec=5} /* 2001-09-09T01:46:40.000000005+0000 */, "
		 "stx_rdev_major=1, stx_rdev_minor=3, stx_dev_major=0, stx_dev_minor=6})", head);
	want[strlen(want) - 1] = 0;
	decode_call(abi, "statx", a, 0, want);
	qual_next = 0;
	fake_mem_clear();
}

/* a getdents64 buffer of two records, or the old getdents one (d_type
 * in the record's last byte) */
static size_t put_dents(const struct abi *abi, unsigned char *buf, bool is64)
{
	static const char *const names[2] = { ".", "file" };
	static const unsigned char types[2] = { 4, 8 };   /* DT_DIR, DT_REG */
	size_t pos = 0;
	for (int i = 0; i < 2; i++) {
		unsigned char *r = buf + pos;
		int name_off = is64 ? OFF(abi, linux_dirent64, d_name) : OFF(abi, linux_dirent, d_name);
		size_t len = (size_t)name_off + strlen(names[i]) + 1 + (is64 ? 0 : 1);
		size_t reclen = (len + 7) & ~(size_t)7;
		if (is64) {
			PUT(abi, r, linux_dirent64, d_ino, 100 + i);
			PUT(abi, r, linux_dirent64, d_off, 10 + i);
			PUT(abi, r, linux_dirent64, d_reclen, reclen);
			PUT(abi, r, linux_dirent64, d_type, types[i]);
		} else {
			PUT(abi, r, linux_dirent, d_ino, 100 + i);
			PUT(abi, r, linux_dirent, d_off, 10 + i);
			PUT(abi, r, linux_dirent, d_reclen, reclen);
			r[reclen - 1] = types[i];
		}
		memcpy(r + name_off, names[i], strlen(names[i]) + 1);
		pos += reclen;
	}
	return pos;
}

static void test_getdents(const struct abi *abi)
{
	for (int is64 = 0; is64 < 2; is64++) {
		const char *name = is64 ? "getdents64" : "getdents";
		unsigned char buf[256] = { 0 };
		size_t len = put_dents(abi, buf, is64);
		fake_mem_add(ADDR_DATA, buf, len);
		uint64_t a[6] = { 3, ADDR_DATA, 4096 };
		char want[512];
		snprintf(want, sizeof(want), "3, %#x /* 2 entries */, 4096", ADDR_DATA);
		decode_call(abi, name, a, (int64_t)len, want);
		qual_next = QUAL_NOABBREV;
		if (is64)
			snprintf(want, sizeof(want), "3, [{d_ino=100, d_off=10, d_reclen=%d, d_type=DT_DIR, d_name=\".\"}, "
				 "{d_ino=101, d_off=11, d_reclen=%d, d_type=DT_REG, d_name=\"file\"}], 4096",
				 (int)(OFF(abi, linux_dirent64, d_name) + 2 + 7) & ~7,
				 (int)(OFF(abi, linux_dirent64, d_name) + 5 + 7) & ~7);
		else
			snprintf(want, sizeof(want), "3, [{d_ino=100, d_off=10, d_reclen=%d, d_name=\".\", d_type=DT_DIR}, "
				 "{d_ino=101, d_off=11, d_reclen=%d, d_name=\"file\", d_type=DT_REG}], 4096",
				 (int)(OFF(abi, linux_dirent, d_name) + 3 + 7) & ~7,
				 (int)(OFF(abi, linux_dirent, d_name) + 6 + 7) & ~7);
		decode_call(abi, name, a, (int64_t)len, want);
		decode_call(abi, name, a, 0, "3, [], 4096");
		snprintf(want, sizeof(want), "3, %#x, 4096", ADDR_DATA);
		decode_call(abi, name, a, -9, want);
		qual_next = 0;
		fake_mem_clear();
	}
}

int main(void)
{
	setenv("TZ", "UTC", 1);
	tzset();
	out = mem_outfile();
	fake_mem_init(&mem);
	for (int a = 0; a < ABI_COUNT; a++) {
		const struct abi *abi = &abis[a];
		test_fcntl_locks(abi);
		test_fcntl_returns(abi);
		test_iovecs(abi);
		test_offsets(abi);
		test_statfs(abi);
		test_open_how(abi);
		test_handles(abi);
		test_times(abi);
		test_paths(abi);
		test_stat(abi);
		test_statx(abi);
		test_getdents(abi);
	}
	printf("1..%d\n", checks);
	printf("%d of %d checks failed\n", failures, checks);
	return failures ? 1 : 0;
}
