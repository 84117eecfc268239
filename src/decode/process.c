/* Processes: execve, execveat, clone, clone3, wait4, waitid. */
#include <inttypes.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "pidtrace.h"
#include "print.h"
#include "printopts.h"

static uint64_t read_word(struct dctx *d, uint64_t addr, bool *ok)
{
	if (d->abi->wordsize == 8) {
		uint64_t v;
		*ok = d->mem->read(d->mem, addr, &v, 8) == 0;
		return *ok ? v : 0;
	}
	uint32_t v;
	*ok = d->mem->read(d->mem, addr, &v, 4) == 0;
	return *ok ? v : 0;
}

/* ["ls", "/"]: at most -s elements, then "..." (all of them with -v); a slot that cannot be
 * read ends the list with "..." and its address in a comment */
static void print_argv(struct dctx *d, uint64_t addr)
{
	bool ok;
	if (!addr || !verbose(d)) {
		print_ptr(d, addr);
		return;
	}
	read_word(d, addr, &ok);
	if (!ok) {
		print_ptr(d, addr);
		return;
	}
	P(d, "[");
	for (unsigned i = 0;; i++) {
		uint64_t slot = addr + (uint64_t)i * d->abi->wordsize;
		uint64_t p = read_word(d, slot, &ok);
		if (!ok) {
			PF(d, ", ... /* %#" PRIx64 " */", slot);
			break;
		}
		if (!p)
			break;
		if (i)
			P(d, ", ");
		if (i >= (unsigned)d->max_strlen && abbrev(d)) {
			P(d, "...");
			break;
		}
		print_str(d, p);
	}
	P(d, "]");
}

/* 0x7ffc... followed by a count of the environment strings; with -v the
 * strings, as argv */
static void print_envp_count(struct dctx *d, uint64_t addr)
{
	bool ok;
	if (!abbrev(d)) {
		print_argv(d, addr);
		return;
	}
	print_ptr(d, addr);
	if (!addr || !verbose(d))
		return;
	read_word(d, addr, &ok);
	if (!ok)
		return;
	unsigned n = 0;
	for (;; n++) {
		uint64_t p = read_word(d, addr + (uint64_t)n * d->abi->wordsize, &ok);
		if (!ok || !p)
			break;
	}
	PF(d, " /* %u var%s%s */", n, n == 1 ? "" : "s", ok ? "" : ", unterminated");
}

DEFINE_DECODER(execve)
{
	print_path(d, arg_ulong(d, 0));
	P(d, ", ");
	print_argv(d, arg_ulong(d, 1));
	P(d, ", ");
	print_envp_count(d, arg_ulong(d, 2));
	return DEC_DONE;
}

DEFINE_DECODER(execveat)
{
	print_dirfd(d, arg_int(d, 0));
	P(d, ", ");
	print_path(d, arg_ulong(d, 1));
	P(d, ", ");
	print_argv(d, arg_ulong(d, 2));
	P(d, ", ");
	print_envp_count(d, arg_ulong(d, 3));
	P(d, ", ");
	print_flags(d, XLAT(d->abi, at_flags), (uint32_t)arg_ulong(d, 4), "AT_???");
	return DEC_DONE;
}

/* The position of an argument by its name in tables/signatures.def: the
 * clone argument order differs between ABIs and lives there. */
static int arg_named(const struct dctx *d, const char *name)
{
	const struct sysent *e = d->sc->ent;
	for (unsigned i = 0; i < e->nargs; i++)
		if (!strcmp(e->args[i].name, name))
			return (int)i;
	return -1;
}

static uint64_t named_value(const struct dctx *d, const char *name)
{
	int i = arg_named(d, name);
	return i >= 0 ? arg_ulong(d, (unsigned)i) : 0;
}

enum int_kind { INT_SIGNED, INT_UNSIGNED, INT_FD };

/* [123] from an int the kernel wrote at exit; the address when it could
 * not (error, NULL, unreadable) */
static void print_int_at(struct dctx *d, uint64_t addr, enum int_kind kind)
{
	int32_t v;
	if (!addr || syserror(d) || dread(d, addr, &v, 4) != 0) {
		print_ptr(d, addr);
		return;
	}
	P(d, "[");
	if (kind == INT_FD)
		print_fd(d, v);
	else if (kind == INT_UNSIGNED)
		PF(d, "%" PRIu32, (uint32_t)v);
	else
		PF(d, "%" PRId32, v);
	P(d, "]");
}

