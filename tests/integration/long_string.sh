# -s cuts strings (not paths) and marks the cut with "..." after the quote.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -o trace -e trace=write,openat "$(prog long_string)" > expected || fail "exit status $?"
grep -E '^write\(3|^openat.*nonexistent' trace > got
exact expected got
# -s 5 cuts the same write shorter
"$XSTRACE" -s 5 -o trace5 -e trace=write "$(prog long_string)" > /dev/null
grep -q '^write(3, "01234"\.\.\., 46) *= 46$' trace5 || { cat trace5; fail "-s 5"; }
