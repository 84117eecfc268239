/* Limits and usage, randomness, arch_prctl. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

/* RLIM64_INFINITY for the 64-bit layouts (prlimit64, and getrlimit and
 * setrlimit on 64-bit ABIs), RLIM_INFINITY for the 32-bit one */
static void print_rlim(struct dctx *d, uint64_t v, int size)
{
	bool inf = size == 8 ? v == UINT64_MAX : (uint32_t)v == UINT32_MAX;
	if (xlat_style != XLAT_STYLE_ABBREV && (inf || (v > 1024 && v % 1024 == 0))) {
		/* -X: the number, and in verbose the usual text as a comment */
		char num[24];
		snprintf(num, sizeof(num), "%" PRIu64, size == 8 ? v : (uint32_t)v);
		if (!style_begin(d, num)) {
			print_rlim(d, v, size);
			style_end(d);
		}
	} else if (inf)
		P(d, size == 8 ? "RLIM64_INFINITY" : "RLIM_INFINITY");
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
	print_rlim(d, field_u(buf, 0, size), size);
	P(d, ", rlim_max=");
	print_rlim(d, field_u(buf, size, size), size);
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

/* getrlimit and ugetrlimit */
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
		print_rlimit(d, arg_ulong(d, 1), d->abi->wordsize == 8);
	return DEC_DONE;
}

DEFINE_DECODER(setrlimit)
{
	print_xval(d, XLAT(d->abi, resources), (uint32_t)arg_ulong(d, 0), "RLIMIT_???");
	P(d, ", ");
	print_rlimit(d, arg_ulong(d, 1), d->abi->wordsize == 8);
	return DEC_DONE;
}

DEFINE_DECODER(getrusage)
{
	if (!d->exiting) {
		int who = arg_int(d, 0);
		const struct xlat *x = XLAT(d->abi, rusage_who);
		/* RUSAGE_CHILDREN is -1: the names are stored sign-extended */
		const char *name = xlat_name(x, (uint64_t)(int64_t)who);
		char num[16];
		snprintf(num, sizeof(num), "%#x", (unsigned)who);
		if (name && xlat_style != XLAT_STYLE_ABBREV) {
			if (!style_begin(d, num)) {
				P(d, name);
				style_end(d);
			}
		} else if (name)
			P(d, name);
		else
			print_xval(d, x, (uint32_t)who, NULL);
		P(d, ", ");
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 1));
	else
		print_rusage(d, arg_ulong(d, 1));
	return DEC_DONE;
}

/* clock ticks, with the seconds they make as a comment when not 0
 * ("1 /" "* 0.01 s *" "/" at 100 ticks a second) */
static void print_clock_t(struct dctx *d, int64_t ticks)
{
	static long hz;
	if (!hz)
		hz = sysconf(_SC_CLK_TCK);
	PF(d, "%" PRId64, ticks);
	if (!ticks || hz <= 0)
		return;
	int64_t scale = 1;
	int digits = 0;
	while (scale < hz) {
		scale *= 10;
		digits++;
	}
	uint64_t mag = ticks < 0 ? (uint64_t)-ticks : (uint64_t)ticks;
	PF(d, " /* %s%" PRIu64 ".%0*" PRIu64 " s */", ticks < 0 ? "-" : "", mag / (uint64_t)hz, digits,
	   mag % (uint64_t)hz * (uint64_t)scale / (uint64_t)hz);
}

/* {tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0} */
DEFINE_DECODER(times)
{
	if (!d->exiting)
		return DEC_AGAIN;
	unsigned char b[64];
	uint64_t addr = arg_ulong(d, 0);
	int size = SZ(d->abi, tms);
	if (syserror(d) || size <= 0 || size > (int)sizeof(b)) {
		print_ptr(d, addr);
		return DEC_DONE;
	}
	if (!fetch_struct(d, addr, b, (size_t)size))
		return DEC_DONE;
	P(d, "{tms_utime=");
	print_clock_t(d, FIELD_S(d, b, tms, tms_utime));
	P(d, ", tms_stime=");
	print_clock_t(d, FIELD_S(d, b, tms, tms_stime));
	P(d, ", tms_cutime=");
	print_clock_t(d, FIELD_S(d, b, tms, tms_cutime));
	P(d, ", tms_cstime=");
	print_clock_t(d, FIELD_S(d, b, tms, tms_cstime));
	P(d, "}");
	return DEC_DONE;
}

