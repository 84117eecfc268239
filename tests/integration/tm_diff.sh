# The tm_* programs traced by the distro strace and by xstrace.  Times
# (the clocks' values, the time left, dates), thread ids and the programs'
# own output (which holds them) differ between two runs and are masked;
# everything else must be identical.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/tm_lib.sh"
need_oracle

mask_times() {
	python3 "$srcdir/tests/normalise.py" | sed -E \
		-e 's/(tv_sec|tv_nsec|tv_usec)=[0-9-]+/\1=T/g' \
		-e 's/sigev_notify_thread_id=[0-9]+/sigev_notify_thread_id=TID/' \
		-e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}[+-][0-9]{4}/DATE/g' \
		-e 's/^time\(\[[0-9]+/time([T/' \
		-e 's/^(time\(.*\) += )[0-9]+/\1T/' \
		-e 's/^write\(1, .*/write(1, OUTPUT)/'
}

# tm_compare [OPTIONS --] COMMAND ARGS...
tm_compare() {
	opts=()
	if printf '%s\n' "$@" | grep -qx -- '--'; then
		while [ "$1" != -- ]; do opts+=("$1"); shift; done
		shift
	fi
	"$STRACE_ORACLE" "${opts[@]}" -o strace.out "$@" > /dev/null 2>&1
	src=$?
	"$XSTRACE" "${opts[@]}" -o xstrace.out "$@" > /dev/null 2>&1
	xrc=$?
	[ "$src" = "$xrc" ] || fail "exit status: strace $src, xstrace $xrc"
	mask_times < strace.out > strace.norm
	mask_times < xstrace.out > xstrace.norm
	if ! cmp -s strace.norm xstrace.norm; then
		diff -u strace.norm xstrace.norm >&2
		fail "xstrace differs from strace for: ${opts[*]} $*"
	fi
}

mkdir dir
tm_compare -e trace=$TM_SIGNAL_CALLS -- "$(prog tm_signal)" nopid
tm_compare -e trace=%signal -- "$(prog tm_signal)" nopid
# signal lines: every si_code family, a real fault, a child, seccomp's SIGSYS
tm_compare -f -e trace=none -- "$(prog tm_siginfo)" kernel
tm_compare -e trace=$TM_TIME_CALLS -- "$(prog tm_time)"
tm_compare -e trace=%clock -- "$(prog tm_time)"
tm_compare -e trace=$TM_EVENT_CALLS -- "$(prog tm_events)" "$T/dir"
# arrays and fd sets cut at -s elements
tm_compare -s 2 -e trace=$TM_EVENT_CALLS -- "$(prog tm_events)" "$T/dir"
# everything the programs do, loader included
tm_compare -- "$(prog tm_events)" "$T/dir"
tm_compare -- "$(prog tm_time)"
tm_compare -- "$(prog tm_signal)" nopid
exit 0
