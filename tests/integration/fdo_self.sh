# strace 7.x's fd and pid decorations (not in the distro strace 6.1): the
# program prints the lines strace 7.2 documents for it.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/fd_lib.sh"
p=$(prog fdo_decor)
# eventfd counters, signalfd masks, pidfds: -yy, and each kind alone
check_self_printing kinds -yy -e trace=read,close "$p" kinds "$T"
check_self_printing kinds2 -e decode-fds=eventfd,signalfd,pidfd -e trace=read,close "$p" kinds "$T"
check_self_printing kinds3 --decode-fds=all -e trace=read,close "$p" kinds "$T"
# -Y: comm after pids in arguments, results and the line prefix
# (the exit line has the prefix too: check_self_printing would keep it)
pids() {
	"$XSTRACE" -o pids.trace "$@" "$p" pids "$T" ${extra:-} > pids.expected || fail "status"
	[ -s pids.expected ] || fail "pids: nothing printed"
	trace_from pids.expected pids.trace | grep -v ' +++ exited with 0 +++$' > pids.got
	exact pids.expected pids.got
}
pids -Y --always-show-pid -e trace=getpid,kill,wait4 -e signal=none
pids -e decode-pids=comm --always-show-pid -e trace=getpid,kill,wait4 -e signal=none
pids --decode-pids=comm,pidns --always-show-pid -e trace=getpid,kill,wait4 -e signal=none
extra=pidfd pids -yy -Y --always-show-pid -e trace=getpid,kill,wait4,close -e signal=none
# --trace-fds and its -e spellings: only the calls on fd 9
check_self_printing tracefds --trace-fds=9 "$p" tracefds "$T"
check_self_printing tracefds2 -e trace-fds=9 "$p" tracefds "$T"
check_self_printing tracefds3 -e fd=9,100 "$p" tracefds "$T"
check_self_printing tracefds4 -e trace=read,close,dup2 -e fds=9 "$p" tracefds "$T"
# a set without 9 shows none of them; !9 shows other calls
"$XSTRACE" -o none.trace --trace-fds=8 "$p" tracefds "$T" > /dev/null || fail "status"
grep -v '^+++' none.trace | grep -q . && { cat none.trace; fail "--trace-fds=8 printed calls"; }
"$XSTRACE" -o not9.trace -e trace-fds='!9' "$p" tracefds "$T" > /dev/null || fail "status"
grep -q '^close(9)' not9.trace && fail "trace-fds=!9 printed close(9)"
grep -q '^close(3)' not9.trace || { cat not9.trace; fail "trace-fds=!9 lost close(3)"; }
# decode-pids=pidns: a child in a new pid namespace (root only)
"$XSTRACE" -f -o ns.trace -e decode-pids=pidns -e trace=getpid,kill "$p" pidns "$T" > ns.expected
rc=$?
if [ "$rc" = 0 ]; then
	grep -v ' +++ exited with' ns.trace | grep -v '^[0-9]* *--- SIG' > ns.got
	exact ns.expected ns.got
elif [ "$rc" != 77 ]; then
	fail "pidns: status $rc"
fi
# -P and --trace-fds together: either selects a call
"$XSTRACE" -o both.trace -P /dev/null --trace-fds=9 "$p" tracefds "$T" > both.expected || fail "status"
grep -v '^+++' both.trace | sed -E 's/ +=/ =/' > both.got
printf '%s\n' 'openat(AT_FDCWD, "/dev/null", O_RDONLY) = 3' 'dup2(3, 9) = 9' 'read(9, "", 1) = 0' \
	'close(9) = 0' 'close(3) = 0' > both.want
exact both.want both.got
exit 0
