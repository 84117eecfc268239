/* -X styles around composite printers, and -e raw='s argument printer. */
#include <inttypes.h>
#include <stdio.h>

#include "print.h"
#include "printopts.h"

enum xlat_style xlat_style;

/* set while a -X verbose comment is open: the symbolic text inside it is
 * printed in the abbrev style */
static bool in_comment;

bool style_begin(struct dctx *d, const char *num)
{
	if (xlat_style == XLAT_STYLE_ABBREV)
		return false;
	P(d, num);
	if (xlat_style == XLAT_STYLE_RAW)
		return true;
	P(d, " /* ");
	xlat_style = XLAT_STYLE_ABBREV;
	in_comment = true;
	return false;
}

void style_end(struct dctx *d)
{
	if (!in_comment)
		return;
	P(d, " */");
	xlat_style = XLAT_STYLE_VERBOSE;
	in_comment = false;
}

/* -e raw=: every argument of the syscall's signature, in hex */
int decode_raw(struct dctx *d)
{
	unsigned n = d->sc->ent ? d->sc->ent->nargs : 6;
	for (unsigned i = 0; i < n; i++) {
		if (i)
			P(d, ", ");
		PF(d, "%#" PRIx64, arg_ulong(d, i));
	}
	return DEC_DONE;
}
