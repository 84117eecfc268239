/* Data transfer calls for -e read= / -e write= dumps: every call strace
 * dumps, on a file and a socket pair, with empty and long buffers, a
 * failing write and a negative fd.  usage: po_dump FILE */
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	static char text[] = "hello world, this is a line longer than thirty-two bytes\n"
		"\001\002\377 binary \x7f tail";
	char buf[256], b2[7], b3[100];
	int fd = open(argv[1], O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd != 3)
		return 3;
	write(fd, text, sizeof(text) - 1);
	pwrite(fd, "ab", 2, 5);
	lseek(fd, 0, SEEK_SET);
	read(fd, buf, sizeof(buf));
	pread(fd, buf, 10, 3);
	struct iovec w[3] = { { text, 12 }, { text + 12, 0 }, { text + 20, 30 } };
	writev(fd, w, 3);
	pwritev(fd, w, 1, 0);
	struct iovec r[3] = { { b2, sizeof(b2) }, { b3, sizeof(b3) }, { buf, 5 } };
	lseek(fd, 0, SEEK_SET);
	readv(fd, r, 3);
	preadv(fd, r, 2, 4);
	write(-1, "x", 1);          /* negative fd: nothing dumped */
	write(9, "failed", 6);      /* EBADF */
	read(9, buf, 4);
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) || sv[0] != 4)
		return 4;
	send(4, "sent by send", 12, 0);
	recv(5, buf, sizeof(buf), 0);
	sendto(4, "sent by sendto", 14, 0, NULL, 0);
	recvfrom(5, buf, 3, 0, NULL, NULL);
	recvfrom(5, buf, sizeof(buf), 0, NULL, NULL);
	struct msghdr m = { .msg_iov = w, .msg_iovlen = 3 };
	sendmsg(4, &m, 0);
	struct msghdr mr = { .msg_iov = r, .msg_iovlen = 3 };
	recvmsg(5, &mr, 0);
	struct mmsghdr mm[2] = { { .msg_hdr = { .msg_iov = w, .msg_iovlen = 1 } },
				 { .msg_hdr = { .msg_iov = w + 2, .msg_iovlen = 1 } } };
	sendmmsg(4, mm, 2, 0);
	struct mmsghdr mmr[2] = { { .msg_hdr = { .msg_iov = r, .msg_iovlen = 2 } },
				  { .msg_hdr = { .msg_iov = r + 2, .msg_iovlen = 1 } } };
	recvmmsg(5, mmr, 2, MSG_DONTWAIT, NULL);
	close(fd);
	return 0;
}
