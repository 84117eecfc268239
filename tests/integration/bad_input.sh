# Bad input: one error line (plus strace's "Try" hint where strace gives
# one), exit status 1, no crash, nothing left stopped.
. "$srcdir/tests/lib.sh"
check() { # want-regex args...
	want=$1; shift
	"$XSTRACE" "$@" > out 2> err < /dev/null
	rc=$?
	[ "$rc" = 1 ] || { cat err; fail "'$*': exit status $rc, want 1"; }
	head -n1 err | grep -Eq "$want" || { cat err; fail "'$*': message"; }
}
check "^([^ ]*/)?xstrace: invalid option -- 'Q'$" -Q
check "^([^ ]*/)?xstrace: unrecognized option '--bogus'$" --bogus true
check "^([^ ]*/)?xstrace: invalid system call 'nosuchcall'$" -e trace=nosuchcall true
check "^([^ ]*/)?xstrace: invalid system call '%nosuchclass'$" -e trace=%nosuchclass true
check "^([^ ]*/)?xstrace: attach: ptrace\(PTRACE_SEIZE, 999999\): No such process$" -p 999999
check "^([^ ]*/)?xstrace: must have PROG \[ARGS\] or -p PID$"
check "^([^ ]*/)?xstrace: invalid -s argument: '-1'$" -s -1 true
check "^([^ ]*/)?xstrace: Invalid process id: 'abc'$" -p abc
check "^([^ ]*/)?xstrace: Can't stat 'no-such-program-xst'" no-such-program-xst
# the "Try" hint is the second line where strace prints one
"$XSTRACE" -Q 2> err; sed -n 2p err | grep -Eq "^Try '([^ ]*/)?xstrace -h' for more information.$" || fail "hint"
# an unattachable process: where the distro strace cannot attach to pid 1
# either (a container, or Yama), both must say why in the same words
if [ -n "$STRACE_ORACLE" ] && ! "$STRACE_ORACLE" -p 1 2> oracle < /dev/null; then
	want=$(sed -n 's/^[^:]*strace: //p' oracle | head -n1)
	check "xstrace: $(printf '%s' "$want" | sed 's/[()]/\\&/g')\$" -p 1
fi
exit 0
