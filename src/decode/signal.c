/* Signals: masks, sigaction, sigprocmask, siginfo from tracee memory, the
 * rt_sig* calls, sigaltstack, signalfd. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

/* [HUP CHLD], or ~[KILL STOP] when two thirds of the bits are set; the
 * mask is looked at in whole 32-bit words, as strace does */
static void sprint_sigmask(char *out, size_t n, const unsigned char *m, unsigned nbytes)
{
	unsigned char w[8] = { 0 };
	if (nbytes > sizeof(w))
		nbytes = sizeof(w);
	memcpy(w, m, nbytes);
	unsigned nsig = (nbytes + 3) / 4 * 32, set = 0;
	for (unsigned i = 0; i < nsig; i++)
		set += (w[i / 8] >> (i % 8)) & 1;
	bool invert = set >= nsig * 2 / 3;
	size_t len = (size_t)snprintf(out, n, "%s[", invert ? "~" : "");
	bool first = true;
	for (unsigned i = 0; i < nsig && len < n; i++) {
		bool bit = (w[i / 8] >> (i % 8)) & 1;
		if (bit == invert)
			continue;
		const char *name = signame((int)i + 1);
		if (name && xlat_style == XLAT_STYLE_VERBOSE)
			len += (size_t)snprintf(out + len, n - len, "%s%u /* %s */", first ? "" : " ", i + 1, name + 3);
		else if (name && xlat_style == XLAT_STYLE_ABBREV)
			len += (size_t)snprintf(out + len, n - len, "%s%s", first ? "" : " ", name + 3);
		else
			len += (size_t)snprintf(out + len, n - len, "%s%u", first ? "" : " ", i + 1);
		first = false;
	}
	if (len < n)
		snprintf(out + len, n - len, "]");
}

void print_sigmask_bytes(struct dctx *d, const unsigned char *m, unsigned nbytes)
{
	char buf[768];
	sprint_sigmask(buf, sizeof(buf), m, nbytes);
	P(d, buf);
}

/* A sigset of len bytes at addr: NULL, or the address when len is outside
 * [min_len, 8] (the kernel's sigset is 64 bits), when unreadable, or at the
 * exit of a failed call. */
void print_sigset_len(struct dctx *d, uint64_t addr, uint64_t len, unsigned min_len)
{
	unsigned char m[8];
	if (!addr) {
		P(d, "NULL");
		return;
	}
	if (len < min_len || len > sizeof(m)) {
		print_ptr(d, addr);
		return;
	}
	if (fetch_or_addr(d, addr, m, (size_t)len))
		print_sigmask_bytes(d, m, (unsigned)len);
}

/* rt_sigprocmask and the like: the size must be at least a word */
void print_sigmask_at(struct dctx *d, uint64_t addr, uint64_t size)
{
	print_sigset_len(d, addr, size, d->abi->wordsize);
}

static void print_sa_handler(struct dctx *d, uint64_t h)
{
	uint64_t all = d->abi->wordsize == 4 ? UINT32_MAX : UINT64_MAX;
	if (xlat_style != XLAT_STYLE_ABBREV && (h <= 1 || h == all)) {
		char num[24];
		snprintf(num, sizeof(num), "%#" PRIx64, h);
		if (style_begin(d, num))
			return;
		P(d, h == 0 ? "SIG_DFL" : h == 1 ? "SIG_IGN" : "SIG_ERR");
		style_end(d);
	} else if (h == 0)
		P(d, "SIG_DFL");
	else if (h == 1)
		P(d, "SIG_IGN");
	else if (h == all)
		P(d, "SIG_ERR");
	else
		print_hex(d, h);
}

