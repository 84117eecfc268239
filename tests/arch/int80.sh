# A 64-bit program's one int $0x80 call is decoded with the i386 table
# (getpid, not x86_64's writev), between the personality lines; and as
# strace 6.1 prints it. The register fallback cannot tell such a call
# from a 64-bit one (no register says which entry was used), so this is
# a PTRACE_GET_SYSCALL_INFO test.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
p=$(prog int80)
"$p" probe 2> why || skip "$(cat why)"
unset XSTRACE_FORCE_REGS
# the personality lines go to stderr (-o implies -q, which hides them)
"$XSTRACE" -e trace=getpid -e signal=none "$p" > expected 2> trace || fail "exit status $?"
grep -v '^+++' trace > got
exact expected got
# they come at filtered calls too; and -o hides them, as in strace
"$XSTRACE" -e trace=none "$p" > /dev/null 2> trace || fail "exit status $?"
[ "$(grep -c 'runs in 32 bit mode' trace)" = 1 ] && [ "$(grep -c 'runs in 64 bit mode' trace)" = 1 ] ||
	{ cat trace >&2; fail "personality lines with -e trace=none"; }
"$XSTRACE" -o trace -e trace=getpid "$p" > /dev/null || fail "exit status $?"
grep 'runs in' trace && fail "personality lines with -o"
[ "$(grep -c '^getpid() ' trace)" = 2 ] || { cat trace >&2; fail "want two getpid lines with -o"; }
[ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ] || exit 0
compare_with_strace -e trace=getpid,writev -- "$p"
