/* The process and memory decoders, run from fake memory images for every
 * ABI.  The images are built by hand from each ABI's word size (not from
 * the layout tables the decoders read), so a wrong layout shows up here.
 * Expected strings are what strace 6.1 prints for the same values (checked
 * against it on x86_64; the other ABIs differ only in layout). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fake_mem.h"
#include "printopts.h"
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

static void check_str(const char *what, const char *got, size_t len, const char *want)
{
	checks++;
	if (len != strlen(want) || memcmp(got, want, len)) {
		failures++;
		printf("not ok %d - %s\n#   want: %s\n#   got:  %.*s\n", checks, what, want, (int)len, got);
	} else {
		printf("ok %d - %s\n", checks, what);
	}
}

/* What a call printed: the arguments, and the return value's kind and
 * text when the decoder chose them. */
struct result {
	int ret_kind;
	char aux[sizeof(((struct dctx *)0)->auxstr)];
	bool ran;
};

static uint8_t qual_next;   /* qualifiers of the next call (QUAL_NOABBREV: -v) */

static bool run(const struct abi *abi, const char *name, const uint64_t args[6], int64_t rval,
		const char *want, struct result *res)
{
	struct dctx d;
	struct syscall_state sc;
	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	out->len = 0;
	const struct syscall_name_ent *n = syscall_by_name(name, strlen(name));
	if (!n || n->nr[abi->id] < 0) {
		printf("# %s has no %s\n", abi->name, name);
		return false;
	}
	sc.abi = abi;
	sc.ent = sysent_lookup(abi, (uint64_t)n->nr[abi->id]);
	memcpy(sc.args, args, sizeof(sc.args));
	sc.qual = qual_next;
	d.sc = &sc;
	d.abi = abi;
	d.out = out;
	d.mem = &mem;
	d.max_strlen = 32;
	d.ret_kind = -1;
	int r = sc.ent->decode ? sc.ent->decode(&d) : decode_generic(&d);
	if (r != DEC_DONE) {
		sc.rval = rval;
		sc.error = rval < 0 && rval > -4096 ? (int)-rval : 0;
		d.exiting = true;
		if (sc.ent->decode)
			sc.ent->decode(&d);
		else
			decode_generic(&d);
	}
	char what[160];
	snprintf(what, sizeof(what), "%s %s(%s)", abi->name, name, want);
	check_str(what, out->buf, out->len, want);
	if (res) {
		res->ret_kind = d.ret_kind;
		memcpy(res->aux, d.auxstr, sizeof(res->aux));
		res->ran = true;
	}
	return true;
}

#define A(...) ((const uint64_t[6]){ __VA_ARGS__ })

static void call(const struct abi *abi, const char *name, const uint64_t args[6], int64_t rval,
		 const char *want)
{
	run(abi, name, args, rval, want, NULL);
}

/* the text after the return value, and whether it prints in hex */
static void call_aux(const struct abi *abi, const char *name, const uint64_t args[6],
		     int64_t rval, const char *want, const char *want_aux, bool hex)
{
	struct result r = { 0 };
	if (!run(abi, name, args, rval, want, &r))
		return;
	char what[160];
	snprintf(what, sizeof(what), "%s %s: return text", abi->name, name);
	check_str(what, r.aux, strlen(r.aux), want_aux);
	checks++;
	if ((r.ret_kind == R_HEX) != hex) {
		failures++;
		printf("not ok %d - %s %s: return %s hex\n", checks, abi->name, name, hex ? "in" : "not in");
	} else {
		printf("ok %d - %s %s: return kind\n", checks, abi->name, name);
	}
}

/* little-endian stores into an image */
static void put(unsigned char *b, size_t off, uint64_t v, unsigned size)
{
	for (unsigned i = 0; i < size; i++)
		b[off + i] = (unsigned char)(v >> (8 * i));
}

static void put_word(const struct abi *abi, unsigned char *b, unsigned idx, uint64_t v)
{
	put(b, (size_t)idx * abi->wordsize, v, abi->wordsize);
}

static bool is32(const struct abi *abi)
{
	return abi->wordsize == 4;
}

