# Bad values of the output-format options: strace's words, exit status 1.
. "$srcdir/tests/lib.sh"
check() { # message args...
	want=$1; shift
	"$XSTRACE" "$@" > out 2> err < /dev/null
	rc=$?
	[ "$rc" = 1 ] || { cat err; fail "'$*': exit status $rc, want 1"; }
	got=$(head -n1 err | sed 's/^[^ ]*xstrace: //')
	[ "$got" = "$want" ] || fail "'$*': got '$got', want '$want'"
}
check "invalid descriptor 'foo'" -e read=foo true
check "invalid descriptor '-1'" -e read=-1 true
check "invalid descriptor 'x'" -e write=2,x true
check "invalid descriptor ''" -e read= true
check "invalid descriptor 'y'" --write=y true
check "invalid system call 'foo'" -e raw=foo true
check "invalid system call ''" -e raw= true
check "invalid system call 'nosuch'" -e abbrev=nosuch true
check "invalid system call '%foo'" -e verbose=%foo true
check "invalid system call 'nosuch'" --raw=nosuch true
check "invalid -X argument: 'foo'" -X foo true
check "invalid --const-print-style argument: 'bar'" --const-print-style=bar true
check "invalid --strings-in-hex argument: 'foo'" --strings-in-hex=foo true
check "-x and --strings-in-hex cannot be provided simultaneously" -x --strings-in-hex=all true
check "invalid --color argument: 'bogus'" --color=bogus true
check "invalid --color argument: ''" --color= true
# -X's error carries strace's hint line
"$XSTRACE" -X foo true 2> err
sed -n 2p err | grep -Eq "^Try '([^ ]*/)?xstrace -h' for more information.$" || fail "hint after -X"
exit 0
