/* Waiting for events: poll, ppoll, select, pselect6 and the epoll calls.
 * What the kernel reports back (ready fds, the time left) is printed after
 * the return value, the way strace does: "= 1 ([{fd=3, revents=POLLIN}])",
 * "= 2 (in [3], out [4], left {...})", "= 0 (Timeout)". */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

/* ---- arrays ---- */

void print_array_at(struct dctx *d, uint64_t addr, uint64_t nmemb, size_t elsize,
		    print_elem_fn fn, void *ctx)
{
	unsigned char buf[MAX_STRUCT];
	if (!addr) {
		P(d, "NULL");
		return;
	}
	if (!nmemb) {
		P(d, "[]");
		return;
	}
	uint64_t mask = d->abi->wordsize == 4 ? UINT32_MAX : UINT64_MAX;
	uint64_t total = nmemb * elsize;
	if (!verbose(d) || elsize > sizeof(buf) || total / elsize != nmemb || addr + total - 1 < addr
	    || ((addr + total - 1) & mask) != addr + total - 1) {
		print_ptr(d, addr);
		return;
	}
	for (uint64_t i = 0; i < nmemb; i++) {
		uint64_t cur = addr + i * elsize;
		if (i) {
			P(d, ", ");
			if (i >= (uint64_t)d->max_strlen && abbrev(d)) {
				P(d, "...");
				break;
			}
		}
		if (dread(d, cur, buf, elsize) < 0) {
			if (!i) {
				print_ptr(d, cur);
				return;
			}
			PF(d, "... /* %#" PRIx64 " */", cur);
			break;
		}
		if (!i)
			P(d, "[");
		fn(d, buf, ctx);
	}
	P(d, "]");
}

/* ---- text after the return value ---- */

struct sbuf {
	char *p;
	size_t len, cap;
};

