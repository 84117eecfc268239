/* The command line, parsed once into an immutable configuration. */
#ifndef XSTRACE_OPTIONS_H
#define XSTRACE_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include "sysent.h"

struct trace_set {
	/* one bit per syscall number per ABI; dense range only */
	uint8_t *bits[ABI_COUNT];
	uint32_t size[ABI_COUNT];
	bool sparse_all[ABI_COUNT];   /* sparse (arm private) calls traced */
};

enum quiet_bits {
	QUIET_ATTACH = 1u << 0, QUIET_EXIT = 1u << 1, QUIET_PATH_RESOLUTION = 1u << 2,
	QUIET_PERSONALITY = 1u << 3, QUIET_THREAD_EXECVE = 1u << 4,
};

enum status_bits {
	STATUS_SUCCESSFUL = 1u << 0, STATUS_FAILED = 1u << 1, STATUS_UNFINISHED = 1u << 2,
	STATUS_UNAVAILABLE = 1u << 3, STATUS_DETACHED = 1u << 4,
	STATUS_ALL = (1u << 5) - 1,
};

struct config {
	int follow_forks;        /* -f */
	bool output_separately;  /* -ff */
	const char *outfname;    /* -o */
	bool append;             /* -A */
	int max_strlen;          /* -s */
	int acolumn;             /* -a */
	unsigned quiet;          /* QUIET_* bits: -q, -qq, -qqq, -e quiet= */
	pid_t *attach_pids;      /* -p */
	int nattach;
	char **argv;             /* the command */
	bool force_regs;         /* XSTRACE_FORCE_REGS: register fallback */
	struct trace_set trace;  /* -e trace= */
	bool trace_all;
	int debug;
	/* -t/-tt/-ttt, --timestamps: 0 none, else the format */
	enum { TS_NONE, TS_TIME, TS_UNIX } ts_format;
	int ts_digits;           /* decimals of the absolute timestamp */
	bool relative;           /* -r */
	int rel_digits;
	bool syscall_times;      /* -T */
	int T_digits;
	enum { COUNT_NONE, COUNT_ONLY, COUNT_AND_TRACE } count;   /* -c, -C */
	bool summary_wall;       /* -w */
	uint64_t overhead_ns;    /* -O */
	bool print_nr;           /* -n */
	bool print_ip;           /* -i */
	bool always_show_pid;    /* --always-show-pid */
	uint8_t signal_set[9];   /* -e signal=: one bit per signal 0..64 */
	char **env_changes;      /* -E VAR=VAL / -E VAR, in order */
	int nenv_changes;
	const char *argv0;       /* --argv0 */
	uint64_t syscall_limit;  /* --syscall-limit, 0: none */
	bool kill_on_exit;       /* --kill-on-exit */
	const char *username;    /* -u */
	unsigned status_mask;    /* STATUS_* bits printed (-z, -Z, -e status=) */
	bool seccomp_bpf;        /* --seccomp-bpf */
};

extern const struct config *cfg;

void parse_options(int argc, char **argv);
bool trace_set_has(const struct trace_set *t, const struct abi *abi, uint64_t nr);

/* -e trace= grammar; returns false after printing an error. */
bool parse_trace_spec(struct trace_set *t, const char *spec);

#endif
