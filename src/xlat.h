/* Named constant sets from tables/xlat/, per ABI where values differ. */
#ifndef XSTRACE_XLAT_H
#define XSTRACE_XLAT_H

#include <stdint.h>
#include "sysent.h"

struct xlat_ent {
	uint64_t val;
	const char *name;
};

struct xlat {
	const struct xlat_ent *ents;
	uint16_t n;
	uint8_t is_flags;
	/* strace's comment after a value it cannot name: "CLOSE_RANGE_???" */
	const char *dflt;
};

/* xlat_sets[set][abi] */
extern const struct xlat *const xlat_sets[XLAT_COUNT][ABI_COUNT];
#define XLAT(abi, set) (xlat_sets[XS_##set][(abi)->id])

const char *xlat_name(const struct xlat *x, uint64_t val);

/* errno and signals by number (dense tables). */
struct errno_ent {
	const char *name;
	const char *msg;
};
extern const struct errno_ent errno_table[];
extern const unsigned errno_table_size;
extern const char *const signal_names[];
extern const unsigned signal_names_size;

struct name_value {
	const char *name;
	int value;
};
const struct name_value *signal_by_name(const char *name, size_t len);
const struct name_value *errno_by_name(const char *name, size_t len);

#endif
