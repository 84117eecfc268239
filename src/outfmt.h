/* The stdio-free fast path of out_printf. */
#ifndef XSTRACE_OUTFMT_H
#define XSTRACE_OUTFMT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Formats into buf (no NUL); returns the length, or -1 when the format
 * uses something this does not handle or the result does not fit in cap
 * (the caller then formats with vsnprintf from its own copy of ap). */
int outfmt_fast(char *buf, size_t cap, const char *fmt, va_list ap);

struct outfile;
/* printf's "%" PRId64, "%" PRIu64 and "%#" PRIx64, without the format */
void out_dec(struct outfile *f, int64_t v);
void out_udec(struct outfile *f, uint64_t v);
void out_hex(struct outfile *f, uint64_t v);

#endif
