/* The ptrace event loop: PTRACE_SEIZE, one wait per event, syscall stops,
 * fork/clone/exec/exit events, signal-delivery stops and group stops. */
#include <dirent.h>
#include <grp.h>
#include <pwd.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "decode.h"
#include "error.h"
#include "options.h"
#include "print.h"
#include "regs.h"
#include "siginfo.h"
#include "syscall.h"
#include "fdpath.h"
#include "pidtrace.h"
#include "seccomp.h"
#include "startup.h"
#include "inject.h"
#include "stopset.h"
#include "stacktrace.h"
#include "summary.h"
#include "tracer.h"

#ifndef PTRACE_EVENT_STOP
#define PTRACE_EVENT_STOP 128
#endif

static pid_t main_pid;            /* the command we started, 0 with -p */
static int main_status = -1;      /* its wait status once it is gone */
static volatile sig_atomic_t interrupted;
static volatile sig_atomic_t flush_due;
static unsigned seize_options;
static bool skip_one_exec;      /* -b execve: not the command's own exec */
static bool main_detached;      /* -b execve let the command go */

static void on_interrupt(int sig)
{
	interrupted = sig;
}

static void on_alarm(int sig)
{
	(void)sig;
	flush_due = 1;
}

static struct outfile *shared_out;

static struct outfile *out_for(pid_t pid)
{
	if (cfg->output_separately && cfg->outfname) {
		char name[4096];
		snprintf(name, sizeof(name), "%s.%d", cfg->outfname, pid);
		return outfile_open(name, cfg->append);
	}
	shared_out->refs++;
	return shared_out;
}

static struct tcb *add_tcb(pid_t pid, unsigned flags)
{
	struct tcb *t = tcb_new(pid);
	t->flags = flags;
	if (decode_fds)
		t->tgid = fdpath_tgid_of(pid);
	t->out = out_for(pid);
	nprocs++;
	return t;
}

static void drop_tcb(struct tcb *t)
{
	if (t->real_out) {
		t->out = t->real_out;
		t->real_out = NULL;
	}
	if (t->stage) {
		free(t->stage->buf);
		free(t->stage);
	}
	if (t->out->curr == t)
		t->out->curr = NULL;
	inject_forget(t);
	stacktrace_forget(t);
	outfile_unref(t->out);
	tcb_drop(t);
	nprocs--;
}

static bool is_stop_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

/* ---- starting and attaching ---- */

static char *find_in_path(const char *prog)
{
	struct stat st;
	if (strchr(prog, '/')) {
		if (stat(prog, &st) < 0)
			perror_msg_and_die("Can't stat '%s'", prog);
		return strdup(prog);
	}
	const char *path = getenv("PATH");
	if (!path)
		path = "/bin:/usr/bin";
	size_t plen = strlen(prog);
	for (const char *p = path; *p;) {
		const char *colon = strchr(p, ':');
		size_t dlen = colon ? (size_t)(colon - p) : strlen(p);
		char *cand = malloc(dlen + plen + 2);
		if (!cand)
			error_msg_and_die("out of memory");
		if (dlen)
			memcpy(cand, p, dlen), cand[dlen] = '/', strcpy(cand + dlen + 1, prog);
		else
			strcpy(cand, prog);
		if (stat(cand, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111))
			return cand;
		free(cand);
		if (!colon)
			break;
		p = colon + 1;
	}
	errno = ENOENT;
	perror_msg_and_die("Can't stat '%s'", prog);
}

/* -u USER or -u UID:GID: who the command runs as */
struct run_as {
	bool set;
	uid_t uid;
	gid_t gid;
	const char *name;   /* for initgroups, NULL with numeric ids */
};

static struct run_as lookup_user(const char *spec)
{
	struct run_as r = { 0 };
	if (!spec)
		return r;
	unsigned long uid, gid;
	char tail;
	if (sscanf(spec, "%lu:%lu%c", &uid, &gid, &tail) == 2) {
		r.uid = (uid_t)uid;
		r.gid = (gid_t)gid;
	} else {
		struct passwd *pw = getpwnam(spec);
		if (!pw)
			error_msg_and_die("Cannot find user '%s'", spec);
		r.uid = pw->pw_uid;
		r.gid = pw->pw_gid;
		r.name = spec;
	}
	r.set = true;
	return r;
}

