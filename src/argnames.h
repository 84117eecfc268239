/* -N / --arg-names: argument names before their values. */
#ifndef XSTRACE_ARGNAMES_H
#define XSTRACE_ARGNAMES_H

#include <stdbool.h>
#include <stddef.h>
#include "output.h"
#include "sysent.h"

extern bool arg_names;

/* Names the arguments printed in f's buffer from offset from on, the
 * first of them being argument number first; returns the number of the
 * argument that follows the last complete one. */
unsigned argnames_insert(struct outfile *f, size_t from, const struct sysent *ent, unsigned first);

#endif
