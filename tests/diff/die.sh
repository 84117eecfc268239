# Deaths by signal, traced by both.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
compare_with_strace -- "$(prog die_signal)" segv
compare_with_strace -- "$(prog die_signal)" kill
exit 0