/* -E: VAR=VAL sets, VAR alone removes */
static void apply_env_changes(void)
{
	for (int i = 0; i < cfg->nenv_changes; i++) {
		const char *e = cfg->env_changes[i];
		const char *eq = strchr(e, '=');
		if (eq) {
			char *name = strndup(e, (size_t)(eq - e));
			if (name)
				setenv(name, eq + 1, 1);
			free(name);
		} else {
			unsetenv(e);
		}
	}
}

/* In the process that becomes the command: wait until the tracer holds
 * us (it writes one byte), then exec. */
__attribute__((noreturn))
static void become_command(char *path, const struct run_as *user, int gate)
{
	char c;
	ssize_t n;
	while ((n = read(gate, &c, 1)) < 0 && errno == EINTR)
		;
	if (n != 1)
		_exit(1);   /* the tracer is gone; it said why */
	close(gate);
	apply_env_changes();
	if (user->set) {
		if ((user->name ? initgroups(user->name, user->gid) : setgroups(0, NULL)) < 0 ||
		    setgid(user->gid) < 0 || setuid(user->uid) < 0) {
			fprintf(stderr, "%s: Cannot set user: %s\n", program_name, strerror(errno));
			_exit(1);
		}
	}
	if (cfg->argv0)
		cfg->argv[0] = (char *)cfg->argv0;
	if (cfg->seccomp_bpf && seccomp_install() < 0) {
		fprintf(stderr, "%s: seccomp filter: %s\n", program_name, strerror(errno));
		_exit(1);
	}
	execv(path, cfg->argv);
	fprintf(stderr, "%s: exec: %s\n", program_name, strerror(errno));
	_exit(1);
}

static void start_command(void)
{
	char *path = find_in_path(cfg->argv[0]);
	struct run_as user = lookup_user(cfg->username);
	int gate[2];
	if (pipe2(gate, O_CLOEXEC) < 0)
		perror_msg_and_die("pipe");
	pid_t pid;
	if (startup_opts.daemonize) {
		/* -D: this process becomes the command, a grandchild traces it */
		pid = getpid();
		if (!startup_daemonize()) {
			close(gate[1]);
			become_command(path, &user, gate[0]);
		}
	} else {
		pid = fork();
		if (pid < 0)
			perror_msg_and_die("fork");
		if (pid == 0) {
			close(gate[1]);
			become_command(path, &user, gate[0]);
		}
	}
	close(gate[0]);
	if (ptrace(PTRACE_SEIZE, pid, 0, (void *)(unsigned long)seize_options) < 0) {
		int err = errno;
		if (!startup_opts.daemonize)
			kill(pid, SIGKILL);
		errno = err;
		perror_msg_and_die("attach: ptrace(PTRACE_SEIZE, %d)", pid);
	}
	/* a first stop, so that syscall stops begin before the execve */
	ptrace(PTRACE_INTERRUPT, pid, 0, 0);
	main_pid = pid;
	add_tcb(pid, TCB_STARTUP | TCB_HIDE_LOG);
	skip_one_exec = true;
	if (startup_opts.daemonize && !(cfg->quiet & QUIET_ATTACH))
		error_msg("Process %d attached", pid);
	if (write(gate[1], "", 1) != 1)
		perror_msg_and_die("write");
	close(gate[1]);
	free(path);
}

static bool seize_one(pid_t tid, bool report_error)
{
	if (ptrace(PTRACE_SEIZE, tid, 0, (void *)(unsigned long)seize_options) < 0) {
		if (report_error)
			perror_msg("attach: ptrace(PTRACE_SEIZE, %d)", tid);
		return false;
	}
	if (ptrace(PTRACE_INTERRUPT, tid, 0, 0) < 0) {
		ptrace(PTRACE_DETACH, tid, 0, 0);
		return false;
	}
	add_tcb(tid, TCB_STARTUP | TCB_ATTACHED);
	return true;
}

