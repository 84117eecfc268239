/* The ipc(2) multiplexer of i386 and arm-oabi era programs (i386 glibc
 * still uses it): strace shows ipc(MSGGET, key, flags, ...) as msgget(key,
 * flags), so at entry the call is replaced by the one it stands for, with
 * its arguments moved to where the direct call has them.  Three calls
 * pass something else than the direct call would; the decoders see
 * sc->aux[IPC_AUX_INDIRECT] set and print them as strace does: semctl's
 * fourth argument points to the union semun, msgrcv (version 0) passes a
 * {msgp, msgtyp} pair, and shmat returns the address through the third
 * argument (kept in sc->aux[IPC_AUX_SHMAT_RESULT]). */
#include <string.h>

#include "decode.h"
#include "decode/ipccall.h"
#include "print.h"
#include "subcall.h"

static const struct sysent *ipc_ent[ABI_COUNT];
static bool looked_up[ABI_COUNT];

/* the sysent of name for abi (its number in *nr), or of another ABI that
 * has the call (i386 has no semop of its own) with *nr -1 */
static const struct sysent *call_by_name(const struct abi *abi, const char *name, int32_t *nr)
{
	const struct syscall_name_ent *n = syscall_by_name(name, strlen(name));
	*nr = -1;
	if (!n)
		return NULL;
	if (n->nr[abi->id] >= 0) {
		*nr = n->nr[abi->id];
		return sysent_lookup(abi, (uint64_t)n->nr[abi->id]);
	}
	for (int a = 0; a < ABI_COUNT; a++)
		if (n->nr[a] >= 0)
			return sysent_lookup(&abis[a], (uint64_t)n->nr[a]);
	return NULL;
}

/* an ipc() that ipc_resolve left alone (an unknown call number) */
DEFINE_DECODER(ipc)
{
	return decode_generic(d);
}

void ipc_resolve(struct syscall_state *sc)
{
	const struct abi *abi = sc->abi;
	if (!looked_up[abi->id]) {
		int32_t nr;
		ipc_ent[abi->id] = call_by_name(abi, "ipc", &nr);
		if (nr < 0)
			ipc_ent[abi->id] = NULL;
		looked_up[abi->id] = true;
	}
	if (!sc->ent || sc->ent != ipc_ent[abi->id])
		return;
	unsigned call = (uint32_t)sc->args[0] & 0xffff, version = (uint32_t)sc->args[0] >> 16;
	const char *name = xlat_name(XLAT(abi, ipc_calls), call);
	if (!name)
		return;
	int32_t nr;
	const struct sysent *e = call_by_name(abi, name, &nr);
	if (!e)
		return;
	uint64_t first = sc->args[1], second = sc->args[2], third = sc->args[3];
	uint64_t ptr = sc->args[4], fifth = sc->args[5];
	uint64_t a[6] = { first, 0, 0, 0, 0, 0 };
	bool indirect = false;
	switch (call) {
	case XV_semop:
		a[1] = ptr, a[2] = second;
		break;
	case XV_semtimedop:
		a[1] = ptr, a[2] = second, a[3] = fifth;
		break;
	case XV_semget: case XV_shmget:
		a[1] = second, a[2] = third;
		break;
	case XV_semctl:
		a[1] = second, a[2] = third, a[3] = ptr;
		indirect = true;
		break;
	case XV_msgsnd:
		a[1] = ptr, a[2] = second, a[3] = third;
		break;
	case XV_msgrcv:
		a[1] = ptr, a[2] = second, a[3] = fifth, a[4] = third;
		indirect = version == 0;
		break;
	case XV_msgget:
		a[1] = second;
		break;
	case XV_msgctl: case XV_shmctl:
		a[1] = second, a[2] = ptr;
		break;
	case XV_shmat:
		a[1] = ptr, a[2] = second;
		sc->aux[IPC_AUX_SHMAT_RESULT] = third;
		indirect = true;
		break;
	case XV_shmdt:
		a[0] = ptr;
		break;
	default:
		return;
	}
	memcpy(sc->args, a, sizeof(a));
	sc->aux[IPC_AUX_INDIRECT] = indirect;
	sc->ent = e;
	if (nr >= 0)
		sc->nr = (uint64_t)nr;
}
