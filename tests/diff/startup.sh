# -b execve, -D/-DD/-DDD, -F against strace 6.1: the trace, the exit
# status, the messages, and (for -D) where the tracer sits in the process
# tree relative to the tracee.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
need_oracle

# ---- -b execve: the command's own exec is kept, later ones detach ----
compare_with_strace -b execve -e trace=execve,exit_group -- sh -c 'exec /bin/true'
compare_with_strace --detach-on=execve -f -e trace=execve,exit_group -- sh -c '/bin/true; echo x'
compare_with_strace -b execve -e trace=execve,exit_group -- sh -c 'exec sh -c "exit 5"'
# the detached command is still the tracer's child: the tracer waits for it
for t in "$STRACE_ORACLE" "$XSTRACE"; do
	rm -f marker
	"$t" -b execve -o /dev/null sh -c 'exec sh -c "sleep 0.3; echo done > marker"'
	[ -s marker ] || fail "$t -b execve returned before the detached command ended"
done
# a tracee let go keeps no seccomp filter: -b turns --seccomp-bpf off, saying so
compare_with_strace -f --seccomp-bpf -b execve -e trace=openat -- sh -c '/bin/cat /etc/hostname'
for t in "$STRACE_ORACLE" "$XSTRACE"; do
	"$t" -f --seccomp-bpf -b execve -o /dev/null -e trace=openat /bin/cat /etc/hostname > cat.out 2> cat.err ||
		{ cat cat.err; fail "$t: -b with --seccomp-bpf broke the command"; }
	sed 's/^[^ ]*strace: //' cat.err > "$(basename "$t").err"
done
exact strace.err xstrace.err
# messages on stderr, cut into the open line as strace cuts them
msgs() { # tracer args...: stderr, with names, pids and addresses masked
	"$@" 2>&1 >/dev/null | sed -E 's/0x[0-9a-f]+/ADDR/g; s#(/[^ ]*/)?x?strace: #TRACER: #; s/[0-9]{3,}/N/g'
}
msgs "$STRACE_ORACLE" -b execve -e trace=execve sh -c 'exec /bin/true' > s.msgs
msgs "$XSTRACE" -b execve -e trace=execve sh -c 'exec /bin/true' > x.msgs
grep -q '^ <detached \.\.\.>$' s.msgs || { cat s.msgs; fail "oracle: no detached marker"; }
exact s.msgs x.msgs

# with -p, the first exec already lets the process go
for t in "$STRACE_ORACLE" "$XSTRACE"; do
	rm -f go
	sh -c 'while [ ! -e go ]; do sleep 0.05; done; exec /bin/true' &
	victim=$!
	# attach once the shell runs the loop, not while bash still forks it
	for _ in $(seq 100); do grep -q while "/proc/$victim/cmdline" 2>/dev/null && break; sleep 0.02; done
	"$t" -b execve -e signal=none -e trace=execve -p "$victim" 2> p.err &
	tracer=$!
	for _ in $(seq 100); do grep -q attached p.err && break; sleep 0.05; done
	touch go
	wait "$tracer" || fail "$t -b execve -p: exit status"
	wait "$victim" || fail "$t -b execve -p: the process failed"
	sed -E 's/0x[0-9a-f]+/ADDR/g; s#(/[^ ]*/)?x?strace: #TRACER: #; s/[0-9]{3,}/N/g' p.err > "$(basename "$t").p"
done
grep -q '^ <detached \.\.\.>$' strace.p || { cat strace.p; fail "oracle: -b execve -p"; }
exact strace.p xstrace.p

# ---- -f: each new child is announced, cutting into the open line ----
msgs "$STRACE_ORACLE" -f -e trace=vfork,exit_group sh -c '/bin/true; /bin/true' > s.msgs
msgs "$XSTRACE" -f -e trace=vfork,exit_group sh -c '/bin/true; /bin/true' > x.msgs
# (whether the vfork returns before the child's exit is the scheduler's
# choice: compare the messages and where they cut in)
for f in s.msgs x.msgs; do
	[ "$(grep -c '^vfork(TRACER: Process N attached$' $f)" = 2 ] || { cat $f; fail "$f: attach messages"; }
