/* -t, -r and -T: the times printed at the start and end of a line. */
#ifndef XSTRACE_TIMESTAMP_H
#define XSTRACE_TIMESTAMP_H

#include <time.h>
#include "output.h"

/* "19:52:40.721488 ", "(+     0.006369) " ... per the options */
void print_timestamps(struct outfile *f);
/* " <0.000075>" for a call that took from entry to now */
void print_syscall_time(struct outfile *f, const struct timespec *entry);
void now_monotonic(struct timespec *ts);

/* "s", "ms", "us", "ns" -> decimals (0, 3, 6, 9); -1 if not one of them */
int parse_precision(const char *s);

#endif
