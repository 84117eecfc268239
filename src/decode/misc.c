/* futex, futex_waitv, sched_getattr/sched_setattr, restart_syscall. */
#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

/* FUTEX_WAKE_OP's val3: op<<28 | cmp<<24 | oparg<<12 | cmparg */
static void print_futex_wake_op(struct dctx *d, uint32_t v)
{
	unsigned op = v >> 28 & 0xf, cmp = v >> 24 & 0xf;
	/* -X raw prints each part as a number (the op and comparison with
	 * strace's "???" comment), verbose adds the names in comments */
	bool raw = xlat_style == XLAT_STYLE_RAW, verb = xlat_style == XLAT_STYLE_VERBOSE;
	if (op & 8)   /* FUTEX_OP_OPARG_SHIFT */
		P(d, raw ? "0x8<<28|" : verb ? "0x8 /* FUTEX_OP_OPARG_SHIFT */<<28|" : "FUTEX_OP_OPARG_SHIFT<<28|");
	const char *name = raw ? NULL : xlat_name(XLAT(d->abi, futex_wake_ops), op & 7);
	if (name && verb)
		PF(d, "%#x /* %s */<<28", op & 7, name);
	else if (name)
		PF(d, "%s<<28", name);
	else
		PF(d, "%#x<<28 /* FUTEX_OP_??? */", op & 7);
	PF(d, "|%#x<<12|", v >> 12 & 0xfff);
	name = raw ? NULL : xlat_name(XLAT(d->abi, futex_wake_cmps), cmp);
	if (name && verb)
		PF(d, "%#x /* %s */<<24", cmp, name);
	else if (name)
		PF(d, "%s<<24", name);
	else
		PF(d, "%#x<<24 /* FUTEX_OP_CMP_??? */", cmp);
	PF(d, "|%#x", v & 0xfff);
}

/* futex and futex_time64: which arguments print depends on the command
 * (op without FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME, op & 127),
 * while the op itself is looked up whole in tables/xlat/futex_ops.def. */
DEFINE_DECODER(futex)
{
	bool t64 = call_is_time64(d);
	uint64_t op = (uint32_t)arg_ulong(d, 1);
	unsigned cmd = (unsigned)op & 127;
	uint32_t val = (uint32_t)arg_ulong(d, 2);
	uint32_t val2 = (uint32_t)arg_ulong(d, 3);
	uint32_t val3 = (uint32_t)arg_ulong(d, 5);
	print_ptr(d, arg_ulong(d, 0));
	P(d, ", ");
	print_xval(d, XLAT(d->abi, futex_ops), op, NULL);
	switch (cmd) {
	case XV_FUTEX_WAIT:
		PF(d, ", %u, ", val);
		print_ts_at(d, arg_ulong(d, 3), t64);
		break;
	case XV_FUTEX_WAKE:
	case XV_FUTEX_FD:
		PF(d, ", %u", val);
		break;
	case XV_FUTEX_WAIT_BITSET:
	case XV_FUTEX_WAKE_BITSET:
		PF(d, ", %u, ", val);
		if (cmd == XV_FUTEX_WAIT_BITSET) {
			print_ts_at(d, arg_ulong(d, 3), t64);
			P(d, ", ");
		}
		if (val3 == UINT32_MAX && xlat_style == XLAT_STYLE_VERBOSE)
			P(d, "0xffffffff /* FUTEX_BITSET_MATCH_ANY */");
		else if (val3 == UINT32_MAX && xlat_style == XLAT_STYLE_ABBREV)
			P(d, "FUTEX_BITSET_MATCH_ANY");
		else
			PF(d, "%#x", val3);
		break;
	case XV_FUTEX_WAIT_REQUEUE_PI:
		PF(d, ", %u, ", val);
		print_ts_at(d, arg_ulong(d, 3), t64);
		P(d, ", ");
		print_ptr(d, arg_ulong(d, 4));
		break;
	case XV_FUTEX_LOCK_PI:
	case XV_FUTEX_LOCK_PI2:
		P(d, ", ");
		print_ts_at(d, arg_ulong(d, 3), t64);
		break;
	case XV_FUTEX_UNLOCK_PI:
	case XV_FUTEX_TRYLOCK_PI:
		break;
	case XV_FUTEX_REQUEUE:
		PF(d, ", %u, %u, ", val, val2);
		print_ptr(d, arg_ulong(d, 4));
		break;
	case XV_FUTEX_CMP_REQUEUE:
	case XV_FUTEX_CMP_REQUEUE_PI:
		PF(d, ", %u, %u, ", val, val2);
		print_ptr(d, arg_ulong(d, 4));
		PF(d, ", %u", val3);
		break;
	case XV_FUTEX_WAKE_OP:
		PF(d, ", %u, %u, ", val, val2);
		print_ptr(d, arg_ulong(d, 4));
		P(d, ", ");
		print_futex_wake_op(d, val3);
		break;
	default:
		PF(d, ", %u, ", val);
		print_hex(d, arg_ulong(d, 3));
		P(d, ", ");
		print_ptr(d, arg_ulong(d, 4));
		PF(d, ", %#x", val3);
	}
	return DEC_DONE;
}

static void print_futex_waiter(struct dctx *d, const unsigned char *e, void *ctx)
{
	(void)ctx;
	uint64_t val = FIELD_U(d, e, futex_waitv, val);
	uint32_t reserved = (uint32_t)FIELD_U(d, e, futex_waitv, __reserved);
	PF(d, "{val=%#" PRIx64 ", uaddr=", val);
	print_ptr(d, FIELD_U(d, e, futex_waitv, uaddr));
	P(d, ", flags=");
	print_flags(d, XLAT(d->abi, futex_waitv_flags), FIELD_U(d, e, futex_waitv, flags), NULL);
	if (reserved)
		PF(d, ", __reserved=%#x", reserved);
	P(d, "}");
}

