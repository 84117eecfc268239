/* Memory: mmap and its variants, mremap, mincore, membarrier, memfd_create.
 * munmap, mprotect, madvise, brk, msync and the mlock family print with the
 * generic printer from their signatures. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

#define MAP_TYPE_MASK 0xfu
#define HUGE_SHIFT 26
#define HUGE_MASK 0x3fu

/* The type (MAP_PRIVATE), then the flags, then a huge page size. */
static void print_mmap_flags(struct dctx *d, uint64_t flags)
{
	const struct xlat *x = XLAT(d->abi, mmap_flags);
	if (xlat_style != XLAT_STYLE_ABBREV) {
		/* -X: the whole value, then (verbose) all of the above */
		char num[24];
		snprintf(num, sizeof(num), "%#" PRIx64, flags);
		if (style_begin(d, num))
			return;
		print_mmap_flags(d, flags);
		style_end(d);
		return;
	}
	print_xval(d, x, flags & MAP_TYPE_MASK, "MAP_???");
	uint64_t rest = flags & ~(uint64_t)MAP_TYPE_MASK & ~((uint64_t)HUGE_MASK << HUGE_SHIFT);
	if (rest) {
		/* the type entries are all below 16 and so never match here */
		P(d, "|");
		print_flags(d, x, rest, "");
	}
	unsigned huge = (unsigned)(flags >> HUGE_SHIFT) & HUGE_MASK;
	if (huge)
		PF(d, "|%u<<MAP_HUGE_SHIFT", huge);
}

/* mmap's six values, wherever they came from (registers or old_mmap's
 * block in memory); offset is in bytes */
static void print_mmap(struct dctx *d, const uint64_t a[5], uint64_t offset)
{
	print_ptr(d, a[0]);
	PF(d, ", %" PRIu64 ", ", a[1]);
	print_flags(d, XLAT(d->abi, mmap_prot), a[2], "PROT_???");
	P(d, ", ");
	print_mmap_flags(d, a[3]);
	P(d, ", ");
	print_fd(d, (int)(uint32_t)a[4]);
	P(d, ", ");
	print_hex(d, offset);
}

static void mmap_regs(struct dctx *d, uint64_t offset)
{
	uint64_t a[5];
	for (unsigned i = 0; i < 5; i++)
		a[i] = arg_ulong(d, i);
	print_mmap(d, a, offset);
}

DEFINE_DECODER(mmap)
{
	mmap_regs(d, arg_ulong(d, 5));
	return DEC_DONE;
}

/* mmap2 takes the offset in 4096-byte units on every ABI that has it */
DEFINE_DECODER(mmap2)
{
	mmap_regs(d, arg_ulong(d, 5) << 12);
	return DEC_DONE;
}

/* i386's old mmap: one pointer to the six arguments (struct
 * mmap_arg_struct, six words); unreadable, the pointer prints */
DEFINE_DECODER(old_mmap)
{
	unsigned ws = d->abi->wordsize;
	unsigned char buf[6 * 8];
	uint64_t addr = arg_ulong(d, 0);
	if (!fetch_struct(d, addr, buf, 6 * ws))
		return DEC_DONE;
	uint64_t a[6];
	for (unsigned i = 0; i < 6; i++)
		a[i] = field_u(buf, (int)(i * ws), (int)ws);
	print_mmap(d, a, a[5]);
	return DEC_DONE;
}

/* new_address only when both MREMAP_MAYMOVE and MREMAP_FIXED are set */
DEFINE_DECODER(mremap)
{
	uint64_t flags = arg_ulong(d, 3);
	print_ptr(d, arg_ulong(d, 0));
	PF(d, ", %" PRIu64 ", %" PRIu64 ", ", arg_ulong(d, 1), arg_ulong(d, 2));
	print_flags(d, XLAT(d->abi, mremap_flags), flags, NULL);
	uint64_t both = XV_MREMAP_MAYMOVE | XV_MREMAP_FIXED;
	if ((flags & both) == both) {
		P(d, ", ");
		print_ptr(d, arg_ulong(d, 4));
	}
	return DEC_DONE;
}

