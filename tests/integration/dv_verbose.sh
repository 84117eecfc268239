# -v: stat, statx, getdents64/getdents, uname, getrusage and execve's
# environment in full (argv and envp not cut at -s elements). The program
# prints the lines from its own results; xstrace's trace must be exactly
# those, and so must the distro strace's (checked when it is there: the
# values differ from run to run, the program's expectations do not).
. "$srcdir/tests/lib.sh"
export TZ=UTC
calls=newfstatat,statx,getdents64,getdents,uname,getrusage,execve
check_trace() {
	# $1: tracer, $2: name
	rm -rf "$T/dir.$2" && mkdir "$T/dir.$2"
	"$1" -v -s 4 -o "$2.trace" -e trace=$calls "$(prog dv_verbose)" "$T/dir.$2" > "$2.expected" ||
		fail "$2: exit status $?"
	[ -s "$2.expected" ] || fail "$2: the program printed nothing"
	FIRST_LINE=$(head -n 1 "$2.expected") \
		awk 'found || $0 == ENVIRON["FIRST_LINE"] { found = 1; print }' "$2.trace" |
		grep -v '^+++' > "$2.got" || true
	exact "$2.expected" "$2.got"
}
check_trace "$XSTRACE" xstrace
# -e abbrev=none is -v
rm -rf "$T/dir.a" && mkdir "$T/dir.a"
"$XSTRACE" -e abbrev=none -s 4 -o a.trace -e trace=$calls "$(prog dv_verbose)" "$T/dir.a" > a.expected
grep -qF "$(tail -n 1 a.expected)" a.trace || fail "-e abbrev=none: no full execve line"
# without -v: the abbreviated forms
"$XSTRACE" -s 4 -o b.trace -e trace=$calls "$(prog dv_verbose)" "$T/dir.a" > /dev/null
grep -q '^newfstatat(AT_FDCWD, ".*/file", {st_mode=S_IFREG|0640, st_size=10, \.\.\.}, 0) *= 0$' b.trace ||
	fail "abbreviated stat missing"
grep -q '^getdents64(3, 0x[0-9a-f]* /\* 4 entries \*/, 4096) *= 96$' b.trace || fail "abbreviated getdents64 missing"
grep -q '^execve("/nonexistent/xstrace", \["a0", "a1", "a2", "a3", \.\.\.\], 0x[0-9a-f]* /\* 6 vars \*/) ' b.trace ||
	fail "abbreviated execve missing"
if [ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ]; then
	check_trace "$STRACE_ORACLE" strace
fi
exit 0
