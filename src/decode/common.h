/* Printers shared between decoder families (each is defined in the file
 * of the family it belongs to). */
#ifndef XSTRACE_DECODE_COMMON_H
#define XSTRACE_DECODE_COMMON_H

#include <stdint.h>
#include "decode.h"
#include "printopts.h"

/* file.c */
void print_open_flags(struct dctx *d, uint64_t flags);
/* file.c: the date comment strace prints after a time in seconds */
void print_date_comment(struct dctx *d, int64_t sec, uint64_t frac, uint64_t frac_max, int frac_width);
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
/* The date comment strace puts after a time ("2023-11-14T22:13:20.000002
 * +0000" between comment markers, no space before +0000): the fraction (frac_width digits) only when nonzero; nothing for 0 or
 * a fraction above frac_max */
void print_date_comment(struct dctx *d, int64_t sec, uint64_t frac, uint64_t frac_max, int frac_width);
void print_timeval_at(struct dctx *d, const unsigned char *p, int wordsize);

/* fd.c: "[N]", an integer of size bytes at addr (NULL, or the address if
 * unreadable: then false) */
bool print_num_at(struct dctx *d, uint64_t addr, int size, bool is_signed);

/* proc.c: text after the return value, "(...)" in d->auxstr.  Between
 * aux_begin and aux_end whatever the decoder prints goes there instead of
 * the line. aux_flags: the names of val's bits (nothing for 0 unless the
 * set names 0); aux_name: the name of val, if it has one. */
struct aux_capture {
	struct outfile *saved;
	struct outfile tmp;
};
void aux_begin(struct dctx *d, struct aux_capture *c);
void aux_end(struct dctx *d, struct aux_capture *c);
void aux_flags(struct dctx *d, const struct xlat *x, uint64_t val);
void aux_name(struct dctx *d, const struct xlat *x, uint64_t val);

/* time.c: strace's umove_or_printaddr: prints NULL, or the address when
 * unreadable or at the exit of a failed call; true when buf was filled */
bool fetch_or_addr(struct dctx *d, uint64_t addr, void *buf, size_t len);
/* Reads tracee memory that holds a structure or a number: fails (so that
 * the address is printed) with -e verbose= not naming the call, as strace
 * shows no structure then; strings are read with d->mem->read. */
static inline int dread(struct dctx *d, uint64_t addr, void *buf, size_t len)
{
	return verbose(d) ? d->mem->read(d->mem, addr, buf, len) : -1;
}
/* time.c: a _time64 call of a 32-bit ABI, or any call of a 64-bit ABI
 * (their timespec is struct __kernel_timespec) */
bool call_is_time64(const struct dctx *d);
/* time.c: the call failed with ERESTARTSYS/NOINTR/NOHAND/_RESTARTBLOCK */
bool is_erestart(const struct dctx *d);
int timespec_size(const struct dctx *d, bool t64);
void print_ts_at(struct dctx *d, uint64_t addr, bool t64);
void print_timespec64_at(struct dctx *d, uint64_t addr);
void sprint_timespec(const struct dctx *d, const unsigned char *p, bool t64, char *buf, size_t n);
void sprint_ts_at(struct dctx *d, uint64_t addr, bool t64, char *out, size_t n);
void sprint_timeval(const struct dctx *d, const unsigned char *p, char *buf, size_t n);
void print_timeval_addr(struct dctx *d, uint64_t addr);
void print_sigevent_at(struct dctx *d, uint64_t addr);
/* signal.c: a sigset of len bytes (strace's size checks, min_len..8) */
void print_sigset_len(struct dctx *d, uint64_t addr, uint64_t len, unsigned min_len);
/* signal.c: siginfo_t in the layout of ABI l, from bytes or tracee memory */
void print_siginfo_buf(struct dctx *d, const struct abi *l, const unsigned char *b);
void print_siginfo_at(struct dctx *d, uint64_t addr);
/* events.c: an array of nmemb elements of elsize bytes as strace prints
 * one: NULL, [], [a, b, ...] cut after -s elements, the address when the
 * first element is unreadable */
typedef void (*print_elem_fn)(struct dctx *d, const unsigned char *elem, void *ctx);
void print_array_at(struct dctx *d, uint64_t addr, uint64_t nmemb, size_t elsize,
		    print_elem_fn fn, void *ctx);

/* fd.c: [{iov_base="...", iov_len=N}, ...]; how much data the iov_base
 * strings may show: the return value of a read, everything for a write,
 * nothing (addresses) after an error */
struct iov_data {
	bool as_strings;
	uint64_t left;    /* UINT64_MAX: no limit */
	bool netlink;     /* the data are netlink messages on socket arg 0 */
};
void print_iovec_array(struct dctx *d, uint64_t addr, uint64_t count, struct iov_data data);

#endif
