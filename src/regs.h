/* One stop's view of the syscall, from PTRACE_GET_SYSCALL_INFO or, on
 * kernels before 5.3 (or when forced), from the registers via arch/. */
#ifndef XSTRACE_REGS_H
#define XSTRACE_REGS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

enum stop_op { OP_NONE = 0, OP_ENTRY = 1, OP_EXIT = 2, OP_SECCOMP = 3 };

struct stop_info {
	uint8_t op;
	uint32_t arch;          /* AUDIT_ARCH_* */
	uint64_t ip, sp;
	uint64_t nr;
	uint64_t args[6];
	int64_t rval;
	bool is_error;
};

/* The kernel's struct ptrace_syscall_info (linux/ptrace.h, 5.3+). */
struct kernel_syscall_info {
	uint8_t op;
	uint8_t pad[3];
	uint32_t arch;
	uint64_t instruction_pointer;
	uint64_t stack_pointer;
	union {
		struct { uint64_t nr; uint64_t args[6]; } entry;
		struct { int64_t rval; uint8_t is_error; } exit;
		struct { uint64_t nr; uint64_t args[6]; uint32_t ret_data; } seccomp;
	};
};

#define XSTRACE_PTRACE_GET_SYSCALL_INFO 0x420e

/* arch/<arch>/regs.c: read the registers of a tracee at a syscall stop.
 * exiting says which stop it is (the caller keeps the toggle). */
int arch_get_regs_info(pid_t pid, bool exiting, struct stop_info *out);

/* arch/<arch>/regs.c, for -e inject without PTRACE_SET_SYSCALL_INFO: the
 * syscall number at an entry stop (-1 skips the call), the result at an
 * exit stop (-errno for an error). 0, or -1 with errno. */
int arch_set_scno(pid_t pid, int64_t nr);
int arch_set_rval(pid_t pid, int64_t rval);

/* Fills *out for this stop; returns -1 if the tracee vanished. */
int get_stop_info(pid_t pid, bool exiting_hint, bool force_regs, struct stop_info *out);

/* Which of the two paths the last stop used (for -d). */
const char *stop_info_source(void);

#endif
