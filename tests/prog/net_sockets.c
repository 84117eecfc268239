/* Sockets on loopback: a TCP client and server in one process, a UNIX
 * socketpair passing an fd with SCM_RIGHTS, UDP with IP_PKTINFO and
 * IP_TTL control data, socket options, addresses of every family strace
 * spells out.  Prints the lines xstrace must print with
 * -e trace=%network.  usage: net_sockets DIR */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "tm_util.h"

static char dir[64];

static const char *in4(const struct sockaddr_in *a)
{
	static char bufs[4][128];
	static unsigned next;
	char *b = bufs[next++ % 4];
	snprintf(b, sizeof(bufs[0]), "{sa_family=AF_INET, sin_port=htons(%u), sin_addr=inet_addr(\"%s\")}",
		 ntohs(a->sin_port), inet_ntoa(a->sin_addr));
	return b;
}

static void tcp(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof(a);
	int one = 1;

	DO(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP));
	int srv = (int)last_ret;
	expect(RET, "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP)");
	DO(setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)));
	expect(RET, "setsockopt(%d, SOL_SOCKET, SO_REUSEADDR, [1], 4)", srv);
	DO(bind(srv, (struct sockaddr *)&a, sizeof(a)));
	expect(RET, "bind(%d, %s, 16)", srv, in4(&a));
	DO(listen(srv, 5));
	expect(RET, "listen(%d, 5)", srv);
	struct sockaddr_in b;
	socklen_t blen = 128;
	DO(getsockname(srv, (struct sockaddr *)&b, &blen));
	expect(RET, "getsockname(%d, %s, [128 => 16])", srv, in4(&b));

	DO(socket(AF_INET, SOCK_STREAM, 0));
	int cli = (int)last_ret;
	expect(RET, "socket(AF_INET, SOCK_STREAM, IPPROTO_IP)");
	DO(connect(cli, (struct sockaddr *)&b, sizeof(b)));
	expect(RET, "connect(%d, %s, 16)", cli, in4(&b));

	struct sockaddr_in peer;
	len = sizeof(peer);
	DO(accept4(srv, (struct sockaddr *)&peer, &len, SOCK_NONBLOCK));
	int conn = (int)last_ret;
	expect(RET, "accept4(%d, %s, [16], SOCK_NONBLOCK)", srv, in4(&peer));
	DO(setsockopt(cli, SOL_TCP, TCP_NODELAY, &one, sizeof(one)));
	expect(RET, "setsockopt(%d, SOL_TCP, TCP_NODELAY, [1], 4)", cli);
	struct linger lg = { 1, 7 };
	DO(setsockopt(cli, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg)));
	expect(RET, "setsockopt(%d, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=7}, 8)", cli);
	int v = -1;
	len = sizeof(v);
	DO(getsockopt(cli, SOL_SOCKET, SO_ERROR, &v, &len));
	expect(RET, "getsockopt(%d, SOL_SOCKET, SO_ERROR, [0], [4])", cli);
	len = 64;
	DO(getsockopt(cli, SOL_SOCKET, SO_TYPE, &v, &len));
	expect(RET, "getsockopt(%d, SOL_SOCKET, SO_TYPE, [1], [64 => 4])", cli);
	len = sizeof(lg);
	DO(getsockopt(cli, SOL_SOCKET, SO_LINGER, &lg, &len));
	expect(RET, "getsockopt(%d, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=7}, [8])", cli);

	DO(sendto(cli, "hello\n", 6, MSG_NOSIGNAL, NULL, 0));
	expect(RET, "sendto(%d, \"hello\\n\", 6, MSG_NOSIGNAL, NULL, 0)", cli);
	char buf[16];
	struct sockaddr_in from;
	len = sizeof(from);
	DO(recvfrom(conn, buf, sizeof(buf), 0, (struct sockaddr *)&from, &len));
	/* a stream socket gives no address: the length comes back 0 */
	expect(RET, "recvfrom(%d, \"hello\\n\", 16, 0, 0x%lx, [16 => 0])", conn, (unsigned long)&from);
	DO(recvfrom(conn, buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL));
	expect(RET, "recvfrom(%d, 0x%lx, 16, MSG_DONTWAIT, NULL, NULL)", conn, (unsigned long)buf);
	len = sizeof(from);
	DO(getpeername(conn, (struct sockaddr *)&from, &len));
	expect(RET, "getpeername(%d, %s, [16])", conn, in4(&from));
	DO(shutdown(cli, SHUT_WR));
	expect(RET, "shutdown(%d, SHUT_WR)", cli);
	close(conn);
	close(cli);
	close(srv);
}