DEFINE_DECODER(futex_waitv)
{
	uint32_t nr = (uint32_t)arg_ulong(d, 1);
	print_array_at(d, arg_ulong(d, 0), nr, (size_t)SZ(d->abi, futex_waitv), print_futex_waiter, NULL);
	PF(d, ", %u, ", nr);
	print_hex(d, (uint32_t)arg_ulong(d, 2));
	P(d, ", ");
	print_ts_at(d, arg_ulong(d, 3), true);
	P(d, ", ");
	print_xval(d, XLAT(d->abi, clocks), (uint32_t)arg_ulong(d, 4), NULL);
	return DEC_DONE;
}

/* ---- struct sched_attr ---- */

/* The first version of the struct is 48 bytes, the second (utilization
 * clamps) 56. sched_setattr (usize 0) reads the size the caller put in
 * the struct; sched_getattr the size the kernel wrote back. */
#define SCHED_ATTR_SIZE_VER0 48
static void print_sched_attr(struct dctx *d, uint64_t addr, uint32_t usize)
{
	unsigned char buf[64];
	int full = SZ(d->abi, sched_attr);
	bool is_set = usize == 0;
	uint32_t size;
	memset(buf, 0, sizeof(buf));
	if (full <= 0 || full > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!is_set) {
		size = usize < (uint32_t)full ? usize : (uint32_t)full;
		if (!fetch_or_addr(d, addr, buf, size))
			return;
		size = (uint32_t)FIELD_U(d, buf, sched_attr, size);
	} else {
		if (!fetch_or_addr(d, addr, buf, 4))
			return;
		usize = (uint32_t)FIELD_U(d, buf, sched_attr, size);
		if (!usize)
			usize = SCHED_ATTR_SIZE_VER0;
		size = usize < (uint32_t)full ? usize : (uint32_t)full;
		if (size >= SCHED_ATTR_SIZE_VER0 && !fetch_or_addr(d, addr, buf, size))
			return;
	}
	uint32_t attr_size = (uint32_t)FIELD_U(d, buf, sched_attr, size);
	uint64_t flags = FIELD_U(d, buf, sched_attr, sched_flags);
	PF(d, "{size=%u", attr_size);
	if (size >= SCHED_ATTR_SIZE_VER0) {
		if (!is_set || !(flags & XV_SCHED_FLAG_KEEP_POLICY)) {
			P(d, ", sched_policy=");
			print_xval(d, XLAT(d->abi, sched_policies), FIELD_U(d, buf, sched_attr, sched_policy), NULL);
		}
		P(d, ", sched_flags=");
		print_flags(d, XLAT(d->abi, sched_flags), flags, NULL);
		if (!is_set || !(flags & XV_SCHED_FLAG_KEEP_PARAMS)) {
			PF(d, ", sched_nice=%d, sched_priority=%u, sched_runtime=%" PRIu64
			   ", sched_deadline=%" PRIu64 ", sched_period=%" PRIu64,
			   (int)FIELD_S(d, buf, sched_attr, sched_nice),
			   (unsigned)FIELD_U(d, buf, sched_attr, sched_priority),
			   FIELD_U(d, buf, sched_attr, sched_runtime),
			   FIELD_U(d, buf, sched_attr, sched_deadline),
			   FIELD_U(d, buf, sched_attr, sched_period));
		}
		if (size >= (uint32_t)full) {
			/* whatever the clamp flags say */
			PF(d, ", sched_util_min=%u, sched_util_max=%u",
			   (unsigned)FIELD_U(d, buf, sched_attr, sched_util_min),
			   (unsigned)FIELD_U(d, buf, sched_attr, sched_util_max));
		}
	}
	if ((is_set ? usize : attr_size) > size)
		P(d, ", ...");
	P(d, "}");
}

DEFINE_DECODER(sched_setattr)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		print_sched_attr(d, arg_ulong(d, 1), 0);
		return DEC_AGAIN;
	}
	unsigned char buf[4];
	/* E2BIG: the kernel wrote the size it supports into the struct */
	if (d->sc->error == E2BIG && arg_ulong(d, 1) &&
	    dread(d, arg_ulong(d, 1), buf, 4) == 0)
		PF(d, " => {size=%u}", (unsigned)field_u(buf, 0, 4));
	PF(d, ", %u", (unsigned)arg_ulong(d, 2));
	return DEC_DONE;
}

DEFINE_DECODER(sched_getattr)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		return DEC_AGAIN;
	}
	print_sched_attr(d, arg_ulong(d, 1), (uint32_t)arg_ulong(d, 2));
	PF(d, ", %u, %u", (unsigned)arg_ulong(d, 2), (unsigned)arg_ulong(d, 3));
	return DEC_DONE;
}

/* restart_syscall(<... resuming interrupted clock_nanosleep ...>): the
 * call this thread made before. Like strace, a thread attached while in a
 * call names syscall 0 of its ABI, as nothing earlier was seen. */
DEFINE_DECODER(restart_syscall)
{
	const struct sysent *prev = sysent_lookup(d->abi, d->sc->prev_nr);
	if (prev)
		PF(d, "<... resuming interrupted %s ...>", prev->name);
	else
		PF(d, "<... resuming interrupted syscall_%#" PRIx64 " ...>", d->sc->prev_nr);
	return DEC_DONE;
}
