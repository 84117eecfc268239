/* The socket decoders (src/decode/net.c, sockaddr.c, sockopt.c, msghdr.c,
 * netlink.c, socketcall.c) run from fake memory for every ABI.  struct
 * msghdr, mmsghdr, cmsghdr and iovec are laid out here from what each
 * ABI is (32-bit pointers and size_t on i386 and arm), written out
 * independently of tables/abi, so a wrong layout table fails here; the
 * expected text is what strace 6.1 prints for the same values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/net.h"
#include "decode/subcall.h"
#include "fake_mem.h"
#include "print.h"
static int failures, checks;
static struct outfile *out;
static struct mem_reader mem;
static char last_aux[1024];

static struct outfile *mem_outfile(void)
{
	struct outfile *f = calloc(1, sizeof(*f));
	f->fd = -1;
	f->cap = 1 << 16;
	f->buf = malloc(f->cap);
	return f;
}

static void check_text(const char *what, const char *got, size_t len, const char *want)
{
	checks++;
	if (len != strlen(want) || memcmp(got, want, len)) {
		failures++;
		printf("not ok %d - %s\n#   want: %s\n#   got:  %.*s\n", checks, what, want, (int)len, got);
	} else {
		printf("ok %d - %s\n", checks, what);
	}
}

/* Runs a syscall's decoder at entry and, unless done, at exit with rval,
 * the way syscall.c does; checks the argument text. Returns false when
 * the ABI has no such call. */
static bool call(const struct abi *abi, const char *name, const uint64_t args[6], int64_t rval,
		 const char *want)
{
	struct dctx d;
	struct syscall_state sc;
	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	last_aux[0] = '\0';
	const struct syscall_name_ent *n = syscall_by_name(name, strlen(name));
	if (!n || n->nr[abi->id] < 0)
		return false;
	out->len = 0;
	sc.abi = abi;
	sc.ent = sysent_lookup(abi, (uint64_t)n->nr[abi->id]);
	memcpy(sc.args, args, sizeof(sc.args));
	d.sc = &sc;
	d.abi = abi;
	d.out = out;
	d.mem = &mem;
	d.max_strlen = 32;
	d.ret_kind = -1;
	int r = sc.ent->decode ? sc.ent->decode(&d) : decode_generic(&d);
	if (r != DEC_DONE) {
		sc.rval = rval;
		sc.error = rval < 0 && rval > -4096 ? (int)-rval : 0;
		d.exiting = true;
		if (sc.ent->decode)
			sc.ent->decode(&d);
		else
			decode_generic(&d);
	}
	snprintf(last_aux, sizeof(last_aux), "%s", d.auxstr);
	char what[160];
	snprintf(what, sizeof(what), "%s %s", abi->name, name);
	check_text(what, out->buf, out->len, want);
	return true;
}


static void put(unsigned char *b, int off, int size, uint64_t v)
{
	for (int i = 0; i < size; i++)
		b[off + i] = (unsigned char)(v >> (8 * i));
}

/* struct msghdr of an ABI with words of ws bytes */
static void put_msghdr(unsigned char *b, int ws, uint64_t name, int namelen, uint64_t iov,
		       uint64_t iovlen, uint64_t control, uint64_t controllen, unsigned flags)
{
	put(b, 0, ws, name);
	put(b, ws, 4, (uint32_t)namelen);
	put(b, 2 * ws, ws, iov);
	put(b, 3 * ws, ws, iovlen);
	put(b, 4 * ws, ws, control);
	put(b, 5 * ws, ws, controllen);
	put(b, 6 * ws, 4, flags);
}

static int msghdr_size(int ws) { return ws == 4 ? 28 : 56; }
static int mmsghdr_size(int ws) { return ws == 4 ? 32 : 64; }

/* a cmsghdr at off: its header is ws + 8 bytes; returns the next offset
 * (aligned to ws) */
