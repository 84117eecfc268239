/* System V IPC: msgget/msgsnd/msgrcv/msgctl, semget/semop/semtimedop/
 * semctl, shmget/shmctl, with struct msqid64_ds, semid64_ds, shmid64_ds,
 * msginfo, seminfo, shminfo64, shm_info and sembuf in each ABI's layout
 * (tables/abi), as strace 6.1 prints them. */
#include <inttypes.h>

#include "common.h"
#include "decode/ipccall.h"
#include "print.h"

#define IPC_64_FLAG 0x100

/* IPC_PRIVATE, or the key in hex */
static void print_ipc_key(struct dctx *d, int key)
{
	if (key)
		PF(d, "%#x", (unsigned)key);
	else
		P(d, "IPC_PRIVATE");
}

/* the flags above the mode bits, then "|" if any name was printed, then
 * the mode in octal: IPC_CREAT|0x10000|0600, 0x10000000, 000 */
static void print_ipc_flags(struct dctx *d, const struct xlat *x, uint64_t flags, uint64_t skip)
{
	uint64_t v = flags & ~(uint64_t)0777 & ~skip;
	bool named = false;
	for (unsigned i = 0; x && i < x->n && v; i++) {
		uint64_t b = x->ents[i].val;
		if (b && (v & b) == b) {
			if (named)
				P(d, "|");
			P(d, x->ents[i].name);
			named = true;
			v &= ~b;
		}
	}
	if (v)
		PF(d, named ? "|%#" PRIx64 : "%#" PRIx64, v);
	if (named)
		P(d, "|");
	print_mode(d, (unsigned)(flags & 0777));
}

DEFINE_DECODER(msgget)
{
	print_ipc_key(d, arg_int(d, 0));
	P(d, ", ");
	print_ipc_flags(d, XLAT(d->abi, ipc_get_flags), (uint32_t)arg_ulong(d, 1), 0);
	return DEC_DONE;
}

DEFINE_DECODER(semget)
{
	print_ipc_key(d, arg_int(d, 0));
	PF(d, ", %d, ", arg_int(d, 1));
	print_ipc_flags(d, XLAT(d->abi, ipc_get_flags), (uint32_t)arg_ulong(d, 2), 0);
	return DEC_DONE;
}

DEFINE_DECODER(shmget)
{
	print_ipc_key(d, arg_int(d, 0));
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 1));
	uint32_t flags = (uint32_t)arg_ulong(d, 2);
	uint32_t huge = (flags >> 26) & 0x3f;
	if (!huge) {
		print_ipc_flags(d, XLAT(d->abi, shmget_flags), flags, 0);
		return DEC_DONE;
	}
	/* with a huge page size: names, then N<<SHM_HUGE_SHIFT, then mode */
	const struct xlat *x = XLAT(d->abi, shmget_flags);
	uint64_t v = flags & ~(uint64_t)0777 & ~((uint64_t)0x3f << 26);
	bool any = false;
	for (unsigned i = 0; x && i < x->n && v; i++) {
		uint64_t b = x->ents[i].val;
		if (b && (v & b) == b) {
			PF(d, "%s%s", any ? "|" : "", x->ents[i].name);
			any = true;
			v &= ~b;
		}
	}
	if (v) {
		PF(d, any ? "|%#" PRIx64 : "%#" PRIx64, v);
		any = true;
	}
	PF(d, "%s%u<<SHM_HUGE_SHIFT|", any ? "|" : "", huge);
	print_mode(d, flags & 0777);
	return DEC_DONE;
}

/* cmd with IPC_64 shown first */
static unsigned print_ipc_cmd(struct dctx *d, const struct xlat *x, unsigned cmd)
{
	if (cmd & IPC_64_FLAG) {
		P(d, "IPC_64|");
		cmd &= ~IPC_64_FLAG;
	}
	print_xval(d, x, cmd, NULL);
	return cmd;
}

/* struct ipc64_perm at p: the whole of it, or what IPC_SET reads */
static void print_perm(struct dctx *d, const unsigned char *p, bool set)
{
	PF(d, "{uid=%u, gid=%u, mode=", (unsigned)FIELD_U(d, p, ipc64_perm, uid),
	   (unsigned)FIELD_U(d, p, ipc64_perm, gid));
	print_mode(d, (unsigned)FIELD_U(d, p, ipc64_perm, mode));
	if (!set)
		PF(d, ", key=%d, cuid=%u, cgid=%u", (int)FIELD_S(d, p, ipc64_perm, key),
		   (unsigned)FIELD_U(d, p, ipc64_perm, cuid), (unsigned)FIELD_U(d, p, ipc64_perm, cgid));
	P(d, "}");
}

