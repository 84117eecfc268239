/* Process information and control: uname, sysinfo, times, getrusage,
 * rlimits, scheduling, priorities, personality, the id calls, capabilities,
 * robust lists, prctl.  Prints the lines xstrace must print for them,
 * each from the values this program got back. */
#include <linux/capability.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include "pr_util.h"

static long sc(long nr, long a, long b, long c, long d, long e, int *err)
{
	errno = 0;
	long r = syscall(nr, a, b, c, d, e);
	*err = errno;
	return r;
}

static const char *rlim_text(uint64_t v)
{
	static char bufs[2][32];
	static int i;
	char *b = bufs[i++ & 1];
	if (v == UINT64_MAX)
		snprintf(b, 32, "RLIM64_INFINITY");
	else if (v > 1024 && v % 1024 == 0)
		snprintf(b, 32, "%llu*1024", (unsigned long long)(v / 1024));
	else
		snprintf(b, 32, "%llu", (unsigned long long)v);
	return b;
}

/* a uid the way strace prints it: -1 for all ones */
static const char *id_text(unsigned v)
{
	static char bufs[3][16];
	static int i;
	char *b = bufs[i++ % 3];
	if (v == UINT32_MAX)
		snprintf(b, 16, "-1");
	else
		snprintf(b, 16, "%u", v);
	return b;
}

