/* The generated description of syscalls and ABIs: what gen/ emits from
 * tables/ and what every decoder reads. */
#ifndef XSTRACE_SYSENT_H
#define XSTRACE_SYSENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "generated/abi_ids.h"     /* enum abi_id, enum layout_key */
#include "generated/xlat_ids.h"    /* enum xlat_id */

struct dctx;
typedef int (*decoder_fn)(struct dctx *);

/* Argument kinds, as named in tables/signatures.def. */
enum arg_kind {
	K_INT, K_UINT, K_LONG, K_ULONG, K_SIZE, K_OFF, K_OFF64, K_HEX, K_PTR,
	K_FD, K_DIRFD, K_PATH, K_STR, K_INBUF, K_OUTBUF, K_MODE, K_FLAGS,
	K_ENUM, K_SIGNO, K_PID, K_UID, K_GID, K_STRUCT, K_STRARRAY,
};

enum ret_kind { R_INT, R_FD, R_HEX, R_OCT, R_NONE, R_PID };

/* strace's trace classes (-e trace=%class). */
enum trace_class {
	TC_FILE = 1u << 0, TC_DESC = 1u << 1, TC_NETWORK = 1u << 2,
	TC_PROCESS = 1u << 3, TC_SIGNAL = 1u << 4, TC_IPC = 1u << 5,
	TC_MEMORY = 1u << 6, TC_CREDS = 1u << 7, TC_CLOCK = 1u << 8,
	TC_STAT = 1u << 9, TC_LSTAT = 1u << 10, TC_FSTAT = 1u << 11,
	TC_STAT_LIKE = 1u << 12, TC_STATFS = 1u << 13, TC_FSTATFS = 1u << 14,
	TC_STATFS_LIKE = 1u << 15, TC_PURE = 1u << 16,
	/* not a strace class: the call changes the memory mappings (-k) */
	TC_MAPS = 1u << 17,
};

/* What a call does to the fd table (tables/fdtrack.def EFFECT). */
enum fd_effect { FX_NONE, FX_CLOSE, FX_ALL, FX_CWD, FX_SOCK, FX_NAMES };

/* Which arguments -P and --trace-fds test (tables/fdtrack.def MATCH):
 * two bits per argument, or a special rule in the top four bits. */
enum { PT_FD = 1, PT_PATH = 2 };
#define PT_ARG(i, kind) ((kind) << (2 * (i)))
#define PT_ARG_KIND(spec, i) (((spec) >> (2 * (i))) & 3)
enum { PT_POLL = 1, PT_SELECT, PT_OLDSELECT, PT_OLD_MMAP, PT_FANOTIFY_MARK, PT_FSCONFIG };
#define PT_SPECIAL(s) ((s) << 12)
#define PT_SPECIAL_OF(spec) ((spec) >> 12)

struct arg_desc {
	const char *name;
	uint8_t kind;      /* enum arg_kind */
	uint8_t out;       /* written by the kernel: printed at exit */
	uint16_t param;    /* xlat id, or argument index for in/outbuf */
};

struct sysent {
	const char *name;
	uint8_t nargs;
	uint8_t ret;        /* enum ret_kind */
	uint8_t first_out;  /* index of the first out argument, nargs if none */
	uint32_t classes;   /* enum trace_class bits */
	uint8_t fdfx;       /* enum fd_effect */
	uint16_t ptspec;    /* PT_ARG / PT_SPECIAL */
	const struct arg_desc *args;
	decoder_fn decode;  /* NULL: the generic printer */
};

/* Syscalls numbered far above the dense range (arm's 0xf0000 calls). */
struct sysent_sparse {
	uint32_t nr;
	const struct sysent *ent;
};

struct abi {
	enum abi_id id;
	const char *name;
	uint32_t audit_arch;
	uint8_t wordsize;            /* 4 or 8 */
	uint8_t pair_align;          /* 64-bit args in register pairs start even */
	uint8_t personality;         /* strace's personality number for this ABI */
	uint32_t nsyscalls;          /* dense table size */
	const struct sysent *const *syscalls;
	uint32_t nsparse;
	const struct sysent_sparse *sparse;
	const int32_t *layout;       /* indexed by enum layout_key, -1 if absent */
};

extern const int32_t abi_layout_x86_64[], abi_layout_i386[], abi_layout_aarch64[],
	abi_layout_arm[], abi_layout_riscv64[];

extern const struct abi abis[ABI_COUNT];

/* Per-ABI sizes, offsets and constants from tables/abi/<abi>.const. */
#define LAYOUT(abi, key) ((abi)->layout[L_##key])

const struct abi *abi_by_audit_arch(uint32_t audit_arch);
const struct sysent *sysent_lookup(const struct abi *abi, uint64_t nr);

/* Names -> numbers (gperf): -1 when the ABI has no such syscall. */
struct syscall_name_ent {
	const char *name;
	int32_t nr[ABI_COUNT];
};
const struct syscall_name_ent *syscall_by_name(const char *name, size_t len);

#endif
