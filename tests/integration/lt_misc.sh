# The long tail (pidfd, process_vm_*, unshare/setns, syslog, reboot,
# swapon, fanotify_init, ptrace): exact lines (the program prints them),
# and the same program against the distro strace.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/fd_lib.sh"
LT_CALLS=pidfd_open,pidfd_send_signal,process_vm_readv,process_vm_writev,unshare,setns,syslog,reboot,swapon,fanotify_init,ptrace
check_self_printing lt_misc -e trace=$LT_CALLS "$(prog lt_misc)"
[ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ] || exit 0
"$STRACE_ORACLE" -e trace=$LT_CALLS -o strace.out "$(prog lt_misc)" > /dev/null
"$XSTRACE" -e trace=$LT_CALLS -o xstrace.out "$(prog lt_misc)" > /dev/null
mask() {
	python3 "$srcdir/tests/normalise.py" |
		sed -E 's/^(pidfd_open|process_vm_readv|process_vm_writev)\([0-9]+/\1(PID/; s/si_pid=[0-9]+/si_pid=PID/g'
}
mask < strace.out > strace.norm
mask < xstrace.out > xstrace.norm
if ! cmp -s strace.norm xstrace.norm; then
	diff -u strace.norm xstrace.norm >&2
	fail "xstrace differs from strace for lt_misc"
fi
exit 0
