/* -b execve, -D/--daemonize, -I/--interruptible and -F: their parsing,
 * their defaults, and the process and signal arrangements they ask for. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include "error.h"
#include "startup.h"

struct startup_opts startup_opts;

static int dcount;              /* how many -D */
static bool daemonize_long;     /* --daemonize given */
static bool follow_vforks;      /* -F */

void opt_detach_on(const char *arg)
{
	/* execve is the only syscall strace can detach on */
	if (strcmp(arg, "execve"))
		error_msg_and_die("Syscall '%s' for -b isn't supported", arg);
	startup_opts.detach_on_execve = true;
}

void opt_daemonize_count(void)
{
	dcount++;
}

void opt_daemonize(const char *arg)
{
	static const struct { const char *name; enum daemonize_mode mode; } names[] = {
		{ "grandchild", DAEMONIZE_GRANDCHILD }, { "pgroup", DAEMONIZE_PGROUP },
		{ "pgrp", DAEMONIZE_PGROUP }, { "session", DAEMONIZE_SESSION },
	};
	daemonize_long = true;
	if (!arg) {
		startup_opts.daemonize = DAEMONIZE_GRANDCHILD;
		return;
	}
	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!strcasecmp(arg, names[i].name)) {
			startup_opts.daemonize = names[i].mode;
			return;
		}
	}
	error_msg_and_help("invalid --daemonize argument: '%s'", arg);
}

void opt_interruptible(const char *arg, bool long_form)
{
	static const char *const names[] = {
		[INTR_ANYWHERE] = "anywhere", [INTR_WAITING] = "waiting",
		[INTR_NEVER] = "never", [INTR_NEVER_TSTP] = "never_tstp",
	};
	for (int i = INTR_ANYWHERE; i <= INTR_NEVER_TSTP; i++) {
		if (!strcasecmp(arg, names[i])) {
			startup_opts.intr = (enum intr_policy)i;
			return;
		}
	}
	char *end;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (errno || end == arg || *end || v < INTR_ANYWHERE || v > INTR_NEVER_TSTP) {
		if (long_form)
			error_msg_and_help("invalid --interruptible argument: '%s'", arg);
		error_msg_and_help("invalid -I argument: '%s'", arg);
	}
	startup_opts.intr = (enum intr_policy)v;
}

void opt_follow_vforks(void)
{
	follow_vforks = true;
}

void startup_opts_finish(bool have_command, bool have_outfile)
{
	if (dcount) {
		if (daemonize_long)
			error_msg_and_die("-D and --daemonize cannot be provided simultaneously");
		if (dcount > DAEMONIZE_SESSION)
			error_msg_and_help("Too many -D's (%d), maximum supported -D count is %d",
					   dcount, DAEMONIZE_SESSION);
		startup_opts.daemonize = (enum daemonize_mode)dcount;
	}
	if (startup_opts.daemonize && !have_command)
		error_msg_and_help("PROG [ARGS] must be specified with -D/--daemonize");
	/* a daemonized tracer is not for the terminal's ^C and ^Z; with the
	 * trace in a file, ^C is for the command alone */
	if (!startup_opts.intr && startup_opts.daemonize)
		startup_opts.intr = INTR_NEVER_TSTP;
	if (!startup_opts.intr && have_outfile && have_command)
		startup_opts.intr = INTR_NEVER;
	if (!startup_opts.intr)
		startup_opts.intr = INTR_WAITING;
}

bool startup_follow_vforks(bool have_follow)
{
	if (!follow_vforks)
		return false;
	if (have_follow) {
		error_msg("deprecated option -F ignored");
		return false;
	}
	error_msg("option -F is deprecated, please use -f/--follow-forks instead");
	return true;
}

static void set_handler(int sig, void (*handler)(int))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

void startup_signals(void (*on_fatal)(int))
{
	static const int fatal[] = { SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM };
	set_handler(SIGTTOU, SIG_IGN);
	set_handler(SIGTTIN, SIG_IGN);
	if (startup_opts.intr == INTR_ANYWHERE)
		return;
	if (startup_opts.intr == INTR_NEVER_TSTP)
		set_handler(SIGTSTP, SIG_IGN);
	for (unsigned i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
		set_handler(fatal[i], startup_opts.intr == INTR_WAITING ? on_fatal : SIG_IGN);
}

bool startup_daemonize(void)
{
	pid_t mid = fork();
	if (mid < 0)
		perror_msg_and_die("fork");
	if (mid > 0) {
		/* the tracee: the middle process is gone once the tracer runs */
		while (waitpid(mid, NULL, 0) < 0 && errno == EINTR)
			;
		return false;
	}
	pid_t tracer = fork();
	if (tracer < 0)
		_exit(1);
	if (tracer > 0)
		_exit(0);
	/* the tracer: a grandchild, adopted by init or a subreaper */
	if (startup_opts.daemonize == DAEMONIZE_PGROUP)
		setpgid(0, 0);
	else if (startup_opts.daemonize == DAEMONIZE_SESSION)
		setsid();
	return true;
}
