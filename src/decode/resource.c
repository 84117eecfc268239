/* Limits, randomness, arch_prctl. */
#include <inttypes.h>
#include <string.h>

#include "common.h"
#include "print.h"

static void print_rlim(struct dctx *d, uint64_t v, bool is64, int size)
{
	bool inf = size == 8 ? v == UINT64_MAX : (uint32_t)v == UINT32_MAX;
	if (inf)
		P(d, is64 ? "RLIM64_INFINITY" : "RLIM_INFINITY");
	else if (v > 1024 && v % 1024 == 0)
		PF(d, "%" PRIu64 "*1024", v / 1024);
	else
		PF(d, "%" PRIu64, v);
}

static void print_rlimit(struct dctx *d, uint64_t addr, bool is64)
{
	unsigned char buf[16];
	int size = is64 ? 8 : d->abi->wordsize;
	if (!addr) {
		P(d, "NULL");
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size * 2))
		return;
	P(d, "{rlim_cur=");
	print_rlim(d, field_u(buf, 0, size), is64, size);
	P(d, ", rlim_max=");
	print_rlim(d, field_u(buf, size, size), is64, size);
	P(d, "}");
}

DEFINE_DECODER(prlimit64)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		print_xval(d, XLAT(d->abi, resources), (uint32_t)arg_ulong(d, 1), "RLIMIT_???");
		P(d, ", ");
		print_rlimit(d, arg_ulong(d, 2), true);
		P(d, ", ");
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 3));
	else
		print_rlimit(d, arg_ulong(d, 3), true);
	return DEC_DONE;
}

DEFINE_DECODER(getrlimit)
{
	if (!d->exiting) {
		print_xval(d, XLAT(d->abi, resources), (uint32_t)arg_ulong(d, 0), "RLIMIT_???");
		P(d, ", ");
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 1));
	else
		print_rlimit(d, arg_ulong(d, 1), false);
	return DEC_DONE;
}

DEFINE_DECODER(setrlimit)
{
	print_xval(d, XLAT(d->abi, resources), (uint32_t)arg_ulong(d, 0), "RLIMIT_???");
	P(d, ", ");
	print_rlimit(d, arg_ulong(d, 1), false);
	return DEC_DONE;
}

/* the random bytes are always shown in hex */
DEFINE_DECODER(getrandom)
{
	if (!d->exiting)
		return DEC_AGAIN;
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 0));
	else
		print_buf(d, arg_ulong(d, 0), (uint64_t)d->sc->rval, QUOTE_FORCE_HEX);
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 1));
	print_flags(d, XLAT(d->abi, getrandom_flags), (uint32_t)arg_ulong(d, 2), "GRND_???");
	return DEC_DONE;
}

DEFINE_DECODER(arch_prctl)
{
	unsigned code = (unsigned)arg_ulong(d, 0);
	bool getter = code == XV_ARCH_GET_FS || code == XV_ARCH_GET_GS;
	if (!d->exiting) {
		print_xval(d, XLAT(d->abi, arch_prctl_codes), code, "ARCH_???");
		P(d, ", ");
		if (!getter) {
			print_hex(d, arg_ulong(d, 1));
			return DEC_DONE;
		}
		return DEC_AGAIN;
	}
	uint64_t v;
	if (!syserror(d) && d->mem->read(d->mem, arg_ulong(d, 1), &v, 8) == 0)
		PF(d, "[%#" PRIx64 "]", v);
	else
		print_ptr(d, arg_ulong(d, 1));
	return DEC_DONE;
}
