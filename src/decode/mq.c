/* POSIX message queues: mq_open, mq_timedsend, mq_timedreceive,
 * mq_notify, mq_getsetattr (struct mq_attr in each ABI's layout), as
 * strace 6.1 prints them. */
#include <inttypes.h>

#include "common.h"
#include "print.h"

static void print_mq_attr_at(struct dctx *d, uint64_t addr)
{
	unsigned char b[64];
	int64_t size = SZ(d->abi, mq_attr);
	if (size <= 0 || size > (int64_t)sizeof(b)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_or_addr(d, addr, b, (size_t)size))
		return;
	P(d, "{mq_flags=");
	print_flags(d, XLAT(d->abi, open_flags), FIELD_U(d, b, mq_attr, mq_flags), NULL);
	PF(d, ", mq_maxmsg=%" PRId64 ", mq_msgsize=%" PRId64 ", mq_curmsgs=%" PRId64 "}",
	   FIELD_S(d, b, mq_attr, mq_maxmsg), FIELD_S(d, b, mq_attr, mq_msgsize),
	   FIELD_S(d, b, mq_attr, mq_curmsgs));
}

DEFINE_DECODER(mq_open)
{
	print_path(d, arg_ulong(d, 0));
	P(d, ", ");
	uint32_t flags = (uint32_t)arg_ulong(d, 1);
	print_open_flags(d, flags);
	if (flags & XV_O_CREAT) {
		P(d, ", ");
		print_mode(d, (unsigned)arg_ulong(d, 2));
		P(d, ", ");
		print_mq_attr_at(d, arg_ulong(d, 3));
	}
	return DEC_DONE;
}

DEFINE_DECODER(mq_timedsend)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_buf(d, arg_ulong(d, 1), arg_ulong(d, 2), 0);
	PF(d, ", %" PRIu64 ", %u, ", arg_ulong(d, 2), (unsigned)arg_ulong(d, 3));
	print_ts_at(d, arg_ulong(d, 4), call_is_time64(d));
	return DEC_DONE;
}

DEFINE_DECODER(mq_timedreceive)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 1));
	else
		print_buf(d, arg_ulong(d, 1), (uint64_t)d->sc->rval, 0);
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 2));
	unsigned char prio[4];
	if (fetch_or_addr(d, arg_ulong(d, 3), prio, sizeof(prio)))
		PF(d, "[%u]", (unsigned)field_u(prio, 0, 4));
	P(d, ", ");
	/* the timeout was read at entry: not a failed-call address */
	bool saved = d->exiting;
	d->exiting = false;
	print_ts_at(d, arg_ulong(d, 4), call_is_time64(d));
	d->exiting = saved;
	return DEC_DONE;
}

DEFINE_DECODER(mq_notify)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_sigevent_at(d, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(mq_getsetattr)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		print_mq_attr_at(d, arg_ulong(d, 1));
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_mq_attr_at(d, arg_ulong(d, 2));
	return DEC_DONE;
}
