/* -e raw=, -e abbrev=, -e verbose= (and -v), -e read=/write=: which
 * qualifiers a syscall gets (enum qual_bits in printopts.h). */
#ifndef XSTRACE_QUAL_H
#define XSTRACE_QUAL_H

#include <stdbool.h>
#include <stdint.h>
#include "sysent.h"

/* Any qualifier differs from the defaults: only then is qual_of()
 * asked, once per call at entry. */
extern bool qual_custom;

/* what: 'r' raw, 'a' abbrev, 'v' verbose; the trace= grammar.  Dies
 * with strace's message on a bad set. */
void qual_parse(char what, const char *spec);
/* After all options: take -e read=/write= into account. */
void qual_finish(void);
unsigned qual_of(const struct abi *abi, uint64_t nr, const struct sysent *ent);

#endif
