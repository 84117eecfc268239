/* setsockopt(2) and getsockopt(2): the level, the option name from that
 * level's set, and the value as strace prints it (ints, struct linger,
 * struct ucred, the pending error, IPv4/IPv6 multicast requests, bytes). */
#include <inttypes.h>

#include "common.h"
#include "net.h"
#include "print.h"

/* The option name: common set of the level, then the get- or set-only
 * one; unknown levels print the number. */
static void print_optname(struct dctx *d, uint32_t level, uint32_t name, bool get)
{
	const struct xlat *common = NULL, *only = NULL;
	switch (level) {
	case XV_SOL_SOCKET:
		common = XLAT(d->abi, sock_options);
		only = get ? XLAT(d->abi, getsock_options) : XLAT(d->abi, setsock_options);
		break;
	case XV_SOL_IP:
		common = XLAT(d->abi, sock_ip_options);
		only = get ? XLAT(d->abi, getsock_ip_options) : XLAT(d->abi, setsock_ip_options);
		break;
	case XV_SOL_IPV6:
		common = XLAT(d->abi, sock_ipv6_options);
		only = get ? XLAT(d->abi, getsock_ipv6_options) : XLAT(d->abi, setsock_ipv6_options);
		break;
	case XV_SOL_TCP:
		common = XLAT(d->abi, sock_tcp_options);
		break;
	case XV_SOL_UDP:
		common = XLAT(d->abi, sock_udp_options);
		break;
	case XV_SOL_NETLINK:
		common = XLAT(d->abi, sock_netlink_options);
		break;
	default:
		PF(d, "%u", name);
		return;
	}
	if (only && xlat_name(only, name))
		P(d, xlat_name(only, name));
	else
		print_xval(d, common, name, NULL);
}

static void print_fd_level_name(struct dctx *d, bool get)
{
	uint32_t level = (uint32_t)arg_ulong(d, 1);
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_xval(d, XLAT(d->abi, socket_levels), level, NULL);
	P(d, ", ");
	print_optname(d, level, (uint32_t)arg_ulong(d, 2), get);
	P(d, ", ");
}

static int32_t get_i32(const unsigned char *p)
{
	return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
}

/* {l_onoff=1, l_linger=5}, or as much of it as len covers */
static void print_linger(struct dctx *d, uint64_t addr, int len)
{
	unsigned char b[8];
	if (!fetch_or_addr(d, addr, b, (size_t)len))
		return;
	P(d, "{");
	if (len >= 4)
		PF(d, "l_onoff=%d", get_i32(b));
	if (len >= 8)
		PF(d, ", l_linger=%d", get_i32(b + 4));
	P(d, "}");
}

/* {pid=1, uid=0, gid=0} */
static void print_ucred(struct dctx *d, uint64_t addr, int len)
{
	unsigned char b[12];
	if (!fetch_or_addr(d, addr, b, (size_t)len))
		return;
	P(d, "{");
	if (len >= 4)
		PF(d, "pid=%d", get_i32(b));
	if (len >= 8)
		PF(d, ", uid=%u", (uint32_t)get_i32(b + 4));
	if (len >= 12)
		PF(d, ", gid=%u", (uint32_t)get_i32(b + 8));
	P(d, "}");
}

/* SO_ERROR: [ECONNREFUSED] */
static void print_so_error(struct dctx *d, uint64_t addr, int len)
{
	unsigned char b[4] = { 0, 0, 0, 0 };
	if (!fetch_or_addr(d, addr, b, (size_t)len))
		return;
	uint32_t err = (uint32_t)get_i32(b);
	if (err && err < errno_table_size && errno_table[err].name)
		PF(d, "[%s]", errno_table[err].name);
	else
		PF(d, "[%u]", err);
}

/* the value of an option strace has no special printer for: an int when
 * it is int-sized, bytes otherwise */
static void print_optval_default(struct dctx *d, uint64_t addr, int len)
{
	if (!verbose(d))
		print_ptr(d, addr);
	else if (len == 4)
		print_num_at(d, addr, 4, true);
	else
		print_buf(d, addr, (uint64_t)(uint32_t)len, 0);
}

/* {imr_multiaddr=inet_addr("224.0.0.1"), imr_interface=inet_addr("0.0.0.0")} */
static void print_mreq(struct dctx *d, uint64_t addr, int len)
{
	unsigned char b[8];
	if (len < 8) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_or_addr(d, addr, b, sizeof(b)))
		return;
	P(d, "{imr_multiaddr=");
	print_inet4(d, b);
	P(d, ", imr_interface=");
	print_inet4(d, b + 4);
	P(d, "}");
}

