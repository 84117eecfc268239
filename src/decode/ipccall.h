/* What ipc_resolve (ipccall.c) leaves in syscall_state.aux for the IPC
 * decoders of a call that came through the ipc(2) multiplexer. */
#ifndef XSTRACE_DECODE_IPCCALL_H
#define XSTRACE_DECODE_IPCCALL_H

enum {
	IPC_AUX_SHMAT_RESULT = 1, /* shmat: where the kernel stores the address */
	IPC_AUX_INDIRECT = 2,     /* the argument layout of ipc(), not the call's */
};

#endif
