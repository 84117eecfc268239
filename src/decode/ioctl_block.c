/* Block device (type 0x12) and loop device (type 'L') ioctls: the
 * arguments strace 6.1 decodes as numbers, pairs and fds. */
#include <inttypes.h>

#include "common.h"
#include "decode/ioctl.h"
#include "print.h"

int ioctl_block(struct dctx *d, uint32_t code, uint64_t arg)
{
	unsigned nr = code & 0xff;
	switch (nr) {
	case XV_NR_BLKRASET: case XV_NR_BLKFRASET:
		PF(d, ", %" PRIu64, arg);
		return IOCTL_DONE;
	case XV_NR_BLKROSET: case XV_NR_BLKBSZSET:
		P(d, ", ");
		ioctl_print_num(d, arg, 4, true);
		return IOCTL_DONE;
	case XV_NR_BLKDISCARD: case XV_NR_BLKSECDISCARD: case XV_NR_BLKZEROOUT: {
		unsigned char b[16];
		P(d, ", ");
		if (fetch_or_addr(d, arg, b, sizeof(b)))
			PF(d, "[%" PRIu64 ", %" PRIu64 "]", field_u(b, 0, 8), field_u(b, 8, 8));
		return IOCTL_DONE;
	}
	case XV_NR_BLKRRPART: case XV_NR_BLKFLSBUF: case XV_NR_BLKTRACESTART:
	case XV_NR_BLKTRACESTOP: case XV_NR_BLKTRACETEARDOWN:
		return IOCTL_DONE;
	case XV_NR_BLKSECTGET: case XV_NR_BLKROTATIONAL:
	case XV_NR_BLKROGET: case XV_NR_BLKBSZGET: case XV_NR_BLKSSZGET: case XV_NR_BLKALIGNOFF:
	case XV_NR_BLKPBSZGET: case XV_NR_BLKIOMIN: case XV_NR_BLKIOOPT: case XV_NR_BLKDISCARDZEROES:
	case XV_NR_BLKRAGET: case XV_NR_BLKFRAGET: case XV_NR_BLKGETSIZE: case XV_NR_BLKGETSIZE64:
		break;
	default:
		return IOCTL_RAW;
	}
	if (!d->exiting)
		return IOCTL_AGAIN;
	int ws = d->abi->wordsize;
	P(d, ", ");
	switch (nr) {
	case XV_NR_BLKSECTGET: case XV_NR_BLKROTATIONAL:
		ioctl_print_num(d, arg, 2, false);
		break;
	case XV_NR_BLKPBSZGET: case XV_NR_BLKIOMIN: case XV_NR_BLKIOOPT: case XV_NR_BLKDISCARDZEROES:
		ioctl_print_num(d, arg, 4, false);
		break;
	case XV_NR_BLKRAGET: case XV_NR_BLKFRAGET:
		ioctl_print_num(d, arg, ws, true);
		break;
	case XV_NR_BLKGETSIZE:
		ioctl_print_num(d, arg, ws, false);
		break;
	case XV_NR_BLKGETSIZE64:
		ioctl_print_num(d, arg, 8, false);
		break;
	default:
		ioctl_print_num(d, arg, 4, true);
		break;
	}
	return IOCTL_DONE;
}

int ioctl_loop(struct dctx *d, uint32_t code, uint64_t arg)
{
	switch (code) {
	case XV_LOOP_CLR_FD: case XV_LOOP_SET_CAPACITY: case XV_LOOP_CTL_GET_FREE:
		return IOCTL_DONE;
	case XV_LOOP_SET_FD: case XV_LOOP_CHANGE_FD:
		P(d, ", ");
		print_fd(d, (int)arg);
		return IOCTL_DONE;
	case XV_LOOP_CTL_ADD: case XV_LOOP_CTL_REMOVE:
		PF(d, ", %d", (int)arg);
		return IOCTL_DONE;
	case XV_LOOP_SET_DIRECT_IO: case XV_LOOP_SET_BLOCK_SIZE:
		PF(d, ", %" PRIu64, arg);
		return IOCTL_DONE;
	default:
		return IOCTL_RAW;
	}
}
