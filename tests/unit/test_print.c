/* Print primitives and decoders, run from fake memory for every ABI.
 * Expected strings are strace 6.1's output for the same values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void start(struct dctx *d, const struct abi *abi, struct syscall_state *sc)
{
	memset(d, 0, sizeof(*d));
	memset(sc, 0, sizeof(*sc));
	out->len = 0;
	sc->abi = abi;
	d->sc = sc;
	d->abi = abi;
	d->out = out;
	d->mem = &mem;
	d->max_strlen = 32;
}

static void check(const char *what, const char *want)
{
	checks++;
	if (out->len != strlen(want) || memcmp(out->buf, want, out->len)) {
		failures++;
		printf("not ok %d - %s\n#   want: %s\n#   got:  %.*s\n", checks, what, want, (int)out->len, out->buf);
	} else {
		printf("ok %d - %s\n", checks, what);
	}
}

/* Runs a syscall's decoder at entry and exit the way syscall.c does. */
static void decode_call(const struct abi *abi, const char *name, const uint64_t args[6],
			int64_t rval, const char *want)
{
	struct dctx d;
	struct syscall_state sc;
	start(&d, abi, &sc);
	const struct syscall_name_ent *n = syscall_by_name(name, strlen(name));
	if (!n || n->nr[abi->id] < 0) {
		printf("# %s has no %s\n", abi->name, name);
		return;
	}
	sc.ent = sysent_lookup(abi, (uint64_t)n->nr[abi->id]);
	memcpy(sc.args, args, sizeof(sc.args));
	char what[128];
	snprintf(what, sizeof(what), "%s %s", abi->name, name);
	int r = sc.ent->decode ? sc.ent->decode(&d) : decode_generic(&d);
	if (r != DEC_DONE) {
		sc.rval = rval;
		sc.error = rval < 0 && rval > -4096 ? (int)-rval : 0;
		d.exiting = true;
		if (sc.ent->decode)
			sc.ent->decode(&d);
		else
			decode_generic(&d);
	}
	check(what, want);
}

static void test_quoting(void)
{
	struct dctx d;
	struct syscall_state sc;
	start(&d, &abis[ABI_X86_64], &sc);
	print_quoted(&d, (const unsigned char *)"\0011\0019\001a\x80x\x7f\"\\\t\0", 13, 0);
	check("octal escapes", "\"\\0011\\19\\1a\\200x\\177\\\"\\\\\\t\\0\"");
	out->len = 0;
	print_quoted(&d, (const unsigned char *)"\x30\xb3", 2, QUOTE_FORCE_HEX);
	check("forced hex", "\"\\x30\\xb3\"");
	out->len = 0;
	xflag = 1;
	print_quoted(&d, (const unsigned char *)"hello\n\t", 7, 0);
	check("-x keeps printable strings", "\"hello\\n\\t\"");
	out->len = 0;
	print_quoted(&d, (const unsigned char *)"h\xc3\xa9", 3, 0);
	check("-x hexes non-ASCII strings", "\"\\x68\\xc3\\xa9\"");
	xflag = 0;
}

static void test_strings(void)
{
	struct dctx d;
	struct syscall_state sc;
	static const char s[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEF";
	fake_mem_add(0x1000, s, sizeof(s));
	start(&d, &abis[ABI_X86_64], &sc);
	print_str(&d, 0x1000);
	check("string cut at -s", "\"0123456789abcdefghijklmnopqrstuv\"...");
	out->len = 0;
	print_path(&d, 0x1000);
	check("path never cut", "\"0123456789abcdefghijklmnopqrstuvwxyzABCDEF\"");
	out->len = 0;
	print_path(&d, 0x9000);
	check("unreadable path prints the address", "0x9000");
	out->len = 0;
	print_buf(&d, 0x1000, 40, 0);
	check("buffer cut at -s", "\"0123456789abcdefghijklmnopqrstuv\"...");
	out->len = 0;
	print_buf(&d, 0, 40, 0);
	check("NULL buffer", "NULL");
	fake_mem_clear();
}

static void test_decoders(void)
{
	for (int a = 0; a < ABI_COUNT; a++) {
		const struct abi *abi = &abis[a];
		fake_mem_add(0x2000, "/etc/passwd", 12);
		uint64_t args[6] = { (uint64_t)(uint32_t)-100, 0x2000, 0x80000, 0, 0, 0 };
		decode_call(abi, "openat", args, 3, "AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC");
		uint64_t creat_args[6] = { (uint64_t)(uint32_t)-100, 0x2000, 0x241, 0644, 0, 0 };
		decode_call(abi, "openat", creat_args, 3, "AT_FDCWD, \"/etc/passwd\", O_WRONLY|O_CREAT|O_TRUNC, 0644");
		uint64_t close_args[6] = { 3 };
		decode_call(abi, "close", close_args, 0, "3");
		fake_mem_add(0x3000, "data\n", 5);
		uint64_t rd[6] = { 3, 0x3000, 4096 };
		decode_call(abi, "read", rd, 5, "3, \"data\\n\", 4096");
		decode_call(abi, "read", rd, -14, "3, 0x3000, 4096");
		uint64_t acc[6] = { 0x2000, 4 };
		decode_call(abi, "access", acc, 0, "\"/etc/passwd\", R_OK");
		uint64_t ex[6] = { 0 };
		decode_call(abi, "exit_group", ex, 0, "0");
		/* struct stat64 or stat, per ABI layout: st_mode and st_size */
		unsigned char st[512];
		memset(st, 0, sizeof(st));
		const char *sname = abi->wordsize == 4 ? "fstat64" : "fstat";
		bool is64 = abi->wordsize == 4;
		int mode_off = is64 ? OFF(abi, stat64, st_mode) : OFF(abi, stat, st_mode);
		int size_off = is64 ? OFF(abi, stat64, st_size) : OFF(abi, stat, st_size);
		int size_sz = is64 ? FSZ(abi, stat64, st_size) : FSZ(abi, stat, st_size);
		uint32_t mode = 0100644;
		uint64_t fsize = 41491;
		memcpy(st + mode_off, &mode, 4);
		memcpy(st + size_off, &fsize, (size_t)size_sz);
		fake_mem_add(0x4000, st, sizeof(st));
		uint64_t fs[6] = { 3, 0x4000 };
		decode_call(abi, sname, fs, 0, "3, {st_mode=S_IFREG|0644, st_size=41491, ...}");
		fake_mem_clear();
	}
}

int main(void)
{
	out = mem_outfile();
	fake_mem_init(&mem);
	test_quoting();
	test_strings();
	test_decoders();
	printf("1..%d\n", checks);
	printf("%d of %d checks failed\n", failures, checks);
	return failures ? 1 : 0;
}
