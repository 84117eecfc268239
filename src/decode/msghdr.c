/* sendmsg, recvmsg, sendmmsg, recvmmsg: struct msghdr and struct mmsghdr
 * in the ABI's layout (32-bit pointers and size_t on i386 and arm), their
 * iovec arrays, and the control messages strace decodes (SCM_RIGHTS,
 * SCM_CREDENTIALS, SCM_SECURITY, the socket timestamps, IP_PKTINFO,
 * IP_TTL, IP_TOS, IP_RECVERR, IP_ORIGDSTADDR, ...). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"
#include "net.h"
#include "print.h"

#define MSG_U(d, b, f) FIELD_U(d, b, msghdr, f)

/* ---- control messages ---- */

static uint32_t get_u32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static void print_scm_rights(struct dctx *d, const unsigned char *p, unsigned len)
{
	unsigned n = len / 4;
	P(d, "[");
	for (unsigned i = 0; i < n; i++) {
		if (i) {
			P(d, ", ");
			if (abbrev(d) && i >= (unsigned)d->max_strlen) {
				P(d, "...");
				break;
			}
		}
		print_fd(d, (int)get_u32(p + 4 * i));
	}
	P(d, "]");
}

static void print_u32_array(struct dctx *d, const unsigned char *p, unsigned len, bool hex8)
{
	unsigned esize = hex8 ? 1 : 4, n = len / esize;
	P(d, "[");
	for (unsigned i = 0; i < n; i++) {
		if (i) {
			P(d, ", ");
			if (abbrev(d) && i >= (unsigned)d->max_strlen) {
				P(d, "...");
				break;
			}
		}
		if (hex8)
			PF(d, "%#x", p[i]);
		else
			PF(d, "%u", get_u32(p + 4 * i));
	}
	P(d, "]");
}

/* The timestamps: old ones in the ABI's own timeval/timespec, new ones
 * with 64-bit fields; a size that does not fit prints as strace does. */
static void print_cmsg_time(struct dctx *d, const unsigned char *p, unsigned len, int type)
{
	int ws = d->abi->wordsize;
	bool nsec = type == XV_SO_TIMESTAMPNS_OLD || type == XV_SO_TIMESTAMPNS_NEW ||
		type == XV_SO_TIMESTAMPING_OLD || type == XV_SO_TIMESTAMPING_NEW;
	bool is64 = type == XV_SO_TIMESTAMP_NEW || type == XV_SO_TIMESTAMPNS_NEW ||
		type == XV_SO_TIMESTAMPING_NEW;
	int fs = is64 ? 8 : ws;
	unsigned n = (type == XV_SO_TIMESTAMPING_OLD || type == XV_SO_TIMESTAMPING_NEW) ? 3 : 1;
	unsigned need = n * 2 * (unsigned)fs;
	if (len < need) {
		PF(d, "?");
		return;
	}
	if (n > 1)
		P(d, "[");
	for (unsigned i = 0; i < n; i++) {
		const unsigned char *e = p + i * 2 * (unsigned)fs;
		if (i)
			P(d, ", ");
		PF(d, "{tv_sec=%" PRId64 ", %s=%" PRIu64 "}", field_s(e, 0, fs),
		   nsec ? "tv_nsec" : "tv_usec", field_u(e, fs, fs));
	}
	if (n > 1)
		P(d, "]");
}