static int put_cmsg(unsigned char *b, int off, int ws, int level, int type, const void *data, int len)
{
	int hdr = ws + 8;
	put(b, off, ws, (uint64_t)(hdr + len));
	put(b, off + ws, 4, (uint32_t)level);
	put(b, off + ws + 4, 4, (uint32_t)type);
	memcpy(b + off + hdr, data, (size_t)len);
	return off + ((hdr + len + ws - 1) & ~(ws - 1));
}

static const unsigned char sin_127_0_0_1_443[16] = { 2, 0, 0x01, 0xbb, 127, 0, 0, 1 };

static void test_msghdr(const struct abi *abi)
{
	int ws = abi->wordsize;
	unsigned char b[2048];
	char want[2048];

	memset(b, 0, sizeof(b));
	/* 0x100: sockaddr_in; 0x200: two iovecs; 0x300..: data; 0x400: control */
	memcpy(b + 0x100, sin_127_0_0_1_443, 16);
	put(b, 0x200, ws, 0x10300);
	put(b, 0x200 + ws, ws, 3);
	put(b, 0x200 + 2 * ws, ws, 0x10310);
	put(b, 0x200 + 3 * ws, ws, 2);
	memcpy(b + 0x300, "abc", 3);
	memcpy(b + 0x310, "de", 2);
	int fds[2] = { 3, 4 };
	unsigned char cred[12];
	put(cred, 0, 4, 42);
	put(cred, 4, 4, 1000);
	put(cred, 8, 4, 100);
	int end = put_cmsg(b, 0x400, ws, 1, 1, fds, 8);
	end = put_cmsg(b, end, ws, 1, 2, cred, 12);
	int clen = end - 0x400;
	put_msghdr(b, ws, 0x10100, 16, 0x10200, 2, 0x10400, (uint64_t)clen, 0);
	fake_mem_add(0x10000, b, sizeof(b));

	uint64_t a1[6] = { 5, 0x10000, 0x40 };
	snprintf(want, sizeof(want),
		 "5, {msg_name={sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"127.0.0.1\")}, "
		 "msg_namelen=16, msg_iov=[{iov_base=\"abc\", iov_len=3}, {iov_base=\"de\", iov_len=2}], "
		 "msg_iovlen=2, msg_control=[{cmsg_len=%d, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, "
		 "cmsg_data=[3, 4]}, {cmsg_len=%d, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, "
		 "cmsg_data={pid=42, uid=1000, gid=100}}], msg_controllen=%d, msg_flags=0}, MSG_DONTWAIT",
		 ws + 16, ws + 20, clen);
	call(abi, "sendmsg", a1, 5, want);

	/* recvmsg: the kernel shortened msg_namelen (128 => 16) and returned
	 * 4 bytes: the second iovec shows one */
	put_msghdr(b, ws, 0x10100, 16, 0x10200, 2, 0, 0, 0x20);
	fake_mem_clear();
	fake_mem_add(0x10000, b, sizeof(b));
	uint64_t a2[6] = { 5, 0x10000, 0 };
	call(abi, "recvmsg", a2, 4,
	     "5, {msg_name={sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"127.0.0.1\")}, "
	     "msg_namelen=16, msg_iov=[{iov_base=\"abc\", iov_len=3}, {iov_base=\"d\", iov_len=2}], "
	     "msg_iovlen=2, msg_controllen=0, msg_flags=MSG_TRUNC}, 0");
	call(abi, "recvmsg", a2, -11, "5, {msg_namelen=16}, 0");

	/* an unreadable msghdr, an unreadable control buffer */
	uint64_t a3[6] = { 5, 0x9000, 0 };
	call(abi, "sendmsg", a3, -14, "5, 0x9000, 0");
	put_msghdr(b, ws, 0, 0, 0x10200, 1, 0x9000, 64, 0);
	fake_mem_clear();
	fake_mem_add(0x10000, b, sizeof(b));
	call(abi, "sendmsg", a1, -14,
	     "5, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"abc\", iov_len=3}], msg_iovlen=1, "
	     "msg_control=0x9000, msg_controllen=64, msg_flags=0}, MSG_DONTWAIT");

	/* IP_PKTINFO and IP_TTL received, in this ABI's cmsghdr */
	unsigned char pkt[12] = { 0, 0, 0, 0, 127, 0, 0, 1, 127, 0, 0, 2 };
	unsigned char ttl[4] = { 64, 0, 0, 0 };
	end = put_cmsg(b, 0x400, ws, 0, 8, pkt, 12);
	end = put_cmsg(b, end, ws, 0, 2, ttl, 4);
	clen = end - 0x400;
	put_msghdr(b, ws, 0, 0, 0x10200, 1, 0x10400, (uint64_t)clen, 0);
	fake_mem_clear();
	fake_mem_add(0x10000, b, sizeof(b));
	snprintf(want, sizeof(want),
		 "5, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"abc\", iov_len=3}], msg_iovlen=1, "
		 "msg_control=[{cmsg_len=%d, cmsg_level=SOL_IP, cmsg_type=IP_PKTINFO, cmsg_data={ipi_ifindex=0, "
		 "ipi_spec_dst=inet_addr(\"127.0.0.1\"), ipi_addr=inet_addr(\"127.0.0.2\")}}, {cmsg_len=%d, "
		 "cmsg_level=SOL_IP, cmsg_type=IP_TTL, cmsg_data=[64]}], msg_controllen=%d, msg_flags=0}, 0",
		 ws + 20, ws + 12, clen);
	call(abi, "recvmsg", a2, 3, want);
	fake_mem_clear();

	/* sendmmsg: two struct mmsghdr, msg_len filled by the kernel */
	memset(b, 0, sizeof(b));
	int ms = mmsghdr_size(ws);
	put(b, 0x200, ws, 0x20300);
	put(b, 0x200 + ws, ws, 3);
	put(b, 0x200 + 2 * ws, ws, 0x20310);
	put(b, 0x200 + 3 * ws, ws, 2);
	memcpy(b + 0x300, "abc", 3);
	memcpy(b + 0x310, "de", 2);
	put_msghdr(b, ws, 0, 0, 0x20200, 1, 0, 0, 0);
	put(b, msghdr_size(ws), 4, 3);
	put_msghdr(b + ms, ws, 0, 0, 0x20200 + 2 * (uint64_t)ws, 1, 0, 0, 0);
	put(b + ms, msghdr_size(ws), 4, 2);
	fake_mem_add(0x20000, b, sizeof(b));
	uint64_t m1[6] = { 7, 0x20000, 2, 0 };
	call(abi, "sendmmsg", m1, 2,
	     "7, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"abc\", iov_len=3}], "
	     "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}, {msg_hdr={msg_name=NULL, "
	     "msg_namelen=0, msg_iov=[{iov_base=\"de\", iov_len=2}], msg_iovlen=1, msg_controllen=0, "
	     "msg_flags=0}, msg_len=2}], 2, 0");
	/* recvmmsg shows the messages received, their data cut at msg_len */
	put(b, msghdr_size(ws), 4, 1);
	fake_mem_clear();
	fake_mem_add(0x20000, b, sizeof(b));
	uint64_t m2[6] = { 7, 0x20000, 2, 0x40, 0 };
	call(abi, "recvmmsg", m2, 1,
	     "7, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"a\", iov_len=3}], "
	     "msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=1}], 2, MSG_DONTWAIT, NULL");
	call(abi, "recvmmsg", m2, -11, "7, 0x20000, 2, MSG_DONTWAIT, NULL");
	fake_mem_clear();
}

