/* Processes: prctl, personality, scheduling, uname, capabilities, the
 * uid/gid calls that read or write memory (and the 16-bit ones of i386
 * and arm), robust lists; and the aux text helpers. */
#include <errno.h>
#include <inttypes.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

/* ---- text after the return value ---- */

void aux_begin(struct dctx *d, struct aux_capture *c)
{
	memset(&c->tmp, 0, sizeof(c->tmp));
	c->tmp.fd = -1;
	c->saved = d->out;
	d->out = &c->tmp;
}

void aux_end(struct dctx *d, struct aux_capture *c)
{
	d->out = c->saved;
	size_t room = sizeof(d->auxstr) - 3;
	size_t n = c->tmp.len < room ? c->tmp.len : room;
	d->auxstr[0] = '(';
	if (n)
		memcpy(d->auxstr + 1, c->tmp.buf, n);
	d->auxstr[n + 1] = ')';
	d->auxstr[n + 2] = '\0';
	free(c->tmp.buf);
}

void aux_flags(struct dctx *d, const struct xlat *x, uint64_t val)
{
	if (!val && !xlat_name(x, 0))
		return;
	struct aux_capture c;
	aux_begin(d, &c);
	print_flags(d, x, val, "");
	aux_end(d, &c);
}

void aux_name(struct dctx *d, const struct xlat *x, uint64_t val)
{
	const char *s = xlat_name(x, val);
	if (s)
		snprintf(d->auxstr, sizeof(d->auxstr), "(%s)", s);
}

/* ---- small printers ---- */

/* A string in a field of len bytes (prctl's task names): longer than -s,
 * it prints like any string; otherwise the len bytes are read in one
 * piece, the string ends at a NUL and is cut ("...") if it has none. */
static void print_fixed_str(struct dctx *d, uint64_t addr, size_t len)
{
	char buf[64];
	size_t n = len < sizeof(buf) ? len : sizeof(buf);
	if ((size_t)d->max_strlen < n) {
		print_str_at(d, addr, (size_t)d->max_strlen, false);
		return;
	}
	if (!addr || d->mem->read(d->mem, addr, buf, n) != 0) {
		print_ptr(d, addr);
		return;
	}
	char *nul = memchr(buf, 0, n);
	print_quoted(d, (const unsigned char *)buf, nul ? (size_t)(nul - buf) : n, 0);
	if (!nul)
		P(d, "...");
}

/* [value] of an unsigned int the kernel wrote, or the address */
static bool fetch_u32(struct dctx *d, uint64_t addr, uint32_t *v)
{
	if (!addr || (d->exiting && syserror(d)) || dread(d, addr, v, 4) != 0) {
		print_ptr(d, addr);
		return false;
	}
	return true;
}

/* [0x7f...] of a pointer-sized value the kernel wrote, NULL inside */
static void print_word_ptr_at(struct dctx *d, uint64_t addr)
{
	uint64_t v = 0;
	int ws = d->abi->wordsize;
	if (!addr || syserror(d) || dread(d, addr, &v, (size_t)ws) != 0) {
		print_ptr(d, addr);
		return;
	}
	P(d, "[");
	print_ptr(d, ws == 4 ? (uint32_t)v : v);
	P(d, "]");
}

/* the value in hex, the name as a comment: "0x2 /" "* PIDTYPE_PGID *" "/" */
static void print_xval_commented(struct dctx *d, const struct xlat *x, uint64_t v)
{
	const char *s = xlat_name(x, v);
	print_hex(d, v);
	PF(d, " /* %s */", s ? s : x->dflt ? x->dflt : "???");
}

/* ---- prctl ---- */

/* The args from index first (the option is 0) to the last, in hex. */
static void prctl_hex_args(struct dctx *d, unsigned first)
{
	for (unsigned i = first; i < 5; i++) {
		P(d, ", ");
		print_hex(d, arg_ulong(d, i));
	}
}

/* PR_SVE_SET_VL and PR_SME_SET_VL: flags, then the length (low 16 bits);
 * as a return value's text, nothing when there are no flags */
