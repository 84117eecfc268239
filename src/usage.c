/* -h and -V: the help in strace's layout (its sections, its option
 * column, descriptions from column 17) and the version with the optional
 * features built in. Every option here is in man/xstrace.1 and back:
 * tests/integration/help_man.sh checks both ways. */
#include <stdio.h>
#include <stdlib.h>

#include "config.h"
#include "usage.h"

#ifdef HAVE_LIBUNWIND
# define K_LETTER "k"
# define K_HELP "\
  -k, --stack-trace[=symbol]\n\
                 print the call stack of the tracee at each syscall\n\
  --stack-trace-frame-limit=LIMIT\n\
                 print at most LIMIT frames of each stack (default 256)\n"
#else
# define K_LETTER ""
# define K_HELP ""
#endif

void print_usage(void)
{
	fputs("\
Usage: xstrace [-ACdffhi" K_LETTER "NqqrtttTvVwxxyyYzZ] [-I N] [-b execve] [-e EXPR]...\n\
               [-a COLUMN] [-o FILE] [-s STRSIZE] [-X FORMAT] [-O OVERHEAD]\n\
               [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--seccomp-bpf]\n\
               { -p PID | [-DDD] [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }\n\
   or: xstrace -c[dfwzZ] [-I N] [-b execve] [-e EXPR]... [-O OVERHEAD]\n\
               [-S SORTBY] [-P PATH]... [-p PID]... [-U COLUMNS] [--seccomp-bpf]\n\
               { -p PID | [-DDD] [-E VAR=VAL]... [-u USERNAME] PROG [ARGS] }\n\
\n\
General:\n\
  -e EXPR        a qualifying expression: OPTION=[!]all or OPTION=[!]VAL1[,VAL2]...\n\
     options:    trace, trace-fds, abbrev, verbose, raw, signal, read, write,\n\
                 fault, inject, status, quiet, decode-fds, decode-pids,\n\
                 namespace\n\
\n\
Startup:\n\
  -E VAR=VAL, --env=VAR=VAL\n\
                 set VAR to VAL in the command's environment\n\
  -E VAR, --env=VAR\n\
                 take VAR out of the command's environment\n\
  -p PID, --attach=PID\n\
                 attach to the process PID and trace it; may be repeated\n\
  -u USERNAME, --user=USERNAME\n\
                 run the command with the ids, groups and setuid/setgid\n\
                 behaviour of USERNAME\n\
  -u UID:GID, --user=UID:GID\n\
                 run the command with these numeric ids (no name lookup)\n\
  --argv0=NAME   run PROG with NAME as its argv[0]\n\
\n\
Tracing:\n\
  -b execve, --detach-on=execve\n\
                 let a tracee go when it calls execve\n\
  -D, --daemonize[=grandchild]\n\
                 trace from a detached grandchild instead of the parent\n\
  -DD, --daemonize=pgroup\n\
                 ... which also has a process group of its own\n\
  -DDD, --daemonize=session\n\
                 ... which also has a session of its own\n\
  -f, --follow-forks\n\
                 trace the children made by fork, vfork and clone too\n\
  -ff, --follow-forks --output-separately\n\
                 ... with each process's trace in FILE.PID\n\
  -I INTERRUPTIBLE, --interruptible=INTERRUPTIBLE\n\
     1, anywhere:   fatal signals are never blocked\n\
     2, waiting:    fatal signals wait while a syscall is decoded (default)\n\
     3, never:      fatal signals are always blocked (default with -o FILE PROG)\n\
     4, never_tstp: fatal signals and SIGTSTP (^Z) are always blocked\n\
                    (so that 'xstrace -o FILE PROG' does not stop on ^Z)\n\
  --kill-on-exit kill every tracee when xstrace exits or is killed\n\
\n\
Filtering:\n\
  -e trace=[!][?]{{SYSCALL|GROUP|all|/REGEX}[@64|@32]|none},\n\
   --trace=[!][?]{{SYSCALL|GROUP|all|/REGEX}[@64|@32]|none}\n\
                 trace only these syscalls\n\
     groups:     %clock, %creds, %desc, %file, %fstat, %fstatfs %ipc, %lstat,\n\
                 %memory, %net, %process, %pure, %signal, %stat, %%stat,\n\
                 %statfs, %%statfs\n\
  -e signal=SET, --signal=SET\n\
                 print only the signals in SET\n\
  -e status=SET, --status=SET\n\
                 print only the syscalls whose outcome is in SET\n\
     statuses:   successful, failed, unfinished, unavailable, detached\n\
  -e trace-fds=SET, --trace-fds=SET\n\
                 trace only the operations on the descriptors in SET\n\
  -P PATH, --trace-path=PATH\n\
                 trace only the syscalls that touch PATH; may be repeated\n\
  -z, --successful-only\n\
                 print only the syscalls that succeeded\n\
  -Z, --failed-only\n\
                 print only the syscalls that returned an error\n\
\n\
Output format:\n\
  -a COLUMN, --columns=COLUMN\n\
                 align the results at COLUMN (default 40)\n\
  -e abbrev=SET, --abbrev=SET\n\
                 print large structures of the syscalls in SET abbreviated\n\
  -e verbose=SET, --verbose=SET\n\
                 print the structures of the syscalls in SET in full\n\
  -e raw=SET, --raw=SET\n\
                 print the arguments of the syscalls in SET as plain numbers\n\
  -e read=SET, --read=SET\n\
                 dump all data read from the descriptors in SET\n\
  -e write=SET, --write=SET\n\
                 dump all data written to the descriptors in SET\n\
  -e quiet=SET, --quiet=SET\n\
                 leave out the informational messages in SET\n\
     messages:   attach, exit, path-resolution, personality, thread-execve\n\
  -e decode-fds=SET, --decode-fds=SET\n\
                 what to tell about file descriptors\n\
     details:    dev (major:minor of block and character devices),\n\
                 eventfd (the counter and flags of eventfds),\n\
                 path (the file's path),\n\
                 pidfd (the pid a pidfd refers to),\n\
                 socket (protocol, addresses and ports of sockets),\n\
                 signalfd (the signal mask of signalfds)\n\
  -e namespace=new, --namespace=new\n\
                 print the namespaces a tracee enters\n\
  -i, --instruction-pointer\n\
                 print the instruction pointer at each syscall\n\
" K_HELP "\
  -n, --syscall-number\n\
                 print the syscall's number before its name\n\
  -N, --arg-names\n\
                 print each argument as name=value\n\
  -o FILE, --output=FILE\n\
                 write the trace to FILE instead of stderr\n\
  -A, --output-append-mode\n\
                 append to the -o FILE instead of truncating it\n\
  --output-separately\n\
                 write each process's trace to FILE.PID\n\
  -q, --quiet=attach,personality\n\
                 leave out attach, detach and personality messages\n\
  -qq, --quiet=attach,personality,exit\n\
                 ... and the exit status lines\n\
  -qqq, --quiet=all\n\
                 ... and every other message that can be left out\n\
  -r, --relative-timestamps[=PRECISION]\n\
                 print the time since the previous syscall's start\n\
     precision:  one of s, ms, us, ns; default is microseconds\n\
  -s STRSIZE, --string-limit=STRSIZE\n\
                 print at most STRSIZE characters of a string (default 32)\n\
  --absolute-timestamps=[[format:]FORMAT[,[precision:]PRECISION]]\n\
                 choose how absolute timestamps look\n\
     format:     none, time, or unix; default is time\n\
     precision:  one of s, ms, us, ns; default is seconds\n\
  -t, --absolute-timestamps[=time]\n\
                 print the time of day\n\
  -tt, --absolute-timestamps=[time,]us\n\
                 print the time of day with microseconds\n\
  -ttt, --absolute-timestamps=unix,us\n\
                 print the seconds since the epoch with microseconds\n\
  -T, --syscall-times[=PRECISION]\n\
                 print how long each syscall took\n\
     precision:  one of s, ms, us, ns; default is microseconds\n\
  -v, --no-abbrev\n\
                 print every structure, array and flag set in full\n\
  --strings-in-hex=non-ascii-chars\n\
                 escape unprintable characters in hex instead of octal\n\
  -x, --strings-in-hex=non-ascii\n\
                 print strings with non-ASCII characters in hex\n\
  -xx, --strings-in-hex[=all]\n\
                 print every string in hex\n\
  -X FORMAT, --const-print-style=FORMAT\n\
                 how named constants and flags are printed\n\
     formats:    raw, abbrev, verbose\n\
  -y, --decode-fds[=path]\n\
                 print the path of each file descriptor argument\n\
  -yy, --decode-fds=all\n\
                 print everything known about each file descriptor\n\
  --decode-pids=pidns\n\
                 print pids as xstrace's namespace sees them too\n\
  -Y, --decode-pids=comm\n\
                 print the command name of each pid\n\
  --always-show-pid\n\
                 print the pid prefix for the command xstrace starts too\n\
  --color[=WHEN]\n\
                 colour the trace: WHEN is auto (on a terminal, the default),\n\
                 always or never\n\
\n\
Statistics:\n\
  -c, --summary-only\n\
                 count the time, calls and errors of each syscall and print\n\
                 a table at the end instead of the trace\n\
  -C, --summary  like -c, and print the trace too\n\
  -O OVERHEAD[UNIT], --summary-syscall-overhead=OVERHEAD[UNIT]\n\
                 take OVERHEAD off each syscall's time\n\
     units:      one of s, ms, us, ns; default is microseconds\n\
  -S SORTBY, --summary-sort-by=SORTBY\n\
                 order the table by: time, min-time, max-time, avg-time,\n\
                 calls, errors, name, nothing (default time)\n\
  -U COLUMNS, --summary-columns=COLUMNS\n\
                 the table's columns, a comma-separated list of\n\
                 time-percent, total-time, min-time, max-time, avg-time,\n\
                 calls, errors, name\n\
                 (default time-percent,total-time,avg-time,calls,errors,name)\n\
  -w, --summary-wall-clock\n\
                 count wall-clock latency instead of system time\n\
\n\
Stop condition:\n\
  --syscall-limit=LIMIT\n\
                 detach from every tracee once LIMIT syscalls are traced\n\
\n\
Tampering:\n\
  -e inject=SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=SYSCALL]\n\
            [:delay_enter=DELAY][:delay_exit=DELAY]\n\
            [:poke_enter=@argN=DATAN,@argM=DATAM...]\n\
            [:poke_exit=@argN=DATAN,@argM=DATAM...]\n\
            [:when=WHEN],\n\
  --inject=SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=SYSCALL]\n\
           [:delay_enter=DELAY][:delay_exit=DELAY]\n\
           [:poke_enter=@argN=DATAN,@argM=DATAM...]\n\
           [:poke_exit=@argN=DATAN,@argM=DATAM...]\n\
           [:when=WHEN],\n\
                 change what the syscalls in SET do or return\n\
     delay:      microseconds or NUMBER{s|ms|us|ns}\n\
     when:       FIRST[..LAST][+[STEP]]\n\
  -e fault=SET[:error=ERRNO][:when=WHEN], --fault=SET[:error=ERRNO][:when=WHEN]\n\
                 -e inject with ENOSYS as the default ERRNO\n\
\n\
Miscellaneous:\n\
  -d, --debug    print debugging messages on stderr\n\
  -h, --help     print this help\n\
  --seccomp-bpf  stop only at traced syscalls, with a seccomp-bpf filter\n\
  -V, --version  print the version and the optional features built in\n\
", stdout);
	exit(0);
}

void print_version(void)
{
	printf("xstrace -- version %s\n"
	       "Copyright (c) 2026 The xstrace developers.\n"
	       "This is free software; see the source for copying conditions.  There is NO\n"
	       "warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n"
	       "\nOptional features enabled:%s\n",
	       PACKAGE_VERSION,
#ifdef HAVE_LIBUNWIND
	       " stack-trace=libunwind"
#else
	       " (none)"
#endif
	       );
	exit(0);
}
