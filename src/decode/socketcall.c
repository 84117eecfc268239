/* i386's socketcall(2) multiplexer: strace shows socketcall(SYS_SOCKET,
 * args) as socket(...), so the call is replaced at entry by the call it
 * stands for, with the arguments read from the tracee.  Where the ABI
 * also has the call as a syscall of its own (socket, bind, ... since
 * Linux 4.3), its number is used, so that -e trace=, -c and the rest see
 * that call; accept, send and recv have none on i386 and keep
 * socketcall's number. */
#include <ctype.h>
#include <string.h>

#include "decode.h"
#include "print.h"
#include "subcall.h"

static const struct sysent *socketcall_ent[ABI_COUNT];
static bool looked_up[ABI_COUNT];

/* The sysent of a call by name for abi, or of any ABI that has it (the
 * descriptors of socket calls are the same on every ABI). */
static const struct sysent *sysent_by_name(const struct abi *abi, const char *name, int32_t *nr)
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

void socketcall_resolve(struct syscall_state *sc, const struct mem_reader *m)
{
	const struct abi *abi = sc->abi;
	if (!looked_up[abi->id]) {
		int32_t nr;
		socketcall_ent[abi->id] = sysent_by_name(abi, "socketcall", &nr);
		if (nr < 0)
			socketcall_ent[abi->id] = NULL;
		looked_up[abi->id] = true;
	}
	if (!sc->ent || sc->ent != socketcall_ent[abi->id])
		return;
	const char *sysname = xlat_name(XLAT(abi, socketcall_subcalls), (uint32_t)sc->args[0]);
	if (!sysname || strncmp(sysname, "SYS_", 4))
		return;
	char name[32];
	size_t i;
	for (i = 0; sysname[4 + i] && i < sizeof(name) - 1; i++)
		name[i] = (char)tolower((unsigned char)sysname[4 + i]);
	name[i] = '\0';
	int32_t nr;
	const struct sysent *e = sysent_by_name(abi, name, &nr);
	if (!e || e->nargs > 6)
		return;
	unsigned ws = abi->wordsize;
	unsigned char buf[6 * 8];
	if (m->read(m, sc->args[1] & (ws == 4 ? UINT32_MAX : UINT64_MAX), buf, e->nargs * ws) < 0)
		return;
	for (unsigned a = 0; a < 6; a++) {
		uint64_t v = 0;
		if (a < e->nargs) {
			if (ws == 4) {
				uint32_t w;
				memcpy(&w, buf + 4 * a, 4);
				v = w;
			} else {
				memcpy(&v, buf + 8 * a, 8);
			}
		}
		sc->args[a] = v;
	}
	sc->ent = e;
	if (nr >= 0)
		sc->nr = (uint64_t)nr;
}

bool subcall_named_in(const struct syscall_state *sc, const struct abi **abi, uint64_t *nr)
{
	if (!sc->ent || sc->ent == sysent_lookup(sc->abi, sc->nr))
		return false;
	const struct syscall_name_ent *n = syscall_by_name(sc->ent->name, strlen(sc->ent->name));
	if (!n)
		return false;
	for (int a = 0; a < ABI_COUNT; a++)
		if (n->nr[a] >= 0 && sysent_lookup(&abis[a], (uint64_t)n->nr[a]) == sc->ent) {
			*abi = &abis[a];
			*nr = (uint64_t)n->nr[a];
			return true;
		}
	return false;
}

int socketcall_nr(const struct abi *abi)
{
	const struct syscall_name_ent *n = syscall_by_name("socketcall", 10);
	return n ? n->nr[abi->id] : -1;
}

/* A socketcall that stays one: an unknown call number, or arguments that
 * cannot be read */
DEFINE_DECODER(socketcall)
{
	print_xval_d(d, XLAT(d->abi, socketcall_subcalls), (uint32_t)arg_ulong(d, 0), "");
	P(d, ", ");
	print_ptr(d, arg_ulong(d, 1));
	return DEC_DONE;
}