static void test_memory(const struct abi *abi)
{
	/* mmap with a huge page size; mmap2's offset in pages */
	uint64_t huge = (21ull << 26) | 0x40000 | 0x20 | 0x2;
	if (abi->id == ABI_X86_64 || abi->id == ABI_AARCH64 || abi->id == ABI_RISCV64)
		call(abi, "mmap", A(0, 2097152, 3, huge, (uint32_t)-1, 0), 0x7f0000000000,
		     "NULL, 2097152, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|21<<MAP_HUGE_SHIFT, -1, 0");
	call(abi, "mmap2", A(0x10000, 4096, 1, 2, 3, 3), 0x20000,
	     "0x10000, 4096, PROT_READ, MAP_PRIVATE, 3, 0x3000");

	/* i386's old mmap: the six values in memory */
	if (abi->id == ABI_I386) {
		unsigned char b[24] = { 0 };
		put_word(abi, b, 1, 8192);
		put_word(abi, b, 2, 5);
		put_word(abi, b, 3, 0x1);
		put_word(abi, b, 4, 7);
		put_word(abi, b, 5, 0x2000);
		fake_mem_add(0x5000, b, sizeof(b));
		call(abi, "mmap", A(0x5000), 0x40000000,
		     "NULL, 8192, PROT_READ|PROT_EXEC, MAP_SHARED, 7, 0x2000");
		call(abi, "mmap", A(0x9000), -14, "0x9000");
	}

	call(abi, "mremap", A(0x10000, 4096, 8192, 3, 0x30000), 0x30000,
	     "0x10000, 4096, 8192, MREMAP_MAYMOVE|MREMAP_FIXED, 0x30000");
	call(abi, "mremap", A(0x10000, 4096, 8192, 1, 0x30000), 0x30000,
	     "0x10000, 4096, 8192, MREMAP_MAYMOVE");

	unsigned char vec[3] = { 1, 0, 1 };
	fake_mem_add(0x6000, vec, sizeof(vec));
	call(abi, "mincore", A(0x10000, 3 * 4096 - 100, 0x6000), 0, "0x10000, 12188, [1, 0, 1]");
	call(abi, "mincore", A(0x10000, 4096, 0x6000), -12, "0x10000, 4096, 0x6000");

	call_aux(abi, "membarrier", A(0, 0, 0), 0x11, "MEMBARRIER_CMD_QUERY, 0",
		 "(MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED)", true);
	call(abi, "membarrier", A(0x80, 1, 3), 0,
	     "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, 3");

	fake_mem_add(0x6100, "buf", 4);
	call(abi, "memfd_create", A(0x6100, 0x4 | 0x1 | (30u << 26)), 3,
	     "\"buf\", MFD_CLOEXEC|MFD_HUGETLB|30<<MFD_HUGE_SHIFT");
	call(abi, "memfd_create", A(0x6100, 0xfffffff0u), -22,
	     "\"buf\", 0x3fffff0 /* MFD_??? */|63<<MFD_HUGE_SHIFT");
	call(abi, "madvise", A(0x10000, 4096, 12345), -22, "0x10000, 4096, 0x3039 /* MADV_??? */");
	call(abi, "mlock2", A(0x10000, 4096, 1), 0, "0x10000, 4096, MLOCK_ONFAULT");
	fake_mem_clear();
}

