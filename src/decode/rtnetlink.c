/* NETLINK_ROUTE payloads: the address messages (RTM_NEWADDR, RTM_GETADDR,
 * RTM_DELADDR, RTM_GETANYCAST, RTM_GETMULTICAST: struct ifaddrmsg and its
 * IFA_* attributes), which getaddrinfo and `ip addr` exchange, the link
 * messages (struct ifinfomsg and its plain IFLA_* attributes; the nested
 * ones print as bytes), and the {family=...} form strace gives the types
 * it has no decoder for. */
#include <inttypes.h>
#include <string.h>

#include "common.h"
#include "net.h"
#include "print.h"

#define NLA_HDRLEN 4
#define NLA_F_NESTED 0x8000
#define NLA_F_NET_BYTEORDER 0x4000
#define NLA_TYPE_MASK 0x3fff

typedef bool (*nla_fn)(struct dctx *d, unsigned type, uint64_t addr, unsigned len, const void *ctx);

static void print_hexstr(struct dctx *d, uint64_t addr, uint64_t len)
{
	print_buf(d, addr, len, QUOTE_FORCE_HEX);
}

static void print_nla_header(struct dctx *d, unsigned len, unsigned type, const struct xlat *names)
{
	PF(d, "{nla_len=%u, nla_type=", len);
	if (type & NLA_F_NESTED)
		P(d, "NLA_F_NESTED|");
	if (type & NLA_F_NET_BYTEORDER)
		P(d, "NLA_F_NET_BYTEORDER|");
	print_xval(d, names, type & NLA_TYPE_MASK, NULL);
	P(d, "}");
}

/* An array of struct nlattr: [{nla_len=8, nla_type=IFA_ADDRESS}, data],
 * a list of them in brackets when there is more than one; data that no
 * decoder takes prints as a hex string. */
static void print_nlattrs(struct dctx *d, uint64_t addr, uint64_t len, const struct xlat *names,
			  nla_fn decode, const void *ctx)
{
	bool is_array = false;
	for (unsigned elt = 0;; elt++) {
		unsigned char h[NLA_HDRLEN];
		if (len < NLA_HDRLEN) {
			print_hexstr(d, addr, len);
			break;
		}
		if (d->mem->read(d->mem, addr, h, sizeof(h)) < 0) {
			if (is_array)
				PF(d, "... /* %#" PRIx64 " */", addr);
			else
				print_ptr(d, addr);
			break;
		}
		if (abbrev(d) && elt == (unsigned)d->max_strlen) {
			P(d, "...");
			break;
		}
		unsigned nla_len = (unsigned)h[0] | (unsigned)h[1] << 8;
		unsigned type = (unsigned)h[2] | (unsigned)h[3] << 8;
		uint64_t aligned = ((uint64_t)nla_len + 3) & ~3ull;
		uint64_t next_addr = 0, next_len = 0;
		if (nla_len >= NLA_HDRLEN) {
			next_len = len >= aligned ? len - aligned : 0;
			if (next_len && addr + aligned > addr)
				next_addr = addr + aligned;
		}
		if (!is_array && next_addr) {
			P(d, "[");
			is_array = true;
		}
		uint64_t dlen = nla_len < len ? nla_len : len;
		if (dlen > NLA_HDRLEN)
			P(d, "[");
		print_nla_header(d, nla_len, type, names);
		if (dlen > NLA_HDRLEN) {
			P(d, ", ");
			if (!decode || !decode(d, type & NLA_TYPE_MASK, addr + NLA_HDRLEN, (unsigned)(dlen - NLA_HDRLEN), ctx))
				print_hexstr(d, addr + NLA_HDRLEN, dlen - NLA_HDRLEN);
			P(d, "]");
		}
		if (!next_addr)
			break;
		P(d, ", ");
		addr = next_addr;
		len = next_len;
	}
	if (is_array)
		P(d, "]");
}

/* a NUL-terminated string attribute: "lo" (the NUL left out); cut at -s
 * or not terminated: "..." after it */
static void print_nla_str(struct dctx *d, uint64_t addr, unsigned len)
{
	unsigned char buf[4096];
	unsigned n = len < sizeof(buf) ? len : (unsigned)sizeof(buf);
	if (d->mem->read(d->mem, addr, buf, n) < 0) {
		print_ptr(d, addr);
		return;
	}
	bool terminated = n == len && n && buf[n - 1] == '\0';
	unsigned body = terminated ? n - 1 : n;
	bool cut = !terminated;
	if (body > (unsigned)d->max_strlen) {
		body = (unsigned)d->max_strlen;
		cut = true;
	}
	print_quoted(d, buf, body, 0);
	if (cut)
		P(d, "...");
}

