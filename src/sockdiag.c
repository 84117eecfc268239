/* NETLINK_SOCK_DIAG queries for -yy: one request per lookup, on a socket of
 * our own opened for it; the caller caches the answer per fd.
 *
 * The protocol comes from the socket's "system.sockprotoname" xattr; the
 * family of diag request follows from it (unix_diag by inode, inet_diag
 * and netlink_diag as dumps searched for the inode). */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>

#include "sockdiag.h"
#include "sysent.h"
#include "xlat.h"

enum diag_kind { D_UNIX, D_INET, D_NETLINK };

/* The protocol names strace knows, and how to ask about each. */
static const struct proto {
	const char *name;
	enum diag_kind kind;
	int family, protocol;
} protos[] = {
	{ "UNIX", D_UNIX, AF_UNIX, 0 },
	{ "UNIX-STREAM", D_UNIX, AF_UNIX, 0 },
	{ "TCP", D_INET, AF_INET, IPPROTO_TCP },
	{ "UDP", D_INET, AF_INET, IPPROTO_UDP },
	{ "UDPLITE", D_INET, AF_INET, IPPROTO_UDPLITE },
	{ "DCCP", D_INET, AF_INET, IPPROTO_DCCP },
	{ "SCTP", D_INET, AF_INET, IPPROTO_SCTP },
	{ "L2TP/IP", D_INET, AF_INET, 115 /* IPPROTO_L2TP */ },
	{ "PING", D_INET, AF_INET, IPPROTO_ICMP },
	{ "RAW", D_INET, AF_INET, IPPROTO_RAW },
	{ "TCPv6", D_INET, AF_INET6, IPPROTO_TCP },
	{ "UDPv6", D_INET, AF_INET6, IPPROTO_UDP },
	{ "UDPLITEv6", D_INET, AF_INET6, IPPROTO_UDPLITE },
	{ "DCCPv6", D_INET, AF_INET6, IPPROTO_DCCP },
	{ "SCTPv6", D_INET, AF_INET6, IPPROTO_SCTP },
	{ "L2TP/IPv6", D_INET, AF_INET6, 115 },
	{ "PINGv6", D_INET, AF_INET6, IPPROTO_ICMP },
	{ "RAWv6", D_INET, AF_INET6, IPPROTO_RAW },
	{ "NETLINK", D_NETLINK, AF_NETLINK, 0 },
};

static bool send_req(int sk, void *req, size_t len)
{
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	for (;;) {
		if (sendto(sk, req, len, 0, (struct sockaddr *)&nl, sizeof(nl)) >= 0)
			return true;
		if (errno != EINTR)
			return false;
	}
}

/* Reads replies until the dump ends; parse() returns 1 when it found the
 * inode (the rest of the dump is still drained), -1 on a bad message. */
typedef int (*parse_fn)(const void *msg, size_t len, unsigned long ino, const struct proto *p,
			struct sockinfo *si);

static bool read_replies(int sk, unsigned long ino, const struct proto *p, struct sockinfo *si,
			 parse_fn parse)
{
	static long buf[8192 / sizeof(long)];
	bool found = false;
	for (;;) {
		ssize_t n = recv(sk, buf, sizeof(buf), 0);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return found;
		}
		size_t left = (size_t)n;
		for (const struct nlmsghdr *h = (const struct nlmsghdr *)buf; NLMSG_OK(h, left);
		     h = NLMSG_NEXT(h, left)) {
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
				return found;
			if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY)
				return found;
			if (!found) {
				int r = parse(NLMSG_DATA(h), h->nlmsg_len - NLMSG_HDRLEN, ino, p, si);
				if (r < 0)
					return false;
				found = r > 0;
			}
			if (!(h->nlmsg_flags & NLM_F_MULTI))
				return found;
		}
	}
}

static int parse_inet(const void *msg, size_t len, unsigned long ino, const struct proto *p,
		      struct sockinfo *si)
{
	const struct inet_diag_msg *m = msg;
	if (len < sizeof(*m))
		return -1;
	if (m->idiag_inode != ino)
		return 0;
	int fam = m->idiag_family;
	if (fam != AF_INET && fam != AF_INET6)
		return -1;
	size_t asz = fam == AF_INET ? 4 : 16;
	const char *ob = fam == AF_INET6 ? "[" : "", *cb = fam == AF_INET6 ? "]" : "";
	char src[INET6_ADDRSTRLEN], dst[INET6_ADDRSTRLEN];
	static const unsigned char zero[16];
	if (!inet_ntop(fam, m->id.idiag_src, src, sizeof(src)))
		return -1;
	if (m->id.idiag_dport || memcmp(m->id.idiag_dst, zero, asz)) {
		if (!inet_ntop(fam, m->id.idiag_dst, dst, sizeof(dst)))
			return -1;
		snprintf(si->text, sizeof(si->text), "%s:[%s%s%s:%u->%s%s%s:%u]", p->name,
			 ob, src, cb, ntohs(m->id.idiag_sport), ob, dst, cb, ntohs(m->id.idiag_dport));
	} else {
		snprintf(si->text, sizeof(si->text), "%s:[%s%s%s:%u]", p->name, ob, src, cb,
			 ntohs(m->id.idiag_sport));
	}
	return 1;
}

