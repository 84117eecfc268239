/* Reading tracee memory. Decoders see only this interface, so unit tests
 * can hand them a fake memory image instead of a process. */
#ifndef XSTRACE_MEM_H
#define XSTRACE_MEM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct mem_reader {
	/* 0 when all of [addr, addr+len) was read, -1 otherwise */
	int (*read)(const struct mem_reader *m, uint64_t addr, void *buf, size_t len);
	/* Reads up to len bytes, stops after a NUL; returns the count read
	 * (including the NUL when found) or -1 if nothing is readable. */
	long (*read_str)(const struct mem_reader *m, uint64_t addr, char *buf, size_t len);
	pid_t pid;
	void *priv;
};

void mem_reader_for_pid(struct mem_reader *m, pid_t pid);
/* Forget that process_vm_readv does not work (tests). */
void mem_reset_fallback(void);

#endif
