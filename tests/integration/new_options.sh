# Options newer than strace 6.1, as strace 7.2 documents them.
. "$srcdir/tests/lib.sh"
# --always-show-pid: a pid prefix even for the one process
"$XSTRACE" --always-show-pid -e trace=close -o trace true || fail "always-show-pid"
grep -Eqv '^[0-9]+ +(close|\+\+\+)' trace && { cat trace; fail "prefix missing with -o"; }
"$XSTRACE" --always-show-pid -e trace=close true 2> err || fail "always-show-pid stderr"
grep -Eqv '^\[pid +[0-9]+\] ' err && { cat err; fail "prefix missing on stderr"; }
# --argv0: the command sees another argv[0]
[ "$("$XSTRACE" -qq -e trace=none --argv0=zzz sh -c 'echo $0' 2>/dev/null)" = zzz ] || fail "--argv0"
# --syscall-limit=N: N lines printed, then detach; the command still ends
"$XSTRACE" --syscall-limit=3 -o trace "$(prog exit_status)" 5 > /dev/null
grep -c '^[a-z_0-9]*(' trace | grep -qx 3 || { cat trace; fail "--syscall-limit=3"; }
"$XSTRACE" --syscall-limit=0 true 2> err && fail "--syscall-limit=0 accepted"
grep -q "invalid --syscall-limit argument: '0'" err || { cat err; fail "--syscall-limit message"; }
# --kill-on-exit: the tracee dies with a killed tracer
"$XSTRACE" --kill-on-exit -o /dev/null "$(prog sleeper)" > /dev/null &
tracer=$!
sleep 0.3
victim=$(pgrep -P "$tracer" sleeper)
[ -n "$victim" ] || fail "no tracee"
kill -9 "$tracer"; wait "$tracer" 2>/dev/null
sleep 0.3
state=$(sed -E 's/.*\) (.).*/\1/' "/proc/$victim/stat" 2>/dev/null)
case "$state" in ''|Z|X) ;; *) kill -9 "$victim"; fail "tracee survived --kill-on-exit (state $state)" ;; esac
"$XSTRACE" --kill-on-exit -p 1 2> err && fail "--kill-on-exit with -p accepted"
grep -q "mutually exclusive" err || { cat err; fail "--kill-on-exit -p message"; }
# qualifiers not implemented yet are refused clearly, never ignored
"$XSTRACE" -e kvm=vcpu true 2> err && fail "-e kvm accepted silently"
grep -q "not supported" err || fail "-e kvm message"
exit 0
