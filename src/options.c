/* The command line -> struct config, with strace's option letters, long
 * names and error messages. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "error.h"
#include "fdopts.h"
#include "inject.h"
#include "stacktrace.h"
#include "options.h"
#include "printopts.h"
#include "qual.h"
#include "dump.h"
#include "argnames.h"
#include "color.h"
#include "print.h"
#include "startup.h"
#include "summary.h"
#include "usage.h"
#include "timestamp.h"

static struct config the_config = {
	.max_strlen = 32,
	.acolumn = 40,
	.trace_all = true,
};
const struct config *cfg = &the_config;

static int parse_num(const char *s, int min, int max)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		return -1;
	return (int)v;
}

static void add_pids(const char *arg)
{
	char *copy = strdup(arg);
	if (!copy)
		error_msg_and_die("out of memory");
	for (char *save = NULL, *tok = strtok_r(copy, ", \t\n", &save); tok;
	     tok = strtok_r(NULL, ", \t\n", &save)) {
		int pid = parse_num(tok, 1, INT_MAX);
		if (pid <= 0)
			error_msg_and_die("Invalid process id: '%s'", tok);
		if (pid == getpid())
			error_msg_and_die("I'm sorry, I can't let you do that, Dave.");
		the_config.attach_pids = realloc(the_config.attach_pids,
			(size_t)(the_config.nattach + 1) * sizeof(pid_t));
		if (!the_config.attach_pids)
			error_msg_and_die("out of memory");
		the_config.attach_pids[the_config.nattach++] = pid;
	}
	free(copy);
}

/* -e signal=SET: names with or without SIG, numbers, all, none, ! */
static void parse_signal_set(const char *spec)
{
	bool on = true;
	uint8_t *set = the_config.signal_set;
	if (*spec == '!') {
		on = false;
		spec++;
	}
	memset(set, on ? 0 : 0xff, sizeof(the_config.signal_set));
	char *copy = strdup(spec);
	if (!copy)
		error_msg_and_die("out of memory");
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int lo = -1, hi = -1;
		if (!strcasecmp(tok, "all")) {
			lo = 0, hi = 64;
		} else if (!strcasecmp(tok, "none")) {
			continue;
		} else if (isdigit((unsigned char)*tok)) {
			lo = hi = parse_num(tok, 0, 64);
		} else {
			char name[32];
			snprintf(name, sizeof(name), "%s%s", strncasecmp(tok, "SIG", 3) ? "SIG" : "", tok);
			for (char *p = name; *p; p++)
				*p = (char)toupper((unsigned char)*p);
			for (int sig = 1; sig <= 64 && lo < 0; sig++)
				if (signame(sig) && !strcmp(signame(sig), name))
					lo = hi = sig;
		}
		if (lo < 0)
			error_msg_and_die("invalid signal '%s'", tok);
		for (int sig = lo; sig <= hi; sig++) {
			if (on)
				set[sig / 8] |= (uint8_t)(1u << (sig % 8));
			else
				set[sig / 8] &= (uint8_t)~(1u << (sig % 8));
		}
	}
	free(copy);
}

/* -e status=SET */
static void parse_status_set(const char *spec)
{
	static const struct { const char *name; unsigned bits; } names[] = {
		{ "successful", STATUS_SUCCESSFUL }, { "failed", STATUS_FAILED },
		{ "unfinished", STATUS_UNFINISHED }, { "unavailable", STATUS_UNAVAILABLE },
		{ "detached", STATUS_DETACHED }, { "all", STATUS_ALL }, { "none", 0 },
	};
	bool neg = *spec == '!';
	unsigned bits = 0;
	char *copy = strdup(spec + neg);
	if (!copy)
		error_msg_and_die("out of memory");
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		unsigned i;
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (!strcmp(tok, names[i].name))
				break;
		if (i == sizeof(names) / sizeof(names[0]))
			error_msg_and_die("invalid status '%s'", tok);
		bits |= names[i].bits;
	}
	free(copy);
	the_config.status_mask = neg ? STATUS_ALL & ~bits : bits;
}

