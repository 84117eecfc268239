/* Netlink messages in the data of sockets: each struct nlmsghdr (length,
 * type, flags, sequence, port id) with the type and flag names of the
 * socket's netlink protocol, NLMSG_ERROR and NLMSG_DONE payloads, and
 * other payloads as hex strings. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/xattr.h>

#include "common.h"
#include "net.h"
#include "print.h"
#include "printopts.h"

#define NLMSG_HDRLEN 16
#define NLMSG_MIN_TYPE 0x10
#define NLM_F_CAPPED 0x100

/* Is fd a netlink socket, and of which protocol: -2 not netlink, -1 a
 * netlink socket of unknown protocol.  The kernel names the protocol of
 * a socket in an xattr of its /proc fd link; the netlink protocol is in
 * /proc/PID/net/netlink, found by the socket's inode. */
static int netlink_protocol_of(struct dctx *d, int fd)
{
	char path[64], name[32];
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", d->mem->pid, fd);
	ssize_t n = getxattr(path, "system.sockprotoname", name, sizeof(name) - 1);
	if (n <= 0)
		return -2;
	name[n] = '\0';
	if (strcmp(name, "NETLINK"))
		return -2;
	struct stat st;
	if (stat(path, &st) < 0)
		return -1;
	snprintf(path, sizeof(path), "/proc/%d/net/netlink", d->mem->pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	char line[256];
	int proto = -1;
	while (fgets(line, sizeof(line), f)) {
		unsigned long long sk, inode;
		int eth;
		if (sscanf(line, "%llx %d %*s %*s %*s %*s %*s %*s %*s %llu", &sk, &eth, &inode) == 3 &&
		    inode == (unsigned long long)st.st_ino) {
			proto = eth;
			break;
		}
	}
	fclose(f);
	return proto;
}

/* A cheap look at the data before asking /proc: netlink data starts with
 * a header whose length covers at least the header. */
static bool looks_like_netlink(struct dctx *d, uint64_t addr, uint64_t len)
{
	unsigned char h[NLMSG_HDRLEN];
	if (!addr || len < NLMSG_HDRLEN || d->mem->read(d->mem, addr, h, sizeof(h)) < 0)
		return false;
	uint32_t nlen;
	uint16_t type;
	memcpy(&nlen, h, 4);
	memcpy(&type, h + 4, 2);
	return nlen >= NLMSG_HDRLEN && type < 0x2000;
}

void print_sockbuf(struct dctx *d, int fd, uint64_t addr, uint64_t len)
{
	if (d->mem->pid && verbose(d) && looks_like_netlink(d, addr, len) && netlink_protocol_of(d, fd) >= -1)
		print_netlink_at(d, fd, addr, len);
	else
		print_buf(d, addr, len, 0);
}

struct nlmsghdr_v {
	uint32_t len;
	uint16_t type, flags;
	uint32_t seq, pid;
};

static void print_nl_type(struct dctx *d, unsigned type, int proto)
{
	if (type >= NLMSG_MIN_TYPE && proto == XV_NETLINK_ROUTE)
		print_xval(d, XLAT(d->abi, nl_route_types), type, NULL);
	else
		print_xval(d, XLAT(d->abi, netlink_types), type, NULL);
}

/* NLM_F_* of every message, then the bits whose meaning depends on the
 * message type */
static void print_nl_flags(struct dctx *d, unsigned flags, unsigned type, int proto)
{
	const struct xlat *common = XLAT(d->abi, netlink_flags), *more = NULL;
	if (type < NLMSG_MIN_TYPE) {
		if (type == XV_NLMSG_ERROR)
			more = XLAT(d->abi, netlink_ack_flags);
	} else if (proto == XV_NETLINK_ROUTE) {
		if (type == XV_RTM_DELACTION)
			more = XLAT(d->abi, netlink_get_flags);
		else if ((type & 3) == 0)
			more = XLAT(d->abi, netlink_new_flags);
		else if ((type & 3) == 1)
			more = XLAT(d->abi, netlink_delete_flags);
		else if ((type & 3) == 2)
			more = XLAT(d->abi, netlink_get_flags);
	} else if (proto == XV_NETLINK_SOCK_DIAG) {
		more = XLAT(d->abi, netlink_get_flags);
	}
	if (!flags) {
		P(d, "0");
		return;
	}
	char num[16];
	snprintf(num, sizeof(num), "%#x", flags);
	if (style_begin(d, num))
		return;
	unsigned n = 0;
	const struct xlat *sets[2] = { common, more };
	for (int s = 0; s < 2; s++) {
		const struct xlat *x = sets[s];
		for (unsigned i = 0; x && i < x->n && flags; i++) {
			unsigned v = (unsigned)x->ents[i].val;
			if (v && (flags & v) == v) {
				if (n++)
					P(d, "|");
				P(d, x->ents[i].name);
				flags &= ~v;
			}
		}
	}
	if (n && flags)
		PF(d, "|%#x", flags);
	else if (!n)
		PF(d, xlat_style == XLAT_STYLE_ABBREV ? "%#x /* NLM_F_??? */" : "%#x", flags);
	style_end(d);
}

static void print_nlmsghdr(struct dctx *d, const struct nlmsghdr_v *h, int proto)
{
	PF(d, "{nlmsg_len=%u, nlmsg_type=", h->len);
	print_nl_type(d, h->type, proto);
	P(d, ", nlmsg_flags=");
	print_nl_flags(d, h->flags, h->type, proto);
	PF(d, ", nlmsg_seq=%u, nlmsg_pid=%d}", h->seq, (int)h->pid);
}

/* Reads a header; prints what strace prints when it cannot. */
static bool fetch_nlmsghdr(struct dctx *d, struct nlmsghdr_v *h, uint64_t addr, uint64_t len, bool in_array)
{
	unsigned char b[NLMSG_HDRLEN];
	if (len < NLMSG_HDRLEN) {
		print_buf(d, addr, len, QUOTE_FORCE_HEX);
		return false;
	}
	if (!addr || d->mem->read(d->mem, addr, b, sizeof(b)) < 0) {
		if (in_array)
			PF(d, "... /* %#" PRIx64 " */", addr);
		else
			print_ptr(d, addr);
		return false;
	}
	memcpy(&h->len, b, 4);
	memcpy(&h->type, b + 4, 2);
	memcpy(&h->flags, b + 6, 2);
	memcpy(&h->seq, b + 8, 4);
	memcpy(&h->pid, b + 12, 4);
	return true;
}

static void print_nlmsg(struct dctx *d, const struct nlmsghdr_v *h, int proto, uint64_t addr, uint64_t len);

/* NLMSG_ERROR: {error=-EPERM, msg=the request} */
static void print_nlmsgerr(struct dctx *d, int proto, uint64_t addr, uint64_t len, bool capped)
{
	int32_t err;
	if (len < 4) {
		print_buf(d, addr, len, QUOTE_FORCE_HEX);
		return;
	}
	if (!fetch_or_addr(d, addr, &err, sizeof(err)))
		return;
	P(d, "{error=");
	if (err < 0 && (unsigned)-err < errno_table_size && errno_table[-err].name)
		PF(d, "-%s", errno_table[-err].name);
	else
		PF(d, "%d", err);
	addr += 4;
	len -= 4;
	if (len) {
		struct nlmsghdr_v h;
		P(d, ", msg=");
		if (fetch_nlmsghdr(d, &h, addr, len, false)) {
			uint64_t payload = capped ? NLMSG_HDRLEN : h.len;
			if (payload > len)
				payload = len;
			print_nlmsg(d, &h, proto, addr, payload);
			if (len > payload) {
				P(d, ", ");
				print_buf(d, addr + payload, len - payload, QUOTE_FORCE_HEX);
			}
		}
	}
	P(d, "}");
}

static void print_payload(struct dctx *d, const struct nlmsghdr_v *h, int proto, uint64_t addr, uint64_t len)
{
	if (h->type == XV_NLMSG_ERROR) {
		print_nlmsgerr(d, proto, addr, len, h->flags & NLM_F_CAPPED);
		return;
	}
	if ((h->type >= NLMSG_MIN_TYPE || h->type == XV_NLMSG_DONE) && proto == XV_NETLINK_ROUTE &&
	    print_route_payload(d, h->type, addr, len))
		return;
	if (h->type == XV_NLMSG_DONE && len == 4) {
		int32_t v;
		if (fetch_or_addr(d, addr, &v, sizeof(v)))
			PF(d, "%d", v);
		return;
	}
	print_buf(d, addr, len, QUOTE_FORCE_HEX);
}

static void print_nlmsg(struct dctx *d, const struct nlmsghdr_v *h, int proto, uint64_t addr, uint64_t len)
{
	uint64_t mlen = h->len < len ? h->len : len;
	if (mlen > NLMSG_HDRLEN)
		P(d, "[");
	print_nlmsghdr(d, h, proto);
	if (mlen > NLMSG_HDRLEN) {
		P(d, ", ");
		print_payload(d, h, proto, addr + NLMSG_HDRLEN, mlen - NLMSG_HDRLEN);
		P(d, "]");
	}
}

void print_netlink_at(struct dctx *d, int fd, uint64_t addr, uint64_t len)
{
	print_netlink_proto(d, d->mem->pid ? netlink_protocol_of(d, fd) : -1, addr, len);
}

void print_netlink_proto(struct dctx *d, int proto, uint64_t addr, uint64_t len)
{
	struct nlmsghdr_v h;
	bool is_array = false;
	for (unsigned elt = 0; fetch_nlmsghdr(d, &h, addr, len, is_array); elt++) {
		if (abbrev(d) && elt == (unsigned)d->max_strlen) {
			P(d, "...");
			break;
		}
		uint64_t mlen = ((uint64_t)h.len + 3) & ~3ull;
		uint64_t next_addr = 0, next_len = 0;
		if (h.len >= NLMSG_HDRLEN) {
			next_len = len >= mlen ? len - mlen : 0;
			if (next_len && addr + mlen > addr)
				next_addr = addr + mlen;
		}
		if (!is_array && next_addr) {
			P(d, "[");
			is_array = true;
		}
		print_nlmsg(d, &h, proto, addr, len);
		if (!next_addr)
			break;
		P(d, ", ");
		addr = next_addr;
		len = next_len;
	}
	if (is_array)
		P(d, "]");
}
