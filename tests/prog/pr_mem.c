/* Memory calls, with their error paths: prints the lines xstrace must
 * print for them (traced with -e trace= of these calls only). */
#include <linux/membarrier.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "pr_util.h"

#ifndef MFD_HUGE_SHIFT
#define MFD_HUGE_SHIFT 26
#endif
#ifndef MLOCK_ONFAULT
#define MLOCK_ONFAULT 1
#endif
#ifndef MCL_ONFAULT
#define MCL_ONFAULT 4
#endif

static long sc(long nr, long a, long b, long c, long d, long e, long f, int *err)
{
	errno = 0;
	long r = syscall(nr, a, b, c, d, e, f);
	*err = errno;
	return r;
}

/* mmap with the offset in bytes, as whichever call this ABI has */
static long do_mmap(void *addr, size_t len, int prot, int flags, int fd, long off, int *err,
		    char *call, size_t n)
{
#ifdef SYS_mmap2
	snprintf(call, n, "mmap2(%s, %zu, %%s, %%s, %d, %#lx)", ptr(addr), len, fd, off);
	return sc(SYS_mmap2, (long)addr, (long)len, prot, flags, fd, off >> 12, err);
#else
	snprintf(call, n, "mmap(%s, %zu, %%s, %%s, %d, %s)", ptr(addr), len, fd,
		 off ? "0x1000" : "0");
	return sc(SYS_mmap, (long)addr, (long)len, prot, flags, fd, off, err);
#endif
}

static const char *const barrier_names[] = {
	"MEMBARRIER_CMD_GLOBAL", "MEMBARRIER_CMD_GLOBAL_EXPEDITED",
	"MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED", "MEMBARRIER_CMD_PRIVATE_EXPEDITED",
	"MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED", "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE",
	"MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE",
	"MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ", "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ",
};