static void test_sockets(const struct abi *abi)
{
	unsigned char b[256];
	memset(b, 0, sizeof(b));
	/* 0x100: sockaddr_un abstract; 0x180: sockaddr_in6; 0x1f0: lengths */
	b[0] = 1;
	memcpy(b + 3, "sock\0x", 6);
	unsigned char *s6 = b + 0x80;
	s6[0] = 10;
	s6[2] = 0;
	s6[3] = 53;
	s6[7] = 5;
	s6[8 + 15] = 1;
	put(s6, 24, 4, 7);
	put(b, 0xf0, 4, 128);
	put(b, 0xf4, 4, 8);
	put(b, 0xf8, 4, 1);
	put(b, 0xfc, 4, 5);
	fake_mem_add(0x30000, b, sizeof(b));

	uint64_t a1[6] = { 3, 0x30000, 9 };
	call(abi, "bind", a1, 0, "3, {sa_family=AF_UNIX, sun_path=@\"sock\\0x\"}, 9");
	uint64_t a2[6] = { 3, 0x30080, 28 };
	call(abi, "connect", a2, 0,
	     "3, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(5), "
	     "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=7}, 28");
	uint64_t a3[6] = { 3, 0x30080, 0x300f4 };
	call(abi, "getpeername", a3, 0, "3, {sa_family=AF_INET6, sa_data=\"\\0005\\0\\0\\0\\5\"}, [8]");
	uint64_t a3b[6] = { 3, 0x30080, 0x300f0 };
	call(abi, "accept", a3b, -11, "3, 0x30080, [128]");
	uint64_t a4[6] = { 3, 1, 13, 0x300f8, 0x300fc };
	call(abi, "getsockopt", a4, 0, "3, SOL_SOCKET, SO_LINGER, {l_onoff=1}, [5]");
	uint64_t a5[6] = { 10, 0x80801, 0 };
	call(abi, "socket", a5, 3, "AF_INET6, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP");
	uint64_t a6[6] = { 17, 3, 0x300 };
	call(abi, "socket", a6, 3, "AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)");
	uint64_t a7[6] = { 3, 0x30000, 4, 0x4000, 0x30080, 12 };
	call(abi, "sendto", a7, 4, "3, \"\\1\\0\\0s\", 4, MSG_NOSIGNAL, {sa_family=AF_INET6, sa_data=\"\\0005\\0\\0\\0\\5\\0\\0\\0\\0\"}, 12");
	uint64_t a8[6] = { 3, 0x3e7, 5, 0x300f8, 4 };
	call(abi, "setsockopt", a8, -92, "3, 0x3e7 /* SOL_?? */, 5, [1], 4");
	fake_mem_clear();
}

