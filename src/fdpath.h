/* -y/-yy and -P: what a tracee's fd refers to, from /proc, cached per
 * process until a syscall may have changed it (tables/fdtrack.def). */
#ifndef XSTRACE_FDPATH_H
#define XSTRACE_FDPATH_H

#include <stdbool.h>
#include <sys/types.h>
#include "sysent.h"

/* -e decode-fds= kinds */
enum {
	DF_PATH = 1u << 0, DF_SOCKET = 1u << 1, DF_DEV = 1u << 2, DF_PIDFD = 1u << 3,
	DF_SIGNALFD = 1u << 4, DF_EVENTFD = 1u << 5, DF_ALL = (1u << 6) - 1,
};
extern unsigned decode_fd_kinds;
/* every lookup reads /proc again (see fdopts_seccomp) */
extern bool fdpath_uncached;

/* What readlink said of the fd, classified. */
enum fd_kind { FDK_PATH, FDK_SOCKET, FDK_DEV, FDK_PIDFD, FDK_SIGNALFD, FDK_EVENTFD };

struct sockinfo;
struct fdent {
	char *path;             /* the link text, without " (deleted)" if deleted */
	uint8_t kind;           /* enum fd_kind */
	bool deleted;           /* strace's test: the file is gone */
	bool sock_tried;        /* sock looked up (see fdtrack.def "sock") */
	bool info_tried;        /* pid / sigmask read from fdinfo */
	bool info_ok;
	unsigned dev_major, dev_minor;
	bool dev_block;
	int pid;                /* pidfd */
	unsigned char sigmask[8];
	unsigned long ino;      /* socket inode */
	struct sockinfo *sock;
};

/* NULL when /proc does not know the fd */
struct fdent *fdpath_ent(pid_t tid, pid_t tgid, int fd);
const char *fdpath_get(pid_t tid, pid_t tgid, int fd);
const char *fdpath_cwd(pid_t tid, pid_t tgid);

/* The call may change the fd table: its exit must be seen even when
 * the call is not printed. */
static inline bool fdpath_watches(const struct sysent *e)
{
	return e && (e->ret == R_FD || (e->fdfx != FX_NONE
		&& (e->fdfx != FX_SOCK || (decode_fd_kinds & DF_SOCKET))));
}

/* After a call returned: forget what it may have changed. */
void fdpath_after_syscall(pid_t tgid, const struct sysent *e, const uint64_t args[6],
			  int64_t rval, bool failed);
/* The process is gone (or exec'd: close-on-exec fds went away). */
void fdpath_forget(pid_t tgid);
/* The thread group of a new tracee, read once from /proc. */
pid_t fdpath_tgid_of(pid_t tid);

#endif