static void attach_pid(pid_t pid)
{
	if (tcb_find(pid))
		return;
	if (cfg->follow_forks) {
		char dir[64];
		snprintf(dir, sizeof(dir), "/proc/%d/task", pid);
		DIR *d = opendir(dir);
		if (d) {
			unsigned ntid = 0, nok = 0;
			struct dirent *de;
			while ((de = readdir(d))) {
				pid_t tid = atoi(de->d_name);
				if (tid <= 0)
					continue;
				ntid++;
				if (tcb_find(tid) || seize_one(tid, tid == pid))
					nok++;
			}
			closedir(d);
			if (nok && !(cfg->quiet & QUIET_ATTACH)) {
				if (nok > 1)
					error_msg("Process %d attached with %u threads", pid, nok);
				else
					error_msg("Process %d attached", pid);
			}
			(void)ntid;
			return;
		}
	}
	if (seize_one(pid, true) && !(cfg->quiet & QUIET_ATTACH))
		error_msg("Process %d attached", pid);
}

/* ---- detaching ---- */

/* The tracee is let go (or gone): say so as strace does, the message
 * first, then the end of the line it was in. */
static void finish_detach(struct tcb *t)
{
	if (!(cfg->quiet & QUIET_ATTACH)) {
		if (t->out->curr == t)
			outfile_flush(t->out);
		error_msg("Process %d detached", t->pid);
	}
	if (t->out->curr == t) {
		/* the call it sits in goes on without us */
		out_puts(t->out, " <detached ...>");
		out_line_end(t->out);
	}
	release_staged_line(t, STATUS_DETACHED);
	drop_tcb(t);
}

static void detach_one(struct tcb *t)
{
	pid_t pid = t->pid;
	int sig = 0;
	if (inject_enabled && inject_holding(t))
		ptrace(PTRACE_DETACH, pid, 0, 0);   /* stopped already: no stop to wait for */
	else if (ptrace(PTRACE_INTERRUPT, pid, 0, 0) == 0) {
		for (;;) {
			int st;
			pid_t r = waitpid(pid, &st, __WALL);
			if (r < 0) {
				if (errno == EINTR)
					continue;
				break;
			}
			if (!WIFSTOPPED(st))
				goto gone;
			int s = WSTOPSIG(st);
			unsigned ev = (unsigned)st >> 16;
			if (s == (SIGTRAP | 0x80) || ev) {
				if (ptrace(PTRACE_DETACH, pid, 0, 0) == 0 || errno == ESRCH)
					break;
			} else {
				/* a signal on its way in: let it through after detach */
				sig = s;
				if (ptrace(PTRACE_DETACH, pid, 0, (void *)(long)sig) == 0 || errno == ESRCH)
					break;
			}
		}
	}
gone:
	finish_detach(t);
}

static void detach_all(void)
{
	struct tcb *t;
	while ((t = tcb_first()))
		detach_one(t);
}

static void cleanup_on_die(void)
{
	detach_all();
	outfile_close_all();
}

/* ---- events ---- */

/* Under the seccomp filter a tracee runs freely between traced calls and
 * stops only to finish one it entered. */
static void resume(struct tcb *t, int sig)
{
	bool free_run = (t->flags & (TCB_SECCOMP | TCB_INSYSCALL)) == TCB_SECCOMP;
	if (ptrace(free_run ? PTRACE_CONT : PTRACE_SYSCALL, t->pid, 0, (void *)(long)sig) < 0 && errno != ESRCH)
		perror_msg("ptrace(%s, %d)", free_run ? "PTRACE_CONT" : "PTRACE_SYSCALL", t->pid);
}

static void print_exit_line(struct tcb *t, int status)
{
	if ((cfg->quiet & QUIET_EXIT) || (t->flags & TCB_HIDE_LOG) || cfg->count == COUNT_ONLY)
		return;
	syscall_vanished(t);
	release_staged_line(t, STATUS_UNFINISHED);
	print_leader(t, LEAD_EXIT);
	if (WIFEXITED(status))
		out_printf(t->out, "+++ exited with %d +++", WEXITSTATUS(status));
	else
		out_printf(t->out, "+++ killed by %s%s +++", signame(WTERMSIG(status)) ? signame(WTERMSIG(status)) : "SIG???",
			   WCOREDUMP(status) ? " (core dumped)" : "");
	out_line_end(t->out);
}

