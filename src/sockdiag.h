/* -yy on sockets: the protocol and endpoints of a tracee's socket, asked
 * of the kernel through NETLINK_SOCK_DIAG (as strace does). */
#ifndef XSTRACE_SOCKDIAG_H
#define XSTRACE_SOCKDIAG_H

#include <stdbool.h>
#include <sys/types.h>

struct sockinfo {
	/* "TCP:[127.0.0.1:5000->127.0.0.1:41234]", or for UNIX sockets the
	 * part before the path: "UNIX-STREAM:[36770->36767" */
	char text[160];
	bool found;          /* the kernel knew the socket */
	bool is_unix;        /* text lacks its "]"; path follows if has_path */
	bool has_path;
	bool abstract;       /* path is an abstract name: printed @"name" */
	unsigned char path_len;
	char path[108];
};

/* Fills si for socket inode ino, open as fd in thread tid.  false when
 * the protocol is not one strace names (the caller prints socket:[ino]);
 * true otherwise, with si->found false when only "PROTO:[ino]" is known
 * (not bound, not connected, or a kernel without that diag module). */
bool sockdiag_lookup(pid_t tid, int fd, unsigned long ino, struct sockinfo *si);

#endif