static void print_cmsg_data(struct dctx *d, int level, int type, const unsigned char *p, unsigned len)
{
	if (level == XV_SOL_SOCKET) {
		print_xval(d, XLAT(d->abi, scm_types), (uint32_t)type, NULL);
		switch (type) {
		case XV_SCM_RIGHTS:
			if (len >= 4) {
				P(d, ", cmsg_data=");
				print_scm_rights(d, p, len);
			}
			break;
		case XV_SCM_CREDENTIALS:
			if (len >= 12)
				PF(d, ", cmsg_data={pid=%d, uid=%u, gid=%u}", (int)get_u32(p), get_u32(p + 4), get_u32(p + 8));
			break;
		case XV_SCM_SECURITY:
			if (len >= 1) {
				P(d, ", cmsg_data=");
				print_quoted(d, p, len, 0);
			}
			break;
		case XV_SO_TIMESTAMP_OLD: case XV_SO_TIMESTAMPNS_OLD: case XV_SO_TIMESTAMPING_OLD:
		case XV_SO_TIMESTAMP_NEW: case XV_SO_TIMESTAMPNS_NEW: case XV_SO_TIMESTAMPING_NEW:
			if (len >= 1) {
				P(d, ", cmsg_data=");
				print_cmsg_time(d, p, len, type);
			}
			break;
		}
		return;
	}
	if (level == XV_SOL_IP) {
		print_xval(d, XLAT(d->abi, ip_cmsg_types), (uint32_t)type, NULL);
		switch (type) {
		case XV_IP_PKTINFO:
			if (len >= 12) {
				P(d, ", cmsg_data={ipi_ifindex=");
				print_ifindex(d, get_u32(p));
				P(d, ", ipi_spec_dst=");
				print_inet4(d, p + 4);
				P(d, ", ipi_addr=");
				print_inet4(d, p + 8);
				P(d, "}");
			}
			break;
		case XV_IP_TTL: case XV_IP_CHECKSUM:
			if (len >= 4) {
				P(d, ", cmsg_data=");
				print_u32_array(d, p, len, false);
			}
			break;
		case XV_IP_TOS: case XV_IP_RECVOPTS: case XV_IP_RETOPTS:
			if (len >= 1) {
				P(d, ", cmsg_data=");
				print_u32_array(d, p, len, true);
			}
			break;
		case XV_IP_RECVERR:
			if (len >= 32) {
				unsigned char sa[SOCKADDR_MAX + 1];
				PF(d, ", cmsg_data={ee_errno=%u, ee_origin=%u, ee_type=%u, ee_code=%u, ee_info=%u, ee_data=%u, offender=",
				   get_u32(p), p[4], p[5], p[6], get_u32(p + 8), get_u32(p + 12));
				memset(sa, 0, sizeof(sa));
				memcpy(sa, p + 16, 16);
				print_sockaddr_buf(d, sa, 16);
				P(d, "}");
			}
			break;
		case XV_IP_ORIGDSTADDR:
			if (len >= 16) {
				unsigned char sa[SOCKADDR_MAX + 1];
				unsigned n = len > SOCKADDR_MAX ? SOCKADDR_MAX : len;
				memset(sa, 0, sizeof(sa));
				memcpy(sa, p, n);
				P(d, ", cmsg_data=");
				print_sockaddr_buf(d, sa, (int)n);
			}
			break;
		case XV_SCM_SECURITY:
			if (len >= 1) {
				P(d, ", cmsg_data=");
				print_quoted(d, p, len, 0);
			}
			break;
		}
		return;
	}
	if (type)
		PF(d, "%#x", (unsigned)type);
	else
		P(d, "0");
}

/* strace reads no more control data than the kernel's optmem_max */
static unsigned optmem_max(void)
{
	static unsigned max;
	if (!max) {
		FILE *f = fopen("/proc/sys/net/core/optmem_max", "r");
		int v = 0;
		if (!f || fscanf(f, "%d", &v) != 1 || v <= 0)
			max = 8 * (2 * 1024 + 512);
		else
			max = ((unsigned)v + 7) & ~7u;
		if (f)
			fclose(f);
	}
	return max;
}

static unsigned char *control_buf(size_t n)
{
	static unsigned char *buf;
	static size_t cap;
	if (n > cap) {
		unsigned char *nb = realloc(buf, n);
		if (!nb)
			return NULL;
		buf = nb;
		cap = n;
	}
	return buf;
}

