/* A tracee memory image for decoder unit tests: regions of bytes at
 * chosen addresses; everything else is unreadable. */
#ifndef XSTRACE_FAKE_MEM_H
#define XSTRACE_FAKE_MEM_H

#include <stddef.h>
#include <stdint.h>
#include "mem.h"

void fake_mem_init(struct mem_reader *m);
void fake_mem_add(uint64_t addr, const void *data, size_t len);
void fake_mem_clear(void);

#endif