static void unix_rights(void)
{
	int sv[2];
	DO(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	expect(RET, "socketpair(AF_UNIX, SOCK_STREAM, 0, [%d, %d])", sv[0], sv[1]);
	int fd = open("/dev/null", O_RDONLY);
	struct iovec iov = { "x", 1 };
	union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr a; } u;
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &fd, sizeof(int));
	DO(sendmsg(sv[0], &m, 0));
	expect(RET, "sendmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"x\", iov_len=1}], "
	       "msg_iovlen=1, msg_control=[{cmsg_len=%zu, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, "
	       "cmsg_data=[%d]}], msg_controllen=%zu, msg_flags=0}, 0)",
	       sv[0], (size_t)CMSG_LEN(sizeof(int)), fd, sizeof(u.buf));
	char rb[8], rc[64];
	struct iovec riov = { rb, sizeof(rb) };
	struct msghdr r = { .msg_iov = &riov, .msg_iovlen = 1, .msg_control = rc, .msg_controllen = sizeof(rc) };
	DO(recvmsg(sv[1], &r, MSG_CMSG_CLOEXEC));
	int got;
	memcpy(&got, CMSG_DATA(CMSG_FIRSTHDR(&r)), sizeof(int));
	expect(RET, "recvmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"x\", iov_len=8}], "
	       "msg_iovlen=1, msg_control=[{cmsg_len=%zu, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, "
	       "cmsg_data=[%d]}], msg_controllen=%zu, msg_flags=MSG_CMSG_CLOEXEC}, MSG_CMSG_CLOEXEC)",
	       sv[1], (size_t)CMSG_LEN(sizeof(int)), got, (size_t)r.msg_controllen);
	DO(recvmsg(sv[1], &r, MSG_DONTWAIT));
	expect(RET, "recvmsg(%d, {msg_namelen=0}, MSG_DONTWAIT)", sv[1]);

	/* a named socket, an abstract one, an unnamed one */
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	snprintf(un.sun_path, sizeof(un.sun_path), "%s/sock", dir);
	DO(socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0));
	int us = (int)last_ret;
	expect(RET, "socket(AF_UNIX, SOCK_DGRAM|SOCK_NONBLOCK, 0)");
	DO(bind(us, (struct sockaddr *)&un, sizeof(un)));
	expect(RET, "bind(%d, {sa_family=AF_UNIX, sun_path=\"%s\"}, 110)", us, un.sun_path);
	memcpy(un.sun_path, "\0xst@test", 9);
	DO(connect(us, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 9));
	expect(RET, "connect(%d, {sa_family=AF_UNIX, sun_path=@\"xst@test\"}, 11)", us);
	DO(connect(us, (struct sockaddr *)&un, 2));
	expect(RET, "connect(%d, {sa_family=AF_UNIX}, 2)", us);
	close(us);
	close(fd);
	close(sv[0]);
	close(sv[1]);
}