static void test_exec_clone(const struct abi *abi)
{
	/* argv and envp arrays of the ABI's pointers */
	unsigned char av[32] = { 0 }, ev[32] = { 0 };
	fake_mem_add(0x7000, "/bin/ls", 8);
	fake_mem_add(0x7100, "-l", 3);
	put_word(abi, av, 0, 0x7000);
	put_word(abi, av, 1, 0x7100);
	put_word(abi, ev, 0, 0x7100);
	put_word(abi, ev, 1, 0x7100);
	fake_mem_add(0x7200, av, sizeof(av));
	fake_mem_add(0x7300, ev, sizeof(ev));
	call(abi, "execve", A(0x7000, 0x7200, 0x7300), 0,
	     "\"/bin/ls\", [\"/bin/ls\", \"-l\"], 0x7300 /* 2 vars */");
	/* a slot past the end of the readable memory */
	unsigned char cut[8] = { 0 };
	put_word(abi, cut, 0, 0x7100);
	fake_mem_add(0x7400, cut, abi->wordsize);
	char want[128];
	snprintf(want, sizeof(want), "\"/bin/ls\", [\"-l\", ... /* %#x */], 0x7400 /* 1 var, unterminated */",
		 0x7400 + abi->wordsize);
	call(abi, "execve", A(0x7000, 0x7400, 0x7400), -2, want);
	call(abi, "execve", A(0x7000, 0, 0x9000), -14, "\"/bin/ls\", NULL, 0x9000");
	/* -v: the environment as strings, argv and envp not cut at -s */
	qual_next = QUAL_NOABBREV;
	call(abi, "execve", A(0x7000, 0x7200, 0x7300), 0,
	     "\"/bin/ls\", [\"/bin/ls\", \"-l\"], [\"-l\", \"-l\"]");
	call(abi, "execve", A(0x7000, 0x7200, 0), -14, "\"/bin/ls\", [\"/bin/ls\", \"-l\"], NULL");
	qual_next = 0;

	/* clone: the argument order of the ABI; parent_tid read at exit */
	int32_t tid = 4321;
	fake_mem_add(0x7500, &tid, 4);
	uint64_t flags = 0x100000 | 0x80000 | 0x1000000 | 17;
	uint64_t a[6] = { flags, 0x8000, 0x7500, 0, 0, 0 };
	if (abi->id == ABI_X86_64) {
		a[3] = 0x7600;  /* child_tid */
		a[4] = 0x7700;  /* tls */
	} else {
		a[3] = 0x7700;
		a[4] = 0x7600;
	}
	if (abi->id == ABI_I386) {
		/* the tls argument points to a struct user_desc */
		unsigned char ud[16] = { 0 };
		put(ud, 0, 12, 4);
		put(ud, 4, 0x1234, 4);
		put(ud, 8, 0xfffff, 4);
		put(ud, 12, 0x51, 4);
		fake_mem_add(0x7700, ud, sizeof(ud));
		call(abi, "clone", a, 4322,
		     "child_stack=0x8000, flags=CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_SETTID|SIGCHLD, "
		     "parent_tid=[4321], tls={entry_number=12, base_addr=0x001234, limit=0x0fffff, "
		     "seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, "
		     "useable=1}, child_tidptr=0x7600");
	} else {
		call(abi, "clone", a, 4322,
		     "child_stack=0x8000, flags=CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_SETTID|SIGCHLD, "
		     "parent_tid=[4321], tls=0x7700, child_tidptr=0x7600");
	}
	call(abi, "clone", A(17, 0, 0, 0, 0), 99, "child_stack=NULL, flags=SIGCHLD");

	/* clone3: struct clone_args (64-bit fields on every ABI) */
	unsigned char ca[88] = { 0 };
	int32_t pidfd = 5;
	fake_mem_add(0x7800, &pidfd, 4);
	put(ca, 0, 0x1000 | 0x100000, 8);
	put(ca, 8, 0x7800, 8);
	put(ca, 24, 0x7500, 8);
	put(ca, 32, 17, 8);
	put(ca, 40, 0x9000, 8);
	put(ca, 48, 0x4000, 8);
	fake_mem_add(0x7900, ca, sizeof(ca));
	call(abi, "clone3", A(0x7900, 88), 4322,
	     "{flags=CLONE_PIDFD|CLONE_PARENT_SETTID, pidfd=0x7800, parent_tid=0x7500, "
	     "exit_signal=SIGCHLD, stack=0x9000, stack_size=0x4000} => {pidfd=[5], parent_tid=[4321]}, 88");
	call(abi, "clone3", A(0x7900, 88), -22,
	     "{flags=CLONE_PIDFD|CLONE_PARENT_SETTID, pidfd=0x7800, parent_tid=0x7500, "
	     "exit_signal=SIGCHLD, stack=0x9000, stack_size=0x4000}, 88");
	call(abi, "clone3", A(0x7900, 32), -22, "0x7900, 32");
	call(abi, "clone3", A(0xa000, 88), -14, "0xa000, 88");
	fake_mem_clear();
}

