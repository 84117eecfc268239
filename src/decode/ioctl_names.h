/* Each ABI's ioctl request names (generated from tables/ioctls.tbl),
 * sorted by number and then by name. */
#ifndef XSTRACE_DECODE_IOCTL_NAMES_H
#define XSTRACE_DECODE_IOCTL_NAMES_H

#include <stdint.h>

struct ioctl_ent {
	uint32_t code;
	const char *name;
};

struct ioctl_names {
	const struct ioctl_ent *ents;
	unsigned n;
};

/* indexed by enum abi_id */
extern const struct ioctl_names ioctl_names[];

#endif
