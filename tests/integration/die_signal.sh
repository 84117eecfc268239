# Death by SIGSEGV and SIGKILL: the signal and exit lines, and xstrace
# re-raising the signal so that its own status says the same.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -o trace -e trace=none "$(prog die_signal)" segv > expected
rc=$?
[ "$rc" = 139 ] || fail "segv: exit status $rc, want 139 (128+SIGSEGV)"
exact expected trace
"$XSTRACE" -o trace -e trace=kill "$(prog die_signal)" kill > expected
rc=$?
[ "$rc" = 137 ] || fail "kill: exit status $rc, want 137 (128+SIGKILL)"
exact expected trace
