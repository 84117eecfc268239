/* -y: the path behind a tracee's fd, from /proc, cached per process until a
 * syscall may have changed what the fd refers to. */
#ifndef XSTRACE_FDPATH_H
#define XSTRACE_FDPATH_H

#include <sys/types.h>
#include "sysent.h"

/* NULL when /proc does not know the fd */
const char *fdpath_get(pid_t tid, pid_t tgid, int fd);
const char *fdpath_cwd(pid_t tid, pid_t tgid);

/* After a call returned: forget what it may have changed. */
void fdpath_after_syscall(pid_t tgid, const struct sysent *e, const uint64_t args[6],
			  int64_t rval, bool failed);
/* The process is gone (or exec'd: close-on-exec fds went away). */
void fdpath_forget(pid_t tgid);
/* The thread group of a new tracee, read once from /proc. */
pid_t fdpath_tgid_of(pid_t tid);

#endif
