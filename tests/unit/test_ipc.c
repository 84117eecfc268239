/* The IPC decoders (src/decode/ipc.c, mq.c, ipccall.c) run from fake
 * memory for every ABI.  The structures are laid out here from what each
 * ABI's kernel interface is (64-bit: long fields and a 48-byte
 * ipc64_perm; 32-bit: a 36-byte ipc64_perm and each time followed by its
 * high word), written out independently of tables/abi; the expected text
 * is what strace 6.1 prints for the same values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode/subcall.h"
#include "fake_mem.h"
#include "print.h"

static int failures, checks;
static struct outfile *out;
static struct mem_reader mem;

static struct outfile *mem_outfile(void)
{
	struct outfile *f = calloc(1, sizeof(*f));
	f->fd = -1;
	f->cap = 1 << 16;
	f->buf = malloc(f->cap);
	return f;
}

static void check_text(const char *what, const char *got, size_t len, const char *want)
{
	checks++;
	if (len != strlen(want) || memcmp(got, want, len)) {
		failures++;
		printf("not ok %d - %s\n#   want: %s\n#   got:  %.*s\n", checks, what, want, (int)len, got);
	} else {
		printf("ok %d - %s\n", checks, what);
	}
}

/* name(args) at entry, through ipc_resolve as syscall.c does, and at
 * exit with rval; checks the text and, if want_rval is not NULL, the
 * return value the decoder leaves */
static void call(const struct abi *abi, const char *name, const uint64_t args[6], int64_t rval,
		 const char *want, const int64_t *want_rval)
{
	struct dctx d;
	struct syscall_state sc;
	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	const struct syscall_name_ent *n = syscall_by_name(name, strlen(name));
	if (!n || n->nr[abi->id] < 0)
		return;
	out->len = 0;
	sc.abi = abi;
	sc.ent = sysent_lookup(abi, (uint64_t)n->nr[abi->id]);
	memcpy(sc.args, args, sizeof(sc.args));
	ipc_resolve(&sc);
	d.sc = &sc;
	d.abi = abi;
	d.out = out;
	d.mem = &mem;
	d.max_strlen = 32;
	d.ret_kind = -1;
	int r = sc.ent->decode ? sc.ent->decode(&d) : decode_generic(&d);
	sc.rval = rval;
	if (r != DEC_DONE) {
		sc.error = rval < 0 && rval > -4096 ? (int)-rval : 0;
		d.exiting = true;
		if (sc.ent->decode)
			sc.ent->decode(&d);
		else
			decode_generic(&d);
	}
	char what[160];
	snprintf(what, sizeof(what), "%s %s as %s", abi->name, name, sc.ent->name);
	check_text(what, out->buf, out->len, want);
	if (want_rval) {
		char w[32], g[32];
		snprintf(w, sizeof(w), "%#llx", (unsigned long long)*want_rval);
		snprintf(g, sizeof(g), "%#llx", (unsigned long long)sc.rval);
		check_text("  its return value", g, strlen(g), w);
	}
}

static void put(unsigned char *b, int off, int size, uint64_t v)
{
	for (int i = 0; i < size; i++)
		b[off + i] = (unsigned char)(v >> (8 * i));
}

#define A1 0x10000
#define A2 0x20000

static void set_mem(uint64_t addr, const unsigned char *b, size_t n)
{
	fake_mem_add(addr, b, n);
}