static void print_sigaction(struct dctx *d, uint64_t addr)
{
	unsigned char buf[MAX_STRUCT];
	int size = SZ(d->abi, kernel_sigaction);
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
	uint64_t flags = FIELD_U(d, buf, kernel_sigaction, sa_flags);
	P(d, "{sa_handler=");
	print_sa_handler(d, FIELD_U(d, buf, kernel_sigaction, sa_handler));
	P(d, ", sa_mask=");
	print_sigmask_bytes(d, buf + OFF(d->abi, kernel_sigaction, sa_mask),
			    (unsigned)FSZ(d->abi, kernel_sigaction, sa_mask));
	P(d, ", sa_flags=");
	print_flags(d, XLAT(d->abi, sa_flags), flags, "SA_???");
	int64_t restorer_flag = LAYOUT(d->abi, SA_RESTORER);
	if (restorer_flag > 0 && (flags & (uint64_t)restorer_flag) && OFF(d->abi, kernel_sigaction, sa_restorer) >= 0) {
		P(d, ", sa_restorer=");
		print_ptr(d, FIELD_U(d, buf, kernel_sigaction, sa_restorer));
	}
	P(d, "}");
}

DEFINE_DECODER(rt_sigaction)
{
	if (!d->exiting) {
		print_signo(d, arg_int(d, 0));
		P(d, ", ");
		print_sigaction(d, arg_ulong(d, 1));
		P(d, ", ");
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 2));
	else
		print_sigaction(d, arg_ulong(d, 2));
	PF(d, ", %" PRIu64, arg_ulong(d, 3));
	return DEC_DONE;
}

