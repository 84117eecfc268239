/* -e read= / -e write=: the data of read-like and write-like calls as
 * strace dumps it, 16 bytes a line:
 *  | 00000  68 65 6c 6c 6f 0a                                hello.           |
 * iovec arrays announce each buffer (" * N bytes in buffer I"), mmsghdr
 * vectors each vector (" = N buffers in vector I"); an empty buffer ends
 * an iovec's dump, as in strace. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dump.h"
#include "error.h"
#include "print.h"

bool dump_active;

struct fdset {
	uint8_t *bits;
	size_t nbits;
	bool rest;      /* descriptors past nbits (after "all" or "!") */
};
static struct fdset read_set, write_set;

static bool fdset_has(const struct fdset *s, int64_t fd)
{
	if (fd < 0)
		return false;
	if ((uint64_t)fd >= s->nbits)
		return s->rest;
	return (s->bits[fd >> 3] >> (fd & 7)) & 1;
}

static void fdset_set(struct fdset *s, uint64_t fd, bool on)
{
	if (fd >= s->nbits) {
		if (on == s->rest)
			return;
		size_t n = (fd + 64) & ~(size_t)63;
		uint8_t *b = realloc(s->bits, n / 8);
		if (!b)
			error_msg_and_die("out of memory");
		memset(b + s->nbits / 8, s->rest ? 0xff : 0, (n - s->nbits) / 8);
		s->bits = b;
		s->nbits = n;
	}
	if (on)
		s->bits[fd >> 3] |= (uint8_t)(1u << (fd & 7));
	else
		s->bits[fd >> 3] &= (uint8_t)~(1u << (fd & 7));
}

static bool fdset_empty(const struct fdset *s)
{
	if (s->rest)
		return false;
	for (size_t i = 0; i < s->nbits / 8; i++)
		if (s->bits[i])
			return false;
	return true;
}

void dump_parse(bool writes, const char *spec)
{
	struct fdset *s = writes ? &write_set : &read_set;
	bool on = true;
	if (*spec == '!') {
		on = false;
		spec++;
	}
	free(s->bits);
	*s = (struct fdset){ .rest = !on };
	char *copy = strdup(spec);
	if (!copy)
		error_msg_and_die("out of memory");
	char *save = NULL, *tok = strtok_r(copy, ",", &save);
	if (!tok)
		error_msg_and_die("invalid descriptor '%s'", spec);
	for (; tok; tok = strtok_r(NULL, ",", &save)) {
		if (!strcmp(tok, "all") || !strcmp(tok, "none")) {
			bool v = (tok[0] == 'a') == on;
			if (s->bits)
				memset(s->bits, v ? 0xff : 0, s->nbits / 8);
			s->rest = v;
			continue;
		}
		char *end;
		unsigned long long fd = strtoull(tok, &end, 10);
		if (*tok < '0' || *tok > '9' || *end || fd > 0x7fffffff)
			error_msg_and_die("invalid descriptor '%s'", tok);
		fdset_set(s, fd, on);
	}
	free(copy);
	dump_active = !fdset_empty(&read_set) || !fdset_empty(&write_set);
}

/* What a call's data looks like, by syscall name */
enum dump_kind {
	DK_NONE,
	DK_WRITE_BUF,    /* buf = arg 1, length arg 2 */
	DK_WRITE_IOV,    /* iovec array arg 1, count arg 2 */
	DK_WRITE_MSG,    /* msghdr arg 1 */
	DK_WRITE_MMSG,   /* mmsghdr array arg 1 */
	DK_READ = 8,
	DK_READ_BUF = DK_READ | DK_WRITE_BUF,   /* length: the return value */
	DK_READ_IOV = DK_READ | DK_WRITE_IOV,
	DK_READ_MSG = DK_READ | DK_WRITE_MSG,
	DK_READ_MMSG = DK_READ | DK_WRITE_MMSG,
};

static const struct { const char *name; enum dump_kind kind; } dump_calls[] = {
	{ "write", DK_WRITE_BUF }, { "pwrite64", DK_WRITE_BUF }, { "send", DK_WRITE_BUF },
	{ "sendto", DK_WRITE_BUF }, { "mq_timedsend", DK_WRITE_BUF },
	{ "mq_timedsend_time64", DK_WRITE_BUF },
	{ "writev", DK_WRITE_IOV }, { "pwritev", DK_WRITE_IOV }, { "pwritev2", DK_WRITE_IOV },
	{ "vmsplice", DK_WRITE_IOV },
	{ "sendmsg", DK_WRITE_MSG }, { "sendmmsg", DK_WRITE_MMSG },
	{ "read", DK_READ_BUF }, { "pread64", DK_READ_BUF }, { "recv", DK_READ_BUF },
	{ "recvfrom", DK_READ_BUF }, { "mq_timedreceive", DK_READ_BUF },
	{ "mq_timedreceive_time64", DK_READ_BUF },
	{ "readv", DK_READ_IOV }, { "preadv", DK_READ_IOV }, { "preadv2", DK_READ_IOV },
	{ "recvmsg", DK_READ_MSG }, { "recvmmsg", DK_READ_MMSG },
	{ "recvmmsg_time64", DK_READ_MMSG },
};