static void udp_pktinfo(void)
{
	int one = 1;
	DO(socket(AF_INET, SOCK_DGRAM, 0));
	int u = (int)last_ret;
	expect(RET, "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP)");
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	DO(bind(u, (struct sockaddr *)&a, sizeof(a)));
	expect(RET, "bind(%d, %s, 16)", u, in4(&a));
	socklen_t len = sizeof(a);
	DO(getsockname(u, (struct sockaddr *)&a, &len));
	expect(RET, "getsockname(%d, %s, [16])", u, in4(&a));
	DO(setsockopt(u, SOL_IP, IP_PKTINFO, &one, sizeof(one)));
	expect(RET, "setsockopt(%d, SOL_IP, IP_PKTINFO, [1], 4)", u);
	DO(setsockopt(u, SOL_IP, IP_RECVTTL, &one, sizeof(one)));
	expect(RET, "setsockopt(%d, SOL_IP, IP_RECVTTL, [1], 4)", u);
	struct iovec iov[2] = { { "pi", 2 }, { "ng", 2 } };
	struct msghdr m = { .msg_name = &a, .msg_namelen = sizeof(a), .msg_iov = iov, .msg_iovlen = 2 };
	DO(sendmsg(u, &m, 0));
	expect(RET, "sendmsg(%d, {msg_name=%s, msg_namelen=16, msg_iov=[{iov_base=\"pi\", iov_len=2}, "
	       "{iov_base=\"ng\", iov_len=2}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0)", u, in4(&a));
	char rb[16];
	union { char buf[256]; struct cmsghdr a; } rc;
	struct sockaddr_in from;
	struct iovec riov = { rb, sizeof(rb) };
	struct msghdr r = { .msg_name = &from, .msg_namelen = 128, .msg_iov = &riov, .msg_iovlen = 1,
			    .msg_control = rc.buf, .msg_controllen = sizeof(rc.buf) };
	DO(recvmsg(u, &r, 0));
	char ctl[1024] = "", *p = ctl;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&r); c; c = CMSG_NXTHDR(&r, c)) {
		p += sprintf(p, "%s{cmsg_len=%zu, cmsg_level=SOL_IP, ", p == ctl ? "" : ", ", (size_t)c->cmsg_len);
		if (c->cmsg_type == IP_PKTINFO) {
			struct in_pktinfo pi;
			memcpy(&pi, CMSG_DATA(c), sizeof(pi));
			p += sprintf(p, "cmsg_type=IP_PKTINFO, cmsg_data={ipi_ifindex=if_nametoindex(\"lo\"), "
				     "ipi_spec_dst=inet_addr(\"%s\"), ", inet_ntoa(pi.ipi_spec_dst));
			p += sprintf(p, "ipi_addr=inet_addr(\"%s\")}}", inet_ntoa(pi.ipi_addr));
		} else {
			int ttl;
			memcpy(&ttl, CMSG_DATA(c), sizeof(ttl));
			p += sprintf(p, "cmsg_type=IP_TTL, cmsg_data=[%d]}", ttl);
		}
	}
	expect(RET, "recvmsg(%d, {msg_name=%s, msg_namelen=128 => 16, msg_iov=[{iov_base=\"ping\", iov_len=16}], "
	       "msg_iovlen=1, msg_control=[%s], msg_controllen=%zu, msg_flags=0}, 0)",
	       u, in4(&from), ctl, (size_t)r.msg_controllen);

	/* sendmmsg, recvmmsg */
	struct mmsghdr mm[2] = {
		{ .msg_hdr = { .msg_name = &a, .msg_namelen = sizeof(a), .msg_iov = iov, .msg_iovlen = 1 } },
		{ .msg_hdr = { .msg_name = &a, .msg_namelen = sizeof(a), .msg_iov = iov + 1, .msg_iovlen = 1 } },
	};
	DO(sendmmsg(u, mm, 2, 0));
	expect(RET, "sendmmsg(%d, [{msg_hdr={msg_name=%s, msg_namelen=16, msg_iov=[{iov_base=\"pi\", iov_len=2}], "
	       "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=2}, {msg_hdr={msg_name=%s, msg_namelen=16, "
	       "msg_iov=[{iov_base=\"ng\", iov_len=2}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=2}], 2, 0)",
	       u, in4(&a), in4(&a));
	DO(setsockopt(u, SOL_IP, IP_PKTINFO, &(int){0}, sizeof(int)));
	expect(RET, "setsockopt(%d, SOL_IP, IP_PKTINFO, [0], 4)", u);
	DO(setsockopt(u, SOL_IP, IP_RECVTTL, &(int){0}, sizeof(int)));
	expect(RET, "setsockopt(%d, SOL_IP, IP_RECVTTL, [0], 4)", u);
	char b1[8], b2[8];
	struct iovec ri[2] = { { b1, 8 }, { b2, 8 } };
	struct mmsghdr rm[2] = { { .msg_hdr = { .msg_iov = ri, .msg_iovlen = 1 } },
				 { .msg_hdr = { .msg_iov = ri + 1, .msg_iovlen = 1 } } };
	DO(recvmmsg(u, rm, 2, MSG_DONTWAIT, NULL));
	expect(RET, "recvmmsg(%d, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"pi\", iov_len=8}], "
	       "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=2}, {msg_hdr={msg_name=NULL, msg_namelen=0, "
	       "msg_iov=[{iov_base=\"ng\", iov_len=8}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=2}], 2, "
	       "MSG_DONTWAIT, NULL)", u);
	close(u);
}

