# openat ENOENT; write/read/close of binary bytes: exact lines.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -o trace -e trace=openat,read,write,close "$(prog file_io)" "$T/data" > expected || fail "exit status $?"
# the loader's own calls come first: compare from the test's first line
sed -n '/nonexistent\/xstrace-test/,$p' trace | grep -v '^+++' | sed '$!b' > got
grep -v '^+++' got > got2 || true
# the program's own stdout write comes last; drop it
grep -v '^write(1, ' got2 > got3 || true
exact expected got3