/* The tracer's page size, as the kernel counts mincore's vector. */
static uint64_t page_size(void)
{
	static long ps;
	if (!ps)
		ps = sysconf(_SC_PAGESIZE);
	return ps > 0 ? (uint64_t)ps : 4096;
}

/* [1, 0, 1]: one byte a page, at most -s of them */
DEFINE_DECODER(mincore)
{
	if (!d->exiting) {
		print_ptr(d, arg_ulong(d, 0));
		PF(d, ", %" PRIu64 ", ", arg_ulong(d, 1));
		return DEC_AGAIN;
	}
	uint64_t vec = arg_ulong(d, 2);
	if (!vec || syserror(d) || !verbose(d)) {
		print_ptr(d, vec);
		return DEC_DONE;
	}
	uint64_t len = arg_ulong(d, 1);
	uint64_t pages = len / page_size() + (len % page_size() != 0);
	uint64_t max = abbrev(d) ? (uint64_t)d->max_strlen : UINT64_MAX;
	size_t n = (size_t)(pages > max ? max : pages);
	unsigned char buf[256];
	unsigned char *p = n <= sizeof(buf) ? buf : malloc(n);
	if (!p || (n && dread(d, vec, p, n) != 0)) {
		print_ptr(d, vec);
	} else {
		P(d, "[");
		for (size_t i = 0; i < n; i++)
			PF(d, "%s%u", i ? ", " : "", p[i]);
		if (pages > n)
			P(d, n ? ", ..." : "...");
		P(d, "]");
	}
	if (p != buf)
		free(p);
	return DEC_DONE;
}

/* cpu_id only with MEMBARRIER_CMD_FLAG_CPU; MEMBARRIER_CMD_QUERY returns
 * the supported commands, printed in hex with their names */
DEFINE_DECODER(membarrier)
{
	unsigned cmd = (uint32_t)arg_ulong(d, 0);
	if (!d->exiting) {
		unsigned flags = (uint32_t)arg_ulong(d, 1);
		print_xval(d, XLAT(d->abi, membarrier_cmds), cmd, NULL);
		P(d, ", ");
		print_flags(d, XLAT(d->abi, membarrier_flags), flags, NULL);
		if (flags & XV_MEMBARRIER_CMD_FLAG_CPU)
			PF(d, ", %d", arg_int(d, 2));
		return cmd == XV_MEMBARRIER_CMD_QUERY ? DEC_AGAIN : DEC_DONE;
	}
	if (!syserror(d) && d->sc->rval != 0) {
		d->ret_kind = R_HEX;
		aux_flags(d, XLAT(d->abi, membarrier_cmds), (uint64_t)d->sc->rval);
	}
	return DEC_DONE;
}

/* The name (cut at -s), then the flags without the huge page size bits,
 * which follow as N<<MFD_HUGE_SHIFT. */
static void print_memfd_flags(struct dctx *d, uint32_t flags);

DEFINE_DECODER(memfd_create)
{
	size_t limit = (size_t)d->max_strlen;
	/* the kernel takes at most NAME_MAX - strlen("memfd:") bytes */
	if (limit > 249)
		limit = 249;
	print_str_at(d, arg_ulong(d, 0), limit, false);
	P(d, ", ");
	uint32_t flags = (uint32_t)arg_ulong(d, 1);
	if (xlat_style != XLAT_STYLE_ABBREV && flags) {
		/* -X: the whole value, and in verbose all of the below (with
		 * its own comment on unknown bits, as strace prints it) */
		char num[16];
		snprintf(num, sizeof(num), "%#x", flags);
		if (!style_begin(d, num)) {
			print_memfd_flags(d, flags);
			style_end(d);
		}
		return DEC_DONE;
	}
	print_memfd_flags(d, flags);
	return DEC_DONE;
}

static void print_memfd_flags(struct dctx *d, uint32_t flags)
{
	uint32_t rest = flags & ~(HUGE_MASK << HUGE_SHIFT);
	unsigned huge = (flags >> HUGE_SHIFT) & HUGE_MASK;
	if (rest || !huge)
		print_flags(d, XLAT(d->abi, memfd_flags), rest, NULL);
	if (huge)
		PF(d, "%s%u<<MFD_HUGE_SHIFT", rest ? "|" : "", huge);
}