/* struct user_desc, as i386 passes the thread area to clone */
static void print_user_desc(struct dctx *d, uint64_t addr)
{
	unsigned char b[16];
	if (!fetch_struct(d, addr, b, sizeof(b)))
		return;
	uint32_t entry = (uint32_t)field_u(b, 0, 4);
	uint32_t bits = (uint32_t)field_u(b, 12, 4);
	if (entry == UINT32_MAX)
		P(d, "{entry_number=-1");
	else
		PF(d, "{entry_number=%" PRIu32, entry);
	PF(d, ", base_addr=%#08" PRIx32 ", limit=%#08" PRIx32, (uint32_t)field_u(b, 4, 4),
	   (uint32_t)field_u(b, 8, 4));
	PF(d, ", seg_32bit=%u, contents=%u, read_exec_only=%u, limit_in_pages=%u"
	   ", seg_not_present=%u, useable=%u}",
	   bits & 1, (bits >> 1) & 3, (bits >> 3) & 1, (bits >> 4) & 1, (bits >> 5) & 1,
	   (bits >> 6) & 1);
}

static void print_tls(struct dctx *d, uint64_t tls)
{
	if (d->abi->id == ABI_I386)
		print_user_desc(d, tls);
	else
		print_ptr(d, tls);
}

/* flags without the exit signal, then "|" and the signal */
static void print_clone_flags(struct dctx *d, uint64_t flags)
{
	uint64_t sig = flags & 0xff;
	uint64_t rest = flags & ~(uint64_t)0xff;
	if (rest) {
		print_flags(d, XLAT(d->abi, clone_flags), rest, NULL);
		if (sig)
			P(d, "|");
	}
	if (sig)
		print_signo(d, (int)sig);
	if (!flags)
		P(d, "0");
}

/* The stack and flags at entry; the pointers after them at exit, where
 * the parent's tid (or the pidfd) has been written. */
DEFINE_DECODER(clone)
{
	uint64_t flags = named_value(d, "flags");
	uint64_t later = XV_CLONE_PARENT_SETTID | XV_CLONE_PIDFD | XV_CLONE_CHILD_SETTID |
			 XV_CLONE_CHILD_CLEARTID | XV_CLONE_SETTLS;
	if (!d->exiting) {
		P(d, "child_stack=");
		print_ptr(d, named_value(d, "stack"));
		P(d, ", flags=");
		print_clone_flags(d, flags);
		return flags & later ? DEC_AGAIN : DEC_DONE;
	}
	if (flags & (XV_CLONE_PARENT_SETTID | XV_CLONE_PIDFD)) {
		P(d, ", parent_tid=");
		print_int_at(d, named_value(d, "parent_tid"),
			     flags & XV_CLONE_PARENT_SETTID ? INT_UNSIGNED : INT_FD);
	}
	if (flags & XV_CLONE_SETTLS) {
		P(d, ", tls=");
		print_tls(d, named_value(d, "tls"));
	}
	if (flags & (XV_CLONE_CHILD_SETTID | XV_CLONE_CHILD_CLEARTID)) {
		P(d, ", child_tidptr=");
		print_ptr(d, named_value(d, "child_tid"));
	}
	return DEC_DONE;
}

/* struct clone_args: the same 64-bit layout on every ABI */
#define CA_U(b, f) field_u(b, OFF(d->abi, clone_args, f), FSZ(d->abi, clone_args, f))
#define CA_HAS(f) ((uint64_t)OFF(d->abi, clone_args, f) + (uint64_t)FSZ(d->abi, clone_args, f))

/* set_tid=[1, 2]: pids, at most -s of them */
static void print_pid_array(struct dctx *d, uint64_t addr, uint64_t n)
{
	int32_t v;
	if (dread(d, addr, &v, 4) != 0) {
		print_ptr(d, addr);
		return;
	}
	P(d, "[");
	for (uint64_t i = 0; i < n; i++) {
		if (i)
			P(d, ", ");
		if (i >= (uint64_t)d->max_strlen && abbrev(d)) {
			P(d, "...");
			break;
		}
		if (dread(d, addr + i * 4, &v, 4) != 0) {
			PF(d, "... /* %#" PRIx64 " */", addr + i * 4);
			break;
		}
		PF(d, "%" PRId32, v);
	}
	P(d, "]");
}

/* Bytes past the struct the kernel knows (up to a page), when not all
 * zero: prefix, a comment with their offsets ("bytes 88..127"), then the
 * bytes in hex cut at -s; "???" if unreadable.  Returns whether it
 * printed. */