static void print_vl(struct dctx *d, const struct xlat *x, uint64_t v, bool aux)
{
	uint64_t len = v & 0xffff, flags = v & ~(uint64_t)0xffff;
	if (aux && !flags)
		return;
	struct aux_capture c;
	if (aux)
		aux_begin(d, &c);
	if (flags) {
		print_flags(d, x, flags, "");
		P(d, "|");
	}
	print_hex(d, len);
	if (aux)
		aux_end(d, &c);
}

/* PR_SET_TAGGED_ADDR_CTRL's value */
static void print_tagged_addr(struct dctx *d, uint64_t v)
{
	const uint64_t tag_mask = (uint64_t)0xffff << 3;
	P(d, v & 1 ? "PR_TAGGED_ADDR_ENABLE|" : "!PR_TAGGED_ADDR_ENABLE|");
	print_xval(d, XLAT(d->abi, pr_mte_tcf), v & 6, NULL);
	if (v & tag_mask)
		PF(d, "|%#" PRIx64 "<<PR_MTE_TAG_SHIFT", (v & tag_mask) >> 3);
	uint64_t rest = v & ~(tag_mask | 7);
	if (rest)
		PF(d, "|%#" PRIx64, rest);
}

/* struct sock_fprog: {len=2, filter=0x...} */
static void print_sock_fprog(struct dctx *d, uint64_t addr)
{
	unsigned char b[16];
	int ws = d->abi->wordsize;
	if (!fetch_struct(d, addr, b, (size_t)ws * 2))
		return;
	PF(d, "{len=%" PRIu64 ", filter=", field_u(b, 0, 2));
	print_ptr(d, field_u(b, ws, ws));
	P(d, "}");
}

