/* Output-format options that decoders consult: -e raw=, -e abbrev= (-v),
 * -e verbose=, -X.  Per-call qualifiers live in syscall_state.qual, where
 * 0 is the default (abbreviated, verbose, decoded), so that a call
 * nobody qualified costs nothing and unit tests need no set-up. */
#ifndef XSTRACE_PRINTOPTS_H
#define XSTRACE_PRINTOPTS_H

#include <stdbool.h>
#include "decode.h"

enum qual_bits {
	QUAL_RAW = 1u << 0,        /* -e raw=: arguments in hex */
	QUAL_NOABBREV = 1u << 1,   /* not in -e abbrev= (-v): print everything */
	QUAL_NOVERBOSE = 1u << 2,  /* not in -e verbose=: structs as addresses */
	QUAL_DUMP = 1u << 3,       /* a data call with -e read= or -e write= */
};

static inline bool abbrev(const struct dctx *d)
{
	return !(d->sc->qual & QUAL_NOABBREV);
}
static inline bool verbose(const struct dctx *d)
{
	return !(d->sc->qual & QUAL_NOVERBOSE);
}

/* -X / --const-print-style */
enum xlat_style { XLAT_STYLE_ABBREV, XLAT_STYLE_RAW, XLAT_STYLE_VERBOSE };
extern enum xlat_style xlat_style;

/* Around a printer of a composite symbolic value (open flags, file modes,
 * AT_FDCWD): with -X raw, prints the number and returns true (nothing
 * more to print); with -X verbose prints the number, opens a comment and returns false,
 * and style_end() closes the comment. num is printf-ready text. */
bool style_begin(struct dctx *d, const char *num);
void style_end(struct dctx *d);

/* -e raw=: the arguments in hex */
int decode_raw(struct dctx *d);

#endif