static void sb_add(struct sbuf *b, const char *s)
{
	size_t n = strlen(s);
	if (b->len + n >= b->cap)
		n = b->cap - 1 - b->len;
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* what print_flags prints, as a string */
static void sprint_flags(const struct xlat *x, uint64_t val, char *out, size_t n)
{
	struct sbuf b = { out, 0, n };
	out[0] = '\0';
	if (!val) {
		sb_add(&b, "0");
		return;
	}
	if (xlat_style != XLAT_STYLE_ABBREV) {
		/* -X: the number, in verbose with the names in a comment */
		char num[24], names[224];
		snprintf(num, sizeof(num), "%#" PRIx64, val);
		sb_add(&b, num);
		if (xlat_style == XLAT_STYLE_RAW)
			return;
		xlat_style = XLAT_STYLE_ABBREV;
		sprint_flags(x, val, names, sizeof(names));
		xlat_style = XLAT_STYLE_VERBOSE;
		if (names[0] != '0') {
			sb_add(&b, " /* ");
			sb_add(&b, names);
			sb_add(&b, " */");
		}
		return;
	}
	unsigned named = 0;
	for (unsigned i = 0; x && i < x->n && val; i++) {
		uint64_t v = x->ents[i].val;
		if (v && (val & v) == v) {
			if (named++)
				sb_add(&b, "|");
			sb_add(&b, x->ents[i].name);
			val &= ~v;
		}
	}
	char num[40];
	if (named && val) {
		snprintf(num, sizeof(num), "|%#" PRIx64, val);
		sb_add(&b, num);
	} else if (!named) {
		snprintf(num, sizeof(num), "%#" PRIx64, val);
		sb_add(&b, num);
		if (x && x->dflt && *x->dflt) {
			sb_add(&b, " /* ");
			sb_add(&b, x->dflt);
			sb_add(&b, " */");
		}
	}
}

/* strace builds these results in 1024 bytes */
#define RESULT_MAX 1024

/* ---- poll, ppoll ---- */

static void print_pollfd(struct dctx *d, const unsigned char *e, void *ctx)
{
	(void)ctx;
	int fd = (int)FIELD_S(d, e, pollfd, fd);
	P(d, "{fd=");
	print_fd(d, fd);
	if (fd >= 0) {
		P(d, ", events=");
		print_flags(d, XLAT(d->abi, poll_events), FIELD_U(d, e, pollfd, events), NULL);
	}
	P(d, "}");
}

static void poll_entering(struct dctx *d)
{
	print_array_at(d, arg_ulong(d, 0), (uint32_t)arg_ulong(d, 1), (size_t)SZ(d->abi, pollfd),
		       print_pollfd, NULL);
	PF(d, ", %u, ", (unsigned)arg_ulong(d, 1));
}

/* "[{fd=3, revents=POLLIN}, ...]" and, for ppoll, "left {...}" */
static void poll_exiting(struct dctx *d, uint64_t ts, bool t64)
{
	if (syserror(d))
		return;
	if (d->sc->rval == 0) {
		snprintf(d->auxstr, sizeof(d->auxstr), "(Timeout)");
		return;
	}
	if (!verbose(d))
		return;
	char out[RESULT_MAX];
	struct sbuf b = { out, 0, sizeof(out) };
	out[0] = '\0';
	uint64_t addr = arg_ulong(d, 0);
	uint32_t nfds = (uint32_t)arg_ulong(d, 1);
	size_t size = (size_t)SZ(d->abi, pollfd);
	unsigned printed = 0;
	unsigned char e[16];
	/* room kept at the end for "], ..." and an address */
	size_t reserve = 2 + 2 * 8 + sizeof(", ], ...");
	for (uint32_t i = 0; i < nfds; i++) {
		uint64_t cur = addr + (uint64_t)i * size;
		if (dread(d, cur, e, size) < 0) {
			char a[32];
			sb_add(&b, b.len ? ", " : "[");
			snprintf(a, sizeof(a), "%#" PRIx64, cur);
			sb_add(&b, a);
			break;
		}
		uint64_t revents = FIELD_U(d, e, pollfd, revents);
		if (!revents)
			continue;
		sb_add(&b, b.len ? ", " : "[");
		if (printed >= (unsigned)d->max_strlen && abbrev(d)) {
			sb_add(&b, "...");
			break;
		}
		char head[48], flags[256];
		snprintf(head, sizeof(head), "{fd=%d, revents=", (int)FIELD_S(d, e, pollfd, fd));
		sprint_flags(XLAT(d->abi, poll_events), revents, flags, sizeof(flags));
		if (b.len + strlen(head) + strlen(flags) + 1 >= sizeof(out) - reserve) {
			sb_add(&b, "...");
			break;
		}
		sb_add(&b, head);
		sb_add(&b, flags);
		sb_add(&b, "}");
		printed++;
	}
	if (b.len)
		sb_add(&b, "]");
	if (ts) {
		char left[96];
		sprint_ts_at(d, ts, t64, left, sizeof(left));
		if (b.len + sizeof(", left ") + strlen(left) < sizeof(out)) {
			sb_add(&b, b.len ? ", left " : "left ");
			sb_add(&b, left);
		} else {
			sb_add(&b, ", ...");
		}
	}
	if (b.len)
		snprintf(d->auxstr, sizeof(d->auxstr), "(%s)", out);
}

DEFINE_DECODER(poll)
{
	if (!d->exiting) {
		poll_entering(d);
		PF(d, "%d", arg_int(d, 2));
		return DEC_AGAIN;
	}
	poll_exiting(d, 0, false);
	return DEC_DONE;
}

DEFINE_DECODER(ppoll)
{
	bool t64 = call_is_time64(d);
	if (!d->exiting) {
		poll_entering(d);
		print_ts_at(d, arg_ulong(d, 2), t64);
		P(d, ", ");
		print_sigmask_at(d, arg_ulong(d, 3), arg_ulong(d, 4));
		PF(d, ", %" PRIu64, arg_ulong(d, 4));
		return DEC_AGAIN;
	}
	poll_exiting(d, arg_ulong(d, 2), t64);
	return DEC_DONE;
}

/* ---- select, pselect6 ---- */

/* Bytes of an fd set of nfds bits, in whole words as the kernel reads it;
 * 0 when nothing can be shown. */
static size_t fdset_bytes(const struct dctx *d, int nfds)
{
	if (nfds <= 0)
		return 0;
	if (nfds > 1024 * 1024)
		nfds = 1024 * 1024;
	size_t ws = d->abi->wordsize;
	return ((size_t)(nfds + 7) / 8 + ws - 1) / ws * ws;
}

static int next_bit(const unsigned char *set, int from, int nbits)
{
	for (int i = from; i < nbits; i++)
		if (set[i / 8] >> (i % 8) & 1)
			return i;
	return -1;
}

/* the select family: nfds, three fd sets and a timeout at arguments
 * args[0..4] */
static void select_entering(struct dctx *d, const uint64_t *args, bool is_ts, bool t64)
{
	int nfds = (int)(uint32_t)args[0];
	size_t size = fdset_bytes(d, nfds);
	int nbits = nfds > 1024 * 1024 ? 1024 * 1024 : nfds;
	static unsigned char set[1024 * 1024 / 8];
	PF(d, "%d", nfds);
	for (int i = 1; i <= 3; i++) {
		P(d, ", ");
		if (!size) {
			print_ptr(d, args[i]);
			continue;
		}
		if (!fetch_or_addr(d, args[i], set, size))
			continue;
		P(d, "[");
		for (int j = next_bit(set, 0, nbits), first = 1; j >= 0; j = next_bit(set, j + 1, nbits)) {
			if (!first)
				P(d, " ");
			first = 0;
			print_fd(d, j);
		}
		P(d, "]");
	}
	P(d, ", ");
	if (is_ts)
		print_ts_at(d, args[4], t64);
	else
		print_timeval_addr(d, args[4]);
}

static void select_exiting(struct dctx *d, const uint64_t *args, bool is_ts, bool t64)
{
	if (syserror(d))
		return;
	if (d->sc->rval == 0) {
		snprintf(d->auxstr, sizeof(d->auxstr), "(Timeout)");
		return;
	}
	static const char *const names[] = { "in", "out", "except" };
	static unsigned char set[1024 * 1024 / 8];
	int nfds = (int)(uint32_t)args[0];
	size_t size = fdset_bytes(d, nfds);
	int nbits = nfds > 1024 * 1024 ? 1024 * 1024 : nfds;
	char out[RESULT_MAX];
	struct sbuf b = { out, 0, sizeof(out) };
	out[0] = '\0';
	const char *sep = "";
	int64_t ready = d->sc->rval;
	for (int i = 0; i < 3 && ready > 0; i++) {
		uint64_t addr = args[i + 1];
		/* the sets that came back are shown even with -e verbose= */
		if (!addr || !size || d->mem->read(d->mem, addr, set, size) < 0)
			continue;
		bool first = true;
		for (int j = next_bit(set, 0, nbits); j >= 0; j = next_bit(set, j + 1, nbits)) {
			/* an fd that no longer fits is left out */
			if (b.len < sizeof(out) - (sizeof(", except [") + 3 * sizeof(int) + 2)) {
				char num[48];
				if (first)
					snprintf(num, sizeof(num), "%s%s [%d", sep, names[i], j);
				else
					snprintf(num, sizeof(num), " %d", j);
				sb_add(&b, num);
				if (first)
					sep = ", ";
				first = false;
			}
			if (--ready == 0)
				break;
		}
		if (b.len)
			sb_add(&b, "]");
	}
	if (args[4]) {
		char left[96];
		if (is_ts) {
			sprint_ts_at(d, args[4], t64, left, sizeof(left));
		} else {
			unsigned char tv[16];
			if (dread(d, args[4], tv, (size_t)SZ(d->abi, timeval)) < 0)
				snprintf(left, sizeof(left), "%#" PRIx64, args[4]);
			else
				sprint_timeval(d, tv, left, sizeof(left));
		}
		if (b.len + sizeof("left ") + strlen(sep) + strlen(left) < sizeof(out)) {
			sb_add(&b, sep);
			sb_add(&b, "left ");
			sb_add(&b, left);
		}
	}
	snprintf(d->auxstr, sizeof(d->auxstr), "(%s)", out);
}

static void select_args(const struct dctx *d, uint64_t *args)
{
	for (unsigned i = 0; i < 5; i++)
		args[i] = arg_ulong(d, i);
}

/* select and _newselect (struct timeval) */
DEFINE_DECODER(select)
{
	uint64_t args[5];
	select_args(d, args);
	if (!d->exiting) {
		select_entering(d, args, false, false);
		return DEC_AGAIN;
	}
	select_exiting(d, args, false, false);
	return DEC_DONE;
}

/* i386's old select: one pointer to the five arguments */
DEFINE_DECODER(oldselect)
{
	uint64_t args[5];
	unsigned char buf[5 * 8];
	int ws = d->abi->wordsize;
	if (!d->exiting) {
		if (!fetch_or_addr(d, arg_ulong(d, 0), buf, (size_t)(5 * ws))) {
			d->sc->aux[0] = 1;
			return DEC_AGAIN;
		}
		for (int i = 0; i < 5; i++)
			args[i] = field_u(buf, i * ws, ws);
		select_entering(d, args, false, false);
		return DEC_AGAIN;
	}
	if (d->sc->aux[0] || dread(d, arg_ulong(d, 0), buf, (size_t)(5 * ws)) < 0)
		return DEC_DONE;
	for (int i = 0; i < 5; i++)
		args[i] = field_u(buf, i * ws, ws);
	select_exiting(d, args, false, false);
	return DEC_DONE;
}

/* pselect6's sixth argument: {sigmask=[...], sigsetsize=8} */
static void print_sigset_argpack(struct dctx *d, uint64_t addr)
{
	unsigned char buf[16];
	int ws = d->abi->wordsize;
	if (!fetch_or_addr(d, addr, buf, (size_t)(2 * ws)))
		return;
	uint64_t len = field_u(buf, ws, ws);
	P(d, "{sigmask=");
	print_sigmask_at(d, field_u(buf, 0, ws), len);
	PF(d, ", sigsetsize=%" PRIu64 "}", len);
}

DEFINE_DECODER(pselect6)
{
	uint64_t args[5];
	bool t64 = call_is_time64(d);
	select_args(d, args);
	if (!d->exiting) {
		select_entering(d, args, true, t64);
		P(d, ", ");
		print_sigset_argpack(d, arg_ulong(d, 5));
		return DEC_AGAIN;
	}
	select_exiting(d, args, true, t64);
	return DEC_DONE;
}

/* ---- epoll ---- */

static void print_epoll_event(struct dctx *d, const unsigned char *e, void *ctx)
{
	(void)ctx;
	uint64_t data = FIELD_U(d, e, epoll_event, data);
	P(d, "{events=");
	print_flags(d, XLAT(d->abi, epoll_events), FIELD_U(d, e, epoll_event, events), NULL);
	PF(d, ", data={u32=%" PRIu32 ", u64=%" PRIu64 "}}", (uint32_t)data, data);
}

DEFINE_DECODER(epoll_ctl)
{
	uint32_t op = (uint32_t)arg_ulong(d, 1);
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_xval(d, XLAT(d->abi, epoll_ctl_ops), op, NULL);
	P(d, ", ");
	print_fd(d, arg_int(d, 2));
	P(d, ", ");
	unsigned char buf[32];
	uint64_t ev = arg_ulong(d, 3);
	if (op == XV_EPOLL_CTL_DEL)
		print_ptr(d, ev);
	else if (fetch_or_addr(d, ev, buf, (size_t)SZ(d->abi, epoll_event)))
		print_epoll_event(d, buf, NULL);
	return DEC_DONE;
}

/* the events the kernel wrote: as many as the return value */
static void print_events_out(struct dctx *d)
{
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 1));
	else
		print_array_at(d, arg_ulong(d, 1), (uint64_t)d->sc->rval, (size_t)SZ(d->abi, epoll_event),
			       print_epoll_event, NULL);
}

DEFINE_DECODER(epoll_wait)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_events_out(d);
	PF(d, ", %d, %d", arg_int(d, 2), arg_int(d, 3));
	return DEC_DONE;
}

DEFINE_DECODER(epoll_pwait)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_events_out(d);
	PF(d, ", %d, %d, ", arg_int(d, 2), arg_int(d, 3));
	print_sigmask_at(d, arg_ulong(d, 4), arg_ulong(d, 5));
	PF(d, ", %" PRIu64, arg_ulong(d, 5));
	return DEC_DONE;
}

DEFINE_DECODER(epoll_pwait2)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_events_out(d);
	PF(d, ", %d, ", arg_int(d, 2));
	/* struct __kernel_timespec on every ABI */
	print_ts_at(d, arg_ulong(d, 3), true);
	P(d, ", ");
	print_sigmask_at(d, arg_ulong(d, 4), arg_ulong(d, 5));
	PF(d, ", %" PRIu64, arg_ulong(d, 5));
	return DEC_DONE;
}
