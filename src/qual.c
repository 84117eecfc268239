/* Per-syscall output qualifiers: raw, abbrev, verbose, and whether the
 * call's data is dumped. */
#include <stdlib.h>

#include "dump.h"
#include "options.h"
#include "printopts.h"
#include "qual.h"

bool qual_custom;

/* a set that was given; NULL members: the default for every call */
static struct trace_set raw_set, abbrev_set, verbose_set;
static bool raw_given, abbrev_given, verbose_given;

void qual_parse(char what, const char *spec)
{
	struct trace_set *s = what == 'r' ? &raw_set : what == 'a' ? &abbrev_set : &verbose_set;
	if (!parse_trace_spec(s, spec))
		exit(1);
	*(what == 'r' ? &raw_given : what == 'a' ? &abbrev_given : &verbose_given) = true;
	qual_custom = true;
}

void qual_finish(void)
{
	if (dump_active)
		qual_custom = true;
}

unsigned qual_of(const struct abi *abi, uint64_t nr, const struct sysent *ent)
{
	unsigned q = 0;
	if (raw_given && trace_set_has(&raw_set, abi, nr))
		q |= QUAL_RAW;
	if (abbrev_given && !trace_set_has(&abbrev_set, abi, nr))
		q |= QUAL_NOABBREV;
	if (verbose_given && !trace_set_has(&verbose_set, abi, nr))
		q |= QUAL_NOVERBOSE;
	if (dump_active && dump_call_kind(ent))
		q |= QUAL_DUMP;
	return q;
}
