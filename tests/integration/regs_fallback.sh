# XSTRACE_FORCE_REGS=1 reads registers instead of PTRACE_GET_SYSCALL_INFO:
# the same lines must come out.
. "$srcdir/tests/lib.sh"
XSTRACE_FORCE_REGS=1 "$XSTRACE" -o trace -e trace=openat,read,write,close "$(prog file_io)" "$T/data" > expected || fail "exit status $?"
sed -n '/nonexistent\/xstrace-test/,$p' trace | grep -v '^+++' | grep -v '^write(1, ' > got
exact expected got
XSTRACE_FORCE_REGS=1 "$XSTRACE" -f -o trace2 "$(prog fork_wait)" > expected2 || fail "fork run"
for pid in $(sed -E 's/^\[pid ([0-9]+)\].*/\1/' expected2 | sort -u); do
	grep "^\[pid $pid\]" expected2 > "exp.$pid"
	squeeze < trace2 | grep "^\[pid $pid\]" > "act.$pid"
	in_order "exp.$pid" "act.$pid"
done
exit 0
