/* -Y: command names after pids; decode-pids=pidns: what a pid of a
 * tracee in another pid namespace is in ours.  A pid found in a syscall's arguments or
 * result is looked up in /proc each time it is printed (those calls are
 * rare); the line prefix uses a per-thread cache refreshed at exec. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "error.h"
#include "pidtrace.h"
#include "print.h"

unsigned decode_pid_kinds;

static bool read_comm(pid_t pid, char *buf, size_t n)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return false;
	bool ok = fgets(buf, (int)n, f) != NULL;
	fclose(f);
	if (ok)
		buf[strcspn(buf, "\n")] = '\0';
	return ok && buf[0];
}

static void print_comm(struct dctx *d, const char *comm)
{
	P(d, "<");
	print_quoted(d, (const unsigned char *)comm, strlen(comm), QUOTE_FD_PATH);
	P(d, ">");
}

void print_pid_plain(struct dctx *d, int pid)
{
	char comm[64];
	PF(d, "%d", pid);
	if ((decode_pid_kinds & DP_COMM) && pid > 0 && read_comm(pid, comm, sizeof(comm)))
		print_comm(d, comm);
}

/* The inode of a process's pid namespace, 0 if unknown. */
static unsigned long pidns_of(pid_t pid)
{
	char path[64];
	struct stat st;
	snprintf(path, sizeof(path), "/proc/%d/ns/pid", pid);
	return stat(path, &st) ? 0 : (unsigned long)st.st_ino;
}

/* The ids of NSpid in /proc/PID/status, outermost (ours) first. */
static int nspids(pid_t pid, int *ids, int max)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	FILE *f = fopen(path, "re");
	int n = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "NSpid:", 6))
			continue;
		char *p = line + 6, *end;
		for (long v; n < max && (v = strtol(p, &end, 10), end != p); p = end)
			ids[n++] = (int)v;
		break;
	}
	fclose(f);
	return n;
}

/* pid as tracee tid sees it -> pid in our namespace (0: not found).  Only
 * with decode-pids=pidns and a tracee in another namespace does this scan
 * /proc; the namespace check is one stat per call. */
static int translate(pid_t tid, int pid)
{
	static unsigned long self_ns;
	if (!self_ns)
		self_ns = pidns_of(getpid());
	unsigned long ns = pidns_of(tid);
	if (!ns || ns == self_ns)
		return pid;
	int ids[32];
	int level = nspids(tid, ids, 32) - 1;   /* the tracee's depth */
	if (level < 1)
		return 0;
	DIR *dir = opendir("/proc");
	if (!dir)
		return 0;
	int found = 0;
	for (struct dirent *de; !found && (de = readdir(dir));) {
		int cand = atoi(de->d_name);
		if (cand <= 0)
			continue;
		int n = nspids(cand, ids, 32);
		if (n > level && ids[level] == pid && pidns_of(cand) != 0)
			found = ids[0];
	}
	closedir(dir);
	return found;
}

void print_pid_arg(struct dctx *d, int pid)
{
	char comm[64];
	PF(d, "%d", pid);
	bool want_comm = (decode_pid_kinds & DP_COMM) && pid > 0;
	bool want_ns = (decode_pid_kinds & DP_PIDNS) && (pid > 0 || pid < -1);
	if (!want_comm && !want_ns)
		return;
	int real = want_ns ? translate(d->mem->pid, pid < 0 ? -pid : pid) : pid;
	if (!real)
		return;
	if (want_comm && read_comm(real, comm, sizeof(comm)))
		print_comm(d, comm);
	if (want_ns && real != (pid < 0 ? -pid : pid))
		PF(d, " /* %d in strace's PID NS */", real);
}

/* tid -> comm, a small open hash; entries are never freed, only reset */
struct comm_ent {
	pid_t tid;
	bool known;
	char comm[64];
};
#define NCOMM 256
static struct comm_ent comms[NCOMM];

const char *pidtrace_comm(pid_t tid)
{
	if (!(decode_pid_kinds & DP_COMM))
		return "";
	struct comm_ent *e = &comms[(unsigned)tid % NCOMM];
	if (e->tid != tid || !e->known) {
		e->tid = tid;
		e->known = read_comm(tid, e->comm, sizeof(e->comm));
		if (!e->known)
			e->comm[0] = '\0';
	}
	return e->comm;
}

void pidtrace_prefix(struct outfile *f, pid_t pid, bool bare)
{
	const char *comm = pidtrace_comm(pid);
	if (bare)
		out_printf(f, *comm ? "%d" : "%-5d", pid);
	else
		out_printf(f, "[pid %5u", (unsigned)pid);
	if (*comm) {
		struct dctx d = { .out = f };
		print_comm(&d, comm);
	}
	out_puts(f, bare ? " " : "] ");
}

void pidtrace_forget(pid_t tid)
{
	struct comm_ent *e = &comms[(unsigned)tid % NCOMM];
	if (e->tid == tid)
		e->known = false;
}

bool parse_decode_pids(const char *spec)
{
	static const struct { const char *name; unsigned bits; } names[] = {
		{ "pidns", DP_PIDNS }, { "comm", DP_COMM }, { "all", DP_PIDNS | DP_COMM },
		{ "none", 0 },
	};
	bool neg = *spec == '!';
	unsigned bits = 0;
	bool any = false;
	char *copy = strdup(spec + neg);
	if (!copy)
		error_msg_and_die("out of memory");
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		unsigned i;
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (!strcmp(tok, names[i].name))
				break;
		if (i == sizeof(names) / sizeof(names[0])) {
			error_msg("invalid decode-pids '%s'", tok);
			free(copy);
			return false;
		}
		bits |= names[i].bits;
		any = true;
	}
	free(copy);
	if (!any) {
		error_msg("invalid decode-pids '%s'", spec);
		return false;
	}
	decode_pid_kinds = neg ? (DP_PIDNS | DP_COMM) & ~bits : bits;
	return true;
}