/* -e quiet=SET */
static bool quiet_given;
static void parse_quiet_set(const char *spec)
{
	quiet_given = true;
	static const struct { const char *name; unsigned bits; } names[] = {
		{ "attach", QUIET_ATTACH }, { "exit", QUIET_EXIT }, { "exits", QUIET_EXIT },
		{ "path-resolution", QUIET_PATH_RESOLUTION }, { "personality", QUIET_PERSONALITY },
		{ "thread-execve", QUIET_THREAD_EXECVE }, { "superseded", QUIET_THREAD_EXECVE },
		{ "all", ~0u }, { "none", 0 },
	};
	bool neg = *spec == '!';
	unsigned bits = 0;
	char *copy = strdup(spec + neg);
	if (!copy)
		error_msg_and_die("out of memory");
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		unsigned i;
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (!strcmp(tok, names[i].name))
				break;
		if (i == sizeof(names) / sizeof(names[0]))
			error_msg_and_die("invalid quiet '%s'", tok);
		bits |= names[i].bits;
	}
	free(copy);
	the_config.quiet = neg ? ~bits : bits;
}

/* -e NAME=VALUE: which qualifier a name means */
static void qualify(const char *expr)
{
	static const struct { const char *name; char what; } quals[] = {
		{ "trace", 't' }, { "t", 't' }, { "signal", 's' }, { "signals", 's' },
		{ "s", 's' }, { "quiet", 'q' }, { "silent", 'q' }, { "silence", 'q' },
		{ "q", 'q' },
		{ "abbrev", 'A' }, { "a", 'A' }, { "verbose", 'V' }, { "v", 'V' },
		{ "raw", 'R' }, { "x", 'R' }, { "read", 'r' }, { "reads", 'r' }, { "r", 'r' },
		{ "write", 'w' }, { "writes", 'w' }, { "w", 'w' },
		{ "fault", 'j' }, { "inject", 'J' },
		/* known to strace, not implemented here yet */
		{ "status", 'S' }, { "kvm", '-' }, { "decode-fds", 'y' },
		{ "decode-fd", 'y' }, { "decode-pids", 'Y' }, { "decode-pid", 'Y' },
		{ "trace-fds", 'F' }, { "trace-fd", 'F' }, { "fds", 'F' }, { "fd", 'F' },
	};
	const char *eq = strchr(expr, '=');
	char what = 't';
	const char *val = expr;
	if (eq) {
		size_t n = (size_t)(eq - expr);
		for (unsigned i = 0; i < sizeof(quals) / sizeof(quals[0]); i++) {
			if (strlen(quals[i].name) == n && !strncmp(expr, quals[i].name, n)) {
				what = quals[i].what;
				val = eq + 1;
				break;
			}
		}
	}
	switch (what) {
	case 'A': qual_parse('a', val); return;
	case 'V': qual_parse('v', val); return;
	case 'R': qual_parse('r', val); return;
	case 'r': dump_parse(false, val); return;
	case 'w': dump_parse(true, val); return;
	case 'y':
		fdopts_decode_fds(val);
		return;
	case 'Y':
		fdopts_decode_pids(val);
		return;
	case 'F':
		fdopts_trace_fds(val);
		return;
	case 'S':
		parse_status_set(val);
		return;
	case 'J': case 'j':
		inject_parse(val, what == 'j');
		return;
	case 's':
		parse_signal_set(val);
		return;
	case 'q':
		parse_quiet_set(val);
		return;
	case '-':
		error_msg_and_die("-e %.*s= is not supported by this version of xstrace",
				  (int)(eq - expr), expr);
	}
	if (!parse_trace_spec(&the_config.trace, val))
		exit(1);
	the_config.trace_all = false;
}

enum { OPT_OUTPUT_SEPARATELY = 0x100, OPT_TRACE, OPT_TIMESTAMPS, OPT_RELATIVE, OPT_SYSCALL_TIMES,
	OPT_SIGNAL, OPT_STATUS, OPT_DECODE_FDS, OPT_SECCOMP_BPF, OPT_ALWAYS_SHOW_PID, OPT_ARGV0, OPT_SYSCALL_LIMIT, OPT_KILL_ON_EXIT,
	OPT_ABBREV, OPT_VERBOSE, OPT_RAW, OPT_READ, OPT_WRITE, OPT_STRINGS_IN_HEX, OPT_CONST_PRINT_STYLE, OPT_COLOR,
	OPT_DAEMONIZE, OPT_INTERRUPTIBLE, OPT_DECODE_PIDS, OPT_TRACE_FDS,
	OPT_INJECT, OPT_FAULT, OPT_STACK_TRACE, OPT_STACK_LIMIT };