static void test_wait(const struct abi *abi)
{
	/* struct rusage: two timevals of two longs, then longs */
	unsigned char ru[18 * 8] = { 0 };
	put_word(abi, ru, 0, 1);
	put_word(abi, ru, 1, 2);
	put_word(abi, ru, 2, 3);
	put_word(abi, ru, 3, 4);
	fake_mem_add(0x8000, ru, (size_t)18 * abi->wordsize);
	int32_t status = 0x300;
	fake_mem_add(0x8200, &status, 4);
	const char *ru_text = "{ru_utime={tv_sec=1, tv_usec=2}, ru_stime={tv_sec=3, tv_usec=4}, ...}";
	char want[256];
	snprintf(want, sizeof(want), "-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], WNOHANG, %s", ru_text);
	call(abi, "wait4", A((uint32_t)-1, 0x8200, 1, 0x8000), 77, want);
	/* waitpid (i386 only): no rusage */
	call(abi, "waitpid", A((uint32_t)-1, 0x8200, 1), 77, "-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], WNOHANG");
	call(abi, "waitpid", A(5, 0x8200, 0), -10, "5, 0x8200, 0");
	/* getresgid: three ids, like getresuid */
	uint32_t ids[3] = { 0, 5, 0xffffffff };
	fake_mem_add(0x8800, ids, sizeof(ids));
	call(abi, is32(abi) ? "getresgid32" : "getresgid", A(0x8800, 0x8804, 0x8808), 0, "[0], [5], [-1]");
	snprintf(want, sizeof(want), "RUSAGE_CHILDREN, %s", ru_text);
	call(abi, "getrusage", A((uint32_t)-1, 0x8000), 0, want);
	call(abi, "getrusage", A(5, 0x8000), -22, "0x5 /* RUSAGE_??? */, 0x8000");
	/* -v: every field, each a long of the ABI */
	for (int i = 4; i < 18; i++)
		put_word(abi, ru, i, (uint64_t)(100 + i));
	fake_mem_clear();
	fake_mem_add(0x8000, ru, (size_t)18 * abi->wordsize);
	fake_mem_add(0x8200, &status, 4);
	qual_next = QUAL_NOABBREV;
	call(abi, "getrusage", A(0, 0x8000), 0,
	     "RUSAGE_SELF, {ru_utime={tv_sec=1, tv_usec=2}, ru_stime={tv_sec=3, tv_usec=4}, ru_maxrss=104, "
	     "ru_ixrss=105, ru_idrss=106, ru_isrss=107, ru_minflt=108, ru_majflt=109, ru_nswap=110, "
	     "ru_inblock=111, ru_oublock=112, ru_msgsnd=113, ru_msgrcv=114, ru_nsignals=115, "
	     "ru_nvcsw=116, ru_nivcsw=117}");
	qual_next = 0;

	/* waitid's siginfo: three ints, then the union (8-aligned on 64-bit
	 * ABIs): pid, uid, status, then utime and stime as longs */
	unsigned char si[128] = { 0 };
	unsigned u = is32(abi) ? 12 : 16;
	put(si, 0, 17, 4);
	put(si, 8, 1, 4);
	put(si, u, 4322, 4);
	put(si, u + 4, 1000, 4);
	put(si, u + 8, 3, 4);
	fake_mem_add(0x8400, si, sizeof(si));
	call(abi, "waitid", A(1, 4322, 0x8400, 4, 0), 0,
	     "P_PID, 4322, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4322, si_uid=1000, "
	     "si_status=3, si_utime=0, si_stime=0}, WEXITED, NULL");
	unsigned char empty[128] = { 0 };
	fake_mem_add(0x8600, empty, sizeof(empty));
	call(abi, "waitid", A(0, 0, 0x8600, 5, 0x8000), 0, "P_ALL, 0, {}, WNOHANG|WEXITED, "
	     "{ru_utime={tv_sec=1, tv_usec=2}, ru_stime={tv_sec=3, tv_usec=4}, ...}");
	call(abi, "waitid", A(7, 0, 0x8600, 0x1000000, 0x8000), -22,
	     "0x7 /* P_??? */, 0, 0x8600, WNOWAIT, 0x8000");
	fake_mem_clear();
}

