/* Memory mappings: mmap and mmap2. */
#include <inttypes.h>

#include "common.h"
#include "print.h"

#define MAP_TYPE_MASK 0xfu
#define MAP_HUGE_SHIFT_ 26
#define MAP_HUGE_MASK_ 0x3fu

/* The type (MAP_PRIVATE), then the flags, then a huge page size. */
static void print_mmap_flags(struct dctx *d, uint64_t flags)
{
	const struct xlat *x = XLAT(d->abi, mmap_flags);
	print_xval(d, x, flags & MAP_TYPE_MASK, "MAP_???");
	uint64_t rest = flags & ~(uint64_t)MAP_TYPE_MASK & ~((uint64_t)MAP_HUGE_MASK_ << MAP_HUGE_SHIFT_);
	if (rest) {
		/* the type entries are all below 16 and so never match here */
		P(d, "|");
		print_flags(d, x, rest, "");
	}
	unsigned huge = (unsigned)(flags >> MAP_HUGE_SHIFT_) & MAP_HUGE_MASK_;
	if (huge)
		PF(d, "|%u<<MAP_HUGE_SHIFT", huge);
}

static int mmap_common(struct dctx *d, uint64_t offset)
{
	print_ptr(d, arg_ulong(d, 0));
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 1));
	print_flags(d, XLAT(d->abi, mmap_prot), arg_ulong(d, 2), "PROT_???");
	P(d, ", ");
	print_mmap_flags(d, arg_ulong(d, 3));
	P(d, ", ");
	print_fd(d, arg_int(d, 4));
	P(d, ", ");
	print_hex(d, offset);
	return DEC_DONE;
}

DEFINE_DECODER(mmap)
{
	return mmap_common(d, arg_ulong(d, 5));
}

/* mmap2 takes the offset in 4096-byte units */
DEFINE_DECODER(mmap2)
{
	return mmap_common(d, arg_ulong(d, 5) << 12);
}
