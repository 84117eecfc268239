/* System V IPC round trips: a message queue (msgget, msgsnd, msgrcv,
 * msgctl), a semaphore set (semget, semop/semtimedop, semctl) and a shared
 * memory segment (shmget, shmat, shmdt, shmctl), plus bad commands and
 * addresses.  Prints the lines xstrace must print with -e trace=%ipc;
 * the structures' values come from the program's own IPC_STAT calls. */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "tm_util.h"

static char perm_buf[256];
static const char *perm(const struct ipc_perm *p)
{
	snprintf(perm_buf, sizeof(perm_buf), "{uid=%u, gid=%u, mode=%#03o, key=%d, cuid=%u, cgid=%u}",
		 p->uid, p->gid, p->mode, p->__key, p->cuid, p->cgid);
	return perm_buf;
}

static void msg(void)
{
	int q;
	DO(q = msgget(IPC_PRIVATE, IPC_CREAT | 0600));
	expect(RET, "msgget(IPC_PRIVATE, IPC_CREAT|0600)");
	DO(msgget(0x7fffeeee, 0x10000));
	expect(RET, "msgget(0x7fffeeee, 0x10000000)");
	struct { long mtype; char mtext[16]; } m = { 7, "hello" };
	DO(msgsnd(q, &m, 6, IPC_NOWAIT));
	expect(RET, "msgsnd(%d, {mtype=7, mtext=\"hello\\0\"}, 6, IPC_NOWAIT)", q);
	DO(msgrcv(q, &m, 6, 0, IPC_NOWAIT | MSG_NOERROR));
	expect(RET, "msgrcv(%d, {mtype=7, mtext=\"hello\\0\"}, 6, 0, MSG_NOERROR|IPC_NOWAIT)", q);
	DO(msgrcv(q, &m, 6, -3, IPC_NOWAIT));
	expect(RET, "msgrcv(%d, %p, 6, -3, IPC_NOWAIT)", q, (void *)&m);
	DO(msgsnd(q, (void *)8, 4, 0));
	expect(RET, "msgsnd(%d, 0x8, 4, 0)", q);
	struct msqid_ds ds;
	DO(msgctl(q, IPC_STAT, &ds));
	expect(RET, "msgctl(%d, IPC_STAT, {msg_perm=%s, msg_stime=%ld, msg_rtime=%ld, msg_ctime=%ld, "
	       "msg_qnum=%lu, msg_qbytes=%lu, msg_lspid=%d, msg_lrpid=%d})", q, perm(&ds.msg_perm),
	       (long)ds.msg_stime, (long)ds.msg_rtime, (long)ds.msg_ctime, (unsigned long)ds.msg_qnum,
	       (unsigned long)ds.msg_qbytes, ds.msg_lspid, ds.msg_lrpid);
	DO(msgctl(q, IPC_SET, &ds));
	expect(RET, "msgctl(%d, IPC_SET, {msg_perm={uid=%u, gid=%u, mode=0600}, msg_qbytes=%lu})", q,
	       ds.msg_perm.uid, ds.msg_perm.gid, (unsigned long)ds.msg_qbytes);
	struct msginfo mi;
	DO(msgctl(q, IPC_INFO, (struct msqid_ds *)&mi));
	expect(RET, "msgctl(%d, IPC_INFO, {msgpool=%d, msgmap=%d, msgmax=%d, msgmnb=%d, msgmni=%d, "
	       "msgssz=%d, msgtql=%d, msgseg=%u})", q, mi.msgpool, mi.msgmap, mi.msgmax, mi.msgmnb,
	       mi.msgmni, mi.msgssz, mi.msgtql, mi.msgseg);
	DO(msgctl(q, IPC_STAT, (void *)8));
	expect(RET, "msgctl(%d, IPC_STAT, 0x8)", q);
	DO(msgctl(q, 99, NULL));
	expect(RET, "msgctl(%d, 0x63 /* MSG_??? */, NULL)", q);
	DO(msgctl(q, IPC_RMID, NULL));
	expect(RET, "msgctl(%d, IPC_RMID, NULL)", q);
}

