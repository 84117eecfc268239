/* Time: struct timespec and timeval as strace prints them. */
#include <inttypes.h>

#include "common.h"
#include "print.h"

/* {tv_sec=1, tv_nsec=500} in the ABI's native struct timespec */
void print_timespec_at(struct dctx *d, uint64_t addr)
{
	unsigned char buf[16];
	int ws = d->abi->wordsize;
	if (!addr) {
		P(d, "NULL");
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)ws * 2))
		return;
	PF(d, "{tv_sec=%" PRId64 ", tv_nsec=%" PRId64 "}", field_s(buf, 0, ws), field_s(buf, ws, ws));
}

/* {tv_sec=1, tv_usec=500} from a fetched struct timeval at p */
void print_timeval_at(struct dctx *d, const unsigned char *p, int ws)
{
	PF(d, "{tv_sec=%" PRId64 ", tv_usec=%" PRId64 "}", field_s(p, 0, ws), field_s(p, ws, ws));
}