static void print_msg_control(struct dctx *d, uint64_t addr, uint64_t in_len)
{
	unsigned hsize = (unsigned)SZ(d->abi, cmsghdr);
	int ws = d->abi->wordsize;
	if (!in_len)
		return;
	P(d, ", msg_control=");
	unsigned control_len = in_len > optmem_max() ? optmem_max() : (unsigned)in_len;
	unsigned left = control_len;
	unsigned char *buf = left < hsize ? NULL : control_buf(left);
	if (!buf || d->mem->read(d->mem, addr, buf, left) < 0) {
		print_ptr(d, addr);
		return;
	}
	unsigned char *p = buf;
	P(d, "[");
	while (left >= hsize) {
		uint64_t clen = FIELD_U(d, p, cmsghdr, cmsg_len);
		int level = (int)FIELD_U(d, p, cmsghdr, cmsg_level);
		int type = (int)FIELD_U(d, p, cmsghdr, cmsg_type);
		if (p != buf)
			P(d, ", ");
		PF(d, "{cmsg_len=%" PRIu64 ", cmsg_level=", clen);
		print_xval(d, XLAT(d->abi, socket_levels), (uint32_t)level, "SOL_???");
		P(d, ", cmsg_type=");
		uint64_t len = clen > left ? left : clen;
		print_cmsg_data(d, level, type, p + hsize, len > hsize ? (unsigned)(len - hsize) : 0);
		P(d, "}");
		if (len < hsize) {
			left -= hsize;
			break;
		}
		len = (clen + (uint64_t)ws - 1) & ~((uint64_t)ws - 1);
		if (len >= left || len < clen) {
			left = 0;
			break;
		}
		p += len;
		left -= (unsigned)len;
	}
	if (left)
		PF(d, ", ... /* %#" PRIx64 " */", addr + (control_len - left));
	else if (control_len < in_len)
		P(d, ", ...");
	P(d, "]");
}

/* ---- struct msghdr ---- */

void print_msghdr_buf(struct dctx *d, const unsigned char *m, int user_namelen, uint64_t data_size)
{
	int namelen = (int)(uint32_t)MSG_U(d, m, msg_namelen);
	int shown = user_namelen >= 0 && namelen > user_namelen ? user_namelen : namelen;
	P(d, "{msg_name=");
	int family = print_sockaddr_at(d, MSG_U(d, m, msg_name), shown);
	P(d, ", msg_namelen=");
	if (user_namelen >= 0 && user_namelen != namelen)
		PF(d, "%d => ", user_namelen);
	PF(d, "%d, msg_iov=", namelen);
	uint64_t iovlen = MSG_U(d, m, msg_iovlen);
	struct iov_data data = { true, data_size, family == XV_AF_NETLINK };
	print_iovec_array(d, MSG_U(d, m, msg_iov), iovlen, data);
	PF(d, ", msg_iovlen=%" PRIu64, iovlen);
	uint64_t clen = MSG_U(d, m, msg_controllen);
	print_msg_control(d, MSG_U(d, m, msg_control), clen);
	PF(d, ", msg_controllen=%" PRIu64 ", msg_flags=", clen);
	print_flags(d, XLAT(d->abi, msg_flags), (uint32_t)MSG_U(d, m, msg_flags), NULL);
	P(d, "}");
}

void print_msghdr_at(struct dctx *d, uint64_t addr, int user_namelen, uint64_t data_size)
{
	unsigned char m[64];
	size_t size = (size_t)SZ(d->abi, msghdr);
	if (!addr || !verbose(d) || size > sizeof(m) || d->mem->read(d->mem, addr, m, size) < 0) {
		print_ptr(d, addr);
		return;
	}
	print_msghdr_buf(d, m, user_namelen, data_size);
}

DEFINE_DECODER(sendmsg)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_msghdr_at(d, arg_ulong(d, 1), -1, UINT64_MAX);
	P(d, ", ");
	print_flags(d, XLAT(d->abi, msg_flags), (uint32_t)arg_ulong(d, 2), NULL);
	return DEC_DONE;
}