static void test_abi(const struct abi *abi)
{
	int ws = abi->wordsize;
	bool w32 = ws == 4;
	unsigned char b[256];
	fake_mem_clear();

	/* struct ipc64_perm + msqid64_ds */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 0x4321);
	put(b, 4, 4, 1000);
	put(b, 8, 4, 100);
	put(b, 12, 4, 1001);
	put(b, 16, 4, 101);
	put(b, 20, 2, 0640);
	int t = w32 ? 36 : 48;       /* first time field */
	int step = w32 ? 8 : 8;      /* 32-bit: low word + high word */
	put(b, t, ws, 1111);
	put(b, t + step, ws, 2222);
	put(b, t + 2 * step, ws, 3333);
	int u = t + 3 * step;        /* msg_cbytes, msg_qnum, msg_qbytes */
	put(b, u + ws, ws, 2);
	put(b, u + 2 * ws, ws, 16384);
	put(b, u + 3 * ws, 4, 77);
	put(b, u + 3 * ws + 4, 4, 88);
	set_mem(A1, b, sizeof(b));
	uint64_t stat = w32 ? 0x102 : 2;
	call(abi, "msgctl", (uint64_t[6]){ 5, stat, A1 }, 0,
	     w32 ? "5, IPC_64|IPC_STAT, {msg_perm={uid=1000, gid=100, mode=0640, key=17185, cuid=1001, "
		   "cgid=101}, msg_stime=1111, msg_rtime=2222, msg_ctime=3333, msg_qnum=2, "
		   "msg_qbytes=16384, msg_lspid=77, msg_lrpid=88}"
		 : "5, IPC_STAT, {msg_perm={uid=1000, gid=100, mode=0640, key=17185, cuid=1001, "
		   "cgid=101}, msg_stime=1111, msg_rtime=2222, msg_ctime=3333, msg_qnum=2, "
		   "msg_qbytes=16384, msg_lspid=77, msg_lrpid=88}", NULL);
	call(abi, "msgctl", (uint64_t[6]){ 5, 1, A1 }, 0,
	     "5, IPC_SET, {msg_perm={uid=1000, gid=100, mode=0640}, msg_qbytes=16384}", NULL);
	call(abi, "msgctl", (uint64_t[6]){ 5, 2, A1 }, -14, "5, IPC_STAT, 0x10000", NULL);

	/* msgsnd: {long mtype; char mtext[]} */
	memset(b, 0, sizeof(b));
	put(b, 0, ws, (uint64_t)-3);
	memcpy(b + ws, "hi!", 3);
	fake_mem_clear();
	set_mem(A1, b, sizeof(b));
	call(abi, "msgsnd", (uint64_t[6]){ 5, A1, 3, 0x800 }, 0,
	     "5, {mtype=-3, mtext=\"hi!\"}, 3, IPC_NOWAIT", NULL);

	/* struct sembuf: three shorts */
	memset(b, 0, sizeof(b));
	put(b, 0, 2, 1);
	put(b, 2, 2, (uint16_t)-1);
	put(b, 4, 2, 0x1800);
	put(b, 6, 2, 2);
	put(b, 8, 2, 5);
	fake_mem_clear();
	set_mem(A1, b, sizeof(b));
	call(abi, "semtimedop", (uint64_t[6]){ 7, A1, 2, 0 }, 0,
	     "7, [{sem_num=1, sem_op=-1, sem_flg=SEM_UNDO|IPC_NOWAIT}, {sem_num=2, sem_op=5, "
	     "sem_flg=0}], 2, NULL", NULL);

	/* struct mq_attr: four longs */
	memset(b, 0, sizeof(b));
	put(b, 0, ws, 04000);
	put(b, ws, ws, 10);
	put(b, 2 * ws, ws, 8192);
	put(b, 3 * ws, ws, 3);
	fake_mem_clear();
	set_mem(A1, b, sizeof(b));
	call(abi, "mq_getsetattr", (uint64_t[6]){ 3, A1, 0 }, 0,
	     "3, {mq_flags=O_NONBLOCK, mq_maxmsg=10, mq_msgsize=8192, mq_curmsgs=3}, NULL", NULL);

	/* i386's ipc() multiplexer */
	memset(b, 0, sizeof(b));
	put(b, 0, 4, 5);               /* union semun: val = 5 */
	put(b, 8, 4, 0xf7001000);      /* shmat's result */
	put(b, 16, 4, A2);             /* msgrcv's kludge: msgp, msgtyp */
	put(b, 20, 4, (uint32_t)-2);
	fake_mem_clear();
	set_mem(A1, b, sizeof(b));
	unsigned char mb[16] = { 9, 0, 0, 0, 'o', 'k' };
	set_mem(A2, mb, sizeof(mb));
	call(abi, "ipc", (uint64_t[6]){ 3, 4, 0, 0x110, A1, 0 }, 0, "4, 0, IPC_64|SETVAL, [0x5]", NULL);
	call(abi, "ipc", (uint64_t[6]){ 3, 4, 0, 0x10c, 0, 0 }, 0, "4, 0, IPC_64|GETVAL, NULL", NULL);
	int64_t addr = 0xf7001000;
	call(abi, "ipc", (uint64_t[6]){ 21, 6, 0x1000, A1 + 8, 0, 0 }, 0, "6, NULL, SHM_RDONLY", &addr);
	call(abi, "ipc", (uint64_t[6]){ 12, 8, 2, 0x800, A1 + 16, -2 }, 2,
	     "8, {mtype=9, mtext=\"ok\"}, 2, -2, IPC_NOWAIT", NULL);
	call(abi, "ipc", (uint64_t[6]){ 12, 8, 2, 0x800, A1 + 16, -2 }, -42,
	     "8, 0x10010, 2, IPC_NOWAIT", NULL);
	call(abi, "ipc", (uint64_t[6]){ 13, 0, 01600 }, 3, "IPC_PRIVATE, IPC_CREAT|0600", NULL);
	call(abi, "ipc", (uint64_t[6]){ 99, 1, 2, 3, 4, 5 }, -38, "99, 1, 2, 3, 0x4, 5", NULL);
}

int main(void)
{
	out = mem_outfile();
	fake_mem_init(&mem);
	for (int a = 0; a < ABI_COUNT; a++)
		test_abi(&abis[a]);
	printf("1..%d\n", checks);
	printf("%d of %d checks failed\n", failures, checks);
	return failures ? 1 : 0;
}
