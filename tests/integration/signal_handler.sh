# A signal delivered to a handler: signal line with siginfo, rt_sigreturn.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -o trace -e trace=kill,rt_sigreturn,sigreturn "$(prog signal_handler)" > expected || fail "exit status $?"
grep -v '^+++' trace > got
exact expected got
