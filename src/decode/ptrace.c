/* ptrace(request, pid, addr, data): the requests whose data is a signal
 * to deliver print it by name (0 as 0), as strace 6.1 does; the others
 * keep the generic form of the signature. */
#include <inttypes.h>

#include "common.h"
#include "print.h"

DEFINE_DECODER(ptrace)
{
	uint64_t req = arg_ulong(d, 0);
	switch (req) {
	case XV_PTRACE_CONT: case XV_PTRACE_DETACH: case XV_PTRACE_SYSCALL:
	case XV_PTRACE_SINGLESTEP:
		print_xval(d, XLAT(d->abi, ptrace_requests), req, NULL);
		PF(d, ", %d, ", arg_int(d, 1));
		print_ptr(d, arg_ulong(d, 2));
		P(d, ", ");
		print_signo(d, (int)arg_ulong(d, 3));
		return DEC_DONE;
	default:
		return decode_generic(d);
	}
}
