/* --color=auto|always|never, NO_COLOR and STRACE_COLORS (strace 7.x):
 * syscall lines coloured by token kind. */
#ifndef XSTRACE_COLOR_H
#define XSTRACE_COLOR_H

#include <stdbool.h>
#include <stddef.h>
#include "output.h"

extern bool color_enabled;

/* --color=WHEN; false for a bad WHEN */
bool color_set_mode(const char *when);
/* After the options: decide with the output's terminal, NO_COLOR and
 * -ff; read STRACE_COLORS. */
void color_init(const char *outfname, bool output_separately);
/* Colours the text of f's buffer from offset from to its end (a syscall
 * line from its name on, not yet ended). */
void color_line(struct outfile *f, size_t from);

#endif
