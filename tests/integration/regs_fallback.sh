# XSTRACE_FORCE_REGS=1 reads registers instead of PTRACE_GET_SYSCALL_INFO:
# the same lines must come out.
. "$srcdir/tests/lib.sh"
XSTRACE_FORCE_REGS=1 "$XSTRACE" -d -o trace -e trace=openat,read,write,close "$(prog file_io)" "$T/data" > expected 2> debug || fail "exit status $?"
# the knob really switched paths (and without it, the kernel's info is used)
grep -q 'syscall stops read with PTRACE_GETREGSET$' debug || { cat debug; fail "register path not taken"; }
"$XSTRACE" -d -o /dev/null true 2> debug0
grep -q 'syscall stops read with PTRACE_GET_SYSCALL_INFO$' debug0 || { cat debug0; fail "info path not taken"; }
sed -n '/nonexistent\/xstrace-test/,$p' trace | grep -v '^+++' | grep -v '^write(1, ' > got
exact expected got
XSTRACE_FORCE_REGS=1 "$XSTRACE" -f -o trace2 "$(prog fork_wait)" > expected2 2> expected_sigchld || fail "fork run"
for pid in $(sed -E 's/^\[pid ([0-9]+)\].*/\1/' expected2 | sort -u); do
	grep "^\[pid $pid\]" expected2 > "exp.$pid"
	squeeze < trace2 | grep "^\[pid $pid\]" > "act.$pid"
	in_order "exp.$pid" "act.$pid"
done
grep -qxF -f <(mask_times < expected_sigchld) <(squeeze < trace2 | mask_times) || { cat expected_sigchld; fail "no SIGCHLD line"; }
exit 0
