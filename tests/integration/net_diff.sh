# The net_* programs traced by the distro strace and by xstrace: identical
# but for the port numbers the kernel picks and the programs' own output
# (which holds them).
. "$srcdir/tests/lib.sh"
need_oracle

mask() {
	python3 "$srcdir/tests/normalise.py" | sed -E \
		-e 's/sin_port=htons\([0-9]+\)/sin_port=htons(P)/g' \
		-e 's/sin_port="(\\x[0-9a-f]{2}){2}"( \/\* htons\([0-9]+\) \*\/)?/sin_port=P/g' \
		-e 's/(pid|nl_pid|nlmsg_seq)=[0-9]+/\1=N/g' \
		-e 's/^write\(1, .*/write(1, OUTPUT)/'
}

# net_compare [OPTIONS --] COMMAND ARGS...
net_compare() {
	opts=()
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	rm -rf dir && mkdir dir
	"$STRACE_ORACLE" "${opts[@]}" -o strace.out "$@" > /dev/null 2>&1
	src=$?
	rm -rf dir && mkdir dir
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

net_compare -e trace=%network -- "$(prog net_sockets)" "$T/dir"
net_compare -s 1 -e trace=%network -- "$(prog net_sockets)" "$T/dir"
net_compare -x -e trace=%network -- "$(prog net_sockets)" "$T/dir"
net_compare -- "$(prog net_sockets)" "$T/dir"
# -e verbose=none: structures as addresses; -v: arrays and messages not
# cut at -s
net_compare -e verbose=none -e trace=%network -- "$(prog net_sockets)" "$T/dir"
net_compare -v -s 1 -e trace=%network -- "$(prog net_sockets)" "$T/dir"
# -X: ports, addresses, interface indexes and flags as bytes or numbers
net_compare -X raw -e trace=%network -- "$(prog net_sockets)" "$T/dir"
net_compare -X verbose -e trace=%network -- "$(prog net_sockets)" "$T/dir"
# getaddrinfo asks NETLINK_ROUTE for the addresses: RTM_GETADDR, and
# RTM_NEWADDR replies with their IFA_* attributes
if command -v getent > /dev/null; then
	net_compare -e trace=%network -- getent ahosts localhost
	net_compare -s 3 -e trace=%network -- getent ahosts localhost
	net_compare -X verbose -e trace=%network -- getent ahosts localhost
fi
# ip addr: RTM_GETLINK and RTM_NEWLINK (struct ifinfomsg, the first -s
# attributes of each link), then the addresses
if command -v ip > /dev/null; then
	net_compare -e trace=%network -- ip addr
	net_compare -s 8 -e trace=%network -- ip addr
fi
exit 0