static void families(void)
{
	DO(socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP));
	int s6 = (int)last_ret;
	expect(RET, "socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP)");
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_port = htons(53), .sin6_flowinfo = htonl(3) };
	inet_pton(AF_INET6, "::1", &a6.sin6_addr);
	DO(connect(s6, (struct sockaddr *)&a6, sizeof(a6)));
	expect(RET, "connect(%d, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(3), "
	       "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28)", s6);
	close(s6);
	DO(socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
	int nl = (int)last_ret;
	expect(RET, "socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE)");
	struct sockaddr_nl snl = { .nl_family = AF_NETLINK };
	DO(bind(nl, (struct sockaddr *)&snl, sizeof(snl)));
	expect(RET, "bind(%d, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12)", nl);
	/* two messages: a NLMSG_NOOP with a payload, an RTM_GETADDR header */
	struct { struct nlmsghdr h; unsigned char pad[4]; struct nlmsghdr h2; } req = {
		{ 20, NLMSG_NOOP, NLM_F_REQUEST, 7, 0 }, { 1, 2, 3, 4 },
		{ 16, 0x16 /* RTM_GETADDR */, NLM_F_REQUEST | NLM_F_DUMP, 8, 0 } };
	DO(sendto(nl, &req, sizeof(req), 0, NULL, 0));
	expect(RET, "sendto(%d, [[{nlmsg_len=20, nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST, "
	       "nlmsg_seq=7, nlmsg_pid=0}, \"\\x01\\x02\\x03\\x04\"], {nlmsg_len=16, nlmsg_type=RTM_GETADDR, "
	       "nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=8, nlmsg_pid=0}], 36, 0, NULL, 0)", nl);
	close(nl);
	struct sockaddr sa = { .sa_family = 0x63, .sa_data = "ab" };
	DO(socket(0x63, 0xb, 7));
	expect(RET, "socket(0x63 /* AF_??? */, 0xb /* SOCK_??? */, 7)");
	DO(bind(-1, &sa, 4));
	expect(RET, "bind(-1, {sa_family=0x63 /* AF_??? */, sa_data=\"ab\"}, 4)");
	DO(bind(-1, (struct sockaddr *)8, 16));
	expect(RET, "bind(-1, 0x8, 16)");
	int v = 1;
	DO(setsockopt(-1, 0x3e7, 5, &v, sizeof(v)));
	expect(RET, "setsockopt(-1, 0x3e7 /* SOL_?? */, 5, [1], 4)");
	DO(setsockopt(-1, SOL_SOCKET, 0x270f, "abcdef", 6));
	expect(RET, "setsockopt(-1, SOL_SOCKET, 0x270f /* SO_??? */, \"abcdef\", 6)");
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	snprintf(dir, sizeof(dir), "%s", argv[1]);
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	tcp();
	unix_rights();
	udp_pktinfo();
	families();
	return 0;
}
