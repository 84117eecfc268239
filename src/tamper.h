/* Changing a stopped syscall for -e inject: its number at the entry stop,
 * its result at the exit stop, and the tracee's memory. */
#ifndef XSTRACE_TAMPER_H
#define XSTRACE_TAMPER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define XSTRACE_PTRACE_SET_SYSCALL_INFO 0x4212   /* Linux 6.16 */

/* 0 on success, -1 when the tracee refused (vanished). */
int tamper_set_nr(pid_t pid, int64_t nr, bool force_regs);
int tamper_set_rval(pid_t pid, int64_t rval, bool is_error, bool force_regs);
int tamper_write_mem(pid_t pid, uint64_t addr, const void *buf, size_t len);
/* Which path the last change took (for -d and the tests). */
const char *tamper_source(void);

#endif