DEFINE_DECODER(recvmsg)
{
	uint64_t addr = arg_ulong(d, 1);
	if (!d->exiting) {
		unsigned char m[64];
		size_t size = (size_t)SZ(d->abi, msghdr);
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		if (addr && verbose(d) && size <= sizeof(m) && d->mem->read(d->mem, addr, m, size) == 0) {
			d->sc->aux[0] = (uint32_t)MSG_U(d, m, msg_namelen);
			return DEC_AGAIN;
		}
		print_ptr(d, addr);
	} else if (syserror(d)) {
		PF(d, "{msg_namelen=%d}", saved_len(d, 0));
	} else {
		print_msghdr_at(d, addr, saved_len(d, 0), (uint64_t)d->sc->rval);
	}
	P(d, ", ");
	print_flags(d, XLAT(d->abi, msg_flags), (uint32_t)arg_ulong(d, 2), NULL);
	return DEC_DONE;
}

/* ---- struct mmsghdr arrays ---- */

/* recvmmsg keeps what it needs at exit from entry: the timeout's bytes
 * in aux[0..1] (a timespec is at most 16 bytes), and in aux[2] the
 * msg_namelen of the first MMSG_SAVED messages (12 bits each), how many
 * were saved (bits 48..50) and whether the timeout was read (bit 51).
 * aux[3] is syscall.c's. */
#define MMSG_SAVED 4
#define MMSG_NAMELEN_BITS 12
#define MMSG_COUNT_SHIFT 48
#define MMSG_TS_READ (1ull << 51)
#define IOV_MAX_MSGS 1024

static unsigned mmsg_saved_count(const struct dctx *d)
{
	return (unsigned)(d->sc->aux[2] >> MMSG_COUNT_SHIFT) & 7;
}

static int mmsg_saved_namelen(const struct dctx *d, unsigned i)
{
	return (int)((d->sc->aux[2] >> (MMSG_NAMELEN_BITS * i)) & ((1u << MMSG_NAMELEN_BITS) - 1));
}

struct mmsg_ctx {
	unsigned msg_len_left;   /* elements that show msg_len */
	unsigned count;          /* elements shown before "..." */
	bool use_msg_len;        /* msg_len limits the data shown */
	bool user_namelen;       /* recvmmsg: compare with saved lengths */
};

static void print_mmsgvec(struct dctx *d, uint64_t addr, unsigned vlen, struct mmsg_ctx *c)
{
	unsigned char el[64];
	size_t esize = (size_t)SZ(d->abi, mmsghdr);
	int off_len = OFF(d->abi, mmsghdr, msg_len);
	bool failed = d->exiting && syserror(d);
	uint64_t mask = d->abi->wordsize == 4 ? UINT32_MAX : UINT64_MAX;
	if (!addr) {
		P(d, "NULL");
		return;
	}
	if (!vlen) {
		P(d, "[]");
		return;
	}
	uint64_t total = (uint64_t)vlen * esize;
	if (esize > sizeof(el) || ((addr + total - 1) & mask) < addr) {
		print_ptr(d, addr);
		return;
	}
	for (unsigned i = 0; i < vlen; i++) {
		uint64_t cur = addr + (uint64_t)i * esize;
		if (i) {
			P(d, ", ");
			if (abbrev(d) && i >= (unsigned)d->max_strlen) {
				P(d, "...");
				break;
			}
		}
		if (failed || d->mem->read(d->mem, cur, el, esize) < 0) {
			if (!i) {
				print_ptr(d, cur);
				return;
			}
			PF(d, "... /* %#" PRIx64 " */", cur);
			break;
		}
		if (!i)
			P(d, "[");
		if (!c->count) {
			P(d, "...");
			break;
		}
		c->count--;
		uint32_t msg_len = (uint32_t)field_u(el, off_len, 4);
		int user = -1;
		if (c->user_namelen && i < mmsg_saved_count(d))
			user = mmsg_saved_namelen(d, i);
		P(d, "{msg_hdr=");
		print_msghdr_buf(d, el, user, c->use_msg_len ? msg_len : UINT64_MAX);
		if (c->msg_len_left) {
			PF(d, ", msg_len=%u", msg_len);
			c->msg_len_left--;
		}
		P(d, "}");
	}
	P(d, "]");
}

/* -e verbose=: the vector as an address, everything at entry */
static void mmsg_not_verbose(struct dctx *d)
{
	print_ptr(d, arg_ulong(d, 1));
	PF(d, ", %u, ", (unsigned)arg_ulong(d, 2));
	print_flags(d, XLAT(d->abi, msg_flags), (uint32_t)arg_ulong(d, 3), NULL);
}