/* a struct of size bytes at addr: the buffer, or false (NULL or the
 * address printed) */
static bool fetch_ipc(struct dctx *d, uint64_t addr, unsigned char *buf, int64_t size)
{
	if (size <= 0 || size > MAX_STRUCT) {
		print_ptr(d, addr);
		return false;
	}
	return fetch_or_addr(d, addr, buf, (size_t)size);
}

#define PU(d, b, s, f) PF(d, ", " #f "=%" PRIu64, FIELD_U(d, b, s, f))
#define PS(d, b, s, f) PF(d, ", " #f "=%" PRId64, FIELD_S(d, b, s, f))

/* ---- msg ---- */

/* {mtype=N, mtext="..."} of size bytes of text */
static bool indirect(const struct dctx *d)
{
	return d->sc->aux[IPC_AUX_INDIRECT] != 0;
}

/* a word of the tracee at addr */
static bool fetch_word(struct dctx *d, uint64_t addr, uint64_t *v)
{
	unsigned char b[8];
	int ws = d->abi->wordsize;
	if (!addr || d->mem->read(d->mem, addr, b, (size_t)ws) < 0)
		return false;
	*v = field_u(b, 0, ws);
	return true;
}

static void print_msgbuf(struct dctx *d, uint64_t addr, uint64_t size)
{
	unsigned char b[8];
	int ws = d->abi->wordsize;
	if (!fetch_or_addr(d, addr, b, (size_t)ws))
		return;
	PF(d, "{mtype=%" PRId64 ", mtext=", field_s(b, 0, ws));
	print_buf(d, addr + (uint64_t)ws, size, 0);
	P(d, "}");
}

DEFINE_DECODER(msgsnd)
{
	PF(d, "%d, ", arg_int(d, 0));
	print_msgbuf(d, arg_ulong(d, 1), arg_ulong(d, 2));
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 2));
	print_flags(d, XLAT(d->abi, ipc_msg_flags), (uint32_t)arg_ulong(d, 3), NULL);
	return DEC_DONE;
}

DEFINE_DECODER(msgrcv)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		return DEC_AGAIN;
	}
	uint64_t msgp = arg_ulong(d, 1);
	int64_t msgtyp = arg_long(d, 3);
	if (indirect(d)) {
		/* ipc() version 0 passes {msgp, msgtyp} */
		unsigned char k[16];
		int ws = d->abi->wordsize;
		if (syserror(d) || d->mem->read(d->mem, msgp, k, 2 * (size_t)ws) < 0) {
			print_ptr(d, msgp);
			PF(d, ", %" PRIu64 ", ", arg_ulong(d, 2));
			print_flags(d, XLAT(d->abi, ipc_msg_flags), (uint32_t)arg_ulong(d, 4), NULL);
			return DEC_DONE;
		}
		msgp = field_u(k, 0, ws);
		msgtyp = field_s(k, ws, ws);
	}
	print_msgbuf(d, msgp, arg_ulong(d, 2));
	PF(d, ", %" PRIu64 ", %" PRId64 ", ", arg_ulong(d, 2), msgtyp);
	print_flags(d, XLAT(d->abi, ipc_msg_flags), (uint32_t)arg_ulong(d, 4), NULL);
	return DEC_DONE;
}

static void print_msqid_ds(struct dctx *d, uint64_t addr, bool set)
{
	unsigned char b[MAX_STRUCT];
	if (!fetch_ipc(d, addr, b, SZ(d->abi, msqid64_ds)))
		return;
	P(d, "{msg_perm=");
	print_perm(d, b + OFF(d->abi, msqid64_ds, msg_perm), set);
	if (set) {
		PU(d, b, msqid64_ds, msg_qbytes);
		P(d, "}");
		return;
	}
	PS(d, b, msqid64_ds, msg_stime);
	PS(d, b, msqid64_ds, msg_rtime);
	PS(d, b, msqid64_ds, msg_ctime);
	PU(d, b, msqid64_ds, msg_qnum);
	PU(d, b, msqid64_ds, msg_qbytes);
	PS(d, b, msqid64_ds, msg_lspid);
	PS(d, b, msqid64_ds, msg_lrpid);
	P(d, "}");
}

static void print_msginfo(struct dctx *d, uint64_t addr)
{
	unsigned char b[MAX_STRUCT];
	if (!fetch_ipc(d, addr, b, SZ(d->abi, msginfo)))
		return;
	PF(d, "{msgpool=%" PRId64, FIELD_S(d, b, msginfo, msgpool));
	PS(d, b, msginfo, msgmap);
	PS(d, b, msginfo, msgmax);
	PS(d, b, msginfo, msgmnb);
	PS(d, b, msginfo, msgmni);
	PS(d, b, msginfo, msgssz);
	PS(d, b, msginfo, msgtql);
	PU(d, b, msginfo, msgseg);
	P(d, "}");
}