/* an address of the message's family, or the bytes */
static void print_nla_inet(struct dctx *d, uint64_t addr, unsigned len, unsigned family)
{
	unsigned char a[16];
	unsigned size = family == XV_AF_INET ? 4 : family == XV_AF_INET6 ? 16 : 0;
	if (!size || len < size) {
		print_hexstr(d, addr, len);
		return;
	}
	if (!fetch_or_addr(d, addr, a, size))
		return;
	if (size == 4)
		print_inet4(d, a);
	else
		print_inet6(d, a, NULL);
}

static bool decode_ifa_attr(struct dctx *d, unsigned type, uint64_t addr, unsigned len, const void *ctx)
{
	unsigned family = *(const unsigned char *)ctx;
	uint32_t v[4];
	switch (type) {
	case XV_IFA_ADDRESS: case XV_IFA_LOCAL: case XV_IFA_BROADCAST:
	case XV_IFA_ANYCAST: case XV_IFA_MULTICAST:
		print_nla_inet(d, addr, len, family);
		return true;
	case XV_IFA_LABEL:
		print_nla_str(d, addr, len);
		return true;
	case XV_IFA_CACHEINFO:
		if (len < 16)
			return false;
		if (fetch_or_addr(d, addr, v, 16))
			PF(d, "{ifa_prefered=%u, ifa_valid=%u, cstamp=%u, tstamp=%u}", v[0], v[1], v[2], v[3]);
		return true;
	case XV_IFA_FLAGS:
		if (len < 4 || len > 8)
			return false;
		if (fetch_or_addr(d, addr, v, 4))
			print_flags(d, XLAT(d->abi, ifaddr_flags), v[0], NULL);
		return true;
	case XV_IFA_RT_PRIORITY:
		if (len < 4)
			return false;
		if (fetch_or_addr(d, addr, v, 4))
			PF(d, "%u", v[0]);
		return true;
	case XV_IFA_TARGET_NETNSID:
		if (len < 4)
			return false;
		if (fetch_or_addr(d, addr, v, 4))
			PF(d, "%d", (int32_t)v[0]);
		return true;
	}
	return false;
}

/* struct ifaddrmsg {family, prefixlen, flags, scope, index} and the
 * attributes after it */
static void print_ifaddrmsg(struct dctx *d, unsigned char family, uint64_t addr, uint64_t len)
{
	unsigned char m[8];
	P(d, "{ifa_family=");
	print_xval(d, XLAT(d->abi, socket_families), family, NULL);
	P(d, ", ");
	bool attrs = false;
	if (len >= sizeof(m)) {
		if (fetch_or_addr(d, addr, m, sizeof(m))) {
			uint32_t index;
			memcpy(&index, m + 4, 4);
			PF(d, "ifa_prefixlen=%u, ifa_flags=", m[1]);
			print_flags(d, XLAT(d->abi, ifaddr_flags), m[2], NULL);
			P(d, ", ifa_scope=");
			print_xval(d, XLAT(d->abi, routing_scopes), m[3], NULL);
			P(d, ", ifa_index=");
			print_ifindex(d, index);
			attrs = true;
		}
	} else {
		P(d, "...");
	}
	P(d, "}");
	if (attrs && len > sizeof(m)) {
		P(d, ", ");
		print_nlattrs(d, addr + sizeof(m), len - sizeof(m), XLAT(d->abi, rtnl_addr_attrs),
			      decode_ifa_attr, &family);
	}
}

/* ---- links ---- */

static bool nla_uint(struct dctx *d, uint64_t addr, unsigned len, unsigned size, bool is_signed)
{
	unsigned char b[4];
	if (len < size)
		return false;
	if (fetch_or_addr(d, addr, b, size)) {
		uint32_t v = b[0];
		if (size == 4)
			v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
		if (is_signed)
			PF(d, "%d", (int32_t)v);
		else
			PF(d, "%u", v);
	}
	return true;
}

