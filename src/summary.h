/* -c/-C: counts, errors and times per syscall, and strace's table. */
#ifndef XSTRACE_SUMMARY_H
#define XSTRACE_SUMMARY_H

#include <stdbool.h>
#include <stdint.h>
#include "output.h"
#include "sysent.h"

/* One finished call: its CPU (system) time and wall time in ns. */
void summary_add(const struct abi *abi, uint64_t nr, bool failed, uint64_t sys_ns, uint64_t wall_ns);
void summary_print(struct outfile *f);

/* -S and -U parsing; false if the name is unknown. */
bool summary_set_sort(const char *key);
bool summary_set_columns(const char *list, const char **bad);

#endif
