/* sigreturn({mask=[...]}): the old-style (non-rt) signal frame of 32-bit
 * ABIs keeps the mask in two words, where tables/abi/<abi>.frame says. */
#include <inttypes.h>
#include <string.h>

#include "common.h"
#include "print.h"

DEFINE_DECODER(sigreturn)
{
	int lo = LAYOUT(d->abi, sigreturn_mask_lo_from_sp);
	int hi = LAYOUT(d->abi, sigreturn_mask_hi_from_sp);
	unsigned char m[8];
	if (lo >= 0 && hi >= 0 &&
	    d->mem->read(d->mem, d->sc->sp + (uint64_t)lo, m, 4) == 0 &&
	    d->mem->read(d->mem, d->sc->sp + (uint64_t)hi, m + 4, 4) == 0) {
		P(d, "{mask=");
		print_sigmask_bytes(d, m, sizeof(m));
		P(d, "}");
	}
	return DEC_DONE;
}
