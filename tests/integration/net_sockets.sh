# Sockets on loopback (TCP client and server, SCM_RIGHTS over a UNIX
# socketpair, UDP with IP_PKTINFO, sendmmsg/recvmmsg, netlink headers,
# addresses of each family, socket options): exact lines.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/tm_lib.sh"
mkdir dir
tm_check sockets -e trace=%network "$(prog net_sockets)" "$T/dir"
