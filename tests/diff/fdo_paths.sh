# -P PATH against the distro strace: paths, fds that refer to them, *at
# calls, dup2, the "Requested path ... resolved into ..." notice and what
# silences it.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
need_oracle
p=$(prog fdo_decor)
D=$T/dir
# compare_with_strace and the stderr of both (the notices)
both() {
	rm -rf "$D" && mkdir "$D" && touch "$D/file"
	"$STRACE_ORACLE" -o strace.out "$@" "$p" paths "$D" > /dev/null 2> strace.err || fail "strace: $*"
	rm -rf "$D" && mkdir "$D" && touch "$D/file"
	"$XSTRACE" -o xstrace.out "$@" "$p" paths "$D" > /dev/null 2> xstrace.err || fail "xstrace: $*"
	python3 "$srcdir/tests/normalise.py" < strace.out > strace.norm
	python3 "$srcdir/tests/normalise.py" < xstrace.out > xstrace.norm
	if ! cmp -s strace.norm xstrace.norm; then
		diff -u strace.norm xstrace.norm >&2
		fail "trace differs from strace for: $*"
	fi
	sed 's/^[^:]*strace: //' strace.err > strace.msg
	sed 's/^[^:]*xstrace: //' xstrace.err > xstrace.msg
	if ! cmp -s strace.msg xstrace.msg; then
		diff -u strace.msg xstrace.msg >&2
		fail "messages differ from strace for: $*"
	fi
	grep -vq '^+++' xstrace.out || fail "$*: nothing traced"
}
# DIR/file exists when the tracer starts; DIR/link and DIR/other only
# while the program runs: -P takes names as given
both -P "$D/file"
both -P "$D/other"
both -P "$D/file" -P "$D/other"
both -y -P "$D/file"
both -P "$D/link"
both -P "$D/file" -P "$D"
both -P /dev/null -P "$D/file" -e trace=openat,close
# a symlink that exists when xstrace starts: the resolution notice
ln -s "$D" sym
both -P "$T/sym/file"
both -P "$T/sym/file" -P "$T/sym/file"
both -e quiet=path-resolution -P "$T/sym/file"
both -qqq -P "$T/sym/file"
both -P "$T/sym" -P "$D/link"
grep -q 'resolved into' xstrace.err || fail "no notice"
exit 0
