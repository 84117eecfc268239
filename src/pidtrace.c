/* -Y: command names after pids.  A pid found in a syscall's arguments or
 * result is looked up in /proc each time it is printed (those calls are
 * rare); the line prefix uses a per-thread cache refreshed at exec. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

void print_pid_arg(struct dctx *d, int pid)
{
	print_pid_plain(d, pid);
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
