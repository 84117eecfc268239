/* The printer for syscalls whose arguments are all simple kinds: it walks
 * the argument descriptors generated from tables/signatures.def. Arguments
 * before the first out argument print at entry, the rest at exit. */
#include <inttypes.h>

#include "pidtrace.h"
#include "print.h"
#include "printopts.h"

/* On 32-bit ABIs a 64-bit argument takes a register pair (low word first
 * on our little-endian ABIs), which some ABIs start on an even register:
 * the register of logical argument i depends on the ones before it. */
static unsigned arg_reg(const struct dctx *d, unsigned i)
{
	if (d->abi->wordsize == 8)
		return i;
	unsigned reg = 0;
	for (unsigned j = 0; j <= i; j++) {
		if (d->sc->ent->args[j].kind == K_OFF64 && d->abi->pair_align && (reg & 1))
			reg++;
		if (j < i)
			reg += d->sc->ent->args[j].kind == K_OFF64 ? 2 : 1;
	}
	return reg;
}

static uint64_t off64_value(const struct dctx *d, unsigned reg)
{
	if (d->abi->wordsize == 8)
		return d->sc->args[reg];
	if (reg + 1 >= 6)
		return (uint32_t)d->sc->args[reg];
	return (uint32_t)d->sc->args[reg] | ((uint64_t)(uint32_t)d->sc->args[reg + 1] << 32);
}

static void print_id(struct dctx *d, uint64_t v)
{
	uint32_t u = (uint32_t)v;
	if (u == UINT32_MAX)
		P(d, "-1");
	else
		PF(d, "%" PRIu32, u);
}

void print_arg(struct dctx *d, unsigned i)
{
	const struct arg_desc *a = &d->sc->ent->args[i];
	unsigned reg = arg_reg(d, i);
	if (reg >= 6)
		return;
	uint64_t v = arg_ulong(d, reg);
	const struct xlat *x;
	switch (a->kind) {
	case K_INT: out_dec(d->out, arg_int(d, reg)); break;
	case K_UINT: out_udec(d->out, (unsigned)v); break;
	case K_LONG: case K_OFF: out_dec(d->out, arg_long(d, reg)); break;
	case K_ULONG: case K_SIZE: out_udec(d->out, v); break;
	case K_OFF64: PF(d, "%" PRId64, (int64_t)off64_value(d, reg)); break;
	case K_HEX: print_hex(d, v); break;
	case K_PTR: case K_STRUCT: print_ptr(d, v); break;
	case K_FD: print_fd(d, arg_int(d, reg)); break;
	case K_DIRFD: print_dirfd(d, arg_int(d, reg)); break;
	case K_PATH: print_path(d, v); break;
	case K_STR: print_str(d, v); break;
	case K_INBUF: print_buf(d, v, arg_ulong(d, arg_reg(d, a->param)), 0); break;
	case K_OUTBUF:
		if (d->exiting && !syserror(d))
			print_buf(d, v, (uint64_t)d->sc->rval, 0);
		else
			print_ptr(d, v);
		break;
	case K_MODE: print_mode(d, (unsigned)v); break;
	case K_FLAGS:
		x = xlat_sets[a->param][d->abi->id];
		print_flags(d, x, v, NULL);
		break;
	case K_ENUM:
		x = xlat_sets[a->param][d->abi->id];
		/* an int: negative names (RUSAGE_CHILDREN) are stored sign-extended,
		 * an unknown value prints as the 32-bit hex strace shows */
		if (xlat_name(x, (uint64_t)(int64_t)(int32_t)v)) {
			char num[24];
			snprintf(num, sizeof(num), "%#" PRIx32, (uint32_t)v);
			if (xlat_style != XLAT_STYLE_ABBREV && style_begin(d, num))
				break;
			P(d, xlat_name(x, (uint64_t)(int64_t)(int32_t)v));
			style_end(d);
		} else
			print_xval(d, x, (uint32_t)v, NULL);
		break;
	case K_SIGNO: print_signo(d, arg_int(d, reg)); break;
	case K_PID: print_pid_arg(d, arg_int(d, reg)); break;
	case K_UID: case K_GID: print_id(d, v); break;
	case K_STRARRAY: print_ptr(d, v); break;
	default: print_hex(d, v); break;
	}
}

void print_args_range(struct dctx *d, unsigned from, unsigned to)
{
	const struct sysent *e = d->sc->ent;
	for (unsigned i = from; i < to && i < e->nargs; i++) {
		if (i)
			P(d, ", ");
		print_arg(d, i);
	}
}

int decode_generic(struct dctx *d)
{
	const struct sysent *e = d->sc->ent;
	if (!d->exiting) {
		print_args_range(d, 0, e->first_out);
		return e->first_out >= e->nargs ? DEC_DONE : DEC_AGAIN;
	}
	print_args_range(d, e->first_out, e->nargs);
	return DEC_DONE;
}