DEFINE_DECODER(sendmmsg)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		if (!verbose(d)) {
			mmsg_not_verbose(d);
			return DEC_DONE;
		}
		return DEC_AGAIN;
	}
	struct mmsg_ctx c = { syserror(d) ? 0 : (unsigned)d->sc->rval, IOV_MAX_MSGS, false, false };
	/* the vector is shown whether or not the call failed */
	int err = d->sc->error;
	d->sc->error = 0;
	print_mmsgvec(d, arg_ulong(d, 1), (unsigned)arg_ulong(d, 2), &c);
	d->sc->error = err;
	PF(d, ", %u, ", (unsigned)arg_ulong(d, 2));
	print_flags(d, XLAT(d->abi, msg_flags), (uint32_t)arg_ulong(d, 3), NULL);
	return DEC_DONE;
}

DEFINE_DECODER(recvmmsg)
{
	bool t64 = call_is_time64(d);
	uint64_t ts = arg_ulong(d, 4);
	int tsize = timespec_size(d, t64);
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		if (!verbose(d)) {
			mmsg_not_verbose(d);
			P(d, ", ");
			print_ptr(d, ts);
			return DEC_AGAIN;
		}
		/* the msg_namelen of the first messages */
		uint64_t addr = arg_ulong(d, 1);
		unsigned vlen = (unsigned)arg_ulong(d, 2), n = 0;
		size_t esize = (size_t)SZ(d->abi, mmsghdr);
		uint64_t packed = 0;
		for (; n < vlen && n < MMSG_SAVED && addr; n++) {
			unsigned char el[64];
			if (esize > sizeof(el) || d->mem->read(d->mem, addr + n * esize, el, esize) < 0)
				break;
			uint64_t namelen = (uint32_t)MSG_U(d, el, msg_namelen);
			if (namelen >> MMSG_NAMELEN_BITS)
				break;
			packed |= namelen << (MMSG_NAMELEN_BITS * n);
		}
		packed |= (uint64_t)n << MMSG_COUNT_SHIFT;
		unsigned char tb[16];
		if (ts && tsize <= 16 && d->mem->read(d->mem, ts, tb, (size_t)tsize) == 0) {
			memcpy(&d->sc->aux[0], tb, 8);
			memcpy(&d->sc->aux[1], tb + 8, 8);
			packed |= MMSG_TS_READ;
		}
		d->sc->aux[2] = packed;
		return DEC_AGAIN;
	}
	if (!verbose(d)) {
		if (!syserror(d) && d->sc->rval == 0)
			snprintf(d->auxstr, sizeof(d->auxstr), "(Timeout)");
		return DEC_DONE;
	}
	struct mmsg_ctx c = { (unsigned)d->sc->rval, IOV_MAX_MSGS, true, true };
	print_mmsgvec(d, arg_ulong(d, 1), (unsigned)d->sc->rval, &c);
	PF(d, ", %u, ", (unsigned)arg_ulong(d, 2));
	print_flags(d, XLAT(d->abi, msg_flags), (uint32_t)arg_ulong(d, 3), NULL);
	P(d, ", ");
	if (d->sc->aux[2] & MMSG_TS_READ) {
		unsigned char tb[16];
		char s[96];
		memcpy(tb, &d->sc->aux[0], 8);
		memcpy(tb + 8, &d->sc->aux[1], 8);
		sprint_timespec(d, tb, t64, s, sizeof(s));
		P(d, s);
	} else {
		print_ptr(d, ts);
	}
	if (syserror(d))
		return DEC_DONE;
	if (d->sc->rval == 0) {
		snprintf(d->auxstr, sizeof(d->auxstr), "(Timeout)");
		return DEC_DONE;
	}
	if (ts) {
		char s[128];
		sprint_ts_at(d, ts, t64, s, sizeof(s));
		snprintf(d->auxstr, sizeof(d->auxstr), "(left %s)", s);
	}
	return DEC_DONE;
}