done

# ---- -F: deprecated, with strace's words, and follows forks alone ----
fw=$(prog fork_wait)
compare_with_strace -F -e trace=exit_group -- "$fw"
msgs "$STRACE_ORACLE" -F -e trace=none true > s.msgs
msgs "$XSTRACE" -F -e trace=none true > x.msgs
exact s.msgs x.msgs
# -F comes after --seccomp-bpf's look for -f, as in strace
msgs "$STRACE_ORACLE" -F --seccomp-bpf -e trace=none true > s.msgs
msgs "$XSTRACE" -F --seccomp-bpf -e trace=none true > x.msgs
exact s.msgs x.msgs
msgs "$STRACE_ORACLE" -F -f -e trace=none true > s.msgs
msgs "$XSTRACE" -F -f -e trace=none true > x.msgs
exact s.msgs x.msgs

# ---- -D: the tracer is a grandchild; -DD its own group; -DDD its session ----
# The command reports, from /proc: whether its parent is the shell that
# ran the tracer, whether the tracer is its parent, and how the tracer's
# process group and session relate to its own.
relations='me=$$; tp=$(sed -n "s/^TracerPid:[[:space:]]*//p" /proc/$me/status)
set -- $(sed -E "s/.*\) //" /proc/$tp/stat); tppid=$2 tpgrp=$3 tsid=$4
set -- $(sed -E "s/.*\) //" /proc/$me/stat); mpgrp=$3 msid=$4
r="parent=$([ "$PPID" = "$SHELLPID" ] && echo shell || echo other)"
r="$r tracer-parent=$([ "$tppid" = "$me" ] && echo tracee || echo other)"
r="$r pgrp=$([ "$tpgrp" = "$mpgrp" ] && echo same || { [ "$tpgrp" = "$tp" ] && echo own || echo other; })"
r="$r sid=$([ "$tsid" = "$msid" ] && echo same || { [ "$tsid" = "$tp" ] && echo own || echo other; })"
echo "$r" > "$OUT"'
export SHELLPID=$$
wait_for_exit_line() { # file: a daemonized tracer finishes on its own time
	for _ in $(seq 100); do
		grep -q '^+++ exited with' "$1" 2>/dev/null && return 0
		sleep 0.05
	done
	fail "no exit line in $1"
}
for d in "-D" "-DD" "-DDD" "--daemonize" "--daemonize=pgroup" "--daemonize=session"; do
	OUT=s.rel "$STRACE_ORACLE" $d -o s.trace -e signal=none -e trace=exit_group sh -c "$relations"; src=$?
	OUT=x.rel "$XSTRACE" $d -o x.trace -e signal=none -e trace=exit_group sh -c "$relations"; xrc=$?
	[ "$src" = "$xrc" ] || fail "$d: exit status: strace $src, xstrace $xrc"
	wait_for_exit_line s.trace
	wait_for_exit_line x.trace
	exact s.trace x.trace
	case $d in
	-D|--daemonize) want="parent=shell tracer-parent=other pgrp=same sid=same" ;;
	-DD|*=pgroup) want="parent=shell tracer-parent=other pgrp=own sid=same" ;;
	*) want="parent=shell tracer-parent=other pgrp=own sid=own" ;;
	esac
	[ "$(cat s.rel)" = "$want" ] || fail "$d: strace's relations: $(cat s.rel)"
	[ "$(cat x.rel)" = "$want" ] || fail "$d: xstrace's relations: $(cat x.rel), want $want"
done
# the command's exit status is its own, seen by the shell directly
"$XSTRACE" -D -o x.trace sh -c 'exit 7'
[ $? = 7 ] || fail "-D: exit status of the command not passed through"
# "Process N attached" on stderr, as strace says it for -D
msgs "$STRACE_ORACLE" -D -e trace=none true > s.msgs
msgs "$XSTRACE" -D -e trace=none true > x.msgs
sleep 0.3
exact s.msgs x.msgs
exit 0