DEFINE_DECODER(prctl)
{
	unsigned opt = (uint32_t)arg_ulong(d, 0);
	uint64_t a2 = arg_ulong(d, 1), a3 = arg_ulong(d, 2), a4 = arg_ulong(d, 3),
		 a5 = arg_ulong(d, 4);
	bool in = !d->exiting;
	bool ok = !syserror(d);
	int64_t rval = d->sc->rval;
	uint32_t u;
	if (in)
		print_xval(d, XLAT(d->abi, prctl_options), opt, NULL);

	switch (opt) {
	/* no more arguments */
	case XV_PR_GET_KEEPCAPS: case XV_PR_GET_TIMING: case XV_PR_GET_SECCOMP:
	case XV_PR_GET_TIMERSLACK: case XV_PR_TASK_PERF_EVENTS_DISABLE:
	case XV_PR_TASK_PERF_EVENTS_ENABLE:
		return DEC_DONE;

	/* an unsigned int written at arg2 */
	case XV_PR_GET_FPEMU: case XV_PR_GET_FPEXC: case XV_PR_GET_ENDIAN:
	case XV_PR_GET_CHILD_SUBREAPER:
		if (in) {
			P(d, ", ");
			return DEC_AGAIN;
		}
		if (fetch_u32(d, a2, &u))
			PF(d, "[%u]", u);
		return DEC_DONE;

	/* one unsigned value */
	case XV_PR_SET_KEEPCAPS: case XV_PR_SET_FPEMU: case XV_PR_SET_FPEXC:
	case XV_PR_SET_TIMING: case XV_PR_SET_ENDIAN: case XV_PR_SET_CHILD_SUBREAPER:
		PF(d, ", %" PRIu64, a2);
		return DEC_DONE;

	/* one unsigned value, the rest in hex */
	case XV_PR_SET_NO_NEW_PRIVS: case XV_PR_SET_THP_DISABLE: case XV_PR_SET_IO_FLUSHER:
		PF(d, ", %" PRIu64, a2);
		prctl_hex_args(d, 2);
		return DEC_DONE;

	case XV_PR_GET_PDEATHSIG:
		if (in) {
			P(d, ", ");
			return DEC_AGAIN;
		}
		if (fetch_u32(d, a2, &u)) {
			P(d, "[");
			print_signo(d, (int)u);
			P(d, "]");
		}
		return DEC_DONE;

	case XV_PR_SET_PDEATHSIG:
		P(d, ", ");
		if (a2 > 128)
			PF(d, "%" PRIu64, a2);
		else
			print_signo(d, (int)a2);
		return DEC_DONE;

	case XV_PR_GET_DUMPABLE:
		if (in)
			return DEC_AGAIN;
		if (ok)
			aux_name(d, XLAT(d->abi, pr_dumpable), (uint64_t)rval);
		return DEC_DONE;

	case XV_PR_SET_DUMPABLE:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, pr_dumpable), a2, NULL);
		return DEC_DONE;

	case XV_PR_GET_UNALIGN:
		if (in) {
			P(d, ", ");
			return DEC_AGAIN;
		}
		if (fetch_u32(d, a2, &u)) {
			P(d, "[");
			print_flags(d, XLAT(d->abi, pr_unalign_flags), u, NULL);
			P(d, "]");
		}
		return DEC_DONE;

	case XV_PR_SET_UNALIGN:
		P(d, ", ");
		print_flags(d, XLAT(d->abi, pr_unalign_flags), (uint32_t)a2, NULL);
		return DEC_DONE;

	/* the name is at most 16 bytes with its NUL */
	case XV_PR_SET_NAME:
		P(d, ", ");
		print_fixed_str(d, a2, 15);
		return DEC_DONE;

	case XV_PR_GET_NAME:
		if (in) {
			P(d, ", ");
			return DEC_AGAIN;
		}
		if (!ok)
			print_ptr(d, a2);
		else
			print_fixed_str(d, a2, 16);
		return DEC_DONE;

	case XV_PR_SET_SECCOMP:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, seccomp_modes), a2, NULL);
		if (a2 == XV_SECCOMP_MODE_STRICT)
			return DEC_DONE;
		if (a2 == XV_SECCOMP_MODE_FILTER) {
			P(d, ", ");
			print_sock_fprog(d, a3);
			return DEC_DONE;
		}
		prctl_hex_args(d, 2);
		return DEC_DONE;

	case XV_PR_CAPBSET_READ: case XV_PR_CAPBSET_DROP:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, capabilities), a2, NULL);
		return DEC_DONE;

	case XV_PR_GET_TSC:
		if (in) {
			P(d, ", ");
			return DEC_AGAIN;
		}
		if (fetch_u32(d, a2, &u)) {
			P(d, "[");
			print_xval(d, XLAT(d->abi, pr_tsc), u, NULL);
			P(d, "]");
		}
		return DEC_DONE;

	case XV_PR_SET_TSC:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, pr_tsc), (uint32_t)a2, NULL);
		return DEC_DONE;

	case XV_PR_GET_SECUREBITS:
		if (in)
			return DEC_AGAIN;
		if (ok && rval) {
			d->ret_kind = R_HEX;
			aux_flags(d, XLAT(d->abi, secbits), (uint64_t)rval);
		}
		return DEC_DONE;

	case XV_PR_SET_SECUREBITS:
		P(d, ", ");
		print_flags(d, XLAT(d->abi, secbits), a2, NULL);
		return DEC_DONE;

	case XV_PR_SET_TIMERSLACK:
		PF(d, ", %" PRId64, arg_long(d, 1));
		return DEC_DONE;

	case XV_PR_MCE_KILL:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, pr_mce_kill), a2, NULL);
		P(d, ", ");
		if (a2 == XV_PR_MCE_KILL_SET)
			print_xval(d, XLAT(d->abi, pr_mce_kill_policy), a3, NULL);
		else
			print_hex(d, a3);
		prctl_hex_args(d, 3);
		return DEC_DONE;

	case XV_PR_MCE_KILL_GET:
		if (in) {
			prctl_hex_args(d, 1);
			return DEC_AGAIN;
		}
		if (ok)
			aux_name(d, XLAT(d->abi, pr_mce_kill_policy), (uint64_t)rval);
		return DEC_DONE;

	case XV_PR_SET_MM:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, pr_set_mm), (uint32_t)a2, NULL);
		prctl_hex_args(d, 2);
		return DEC_DONE;

	case XV_PR_GET_TID_ADDRESS:
		if (in) {
			P(d, ", ");
			return DEC_AGAIN;
		}
		print_word_ptr_at(d, a2);
		return DEC_DONE;

	case XV_PR_SET_FP_MODE:
		P(d, ", ");
		print_flags(d, XLAT(d->abi, pr_fp_mode), (uint32_t)a2, NULL);
		return DEC_DONE;

	case XV_PR_GET_FP_MODE:
		if (in)
			return DEC_AGAIN;
		if (ok && rval) {
			d->ret_kind = R_HEX;
			aux_flags(d, XLAT(d->abi, pr_fp_mode), (uint64_t)rval);
		}
		return DEC_DONE;

	case XV_PR_CAP_AMBIENT:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, pr_cap_ambient), a2, NULL);
		if (a2 == XV_PR_CAP_AMBIENT_RAISE || a2 == XV_PR_CAP_AMBIENT_LOWER ||
		    a2 == XV_PR_CAP_AMBIENT_IS_SET) {
			P(d, ", ");
			print_xval(d, XLAT(d->abi, capabilities), a3, NULL);
			prctl_hex_args(d, 3);
		} else {
			prctl_hex_args(d, 2);
		}
		return DEC_DONE;

	case XV_PR_SVE_SET_VL: case XV_PR_SME_SET_VL:
	case XV_PR_SVE_GET_VL: case XV_PR_SME_GET_VL: {
		const struct xlat *x = opt == XV_PR_SVE_SET_VL || opt == XV_PR_SVE_GET_VL
			? XLAT(d->abi, pr_sve_vl_flags) : XLAT(d->abi, pr_sme_vl_flags);
		if (in) {
			if (opt == XV_PR_SVE_SET_VL || opt == XV_PR_SME_SET_VL) {
				P(d, ", ");
				print_vl(d, x, a2, false);
			}
			return DEC_AGAIN;
		}
		if (ok && rval) {
			d->ret_kind = R_HEX;
			print_vl(d, x, (uint64_t)rval, true);
		}
		return DEC_DONE;
	}

	case XV_PR_GET_SPECULATION_CTRL:
		if (in) {
			P(d, ", ");
			print_xval(d, XLAT(d->abi, pr_spec_cmds), a2, NULL);
			return DEC_AGAIN;
		}
		if (ok && xlat_name(XLAT(d->abi, pr_spec_cmds), a2)) {
			d->ret_kind = R_HEX;
			aux_flags(d, XLAT(d->abi, pr_spec_get_flags), (uint64_t)rval);
		}
		return DEC_DONE;

	case XV_PR_SET_SPECULATION_CTRL:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, pr_spec_cmds), a2, NULL);
		P(d, ", ");
		if (xlat_name(XLAT(d->abi, pr_spec_cmds), a2))
			print_xval(d, XLAT(d->abi, pr_spec_set_flags), a3, NULL);
		else
			print_hex(d, a3);
		return DEC_DONE;

	case XV_PR_PAC_RESET_KEYS:
		P(d, ", ");
		print_flags(d, XLAT(d->abi, pr_pac_keys), a2, NULL);
		prctl_hex_args(d, 2);
		return DEC_DONE;

	case XV_PR_SET_TAGGED_ADDR_CTRL:
		P(d, ", ");
		print_tagged_addr(d, a2);
		prctl_hex_args(d, 2);
		return DEC_DONE;

	case XV_PR_GET_TAGGED_ADDR_CTRL:
		if (in) {
			prctl_hex_args(d, 1);
			return DEC_AGAIN;
		}
		if (ok) {
			struct aux_capture c;
			d->ret_kind = R_HEX;
			aux_begin(d, &c);
			print_tagged_addr(d, (uint64_t)rval);
			aux_end(d, &c);
		}
		return DEC_DONE;

	case XV_PR_SET_SYSCALL_USER_DISPATCH:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, pr_sys_dispatch), a2, NULL);
		P(d, ", ");
		print_hex(d, a3);
		P(d, ", ");
		print_hex(d, a4);
		P(d, ", ");
		print_ptr(d, a5);
		return DEC_DONE;

	case XV_PR_PAC_SET_ENABLED_KEYS:
		P(d, ", ");
		print_flags(d, XLAT(d->abi, pr_pac_enabled_keys), a2, NULL);
		P(d, ", ");
		print_flags(d, XLAT(d->abi, pr_pac_enabled_keys), a3, NULL);
		prctl_hex_args(d, 3);
		return DEC_DONE;

	case XV_PR_PAC_GET_ENABLED_KEYS:
		if (in) {
			prctl_hex_args(d, 1);
			return DEC_AGAIN;
		}
		if (ok) {
			d->ret_kind = R_HEX;
			aux_flags(d, XLAT(d->abi, pr_pac_enabled_keys), (uint64_t)rval);
		}
		return DEC_DONE;

	case XV_PR_SCHED_CORE:
		if (in) {
			P(d, ", ");
			print_xval(d, XLAT(d->abi, pr_sched_core), (uint32_t)a2, NULL);
			PF(d, ", %d, ", (int)(uint32_t)a3);
			print_xval_commented(d, XLAT(d->abi, pid_types), (uint32_t)a4);
			P(d, ", ");
			if ((uint32_t)a2 == XV_PR_SCHED_CORE_GET)
				return DEC_AGAIN;
			print_ptr(d, a5);
			return DEC_DONE;
		}
		{
			uint64_t cookie;
			if (!a5 || !ok || dread(d, a5, &cookie, 8) != 0)
				print_ptr(d, a5);
			else
				PF(d, "[%#" PRIx64 "]", cookie);
		}
		return DEC_DONE;

	case XV_PR_SET_VMA:
		P(d, ", ");
		print_xval(d, XLAT(d->abi, pr_set_vma), a2, NULL);
		if (a2 == XV_PR_SET_VMA_ANON_NAME) {
			P(d, ", ");
			print_ptr(d, a3);
			PF(d, ", %" PRIu64 ", ", a4);
			print_str(d, a5);
		} else {
			prctl_hex_args(d, 2);
		}
		return DEC_DONE;

	case XV_PR_SET_PTRACER:
		if ((int)(uint32_t)a2 == -1)
			P(d, ", PR_SET_PTRACER_ANY");
		else
			PF(d, ", %d", (int)(uint32_t)a2);
		return DEC_DONE;

	default:
		prctl_hex_args(d, 1);
		return DEC_DONE;
	}
}