int main(void)
{
	char ret[512], text[1024];
	int err;
	long r;
	pr_buffer_stdout();

	/* the first line the test compares from */
	r = sc(SYS_sched_yield, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "sched_yield()");

	r = sc(SYS_getpid, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "getpid()");
	long pid = r;
	r = sc(SYS_gettid, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "gettid()");
	r = sc(SYS_getppid, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "getppid()");
	r = sc(SYS_getpgid, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "getpgid(0)");
	r = sc(SYS_getsid, pid, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "getsid(%ld)", pid);
	r = sc(SYS_getpgid, -1, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "getpgid(-1)");

	int tid;
	r = sc(SYS_set_tid_address, (long)&tid, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "set_tid_address(%s)", ptr(&tid));
	void *head;
	size_t len;
	r = sc(SYS_get_robust_list, 0, (long)&head, (long)&len, 0, 0, &err);
	if (r == 0)
		snprintf(text, sizeof(text), "[%s], [%zu]", ptr(head), len);
	else
		snprintf(text, sizeof(text), "%s, %s", ptr(&head), ptr(&len));
	expect(ret_int(r, err), "get_robust_list(0, %s)", text);
	r = sc(SYS_get_robust_list, 0, 8, (long)&len, 0, 0, &err);
	expect(ret_int(r, err), "get_robust_list(0, 0x8, %s)", ptr(&len));
	r = sc(SYS_set_robust_list, (long)head, (long)len, 0, 0, 0, &err);
	expect(ret_int(r, err), "set_robust_list(%s, %zu)", ptr(head), len);

	struct utsname u;
	r = sc(SYS_uname, (long)&u, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "uname({sysname=\"%s\", nodename=\"%s\", ...})", u.sysname, u.nodename);
	r = sc(SYS_uname, 8, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "uname(0x8)");

	struct sysinfo si;
	r = sc(SYS_sysinfo, (long)&si, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "sysinfo({uptime=%ld, loads=[%lu, %lu, %lu], totalram=%lu, freeram=%lu, "
	       "sharedram=%lu, bufferram=%lu, totalswap=%lu, freeswap=%lu, procs=%u, totalhigh=%lu, "
	       "freehigh=%lu, mem_unit=%u})",
	       (long)si.uptime, (unsigned long)si.loads[0], (unsigned long)si.loads[1],
	       (unsigned long)si.loads[2], (unsigned long)si.totalram, (unsigned long)si.freeram,
	       (unsigned long)si.sharedram, (unsigned long)si.bufferram, (unsigned long)si.totalswap,
	       (unsigned long)si.freeswap, (unsigned)si.procs, (unsigned long)si.totalhigh,
	       (unsigned long)si.freehigh, (unsigned)si.mem_unit);

	struct tms t;
	r = sc(SYS_times, (long)&t, 0, 0, 0, 0, &err);
	char tk[4][64];
	ticks_text(tk[0], sizeof(tk[0]), (long)t.tms_utime);
	ticks_text(tk[1], sizeof(tk[1]), (long)t.tms_stime);
	ticks_text(tk[2], sizeof(tk[2]), (long)t.tms_cutime);
	ticks_text(tk[3], sizeof(tk[3]), (long)t.tms_cstime);
	expect(ret_int(r, err), "times({tms_utime=%s, tms_stime=%s, tms_cutime=%s, tms_cstime=%s})",
	       tk[0], tk[1], tk[2], tk[3]);
	r = sc(SYS_times, 8, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "times(0x8)");

	struct rusage ru;
	r = sc(SYS_getrusage, RUSAGE_SELF, (long)&ru, 0, 0, 0, &err);
	expect(ret_int(r, err), "getrusage(RUSAGE_SELF, %s)", rusage_text(&ru));
	r = sc(SYS_getrusage, RUSAGE_CHILDREN, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "getrusage(RUSAGE_CHILDREN, NULL)");
	r = sc(SYS_getrusage, 5, (long)&ru, 0, 0, 0, &err);
	expect(ret_int(r, err), "getrusage(0x5 /* RUSAGE_??? */, %s)", ptr(&ru));

	/* limits: the 64-bit layout everywhere prlimit64 is used */
	uint64_t lim[2];
	r = sc(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, (long)lim, 0, &err);
	expect(ret_int(r, err), "prlimit64(0, RLIMIT_NOFILE, NULL, {rlim_cur=%s, rlim_max=%s})",
	       rlim_text(lim[0]), rlim_text(lim[1]));
	r = sc(SYS_prlimit64, 0, RLIMIT_NOFILE, (long)lim, 0, 0, &err);
	expect(ret_int(r, err), "prlimit64(0, RLIMIT_NOFILE, {rlim_cur=%s, rlim_max=%s}, NULL)",
	       rlim_text(lim[0]), rlim_text(lim[1]));
	r = sc(SYS_prlimit64, 0, 99, 0, 8, 0, &err);
	expect(ret_int(r, err), "prlimit64(0, 0x63 /* RLIMIT_??? */, NULL, 0x8)");
#if defined(SYS_getrlimit) && (defined(__x86_64__) || defined(__aarch64__) || defined(__riscv))
	r = sc(SYS_getrlimit, RLIMIT_CORE, (long)lim, 0, 0, 0, &err);
	expect(ret_int(r, err), "getrlimit(RLIMIT_CORE, {rlim_cur=%s, rlim_max=%s})",
	       rlim_text(lim[0]), rlim_text(lim[1]));
	r = sc(SYS_setrlimit, RLIMIT_CORE, (long)lim, 0, 0, 0, &err);
	expect(ret_int(r, err), "setrlimit(RLIMIT_CORE, {rlim_cur=%s, rlim_max=%s})",
	       rlim_text(lim[0]), rlim_text(lim[1]));
#endif

	/* scheduling */
	unsigned char mask[128];
	memset(mask, 0, sizeof(mask));
	r = sc(SYS_sched_getaffinity, 0, sizeof(mask), (long)mask, 0, 0, &err);
	if (r > 0) {
		char *o = text;
		*o++ = '[';
		for (long i = 0; i < r * 8; i++)
			if (mask[i / 8] & (1u << (i % 8)))
				o += sprintf(o, "%s%ld", o[-1] == '[' ? "" : " ", i);
		strcpy(o, "]");
	} else {
		snprintf(text, sizeof(text), "%s", ptr(mask));
	}
	expect(ret_int(r, err), "sched_getaffinity(0, 128, %s)", text);
	r = sc(SYS_sched_getaffinity, 0, 3, (long)mask, 0, 0, &err);
	expect(ret_int(r, err), "sched_getaffinity(0, 3, %s)", ptr(mask));
	r = sc(SYS_sched_setaffinity, 0, 16, 8, 0, 0, &err);
	expect(ret_int(r, err), "sched_setaffinity(0, 16, 0x8)");
	unsigned char none[16] = { 0 };
	r = sc(SYS_sched_setaffinity, 0, 16, (long)none, 0, 0, &err);
	expect(ret_int(r, err), "sched_setaffinity(0, 16, [])");
	struct sched_param sp = { 0 };
	r = sc(SYS_sched_getparam, 0, (long)&sp, 0, 0, 0, &err);
	expect(ret_int(r, err), "sched_getparam(0, [%d])", sp.sched_priority);
	r = sc(SYS_sched_setparam, 0, (long)&sp, 0, 0, 0, &err);
	expect(ret_int(r, err), "sched_setparam(0, [%d])", sp.sched_priority);
	r = sc(SYS_sched_getparam, 0, 8, 0, 0, 0, &err);
	expect(ret_int(r, err), "sched_getparam(0, 0x8)");
	r = sc(SYS_sched_getscheduler, 0, 0, 0, 0, 0, &err);
	snprintf(ret, sizeof(ret), "%s", ret_int(r, err));
	if (r == SCHED_OTHER)
		strcat(ret, " (SCHED_OTHER)");
	expect(ret, "sched_getscheduler(0)");
	r = sc(SYS_sched_setscheduler, 0, SCHED_OTHER, (long)&sp, 0, 0, &err);
	expect(ret_int(r, err), "sched_setscheduler(0, SCHED_OTHER, [%d])", sp.sched_priority);
	r = sc(SYS_sched_setscheduler, 0, 77, 8, 0, 0, &err);
	expect(ret_int(r, err), "sched_setscheduler(0, 0x4d /* SCHED_??? */, 0x8)");
	r = sc(SYS_sched_get_priority_max, SCHED_FIFO, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "sched_get_priority_max(SCHED_FIFO)");
	r = sc(SYS_getpriority, PRIO_PROCESS, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "getpriority(PRIO_PROCESS, 0)");
	long nice = 20 - r;
	r = sc(SYS_setpriority, PRIO_PROCESS, 0, nice, 0, 0, &err);
	expect(ret_int(r, err), "setpriority(PRIO_PROCESS, 0, %ld)", nice);

	/* personality: the previous value comes back with its name */
	r = sc(SYS_personality, 0xffffffff, 0, 0, 0, 0, &err);
	unsigned long persona = (unsigned long)r;
	if ((persona & 0xff) == 0 && !(persona & ~0xfful))
		snprintf(ret, sizeof(ret), "%s (PER_LINUX)", ret_hex(persona, err));
	else if (persona == ADDR_NO_RANDOMIZE)
		snprintf(ret, sizeof(ret), "%s (PER_LINUX|ADDR_NO_RANDOMIZE)", ret_hex(persona, err));
	else
		snprintf(ret, sizeof(ret), "%s", ret_hex(persona, err));
	expect(ret, "personality(0xffffffff)");

	/* ids */
	unsigned ru_[3], rg[3];
	r = sc(SYS_getresuid, (long)&ru_[0], (long)&ru_[1], (long)&ru_[2], 0, 0, &err);
	expect(ret_int(r, err), "getresuid([%s], [%s], [%s])", id_text(ru_[0]), id_text(ru_[1]),
	       id_text(ru_[2]));
	r = sc(SYS_getresgid, (long)&rg[0], (long)&rg[1], 8, 0, 0, &err);
	expect(ret_int(r, err), "getresgid(%s, %s, 0x8)", ptr(&rg[0]), ptr(&rg[1]));
	r = sc(SYS_setresuid, -1, -1, -1, 0, 0, &err);
	expect(ret_int(r, err), "setresuid(-1, -1, -1)");
	r = sc(SYS_setfsuid, -1, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "setfsuid(-1)");
	gid_t groups[64];
	r = sc(SYS_getgroups, 0, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "getgroups(0, NULL)");
	r = sc(SYS_getgroups, 64, (long)groups, 0, 0, 0, &err);
	long ng = r;
	if (r >= 0) {
		char *o = text;
		*o++ = '[';
		for (long i = 0; i < r && i < 32; i++)
			o += sprintf(o, "%s%s", i ? ", " : "", id_text(groups[i]));
		strcpy(o, r > 32 ? ", ...]" : "]");
	} else {
		snprintf(text, sizeof(text), "%s", ptr(groups));
	}
	expect(ret_int(r, err), "getgroups(64, %s)", text);
	r = sc(SYS_getgroups, -1, (long)groups, 0, 0, 0, &err);
	expect(ret_int(r, err), "getgroups(-1, %s)", ptr(groups));
	if (ng >= 0) {
		r = sc(SYS_setgroups, ng, (long)groups, 0, 0, 0, &err);
		expect(ret_int(r, err), "setgroups(%ld, %s)", ng, text);
	}
	r = sc(SYS_setgroups, 1, 8, 0, 0, 0, &err);
	expect(ret_int(r, err), "setgroups(1, 0x8)");

	/* capabilities: version 3 sets are two 32-bit halves */
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct cd[2];
	r = sc(SYS_capget, (long)&h, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, NULL)");
	h.version = 0x1234;
	r = sc(SYS_capget, (long)&h, (long)cd, 0, 0, 0, &err);
	expect(ret_int(r, err), "capget({version=0x1234 /* _LINUX_CAPABILITY_VERSION_??? */, pid=0}, %s)",
	       ptr(cd));
	r = sc(SYS_capset, 8, (long)cd, 0, 0, 0, &err);
	expect(ret_int(r, err), "capset(0x8, %s)", ptr(cd));
	h.version = _LINUX_CAPABILITY_VERSION_1;
	memset(cd, 0, sizeof(cd));
	r = sc(SYS_capset, (long)&h, (long)cd, 0, 0, 0, &err);
	expect(ret_int(r, err), "capset({version=_LINUX_CAPABILITY_VERSION_1, pid=0}, "
	       "{effective=0, permitted=0, inheritable=0})");

	/* prctl: a name, a signal, values with names */
	r = sc(SYS_prctl, PR_SET_NAME, (long)"pr_info-thread", 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_SET_NAME, \"pr_info-thread\")");
	r = sc(SYS_prctl, PR_SET_NAME, (long)"a name longer than sixteen bytes", 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_SET_NAME, \"a name longer t\"...)");
	char name[16];
	r = sc(SYS_prctl, PR_GET_NAME, (long)name, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_GET_NAME, \"%s\")", name);
	r = sc(SYS_prctl, PR_GET_NAME, 8, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_GET_NAME, 0x8)");
	r = sc(SYS_prctl, PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_SET_PDEATHSIG, SIGTERM)");
	int sig = 0;
	r = sc(SYS_prctl, PR_GET_PDEATHSIG, (long)&sig, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_GET_PDEATHSIG, [%s])", sig == SIGTERM ? "SIGTERM" : "?");
	r = sc(SYS_prctl, PR_SET_PDEATHSIG, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_SET_PDEATHSIG, 0)");
	r = sc(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0, &err);
	snprintf(ret, sizeof(ret), "%s%s", ret_int(r, err),
		 r == 0 ? " (SUID_DUMP_DISABLE)" : r == 1 ? " (SUID_DUMP_USER)" : r == 2 ? " (SUID_DUMP_ROOT)" : "");
	expect(ret, "prctl(PR_GET_DUMPABLE)");
	r = sc(SYS_prctl, PR_SET_DUMPABLE, 7, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_SET_DUMPABLE, 0x7 /* SUID_DUMP_??? */)");
	r = sc(SYS_prctl, PR_CAPBSET_READ, 100, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_CAPBSET_READ, 0x64 /* CAP_??? */)");
	r = sc(SYS_prctl, PR_CAPBSET_READ, 5, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_CAPBSET_READ, CAP_KILL)");
	r = sc(SYS_prctl, PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0)");
	r = sc(SYS_prctl, PR_MCE_KILL, PR_MCE_KILL_SET, 7, 0, 0, &err);
	expect(ret_int(r, err), "prctl(PR_MCE_KILL, PR_MCE_KILL_SET, 0x7 /* PR_MCE_KILL_??? */, 0, 0)");
	r = sc(SYS_prctl, PR_SET_MM, 99, 5, 6, 7, &err);
	expect(ret_int(r, err), "prctl(PR_SET_MM, 0x63 /* PR_SET_MM_??? */, 0x5, 0x6, 0x7)");
	r = sc(SYS_prctl, 0x41, 1, 2, 3, 4, &err);
	expect(ret_int(r, err), "prctl(0x41 /* PR_??? */, 0x1, 0x2, 0x3, 0x4)");
	unsigned long tidaddr = 0;
	r = sc(SYS_prctl, PR_GET_TID_ADDRESS, (long)&tidaddr, 0, 0, 0, &err);
	snprintf(text, sizeof(text), "[%s]", ptr((void *)tidaddr));
	expect(ret_int(r, err), "prctl(PR_GET_TID_ADDRESS, %s)", r == 0 ? text : ptr(&tidaddr));
	r = sc(SYS_prctl, PR_GET_SECUREBITS, 0, 0, 0, 0, &err);
	if (r == 0)
		snprintf(ret, sizeof(ret), "0");
	else if (r == 0x10)
		snprintf(ret, sizeof(ret), "0x10 (SECBIT_KEEP_CAPS)");
	else
		snprintf(ret, sizeof(ret), "%s", ret_int(r, err));
	expect(ret, "prctl(PR_GET_SECUREBITS)");
	return 0;
}