/* socketcall(SYS_CONNECT, args) shows as connect(...) with the arguments
 * read from the array in the ABI's words */
static void test_socketcall(const struct abi *abi)
{
	const struct syscall_name_ent *n = syscall_by_name("socketcall", 10);
	if (!n || n->nr[abi->id] < 0)
		return;
	int ws = abi->wordsize;
	unsigned char b[64];
	memset(b, 0, sizeof(b));
	put(b, 0, ws, 3);
	put(b, ws, ws, 0x40020);
	put(b, 2 * ws, ws, 16);
	memcpy(b + 0x20, sin_127_0_0_1_443, 16);
	fake_mem_add(0x40000, b, sizeof(b));
	struct syscall_state sc;
	memset(&sc, 0, sizeof(sc));
	sc.abi = abi;
	sc.nr = (uint64_t)n->nr[abi->id];
	sc.ent = sysent_lookup(abi, sc.nr);
	sc.args[0] = 3;
	sc.args[1] = 0x40000;
	socketcall_resolve(&sc, &mem);
	const struct syscall_name_ent *c = syscall_by_name("connect", 7);
	char what[80];
	snprintf(what, sizeof(what), "%s socketcall(SYS_CONNECT) is connect", abi->name);
	char got[200];
	snprintf(got, sizeof(got), "%s %d %llu %#llx %llu", sc.ent ? sc.ent->name : "?",
		 (int)sc.nr == c->nr[abi->id], (unsigned long long)sc.args[0],
		 (unsigned long long)sc.args[1], (unsigned long long)sc.args[2]);
	check_text(what, got, strlen(got), "connect 1 3 0x40020 16");
	/* an unreadable array leaves the call alone */
	memset(&sc, 0, sizeof(sc));
	sc.abi = abi;
	sc.nr = (uint64_t)n->nr[abi->id];
	sc.ent = sysent_lookup(abi, sc.nr);
	sc.args[0] = 3;
	sc.args[1] = 0x9000;
	socketcall_resolve(&sc, &mem);
	snprintf(what, sizeof(what), "%s socketcall with unreadable args stays", abi->name);
	check_text(what, sc.ent->name, strlen(sc.ent->name), "socketcall");
	/* accept has no number of its own on i386: socketcall's stays, and
	 * -e trace=accept finds it by the ABI the name comes from */
	memset(&sc, 0, sizeof(sc));
	sc.abi = abi;
	sc.nr = (uint64_t)n->nr[abi->id];
	sc.ent = sysent_lookup(abi, sc.nr);
	sc.args[0] = 5;
	sc.args[1] = 0x40000;
	socketcall_resolve(&sc, &mem);
	const struct abi *named = NULL;
	uint64_t named_nr = 0;
	bool found = subcall_named_in(&sc, &named, &named_nr);
	const struct syscall_name_ent *acc = syscall_by_name("accept", 6);
	snprintf(what, sizeof(what), "%s socketcall(SYS_ACCEPT) is accept, selected by name", abi->name);
	snprintf(got, sizeof(got), "%s %d %d %d", sc.ent->name, (int)sc.nr == n->nr[abi->id],
		 (int)(acc->nr[abi->id] < 0 ? found && (int64_t)named_nr == acc->nr[named->id] : !found),
		 socketcall_nr(abi) == n->nr[abi->id]);
	check_text(what, got, strlen(got), "accept 1 1 1");
	uint64_t a[6] = { 99, 0x40000 };
	call(abi, "socketcall", a, -22, "99, 0x40000");
	fake_mem_clear();
}