static enum dump_kind kind_of(const struct sysent *ent)
{
	/* one entry cache: traces repeat the same few calls */
	static const struct sysent *last;
	static enum dump_kind last_kind;
	if (!ent)
		return DK_NONE;
	if (ent == last)
		return last_kind;
	enum dump_kind k = DK_NONE;
	for (unsigned i = 0; i < sizeof(dump_calls) / sizeof(dump_calls[0]); i++)
		if (!strcmp(ent->name, dump_calls[i].name))
			k = dump_calls[i].kind;
	last = ent;
	last_kind = k;
	return k;
}

bool dump_call_kind(const struct sysent *ent)
{
	return kind_of(ent) != DK_NONE;
}

static void dump_line(struct outfile *f, uint64_t off, const unsigned char *p, size_t n)
{
	static const char hexd[] = "0123456789abcdef";
	char line[96];
	int o = snprintf(line, sizeof(line), " | %05" PRIx64 "  ", off);
	for (size_t i = 0; i < 16; i++) {
		if (i < n) {
			line[o++] = hexd[p[i] >> 4];
			line[o++] = hexd[p[i] & 15];
		} else {
			line[o++] = ' ';
			line[o++] = ' ';
		}
		line[o++] = ' ';
		if (i == 7)
			line[o++] = ' ';
	}
	line[o++] = ' ';
	for (size_t i = 0; i < 16; i++)
		line[o++] = i >= n ? ' ' : p[i] >= ' ' && p[i] < 0x7f ? (char)p[i] : '.';
	line[o++] = ' ';
	line[o++] = '|';
	out_write(f, line, (size_t)o);
	out_line_end(f);
}

/* len bytes at addr; nothing when the memory cannot be read */
static void dump_buf(struct dctx *d, uint64_t addr, uint64_t len)
{
	unsigned char chunk[4096];
	for (uint64_t off = 0; off < len; off += sizeof(chunk)) {
		size_t n = len - off < sizeof(chunk) ? (size_t)(len - off) : sizeof(chunk);
		if (d->mem->read(d->mem, addr + off, chunk, n) < 0)
			return;
		for (size_t i = 0; i < n; i += 16)
			dump_line(d->out, off + i, chunk + i, n - i < 16 ? n - i : 16);
	}
}

static uint64_t word_at(const struct dctx *d, const unsigned char *p)
{
	return field_u(p, 0, d->abi->wordsize);
}

/* An iovec array of count elements holding data bytes in all */
static void dump_iov(struct dctx *d, uint64_t addr, uint64_t count, uint64_t data)
{
	size_t esize = (size_t)SZ(d->abi, iovec);
	unsigned char el[16];
	if (esize > sizeof(el))
		return;
	for (uint64_t i = 0; i < count; i++) {
		if (d->mem->read(d->mem, addr + i * esize, el, esize) < 0)
			return;
		uint64_t base = FIELD_U(d, el, iovec, iov_base);
		uint64_t len = FIELD_U(d, el, iovec, iov_len);
		if (len > data)
			len = data;
		if (!len)
			return;
		data -= len;
		char line[64];
		int n = snprintf(line, sizeof(line), " * %" PRIu64 " bytes in buffer %" PRIu64, len, i);
		out_write(d->out, line, (size_t)n);
		out_line_end(d->out);
		dump_buf(d, base, len);
	}
}

/* struct msghdr: name, namelen (padded to a word), iov, iovlen, ...:
 * msg_iov is its third word and msg_iovlen its fourth on every ABI;
 * struct mmsghdr adds msg_len after the seven words of the msghdr. */
static void dump_msghdr(struct dctx *d, uint64_t addr, uint64_t data, bool mmsg_len, uint64_t i)
{
	unsigned ws = d->abi->wordsize;
	unsigned char m[8 * 8];
	size_t size = mmsg_len ? 8 * ws : 4 * ws;
	if (d->mem->read(d->mem, addr, m, size) < 0)
		return;
	uint64_t iov = word_at(d, m + 2 * ws), iovlen = word_at(d, m + 3 * ws);
	if (mmsg_len) {
		data = field_u(m, 7 * (int)ws, 4);
		char line[64];
		int n = snprintf(line, sizeof(line), " = %" PRIu64 " buffers in vector %" PRIu64, iovlen, i);
		out_write(d->out, line, (size_t)n);
		out_line_end(d->out);
	}
	dump_iov(d, iov, iovlen, data);
}

void dump_io(struct dctx *d)
{
	enum dump_kind k = kind_of(d->sc->ent);
	int64_t fd = (int32_t)d->sc->args[0];
	if (fd < 0)
		return;
	bool reading = k & DK_READ;
	if (reading ? syserror(d) || !fdset_has(&read_set, fd) : !fdset_has(&write_set, fd))
		return;
	uint64_t data = reading ? (uint64_t)d->sc->rval : UINT64_MAX;
	switch (k & ~DK_READ) {
	case DK_WRITE_BUF:
		dump_buf(d, arg_ulong(d, 1), reading ? data : arg_ulong(d, 2));
		break;
	case DK_WRITE_IOV:
		dump_iov(d, arg_ulong(d, 1), arg_ulong(d, 2), data);
		break;
	case DK_WRITE_MSG:
		dump_msghdr(d, arg_ulong(d, 1), data, false, 0);
		break;
	case DK_WRITE_MMSG: {
		unsigned ws = d->abi->wordsize;
		int64_t n = syserror(d) ? 0 : d->sc->rval;
		for (int64_t i = 0; i < n; i++)
			dump_msghdr(d, arg_ulong(d, 1) + (uint64_t)i * 8 * ws, 0, true, (uint64_t)i);
		break;
	}
	}
}
