/* Processes: execve, clone, wait4. */
#include <inttypes.h>
#include <string.h>

#include "common.h"
#include "print.h"

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

/* ["ls", "/"]: at most -s elements, then "..." */
static void print_argv(struct dctx *d, uint64_t addr)
{
	bool ok;
	if (!addr) {
		P(d, "NULL");
		return;
	}
	read_word(d, addr, &ok);
	if (!ok) {
		print_ptr(d, addr);
		return;
	}
	P(d, "[");
	for (unsigned i = 0;; i++) {
		uint64_t p = read_word(d, addr + (uint64_t)i * d->abi->wordsize, &ok);
		if (!ok) {
			if (i)
				P(d, ", ");
			P(d, "...");
			break;
		}
		if (!p)
			break;
		if (i)
			P(d, ", ");
		if (i >= (unsigned)d->max_strlen) {
			P(d, "...");
			break;
		}
		print_str(d, p);
	}
	P(d, "]");
}

/* 0x7ffc... followed by a count of the environment strings */
static void print_envp_count(struct dctx *d, uint64_t addr)
{
	bool ok;
	print_ptr(d, addr);
	if (!addr)
		return;
	unsigned n = 0;
	for (;; n++) {
		uint64_t p = read_word(d, addr + (uint64_t)n * d->abi->wordsize, &ok);
		if (!ok || !p)
			break;
	}
	PF(d, " /* %u var%s */", n, n == 1 ? "" : "s");
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

static void print_named_ptr(struct dctx *d, const char *label, const char *arg)
{
	int i = arg_named(d, arg);
	if (i < 0)
		return;
	PF(d, ", %s=", label);
	print_ptr(d, arg_ulong(d, (unsigned)i));
}

DEFINE_DECODER(clone)
{
	int fl = arg_named(d, "flags"), st = arg_named(d, "stack");
	uint64_t flags = fl >= 0 ? arg_ulong(d, (unsigned)fl) : 0;
	P(d, "child_stack=");
	print_ptr(d, st >= 0 ? arg_ulong(d, (unsigned)st) : 0);
	P(d, ", flags=");
	uint64_t sig = flags & 0xff;
	uint64_t rest = flags & ~(uint64_t)0xff;
	if (rest) {
		print_flags(d, XLAT(d->abi, clone_flags), rest, "");
		if (sig)
			P(d, "|");
	}
	if (sig)
		print_signo(d, (int)sig);
	if (!flags)
		P(d, "0");
	if (flags & (XV_CLONE_PARENT_SETTID | XV_CLONE_PIDFD))
		print_named_ptr(d, "parent_tid", "parent_tid");
	if (flags & (XV_CLONE_CHILD_SETTID | XV_CLONE_CHILD_CLEARTID))
		print_named_ptr(d, "child_tidptr", "child_tid");
	if (flags & XV_CLONE_SETTLS) {
		int i = arg_named(d, "tls");
		if (i >= 0) {
			P(d, ", tls=");
			print_hex(d, arg_ulong(d, (unsigned)i));
		}
	}
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

/* rusage, abbreviated as strace prints it without -v */
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
	P(d, ", ...}");
}

DEFINE_DECODER(wait4)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		return DEC_AGAIN;
	}
	uint64_t st = arg_ulong(d, 1);
	int status;
	if (!st)
		P(d, "NULL");
	else if (syserror(d) || d->sc->rval == 0)
		print_ptr(d, st);
	else if (d->mem->read(d->mem, st, &status, 4) == 0)
		print_wait_status(d, status);
	else
		print_ptr(d, st);
	P(d, ", ");
	print_flags(d, XLAT(d->abi, wait_options), (uint32_t)arg_ulong(d, 2), "W???");
	P(d, ", ");
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 3));
	else
		print_rusage(d, arg_ulong(d, 3));
	return DEC_DONE;
}
