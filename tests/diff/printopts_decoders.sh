# -v, -e abbrev=, -e verbose= and -X across the decoder families: the
# self-printing programs and everyday commands traced by the distro strace
# and by xstrace with the same option.  Values that differ between two
# runs (times, pids, the programs' own output) are masked.
. "$srcdir/tests/lib.sh"
need_oracle
exec < /dev/null
mask() {
	python3 "$srcdir/tests/normalise.py" | sed -E \
		-e 's/(tv_sec|tv_nsec|tv_usec|si_utime|si_stime)=[0-9-]+/\1=T/g' \
		-e 's/(ru_[a-z]+)=[0-9]+/\1=N/g' \
		-e 's/(st_atime|st_atime_nsec)=[0-9]+/\1=T/g' \
		-e 's/sigev_notify_thread_id=[0-9]+/sigev_notify_thread_id=TID/' \
		-e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+[+-][0-9]{4}/DATE/g' \
		-e 's/^(getsid|waitid|rt_sigqueueinfo)\(.*/\1(...)/' \
		-e 's/^(times|sysinfo|time)\(.*/\1(...)/' \
		-e 's/^write\(1, .*/write(1, ...)/' \
		-e 's/parent_tid=\[[0-9]+\]/parent_tid=[PID]/g' \
		-e 's/\) +=/) =/'
}
mkdir d
: > file
n=0
for opts in "-v" "-e verbose=none" "-e abbrev=none -s 2" "-e verbose=!stat,newfstatat -e abbrev=%file" \
	"-X verbose" "-X raw" "-v -X verbose" "-e verbose=none -X raw"; do
	for cmd in "fd_fcntl $T/file $T/d nopids" "fd_iov 32 $T/file" "fd_misc $T/file" \
		"fd_paths $T/d nohandles" "pr_info" "pr_mem" "pr_proc" "tm_time" "tm_events" \
		"tm_signal" "po_xstyle"; do
		prog=${cmd%% *}; args=${cmd#"$prog"}
		# shellcheck disable=SC2086
		env -u _ "$STRACE_ORACLE" $opts -o strace.out "$TESTS_BIN/prog/$prog" $args > /dev/null 2>&1
		# shellcheck disable=SC2086
		env -u _ "$XSTRACE" $opts -o xstrace.out "$TESTS_BIN/prog/$prog" $args > /dev/null 2>&1
		mask < strace.out > strace.norm
		mask < xstrace.out > xstrace.norm
		if ! cmp -s strace.norm xstrace.norm; then
			diff -u strace.norm xstrace.norm >&2
			fail "xstrace differs from strace: $opts $prog"
		fi
		n=$((n + 1))
	done
done
# getdents64 and statx in full with -v, struct stat with -e abbrev=none
touch d/averyveryverylongname d/b
for opts in "-v" "-e abbrev=none -s 4" "-e verbose=none" "-X verbose"; do
	for cmd in "ls -a -l d" "stat d d/b /dev/null"; do
		# shellcheck disable=SC2086
		env -u _ "$STRACE_ORACLE" $opts -o strace.out $cmd > /dev/null 2>&1
		# shellcheck disable=SC2086
		env -u _ "$XSTRACE" $opts -o xstrace.out $cmd > /dev/null 2>&1
		# the network calls of the name service are decoded elsewhere
		grep -Ev '^(socket|connect)\(' strace.out | mask > strace.norm
		grep -Ev '^(socket|connect)\(' xstrace.out | mask > xstrace.norm
		if ! cmp -s strace.norm xstrace.norm; then
			diff -u strace.norm xstrace.norm >&2
			fail "xstrace differs from strace: $opts $cmd"
		fi
		n=$((n + 1))
	done
done
echo "$n comparisons"
exit 0
