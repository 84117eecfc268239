# `ls /` under xstrace and under strace, line for line.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
compare_with_strace ls /
