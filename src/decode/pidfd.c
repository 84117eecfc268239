/* pidfd_send_signal and process_vm_readv/writev, as strace 6.1 prints
 * them. */
#include <inttypes.h>

#include "common.h"
#include "print.h"

/* pidfd_send_signal(pidfd, sig, info, flags): info as a siginfo_t */
DEFINE_DECODER(pidfd_send_signal)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_signo(d, arg_int(d, 1));
	P(d, ", ");
	print_siginfo_at(d, arg_ulong(d, 2));
	PF(d, ", %#x", (unsigned)arg_ulong(d, 3));
	return DEC_DONE;
}

/* (pid, local_iov, liovcnt, remote_iov, riovcnt, flags): the local
 * buffers' data (what was read, or all that is written), the remote
 * ones as addresses */
static int process_vm_common(struct dctx *d, bool reading)
{
	if (!d->exiting)
		PF(d, "%d, ", arg_int(d, 0));
	if (reading && !d->exiting)
		return DEC_AGAIN;
	struct iov_data local = { true, UINT64_MAX };
	if (reading) {
		local.as_strings = !syserror(d);
		local.left = (uint64_t)d->sc->rval;
	}
	print_iovec_array(d, arg_ulong(d, 1), arg_ulong(d, 2), local);
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 2));
	print_iovec_array(d, arg_ulong(d, 3), arg_ulong(d, 4), (struct iov_data){ false, 0 });
	PF(d, ", %" PRIu64 ", %" PRIu64, arg_ulong(d, 4), arg_ulong(d, 5));
	return DEC_DONE;
}

DEFINE_DECODER(process_vm_readv)
{
	return process_vm_common(d, true);
}

DEFINE_DECODER(process_vm_writev)
{
	return process_vm_common(d, false);
}
