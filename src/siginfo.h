#ifndef XSTRACE_SIGINFO_H
#define XSTRACE_SIGINFO_H

#include <signal.h>
#include "decode.h"

/* "{si_signo=SIGCHLD, si_code=CLD_EXITED, ...}" as strace prints it. */
void print_siginfo(struct dctx *d, const siginfo_t *si);

#endif
