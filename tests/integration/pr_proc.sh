# clone, clone3, fork, vfork, wait4, waitid, execve and execveat, with
# their error paths: the lines the program expects (children not traced).
. "$srcdir/tests/lib.sh"
calls=clone,clone3,fork,vfork,wait4,waitid,execve,execveat
"$XSTRACE" -o trace -e trace=$calls "$(prog pr_proc)" > expected || fail "exit status $?"
# the tracer's own execve of the program comes first
sed -n '/^wait4(-1, NULL, WNOHANG, NULL) /,$p' trace | grep -v '^+++' > got
exact expected got
# the same calls with the register fallback of old kernels
XSTRACE_FORCE_REGS=1 "$XSTRACE" -o trace2 -e trace=$calls "$(prog pr_proc)" > expected2 || fail "exit status $?"
sed -n '/^wait4(-1, NULL, WNOHANG, NULL) /,$p' trace2 | grep -v '^+++' > got2
exact expected2 got2