DEFINE_DECODER(rt_sigprocmask)
{
	uint64_t size = arg_ulong(d, 3);
	if (!d->exiting) {
		print_xval(d, XLAT(d->abi, sigprocmask_how), (uint32_t)arg_ulong(d, 0), "SIG_???");
		P(d, ", ");
		print_sigmask_at(d, arg_ulong(d, 1), size);
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_sigmask_at(d, arg_ulong(d, 2), size);
	PF(d, ", %" PRIu64, size);
	return DEC_DONE;
}

/* rt_sigreturn({mask=[...]}): the mask the kernel is about to restore,
 * read from the signal frame at the stack pointer. */
DEFINE_DECODER(rt_sigreturn)
{
	int off = LAYOUT(d->abi, sigreturn_mask_from_sp);
	unsigned char m[8];
	if (off >= 0 && !verbose(d)) {
		/* -e verbose=: where the mask is */
		P(d, "{mask=");
		print_ptr(d, d->sc->sp + (uint64_t)off);
		P(d, "}");
	} else if (off >= 0 && d->mem->read(d->mem, d->sc->sp + (uint64_t)off, m, sizeof(m)) == 0) {
		P(d, "{mask=");
		print_sigmask_bytes(d, m, sizeof(m));
		P(d, "}");
	}
	return DEC_DONE;
}

DEFINE_DECODER(rt_sigpending)
{
	if (!d->exiting)
		return DEC_AGAIN;
	/* the kernel accepts any size up to 8 here (sigpending reuses it) */
	print_sigset_len(d, arg_ulong(d, 0), arg_ulong(d, 1), 1);
	PF(d, ", %" PRIu64, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(rt_sigsuspend)
{
	print_sigmask_at(d, arg_ulong(d, 0), arg_ulong(d, 1));
	PF(d, ", %" PRIu64, arg_ulong(d, 1));
	return DEC_DONE;
}


/* ---- siginfo_t from tracee memory ---- */

#define SI_U(abi, b, f) field_u(b, OFF(abi, siginfo, f), FSZ(abi, siginfo, f))
#define SI_S(abi, b, f) field_s(b, OFF(abi, siginfo, f), FSZ(abi, siginfo, f))

/* The si_code names of one signal. */
static const struct xlat *code_set_of(const struct abi *abi, int sig)
{
	switch (sig) {
	case XV_SIGTRAP: return XLAT(abi, trap_codes);
	case XV_SIGCHLD: return XLAT(abi, cld_codes);
	case XV_SIGIO: return XLAT(abi, poll_codes);
	case XV_SIGILL: return XLAT(abi, ill_codes);
	case XV_SIGFPE: return XLAT(abi, fpe_codes);
	case XV_SIGSEGV: return XLAT(abi, segv_codes);
	case XV_SIGBUS: return XLAT(abi, bus_codes);
	case XV_SIGSYS: return XLAT(abi, sys_codes);
	}
	return NULL;
}

/* clock ticks, and when not 0 the seconds they make as a comment */
static void print_ticks(struct dctx *d, uint64_t ticks)
{
	static long hz;
	if (!hz)
		hz = sysconf(_SC_CLK_TCK);
	PF(d, "%" PRIu64, ticks);
	if (!ticks || hz <= 0)
		return;
	uint64_t scale = 1;
	int digits = 0;
	while (scale < (uint64_t)hz) {
		scale *= 10;
		digits++;
	}
	PF(d, " /* %" PRIu64 ".%0*" PRIu64 " s */", ticks / (uint64_t)hz, digits,
	   ticks % (uint64_t)hz * scale / (uint64_t)hz);
}

static void print_uid32(struct dctx *d, uint32_t uid)
{
	if (uid == UINT32_MAX)
		P(d, "-1");
	else
		PF(d, "%u", uid);
}

/* si_syscall of SIGSYS: "__NR_name" in the tracee's own ABI, "N" with the
 * name as a comment in the other ABI of the same machine, else N */
static void print_si_syscall(struct dctx *d, int nr, uint32_t arch)
{
	const struct abi *a = abi_by_audit_arch(arch);
	const struct sysent *e = a && nr >= 0 ? sysent_lookup(a, (uint64_t)nr) : NULL;
	bool same = a == d->abi;
	bool sibling = a && !same &&
		((a->id == ABI_X86_64 && d->abi->id == ABI_I386) ||
		 (a->id == ABI_I386 && d->abi->id == ABI_X86_64) ||
		 (a->id == ABI_AARCH64 && d->abi->id == ABI_ARM) ||
		 (a->id == ABI_ARM && d->abi->id == ABI_AARCH64));
	if (e && same)
		PF(d, "__NR_%s", e->name);
	else if (e && sibling)
		PF(d, "%d /* %s */", nr, e->name);
	else
		PF(d, "%d", nr);
}

static void print_si_source(struct dctx *d, const struct abi *l, const unsigned char *b)
{
	PF(d, ", si_pid=%d, si_uid=", (int)SI_S(l, b, si_pid));
	print_uid32(d, (uint32_t)SI_U(l, b, si_uid));
}

static void print_si_value(struct dctx *d, const struct abi *l, const unsigned char *b)
{
	PF(d, ", si_int=%d, si_ptr=", (int)SI_S(l, b, si_int));
	print_ptr(d, SI_U(l, b, si_ptr));
}

void print_siginfo_buf(struct dctx *d, const struct abi *l, const unsigned char *b)
{
	int sig = (int)SI_S(l, b, si_signo);
	int code = (int)SI_S(l, b, si_code);
	int err = (int)SI_S(l, b, si_errno);
	if (!sig) {
		P(d, "{}");
		return;
	}
	P(d, "{si_signo=");
	print_signo(d, sig);
	P(d, ", si_code=");
	const char *cname = xlat_name(XLAT(l, si_codes), (uint64_t)(int64_t)code);
	if (!cname)
		cname = xlat_name(code_set_of(l, sig), (uint64_t)(int64_t)code);
	char num[16];
	snprintf(num, sizeof(num), "%#x", (unsigned)code);
	if (cname && (xlat_style == XLAT_STYLE_ABBREV || !style_begin(d, num))) {
		P(d, cname);
		style_end(d);
	} else if (!cname) {
		P(d, num);
	}
	if (err) {
		P(d, ", si_errno=");
		if ((unsigned)err < errno_table_size && errno_table[err].name)
			P(d, errno_table[err].name);
		else
			PF(d, "%u", (unsigned)err);
	}
	if (code <= 0) {
		/* sent by a process */
		switch (code) {
		case XV_SI_USER: case XV_SI_TKILL:
			print_si_source(d, l, b);
			break;
		case XV_SI_TIMER:
			PF(d, ", si_timerid=%#x, si_overrun=%d", (unsigned)SI_U(l, b, si_timerid),
			   (int)SI_S(l, b, si_overrun));
			print_si_value(d, l, b);
			break;
		case XV_SI_SIGIO:
			PF(d, ", si_band=%" PRId64 ", si_fd=%d", SI_S(l, b, si_band), (int)SI_S(l, b, si_fd));
			break;
		default:
			print_si_source(d, l, b);
			if (SI_U(l, b, si_ptr))
				print_si_value(d, l, b);
		}
		P(d, "}");
		return;
	}
	switch (sig) {
	case XV_SIGCHLD:
		print_si_source(d, l, b);
		P(d, ", si_status=");
		if (code == XV_CLD_EXITED)
			PF(d, "%d", (int)SI_S(l, b, si_status));
		else
			print_signo(d, (int)SI_S(l, b, si_status));
		P(d, ", si_utime=");
		print_ticks(d, SI_U(l, b, si_utime));
		P(d, ", si_stime=");
		print_ticks(d, SI_U(l, b, si_stime));
		break;
	case XV_SIGILL: case XV_SIGFPE: case XV_SIGSEGV: case XV_SIGBUS: case XV_SIGTRAP:
		P(d, ", si_addr=");
		print_ptr(d, SI_U(l, b, si_addr));
		if (sig == XV_SIGSEGV && code == XV_SEGV_BNDERR) {
			P(d, ", si_lower=");
			print_ptr(d, SI_U(l, b, si_lower));
			P(d, ", si_upper=");
			print_ptr(d, SI_U(l, b, si_upper));
		} else if (sig == XV_SIGSEGV && code == XV_SEGV_PKUERR) {
			PF(d, ", si_pkey=%u", (unsigned)SI_U(l, b, si_pkey));
		} else if (sig == XV_SIGBUS && (code == XV_BUS_MCEERR_AR || code == XV_BUS_MCEERR_AO)) {
			PF(d, ", si_addr_lsb=%#x", (unsigned)SI_U(l, b, si_addr_lsb));
		}
		break;
	case XV_SIGIO:
		if (code >= XV_POLL_IN && code <= XV_POLL_HUP)
			PF(d, ", si_band=%" PRId64 ", si_fd=%d", SI_S(l, b, si_band), (int)SI_S(l, b, si_fd));
		break;
	case XV_SIGSYS: {
		uint32_t arch = (uint32_t)SI_U(l, b, si_arch);
		P(d, ", si_call_addr=");
		print_ptr(d, SI_U(l, b, si_call_addr));
		P(d, ", si_syscall=");
		print_si_syscall(d, (int)SI_S(l, b, si_syscall), arch);
		P(d, ", si_arch=");
		print_xval(d, XLAT(l, audit_arch), arch, NULL);
		break;
	}
	default:
		if (SI_U(l, b, si_pid) || SI_U(l, b, si_uid))
			print_si_source(d, l, b);
		if (SI_U(l, b, si_ptr))
			print_si_value(d, l, b);
	}
	P(d, "}");
}

/* A siginfo_t of the tracee's ABI at addr. */
void print_siginfo_at(struct dctx *d, uint64_t addr)
{
	unsigned char buf[256];
	int size = SZ(d->abi, siginfo);
	if (size <= 0 || size > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (fetch_or_addr(d, addr, buf, (size_t)size))
		print_siginfo_buf(d, d->abi, buf);
}

/* rt_sigtimedwait(set, info, timeout, size): the siginfo is written by the
 * kernel, so a non-NULL info is printed at exit, with the timeout as it
 * was at entry (kept in aux[0..2]); the return names the signal. */
DEFINE_DECODER(rt_sigtimedwait)
{
	bool t64 = call_is_time64(d);
	uint64_t info = arg_ulong(d, 1), ts = arg_ulong(d, 2);
	uint64_t size = arg_ulong(d, 3);
	if (!d->exiting) {
		print_sigmask_at(d, arg_ulong(d, 0), size);
		P(d, ", ");
		if (!info) {
			P(d, "NULL, ");
			print_ts_at(d, ts, t64);
			PF(d, ", %" PRIu64, size);
		} else {
			unsigned char buf[32];
			d->sc->aux[2] = ts && dread(d, ts, buf, (size_t)timespec_size(d, t64)) == 0;
			if (d->sc->aux[2]) {
				int so = t64 ? OFF(d->abi, kernel_timespec, tv_sec) : OFF(d->abi, timespec, tv_sec);
				int ss = t64 ? FSZ(d->abi, kernel_timespec, tv_sec) : FSZ(d->abi, timespec, tv_sec);
				int no = t64 ? OFF(d->abi, kernel_timespec, tv_nsec) : OFF(d->abi, timespec, tv_nsec);
				int ns = t64 ? FSZ(d->abi, kernel_timespec, tv_nsec) : FSZ(d->abi, timespec, tv_nsec);
				d->sc->aux[0] = (uint64_t)field_s(buf, so, ss);
				d->sc->aux[1] = field_u(buf, no, ns);
			}
		}
		return DEC_AGAIN;
	}
	if (info) {
		print_siginfo_at(d, info);
		P(d, ", ");
		if (d->sc->aux[2])
			PF(d, "{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", (int64_t)d->sc->aux[0], d->sc->aux[1]);
		else
			print_ptr(d, ts);
		PF(d, ", %" PRIu64, size);
	}
	if (!syserror(d) && d->sc->rval > 0) {
		const char *name = signame((int)d->sc->rval);
		if (name)
			snprintf(d->auxstr, sizeof(d->auxstr), "(%s)", name);
		else
			snprintf(d->auxstr, sizeof(d->auxstr), "(%d)", (int)d->sc->rval);
	}
	return DEC_DONE;
}

DEFINE_DECODER(rt_sigqueueinfo)
{
	PF(d, "%d, ", arg_int(d, 0));
	print_signo(d, arg_int(d, 1));
	P(d, ", ");
	print_siginfo_at(d, arg_ulong(d, 2));
	return DEC_DONE;
}

DEFINE_DECODER(rt_tgsigqueueinfo)
{
	PF(d, "%d, %d, ", arg_int(d, 0), arg_int(d, 1));
	print_signo(d, arg_int(d, 2));
	P(d, ", ");
	print_siginfo_at(d, arg_ulong(d, 3));
	return DEC_DONE;
}

/* ---- sigaltstack, signalfd ---- */

static void print_stack_t_at(struct dctx *d, uint64_t addr)
{
	unsigned char buf[32];
	if (!fetch_or_addr(d, addr, buf, (size_t)SZ(d->abi, stack_t)))
		return;
	P(d, "{ss_sp=");
	print_ptr(d, FIELD_U(d, buf, stack_t, ss_sp));
	P(d, ", ss_flags=");
	print_flags(d, XLAT(d->abi, sigaltstack_flags), (uint32_t)FIELD_U(d, buf, stack_t, ss_flags), NULL);
	PF(d, ", ss_size=%" PRIu64 "}", FIELD_U(d, buf, stack_t, ss_size));
}

DEFINE_DECODER(sigaltstack)
{
	if (!d->exiting) {
		print_stack_t_at(d, arg_ulong(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_stack_t_at(d, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(signalfd)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_sigmask_at(d, arg_ulong(d, 1), arg_ulong(d, 2));
	PF(d, ", %" PRIu64, arg_ulong(d, 2));
	return DEC_DONE;
}

DEFINE_DECODER(signalfd4)
{
	decode_signalfd(d);
	P(d, ", ");
	print_flags(d, XLAT(d->abi, signalfd_flags), (uint32_t)arg_ulong(d, 3), NULL);
	return DEC_DONE;
}

/* ---- the pre-rt calls of i386 and arm: one-word masks ---- */

static void print_old_sigaction(struct dctx *d, uint64_t addr)
{
	unsigned char buf[32];
	int size = SZ(d->abi, old_sigaction);
	if (size <= 0 || size > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_or_addr(d, addr, buf, (size_t)size))
		return;
	uint64_t flags = FIELD_U(d, buf, old_sigaction, sa_flags);
	P(d, "{sa_handler=");
	print_sa_handler(d, FIELD_U(d, buf, old_sigaction, sa_handler));
	P(d, ", sa_mask=");
	print_sigmask_bytes(d, buf + OFF(d->abi, old_sigaction, sa_mask),
			    (unsigned)FSZ(d->abi, old_sigaction, sa_mask));
	P(d, ", sa_flags=");
	print_flags(d, XLAT(d->abi, sa_flags), flags, NULL);
	int64_t restorer_flag = LAYOUT(d->abi, SA_RESTORER);
	if (restorer_flag > 0 && (flags & (uint64_t)restorer_flag)) {
		P(d, ", sa_restorer=");
		print_ptr(d, FIELD_U(d, buf, old_sigaction, sa_restorer));
	}
	P(d, "}");
}

DEFINE_DECODER(sigaction)
{
	if (!d->exiting) {
		print_signo(d, arg_int(d, 0));
		P(d, ", ");
		print_old_sigaction(d, arg_ulong(d, 1));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_old_sigaction(d, arg_ulong(d, 2));
	return DEC_DONE;
}

DEFINE_DECODER(sigprocmask)
{
	unsigned ws = d->abi->wordsize;
	if (!d->exiting) {
		print_xval(d, XLAT(d->abi, sigprocmask_how), (uint32_t)arg_ulong(d, 0), NULL);
		P(d, ", ");
		print_sigset_len(d, arg_ulong(d, 1), ws, ws);
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_sigset_len(d, arg_ulong(d, 2), ws, ws);
	return DEC_DONE;
}

DEFINE_DECODER(sigpending)
{
	if (!d->exiting)
		return DEC_AGAIN;
	print_sigset_len(d, arg_ulong(d, 0), d->abi->wordsize, d->abi->wordsize);
	return DEC_DONE;
}

/* sigsuspend(..., old_sigset_t mask): the last argument, a value */
DEFINE_DECODER(sigsuspend)
{
	unsigned char m[8];
	unsigned last = d->sc->ent->nargs ? d->sc->ent->nargs - 1u : 0;
	uint64_t v = arg_ulong(d, last);
	for (unsigned i = 0; i < sizeof(m); i++)
		m[i] = (unsigned char)(v >> (8 * i));
	print_sigmask_bytes(d, m, d->abi->wordsize);
	return DEC_DONE;
}

/* signal(SIGINT, SIG_IGN) = 0 (SIG_DFL): the old handler in hex */
DEFINE_DECODER(signal)
{
	if (!d->exiting) {
		print_signo(d, arg_int(d, 0));
		P(d, ", ");
		print_sa_handler(d, arg_ulong(d, 1));
		return DEC_AGAIN;
	}
	if (!syserror(d)) {
		uint64_t h = (uint64_t)d->sc->rval;
		if (d->abi->wordsize == 4)
			h = (uint32_t)h;
		d->ret_kind = R_HEX;
		if (h == 0)
			snprintf(d->auxstr, sizeof(d->auxstr), "(SIG_DFL)");
		else if (h == 1)
			snprintf(d->auxstr, sizeof(d->auxstr), "(SIG_IGN)");
	}
	return DEC_DONE;
}

/* The old one-word mask as a value: sgetmask() = 0x... (mask [...]),
 * ssetmask([...]) = 0x... (old mask [...]) */
static void mask_word(const struct dctx *d, uint64_t v, unsigned char *m)
{
	for (int i = 0; i < d->abi->wordsize; i++)
		m[i] = (unsigned char)(v >> (8 * i));
}

static void old_mask_result(struct dctx *d, const char *what)
{
	unsigned char m[8];
	char buf[768];
	if (syserror(d))
		return;
	mask_word(d, (uint32_t)d->sc->rval, m);
	sprint_sigmask(buf, sizeof(buf), m, d->abi->wordsize);
	d->ret_kind = R_HEX;
	snprintf(d->auxstr, sizeof(d->auxstr), "(%s%s)", what, buf);
}

DEFINE_DECODER(sgetmask)
{
	if (!d->exiting)
		return DEC_AGAIN;
	old_mask_result(d, "mask ");
	return DEC_DONE;
}

DEFINE_DECODER(ssetmask)
{
	if (!d->exiting) {
		unsigned char m[8];
		mask_word(d, (uint32_t)arg_ulong(d, 0), m);
		print_sigmask_bytes(d, m, d->abi->wordsize);
		return DEC_AGAIN;
	}
	old_mask_result(d, "old mask ");
	return DEC_DONE;
}