/* 00:11:22:33:44:55 */
static bool nla_hwaddr(struct dctx *d, uint64_t addr, unsigned len)
{
	unsigned char b[32];
	if (len > sizeof(b))
		return false;
	if (fetch_or_addr(d, addr, b, len))
		for (unsigned i = 0; i < len; i++)
			PF(d, i ? ":%02x" : "%02x", b[i]);
	return true;
}

static const char *const link_stats_fields[] = {
	"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
	"rx_dropped", "tx_dropped", "multicast", "collisions", "rx_length_errors",
	"rx_over_errors", "rx_crc_errors", "rx_frame_errors", "rx_fifo_errors",
	"rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
	"tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed",
	"rx_nohandler", "rx_otherhost_dropped",
};

/* struct rtnl_link_stats (32-bit counters, up to rx_nohandler) and
 * struct rtnl_link_stats64 (64-bit, up to rx_otherhost_dropped); the
 * older, shorter forms end after tx_compressed */
static bool nla_link_stats(struct dctx *d, uint64_t addr, unsigned len, unsigned fsize, unsigned nfull)
{
	unsigned char b[25 * 8];
	unsigned nmin = 23, n = len >= nfull * fsize ? nfull : len == nmin * fsize ? nmin : 0;
	if (!n)
		return false;
	if (!fetch_or_addr(d, addr, b, n * fsize))
		return true;
	P(d, "{");
	for (unsigned i = 0; i < n; i++)
		PF(d, "%s%s=%" PRIu64, i ? ", " : "", link_stats_fields[i], field_u(b, (int)(i * fsize), (int)fsize));
	P(d, "}");
	return true;
}

static bool decode_ifla_attr(struct dctx *d, unsigned type, uint64_t addr, unsigned len, const void *ctx)
{
	(void)ctx;
	uint32_t v;
	switch (type) {
	case XV_IFLA_MTU: case XV_IFLA_LINK: case XV_IFLA_MASTER: case XV_IFLA_TXQLEN:
	case XV_IFLA_WEIGHT: case XV_IFLA_NET_NS_PID: case XV_IFLA_NUM_VF: case XV_IFLA_GROUP:
	case XV_IFLA_PROMISCUITY: case XV_IFLA_NUM_TX_QUEUES: case XV_IFLA_NUM_RX_QUEUES:
	case XV_IFLA_CARRIER_CHANGES: case XV_IFLA_GSO_MAX_SEGS: case XV_IFLA_GSO_MAX_SIZE:
	case XV_IFLA_CARRIER_UP_COUNT: case XV_IFLA_CARRIER_DOWN_COUNT: case XV_IFLA_MIN_MTU:
	case XV_IFLA_MAX_MTU: case XV_IFLA_GRO_MAX_SIZE: case XV_IFLA_TSO_MAX_SIZE:
	case XV_IFLA_TSO_MAX_SEGS: case XV_IFLA_ALLMULTI:
		return nla_uint(d, addr, len, 4, false);
	case XV_IFLA_LINK_NETNSID: case XV_IFLA_NEW_NETNSID: case XV_IFLA_IF_NETNSID:
		return nla_uint(d, addr, len, 4, true);
	case XV_IFLA_OPERSTATE: case XV_IFLA_LINKMODE: case XV_IFLA_CARRIER: case XV_IFLA_PROTO_DOWN:
		return nla_uint(d, addr, len, 1, false);
	case XV_IFLA_IFNAME: case XV_IFLA_QDISC: case XV_IFLA_IFALIAS: case XV_IFLA_PHYS_PORT_NAME:
	case XV_IFLA_ALT_IFNAME: case XV_IFLA_PARENT_DEV_NAME: case XV_IFLA_PARENT_DEV_BUS_NAME:
		print_nla_str(d, addr, len);
		return true;
	case XV_IFLA_ADDRESS: case XV_IFLA_BROADCAST: case XV_IFLA_PERM_ADDRESS:
		return nla_hwaddr(d, addr, len);
	case XV_IFLA_NEW_IFINDEX:
		if (len < 4)
			return false;
		if (fetch_or_addr(d, addr, &v, 4))
			print_ifindex(d, v);
		return true;
	case XV_IFLA_EXT_MASK:
		if (len < 4)
			return false;
		if (fetch_or_addr(d, addr, &v, 4))
			print_flags(d, XLAT(d->abi, rtext_filter_flags), v, NULL);
		return true;
	case XV_IFLA_STATS:
		return nla_link_stats(d, addr, len, 4, 24);
	case XV_IFLA_STATS64:
		return nla_link_stats(d, addr, len, 8, 25);
	}
	return false;
}

