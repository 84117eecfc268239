/* Printers shared between decoder families (each is defined in the file
 * of the family it belongs to). */
#ifndef XSTRACE_DECODE_COMMON_H
#define XSTRACE_DECODE_COMMON_H

#include <stdint.h>
#include "decode.h"

/* file.c */
void print_open_flags(struct dctx *d, uint64_t flags);
/* stat.c */
void print_symbolic_mode(struct dctx *d, unsigned mode);
/* signal.c */
void print_sigmask_bytes(struct dctx *d, const unsigned char *m, unsigned nbytes);
void print_sigmask_at(struct dctx *d, uint64_t addr, uint64_t size);
/* process.c */
void print_wait_status(struct dctx *d, int status);
void print_rusage(struct dctx *d, uint64_t addr);
/* time.c */
void print_timespec_at(struct dctx *d, uint64_t addr);
void print_timeval_at(struct dctx *d, const unsigned char *p, int wordsize);

#endif
