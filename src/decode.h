/* What a decoder gets: the syscall's numbers, a memory reader and an
 * output sink. Decoders never call ptrace. */
#ifndef XSTRACE_DECODE_H
#define XSTRACE_DECODE_H

#include <stdbool.h>
#include <stdint.h>

#include "mem.h"
#include "output.h"
#include "sysent.h"
#include "tcb.h"
#include "xlat.h"

struct dctx {
	struct syscall_state *sc;
	const struct abi *abi;
	struct outfile *out;
	const struct mem_reader *mem;
	bool exiting;
	pid_t tgid;           /* the process (-y's fd table); 0 in unit tests */
	int max_strlen;       /* -s */
	/* set by a decoder at exit: text printed after the return value */
	char auxstr[1024];
	bool ret_printed;     /* the decoder printed the "= ..." part itself */
	int ret_kind;         /* -1, or an enum ret_kind to print this return as
				 (fcntl F_GETFL: R_HEX with auxstr "(flags ...)") */
};

/* Decoder return value at entry: call me again at exit, or not. */
enum { DEC_AGAIN = 0, DEC_DONE = 1 };

#define DEFINE_DECODER(name) int decode_##name(struct dctx *d)

/* The generic printer of tables/signatures.def kinds. */
int decode_generic(struct dctx *d);
void print_arg(struct dctx *d, unsigned i);
/* Prints args [from, to) with ", " separators as the generic printer does. */
void print_args_range(struct dctx *d, unsigned from, unsigned to);

/* Argument values as the ABI sees them. */
static inline uint64_t arg_ulong(const struct dctx *d, unsigned i)
{
	uint64_t v = d->sc->args[i];
	return d->abi->wordsize == 4 ? (uint32_t)v : v;
}
static inline int64_t arg_long(const struct dctx *d, unsigned i)
{
	uint64_t v = d->sc->args[i];
	return d->abi->wordsize == 4 ? (int64_t)(int32_t)v : (int64_t)v;
}
static inline int arg_int(const struct dctx *d, unsigned i)
{
	return (int)(uint32_t)d->sc->args[i];
}
/* The syscall failed (exit only). */
static inline bool syserror(const struct dctx *d)
{
	return d->sc->error != 0;
}

#endif