static bool print_tail_bytes(struct dctx *d, const char *prefix, uint64_t addr, uint64_t from,
			     uint64_t size)
{
	long page = sysconf(_SC_PAGESIZE);
	if (page > 0 && size > (uint64_t)page)
		size = (uint64_t)page;
	if (from >= size)
		return false;
	uint64_t n = size - from;
	unsigned char *buf = malloc((size_t)n);
	if (!buf || dread(d, addr + from, buf, (size_t)n) != 0) {
		PF(d, "%s???", prefix);
		free(buf);
		return true;
	}
	uint64_t i = 0;
	while (i < n && !buf[i])
		i++;
	if (i == n) {
		free(buf);
		return false;
	}
	PF(d, "%s/* bytes %" PRIu64 "..%" PRIu64 " */ ", prefix, from, size - 1);
	size_t show = n > (uint64_t)d->max_strlen ? (size_t)d->max_strlen : (size_t)n;
	print_quoted(d, buf, show, QUOTE_FORCE_HEX);
	if (show < n)
		P(d, "...");
	free(buf);
	return true;
}

DEFINE_DECODER(clone3)
{
	unsigned char b[MAX_STRUCT];
	uint64_t addr = arg_ulong(d, 0), size = arg_ulong(d, 1);
	uint64_t full = (uint64_t)SZ(d->abi, clone_args);
	uint64_t fetch = size < full ? size : full;
	if (!d->exiting) {
		memset(b, 0, sizeof(b));
		if (fetch < CA_HAS(tls)) {
			print_ptr(d, addr);
		} else if (fetch_struct(d, addr, b, (size_t)fetch)) {
			uint64_t flags = CA_U(b, flags);
			P(d, "{flags=");
			print_flags(d, XLAT(d->abi, clone3_flags), flags, NULL);
			if (flags & XV_CLONE_PIDFD) {
				P(d, ", pidfd=");
				print_ptr(d, CA_U(b, pidfd));
			}
			if (flags & (XV_CLONE_CHILD_SETTID | XV_CLONE_CHILD_CLEARTID)) {
				P(d, ", child_tid=");
				print_ptr(d, CA_U(b, child_tid));
			}
			if (flags & XV_CLONE_PARENT_SETTID) {
				P(d, ", parent_tid=");
				print_ptr(d, CA_U(b, parent_tid));
			}
			uint64_t sig = CA_U(b, exit_signal);
			P(d, ", exit_signal=");
			if (sig < INT32_MAX)
				print_signo(d, (int)sig);
			else
				PF(d, "%" PRIu64, sig);
			P(d, ", stack=");
			print_ptr(d, CA_U(b, stack));
			P(d, ", stack_size=");
			print_hex(d, CA_U(b, stack_size));
			if (flags & XV_CLONE_SETTLS) {
				P(d, ", tls=");
				print_tls(d, CA_U(b, tls));
			}
			uint64_t set_tid = CA_U(b, set_tid), nset = CA_U(b, set_tid_size);
			if (set_tid || nset) {
				P(d, ", set_tid=");
				if (!set_tid || !nset || nset > 32)
					print_ptr(d, set_tid);
				else
					print_pid_array(d, set_tid, nset);
				PF(d, ", set_tid_size=%" PRIu64, nset);
			}
			if (fetch > (uint64_t)OFF(d->abi, clone_args, cgroup) &&
			    (CA_U(b, cgroup) || (flags & XV_CLONE_INTO_CGROUP)))
				PF(d, ", cgroup=%" PRIu64, CA_U(b, cgroup));
			if (size > fetch)
				print_tail_bytes(d, ", ", addr, fetch, size);
			P(d, "}");
			if ((flags & (XV_CLONE_PIDFD | XV_CLONE_PARENT_SETTID)) || size > fetch)
				return DEC_AGAIN;
		}
		PF(d, ", %" PRIu64, size);
		return DEC_DONE;
	}
	/* what the kernel wrote back for the parent */
	if (!syserror(d)) {
		if (dread(d, addr, b, (size_t)fetch) != 0) {
			P(d, " => ");
			print_ptr(d, addr);
		} else {
			uint64_t flags = CA_U(b, flags);
			const char *sep = " => {";
			if (flags & XV_CLONE_PIDFD) {
				PF(d, "%spidfd=", sep);
				print_int_at(d, CA_U(b, pidfd), INT_FD);
				sep = ", ";
			}
			if (flags & XV_CLONE_PARENT_SETTID) {
				PF(d, "%sparent_tid=", sep);
				print_int_at(d, CA_U(b, parent_tid), INT_SIGNED);
				sep = ", ";
			}
			if (size > fetch && print_tail_bytes(d, sep, addr, fetch, size))
				sep = ", ";
			if (sep[0] == ',')
				P(d, "}");
		}
	}
	PF(d, ", %" PRIu64, size);
	return DEC_DONE;
}

