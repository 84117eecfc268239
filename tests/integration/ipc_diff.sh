# System V IPC and POSIX message queues against the distro strace.  IPC
# ids, pids and times differ between the two runs and are masked (and with
# them the padding before " = ", which an id's width moves).
. "$srcdir/tests/lib.sh"
need_oracle

mask() {
	python3 "$srcdir/tests/normalise.py" | sed -E \
		-e 's/^((msg|sem|shm)(get|snd|rcv|ctl|op|timedop|at)\()[0-9]+/\1ID/' \
		-e 's/^((msg|sem|shm)get\(.*\) += )[0-9]+$/\1ID/' \
		-e 's/^((msg|sem|shm)ctl\(.*_INFO, .*\) += )[0-9]+$/\1ID/' \
		-e 's/((stime|rtime|ctime|otime|atime|dtime|pid)=)[0-9]+/\1N/g' \
		-e 's/^write\(1, .*/write(1, OUTPUT)/' \
		-e 's/\) +=/) =/'
}

# ipc_compare OPTIONS -- COMMAND ARGS...
ipc_compare() {
	opts=()
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	"$STRACE_ORACLE" "${opts[@]}" -o strace.out "$@" > /dev/null 2>&1
	src=$?
	"$XSTRACE" "${opts[@]}" -o xstrace.out "$@" > /dev/null 2>&1
	xrc=$?
	[ "$src" = "$xrc" ] || fail "exit status: strace $src, xstrace $xrc"
	mask < strace.out > strace.norm
	mask < xstrace.out > xstrace.norm
	if ! cmp -s strace.norm xstrace.norm; then
		diff -u strace.norm xstrace.norm >&2
		fail "xstrace differs from strace for: ${opts[*]} $*"
	fi
}

ipc_compare -e trace=%ipc -- "$(prog ipc_sysv)"
ipc_compare -s 4 -e trace=%ipc -- "$(prog ipc_sysv)"
ipc_compare -e trace=mq_open,mq_timedsend,mq_timedreceive,mq_notify,mq_getsetattr,mq_unlink -- \
	"$(prog ipc_mq)" "xstrace_mqd_$$"
ipc_compare -- "$(prog ipc_mq)" "xstrace_mqd_$$"
exit 0
