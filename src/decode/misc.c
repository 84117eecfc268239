/* futex, restart_syscall. */
#include <inttypes.h>
#include <string.h>

#include "common.h"
#include "print.h"

DEFINE_DECODER(futex)
{
	uint64_t op = (uint32_t)arg_ulong(d, 1);
	/* the command: op without FUTEX_PRIVATE_FLAG (128) and FUTEX_CLOCK_REALTIME
	 * (256), as tables/xlat/futex_ops.def says */
	unsigned cmd = (unsigned)op & 127;
	print_ptr(d, arg_ulong(d, 0));
	P(d, ", ");
	print_xval(d, XLAT(d->abi, futex_ops), op, "FUTEX_???");
	uint32_t val = (uint32_t)arg_ulong(d, 2);
	switch (cmd) {
	case XV_FUTEX_WAIT:
		PF(d, ", %u, ", val);
		print_timespec_at(d, arg_ulong(d, 3));
		break;
	case XV_FUTEX_WAKE:
		PF(d, ", %u", val);
		break;
	case XV_FUTEX_WAIT_BITSET:
	case XV_FUTEX_WAKE_BITSET: {
		PF(d, ", %u, ", val);
		if (cmd == XV_FUTEX_WAIT_BITSET)
			print_timespec_at(d, arg_ulong(d, 3));
		else
			print_ptr(d, arg_ulong(d, 3));
		uint32_t mask = (uint32_t)arg_ulong(d, 5);
		if (mask == UINT32_MAX)
			P(d, ", FUTEX_BITSET_MATCH_ANY");
		else
			PF(d, ", %#x", mask);
		break;
	}
	case XV_FUTEX_LOCK_PI:
		P(d, ", ");
		print_timespec_at(d, arg_ulong(d, 3));
		break;
	case XV_FUTEX_UNLOCK_PI: case XV_FUTEX_TRYLOCK_PI:
		break;
	case XV_FUTEX_REQUEUE:
		PF(d, ", %u, %u, ", val, (uint32_t)arg_ulong(d, 3));
		print_ptr(d, arg_ulong(d, 4));
		break;
	case XV_FUTEX_CMP_REQUEUE:
		PF(d, ", %u, %u, ", val, (uint32_t)arg_ulong(d, 3));
		print_ptr(d, arg_ulong(d, 4));
		PF(d, ", %u", (uint32_t)arg_ulong(d, 5));
		break;
	default:
		PF(d, ", %u, ", val);
		print_hex(d, arg_ulong(d, 3));
		P(d, ", ");
		print_ptr(d, arg_ulong(d, 4));
		PF(d, ", %#" PRIx64, arg_ulong(d, 5));
	}
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
