# -e verbose=none: no structure is dereferenced (addresses instead, no
# result comments that come from memory), strings and the fd sets select
# hands back still are. The self-printing programs, traced by both
# tracers; times and the programs' own output are masked.
. "$srcdir/tests/lib.sh"
need_oracle
export TZ=UTC
mask() {
	python3 "$srcdir/tests/normalise.py" | sed -E \
		-e 's/(tv_sec|tv_nsec|tv_usec)=[0-9-]+/\1=T/g' \
		-e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}[+-][0-9]{4}/DATE/g' \
		-e 's/^(time\(.*\) += )[0-9]+/\1T/' \
		-e 's/^write\(1, .*/write(1, OUTPUT)/'
}
vn_compare() {
	rm -rf d m && mkdir d m && : > f
	"$STRACE_ORACLE" -e verbose=none -o strace.out "$@" > /dev/null 2>&1
	rm -rf d m && mkdir d m && : > f
	"$XSTRACE" -e verbose=none -o xstrace.out "$@" > /dev/null 2>&1
	mask < strace.out > strace.norm
	mask < xstrace.out > xstrace.norm
	if ! cmp -s strace.norm xstrace.norm; then
		diff -u strace.norm xstrace.norm >&2
		fail "xstrace differs from strace for -e verbose=none: $*"
	fi
}
vn_compare "$(prog fd_fcntl)" "$T/f" "$T/d" nopids
vn_compare "$(prog fd_iov)" 32 "$T/f"
vn_compare "$(prog fd_misc)" "$T/f"
vn_compare "$(prog fd_paths)" "$T/d" nohandles
vn_compare "$(prog pr_mem)"
vn_compare "$(prog tm_signal)" nopid
vn_compare "$(prog tm_time)"
vn_compare "$(prog tm_events)" "$T/d"
vn_compare "$(prog dv_misc)" "$T/m"
vn_compare "$(prog dv_verbose)" "$T/m"
# and -v with it: verbose=none wins for the structures
vn_compare -v "$(prog dv_verbose)" "$T/m"
exit 0
