# kill -STOP / kill -CONT of a tracee behave as without tracing: it stops
# (state T), the trace says so, and it runs again after SIGCONT.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -o trace "$(prog sleeper)" > ticks &
tracer=$!
sleep 0.4
victim=$(pgrep -P "$tracer" sleeper)
[ -n "$victim" ] || fail "no tracee"
kill -STOP "$victim"
sleep 0.3
state=$(sed -E 's/.*\) (.).*/\1/' "/proc/$victim/stat")
[ "$state" = T ] || [ "$state" = t ] || fail "after SIGSTOP: state $state"
before=$(wc -c < ticks); sleep 0.3; after=$(wc -c < ticks)
[ "$after" = "$before" ] || fail "kept ticking while stopped"
kill -CONT "$victim"
sleep 0.3
before=$(wc -c < ticks); sleep 0.3; after=$(wc -c < ticks)
[ "$after" -gt "$before" ] || fail "did not resume after SIGCONT"
kill "$victim"
wait "$tracer"
grep -q '^--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_USER, si_pid=[0-9]*, si_uid=[0-9]*} ---$' trace || { cat trace; fail "no SIGSTOP line"; }
grep -q '^--- stopped by SIGSTOP ---$' trace || { cat trace; fail "no stopped line"; }
grep -q '^--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER' trace || { cat trace; fail "no SIGCONT line"; }
grep -q '^+++ killed by SIGTERM +++$' trace || { cat trace; fail "no kill line"; }
exit 0
