/* The primitives every decoder prints with. */
#ifndef XSTRACE_PRINT_H
#define XSTRACE_PRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "generated/xlat_values.h"

#define P(d, s) out_puts((d)->out, (s))
#define PF(d, ...) out_printf((d)->out, __VA_ARGS__)

enum quote_style {
	QUOTE_NUL_TERMINATED = 1 << 0,  /* stop at the first NUL */
	QUOTE_FORCE_HEX = 1 << 1,       /* every byte as \xNN */
	QUOTE_FD_PATH = 1 << 2,         /* -y: no quotes, < and > escaped */
};

/* Global print settings (from the config). */
/* -x: XFLAG_NON_ASCII, -xx: XFLAG_ALL, --strings-in-hex=non-ascii-chars:
 * octal escapes become \xNN, the rest stays as it is */
enum { XFLAG_NONE, XFLAG_NON_ASCII, XFLAG_ALL, XFLAG_NON_ASCII_CHARS };
extern int xflag;
extern bool decode_fds; /* -y */

void print_quoted(struct dctx *d, const unsigned char *s, size_t n, unsigned style);
/* A string of at most len bytes from the tracee, quoted, "..." when cut. */
void print_str_at(struct dctx *d, uint64_t addr, size_t limit, bool is_path);
void print_path(struct dctx *d, uint64_t addr);
void print_str(struct dctx *d, uint64_t addr);
/* A buffer of len bytes (read/write data), cut at -s. */
void print_buf(struct dctx *d, uint64_t addr, uint64_t len, unsigned style);

void print_ptr(struct dctx *d, uint64_t addr);
void print_hex(struct dctx *d, uint64_t v);
void print_fd(struct dctx *d, int fd);
void print_dirfd(struct dctx *d, int fd);
void print_mode(struct dctx *d, unsigned mode);
void print_signo(struct dctx *d, int sig);
const char *signame(int sig);   /* "SIGTERM", "SIGRTMIN", "SIGRT_3", or NULL */

/* Named constants. dflt is strace's "FOO_???" comment for a value that
 * has no name: NULL takes the set's own (tables/xlat "# unknown:"), ""
 * prints none. */
void print_flags(struct dctx *d, const struct xlat *x, uint64_t val, const char *dflt);
bool print_xval(struct dctx *d, const struct xlat *x, uint64_t val, const char *dflt);
/* Like print_xval, but the fallback is decimal. */
void print_xval_d(struct dctx *d, const struct xlat *x, uint64_t val, const char *dflt);

/* Reads a struct; prints the address and returns false if unreadable. */
bool fetch_struct(struct dctx *d, uint64_t addr, void *buf, size_t len);
/* Reads a field of width size (1, 2, 4, 8) at off in a fetched struct. */
uint64_t field_u(const void *base, int off, int size);
int64_t field_s(const void *base, int off, int size);

/* Layouts from tables/abi/<abi>.const: OFF(abi, stat, st_mode) is
 * offsetof.stat.st_mode, FSZ its size, SZ(abi, stat) sizeof.stat. */
#define OFF(abi, s, f) LAYOUT(abi, offsetof_##s##_##f)
#define FSZ(abi, s, f) LAYOUT(abi, sizeof_##s##_##f)
#define SZ(abi, s) LAYOUT(abi, sizeof_##s)
#define FIELD_U(d, buf, s, f) field_u(buf, OFF((d)->abi, s, f), FSZ((d)->abi, s, f))
#define FIELD_S(d, buf, s, f) field_s(buf, OFF((d)->abi, s, f), FSZ((d)->abi, s, f))

/* Largest struct any decoder fetches in one piece. */
#define MAX_STRUCT 512

#endif
