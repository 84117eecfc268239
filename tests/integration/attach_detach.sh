# -p PID attaches to a running process, SIGINT detaches, and the process
# keeps running afterwards (not stopped, not killed).
. "$srcdir/tests/lib.sh"
"$(prog sleeper)" > ticks &
victim=$!
sleep 0.3
"$XSTRACE" -o trace -p "$victim" 2> msgs &
tracer=$!
sleep 0.6
kill -INT "$tracer"
wait "$tracer"
rc=$?
# as strace does: detach, then die of the signal (128 + SIGINT)
[ "$rc" = 130 ] || { cat msgs; fail "xstrace exit status $rc after SIGINT"; }
grep -q "xstrace: Process $victim attached$" msgs || { cat msgs; fail "no attach message"; }
grep -q "xstrace: Process $victim detached$" msgs || { cat msgs; fail "no detach message"; }
grep -q '^write(1, "\.", 1) *= 1$' trace || { cat trace; fail "no write traced"; }
# attached mid-sleep, the first line resumes it, named as strace names it
# (a thread seen in no call yet: syscall 0 of its ABI)
head -n1 trace | grep -Eq '^(restart_syscall\(<\.\.\. resuming interrupted read \.\.\.>\) += 0|write\(1, |clock_nanosleep\()' ||
	{ head -n1 trace; fail "first line after attach"; }
# every line is complete: a return value, or the call it was left in
grep -Ev ' = [0-9]+$| <detached \.\.\.>$' trace && fail "incomplete line at detach"
[ "$(tail -c1 trace | od -An -c | tr -d ' ')" = '\n' ] || fail "trace does not end with a newline"
# still running and not stopped: it keeps ticking
state=$(sed -E 's/.*\) (.).*/\1/' "/proc/$victim/stat")
[ "$state" != T ] && [ "$state" != t ] || fail "victim left stopped (state $state)"
before=$(wc -c < ticks); sleep 0.3; after=$(wc -c < ticks)
kill "$victim"; wait "$victim" 2>/dev/null
[ "$after" -gt "$before" ] || fail "victim stopped ticking after detach"
exit 0
