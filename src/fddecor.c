/* What -y/-yy print after an fd, in strace's order of preference: socket
 * details, device numbers, eventfd state, pidfd's pid, signalfd's mask,
 * then the path.  Everything but the eventfd counter (which changes with
 * every read and write) is computed once per cached fd. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/common.h"
#include "fddecor.h"
#include "fdpath.h"
#include "pidtrace.h"
#include "print.h"
#include "sockdiag.h"

/* Looks for "KEY" at the start of a line of /proc/TID/fdinfo/FD and calls
 * fn with the rest of each line found, in the order of keys. */
static bool read_fdinfo(pid_t tid, int fd, const char *const keys[], unsigned nkeys,
			char vals[][40])
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/fdinfo/%d", tid, fd);
	FILE *f = fopen(path, "re");
	if (!f)
		return false;
	bool any = false;
	while (fgets(line, sizeof(line), f)) {
		for (unsigned i = 0; i < nkeys; i++) {
			size_t kl = strlen(keys[i]);
			if (!vals[i][0] && !strncmp(line, keys[i], kl)) {
				const char *v = line + kl;
				v += strspn(v, " \t");
				size_t vl = strcspn(v, "\n");
				if (vl >= 40)
					vl = 39;
				memcpy(vals[i], v, vl);
				vals[i][vl] = '\0';
				any = true;
			}
		}
	}
	fclose(f);
	return any;
}

static void load_info(struct fdent *e, pid_t tid, int fd)
{
	if (e->info_tried)
		return;
	e->info_tried = true;
	if (e->kind == FDK_PIDFD) {
		static const char *const k[] = { "Pid:" };
		char v[1][40] = { "" };
		e->pid = -1;
		if (read_fdinfo(tid, fd, k, 1, v) && v[0][0])
			e->pid = atoi(v[0]);
		e->info_ok = e->pid > 0;
	} else if (e->kind == FDK_SIGNALFD) {
		static const char *const k[] = { "sigmask:" };
		char v[1][40] = { "" };
		if (!read_fdinfo(tid, fd, k, 1, v) || strlen(v[0]) != 16)
			return;
		/* 16 hex digits, most significant first: byte i is bits 8i.. */
		for (int i = 0; i < 8; i++) {
			unsigned b;
			if (sscanf(v[0] + 2 * (7 - i), "%2x", &b) != 1)
				return;
			e->sigmask[i] = (unsigned char)b;
		}
		e->info_ok = true;
	}
}

static void print_path_part(struct dctx *d, const char *path)
{
	print_quoted(d, (const unsigned char *)path, strlen(path), QUOTE_FD_PATH);
}

static bool print_socket(struct dctx *d, struct fdent *e, int fd)
{
	if (!e->sock_tried) {
		e->sock_tried = true;
		if (!e->sock)
			e->sock = malloc(sizeof(*e->sock));
		if (e->sock && !sockdiag_lookup(d->mem->pid, fd, e->ino, e->sock)) {
			free(e->sock);
			e->sock = NULL;
		}
	}
	if (!e->sock) {
		/* a protocol strace does not name: the link text */
		P(d, "<");
		P(d, e->path);
		P(d, ">");
		return true;
	}
	P(d, "<");
	P(d, e->sock->text);
	if (e->sock->is_unix) {
		if (e->sock->has_path) {
			P(d, e->sock->abstract ? ",@" : ",");
			print_quoted(d, (const unsigned char *)e->sock->path, e->sock->path_len,
				     QUOTE_NUL_TERMINATED);
		}
		P(d, "]");
	}
	P(d, ">");
	return true;
}

static bool print_eventfd(struct dctx *d, struct fdent *e, int fd)
{
	static const char *const k[] = { "eventfd-count:", "eventfd-id:", "eventfd-semaphore:" };
	char v[3][40] = { "", "", "" };
	read_fdinfo(d->mem->pid, fd, k, 3, v);
	if (!v[0][0]) {
		PF(d, "<%s>", e->path);
		return true;
	}
	PF(d, "<{eventfd-count=%s%s", v[0][0] != '0' ? "0x" : "", v[0]);
	if (v[1][0]) {
		PF(d, ", eventfd-id=%u", (unsigned)strtoul(v[1], NULL, 10));
		if (v[2][0])
			PF(d, ", eventfd-semaphore=%u", (unsigned)strtoul(v[2], NULL, 10));
	}
	P(d, "}>");
	return true;
}

void fddecor_print(struct dctx *d, int fd)
{
	struct fdent *e = fdpath_ent(d->mem->pid, d->tgid, fd);
	if (!e)
		return;
	unsigned k = decode_fd_kinds;
	switch (e->kind) {
	case FDK_SOCKET:
		if ((k & DF_SOCKET) && print_socket(d, e, fd))
			return;
		break;
	case FDK_DEV:
		if (k & DF_DEV) {
			/* (strace 6.1's form: later versions add " @/dev/pts/N"
			 * for /dev/ptmx) */
			P(d, "<");
			print_path_part(d, e->path);
			PF(d, "<%s %u:%u>>", e->dev_block ? "block" : "char", e->dev_major, e->dev_minor);
			return;
		}
		break;
	case FDK_EVENTFD:
		if ((k & DF_EVENTFD) && print_eventfd(d, e, fd))
			return;
		break;
	case FDK_PIDFD:
		if (k & DF_PIDFD) {
			load_info(e, d->mem->pid, fd);
			if (e->info_ok) {
				P(d, "<pid:");
				print_pid_plain(d, e->pid);
				P(d, ">");
			} else {
				PF(d, "<%s>", e->path);
			}
			return;
		}
		break;
	case FDK_SIGNALFD:
		if (k & DF_SIGNALFD) {
			load_info(e, d->mem->pid, fd);
			if (e->info_ok) {
				P(d, "<signalfd:");
				print_sigmask_bytes(d, e->sigmask, 8);
				P(d, ">");
				return;
			}
		}
		break;
	}
	if (k & DF_PATH) {
		P(d, "<");
		print_path_part(d, e->path);
		P(d, ">");
		if (e->deleted)
			P(d, "(deleted)");
	}
}