/* ---- personality ---- */

/* the PER_* type of the low byte, then the flags above it;
 * 0xffffffff (the query) in hex */
static void print_persona(struct dctx *d, uint32_t p)
{
	if (p == UINT32_MAX) {
		P(d, "0xffffffff");
		return;
	}
	print_xval(d, XLAT(d->abi, personality_types), p & 0xff, NULL);
	if (p & ~0xffu) {
		P(d, "|");
		print_flags(d, XLAT(d->abi, personality_flags), p & ~0xffu, "");
	}
}

/* the previous persona comes back in hex with the same text */
DEFINE_DECODER(personality)
{
	if (!d->exiting) {
		print_persona(d, (uint32_t)arg_ulong(d, 0));
		return DEC_AGAIN;
	}
	if (!syserror(d)) {
		struct aux_capture c;
		d->ret_kind = R_HEX;
		aux_begin(d, &c);
		print_persona(d, (uint32_t)d->sc->rval);
		aux_end(d, &c);
	}
	return DEC_DONE;
}

/* ---- scheduling ---- */

/* strace reads at most this much of a cpu set: 128 bytes, or more on a
 * machine whose kernel wants a larger mask */
static uint64_t cpuset_max(void)
{
	static uint64_t size;
	if (!size) {
		size = 128;
		while (size < (1u << 20) && sched_getaffinity(0, (size_t)size, NULL) == -1 &&
		       errno == EINVAL)
			size <<= 1;
	}
	return size;
}