DEFINE_DECODER(msgctl)
{
	uint64_t buf = arg_ulong(d, 2);
	unsigned cmd = (uint32_t)arg_ulong(d, 1);
	unsigned c = cmd & ~IPC_64_FLAG;
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		print_ipc_cmd(d, XLAT(d->abi, msgctl_cmds), cmd);
		P(d, ", ");
		switch (c) {
		case XV_IPC_SET:
			print_msqid_ds(d, buf, true);
			return DEC_DONE;
		case XV_IPC_STAT: case XV_MSG_STAT: case XV_MSG_STAT_ANY:
		case XV_IPC_INFO: case XV_MSG_INFO:
			return DEC_AGAIN;
		default:
			print_ptr(d, buf);
			return DEC_DONE;
		}
	}
	if (c == XV_IPC_INFO || c == XV_MSG_INFO)
		print_msginfo(d, buf);
	else
		print_msqid_ds(d, buf, false);
	return DEC_DONE;
}

/* ---- sem ---- */

static void print_sembuf(struct dctx *d, const unsigned char *e, void *ctx)
{
	(void)ctx;
	PF(d, "{sem_num=%u, sem_op=%d, sem_flg=", (unsigned)FIELD_U(d, e, sembuf, sem_num),
	   (int)FIELD_S(d, e, sembuf, sem_op));
	print_flags(d, XLAT(d->abi, semop_flags), (uint16_t)FIELD_U(d, e, sembuf, sem_flg), NULL);
	P(d, "}");
}

static void semop_common(struct dctx *d)
{
	PF(d, "%d, ", arg_int(d, 0));
	unsigned n = (unsigned)arg_ulong(d, 2);
	print_array_at(d, arg_ulong(d, 1), n, (size_t)SZ(d->abi, sembuf), print_sembuf, NULL);
	PF(d, ", %u", n);
}

DEFINE_DECODER(semop)
{
	semop_common(d);
	return DEC_DONE;
}

DEFINE_DECODER(semtimedop)
{
	semop_common(d);
	P(d, ", ");
	print_ts_at(d, arg_ulong(d, 3), call_is_time64(d));
	return DEC_DONE;
}

static void print_semid_ds(struct dctx *d, uint64_t addr, bool set)
{
	unsigned char b[MAX_STRUCT];
	if (!fetch_ipc(d, addr, b, SZ(d->abi, semid64_ds)))
		return;
	P(d, "{sem_perm=");
	print_perm(d, b + OFF(d->abi, semid64_ds, sem_perm), set);
	if (!set) {
		PS(d, b, semid64_ds, sem_otime);
		PS(d, b, semid64_ds, sem_ctime);
		PU(d, b, semid64_ds, sem_nsems);
	}
	P(d, "}");
}

static void print_seminfo(struct dctx *d, uint64_t addr)
{
	unsigned char b[MAX_STRUCT];
	if (!fetch_ipc(d, addr, b, SZ(d->abi, seminfo)))
		return;
	PF(d, "{semmap=%" PRId64, FIELD_S(d, b, seminfo, semmap));
	PS(d, b, seminfo, semmni);
	PS(d, b, seminfo, semmns);
	PS(d, b, seminfo, semmnu);
	PS(d, b, seminfo, semmsl);
	PS(d, b, seminfo, semopm);
	PS(d, b, seminfo, semume);
	PS(d, b, seminfo, semusz);
	PS(d, b, seminfo, semvmx);
	PS(d, b, seminfo, semaem);
	P(d, "}");
}

DEFINE_DECODER(semctl)
{
	uint64_t arg = arg_ulong(d, 3);
	unsigned cmd = (uint32_t)arg_ulong(d, 2);
	unsigned c = cmd & ~IPC_64_FLAG;
	/* through ipc(): arg points to the union semun */
	uint64_t word = 0;
	bool ind = indirect(d);
	if (ind && !fetch_word(d, arg, &word)) {
		if (!d->exiting) {
			PF(d, "%d, %d, ", arg_int(d, 0), arg_int(d, 1));
			print_ipc_cmd(d, XLAT(d->abi, semctl_cmds), cmd);
			P(d, ", ");
			print_ptr(d, arg);
		}
		return DEC_DONE;
	}
	if (ind)
		arg = word;
	if (!d->exiting) {
		PF(d, "%d, %d, ", arg_int(d, 0), arg_int(d, 1));
		print_ipc_cmd(d, XLAT(d->abi, semctl_cmds), cmd);
		P(d, ", ");
		if (ind && c != XV_IPC_SET && c != XV_IPC_STAT && c != XV_SEM_STAT &&
		    c != XV_SEM_STAT_ANY && c != XV_IPC_INFO && c != XV_SEM_INFO) {
			P(d, "[");
			print_ptr(d, arg);
			P(d, "]");
			return DEC_DONE;
		}
		switch (c) {
		case XV_IPC_SET:
			print_semid_ds(d, arg, true);
			return DEC_DONE;
		case XV_IPC_STAT: case XV_SEM_STAT: case XV_SEM_STAT_ANY:
		case XV_IPC_INFO: case XV_SEM_INFO:
			return DEC_AGAIN;
		default:
			print_ptr(d, arg);
			return DEC_DONE;
		}
	}
	if (c == XV_IPC_INFO || c == XV_SEM_INFO)
		print_seminfo(d, arg);
	else
		print_semid_ds(d, arg, false);
	return DEC_DONE;
}

