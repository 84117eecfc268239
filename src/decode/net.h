/* What the socket decoders (net.c, sockaddr.c, sockopt.c, msghdr.c,
 * netlink.c) share. */
#ifndef XSTRACE_DECODE_NET_H
#define XSTRACE_DECODE_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "printopts.h"

/* The largest address a sockaddr decoder reads (struct sockaddr_storage). */
#define SOCKADDR_MAX 128

/* sockaddr.c: a struct sockaddr of len bytes held in buf (which has room
 * for SOCKADDR_MAX + 1 bytes, zeroed after len), as strace prints it */
void print_sockaddr_buf(struct dctx *d, const unsigned char *buf, int len);
/* sockaddr.c: reads and prints the address at addr of len bytes; NULL or
 * the address when it cannot; returns the family, or -1 */
int print_sockaddr_at(struct dctx *d, uint64_t addr, int len);
/* sockaddr.c: inet_addr("1.2.3.4") / inet_pton(AF_INET6, "::1", &NAME) */
void print_inet4(struct dctx *d, const unsigned char *a);
void print_inet6(struct dctx *d, const unsigned char *a, const char *name);
/* sockaddr.c: if_nametoindex("lo"), or the number */
void print_ifindex(struct dctx *d, unsigned idx);

/* An int the tracee passes by address, read at entry into aux[slot]
 * (slot 0 or 1): false when there is no address or it cannot be read. */
static inline bool save_len(struct dctx *d, uint64_t addr, unsigned slot)
{
	int v;
	if (!addr || !verbose(d) || d->mem->read(d->mem, addr, &v, sizeof(v)) < 0)
		return false;
	d->sc->aux[slot] = (uint32_t)v;
	return true;
}

static inline int saved_len(const struct dctx *d, unsigned slot)
{
	return (int)(uint32_t)d->sc->aux[slot];
}

/* net.c: "[IN => OUT]", or "[OUT]" when the kernel left it as it was */
void print_len_change(struct dctx *d, int in, int out);

/* netlink.c: the data sent or received on socket fd: netlink messages
 * when fd is a netlink socket, a string otherwise */
void print_sockbuf(struct dctx *d, int fd, uint64_t addr, uint64_t len);
/* netlink.c: the netlink messages in len bytes at addr, received or sent
 * on fd (whose netlink protocol names the message types) */
void print_netlink_at(struct dctx *d, int fd, uint64_t addr, uint64_t len);
/* netlink.c: the same, for a socket of netlink protocol proto (-1: not
 * known) */
void print_netlink_proto(struct dctx *d, int proto, uint64_t addr, uint64_t len);

/* rtnetlink.c: the payload of a NETLINK_ROUTE message of this type; false
 * when it is not decoded (the caller prints the bytes) */
bool print_route_payload(struct dctx *d, unsigned type, uint64_t addr, uint64_t len);

/* msghdr.c: struct msghdr at addr (sendmsg: user_namelen < 0, data_size
 * UINT64_MAX) */
void print_msghdr_at(struct dctx *d, uint64_t addr, int user_namelen, uint64_t data_size);
/* msghdr.c: a fetched msghdr (mmsghdr's msg_hdr) */
void print_msghdr_buf(struct dctx *d, const unsigned char *m, int user_namelen, uint64_t data_size);

#endif
