# Startup and tracing options: bad input in strace's words (exit 1), the
# long options under getopt's prefix matching and strace's aliases, and -V.
. "$srcdir/tests/lib.sh"
X=$XSTRACE
NAME='([^ ]*/)?xstrace'
HINT="^Try '$NAME -h' for more information.\$"
bad() { # first-line-regex second-line-regex-or-empty args...
	want=$1 want2=$2; shift 2
	"$X" "$@" > out 2> err < /dev/null
	rc=$?
	[ "$rc" = 1 ] || { cat err; fail "'$*': exit status $rc, want 1"; }
	[ -s out ] && fail "'$*': wrote to stdout"
	sed -n 1p err | grep -Eq "^$NAME: $want\$" || { cat err; fail "'$*': message"; }
	if [ -n "$want2" ]; then
		sed -n 2p err | grep -Eq "$want2" || { cat err; fail "'$*': second line"; }
	else
		[ "$(wc -l < err)" = 1 ] || { cat err; fail "'$*': more than one line"; }
	fi
}
bad "invalid -I argument: '5'" "$HINT" -I 5 true
bad "invalid -I argument: '0'" "$HINT" -I0 true
bad "invalid -I argument: 'sometimes'" "$HINT" -I sometimes true
bad "invalid -I argument: '2x'" "$HINT" -I 2x true
bad "invalid --interruptible argument: 'never-tstp'" "$HINT" --interruptible=never-tstp true
bad "invalid --daemonize argument: 'foo'" "$HINT" --daemonize=foo true
bad "invalid --daemonize argument: '2'" "$HINT" --daemonize=2 true
bad "invalid --daemonize argument: ''" "$HINT" --daemonize= true
bad "Syscall 'foo' for -b isn't supported" "" -b foo true
bad "Syscall 'execveat' for -b isn't supported" "" --detach-on=execveat true
bad "Syscall 'EXECVE' for -b isn't supported" "" -b EXECVE true
bad "Too many -D's \\(4\\), maximum supported -D count is 3" "$HINT" -DDDD true
bad "-D and --daemonize cannot be provided simultaneously" "" -D --daemonize=pgroup true
bad "PROG \\[ARGS\\] must be specified with -D/--daemonize" "$HINT" -D -p 1
bad "-q and -e quiet/--quiet cannot be provided simultaneously" "" -q -e quiet=exit true
bad "option requires an argument -- 'I'" "$HINT" -I
bad "option requires an argument -- 'b'" "$HINT" -b
bad "option '--detach-on' requires an argument" "$HINT" --detach-on
# strace 7.x's words for --seccomp-bpf with --syscall-limit: a warning, and
# the trace goes on without the filter
"$X" -f --seccomp-bpf --syscall-limit=2 -e trace=none true > out 2> err || fail "--syscall-limit with --seccomp-bpf"
grep -Eq "^$NAME: --seccomp-bpf is not enabled because it is not compatible with --syscall-limit\$" err ||
	{ cat err; fail "--seccomp-bpf with --syscall-limit: message"; }
# where strace is at hand, its first line is ours with the name changed
if [ -n "$STRACE_ORACLE" ]; then
	for args in "-I 5 true" "-I x true" "--daemonize=foo true" "-b foo true" "-DDDD true" \
		"-D --daemonize true" "-D -p 1" "--interruptible=9 true" "-qq -e quiet=all true"; do
		# shellcheck disable=SC2086
		s=$("$STRACE_ORACLE" $args 2>&1 < /dev/null | head -n1 | sed 's/^[^ ]*strace: //')
		x=$("$X" $args 2>&1 < /dev/null | head -n1 | sed 's/^[^ ]*xstrace: //')
		[ "$s" = "$x" ] || fail "'$args': strace says '$s', xstrace '$x'"
	done
fi

# ---- aliases and unambiguous prefixes of the long options ----
trace_of() { "$X" -o t.out "$@" > /dev/null 2>&1; cat t.out; }
ok() { # args...: must run and trace
	"$X" "$@" > out 2> err < /dev/null || { cat err; fail "'$*' failed"; }
}
ok -I 1 -e trace=none true
ok -I anywhere -e trace=none true
ok -I WAITING -e trace=none true
ok -I never -e trace=none true
ok -I never_tstp -e trace=none true
ok --interr=3 -e trace=none true
ok --daemonize=pgrp -o d.out -e trace=none true
ok --daemon=SESSION -o d.out -e trace=none true
ok --detach=execve -e trace=none true
# --env= / --env prefix
[ "$("$X" -o /dev/null --en=XST_A=1 sh -c 'echo $XST_A')" = 1 ] || fail "--en=VAR=VAL"
[ "$(XST_B=2 "$X" -o /dev/null --env XST_B sh -c 'echo ${XST_B-unset}')" = unset ] || fail "--env VAR"
# --argv (prefix of --argv0 alone)
"$X" -o /dev/null --argv0=renamed sh -c 'tr "\0" " " < /proc/$$/cmdline' > out
grep -q '^renamed ' out || { cat out; fail "--argv0"; }
# --us (--user), with numeric ids
[ "$("$X" -o /dev/null --us=65534:65534 sh -c 'id -u; id -g')" = "65534
65534" ] || fail "--user=UID:GID"
# --follow (-f), --output-sep (-ff)
trace_of --follow -e trace=exit_group sh -c 'true & wait' | grep -c 'exited with' | grep -qx 2 || fail "--follow"
rm -f sep.*
"$X" -o sep --follow-forks --output-sep -e trace=exit_group sh -c 'true & wait'
[ "$(ls sep.* | wc -l)" = 2 ] || fail "--output-separately: $(ls sep.*)"
# --kill (--kill-on-exit), --seccomp (--seccomp-bpf)
ok --kill -e trace=none true
ok -f --seccomp -e trace=exit_group true
# --deb (--debug) prints debug lines on stderr
"$X" --deb -e trace=none true 2> err > /dev/null
grep -q 'xstrace: ' err || fail "--debug printed nothing"
# --he (--help), --vers (--version)
"$X" --he | head -n1 | grep -q '^Usage: xstrace ' || fail "--help"
"$X" --vers | head -n1 | grep -Eq '^xstrace -- version [0-9]' || fail "--version"
# an ambiguous prefix is refused as getopt refuses it
"$X" --s true > /dev/null 2> err && fail "--s accepted"
grep -q "option '--s' is ambiguous" err || { cat err; fail "ambiguous message"; }

# ---- -V: the version line and the optional features compiled in ----
"$X" -V > v.out || fail "-V exit status"
sed -n 1p v.out | grep -Eq '^xstrace -- version [0-9]+\.[0-9]+' || fail "-V first line: $(sed -n 1p v.out)"
feat=$(sed -n 's/^Optional features enabled://p' v.out)
[ -n "$feat" ] || fail "-V: no features line"
if grep -q '^#define HAVE_LIBUNWIND 1' "${BUILDDIR:-$(dirname "$X")}/config.h" 2>/dev/null; then
	[ "$feat" = " stack-trace=libunwind" ] || fail "-V features: '$feat'"
else
	[ "$feat" = " (none)" ] || fail "-V features: '$feat'"
fi
exit 0
