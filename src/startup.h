/* strace's startup and tracing policies: -b execve, -D/--daemonize,
 * -I/--interruptible, -F; and what a fatal signal to the tracer does. */
#ifndef XSTRACE_STARTUP_H
#define XSTRACE_STARTUP_H

#include <stdbool.h>

enum daemonize_mode {
	DAEMONIZE_NONE, DAEMONIZE_GRANDCHILD, DAEMONIZE_PGROUP, DAEMONIZE_SESSION,
};

enum intr_policy {
	INTR_UNSET,
	INTR_ANYWHERE,     /* 1: fatal signals kill the tracer at once */
	INTR_WAITING,      /* 2: they detach the tracees, then kill the tracer */
	INTR_NEVER,        /* 3: they are ignored */
	INTR_NEVER_TSTP,   /* 4: so is SIGTSTP */
};

struct startup_opts {
	bool detach_on_execve;       /* -b execve */
	enum daemonize_mode daemonize;
	enum intr_policy intr;
};

extern struct startup_opts startup_opts;

/* Option handlers: each reports bad input as strace words it. */
void opt_detach_on(const char *arg);           /* -b, --detach-on= */
void opt_daemonize_count(void);                /* -D, -DD, -DDD */
void opt_daemonize(const char *arg);           /* --daemonize[=MODE] */
void opt_interruptible(const char *arg, bool long_form);  /* -I, --interruptible= */
void opt_follow_vforks(void);                  /* -F */

/* After the whole command line: conflicts and defaults. */
void startup_opts_finish(bool have_command, bool have_outfile);
/* -F, after --seccomp-bpf has looked for -f (as strace orders them):
 * says so, and returns true when it stands for -f. */
bool startup_follow_vforks(bool have_follow);

/* The signal dispositions of the tracer under the -I policy; on_fatal is
 * called for HUP, INT, QUIT, PIPE and TERM in the "waiting" policy. */
void startup_signals(void (*on_fatal)(int));

/* -D: fork so that the calling process becomes the tracee and a detached
 * grandchild the tracer. Returns true in the tracer, false in the tracee. */
bool startup_daemonize(void);

#endif