/* netlink messages as a NETLINK_ROUTE socket carries them: an
 * RTM_NEWADDR with its attributes, NLMSG_DONE, and an NLMSG_ERROR
 * quoting the request; the same bytes on every ABI */
static void netlink_text(const struct abi *abi, int proto, uint64_t addr, uint64_t len, int strlimit,
			 const char *what, const char *want)
{
	struct dctx d;
	struct syscall_state sc;
	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	sc.abi = abi;
	d.sc = &sc;
	d.abi = abi;
	d.out = out;
	d.mem = &mem;
	d.max_strlen = strlimit;
	out->len = 0;
	print_netlink_proto(&d, proto, addr, len);
	char name[160];
	snprintf(name, sizeof(name), "%s netlink: %s", abi->name, what);
	check_text(name, out->buf, out->len, want);
}

static void test_netlink(const struct abi *abi)
{
	unsigned char b[256];
	memset(b, 0, sizeof(b));
	/* RTM_NEWADDR, 64 bytes: ifaddrmsg + IFA_ADDRESS, IFA_LABEL, IFA_FLAGS, IFA_CACHEINFO */
	put(b, 0, 4, 76);
	put(b, 4, 2, 20);
	put(b, 6, 2, 2);
	put(b, 8, 4, 9);
	put(b, 12, 4, 77);
	b[16] = 2; b[17] = 8; b[18] = 0x80; b[19] = 254;     /* AF_INET /8 PERMANENT HOST */
	put(b, 20, 4, 0);                                    /* ifa_index 0 */
	put(b, 24, 2, 8); put(b, 26, 2, 1);                  /* IFA_ADDRESS */
	b[28] = 127; b[31] = 1;
	put(b, 32, 2, 7); put(b, 34, 2, 3);                  /* IFA_LABEL "lo" */
	memcpy(b + 36, "lo", 3);
	put(b, 40, 2, 8); put(b, 42, 2, 8); put(b, 44, 4, 0x80);  /* IFA_FLAGS */
	put(b, 48, 2, 20); put(b, 50, 2, 6);                 /* IFA_CACHEINFO */
	put(b, 52, 4, 0xffffffff); put(b, 56, 4, 0xffffffff); put(b, 60, 4, 22); put(b, 64, 4, 23);
	put(b, 68, 2, 8); put(b, 70, 2, 0x63); put(b, 72, 4, 5);  /* unknown type */
	/* NLMSG_DONE at 76 */
	put(b, 76, 4, 20); put(b, 80, 2, 3); put(b, 82, 2, 2); put(b, 84, 4, 9); put(b, 88, 4, 77);
	/* NLMSG_ERROR at 128: -EPERM and the request's header */
	put(b, 128, 4, 36); put(b, 132, 2, 2); put(b, 134, 2, 0x100); put(b, 136, 4, 9);
	put(b, 144, 4, (uint32_t)-1);
	put(b, 148, 4, 16); put(b, 152, 2, 22); put(b, 154, 2, 0x301); put(b, 156, 4, 9);
	fake_mem_add(0x50000, b, sizeof(b));
	netlink_text(abi, 0, 0x50000, 96, 32, "RTM_NEWADDR and NLMSG_DONE",
		     "[[{nlmsg_len=76, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=9, nlmsg_pid=77}, "
		     "{ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT, ifa_scope=RT_SCOPE_HOST, ifa_index=0}, "
		     "[[{nla_len=8, nla_type=IFA_ADDRESS}, inet_addr(\"127.0.0.1\")], [{nla_len=7, nla_type=IFA_LABEL}, \"lo\"], "
		     "[{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_PERMANENT], [{nla_len=20, nla_type=IFA_CACHEINFO}, "
		     "{ifa_prefered=4294967295, ifa_valid=4294967295, cstamp=22, tstamp=23}], "
		     "[{nla_len=8, nla_type=0x63 /* IFA_??? */}, \"\\x05\\x00\\x00\\x00\"]]], "
		     "[{nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=9, nlmsg_pid=77}, 0]]");
	netlink_text(abi, 0, 0x50000, 76, 2, "attributes cut at -s",
		     "[{nlmsg_len=76, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=9, nlmsg_pid=77}, "
		     "{ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT, ifa_scope=RT_SCOPE_HOST, ifa_index=0}, "
		     "[[{nla_len=8, nla_type=IFA_ADDRESS}, inet_addr(\"127.0.0.1\")], [{nla_len=7, nla_type=IFA_LABEL}, \"lo\"], ...]]");
	netlink_text(abi, -1, 0x50000, 20, 32, "protocol not known: the bytes",
		     "[{nlmsg_len=76, nlmsg_type=0x14 /* NLMSG_??? */, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=9, nlmsg_pid=77}, "
		     "\"\\x02\\x08\\x80\\xfe\"]");
	netlink_text(abi, 0, 0x50080, 36, 32, "NLMSG_ERROR",
		     "[{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_CAPPED, nlmsg_seq=9, nlmsg_pid=0}, "
		     "{error=-EPERM, msg={nlmsg_len=16, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, "
		     "nlmsg_seq=9, nlmsg_pid=0}}]");
	netlink_text(abi, 0, 0x50000, 10, 32, "shorter than a header", "\"\\x4c\\x00\\x00\\x00\\x14\\x00\\x02\\x00\\x09\\x00\"");
	fake_mem_clear();
}

int main(void)
{
	out = mem_outfile();
	fake_mem_init(&mem);
	for (int a = 0; a < ABI_COUNT; a++) {
		test_msghdr(&abis[a]);
		test_sockets(&abis[a]);
		test_socketcall(&abis[a]);
		test_netlink(&abis[a]);
	}
	printf("1..%d\n", checks);
	printf("%d of %d checks failed\n", failures, checks);
	return failures ? 1 : 0;
}
