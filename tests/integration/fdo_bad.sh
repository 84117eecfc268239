# Bad values of the fd/pid options: strace's message, exit status 1.
. "$srcdir/tests/lib.sh"
check() { # want args...
	want=$1; shift
	"$XSTRACE" "$@" > out 2> err < /dev/null
	rc=$?
	[ "$rc" = 1 ] || { cat err; fail "'$*': exit status $rc, want 1"; }
	head -n1 err | grep -Eq "^([^ ]*/)?xstrace: $want\$" || { cat err; fail "'$*': message"; }
	[ -s out ] && fail "'$*': printed on stdout"
	true
}
check "invalid decode-fds 'foo'" -e decode-fds=foo true
check "invalid decode-fds 'bar'" --decode-fds=path,bar true
check "invalid decode-fds ''" -e decode-fds= true
check "invalid decode-fds 'PATH'" -e decode-fd=PATH true
check "invalid descriptor 'x'" --trace-fds=x true
check "invalid descriptor '-1'" -e trace-fds=-1 true
check "invalid descriptor ''" -e trace-fds= true
check "invalid descriptor '3x'" -e fd=1,3x true
check "invalid descriptor '99999999999'" -e fds=99999999999 true
check "-y and --decode-fds cannot be provided simultaneously" -y -e decode-fds=socket true
check "-y and --decode-fds cannot be provided simultaneously" --decode-fds=path -yy true
check "invalid decode-pids 'foo'" -e decode-pids=foo true
check "invalid decode-pids ''" --decode-pids= true
# where the distro strace knows the option, it says the same
if [ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ]; then
	for a in -e\ decode-fds=foo --decode-fds=path,bar -e\ decode-fds= -y\ --decode-fds=path; do
		$STRACE_ORACLE $a true 2> want < /dev/null && fail "strace accepted $a"
		"$XSTRACE" $a true 2> got < /dev/null
		[ "$(sed 's/^[^:]*: //' want)" = "$(sed 's/^[^:]*: //' got)" ] || { cat want got; fail "$a"; }
	done
fi
exit 0
