/* POSIX message queues: mq_open (with and without O_CREAT), mq_timedsend,
 * mq_timedreceive, mq_notify, mq_getsetattr, mq_unlink, made with
 * syscall() so that the names keep their leading "/" out (as glibc
 * strips it).  Prints the lines xstrace must print with
 * -e trace=mq_open,mq_timedsend,mq_timedreceive,mq_notify,mq_getsetattr,mq_unlink
 * usage: ipc_mq NAME */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "tm_util.h"

int main(int argc, char **argv)
{
	if (argc != 2)
		return 2;
	const char *name = argv[1];
	one_write();
	struct mq_attr a = { .mq_maxmsg = 4, .mq_msgsize = 32 };
	int q;
	DO(q = syscall(SYS_mq_open, name, (long)(O_RDWR | O_CREAT | O_EXCL), 0600L, &a));
	expect(RET, "mq_open(\"%s\", O_RDWR|O_CREAT|O_EXCL, 0600, {mq_flags=0, mq_maxmsg=4, "
	       "mq_msgsize=32, mq_curmsgs=0})", name);
	if (q < 0)
		return 1;
	DO(syscall(SYS_mq_open, name, (long)(O_WRONLY | O_NONBLOCK)));
	expect(RET, "mq_open(\"%s\", O_WRONLY|O_NONBLOCK)", name);
	if (last_ret >= 0)
		close(last_ret);
	DO(syscall(SYS_mq_open, name, (long)O_CREAT, 0644L, NULL));
	expect(RET, "mq_open(\"%s\", O_RDONLY|O_CREAT, 0644, NULL)", name);
	if (last_ret >= 0)
		close(last_ret);
	struct timespec t = { 0, 0 };
	DO(syscall(SYS_mq_timedsend, (long)q, "abc", 3L, 1L, NULL));
	expect(RET, "mq_timedsend(%d, \"abc\", 3, 1, NULL)", q);
	DO(syscall(SYS_mq_timedsend, (long)q, "defg", 4L, 7L, &t));
	expect(RET, "mq_timedsend(%d, \"defg\", 4, 7, {tv_sec=0, tv_nsec=0})", q);
	char buf[64];
	unsigned prio = 0;
	DO(syscall(SYS_mq_timedreceive, (long)q, buf, 64L, &prio, NULL));
	expect(RET, "mq_timedreceive(%d, \"defg\", 64, [7], NULL)", q);
	DO(syscall(SYS_mq_timedreceive, (long)q, buf, 64L, NULL, &t));
	expect(RET, "mq_timedreceive(%d, \"abc\", 64, NULL, {tv_sec=0, tv_nsec=0})", q);
	DO(syscall(SYS_mq_timedreceive, (long)q, buf, 64L, &prio, &t));
	expect(RET, "mq_timedreceive(%d, %p, 64, %p, {tv_sec=0, tv_nsec=0})", q, (void *)buf,
	       (void *)&prio);
	struct sigevent sev = { 0 };
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	DO(syscall(SYS_mq_notify, (long)q, &sev));
	expect(RET, "mq_notify(%d, {sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL})", q);
	DO(syscall(SYS_mq_notify, (long)q, NULL));
	expect(RET, "mq_notify(%d, NULL)", q);
	struct mq_attr na = { .mq_flags = O_NONBLOCK }, oa;
	DO(syscall(SYS_mq_getsetattr, (long)q, NULL, &oa));
	expect(RET, "mq_getsetattr(%d, NULL, {mq_flags=0, mq_maxmsg=4, mq_msgsize=32, mq_curmsgs=0})", q);
	DO(syscall(SYS_mq_getsetattr, (long)q, &na, &oa));
	expect(RET, "mq_getsetattr(%d, {mq_flags=O_NONBLOCK, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, "
	       "{mq_flags=0, mq_maxmsg=4, mq_msgsize=32, mq_curmsgs=0})", q);
	DO(syscall(SYS_mq_getsetattr, (long)q, (void *)8, NULL));
	expect(RET, "mq_getsetattr(%d, 0x8, NULL)", q);
	DO(syscall(SYS_mq_unlink, name));
	expect(RET, "mq_unlink(\"%s\")", name);
	DO(syscall(SYS_mq_unlink, name));
	expect(RET, "mq_unlink(\"%s\")", name);
	close(q);
	return 0;
}