/* every field of struct sysinfo, also without -v */
DEFINE_DECODER(sysinfo)
{
	if (!d->exiting)
		return DEC_AGAIN;
	unsigned char b[MAX_STRUCT];
	uint64_t addr = arg_ulong(d, 0);
	int size = SZ(d->abi, sysinfo);
	if (syserror(d) || size <= 0 || size > MAX_STRUCT) {
		print_ptr(d, addr);
		return DEC_DONE;
	}
	if (!fetch_struct(d, addr, b, (size_t)size))
		return DEC_DONE;
	int ws = d->abi->wordsize;
	int loads = OFF(d->abi, sysinfo, loads);
	PF(d, "{uptime=%" PRId64 ", loads=[%" PRIu64 ", %" PRIu64 ", %" PRIu64 "]",
	   FIELD_S(d, b, sysinfo, uptime), field_u(b, loads, ws), field_u(b, loads + ws, ws),
	   field_u(b, loads + 2 * ws, ws));
	PF(d, ", totalram=%" PRIu64 ", freeram=%" PRIu64 ", sharedram=%" PRIu64
	   ", bufferram=%" PRIu64 ", totalswap=%" PRIu64 ", freeswap=%" PRIu64,
	   FIELD_U(d, b, sysinfo, totalram), FIELD_U(d, b, sysinfo, freeram),
	   FIELD_U(d, b, sysinfo, sharedram), FIELD_U(d, b, sysinfo, bufferram),
	   FIELD_U(d, b, sysinfo, totalswap), FIELD_U(d, b, sysinfo, freeswap));
	PF(d, ", procs=%" PRIu64 ", totalhigh=%" PRIu64 ", freehigh=%" PRIu64
	   ", mem_unit=%" PRIu64 "}",
	   FIELD_U(d, b, sysinfo, procs), FIELD_U(d, b, sysinfo, totalhigh),
	   FIELD_U(d, b, sysinfo, freehigh), FIELD_U(d, b, sysinfo, mem_unit));
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

/* 0xe7 followed by the names as a comment (strace's verbose style) */
static void print_flags_commented(struct dctx *d, const struct xlat *x, uint64_t v)
{
	print_hex(d, v);
	if (!v)
		return;
	P(d, " /* ");
	print_flags(d, x, v, "");
	P(d, " */");
}

DEFINE_DECODER(arch_prctl)
{
	unsigned code = (unsigned)arg_ulong(d, 0);
	uint64_t addr = arg_ulong(d, 1);
	switch (code) {
	case XV_ARCH_GET_FS: case XV_ARCH_GET_GS: {
		if (!d->exiting) {
			print_xval(d, XLAT(d->abi, arch_prctl_codes), code, NULL);
			P(d, ", ");
			return DEC_AGAIN;
		}
		uint64_t v = 0;
		int ws = d->abi->wordsize;
		if (!addr || syserror(d) || dread(d, addr, &v, (size_t)ws) != 0)
			print_ptr(d, addr);
		else {
			P(d, "[");
			print_ptr(d, ws == 4 ? (uint32_t)v : v);
			P(d, "]");
		}
		return DEC_DONE;
	}
	case XV_ARCH_GET_CPUID:
		print_xval(d, XLAT(d->abi, arch_prctl_codes), code, NULL);
		return DEC_DONE;
	case XV_ARCH_GET_XCOMP_SUPP: case XV_ARCH_GET_XCOMP_PERM:
	case XV_ARCH_GET_XCOMP_GUEST_PERM: {
		if (!d->exiting) {
			print_xval(d, XLAT(d->abi, arch_prctl_codes), code, NULL);
			P(d, ", ");
			return DEC_AGAIN;
		}
		uint64_t v;
		if (!addr || syserror(d) || dread(d, addr, &v, 8) != 0) {
			print_ptr(d, addr);
		} else {
			P(d, "[");
			print_flags_commented(d, XLAT(d->abi, x86_xfeatures), v);
			P(d, "]");
		}
		return DEC_DONE;
	}
	case XV_ARCH_REQ_XCOMP_PERM: case XV_ARCH_REQ_XCOMP_GUEST_PERM: {
		if (!d->exiting) {
			print_xval(d, XLAT(d->abi, arch_prctl_codes), code, NULL);
			P(d, ", ");
			print_hex(d, addr);
			const char *name = xlat_name(XLAT(d->abi, x86_xfeature_bits), addr);
			PF(d, " /* %s */", name ? name : "XFEATURE_???");
			return DEC_AGAIN;
		}
		if (!syserror(d) && d->sc->rval > 0) {
			d->ret_kind = R_HEX;
			aux_flags(d, XLAT(d->abi, x86_xfeatures), (uint64_t)d->sc->rval);
		}
		return DEC_DONE;
	}
	default:
		print_xval(d, XLAT(d->abi, arch_prctl_codes), code, NULL);
		P(d, ", ");
		print_hex(d, addr);
		return DEC_DONE;
	}
}
