/* -e read=SET / -e write=SET: hex and ASCII dumps of the data a call
 * read from or wrote to the descriptors in SET, after its line. */
#ifndef XSTRACE_DUMP_H
#define XSTRACE_DUMP_H

#include <stdbool.h>
#include "decode.h"

extern bool dump_active;   /* some descriptor is in either set */

/* Parses SET (numbers, all, none, a leading !); dies with strace's
 * message on a bad descriptor. */
void dump_parse(bool writes, const char *spec);
/* Does the syscall move data that a dump would show? */
bool dump_call_kind(const struct sysent *ent);
/* After the call's line: the dumps its descriptor asks for. */
void dump_io(struct dctx *d);

#endif