/* -O 10, -O 1ms: an overhead per call, in microseconds by default */
static uint64_t parse_overhead(const char *arg)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	int digits = *end ? parse_precision(end) : 6;
	if (errno || end == arg || v < 0 || digits < 0)
		error_msg_and_help("invalid -O argument: '%s'", arg);
	static const double ns_per[] = { [0] = 1e9, [3] = 1e6, [6] = 1e3, [9] = 1 };
	return (uint64_t)(v * ns_per[digits]);
}

/* --timestamps=[format:]time|unix|none,[precision:]s|ms|us|ns */
static void parse_timestamps(const char *arg)
{
	char *copy = strdup(arg);
	if (!copy)
		error_msg_and_die("out of memory");
	the_config.ts_format = TS_TIME;
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		const char *v = tok;
		bool fmt_only = !strncmp(tok, "format:", 7), prec_only = !strncmp(tok, "precision:", 10);
		if (fmt_only)
			v = tok + 7;
		if (prec_only)
			v = tok + 10;
		int digits = parse_precision(v);
		if (!prec_only && !strcmp(v, "time"))
			the_config.ts_format = TS_TIME;
		else if (!prec_only && !strcmp(v, "unix"))
			the_config.ts_format = TS_UNIX;
		else if (!prec_only && !strcmp(v, "none"))
			the_config.ts_format = TS_NONE;
		else if (!fmt_only && digits >= 0)
			the_config.ts_digits = digits;
		else
			error_msg_and_help("invalid --timestamps argument: '%s'", arg);
	}
	free(copy);
}

static int parse_precision_opt(const char *opt, const char *arg)
{
	int digits = parse_precision(arg);
	if (digits < 0)
		error_msg_and_help("invalid %s argument: '%s'", opt, arg);
	return digits;
}

/* --strings-in-hex[=none|non-ascii-chars|non-ascii|all] */
static void parse_strings_in_hex(const char *arg)
{
	static const struct { const char *name; int flag; } styles[] = {
		{ "none", XFLAG_NONE }, { "non-ascii-chars", XFLAG_NON_ASCII_CHARS },
		{ "non-ascii", XFLAG_NON_ASCII }, { "all", XFLAG_ALL },
	};
	if (!arg) {
		xflag = XFLAG_ALL;
		return;
	}
	for (unsigned i = 0; i < sizeof(styles) / sizeof(styles[0]); i++)
		if (!strcmp(arg, styles[i].name)) {
			xflag = styles[i].flag;
			return;
		}
	error_msg_and_help("invalid --strings-in-hex argument: '%s'", arg);
}

/* -X / --const-print-style=raw|abbrev|verbose */
static void parse_const_print_style(const char *opt, const char *arg)
{
	static const char *const styles[] = {
		[XLAT_STYLE_ABBREV] = "abbrev", [XLAT_STYLE_RAW] = "raw", [XLAT_STYLE_VERBOSE] = "verbose",
	};
	for (unsigned i = 0; i < sizeof(styles) / sizeof(styles[0]); i++)
		if (!strcmp(arg, styles[i])) {
			xlat_style = (enum xlat_style)i;
			return;
		}
	error_msg_and_help("invalid %s argument: '%s'", opt, arg);
}

void parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns", required_argument, NULL, 'a' },
		{ "output-append-mode", no_argument, NULL, 'A' },
		{ "debug", no_argument, NULL, 'd' },
		{ "follow-forks", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "output", required_argument, NULL, 'o' },
		{ "output-separately", no_argument, NULL, OPT_OUTPUT_SEPARATELY },
		{ "attach", required_argument, NULL, 'p' },
		{ "quiet", optional_argument, NULL, 'q' },
		{ "string-limit", required_argument, NULL, 's' },
		{ "trace", required_argument, NULL, OPT_TRACE },
		{ "version", no_argument, NULL, 'V' },
		{ "timestamps", optional_argument, NULL, OPT_TIMESTAMPS },
		{ "absolute-timestamps", optional_argument, NULL, OPT_TIMESTAMPS },
		{ "relative-timestamps", optional_argument, NULL, OPT_RELATIVE },
		{ "syscall-times", optional_argument, NULL, OPT_SYSCALL_TIMES },
		{ "summary-only", no_argument, NULL, 'c' },
		{ "signal", required_argument, NULL, OPT_SIGNAL },
		{ "seccomp-bpf", no_argument, NULL, OPT_SECCOMP_BPF },
		{ "decode-fds", optional_argument, NULL, OPT_DECODE_FDS },
		{ "decode-pids", required_argument, NULL, OPT_DECODE_PIDS },
		{ "trace-fds", required_argument, NULL, OPT_TRACE_FDS },
		{ "trace-path", required_argument, NULL, 'P' },
		{ "status", required_argument, NULL, OPT_STATUS },
		{ "successful-only", no_argument, NULL, 'z' },
		{ "failed-only", no_argument, NULL, 'Z' },
		{ "failing-only", no_argument, NULL, 'Z' },
		{ "instruction-pointer", no_argument, NULL, 'i' },
		{ "syscall-number", no_argument, NULL, 'n' },
		{ "always-show-pid", no_argument, NULL, OPT_ALWAYS_SHOW_PID },
		{ "env", required_argument, NULL, 'E' },
		{ "argv0", required_argument, NULL, OPT_ARGV0 },
		{ "syscall-limit", required_argument, NULL, OPT_SYSCALL_LIMIT },
		{ "kill-on-exit", no_argument, NULL, OPT_KILL_ON_EXIT },
		{ "inject", required_argument, NULL, OPT_INJECT },
		{ "stack-trace", optional_argument, NULL, OPT_STACK_TRACE },
		{ "stack-traces", no_argument, NULL, 'k' },
		{ "stack-trace-frame-limit", required_argument, NULL, OPT_STACK_LIMIT },
		{ "fault", required_argument, NULL, OPT_FAULT },
		{ "user", required_argument, NULL, 'u' },
		{ "summary", no_argument, NULL, 'C' },
		{ "summary-sort-by", required_argument, NULL, 'S' },
		{ "summary-columns", required_argument, NULL, 'U' },
		{ "summary-wall-clock", no_argument, NULL, 'w' },
		{ "summary-syscall-overhead", required_argument, NULL, 'O' },
		{ "abbrev", required_argument, NULL, OPT_ABBREV },
		{ "verbose", required_argument, NULL, OPT_VERBOSE },
		{ "raw", required_argument, NULL, OPT_RAW },
		{ "read", required_argument, NULL, OPT_READ },
		{ "write", required_argument, NULL, OPT_WRITE },
		{ "no-abbrev", no_argument, NULL, 'v' },
		{ "arg-names", no_argument, NULL, 'N' },
		{ "color", required_argument, NULL, OPT_COLOR },
		{ "const-print-style", required_argument, NULL, OPT_CONST_PRINT_STYLE },
		{ "strings-in-hex", optional_argument, NULL, OPT_STRINGS_IN_HEX },
		{ "detach-on", required_argument, NULL, 'b' },
		{ "daemonize", optional_argument, NULL, OPT_DAEMONIZE },
		{ "interruptible", required_argument, NULL, OPT_INTERRUPTIBLE },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	int fcount = 0, tcount = 0, qcount = 0, xcount = 0;
	bool hex_given = false;
	memset(the_config.signal_set, 0xff, sizeof(the_config.signal_set));
	the_config.status_mask = STATUS_ALL;
	bool timestamps_given = false;
	the_config.rel_digits = 6;
	the_config.T_digits = 6;
	bool separately = false;
	while ((c = getopt_long(argc, argv, "+a:Ab:cCdDE:fFhiI:knNo:O:p:P:qrs:S:e:tTu:U:vVwxX:yYzZ", longopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			the_config.acolumn = parse_num(optarg, 0, INT_MAX);
			if (the_config.acolumn < 0)
				error_msg_and_help("invalid -%c argument: '%s'", c, optarg);
			break;
		case 'A': the_config.append = true; break;
		case 'b': opt_detach_on(optarg); break;
		case 'D': opt_daemonize_count(); break;
		case OPT_DAEMONIZE: opt_daemonize(optarg); break;
		case 'I': opt_interruptible(optarg, false); break;
		case OPT_INTERRUPTIBLE: opt_interruptible(optarg, true); break;
		case 'F': opt_follow_vforks(); break;
		case 'd': the_config.debug++; break;
		case 'f': fcount++; break;
		case 'h': print_usage();
		case 'o': the_config.outfname = optarg; break;
		case OPT_OUTPUT_SEPARATELY: separately = true; break;
		case 'p': add_pids(optarg); break;
		case 'q':
			if (optarg)
				parse_quiet_set(optarg);
			else
				qcount++;
			break;
		case OPT_SIGNAL: parse_signal_set(optarg); break;
		case OPT_SECCOMP_BPF: the_config.seccomp_bpf = true; break;
		case 'y': fdopts_yflag(); break;
		case 'Y': fdopts_decode_pids("comm"); break;
		case 'P': fdopts_trace_path(optarg); break;
		case OPT_DECODE_FDS: fdopts_decode_fds(optarg ? optarg : "path"); break;
		case OPT_DECODE_PIDS: fdopts_decode_pids(optarg); break;
		case OPT_TRACE_FDS: fdopts_trace_fds(optarg); break;
		case OPT_STATUS: parse_status_set(optarg); break;
		case 'z': the_config.status_mask = STATUS_SUCCESSFUL; break;
		case 'Z': the_config.status_mask = STATUS_FAILED; break;
		case 'i': the_config.print_ip = true; break;
		case 'n': the_config.print_nr = true; break;
		case OPT_ALWAYS_SHOW_PID: the_config.always_show_pid = true; break;
		case 'E':
			the_config.env_changes = realloc(the_config.env_changes,
				(size_t)(the_config.nenv_changes + 1) * sizeof(char *));
			if (!the_config.env_changes)
				error_msg_and_die("out of memory");
			the_config.env_changes[the_config.nenv_changes++] = optarg;
			break;
		case OPT_ARGV0: the_config.argv0 = optarg; break;
		case OPT_SYSCALL_LIMIT: {
			char *end;
			errno = 0;
			unsigned long long n = strtoull(optarg, &end, 10);
			if (errno || end == optarg || *end || n == 0 || *optarg == '-')
				error_msg_and_help("invalid --syscall-limit argument: '%s'", optarg);
			the_config.syscall_limit = n;
			break;
		}
		case OPT_KILL_ON_EXIT: the_config.kill_on_exit = true; break;
		case OPT_INJECT: case OPT_FAULT: inject_parse(optarg, c == OPT_FAULT); break;
		case OPT_STACK_TRACE:
			if (optarg && strcmp(optarg, "symbol"))
				error_msg_and_help("invalid --stack-trace argument: '%s'", optarg);
			/* fall through */
		case 'k': stacktrace_enable(); break;
		case OPT_STACK_LIMIT: stacktrace_set_limit(optarg); break;
		case 'u': the_config.username = optarg; break;
		case 's':
			the_config.max_strlen = parse_num(optarg, 0, INT_MAX);
			if (the_config.max_strlen < 0)
				error_msg_and_help("invalid -%c argument: '%s'", c, optarg);
			break;
		case 'e': qualify(optarg); break;
		case OPT_TRACE: {
			if (!parse_trace_spec(&the_config.trace, optarg))
				exit(1);
			the_config.trace_all = false;
			break;
		}
		case 'V': print_version();
		case 'x': xcount++; break;
		case OPT_STRINGS_IN_HEX: parse_strings_in_hex(optarg); hex_given = true; break;
		case 'X': parse_const_print_style("-X", optarg); break;
		case OPT_CONST_PRINT_STYLE: parse_const_print_style("--const-print-style", optarg); break;
		case 'v': qual_parse('a', "none"); break;
		case 'N': arg_names = true; break;
		case OPT_COLOR:
			if (!color_set_mode(optarg))
				error_msg_and_help("invalid --color argument: '%s'", optarg);
			break;
		case OPT_ABBREV: qual_parse('a', optarg); break;
		case OPT_VERBOSE: qual_parse('v', optarg); break;
		case OPT_RAW: qual_parse('r', optarg); break;
		case OPT_READ: dump_parse(false, optarg); break;
		case OPT_WRITE: dump_parse(true, optarg); break;
		case 't': tcount++; break;
		case 'c':
			if (the_config.count == COUNT_AND_TRACE)
				error_msg_and_help("-c/--summary-only and -C/--summary are mutually exclusive");
			the_config.count = COUNT_ONLY;
			break;
		case 'C':
			if (the_config.count == COUNT_ONLY)
				error_msg_and_help("-c/--summary-only and -C/--summary are mutually exclusive");
			the_config.count = COUNT_AND_TRACE;
			break;
		case 'S':
			if (!summary_set_sort(optarg))
				error_msg_and_help("invalid sortby: '%s'", optarg);
			break;
		case 'U': {
			const char *bad = NULL;
			if (!summary_set_columns(optarg, &bad))
				error_msg_and_help("unknown column name: '%s'", bad);
			break;
		}
		case 'w': the_config.summary_wall = true; break;
		case 'O': the_config.overhead_ns = parse_overhead(optarg); break;
		case 'r':
			the_config.relative = true;
			break;
		case 'T':
			the_config.syscall_times = true;
			break;
		case OPT_TIMESTAMPS:
			timestamps_given = true;
			if (optarg)
				parse_timestamps(optarg);
			else
				the_config.ts_format = TS_TIME;
			break;
		case OPT_RELATIVE:
			the_config.relative = true;
			if (optarg)
				the_config.rel_digits = parse_precision_opt("--relative-timestamps", optarg);
			break;
		case OPT_SYSCALL_TIMES:
			the_config.syscall_times = true;
			if (optarg)
				the_config.T_digits = parse_precision_opt("--syscall-times", optarg);
			break;
		default: error_msg_and_help(NULL);
		}
	}
	/* before -q counts: strace prints -P's notice even with -qqq */
	fdopts_finish(the_config.quiet & QUIET_PATH_RESOLUTION);
	if (qcount && quiet_given)
		error_msg_and_die("-q and -e quiet/--quiet cannot be provided simultaneously");
	/* with the trace in a file, a command's notices are quiet as with -q */
	if (!qcount && !quiet_given && the_config.outfname && optind < argc)
		qcount = 1;
	/* -q: attach and personality notices; -qq: also exits; -qqq: all */
	if (qcount == 1)
		the_config.quiet |= QUIET_ATTACH | QUIET_PERSONALITY;
	else if (qcount == 2)
		the_config.quiet |= QUIET_ATTACH | QUIET_PERSONALITY | QUIET_EXIT;
	else if (qcount >= 3)
		the_config.quiet = ~0u;
	/* -t time, -tt with microseconds, -ttt seconds since the epoch */
	if (tcount && !timestamps_given) {
		the_config.ts_format = tcount >= 3 ? TS_UNIX : TS_TIME;
		the_config.ts_digits = tcount >= 2 ? 6 : 0;
	}
	startup_opts_finish(optind < argc, the_config.outfname != NULL);
	the_config.follow_forks = fcount > 0 || separately;
	the_config.output_separately = fcount >= 2 || separately;
	if (optind < argc)
		the_config.argv = argv + optind;
	if (!the_config.argv && !the_config.nattach)
		error_msg_and_help("must have PROG [ARGS] or -p PID");
	if (the_config.argv0 && !the_config.argv)
		error_msg_and_help("--argv0 requires a command");
	if (the_config.kill_on_exit && !the_config.argv && the_config.nattach)
		error_msg_and_help("--kill-on-exit and -p/--attach are mutually exclusive options");
	if (the_config.seccomp_bpf) {
		/* untraced children would inherit a filter with nobody to answer */
		if (startup_opts.detach_on_execve) {
			error_msg("--seccomp-bpf is not enabled because it is not compatible with -b");
			the_config.seccomp_bpf = false;
		} else if (the_config.syscall_limit) {
			error_msg("--seccomp-bpf is not enabled because it is not compatible with --syscall-limit");
			the_config.seccomp_bpf = false;
		} else if (!the_config.follow_forks) {
			error_msg("--seccomp-bpf cannot be used without -f/--follow-forks, disabling");
			the_config.seccomp_bpf = false;
		} else if (!the_config.argv) {
			error_msg("--seccomp-bpf is not enabled for processes attached with -p");
			the_config.seccomp_bpf = false;
		}
	}
	if (startup_follow_vforks(the_config.follow_forks))
		the_config.follow_forks = 1;
	/* a tracee under the filter cannot be let go: it goes with the tracer */
	if (the_config.seccomp_bpf && !the_config.nattach)
		the_config.kill_on_exit = true;
	fdopts_seccomp(the_config.seccomp_bpf && !the_config.trace_all);
	if (the_config.count && the_config.output_separately)
		error_msg_and_help("(-c/--summary-only or -C/--summary) and -ff/--output-separately are mutually exclusive");
	if (the_config.output_separately && !the_config.outfname)
		the_config.output_separately = false;
	qual_finish();
	color_init(the_config.outfname, the_config.output_separately);
	if (xcount && hex_given)
		error_msg_and_die("-x and --strings-in-hex cannot be provided simultaneously");
	if (xcount)
		xflag = xcount == 1 ? XFLAG_NON_ASCII : XFLAG_ALL;
	const char *force = getenv("XSTRACE_FORCE_REGS");
	the_config.force_regs = force && *force && strcmp(force, "0");
}