static int parse_unix(const void *msg, size_t len, unsigned long ino, const struct proto *p,
		      struct sockinfo *si)
{
	const struct unix_diag_msg *m = msg;
	if (len < sizeof(*m))
		return -1;
	if (m->udiag_ino != ino)
		return 0;
	if (m->udiag_family != AF_UNIX)
		return -1;
	uint32_t peer = 0;
	int alen = (int)(len - NLMSG_ALIGN(sizeof(*m)));
	for (const struct rtattr *a = (const struct rtattr *)((const char *)m + NLMSG_ALIGN(sizeof(*m)));
	     RTA_OK(a, alen); a = RTA_NEXT(a, alen)) {
		if (a->rta_type == UNIX_DIAG_NAME && !si->has_path) {
			size_t n = RTA_PAYLOAD(a);
			if (n > sizeof(si->path))
				n = sizeof(si->path);
			if (n) {
				const char *s = RTA_DATA(a);
				si->abstract = s[0] == '\0';
				si->path_len = (unsigned char)(n - si->abstract);
				memcpy(si->path, s + si->abstract, si->path_len);
				si->has_path = true;
			}
		} else if (a->rta_type == UNIX_DIAG_PEER && RTA_PAYLOAD(a) >= 4) {
			memcpy(&peer, RTA_DATA(a), 4);
		}
	}
	if (!peer && !si->has_path)
		return -1;
	int n = snprintf(si->text, sizeof(si->text), "%s:[%lu", p->name, ino);
	if (peer)
		snprintf(si->text + n, sizeof(si->text) - (size_t)n, "->%u", peer);
	si->is_unix = true;
	return 1;
}

static int parse_netlink(const void *msg, size_t len, unsigned long ino, const struct proto *p,
			 struct sockinfo *si)
{
	const struct netlink_diag_msg *m = msg;
	if (len < sizeof(*m))
		return -1;
	if (m->ndiag_ino != ino)
		return 0;
	if (m->ndiag_family != AF_NETLINK)
		return -1;
	/* the host's own table: these numbers are the same on every ABI */
	const char *name = xlat_name(XLAT(&abis[0], netlink_protocols), m->ndiag_protocol);
	if (name && !strncmp(name, "NETLINK_", 8))
		snprintf(si->text, sizeof(si->text), "%s:[%s:%u]", p->name, name + 8, m->ndiag_portid);
	else
		snprintf(si->text, sizeof(si->text), "%s:[%u]", p->name, (unsigned)m->ndiag_protocol);
	return 1;
}

static bool query(const struct proto *p, unsigned long ino, struct sockinfo *si)
{
	int sk = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (sk < 0)
		return false;
	bool ok = false;
	if (p->kind == D_UNIX) {
		struct {
			struct nlmsghdr nlh;
			struct unix_diag_req r;
		} req = {
			.nlh = { .nlmsg_len = sizeof(req), .nlmsg_type = SOCK_DIAG_BY_FAMILY,
				 .nlmsg_flags = NLM_F_REQUEST },
			.r = { .sdiag_family = AF_UNIX, .udiag_ino = (uint32_t)ino, .udiag_states = ~0u,
			       .udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER,
			       .udiag_cookie = { ~0u, ~0u } },
		};
		ok = send_req(sk, &req, sizeof(req)) && read_replies(sk, ino, p, si, parse_unix);
	} else if (p->kind == D_INET) {
		struct {
			struct nlmsghdr nlh;
			struct inet_diag_req_v2 r;
		} req = {
			.nlh = { .nlmsg_len = sizeof(req), .nlmsg_type = SOCK_DIAG_BY_FAMILY,
				 .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP },
			.r = { .sdiag_family = (uint8_t)p->family, .sdiag_protocol = (uint8_t)p->protocol,
			       .idiag_states = ~0u },
		};
		ok = send_req(sk, &req, sizeof(req)) && read_replies(sk, ino, p, si, parse_inet);
	} else {
		struct {
			struct nlmsghdr nlh;
			struct netlink_diag_req r;
		} req = {
			.nlh = { .nlmsg_len = sizeof(req), .nlmsg_type = SOCK_DIAG_BY_FAMILY,
				 .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP },
			.r = { .sdiag_family = AF_NETLINK, .sdiag_protocol = NDIAG_PROTO_ALL },
		};
		ok = send_req(sk, &req, sizeof(req)) && read_replies(sk, ino, p, si, parse_netlink);
	}
	close(sk);
	return ok;
}

/* What the kernel said of each socket inode, as strace keeps it: once
 * known, a socket prints the same (in every fd and process that has it)
 * until another inode takes its slot. */
#define NCACHE 1024
static struct cached {
	unsigned long ino;
	struct sockinfo si;
} *cache[NCACHE];

bool sockdiag_lookup(pid_t tid, int fd, unsigned long ino, struct sockinfo *si)
{
	char link[64], name[64];
	struct cached **slot = &cache[ino % NCACHE];
	if (*slot && (*slot)->ino == ino) {
		*si = (*slot)->si;
		return true;
	}
	memset(si, 0, sizeof(*si));
	snprintf(link, sizeof(link), "/proc/%d/fd/%d", tid, fd);
	ssize_t n = getxattr(link, "system.sockprotoname", name, sizeof(name) - 1);
	if (n <= 0)
		return false;
	name[n] = '\0';
	const struct proto *p = NULL;
	for (size_t i = 0; i < sizeof(protos) / sizeof(protos[0]); i++)
		if (!strcmp(name, protos[i].name))
			p = &protos[i];
	if (!p)
		return false;
	si->found = query(p, ino, si);
	if (si->found) {
		if (!*slot)
			*slot = malloc(sizeof(**slot));
		if (*slot) {
			(*slot)->ino = ino;
			(*slot)->si = *si;
		}
	} else {
		memset(si, 0, sizeof(*si));
		snprintf(si->text, sizeof(si->text), "%s:[%lu]", p->name, ino);
	}
	return true;
}