static void test_info(const struct abi *abi)
{
	unsigned char ut[390] = { 0 };
	memcpy(ut, "Linux", 5);
	memcpy(ut + 65, "box", 3);
	memcpy(ut + 130, "6.1.0", 5);
	fake_mem_add(0x9000, ut, sizeof(ut));
	call(abi, "uname", A(0x9000), 0, "{sysname=\"Linux\", nodename=\"box\", ...}");
	call(abi, "uname", A(0x9000), -14, "0x9000");
	qual_next = QUAL_NOABBREV;
	memcpy(ut + 195, "#1 SMP", 6);
	memcpy(ut + 260, "x86_64", 6);
	memcpy(ut + 325, "(none)", 6);
	fake_mem_clear();
	fake_mem_add(0x9000, ut, sizeof(ut));
	call(abi, "uname", A(0x9000), 0, "{sysname=\"Linux\", nodename=\"box\", release=\"6.1.0\", "
	     "version=\"#1 SMP\", machine=\"x86_64\", domainname=\"(none)\"}");
	qual_next = 0;

	/* struct sysinfo: words, procs in the low half of word 10, mem_unit
	 * a 32-bit word at word 13 */
	unsigned char sy[112] = { 0 };
	for (unsigned i = 0; i < 10; i++)
		put_word(abi, sy, i, 100 + i);
	put(sy, (size_t)10 * abi->wordsize, 42, 2);
	put_word(abi, sy, 11, 7);
	put_word(abi, sy, 12, 8);
	put(sy, (size_t)13 * abi->wordsize, 4096, 4);
	fake_mem_add(0x9200, sy, sizeof(sy));
	call(abi, "sysinfo", A(0x9200), 0,
	     "{uptime=100, loads=[101, 102, 103], totalram=104, freeram=105, sharedram=106, "
	     "bufferram=107, totalswap=108, freeswap=109, procs=42, totalhigh=7, freehigh=8, mem_unit=4096}");

	unsigned char tm[32] = { 0 };
	for (unsigned i = 0; i < 4; i++)
		put_word(abi, tm, i, 10 * (i + 1));
	fake_mem_add(0x9400, tm, sizeof(tm));
	call(abi, "times", A(0x9400), 12345,
	     "{tms_utime=10 /* 0.10 s */, tms_stime=20 /* 0.20 s */, tms_cutime=30 /* 0.30 s */, "
	     "tms_cstime=40 /* 0.40 s */}");
	call(abi, "times", A(0), 12345, "NULL");

	/* rlimits: the 32-bit layout only on 32-bit ABIs */
	unsigned char rl[16];
	memset(rl, 0xff, sizeof(rl));
	put(rl, 0, 8 << 20, abi->wordsize);
	fake_mem_add(0x9600, rl, sizeof(rl));
	if (is32(abi))
		call(abi, "ugetrlimit", A(3, 0x9600), 0,
		     "RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM_INFINITY}");
	else
		call(abi, "getrlimit", A(3, 0x9600), 0,
		     "RLIMIT_STACK, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}");
	fake_mem_clear();
}

static void test_sched(const struct abi *abi)
{
	unsigned char set[16] = { 0x21, 0, 0, 0, 0, 0, 0, 0, 0x40 };
	fake_mem_add(0xa000, set, sizeof(set));
	call(abi, "sched_getaffinity", A(0, 128, 0xa000), 16, "0, 128, [0 5 70]");
	call(abi, "sched_getaffinity", A(0, 3, 0xa000), -22, "0, 3, 0xa000");
	call(abi, "sched_setaffinity", A(0, 8, 0xa000), 0, "0, 8, [0 5]");
	int32_t prio = 5;
	fake_mem_add(0xa100, &prio, 4);
	call(abi, "sched_getparam", A(0, 0xa100), 0, "0, [5]");
	call(abi, "sched_setscheduler", A(0, 0x40000003, 0xa100), 0,
	     "0, 0x40000003 /* SCHED_??? */, [5]");
	call_aux(abi, "sched_getscheduler", A(0), 2, "0", "(SCHED_RR)", false);
	call_aux(abi, "sched_getscheduler", A(0), 0x40000003, "0", "", false);
	fake_mem_clear();
}