static void on_death(struct tcb *t, int status)
{
	if (decode_fds && t->pid == t->tgid)
		fdpath_forget(t->tgid);
	if (t->pid == main_pid)
		main_status = status;
	print_exit_line(t, status);
	/* as strace: the stack of the call the process died in (exit_group)
	 * comes after its "+++ exited" line */
	if (t->stk)
		stacktrace_print(t, t->out);
	drop_tcb(t);
}

static void print_signal_line(struct tcb *t, int sig, const siginfo_t *si)
{
	if (t->flags & TCB_HIDE_LOG || cfg->count == COUNT_ONLY)
		return;
	if (sig >= 0 && sig < 72 && !(cfg->signal_set[sig / 8] >> (sig % 8) & 1))
		return;
	/* with -z/-Z a held call line stays held; the signal line goes out */
	struct outfile *held = t->real_out ? t->out : NULL;
	if (held)
		t->out = t->real_out;
	struct dctx d;
	struct mem_reader m;
	memset(&d, 0, sizeof(d));
	mem_reader_for_pid(&m, t->pid);
	d.abi = t->abi ? t->abi : &abis[0];
	d.out = t->out;
	d.mem = &m;
	d.max_strlen = cfg->max_strlen;
	print_leader(t, LEAD_SIGNAL);
	out_puts(t->out, "--- ");
	P(&d, signame(sig) ? signame(sig) : "SIG???");
	if (si) {
		out_putc(t->out, ' ');
		print_siginfo(&d, si);
	}
	out_puts(t->out, " ---");
	out_line_end(t->out);
	if (stacktrace_enabled)
		stacktrace_signal(t, t->out);
	if (held)
		t->out = held;
}

static void on_exec(struct tcb *t)
{
	unsigned long old = 0;
	ptrace(PTRACE_GETEVENTMSG, t->pid, 0, &old);
	pid_t old_tid = (pid_t)old;
	if (old_tid > 0 && old_tid != t->pid) {
		/* a non-leader thread exec'd: it now has the leader's pid */
		struct tcb *execer = tcb_find(old_tid);
		if (execer) {
			struct syscall_state sc = execer->sc;
			uint32_t fl = execer->flags;
			const struct abi *abi = execer->abi;
			drop_tcb(execer);
			t->sc = sc;
			t->flags = (t->flags & ~(TCB_INSYSCALL | TCB_FILTERED)) |
				(fl & (TCB_INSYSCALL | TCB_FILTERED));
			t->abi = abi;
			t->flags |= TCB_REPRINT;
			if (t->out->curr == execer)
				t->out->curr = NULL;
		}
	}
}

/* -f: strace tells of each new child, cutting into an open line */
static void child_attached_msg(pid_t pid)
{
	if (cfg->quiet & QUIET_ATTACH)
		return;
	outfile_flush_all();
	error_msg("Process %d attached", pid);
}

static void on_new_child(struct tcb *parent)
{
	unsigned long msg = 0;
	if (ptrace(PTRACE_GETEVENTMSG, parent->pid, 0, &msg) < 0)
		return;
	pid_t child = (pid_t)msg;
	if (child > 0 && !tcb_find(child)) {
		struct tcb *c = add_tcb(child, TCB_STARTUP | (parent->flags & (TCB_ATTACHED | TCB_SECCOMP)));
		c->abi = parent->abi;
		child_attached_msg(child);
	}
}

/* Returns the signal to resume with, or -1 to leave the tracee stopped
 * (an injected delay). */
