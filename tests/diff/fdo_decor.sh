# -y, -yy and -e decode-fds= against the distro strace (6.1 knows path,
# socket, dev and pidfd): pipes, /dev/null, dup2, a TCP loopback pair, UNIX
# socketpairs, a named and an abstract UNIX socket, UDP, netlink, a file
# deleted while open and a name with <, > and a newline.
. "$srcdir/tests/lib.sh"
need_oracle
p=$(prog fdo_decor)
# socket inodes, ports and pids differ between the two runs (and with
# them the padding before " = ")
mask() {
	python3 "$srcdir/tests/normalise.py" |
		sed -E 's/:\[[0-9]+/:[INO/g; s/->[0-9]+/->INO/g; s/:[0-9]+([]-])/:PORT\1/g; s/:[0-9]+\]/:PORT]/g' |
		sed -E 's/htons\([0-9]+\)/htons(PORT)/g; s/nl_pid=[0-9]+/nl_pid=PID/g; s/<pid:[0-9]+>/<pid:PID>/g; s/pidfd_open\([0-9]+/pidfd_open(PID/; s/\) +=/) =/'
}
run() {
	rm -rf dir && mkdir dir
	"$STRACE_ORACLE" -o strace.out "$@" "$p" sockets "$T/dir" > /dev/null 2>&1 || fail "strace: $*"
	rm -rf dir && mkdir dir
	"$XSTRACE" -o xstrace.out "$@" "$p" sockets "$T/dir" > /dev/null 2>&1 || fail "xstrace: $*"
	mask < strace.out > strace.norm
	mask < xstrace.out > xstrace.norm
	if ! cmp -s strace.norm xstrace.norm; then
		diff -u strace.norm xstrace.norm >&2
		fail "xstrace differs from strace for: $*"
	fi
	# the run must have shown what it is about
	[ -z "${want:-}" ] || grep -q -- "$want" xstrace.out || fail "$*: no $want in the trace"
}
calls=read,write,close,dup2
want='<TCP:\[127.0.0.1:' run -yy -e trace=$calls
want='UNIX-STREAM:\[' run -yyy -e trace=$calls
want='</dev/null<char 1:3>>' run --decode-fds=all -e trace=$calls
want='(deleted)' run -y -e trace=$calls
want='<socket:\[' run --decode-fds -e trace=$calls
want='<NETLINK:\[ROUTE:' run -e decode-fds=socket -e trace=$calls
want='<UNIX:\[' run -e decode-fds=path,socket -e trace=$calls
want='<char 1:3>' run -e decode-fds=dev -e trace=$calls
want='</dev/null<char' run -e decode-fds='!socket' -e trace=$calls
want='' run -e decode-fds=none -e trace=$calls
want='<pid:' run -e decode-fds=pidfd -e trace=$calls
want='</dev/ptmx<char 5:2>>' run -yy -e trace=$calls
# every call, -yy: openat's AT_FDCWD<cwd>, the loader's files, mmap's fd,
# the fds socket(), socketpair(), accept() and pipe2() return, a UDP
# socket bound by the kernel on a failed write (strace then keeps what it
# first learnt of a socket)
want='AT_FDCWD<' run -yy
want='socketpair(AF_UNIX, SOCK_DGRAM, 0, \[3<UNIX:\[' run -yy
want='<TCP:\[127.0.0.1:' run -e decode-fds=socket,path
exit 0