static void test_prctl_personality(const struct abi *abi)
{
	static const char name[32] = "xstrace-test";
	fake_mem_add(0xb000, name, sizeof(name));
	call(abi, "prctl", A(16, 0xb000), 0, "PR_GET_NAME, \"xstrace-test\"");
	call(abi, "prctl", A(15, 0xb000), 0, "PR_SET_NAME, \"xstrace-test\"");
	fake_mem_add(0xb100, "0123456789abcdefghijklmnopqrstu", 32);
	call(abi, "prctl", A(15, 0xb100), 0, "PR_SET_NAME, \"0123456789abcde\"...");
	call(abi, "prctl", A(1, 15), 0, "PR_SET_PDEATHSIG, SIGTERM");
	call(abi, "prctl", A(1, 200), -22, "PR_SET_PDEATHSIG, 200");
	call_aux(abi, "prctl", A(3), 1, "PR_GET_DUMPABLE", "(SUID_DUMP_USER)", false);
	call_aux(abi, "prctl", A(27), 0x10, "PR_GET_SECUREBITS", "(SECBIT_KEEP_CAPS)", true);
	call(abi, "prctl", A(0x41, 1, 2, 3, 4), -22, "0x41 /* PR_??? */, 0x1, 0x2, 0x3, 0x4");
	call(abi, "prctl", A(62, 1, 0, 2, 0), -22,
	     "PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 0, 0x2 /* PIDTYPE_PGID */, NULL");
	/* the tid address is a pointer of the ABI */
	unsigned char w[8] = { 0 };
	put_word(abi, w, 0, 0xc0de0);
	fake_mem_add(0xb200, w, sizeof(w));
	call(abi, "prctl", A(40, 0xb200), 0, "PR_GET_TID_ADDRESS, [0xc0de0]");
	call(abi, "prctl", A(40, 0xb200), -14, "PR_GET_TID_ADDRESS, 0xb200");
	call_aux(abi, "prctl", A(52, 0), 2, "PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS",
		 "(PR_SPEC_ENABLE)", true);

	call_aux(abi, "personality", A(0x40008), 0, "PER_LINUX32|ADDR_NO_RANDOMIZE",
		 "(PER_LINUX)", true);
	call_aux(abi, "personality", A(0xffffffff), 0x40000, "0xffffffff",
		 "(PER_LINUX|ADDR_NO_RANDOMIZE)", true);
	call(abi, "personality", A(0x1234), 0, "0x34 /* PER_??? */|0x1200");
	fake_mem_clear();
}