static int on_syscall_stop(struct tcb *t)
{
	struct stop_info si;
	bool exiting = (t->flags & TCB_INSYSCALL) != 0;
	if (exiting && (t->flags & TCB_FILTERED) && !(t->flags & (TCB_COUNTED | TCB_INJECT_EXIT))
	    && !(decode_fds && fdpath_watches(t->sc.ent))) {
		/* the exit of a call nobody prints: no need to ask the kernel */
		t->flags &= ~(TCB_INSYSCALL | TCB_FILTERED | TCB_EXITING_PRINTED);
		return 0;
	}
	if (get_stop_info(t->pid, exiting, cfg->force_regs, &si) < 0)
		return 0;
	static bool told;
	if (cfg->debug && !told) {
		told = true;
		error_msg("syscall stops read with %s", stop_info_source());
	}
	int sig = 0;
	if (si.op == OP_ENTRY || (si.op == OP_SECCOMP)) {
		/* first: poke_enter shows in the decoded arguments */
		if (inject_enabled)
			sig = inject_entering(t, &si);
		bool startup = (t->flags & TCB_HIDE_LOG) != 0;
		syscall_entering(t, &si);
		if (stacktrace_enabled)
			stacktrace_entering(t, startup);
	} else if (si.op == OP_EXIT) {
		if (t->flags & TCB_INJECT_EXIT)
			sig = inject_exiting(t, &si);
		if (stacktrace_enabled)
			stacktrace_exiting(t, &si);
		syscall_exiting(t, &si);
	}
	return sig;
}

static void resume_unless_delayed(struct tcb *t, int sig)
{
	if (sig >= 0)
		resume(t, sig);
}

static void handle_event(pid_t pid, int status)
{
	struct tcb *t = tcb_find(pid);
	if (!t) {
		if (WIFSTOPPED(status) && cfg->follow_forks) {
			/* a new child reported before its parent's fork event */
			t = add_tcb(pid, TCB_STARTUP | (cfg->seccomp_bpf ? TCB_SECCOMP : 0));
			child_attached_msg(pid);
		} else {
			if (WIFSTOPPED(status))
				ptrace(PTRACE_DETACH, pid, 0, 0);
			return;
		}
	}
	if (WIFEXITED(status) || WIFSIGNALED(status)) {
		on_death(t, status);
		return;
	}
	if (!WIFSTOPPED(status))
		return;
	int sig = WSTOPSIG(status);
	unsigned event = (unsigned)status >> 16;

	if (sig == (SIGTRAP | 0x80)) {
		resume_unless_delayed(t, on_syscall_stop(t));
		return;
	}
	switch (event) {
	case 0:
		break;
	case PTRACE_EVENT_FORK: case PTRACE_EVENT_VFORK: case PTRACE_EVENT_CLONE:
		on_new_child(t);
		resume(t, 0);
		return;
	case PTRACE_EVENT_EXEC:
		pidtrace_forget(t->pid);
		on_exec(t);
		if (startup_opts.detach_on_execve && !skip_one_exec) {
			/* -b execve: it stops here, in the call; let it go */
			if (t->pid == main_pid)
				main_detached = true;
			ptrace(PTRACE_DETACH, t->pid, 0, 0);
			finish_detach(t);
			return;
		}
		skip_one_exec = false;
		/* the command runs under its filter from here on */
		t->flags &= ~TCB_HIDE_LOG;
		if (cfg->seccomp_bpf)
			t->flags |= TCB_SECCOMP;
		resume(t, 0);
		return;
	case PTRACE_EVENT_SECCOMP:
		/* a traced call is entering; a syscall-entry stop may have seen it
		 * already (before the tracee ran under the filter) */
		resume_unless_delayed(t, t->flags & TCB_INSYSCALL ? 0 : on_syscall_stop(t));
		return;
	case PTRACE_EVENT_EXIT:
		if (t->flags & TCB_INSYSCALL)
			syscall_vanished(t);
		resume(t, 0);
		return;
	case PTRACE_EVENT_STOP:
		if (t->flags & TCB_STARTUP) {
			t->flags &= ~TCB_STARTUP;
			resume(t, 0);
		} else if (is_stop_signal(sig)) {
			/* group stop: stay stopped, but keep reporting events */
			if (!(t->flags & TCB_HIDE_LOG) && cfg->count != COUNT_ONLY) {
				print_leader(t, LEAD_SIGNAL);
				out_printf(t->out, "--- stopped by %s ---", signame(sig));
				out_line_end(t->out);
			}
			ptrace(PTRACE_LISTEN, pid, 0, 0);
		} else {
			resume(t, 0);
		}
		return;
	default:
		resume(t, 0);
		return;
	}

	/* signal-delivery stop */
	if (t->flags & TCB_STARTUP && sig == SIGSTOP) {
		t->flags &= ~TCB_STARTUP;
		resume(t, 0);
		return;
	}
	siginfo_t si;
	bool have_si = ptrace(PTRACE_GETSIGINFO, pid, 0, &si) == 0;
	if (cfg->print_ip) {
		/* GET_SYSCALL_INFO answers at any stop; the ip is all we want */
		struct stop_info info;
		if (get_stop_info(pid, false, cfg->force_regs, &info) == 0)
			t->stop_ip = info.ip;
	}
	print_signal_line(t, sig, have_si ? &si : NULL);
	resume(t, sig);
}

