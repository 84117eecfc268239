/* Sockets: socket, socketpair, bind, connect, accept, accept4,
 * getsockname, getpeername, sendto, recvfrom. */
#include <inttypes.h>

#include "common.h"
#include "net.h"
#include "print.h"

/* SOCK_STREAM|SOCK_CLOEXEC: the type in the low four bits, when it has a
 * name, then the flags */
static void print_sock_type(struct dctx *d, uint32_t type)
{
	const struct xlat *types = XLAT(d->abi, socket_types);
	if (xlat_name(types, type & 0xf)) {
		print_xval(d, types, type & 0xf, NULL);
		type &= ~0xfu;
		if (!type)
			return;
		P(d, "|");
	}
	print_flags(d, XLAT(d->abi, sock_type_flags), type, NULL);
}

static void print_domain_type(struct dctx *d)
{
	print_xval(d, XLAT(d->abi, socket_families), (uint32_t)arg_ulong(d, 0), NULL);
	P(d, ", ");
	print_sock_type(d, (uint32_t)arg_ulong(d, 1));
	P(d, ", ");
}

DEFINE_DECODER(socket)
{
	uint64_t proto = arg_ulong(d, 2);
	print_domain_type(d);
	switch ((uint32_t)arg_ulong(d, 0)) {
	case XV_AF_INET: case XV_AF_INET6:
		print_xval(d, XLAT(d->abi, inet_protocols), proto, NULL);
		break;
	case XV_AF_NETLINK:
		print_xval(d, XLAT(d->abi, netlink_protocols), proto, NULL);
		break;
	case XV_AF_PACKET: {
		uint16_t p = (uint16_t)proto;
		P(d, "htons(");
		print_xval(d, XLAT(d->abi, ethernet_protocols), (uint16_t)(p >> 8 | p << 8), NULL);
		P(d, ")");
		break;
	}
	default:
		PF(d, "%" PRIu64, proto);
	}
	return DEC_DONE;
}

/* socketpair's [fd, fd], cut at -s like any array */
DEFINE_DECODER(socketpair)
{
	if (!d->exiting) {
		print_domain_type(d);
		PF(d, "%" PRIu64 ", ", arg_ulong(d, 2));
		return DEC_AGAIN;
	}
	uint64_t addr = arg_ulong(d, 3);
	int fds[2];
	if (!addr || syserror(d) || !verbose(d) || d->mem->read(d->mem, addr, fds, sizeof(fds)) < 0) {
		print_ptr(d, addr);
		return DEC_DONE;
	}
	P(d, "[");
	print_fd(d, fds[0]);
	P(d, abbrev(d) && d->max_strlen < 2 ? ", ...]" : ", ");
	if (!abbrev(d) || d->max_strlen >= 2) {
		print_fd(d, fds[1]);
		P(d, "]");
	}
	return DEC_DONE;
}

/* bind(fd, addr, len), connect(fd, addr, len) */
static int decode_addr_in(struct dctx *d)
{
	int len = arg_int(d, 2);
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_sockaddr_at(d, arg_ulong(d, 1), len);
	PF(d, ", %d", len);
	return DEC_DONE;
}

DEFINE_DECODER(bind) { return decode_addr_in(d); }
DEFINE_DECODER(connect) { return decode_addr_in(d); }

void print_len_change(struct dctx *d, int in, int out)
{
	if (in != out)
		PF(d, "[%d => %d]", in, out);
	else
		PF(d, "[%d]", out);
}

/* addr, addrlen of accept, accept4, getsockname, getpeername, recvfrom
 * at exit: the length was saved at entry */
static void print_addr_out(struct dctx *d, uint64_t addr, uint64_t lenp)
{
	int ulen = saved_len(d, 0), rlen;
	if (syserror(d) || d->mem->read(d->mem, lenp, &rlen, sizeof(rlen)) < 0) {
		print_ptr(d, addr);
		PF(d, ", [%d]", ulen);
		return;
	}
	print_sockaddr_at(d, addr, ulen > rlen ? rlen : ulen);
	P(d, ", ");
	print_len_change(d, ulen, rlen);
}

static int decode_sockname(struct dctx *d, bool with_flags)
{
	uint64_t addr = arg_ulong(d, 1), lenp = arg_ulong(d, 2);
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		if (addr && save_len(d, lenp, 0))
			return DEC_AGAIN;
		print_ptr(d, addr);
		P(d, ", ");
		print_ptr(d, lenp);
	} else {
		print_addr_out(d, addr, lenp);
	}
	if (with_flags) {
		P(d, ", ");
		print_flags(d, XLAT(d->abi, sock_type_flags), (uint32_t)arg_ulong(d, 3), NULL);
	}
	return DEC_DONE;
}

DEFINE_DECODER(accept) { return decode_sockname(d, false); }
DEFINE_DECODER(accept4) { return decode_sockname(d, true); }
DEFINE_DECODER(getsockname) { return decode_sockname(d, false); }
DEFINE_DECODER(getpeername) { return decode_sockname(d, false); }

DEFINE_DECODER(sendto)
{
	int fd = arg_int(d, 0);
	int alen = arg_int(d, 5);
	print_fd(d, fd);
	P(d, ", ");
	print_sockbuf(d, fd, arg_ulong(d, 1), arg_ulong(d, 2));
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 2));
	print_flags(d, XLAT(d->abi, msg_flags), (uint32_t)arg_ulong(d, 3), NULL);
	P(d, ", ");
	print_sockaddr_at(d, arg_ulong(d, 4), alen);
	PF(d, ", %d", alen);
	return DEC_DONE;
}

DEFINE_DECODER(recvfrom)
{
	int fd = arg_int(d, 0);
	uint64_t buf = arg_ulong(d, 1), size = arg_ulong(d, 2);
	uint64_t addr = arg_ulong(d, 4), lenp = arg_ulong(d, 5);
	if (!d->exiting) {
		print_fd(d, fd);
		P(d, ", ");
		if (addr)
			save_len(d, lenp, 0);
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, buf);
	else
		print_sockbuf(d, fd, buf, (uint64_t)d->sc->rval < size ? (uint64_t)d->sc->rval : size);
	PF(d, ", %" PRIu64 ", ", size);
	print_flags(d, XLAT(d->abi, msg_flags), (uint32_t)arg_ulong(d, 3), NULL);
	P(d, ", ");
	int rlen;
	if (!addr || !lenp || !verbose(d) || d->mem->read(d->mem, lenp, &rlen, sizeof(rlen)) < 0) {
		print_ptr(d, addr);
		P(d, ", ");
		print_ptr(d, lenp);
		return DEC_DONE;
	}
	print_addr_out(d, addr, lenp);
	return DEC_DONE;
}
