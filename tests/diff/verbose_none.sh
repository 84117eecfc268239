# -e verbose=none: no structure is dereferenced (addresses instead, no
# result comments that come from memory), strings and the fd sets select
# hands back still are; and -v with a small -s: arrays (iovecs, pollfds
# and poll's results, mincore's vector, groups) not cut at -s elements.
# The self-printing programs, traced by both tracers; times and the
# programs' own output are masked.
. "$srcdir/tests/lib.sh"
need_oracle
export TZ=UTC
mask() {
	python3 "$srcdir/tests/normalise.py" | sed -E \
		-e 's/(tv_sec|tv_nsec|tv_usec)=[0-9-]+/\1=T/g' \
		-e 's/(st_atime(_nsec)?)=[0-9]+( \/\*[^*]*\*\/)?/\1=T/g' \
		-e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}[+-][0-9]{4}/DATE/g' \
		-e 's/^(time\(.*\) += )[0-9]+/\1T/' \
		-e 's/^(execve\(.*), \["[A-Za-z_0-9]+=.*\]\) += /\1, ENVIRONMENT) = /' \
		-e 's/^write\(1, .*/write(1, OUTPUT)/'
}
# vn_compare [OPTIONS --] PROGRAM ARGS... (default options: -e verbose=none)
vn_compare() {
	opts=(-e verbose=none)
	if printf '%s\n' "$@" | grep -qx -- '--'; then
		opts=()
		while [ "$1" != -- ]; do opts+=("$1"); shift; done
		shift
	fi
	rm -rf d m && mkdir d m && : > f
	"$STRACE_ORACLE" "${opts[@]}" -o strace.out "$@" > /dev/null 2>&1
	rm -rf d m && mkdir d m && : > f
	"$XSTRACE" "${opts[@]}" -o xstrace.out "$@" > /dev/null 2>&1
	mask < strace.out > strace.norm
	mask < xstrace.out > xstrace.norm
	if ! cmp -s strace.norm xstrace.norm; then
		diff -u strace.norm xstrace.norm >&2
		fail "xstrace differs from strace for ${opts[*]}: $*"
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
vn_compare -e verbose=none -v -- "$(prog dv_verbose)" "$T/m"
for s in 2 32; do
	vn_compare -v -s $s -- "$(prog fd_iov)" 32 "$T/f"
	vn_compare -v -s $s -- "$(prog tm_events)" "$T/d"
	vn_compare -v -s $s -- "$(prog pr_mem)"
	vn_compare -v -s $s -- "$(prog tm_signal)" nopid
	vn_compare -v -s $s -- "$(prog fd_misc)" "$T/f"
done
exit 0
