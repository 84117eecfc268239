/* Signals: masks, rt_sigaction, rt_sigprocmask, rt_sigreturn. */
#include <inttypes.h>
#include <string.h>

#include "common.h"
#include "print.h"

/* [HUP CHLD], or ~[KILL STOP] when two thirds of the bits are set */
void print_sigmask_bytes(struct dctx *d, const unsigned char *m, unsigned nbytes)
{
	unsigned nsig = nbytes * 8, set = 0;
	for (unsigned i = 0; i < nsig; i++)
		set += (m[i / 8] >> (i % 8)) & 1;
	bool invert = set >= nsig * 2 / 3;
	if (invert)
		P(d, "~");
	P(d, "[");
	bool first = true;
	for (unsigned i = 0; i < nsig; i++) {
		bool bit = (m[i / 8] >> (i % 8)) & 1;
		if (bit == invert)
			continue;
		if (!first)
			P(d, " ");
		first = false;
		const char *name = signame((int)i + 1);
		if (name)
			P(d, name + 3);
		else
			PF(d, "%u", i + 1);
	}
	P(d, "]");
}

void print_sigmask_at(struct dctx *d, uint64_t addr, uint64_t size)
{
	unsigned char m[128];
	if (!addr) {
		P(d, "NULL");
		return;
	}
	if (size == 0 || size > sizeof(m) || d->mem->read(d->mem, addr, m, (size_t)size) < 0) {
		print_ptr(d, addr);
		return;
	}
	print_sigmask_bytes(d, m, (unsigned)size);
}

static void print_sa_handler(struct dctx *d, uint64_t h)
{
	uint64_t all = d->abi->wordsize == 4 ? UINT32_MAX : UINT64_MAX;
	if (h == 0)
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
		print_hex(d, FIELD_U(d, buf, kernel_sigaction, sa_restorer));
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
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 2));
	else
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
	if (off >= 0 && d->mem->read(d->mem, d->sc->sp + (uint64_t)off, m, sizeof(m)) == 0) {
		P(d, "{mask=");
		print_sigmask_bytes(d, m, sizeof(m));
		P(d, "}");
	}
	return DEC_DONE;
}