static void test_ids(const struct abi *abi)
{
	/* [0, 5, -1] in 32-bit ids, and in 16-bit ones where the ABI has them */
	uint32_t g32[3] = { 0, 5, 0xffffffff };
	uint16_t g16[3] = { 0, 5, 0xffff };
	fake_mem_add(0xc000, g32, sizeof(g32));
	fake_mem_add(0xc100, g16, sizeof(g16));
	const char *g32name = is32(abi) ? "getgroups32" : "getgroups";
	const char *s32name = is32(abi) ? "setgroups32" : "setgroups";
	call(abi, g32name, A(3, 0xc000), 3, "3, [0, 5, -1]");
	call(abi, g32name, A(0, 0), 3, "0, NULL");
	call(abi, g32name, A(3, 0xd000), -14, "3, 0xd000");
	call(abi, g32name, A(3, 0xd000), 0, "3, []");
	call(abi, s32name, A(3, 0xc000), 0, "3, [0, 5, -1]");
	call(abi, s32name, A(1, 0xd000), -14, "1, 0xd000");
	if (is32(abi)) {
		call(abi, "getgroups", A(3, 0xc100), 3, "3, [0, 5, -1]");
		call(abi, "setgroups", A(2, 0xc100), 0, "2, [0, 5]");
		call(abi, "setresuid", A(0xffff, 5, 0x10005), 0, "-1, 5, 5");
		call(abi, "setuid32", A(0xffff), 0, "65535");
		call(abi, "getresuid", A(0xc100, 0xc102, 0xc104), 0, "[0], [5], [-1]");
		call(abi, "getresuid32", A(0xc000, 0xc004, 0xd000), -14, "0xc000, 0xc004, 0xd000");
	} else {
		call(abi, "setresuid", A(0xffffffff, 5, 0xffff), 0, "-1, 5, 65535");
		call(abi, "getresuid", A(0xc000, 0xc004, 0xc008), 0, "[0], [5], [-1]");
	}
	/* the chown family: 16-bit owner and group in chown, lchown and
	 * fchown of i386 and arm, 32-bit in the *32 calls and elsewhere */
	fake_mem_add(0xe000, "/f", 3);
	const char *o16 = is32(abi) ? "\"/f\", -1, 5" : "\"/f\", 65535, 65541";
	call(abi, "chown", A(0xe000, 0xffff, 0x10005), 0, o16);
	call(abi, "lchown", A(0xe000, 0xffff, 0x10005), 0, o16);
	call(abi, "fchown", A(3, 0xffff, 0x10005), 0, is32(abi) ? "3, -1, 5" : "3, 65535, 65541");
	call(abi, "chown", A(0xe000, 0xffffffff, 0), 0, "\"/f\", -1, 0");
	call(abi, "chown32", A(0xe000, 0xffff, 0xffffffff), 0, "\"/f\", 65535, -1");
	call(abi, "fchown32", A(3, 0xffffffff, 7), 0, "3, -1, 7");
	call(abi, "fchownat", A((uint32_t)-100, 0xe000, 0xffffffff, 0xffff, 0x100), 0,
	     "AT_FDCWD, \"/f\", -1, 65535, AT_SYMLINK_NOFOLLOW");

	/* capabilities: version 3 has two 32-bit halves of each set */
	uint32_t hdr[2] = { 0x20080522, 0 };
	uint32_t data[6] = { 0x5, 0, 0xffffffff, 0x1, 0, 0xffffffff };
	fake_mem_add(0xc200, hdr, sizeof(hdr));
	fake_mem_add(0xc300, data, sizeof(data));
	call(abi, "capget", A(0xc200, 0xc300), 0,
	     "{version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_DAC_READ_SEARCH|"
	     "1<<CAP_MAC_OVERRIDE, permitted=0, inheritable=1<<CAP_CHOWN|1<<CAP_DAC_OVERRIDE|"
	     "1<<CAP_DAC_READ_SEARCH|1<<CAP_FOWNER|1<<CAP_FSETID|1<<CAP_KILL|1<<CAP_SETGID|"
	     "1<<CAP_SETUID|1<<CAP_SETPCAP|1<<CAP_LINUX_IMMUTABLE|1<<CAP_NET_BIND_SERVICE|"
	     "1<<CAP_NET_BROADCAST|1<<CAP_NET_ADMIN|1<<CAP_NET_RAW|1<<CAP_IPC_LOCK|1<<CAP_IPC_OWNER|"
	     "1<<CAP_SYS_MODULE|1<<CAP_SYS_RAWIO|1<<CAP_SYS_CHROOT|1<<CAP_SYS_PTRACE|1<<CAP_SYS_PACCT|"
	     "1<<CAP_SYS_ADMIN|1<<CAP_SYS_BOOT|1<<CAP_SYS_NICE|1<<CAP_SYS_RESOURCE|1<<CAP_SYS_TIME|"
	     "1<<CAP_SYS_TTY_CONFIG|1<<CAP_MKNOD|1<<CAP_LEASE|1<<CAP_AUDIT_WRITE|1<<CAP_AUDIT_CONTROL|"
	     "1<<CAP_SETFCAP|1<<CAP_MAC_OVERRIDE|1<<CAP_MAC_ADMIN|1<<CAP_SYSLOG|1<<CAP_WAKE_ALARM|"
	     "1<<CAP_BLOCK_SUSPEND|1<<CAP_AUDIT_READ|1<<CAP_PERFMON|1<<CAP_BPF|"
	     "1<<CAP_CHECKPOINT_RESTORE|0xfffffe00}");
	call(abi, "capget", A(0xc200, 0xc300), -22, "{version=_LINUX_CAPABILITY_VERSION_3, pid=0}, 0xc300");
	uint32_t hdr1[2] = { 0x19980330, 55 };
	fake_mem_add(0xc400, hdr1, sizeof(hdr1));
	call(abi, "capset", A(0xc400, 0xc300), -1,
	     "{version=_LINUX_CAPABILITY_VERSION_1, pid=55}, {effective=1<<CAP_CHOWN|1<<CAP_DAC_READ_SEARCH, "
	     "permitted=0, inheritable=1<<CAP_CHOWN|1<<CAP_DAC_OVERRIDE|1<<CAP_DAC_READ_SEARCH|"
	     "1<<CAP_FOWNER|1<<CAP_FSETID|1<<CAP_KILL|1<<CAP_SETGID|1<<CAP_SETUID|1<<CAP_SETPCAP|"
	     "1<<CAP_LINUX_IMMUTABLE|1<<CAP_NET_BIND_SERVICE|1<<CAP_NET_BROADCAST|1<<CAP_NET_ADMIN|"
	     "1<<CAP_NET_RAW|1<<CAP_IPC_LOCK|1<<CAP_IPC_OWNER|1<<CAP_SYS_MODULE|1<<CAP_SYS_RAWIO|"
	     "1<<CAP_SYS_CHROOT|1<<CAP_SYS_PTRACE|1<<CAP_SYS_PACCT|1<<CAP_SYS_ADMIN|1<<CAP_SYS_BOOT|"
	     "1<<CAP_SYS_NICE|1<<CAP_SYS_RESOURCE|1<<CAP_SYS_TIME|1<<CAP_SYS_TTY_CONFIG|1<<CAP_MKNOD|"
	     "1<<CAP_LEASE|1<<CAP_AUDIT_WRITE|1<<CAP_AUDIT_CONTROL|1<<CAP_SETFCAP}");
	call(abi, "capset", A(0, 0xc300), -14, "NULL, 0xc300");

	/* get_robust_list: a pointer and a size_t of the ABI */
	unsigned char h[8] = { 0 }, l[8] = { 0 };
	put_word(abi, h, 0, 0xabc0);
	put_word(abi, l, 0, 12);
	fake_mem_add(0xc500, h, sizeof(h));
	fake_mem_add(0xc600, l, sizeof(l));
	call(abi, "get_robust_list", A(0, 0xc500, 0xc600), 0, "0, [0xabc0], [12]");
	call(abi, "get_robust_list", A(0, 0xc500, 0xc600), -3, "0, 0xc500, 0xc600");

	/* arch_prctl(ARCH_GET_FS) reads a word of the ABI */
	if (abi->id == ABI_X86_64 || abi->id == ABI_I386) {
		unsigned char fs[8];
		memset(fs, 0xee, sizeof(fs));
		put_word(abi, fs, 0, 0x1000);
		fake_mem_add(0xc700, fs, sizeof(fs));
		call(abi, "arch_prctl", A(0x1003, 0xc700), 0, "ARCH_GET_FS, [0x1000]");
		call(abi, "arch_prctl", A(0x1011, 0), 1, "ARCH_GET_CPUID");
	}
	fake_mem_clear();
}

int main(void)
{
	out = mem_outfile();
	fake_mem_init(&mem);
	for (int a = 0; a < ABI_COUNT; a++) {
		const struct abi *abi = &abis[a];
		test_memory(abi);
		test_exec_clone(abi);
		test_wait(abi);
		test_info(abi);
		test_sched(abi);
		test_prctl_personality(abi);
		test_ids(abi);
	}
	printf("1..%d\n", checks);
	printf("%d of %d checks failed\n", failures, checks);
	return failures ? 1 : 0;
}