static void sem(void)
{
	int s;
	DO(s = semget(IPC_PRIVATE, 2, IPC_CREAT | IPC_EXCL | 0640));
	expect(RET, "semget(IPC_PRIVATE, 2, IPC_CREAT|IPC_EXCL|0640)");
	struct sembuf sb[2] = { { 0, 2, SEM_UNDO }, { 1, 0, IPC_NOWAIT } };
	DO(syscall(SYS_semop, (long)s, sb, 2L));
	expect(RET, "semop(%d, [{sem_num=0, sem_op=2, sem_flg=SEM_UNDO}, {sem_num=1, sem_op=0, "
	       "sem_flg=IPC_NOWAIT}], 2)", s);
	struct timespec ts = { 0, 1000 };
	sb[0].sem_op = -1;
	sb[0].sem_flg = 0x4000;
	DO(syscall(SYS_semtimedop, (long)s, sb, 1L, &ts));
	expect(RET, "semtimedop(%d, [{sem_num=0, sem_op=-1, sem_flg=0x4000 /* SEM_??? */}], 1, "
	       "{tv_sec=0, tv_nsec=1000})", s);
	DO(syscall(SYS_semtimedop, (long)s, NULL, 0L, NULL));
	expect(RET, "semtimedop(%d, NULL, 0, NULL)", s);
	DO(semctl(s, 1, GETVAL));
	expect(RET, "semctl(%d, 1, GETVAL, NULL)", s);
	DO(semctl(s, 1, SETVAL, 5));
	expect(RET, "semctl(%d, 1, SETVAL, 0x5)", s);
	struct semid_ds ds;
	DO(semctl(s, 0, IPC_STAT, &ds));
	expect(RET, "semctl(%d, 0, IPC_STAT, {sem_perm=%s, sem_otime=%ld, sem_ctime=%ld, sem_nsems=%lu})",
	       s, perm(&ds.sem_perm), (long)ds.sem_otime, (long)ds.sem_ctime, (unsigned long)ds.sem_nsems);
	DO(semctl(s, 0, IPC_SET, &ds));
	expect(RET, "semctl(%d, 0, IPC_SET, {sem_perm={uid=%u, gid=%u, mode=0640}})", s,
	       ds.sem_perm.uid, ds.sem_perm.gid);
	DO(syscall(SYS_semctl, (long)s, 0L, 77L, NULL));
	expect(RET, "semctl(%d, 0, 0x4d /* SEM_??? */, NULL)", s);
	DO(semctl(s, 0, IPC_RMID));
	expect(RET, "semctl(%d, 0, IPC_RMID, NULL)", s);
}

static void shm(void)
{
	int h;
	DO(h = shmget(IPC_PRIVATE, 4096, IPC_CREAT | SHM_NORESERVE | 0600));
	expect(RET, "shmget(IPC_PRIVATE, 4096, IPC_CREAT|SHM_NORESERVE|0600)");
	DO(shmget(0x7fffeeee, 4096, (21 << 26) | SHM_HUGETLB));
	expect(RET, "shmget(0x7fffeeee, 4096, SHM_HUGETLB|21<<SHM_HUGE_SHIFT|000)");
	void *p = shmat(h, NULL, SHM_RDONLY);
	char addr[32];
	snprintf(addr, sizeof(addr), "%p", p);
	expect(addr, "shmat(%d, NULL, SHM_RDONLY)", h);
	struct shmid_ds ds;
	DO(shmctl(h, IPC_STAT, &ds));
	expect(RET, "shmctl(%d, IPC_STAT, {shm_perm=%s, shm_segsz=%lu, shm_cpid=%d, shm_lpid=%d, "
	       "shm_nattch=%lu, shm_atime=%ld, shm_dtime=%ld, shm_ctime=%ld})", h, perm(&ds.shm_perm),
	       (unsigned long)ds.shm_segsz, ds.shm_cpid, ds.shm_lpid, (unsigned long)ds.shm_nattch,
	       (long)ds.shm_atime, (long)ds.shm_dtime, (long)ds.shm_ctime);
	DO(shmdt(p));
	expect(RET, "shmdt(%p)", p);
	DO(shmctl(h, IPC_SET, &ds));
	expect(RET, "shmctl(%d, IPC_SET, {shm_perm={uid=%u, gid=%u, mode=0600}})", h,
	       ds.shm_perm.uid, ds.shm_perm.gid);
	struct shm_info si;
	DO(shmctl(h, SHM_INFO, (struct shmid_ds *)&si));
	expect(RET, "shmctl(%d, SHM_INFO, {used_ids=%d, shm_tot=%lu, shm_rss=%lu, shm_swp=%lu, "
	       "swap_attempts=%lu, swap_successes=%lu})", h, si.used_ids, si.shm_tot, si.shm_rss,
	       si.shm_swp, si.swap_attempts, si.swap_successes);
	DO(shmctl(h, IPC_RMID, NULL));
	expect(RET, "shmctl(%d, IPC_RMID, NULL)", h);
}

int main(void)
{
	one_write();
	msg();
	sem();
	shm();
	return 0;
}