/* [0 5 70]: the numbers of the set bits; "..." when the set is longer
 * than strace reads */
static void print_cpu_set(struct dctx *d, uint64_t addr, uint64_t len)
{
	uint64_t max = cpuset_max();
	size_t n = (size_t)(len < max ? len : max);
	unsigned char *b = malloc(n ? n : 1);
	if (!b || !addr || (n && dread(d, addr, b, n) != 0)) {
		print_ptr(d, addr);
		free(b);
		return;
	}
	P(d, "[");
	bool first = true;
	for (size_t i = 0; i < n * 8; i++) {
		if (b[i / 8] & (1u << (i % 8))) {
			PF(d, "%s%zu", first ? "" : " ", i);
			first = false;
		}
	}
	if (n < len)
		P(d, first ? "..." : " ...");
	P(d, "]");
	free(b);
}

DEFINE_DECODER(sched_getaffinity)
{
	if (!d->exiting) {
		PF(d, "%d, %u, ", arg_int(d, 0), (unsigned)arg_ulong(d, 1));
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 2));
	else
		print_cpu_set(d, arg_ulong(d, 2), (uint64_t)d->sc->rval);
	return DEC_DONE;
}

DEFINE_DECODER(sched_setaffinity)
{
	unsigned len = (unsigned)arg_ulong(d, 1);
	PF(d, "%d, %u, ", arg_int(d, 0), len);
	print_cpu_set(d, arg_ulong(d, 2), len);
	return DEC_DONE;
}