int main(void)
{
	char call[256], fmt[256], ret[1200];
	int err;
	long r;
	pr_buffer_stdout();

	/* the first line the test compares from */
	r = sc(SYS_munmap, 0x1000, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "munmap(0x1000, 0)");

	r = do_mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0,
		    &err, fmt, sizeof(fmt));
	char *p = (char *)r;
	snprintf(call, sizeof(call), fmt, "PROT_READ|PROT_WRITE", "MAP_PRIVATE|MAP_ANONYMOUS");
	expect(ret_hex((unsigned long)r, err), "%s", call);

	r = do_mmap(NULL, 4096, PROT_READ, MAP_SHARED, 12345, 4096, &err, fmt, sizeof(fmt));
	snprintf(call, sizeof(call), fmt, "PROT_READ", "MAP_SHARED");
	expect(ret_hex((unsigned long)r, err), "%s", call);

	p[0] = 1;
	p[2 * 4096] = 1;
	unsigned char vec[4];
	r = sc(SYS_mincore, (long)p, 3 * 4096, (long)vec, 0, 0, 0, &err);
	if (r == 0)
		snprintf(ret, sizeof(ret), "[%u, %u, %u]", vec[0], vec[1], vec[2]);
	else
		snprintf(ret, sizeof(ret), "%s", ptr(vec));
	expect(ret_int(r, err), "mincore(%s, 12288, %s)", ptr(p), ret);
	r = sc(SYS_mincore, (long)p, 4096, 8, 0, 0, 0, &err);
	expect(ret_int(r, err), "mincore(%s, 4096, 0x8)", ptr(p));
	r = sc(SYS_mincore, (long)p + 1, 4096, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "mincore(%s, 4096, NULL)", ptr(p + 1));

	r = sc(SYS_mprotect, (long)p, 4096, PROT_READ, 0, 0, 0, &err);
	expect(ret_int(r, err), "mprotect(%s, 4096, PROT_READ)", ptr(p));
	r = sc(SYS_mprotect, (long)p + 1, 4096, PROT_READ | PROT_EXEC | 0x100, 0, 0, 0, &err);
	expect(ret_int(r, err), "mprotect(%s, 4096, PROT_READ|PROT_EXEC|0x100)", ptr(p + 1));

	r = sc(SYS_madvise, (long)p, 4096, MADV_DONTNEED, 0, 0, 0, &err);
	expect(ret_int(r, err), "madvise(%s, 4096, MADV_DONTNEED)", ptr(p));
	r = sc(SYS_madvise, (long)p, 4096, 12345, 0, 0, 0, &err);
	expect(ret_int(r, err), "madvise(%s, 4096, 0x3039 /* MADV_??? */)", ptr(p));

	r = sc(SYS_msync, (long)p, 4096, MS_SYNC | MS_INVALIDATE, 0, 0, 0, &err);
	expect(ret_int(r, err), "msync(%s, 4096, MS_SYNC|MS_INVALIDATE)", ptr(p));

	r = sc(SYS_mlock, (long)p, 4096, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "mlock(%s, 4096)", ptr(p));
	r = sc(SYS_munlock, (long)p, 4096, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "munlock(%s, 4096)", ptr(p));
	r = sc(SYS_mlock2, (long)p, 4096, MLOCK_ONFAULT, 0, 0, 0, &err);
	expect(ret_int(r, err), "mlock2(%s, 4096, MLOCK_ONFAULT)", ptr(p));
	r = sc(SYS_mlock2, (long)p, 4096, 6, 0, 0, 0, &err);
	expect(ret_int(r, err), "mlock2(%s, 4096, 0x6 /* MLOCK_??? */)", ptr(p));
	r = sc(SYS_munlock, (long)p, 4096, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "munlock(%s, 4096)", ptr(p));
	r = sc(SYS_mlockall, MCL_CURRENT | MCL_ONFAULT, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "mlockall(MCL_CURRENT|MCL_ONFAULT)");
	r = sc(SYS_munlockall, 0, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "munlockall()");

	/* mremap: the new address only with MREMAP_MAYMOVE|MREMAP_FIXED */
	r = sc(SYS_mremap, (long)p, 4096, 4096, 0, 0x1234, 0, &err);
	expect(ret_hex((unsigned long)r, err), "mremap(%s, 4096, 4096, 0)", ptr(p));
	r = sc(SYS_mremap, (long)p, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, (long)(p + 8192), 0,
	       &err);
	expect(ret_hex((unsigned long)r, err), "mremap(%s, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, %s)",
	       ptr(p), ptr(p + 8192));
	r = sc(SYS_mremap, (long)p, 4096, 4096, 0xf0, 0, 0, &err);
	expect(ret_hex((unsigned long)r, err), "mremap(%s, 4096, 4096, 0xf0 /* MREMAP_??? */)", ptr(p));

	r = sc(SYS_brk, 0, 0, 0, 0, 0, 0, &err);
	expect(ret_hex((unsigned long)r, err), "brk(NULL)");

	/* membarrier: the query's answer in hex with the command names */
	r = sc(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0, 0, 0, 0, &err);
	if (r > 0) {
		char names[1024] = "";
		unsigned long rest = (unsigned long)r;
		for (unsigned i = 0; i < sizeof(barrier_names) / sizeof(barrier_names[0]); i++) {
			if (rest & (1ul << i)) {
				if (names[0])
					strcat(names, "|");
				strcat(names, barrier_names[i]);
				rest &= ~(1ul << i);
			}
		}
		if (rest)
			snprintf(names + strlen(names), sizeof(names) - strlen(names), "%s%#lx",
				 names[0] ? "|" : "", rest);
		snprintf(ret, sizeof(ret), "%#lx (%s)", (unsigned long)r, names);
	} else {
		snprintf(ret, sizeof(ret), "%s", ret_int(r, err));
	}
	expect(ret, "membarrier(MEMBARRIER_CMD_QUERY, 0)");
	r = sc(SYS_membarrier, 0x1000, 1, 7, 0, 0, 0, &err);
	expect(ret_int(r, err), "membarrier(0x1000 /* MEMBARRIER_CMD_??? */, MEMBARRIER_CMD_FLAG_CPU, 7)");

	r = sc(SYS_memfd_create, (long)"pr_mem", MFD_CLOEXEC | MFD_ALLOW_SEALING, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "memfd_create(\"pr_mem\", MFD_CLOEXEC|MFD_ALLOW_SEALING)");
	r = sc(SYS_memfd_create, (long)"pr_mem", MFD_HUGETLB | (21u << MFD_HUGE_SHIFT), 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "memfd_create(\"pr_mem\", MFD_HUGETLB|21<<MFD_HUGE_SHIFT)");
	r = sc(SYS_memfd_create, 0, 0x20, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "memfd_create(NULL, 0x20 /* MFD_??? */)");

	r = sc(SYS_munmap, (long)p, 3 * 4096, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "munmap(%s, 12288)", ptr(p));
	return 0;
}