static void install_handlers(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	startup_signals(on_interrupt);
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	/* output held in memory goes out at least every 100 ms */
	struct itimerval it = { { 0, 100000 }, { 0, 100000 } };
	setitimer(ITIMER_REAL, &it, NULL);
}

static int final_status(void)
{
	int sig = interrupted;
	if (!sig) {
		if (!main_pid || main_status < 0)
			return 0;
		if (WIFEXITED(main_status))
			return WEXITSTATUS(main_status);
		sig = WTERMSIG(main_status);
	}
	/* mimic the command's death, without clobbering its core file */
	struct rlimit rl = { 0, 0 };
	setrlimit(RLIMIT_CORE, &rl);
	outfile_close_all();
	signal(sig, SIG_DFL);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	return 128 + sig;
}

int run_tracer(void)
{
	seize_options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT;
	if (cfg->kill_on_exit)
		seize_options |= PTRACE_O_EXITKILL;
	if (cfg->seccomp_bpf) {
		seize_options |= PTRACE_O_TRACESECCOMP;
		bool all;
		const struct trace_set *stops = stop_set(&all);
		if (!seccomp_build(stops, all))
			error_msg_and_die("seccomp filter: too many ranges of syscalls to filter");
	}
	if (cfg->follow_forks)
		seize_options |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	shared_out = cfg->outfname && !cfg->output_separately
		? outfile_open(cfg->outfname, cfg->append) : NULL;
	if (!shared_out && !cfg->outfname)
		shared_out = outfile_stderr();
	if (cfg->output_separately && !cfg->outfname)
		shared_out = outfile_stderr();
	die_cleanup = cleanup_on_die;

	for (int i = 0; i < cfg->nattach; i++)
		attach_pid(cfg->attach_pids[i]);
	if (cfg->argv && cfg->argv[0])
		start_command();
	if (!nprocs)
		return 1;
	install_handlers();

	while (nprocs > 0) {
		if (interrupted || syscall_limit_reached)
			break;
		if (flush_due) {
			flush_due = 0;
			outfile_flush_all();
		}
		if (inject_delayed)
			inject_run_due(resume);
		int status;
		struct rusage ru;
		/* -c counts system time: the kernel hands it over with the event
		 * (-w counts wall time and needs none) */
		bool want_ru = cfg->count && !cfg->summary_wall;
		pid_t pid = wait4(-1, &status, __WALL, want_ru ? &ru : NULL);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			if (errno == ECHILD)
				break;
			perror_msg("wait4(__WALL)");
			break;
		}
		if (want_ru)
			event_stime_ns = (uint64_t)ru.ru_stime.tv_sec * 1000000000u
				+ (uint64_t)ru.ru_stime.tv_usec * 1000u;
		handle_event(pid, status);
	}
	if (interrupted && main_pid && tcb_find(main_pid) && !cfg->kill_on_exit) {
		/* the command we started goes down with the signal we got */
		kill(main_pid, SIGCONT);
		kill(main_pid, interrupted);
	}
	if ((interrupted && !cfg->kill_on_exit) || syscall_limit_reached)
		detach_all();
	/* a command let go by -b execve is still our child: wait for it */
	while (main_detached && !interrupted && !startup_opts.daemonize &&
	       waitpid(main_pid, NULL, 0) < 0 && errno == EINTR)
		;
	struct itimerval off = { { 0, 0 }, { 0, 0 } };
	setitimer(ITIMER_REAL, &off, NULL);
	die_cleanup = NULL;
	if (cfg->count)
		summary_print(shared_out);
	outfile_close_all();
	return final_status();
}
