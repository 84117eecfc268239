# -I/--interruptible: what a signal sent to the tracer does, under each
# policy and under the defaults, compared with strace 6.1 and with the
# outcome strace documents.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
need_oracle
command -v pgrep > /dev/null || skip "no pgrep"

# scenario TRACER SIGNAL OPTS...: start `sleep 5` under the tracer, send
# SIGNAL to the tracer, and describe what became of both.
scenario() {
	t=$1 sig=$2; shift 2
	# in a process group of its own, so that it is never an orphaned one
	# (where the kernel discards SIGTSTP), however make was started
	perl -e 'setpgrp(0, 0); exec @ARGV or die "exec: $!"' "$t" "$@" sleep 5 > /dev/null 2> msgs &
	tracer=$!
	cmd=
	for _ in $(seq 50); do
		cmd=$(pgrep -P "$tracer" -x sleep) && break
		sleep 0.02
	done
	[ -n "$cmd" ] || fail "$t: no command started"
	sleep 0.2
	kill -s "$sig" "$tracer"
	sleep 0.3
	tstate=$(sed -E 's/.*\) (.).*/\1/' "/proc/$tracer/stat" 2>/dev/null)
	cstate=$(sed -E 's/.*\) (.).*/\1/' "/proc/$cmd/stat" 2>/dev/null)
	case $tstate in
	T|t) tracer_is=stopped ;;
	''|Z) tracer_is=gone ;;
	*) tracer_is=running ;;
	esac
	case $cstate in
	''|Z) cmd_is=gone ;;
	T|t) cmd_is=stopped ;;
	*) cmd_is=running ;;
	esac
	kill -KILL "$cmd" 2>/dev/null
	kill -CONT "$tracer" 2>/dev/null
	wait "$tracer"
	rc=$?
	[ "$tracer_is" = gone ] || rc=late
	detached=$(grep -c 'Process [0-9]* detached' msgs)
	echo "tracer=$tracer_is rc=$rc command=$cmd_is detached=$detached"
}
check() { # want signal opts...
	want=$1; shift
	s=$(scenario "$STRACE_ORACLE" "$@")
	x=$(scenario "$XSTRACE" "$@")
	[ "$s" = "$x" ] || fail "${*:2} (signal $1): strace: $s; xstrace: $x"
	[ "$x" = "$want" ] || fail "${*:2} (signal $1): $x, want $want"
}
# 2 (the default without -o): the tracer kills the command with the same
# signal, detaches, and dies of it
check "tracer=gone rc=143 command=gone detached=1" TERM
# (a background job ignores SIGINT from birth, so the command lives on)
check "tracer=gone rc=130 command=running detached=1" INT -I2
check "tracer=gone rc=129 command=gone detached=1" HUP --interruptible=waiting
# 1: the tracer dies at once; the command runs on, untraced
check "tracer=gone rc=143 command=running detached=0" TERM -I 1
check "tracer=gone rc=143 command=running detached=0" TERM --interruptible=anywhere
# 3: fatal signals are ignored; ^Z still stops the tracer
check "tracer=running rc=late command=running detached=0" TERM -I3
check "tracer=running rc=late command=running detached=0" INT -o /dev/null
check "tracer=stopped rc=late command=running detached=0" TSTP -I never
# 4: ^Z too is ignored
check "tracer=running rc=late command=running detached=0" TSTP -I4
check "tracer=running rc=late command=running detached=0" TSTP --interr=never_tstp
# strace 7.x: under --seccomp-bpf (no -p) --kill-on-exit is implied, so a
# tracer that dies takes the command with it rather than leave it under a
# filter nobody answers
x=$(scenario "$XSTRACE" TERM -I1 -f --seccomp-bpf -e trace=nanosleep,clock_nanosleep)
[ "$x" = "tracer=gone rc=143 command=gone detached=0" ] || fail "--seccomp-bpf -I1: $x"
exit 0