/* struct ifinfomsg {family, type, index, flags, change} and the IFLA_*
 * attributes after it */
static void print_ifinfomsg(struct dctx *d, unsigned char family, uint64_t addr, uint64_t len)
{
	unsigned char m[16];
	P(d, "{ifi_family=");
	print_xval(d, XLAT(d->abi, socket_families), family, NULL);
	P(d, ", ");
	bool attrs = false;
	if (len >= sizeof(m)) {
		if (fetch_or_addr(d, addr, m, sizeof(m))) {
			uint32_t index, flags, change;
			memcpy(&index, m + 4, 4);
			memcpy(&flags, m + 8, 4);
			memcpy(&change, m + 12, 4);
			P(d, "ifi_type=");
			print_xval(d, XLAT(d->abi, arp_hardware_types), (unsigned)m[2] | (unsigned)m[3] << 8, NULL);
			P(d, ", ifi_index=");
			print_ifindex(d, index);
			P(d, ", ifi_flags=");
			print_flags(d, XLAT(d->abi, iff_flags), flags, NULL);
			PF(d, ", ifi_change=%#x", change);
			attrs = true;
		}
	} else {
		P(d, "...");
	}
	P(d, "}");
	if (attrs && len > sizeof(m)) {
		P(d, ", ");
		print_nlattrs(d, addr + sizeof(m), len - sizeof(m), XLAT(d->abi, rtnl_link_attrs),
			      decode_ifla_attr, NULL);
	}
}

/* The RTM_* types strace has a payload decoder for; those of them done
 * here are the address ones. */
static bool route_type_has_decoder(unsigned type)
{
	if (type < 16)
		return false;
	switch (type) {
	case 0x10: case 0x11: case 0x12: case 0x13:        /* links */
	case 0x14: case 0x15: case 0x16: case 0x3a: case 0x3e: /* addresses */
	case 0x18: case 0x19: case 0x1a:                    /* routes */
	case 0x1c: case 0x1d: case 0x1e:                    /* neighbours */
	case 0x20: case 0x21: case 0x22:                    /* rules */
	case 0x24: case 0x25: case 0x26: case 0x28: case 0x29: case 0x2a:
	case 0x2c: case 0x2d: case 0x2e:                    /* qdiscs, classes, filters */
	case 0x30: case 0x31: case 0x32:                    /* actions */
	case 0x40: case 0x42: case 0x43:                    /* neighbour tables */
	case 0x48: case 0x49: case 0x4a:                    /* address labels */
	case 0x4e: case 0x4f:                               /* DCB */
	case 0x50: case 0x51: case 0x52:                    /* netconf */
	case 0x54: case 0x55: case 0x56:                    /* MDB */
	case 0x58: case 0x59: case 0x5a:                    /* nsid */
	case 0x64: case 0x65: case 0x66:                    /* chains */
		return true;
	}
	return false;
}

bool print_route_payload(struct dctx *d, unsigned type, uint64_t addr, uint64_t len)
{
	unsigned char family;
	if (type == XV_NLMSG_DONE || type < 16)
		return false;
	bool addr_msg = type == XV_RTM_NEWADDR || type == XV_RTM_DELADDR || type == XV_RTM_GETADDR ||
		type == XV_RTM_GETANYCAST || type == XV_RTM_GETMULTICAST;
	bool link_msg = type == XV_RTM_NEWLINK || type == XV_RTM_DELLINK || type == XV_RTM_GETLINK ||
		type == XV_RTM_SETLINK;
	if (!addr_msg && !link_msg && route_type_has_decoder(type))
		return false;   /* not decoded here yet: the bytes */
	if (!fetch_or_addr(d, addr, &family, 1))
		return true;
	if (addr_msg) {
		print_ifaddrmsg(d, family, addr, len);
		return true;
	}
	if (link_msg) {
		print_ifinfomsg(d, family, addr, len);
		return true;
	}
	P(d, "{family=");
	print_xval(d, XLAT(d->abi, socket_families), family, NULL);
	if (len > 1) {
		P(d, ", data=");
		print_hexstr(d, addr + 1, len - 1);
	}
	P(d, "}");
	return true;
}
