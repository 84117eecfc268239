/* x86's set_thread_area: struct user_desc (the same layout for i386 and
 * x86_64 tracees), and the GDT entry the kernel picked when the caller
 * asked for any (entry_number -1), shown after the return value. */
#include <stdio.h>
#include <string.h>
#include "common.h"
#include "print.h"

struct user_desc_raw {
	uint32_t entry_number;
	uint32_t base_addr;
	uint32_t limit;
	uint32_t bits;   /* seg_32bit:1 contents:2 read_exec_only:1
			    limit_in_pages:1 seg_not_present:1 useable:1 lm:1 */
};

static void print_user_desc(struct dctx *d, const struct user_desc_raw *u)
{
	uint32_t b = u->bits;
	out_printf(d->out, "{entry_number=%d, base_addr=%#x, limit=%#x, seg_32bit=%u, contents=%u, "
		   "read_exec_only=%u, limit_in_pages=%u, seg_not_present=%u, useable=%u",
		   (int)u->entry_number, u->base_addr, u->limit, b & 1, (b >> 1) & 3,
		   (b >> 3) & 1, (b >> 4) & 1, (b >> 5) & 1, (b >> 6) & 1);
	if (d->abi->wordsize == 8)
		out_printf(d->out, ", lm=%u", (b >> 7) & 1);
	P(d, "}");
}

DEFINE_DECODER(set_thread_area)
{
	uint64_t addr = arg_ulong(d, 0);
	struct user_desc_raw u;
	if (!d->exiting) {
		d->sc->aux[0] = 0;
		if (fetch_or_addr(d, addr, &u, sizeof(u))) {
			print_user_desc(d, &u);
			d->sc->aux[0] = u.entry_number == 0xffffffffu;
		}
		return DEC_AGAIN;
	}
	if (d->sc->aux[0] && !syserror(d) && dread(d, addr, &u, sizeof(u)) == 0)
		snprintf(d->auxstr, sizeof(d->auxstr), "(entry_number=%u)", u.entry_number);
	return DEC_DONE;
}
