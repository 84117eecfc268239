/* The ioctl decoder's families (ioctl_*.c), called at entry and, when
 * they ask for it, again at exit. */
#ifndef XSTRACE_DECODE_IOCTL_H
#define XSTRACE_DECODE_IOCTL_H

#include <stdint.h>
#include "decode.h"

enum ioctl_result {
	IOCTL_RAW,      /* not decoded: the argument is printed in hex */
	IOCTL_DONE,     /* the family printed the argument (or none) */
	IOCTL_AGAIN,    /* call the family again at exit */
};

/* the third argument as an int, long, ... pointed to: "[5]", NULL, or
 * the address (unreadable, or at the exit of a failed call) */
void ioctl_print_num(struct dctx *d, uint64_t addr, int size, bool is_signed);

int ioctl_tty(struct dctx *d, uint32_t code, uint64_t arg);
int ioctl_block(struct dctx *d, uint32_t code, uint64_t arg);
int ioctl_loop(struct dctx *d, uint32_t code, uint64_t arg);

#endif