/* ---- shm ---- */

static void print_shmid_ds(struct dctx *d, uint64_t addr, bool set)
{
	unsigned char b[MAX_STRUCT];
	if (!fetch_ipc(d, addr, b, SZ(d->abi, shmid64_ds)))
		return;
	P(d, "{shm_perm=");
	print_perm(d, b + OFF(d->abi, shmid64_ds, shm_perm), set);
	if (!set) {
		PU(d, b, shmid64_ds, shm_segsz);
		PS(d, b, shmid64_ds, shm_cpid);
		PS(d, b, shmid64_ds, shm_lpid);
		PU(d, b, shmid64_ds, shm_nattch);
		PS(d, b, shmid64_ds, shm_atime);
		PS(d, b, shmid64_ds, shm_dtime);
		PS(d, b, shmid64_ds, shm_ctime);
	}
	P(d, "}");
}

static void print_shminfo(struct dctx *d, uint64_t addr)
{
	unsigned char b[MAX_STRUCT];
	if (!fetch_ipc(d, addr, b, SZ(d->abi, shminfo64)))
		return;
	PF(d, "{shmmax=%" PRIu64, FIELD_U(d, b, shminfo64, shmmax));
	PU(d, b, shminfo64, shmmin);
	PU(d, b, shminfo64, shmmni);
	PU(d, b, shminfo64, shmseg);
	PU(d, b, shminfo64, shmall);
	P(d, "}");
}

static void print_shm_info(struct dctx *d, uint64_t addr)
{
	unsigned char b[MAX_STRUCT];
	if (!fetch_ipc(d, addr, b, SZ(d->abi, shm_info)))
		return;
	PF(d, "{used_ids=%" PRId64, FIELD_S(d, b, shm_info, used_ids));
	PU(d, b, shm_info, shm_tot);
	PU(d, b, shm_info, shm_rss);
	PU(d, b, shm_info, shm_swp);
	PU(d, b, shm_info, swap_attempts);
	PU(d, b, shm_info, swap_successes);
	P(d, "}");
}

DEFINE_DECODER(shmctl)
{
	uint64_t buf = arg_ulong(d, 2);
	unsigned cmd = (uint32_t)arg_ulong(d, 1);
	unsigned c = cmd & ~IPC_64_FLAG;
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		print_ipc_cmd(d, XLAT(d->abi, shmctl_cmds), cmd);
		P(d, ", ");
		switch (c) {
		case XV_IPC_SET:
			print_shmid_ds(d, buf, true);
			return DEC_DONE;
		case XV_IPC_STAT: case XV_SHM_STAT: case XV_SHM_STAT_ANY:
		case XV_IPC_INFO: case XV_SHM_INFO:
			return DEC_AGAIN;
		default:
			print_ptr(d, buf);
			return DEC_DONE;
		}
	}
	if (c == XV_IPC_INFO)
		print_shminfo(d, buf);
	else if (c == XV_SHM_INFO)
		print_shm_info(d, buf);
	else
		print_shmid_ds(d, buf, false);
	return DEC_DONE;
}

/* shmat: through ipc() the address comes back in *third, and strace
 * shows it as the return value */
DEFINE_DECODER(shmat)
{
	if (!d->exiting) {
		PF(d, "%d, ", arg_int(d, 0));
		print_ptr(d, arg_ulong(d, 1));
		P(d, ", ");
		print_flags(d, XLAT(d->abi, shmat_flags), (uint32_t)arg_ulong(d, 2), NULL);
		return indirect(d) ? DEC_AGAIN : DEC_DONE;
	}
	uint64_t addr;
	if (!syserror(d) && fetch_word(d, d->sc->aux[IPC_AUX_SHMAT_RESULT], &addr))
		d->sc->rval = (int64_t)addr;
	return DEC_DONE;
}
