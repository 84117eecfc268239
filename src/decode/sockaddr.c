/* Socket addresses: struct sockaddr of the families strace spells out
 * (AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET); the others print
 * their family and sa_data bytes. */
#include <arpa/inet.h>
#include <inttypes.h>
#include <net/if.h>
#include <string.h>

#include "common.h"
#include "net.h"
#include "print.h"
#include "printopts.h"

static unsigned get16be(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static uint32_t get32be(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* sockaddr fields are in the tracee's byte order; every ABI here is
 * little endian */
static unsigned get16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* A value in network byte order, as -X wants it: its symbolic text
 * ("htons(443)"), its bytes ("\x01\xbb"), or both ("\x01\xbb" with the
 * text in a comment). */
static void print_net_bytes(struct dctx *d, const unsigned char *raw, size_t n, const char *text)
{
	if (xlat_style != XLAT_STYLE_ABBREV)
		print_quoted(d, raw, n, QUOTE_FORCE_HEX);
	if (xlat_style == XLAT_STYLE_RAW)
		return;
	if (xlat_style == XLAT_STYLE_VERBOSE)
		PF(d, " /* %s */", text);
	else
		P(d, text);
}

void print_inet4(struct dctx *d, const unsigned char *a)
{
	char buf[INET_ADDRSTRLEN], text[INET_ADDRSTRLEN + 16];
	inet_ntop(AF_INET, a, buf, sizeof(buf));
	snprintf(text, sizeof(text), "inet_addr(\"%s\")", buf);
	print_net_bytes(d, a, 4, text);
}

/* inet_pton(AF_INET6, "::1", &NAME), or with -X NAME="\x00..." and the
 * call (without &NAME) in a comment */
void print_inet6(struct dctx *d, const unsigned char *a, const char *name)
{
	char buf[INET6_ADDRSTRLEN];
	inet_ntop(AF_INET6, a, buf, sizeof(buf));
	if (xlat_style == XLAT_STYLE_ABBREV) {
		if (name)
			PF(d, "inet_pton(AF_INET6, \"%s\", &%s)", buf, name);
		else
			PF(d, "inet_pton(AF_INET6, \"%s\")", buf);
		return;
	}
	if (name)
		PF(d, "%s=", name);
	print_quoted(d, a, 16, QUOTE_FORCE_HEX);
	if (xlat_style == XLAT_STYLE_VERBOSE)
		PF(d, " /* inet_pton(AF_INET6, \"%s\") */", buf);
}

void print_ifindex(struct dctx *d, unsigned idx)
{
	char name[IF_NAMESIZE + 1];
	if (!idx || !if_indextoname(idx, name)) {
		PF(d, "%u", idx);
		return;
	}
	if (xlat_style != XLAT_STYLE_ABBREV)
		PF(d, "%u", idx);
	if (xlat_style == XLAT_STYLE_RAW)
		return;
	P(d, xlat_style == XLAT_STYLE_VERBOSE ? " /* if_nametoindex(" : "if_nametoindex(");
	print_quoted(d, (const unsigned char *)name, strlen(name), QUOTE_NUL_TERMINATED);
	P(d, xlat_style == XLAT_STYLE_VERBOSE ? ") */" : ")");
}

static void print_port(struct dctx *d, const unsigned char *p)
{
	char text[32];
	snprintf(text, sizeof(text), "htons(%u)", get16be(p));
	print_net_bytes(d, p, 2, text);
}

/* sun_path: a NUL-terminated path, or "@" and the bytes of an abstract
 * name */
static void print_un(struct dctx *d, const unsigned char *b, int len)
{
	int un_len = len > 110 ? 110 : len;
	int path_len = un_len - 2;
	P(d, "sun_path=");
	if (b[2]) {
		print_quoted(d, b + 2, (size_t)path_len + 1, QUOTE_NUL_TERMINATED);
	} else {
		P(d, "@");
		print_quoted(d, b + 3, (size_t)(path_len - 1), 0);
	}
}

static void print_in(struct dctx *d, const unsigned char *b)
{
	P(d, "sin_port=");
	print_port(d, b + 2);
	P(d, ", sin_addr=");
	print_inet4(d, b + 4);
}

/* fe80::/10 and ff02::/16-style link-local multicast carry an interface */
static bool in6_is_linklocal(const unsigned char *a)
{
	return (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) || (a[0] == 0xff && (a[1] & 0x0f) == 0x02);
}

static void print_in6(struct dctx *d, const unsigned char *b, int len)
{
	char text[32];
	P(d, "sin6_port=");
	print_port(d, b + 2);
	P(d, ", sin6_flowinfo=");
	snprintf(text, sizeof(text), "htonl(%" PRIu32 ")", get32be(b + 4));
	print_net_bytes(d, b + 4, 4, text);
	P(d, ", ");
	print_inet6(d, b + 8, "sin6_addr");
	if (len <= 24)
		return;
	P(d, ", sin6_scope_id=");
	if (in6_is_linklocal(b + 8))
		print_ifindex(d, get32(b + 24));
	else
		PF(d, "%" PRIu32, get32(b + 24));
}

static void print_nl(struct dctx *d, const unsigned char *b)
{
	unsigned pad = get16(b + 2);
	if (pad)
		PF(d, "nl_pad=%#x, ", pad);
	PF(d, "nl_pid=%d, nl_groups=%#08" PRIx32, (int)get32(b + 4), get32(b + 8));
}

static void print_ll(struct dctx *d, const unsigned char *b, int len)
{
	char text[64];
	unsigned proto = get16be(b + 2);
	const char *pname = xlat_name(XLAT(d->abi, ethernet_protocols), proto);
	if (pname)
		snprintf(text, sizeof(text), "htons(%s)", pname);
	else
		snprintf(text, sizeof(text), "htons(%#x /* ETH_P_??? */)", proto);
	P(d, "sll_protocol=");
	print_net_bytes(d, b + 2, 2, text);
	P(d, ", sll_ifindex=");
	print_ifindex(d, get32(b + 4));
	P(d, ", sll_hatype=");
	print_xval(d, XLAT(d->abi, arp_hardware_types), get16(b + 8), NULL);
	P(d, ", sll_pkttype=");
	print_xval(d, XLAT(d->abi, af_packet_types), b[10], NULL);
	unsigned halen = b[11];
	PF(d, ", sll_halen=%u", halen);
	if (!halen)
		return;
	unsigned room = (unsigned)len - 12;
	P(d, ", sll_addr=[");
	for (unsigned i = 0; i < halen; i++) {
		if (i)
			P(d, ", ");
		if (i >= room || 12 + i >= SOCKADDR_MAX) {
			P(d, "...");
			break;
		}
		PF(d, "%#x", b[12 + i]);
	}
	P(d, "]");
}

void print_sockaddr_buf(struct dctx *d, const unsigned char *b, int len)
{
	unsigned family = get16(b);
	P(d, "{sa_family=");
	print_xval(d, XLAT(d->abi, socket_families), family, NULL);
	if (len > 2) {
		P(d, ", ");
		if (family == XV_AF_UNIX && len >= 3)
			print_un(d, b, len);
		else if (family == XV_AF_INET && len >= 16)
			print_in(d, b);
		else if (family == XV_AF_INET6 && len >= 24)
			print_in6(d, b, len);
		else if (family == XV_AF_NETLINK && len >= 12)
			print_nl(d, b);
		else if (family == XV_AF_PACKET && len >= 20)
			print_ll(d, b, len);
		else {
			P(d, "sa_data=");
			print_quoted(d, b + 2, (size_t)len - 2, 0);
		}
	}
	P(d, "}");
}

int print_sockaddr_at(struct dctx *d, uint64_t addr, int len)
{
	unsigned char buf[SOCKADDR_MAX + 1];
	if (len < 2) {
		print_ptr(d, addr);
		return -1;
	}
	if (len > SOCKADDR_MAX)
		len = SOCKADDR_MAX;
	if (addr && !verbose(d)) {   /* -e verbose=: structures as addresses */
		print_ptr(d, addr);
		return -1;
	}
	if (!fetch_or_addr(d, addr, buf, (size_t)len))
		return -1;
	memset(buf + len, 0, sizeof(buf) - (size_t)len);
	print_sockaddr_buf(d, buf, len);
	return get16(buf);
}
