# The command's exit status is xstrace's; the exit line says it.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -o trace -e trace=exit_group "$(prog exit_status)" 3 > expected
rc=$?
[ "$rc" = 3 ] || fail "exit status $rc, want 3"
exact expected trace
"$XSTRACE" -o trace -e trace=exit_group "$(prog exit_status)" 0 > expected || fail "status 0 run"
exact expected trace