static void print_mreq6(struct dctx *d, uint64_t addr, int len)
{
	unsigned char b[20];
	if (len < 20) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_or_addr(d, addr, b, sizeof(b)))
		return;
	P(d, "{");
	print_inet6(d, b, "ipv6mr_multiaddr");
	P(d, ", ipv6mr_interface=");
	print_ifindex(d, (uint32_t)get_i32(b + 16));
	P(d, "}");
}

DEFINE_DECODER(setsockopt)
{
	uint32_t level = (uint32_t)arg_ulong(d, 1), name = (uint32_t)arg_ulong(d, 2);
	uint64_t addr = arg_ulong(d, 3);
	int len = arg_int(d, 4);
	print_fd_level_name(d, false);
	if (!addr || !verbose(d)) {
		print_optval_default(d, addr, len);
	} else if (level == XV_SOL_SOCKET && name == XV_SO_LINGER) {
		if (len < 8)
			print_ptr(d, addr);
		else
			print_linger(d, addr, 8);
	} else if (level == XV_SOL_SOCKET && (name == XV_SO_ATTACH_FILTER || name == XV_SO_ATTACH_REUSEPORT_CBPF)) {
		print_ptr(d, addr);   /* struct sock_fprog: not decoded yet */
	} else if (level == XV_SOL_IP && (name == XV_IP_ADD_MEMBERSHIP || name == XV_IP_DROP_MEMBERSHIP)) {
		print_mreq(d, addr, len);
	} else if (level == XV_SOL_IPV6 && (name == XV_IPV6_ADD_MEMBERSHIP || name == XV_IPV6_DROP_MEMBERSHIP ||
					    name == XV_IPV6_JOIN_ANYCAST || name == XV_IPV6_LEAVE_ANYCAST)) {
		print_mreq6(d, addr, len);
	} else if (level == XV_SOL_NETLINK) {
		if (len < 4)
			print_ptr(d, addr);
		else
			print_num_at(d, addr, 4, true);
	} else {
		print_optval_default(d, addr, len);
	}
	PF(d, ", %d", len);
	return DEC_DONE;
}

static void print_getsockopt_val(struct dctx *d, uint32_t level, uint32_t name, uint64_t addr,
				 int ulen, int rlen)
{
	if (ulen <= 0 || rlen <= 0) {
		print_ptr(d, addr);
		return;
	}
	if (addr && !verbose(d)) {
		print_ptr(d, addr);
		return;
	}
	if (addr && level == XV_SOL_SOCKET) {
		int len;
		switch (name) {
		case XV_SO_LINGER:
			print_linger(d, addr, rlen > 8 ? 8 : rlen);
			return;
		case XV_SO_PEERCRED:
			print_ucred(d, addr, rlen > 12 ? 12 : rlen);
			return;
		case XV_SO_ERROR:
			len = rlen > 4 ? 4 : rlen;
			print_so_error(d, addr, len);
			return;
		}
	}
	if (addr && level == XV_SOL_NETLINK) {
		if (name == XV_NETLINK_LIST_MEMBERSHIPS) {
			int n = (ulen < rlen ? ulen : rlen) / 4;
			P(d, "[");
			for (int i = 0; i < n; i++) {
				uint32_t v;
				if (i && abbrev(d) && i >= d->max_strlen) {
					P(d, ", ...");
					break;
				}
				if (d->mem->read(d->mem, addr + 4 * (uint64_t)i, &v, 4) < 0)
					break;
				PF(d, "%s%u", i ? ", " : "", v);
			}
			P(d, "]");
		} else {
			print_num_at(d, addr, 4, true);
		}
		return;
	}
	print_optval_default(d, addr, rlen);
}

DEFINE_DECODER(getsockopt)
{
	uint64_t addr = arg_ulong(d, 3), lenp = arg_ulong(d, 4);
	if (!d->exiting) {
		print_fd_level_name(d, true);
		if (save_len(d, lenp, 0))
			return DEC_AGAIN;
		print_ptr(d, addr);
		P(d, ", ");
		print_ptr(d, lenp);
		return DEC_DONE;
	}
	int ulen = saved_len(d, 0), rlen;
	if (syserror(d) || d->mem->read(d->mem, lenp, &rlen, sizeof(rlen)) < 0) {
		print_ptr(d, addr);
		PF(d, ", [%d]", ulen);
		return DEC_DONE;
	}
	print_getsockopt_val(d, (uint32_t)arg_ulong(d, 1), (uint32_t)arg_ulong(d, 2), addr, ulen, rlen);
	P(d, ", ");
	print_len_change(d, ulen, rlen);
	return DEC_DONE;
}
