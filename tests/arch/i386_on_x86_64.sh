# An x86_64 xstrace traces i386 programs (the self-printing programs built
# here with i686-linux-gnu-gcc -static, run by the kernel's IA32
# emulation) with i386 names, numbers and layouts, and prints strace's
# "[ Process PID=N runs in 32 bit mode. ]" once; on both ways of reading
# the stops, and as strace 6.1 prints them.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
[ "$(uname -m)" = x86_64 ] || skip "not an x86_64 host"
command -v i686-linux-gnu-gcc > /dev/null || skip "no i686-linux-gnu-gcc (gcc-i686-linux-gnu)"
for p in exit_status signal_handler file_io; do
	i686-linux-gnu-gcc -static -O2 -D_GNU_SOURCE -I"$srcdir/tests/prog" -o "$p.32" \
		"$srcdir/tests/prog/$p.c" 2> cc.err || { cat cc.err >&2; fail "cannot build $p for i386"; }
done
./exit_status.32 0 || skip "this kernel does not run i386 programs"
for regs in 0 1; do
	export XSTRACE_FORCE_REGS=$regs
	# the personality line: on stderr, once, right after execve's line
	"$XSTRACE" ./exit_status.32 3 > expected 2> trace
	rc=$?
	[ "$rc" = 3 ] || fail "exit status $rc, want 3 (regs=$regs)"
	pid=$(sed -n 's/^\[ Process PID=\([0-9]*\) runs in 32 bit mode\. \]$/\1/p' trace)
	[ "$(grep -c 'runs in .* bit mode' trace)" = 1 ] && [ -n "$pid" ] ||
		{ cat trace >&2; fail "want one 32 bit personality line (regs=$regs)"; }
	sed -n 1p trace | grep -q '^execve(' && sed -n 2p trace | grep -q 'runs in 32 bit mode' ||
		{ cat trace >&2; fail "personality line is not right after execve (regs=$regs)"; }
	grep -v -e '^+++' -e 'runs in 32 bit mode' trace | grep '^exit_group' > got
	grep '^exit_group' expected > want
	exact want got
	# i386 calls and layouts, checked by the programs' own lines
	"$XSTRACE" -o trace -e trace=kill,rt_sigreturn,sigreturn ./signal_handler.32 > expected ||
		fail "signal_handler: exit status $? (regs=$regs)"
	grep -v '^+++' trace > got
	exact expected got
	"$XSTRACE" -o trace -e trace=openat,read,write,close ./file_io.32 "$PWD/data" > expected ||
		fail "file_io: exit status $? (regs=$regs)"
	sed -n '/nonexistent\/xstrace-test/,$p' trace | grep -v '^+++' |
		grep -Ev '^write\([^,]*, "openat\(AT_FDCWD' > got
	exact expected got
	# and as strace prints them
	if [ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ]; then
		compare_with_strace -- ./signal_handler.32
		compare_with_strace -- ./file_io.32 "$PWD/data"
		compare_with_strace -e trace=exit_group -- ./exit_status.32 5
	fi
done
exit 0