/* [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] */
void print_wait_status(struct dctx *d, int s)
{
	P(d, "[{");
	if ((s & 0x7f) == 0) {
		PF(d, "WIFEXITED(s) && WEXITSTATUS(s) == %d", (s >> 8) & 0xff);
	} else if ((s & 0xff) == 0x7f) {
		P(d, "WIFSTOPPED(s) && WSTOPSIG(s) == ");
		print_signo(d, (s >> 8) & 0xff);
		if (s >> 16)
			PF(d, " && s>>16 == %d", s >> 16);
	} else if (s == 0xffff) {
		P(d, "WIFCONTINUED(s)");
	} else {
		P(d, "WIFSIGNALED(s) && WTERMSIG(s) == ");
		print_signo(d, s & 0x7f);
		if (s & 0x80)
			P(d, " && WCOREDUMP(s)");
	}
	P(d, "}]");
}

/* rusage: the times, then "..." as strace prints it without -v; every
 * field with -v */
void print_rusage(struct dctx *d, uint64_t addr)
{
	unsigned char buf[MAX_STRUCT];
	int size = SZ(d->abi, rusage);
	if (!addr) {
		P(d, "NULL");
		return;
	}
	if (size <= 0 || size > MAX_STRUCT) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size))
		return;
	int ws = d->abi->wordsize;
	P(d, "{ru_utime=");
	print_timeval_at(d, buf + OFF(d->abi, rusage, ru_utime), ws);
	P(d, ", ru_stime=");
	print_timeval_at(d, buf + OFF(d->abi, rusage, ru_stime), ws);
	if (abbrev(d)) {
		P(d, ", ...}");
		return;
	}
#define RU(f) PF(d, ", " #f "=%" PRId64, FIELD_S(d, buf, rusage, f))
	RU(ru_maxrss); RU(ru_ixrss); RU(ru_idrss); RU(ru_isrss);
	RU(ru_minflt); RU(ru_majflt); RU(ru_nswap); RU(ru_inblock);
	RU(ru_oublock); RU(ru_msgsnd); RU(ru_msgrcv); RU(ru_nsignals);
	RU(ru_nvcsw); RU(ru_nivcsw);
#undef RU
	P(d, "}");
}

/* wait4 and waitpid: pid, then at exit the status and the options */
static void print_wait_common(struct dctx *d)
{
	uint64_t st = arg_ulong(d, 1);
	int status;
	if (!st)
		P(d, "NULL");
	else if (syserror(d) || d->sc->rval == 0)
		print_ptr(d, st);
	else if (dread(d, st, &status, 4) == 0)
		print_wait_status(d, status);
	else
		print_ptr(d, st);
	P(d, ", ");
	print_flags(d, XLAT(d->abi, wait_options), (uint32_t)arg_ulong(d, 2), "W???");
}

DEFINE_DECODER(wait4)
{
	if (!d->exiting) {
		print_pid_arg(d, arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_wait_common(d);
	P(d, ", ");
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 3));
	else
		print_rusage(d, arg_ulong(d, 3));
	return DEC_DONE;
}

/* waitpid (i386): wait4 without the rusage */
DEFINE_DECODER(waitpid)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		return DEC_AGAIN;
	}
	print_wait_common(d);
	return DEC_DONE;
}

/* The siginfo waitid fills in (a child's state change), from the
 * tracee's layout; "{}" when no child had one (WNOHANG). */
static void print_waitid_siginfo(struct dctx *d, uint64_t addr)
{
	unsigned char b[MAX_STRUCT];
	int size = SZ(d->abi, siginfo);
	if (!addr || syserror(d) || size <= 0 || size > MAX_STRUCT) {
		print_ptr(d, addr);
		return;
	}
	if (fetch_struct(d, addr, b, (size_t)size))
		print_siginfo_buf(d, d->abi, b);
}

DEFINE_DECODER(waitid)
{
	if (!d->exiting) {
		print_xval(d, XLAT(d->abi, waitid_types), (uint32_t)arg_ulong(d, 0), NULL);
		PF(d, ", %d, ", arg_int(d, 1));
		return DEC_AGAIN;
	}
	print_waitid_siginfo(d, arg_ulong(d, 2));
	P(d, ", ");
	print_flags(d, XLAT(d->abi, wait_options), (uint32_t)arg_ulong(d, 3), "W???");
	if (d->sc->ent->nargs > 4) {
		P(d, ", ");
		if (syserror(d))
			print_ptr(d, arg_ulong(d, 4));
		else
			print_rusage(d, arg_ulong(d, 4));
	}
	return DEC_DONE;
}
