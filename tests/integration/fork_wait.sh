# fork + wait4 under -f: child exit, SIGCHLD, wait4 status, pid prefixes.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -f -o trace "$(prog fork_wait)" > expected 2> expected_sigchld || fail "exit status $?"
# compare each pid's lines separately: the kernel orders the two freely
for pid in $(sed -E 's/^\[pid ([0-9]+)\].*/\1/' expected | sort -u); do
	grep "^\[pid $pid\]" expected > "exp.$pid"
	squeeze < trace | grep "^\[pid $pid\]" > "act.$pid"
	in_order "exp.$pid" "act.$pid"
done
# -f with -o prefixes every line with the pid, left-aligned in 5 columns
grep -Eqv '^[0-9]+ +' trace && { cat trace; fail "line without pid prefix"; }
grep -qxF -f <(mask_times < expected_sigchld) <(squeeze < trace | mask_times) || { cat expected_sigchld; fail "no SIGCHLD line"; }
exit 0