/* struct sched_param: [priority] */
static void print_sched_param(struct dctx *d, uint64_t addr)
{
	uint32_t prio;
	if (fetch_u32(d, addr, &prio))
		PF(d, "[%d]", (int)prio);
}

DEFINE_DECODER(sched_getparam)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		return DEC_AGAIN;
	}
	print_sched_param(d, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(sched_setparam)
{
	PF(d, "%d, ", arg_int(d, 0));
	print_sched_param(d, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(sched_setscheduler)
{
	PF(d, "%d, ", arg_int(d, 0));
	print_xval(d, XLAT(d->abi, sched_policies), (uint32_t)arg_ulong(d, 1), NULL);
	P(d, ", ");
	print_sched_param(d, arg_ulong(d, 2));
	return DEC_DONE;
}

/* the policy's name after the return value */
DEFINE_DECODER(sched_getscheduler)
{
	if (!d->exiting) {
		PF(d, "%d", arg_int(d, 0));
		return DEC_AGAIN;
	}
	if (!syserror(d))
		aux_name(d, XLAT(d->abi, sched_policies), (uint64_t)d->sc->rval);
	return DEC_DONE;
}

/* ---- uname ---- */

/* a char array field: up to its NUL, whatever -s says */
static void print_char_field(struct dctx *d, const unsigned char *p, size_t size)
{
	const unsigned char *nul = memchr(p, 0, size);
	print_quoted(d, p, nul ? (size_t)(nul - p) : size - 1, 0);
	if (!nul)
		P(d, "...");
}

/* {sysname="Linux", nodename="vm", ...}; every field with -v */
DEFINE_DECODER(uname)
{
	if (!d->exiting)
		return DEC_AGAIN;
	unsigned char b[MAX_STRUCT];
	uint64_t addr = arg_ulong(d, 0);
	int size = SZ(d->abi, utsname);
	if (syserror(d) || size <= 0 || size > MAX_STRUCT) {
		print_ptr(d, addr);
		return DEC_DONE;
	}
	if (!fetch_struct(d, addr, b, (size_t)size))
		return DEC_DONE;
	P(d, "{sysname=");
	print_char_field(d, b + OFF(d->abi, utsname, sysname), (size_t)FSZ(d->abi, utsname, sysname));
	P(d, ", nodename=");
	print_char_field(d, b + OFF(d->abi, utsname, nodename), (size_t)FSZ(d->abi, utsname, nodename));
	if (abbrev(d)) {
		P(d, ", ...}");
		return DEC_DONE;
	}
#define UTS(f) P(d, ", " #f "="); \
	print_char_field(d, b + OFF(d->abi, utsname, f), (size_t)FSZ(d->abi, utsname, f))
	UTS(release);
	UTS(version);
	UTS(machine);
	UTS(domainname);
#undef UTS
	P(d, "}");
	return DEC_DONE;
}

/* ---- capabilities ---- */

struct cap_header {
	uint32_t version;
	int32_t pid;
};

static bool get_cap_header(struct dctx *d, uint64_t addr, struct cap_header *h)
{
	return addr && dread(d, addr, h, sizeof(*h)) == 0;
}

static void print_cap_header(struct dctx *d, uint64_t addr, const struct cap_header *h)
{
	if (!h) {
		print_ptr(d, addr);
		return;
	}
	P(d, "{version=");
	print_xval(d, XLAT(d->abi, cap_versions), h->version, NULL);
	PF(d, ", pid=%d}", h->pid);
}

/* 1<<CAP_CHOWN|...: bit n of the second word is capability 32+n */
static void print_cap_half(struct dctx *d, uint32_t bits, unsigned base)
{
	const struct xlat *x = XLAT(d->abi, capabilities);
	uint32_t rest = bits;
	bool any = false;
	for (unsigned i = 0; i < 32; i++) {
		const char *s;
		if (!(bits & (1u << i)) || !(s = xlat_name(x, base + i)))
			continue;
		PF(d, "%s1<<%s", any ? "|" : "", s);
		rest &= ~(1u << i);
		any = true;
	}
	if (!any)
		PF(d, "%#x%s", rest, rest ? " /* CAP_??? */" : "");
	else if (rest)
		PF(d, "|%#x", rest);
}

static void print_cap_set(struct dctx *d, uint32_t lo, uint32_t hi)
{
	if (lo || !hi)
		print_cap_half(d, lo, 0);
	if (hi) {
		if (lo)
			P(d, "|");
		print_cap_half(d, hi, 32);
	}
}

/* one __user_cap_data_struct for version 1 (and unknown ones), two for
 * versions 2 and 3 */
static void print_cap_data(struct dctx *d, uint64_t addr, const struct cap_header *h)
{
	uint32_t v[6] = { 0 };
	if (!addr || !h) {
		print_ptr(d, addr);
		return;
	}
	unsigned n = h->version == XV__LINUX_CAPABILITY_VERSION_2 ||
		     h->version == XV__LINUX_CAPABILITY_VERSION_3 ? 2 : 1;
	if (!fetch_struct(d, addr, v, n * 12))
		return;
	P(d, "{effective=");
	print_cap_set(d, v[0], n > 1 ? v[3] : 0);
	P(d, ", permitted=");
	print_cap_set(d, v[1], n > 1 ? v[4] : 0);
	P(d, ", inheritable=");
	print_cap_set(d, v[2], n > 1 ? v[5] : 0);
	P(d, "}");
}

DEFINE_DECODER(capget)
{
	struct cap_header h;
	uint64_t ha = arg_ulong(d, 0);
	if (!d->exiting) {
		print_cap_header(d, ha, get_cap_header(d, ha, &h) ? &h : NULL);
		P(d, ", ");
		return DEC_AGAIN;
	}
	bool have = !syserror(d) && get_cap_header(d, ha, &h);
	print_cap_data(d, arg_ulong(d, 1), have ? &h : NULL);
	return DEC_DONE;
}

DEFINE_DECODER(capset)
{
	struct cap_header h;
	uint64_t ha = arg_ulong(d, 0);
	const struct cap_header *hp = get_cap_header(d, ha, &h) ? &h : NULL;
	print_cap_header(d, ha, hp);
	P(d, ", ");
	print_cap_data(d, arg_ulong(d, 1), hp);
	return DEC_DONE;
}

/* ---- user and group ids ---- */

/* -1 for the all-ones id of the call's width (16 or 32 bits) */
static void print_uid(struct dctx *d, uint32_t id, bool id16)
{
	if (id16)
		id &= 0xffff;
	if (id == (id16 ? 0xffffu : UINT32_MAX))
		P(d, "-1");
	else
		PF(d, "%" PRIu32, id);
}

/* setuid, setresgid, ... taking 16-bit ids (i386 and arm) */
DEFINE_DECODER(id16)
{
	for (unsigned i = 0; i < d->sc->ent->nargs; i++) {
		if (i)
			P(d, ", ");
		print_uid(d, (uint32_t)arg_ulong(d, i), true);
	}
	return DEC_DONE;
}

/* chown and lchown of i386 and arm: 16-bit owner and group */
DEFINE_DECODER(chown16)
{
	print_path(d, arg_ulong(d, 0));
	P(d, ", ");
	print_uid(d, (uint32_t)arg_ulong(d, 1), true);
	P(d, ", ");
	print_uid(d, (uint32_t)arg_ulong(d, 2), true);
	return DEC_DONE;
}

/* fchown of i386 and arm */
DEFINE_DECODER(fchown16)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_uid(d, (uint32_t)arg_ulong(d, 1), true);
	P(d, ", ");
	print_uid(d, (uint32_t)arg_ulong(d, 2), true);
	return DEC_DONE;
}

static int getresid_common(struct dctx *d, bool id16)
{
	if (!d->exiting)
		return DEC_AGAIN;
	for (unsigned i = 0; i < 3; i++) {
		uint64_t addr = arg_ulong(d, i);
		uint32_t v = 0;
		if (i)
			P(d, ", ");
		if (!addr || syserror(d) || dread(d, addr, &v, id16 ? 2 : 4) != 0) {
			print_ptr(d, addr);
			continue;
		}
		P(d, "[");
		print_uid(d, v, id16);
		P(d, "]");
	}
	return DEC_DONE;
}

/* getresuid and getresgid */
DEFINE_DECODER(getresuid)
{
	return getresid_common(d, false);
}

DEFINE_DECODER(getresgid)
{
	return getresid_common(d, false);
}

DEFINE_DECODER(getresuid16)
{
	return getresid_common(d, true);
}

/* [0, 5, -1]: at most -s ids; the address when there are more than the
 * system allows */
static void print_groups(struct dctx *d, uint64_t addr, uint32_t n, bool id16)
{
	static long ngroups_max;
	if (!ngroups_max)
		ngroups_max = sysconf(_SC_NGROUPS_MAX);
	unsigned size = id16 ? 2 : 4;
	uint32_t v = 0;
	if (!addr || (ngroups_max > 0 && n > (uint64_t)ngroups_max)) {
		print_ptr(d, addr);
		return;
	}
	if (!n) {
		P(d, "[]");
		return;
	}
	if (dread(d, addr, &v, size) != 0) {
		print_ptr(d, addr);
		return;
	}
	P(d, "[");
	for (uint32_t i = 0; i < n; i++) {
		uint64_t at = addr + (uint64_t)i * size;
		if (i)
			P(d, ", ");
		if (i >= (uint32_t)d->max_strlen && abbrev(d)) {
			P(d, "...");
			break;
		}
		v = 0;
		if (dread(d, at, &v, size) != 0) {
			PF(d, "... /* %#" PRIx64 " */", at);
			break;
		}
		print_uid(d, v, id16);
	}
	P(d, "]");
}

static int getgroups_common(struct dctx *d, bool id16)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 1));
	else
		print_groups(d, arg_ulong(d, 1), (uint32_t)d->sc->rval, id16);
	return DEC_DONE;
}

static int setgroups_common(struct dctx *d, bool id16)
{
	PF(d, "%d, ", arg_int(d, 0));
	print_groups(d, arg_ulong(d, 1), (uint32_t)arg_ulong(d, 0), id16);
	return DEC_DONE;
}

DEFINE_DECODER(getgroups)
{
	return getgroups_common(d, false);
}

DEFINE_DECODER(getgroups16)
{
	return getgroups_common(d, true);
}

DEFINE_DECODER(setgroups)
{
	return setgroups_common(d, false);
}

DEFINE_DECODER(setgroups16)
{
	return setgroups_common(d, true);
}

/* ---- robust futex lists ---- */

/* get_robust_list(pid, [head], [len]) */
DEFINE_DECODER(get_robust_list)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		return DEC_AGAIN;
	}
	print_word_ptr_at(d, arg_ulong(d, 1));
	P(d, ", ");
	uint64_t addr = arg_ulong(d, 2), v = 0;
	int ws = d->abi->wordsize;
	if (!addr || syserror(d) || dread(d, addr, &v, (size_t)ws) != 0)
		print_ptr(d, addr);
	else
		PF(d, "[%" PRIu64 "]", ws == 4 ? (uint32_t)v : v);
	return DEC_DONE;
}
