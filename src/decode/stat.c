/* stat family, statx, statfs family, mknod, getdents. */
#include <inttypes.h>
#include <string.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

/* the file type field of a mode (S_IFMT: every bit of mode_types) */
#define MODE_TYPE_MASK 0170000u

static bool is_device(unsigned mode)
{
	unsigned type = mode & MODE_TYPE_MASK;
	return type == XV_S_IFCHR || type == XV_S_IFBLK;
}

/* S_IFREG|0644, S_ISUID|0600 (no type), or a bare octal mode when the
 * type is not a known one */
void print_symbolic_mode(struct dctx *d, unsigned mode)
{
	const char *type = "";
	if (mode & MODE_TYPE_MASK)
		type = xlat_name(XLAT(d->abi, mode_types), mode & MODE_TYPE_MASK);
	if (!type || (!*type && !(mode & 07000))) {
		print_mode(d, mode);
		return;
	}
	if (xlat_style != XLAT_STYLE_ABBREV) {
		char num[24];
		snprintf(num, sizeof(num), "%#03o", mode);
		if (style_begin(d, num))
			return;
		print_symbolic_mode(d, mode);
		style_end(d);
		return;
	}
	if (*type) {
		P(d, type);
		P(d, "|");
	}
	if (mode & 04000)
		P(d, "S_ISUID|");
	if (mode & 02000)
		P(d, "S_ISGID|");
	if (mode & 01000)
		P(d, "S_ISVTX|");
	print_mode(d, mode & ~(MODE_TYPE_MASK | 07000u));
}

static void print_makedev(struct dctx *d, uint64_t dev)
{
	uint64_t major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~(uint64_t)0xfff);
	uint64_t minor = (dev & 0xff) | ((dev >> 12) & ~(uint64_t)0xff);
	PF(d, "makedev(%#" PRIx64 ", %#" PRIx64 ")", major, minor);
}

/* the abbreviated form strace prints without -v */
static void print_stat_buf(struct dctx *d, uint64_t addr, bool is64)
{
	unsigned char buf[MAX_STRUCT];
	int size = is64 ? SZ(d->abi, stat64) : SZ(d->abi, stat);
	if (size <= 0 || size > MAX_STRUCT || !fetch_struct(d, addr, buf, (size_t)size)) {
		if (size <= 0 || size > MAX_STRUCT)
			print_ptr(d, addr);
		return;
	}
	unsigned mode;
	uint64_t rdev;
	int64_t fsize;
	if (is64) {
		mode = (unsigned)FIELD_U(d, buf, stat64, st_mode);
		rdev = FIELD_U(d, buf, stat64, st_rdev);
		fsize = FIELD_S(d, buf, stat64, st_size);
	} else {
		mode = (unsigned)FIELD_U(d, buf, stat, st_mode);
		rdev = FIELD_U(d, buf, stat, st_rdev);
		fsize = FIELD_S(d, buf, stat, st_size);
	}
	P(d, "{st_mode=");
	print_symbolic_mode(d, mode);
	if (is_device(mode)) {
		P(d, ", st_rdev=");
		print_makedev(d, rdev);
	} else {
		PF(d, ", st_size=%" PRId64, fsize);
	}
	P(d, ", ...}");
}

static bool name_ends_64(const char *n)
{
	size_t l = strlen(n);
	return l > 2 && !strcmp(n + l - 2, "64");
}

/* stat(path, buf), lstat, fstat(fd, buf), newfstatat(dirfd, path, buf,
 * flags), and the *64 forms of 32-bit ABIs */
DEFINE_DECODER(stat)
{
	const struct sysent *e = d->sc->ent;
	bool is64 = name_ends_64(e->name) && SZ(d->abi, stat64) > 0;
	unsigned buf_arg = e->first_out < e->nargs ? e->first_out : 1;
	if (!d->exiting) {
		print_args_range(d, 0, buf_arg);
		P(d, ", ");
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, buf_arg));
	else
		print_stat_buf(d, arg_ulong(d, buf_arg), is64);
	if (buf_arg + 1 < e->nargs) {
		P(d, ", ");
		print_flags(d, XLAT(d->abi, at_flags), (uint32_t)arg_ulong(d, buf_arg + 1), "AT_???");
	}
	return DEC_DONE;
}

/* AT_STATX_SYNC_AS_STAT|AT_NO_AUTOMOUNT: the sync type always comes first */
static void print_statx_flags(struct dctx *d, uint32_t flags)
{
	print_xval(d, XLAT(d->abi, at_statx_sync_types), flags & XV_AT_STATX_SYNC_TYPE, "");
	flags &= ~(uint32_t)XV_AT_STATX_SYNC_TYPE;
	if (flags) {
		P(d, "|");
		print_flags(d, XLAT(d->abi, at_flags), flags, "");
	}
}

DEFINE_DECODER(statx)
{
	if (!d->exiting) {
		print_dirfd(d, arg_int(d, 0));
		P(d, ", ");
		print_path(d, arg_ulong(d, 1));
		P(d, ", ");
		print_statx_flags(d, (uint32_t)arg_ulong(d, 2));
		P(d, ", ");
		print_flags(d, XLAT(d->abi, statx_mask), (uint32_t)arg_ulong(d, 3), "STATX_???");
		P(d, ", ");
		return DEC_AGAIN;
	}
	uint64_t addr = arg_ulong(d, 4);
	unsigned char buf[MAX_STRUCT];
	int size = SZ(d->abi, statx);
	if (syserror(d) || size <= 0 || size > MAX_STRUCT) {
		print_ptr(d, addr);
		return DEC_DONE;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size))
		return DEC_DONE;
	P(d, "{stx_mask=");
	print_flags(d, XLAT(d->abi, statx_mask), FIELD_U(d, buf, statx, stx_mask), "STATX_???");
	P(d, ", stx_attributes=");
	print_flags(d, XLAT(d->abi, statx_attrs), FIELD_U(d, buf, statx, stx_attributes), "STATX_ATTR_???");
	P(d, ", stx_mode=");
	print_symbolic_mode(d, (unsigned)FIELD_U(d, buf, statx, stx_mode));
	if (is_device((unsigned)FIELD_U(d, buf, statx, stx_mode)))
		PF(d, ", stx_rdev_major=%" PRIu64 ", stx_rdev_minor=%" PRIu64,
		   FIELD_U(d, buf, statx, stx_rdev_major), FIELD_U(d, buf, statx, stx_rdev_minor));
	else
		PF(d, ", stx_size=%" PRIu64, FIELD_U(d, buf, statx, stx_size));
	P(d, ", ...}");
	return DEC_DONE;
}

/* getdents64(fd, ADDR followed by an entry count comment, count) */
static int dents_common(struct dctx *d, int reclen_off, int reclen_size)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	uint64_t addr = arg_ulong(d, 1);
	print_ptr(d, addr);
	if (!syserror(d)) {
		uint64_t len = (uint64_t)d->sc->rval;
		unsigned count = 0;
		unsigned char buf[4096];
		uint64_t pos = 0;
		while (pos < len) {
			size_t chunk = len - pos > sizeof(buf) ? sizeof(buf) : (size_t)(len - pos);
			if (d->mem->read(d->mem, addr + pos, buf, chunk) < 0)
				break;
			/* walk records that start inside this chunk */
			size_t off = 0;
			while (off + (size_t)(reclen_off + reclen_size) <= chunk) {
				unsigned reclen = (unsigned)field_u(buf, (int)off + reclen_off, reclen_size);
				if (!reclen)
					break;
				count++;
				off += reclen;
			}
			if (!off)
				break;
			pos += off;
		}
		PF(d, " /* %u entries */", count);
	}
	PF(d, ", %" PRIu64, arg_ulong(d, 2));
	return DEC_DONE;
}

DEFINE_DECODER(getdents64)
{
	return dents_common(d, OFF(d->abi, linux_dirent64, d_reclen), FSZ(d->abi, linux_dirent64, d_reclen));
}

DEFINE_DECODER(getdents)
{
	return dents_common(d, OFF(d->abi, linux_dirent, d_reclen), FSZ(d->abi, linux_dirent, d_reclen));
}

/* ---- mknod ---- */

/* mknod(path, mode[, makedev(major, minor)]): the kernel takes the mode
 * as a 16-bit umode_t and the device as a 32-bit number; the device is
 * shown for character and block devices only */
static int mknod_common(struct dctx *d, unsigned path_arg)
{
	unsigned mode = (uint16_t)arg_ulong(d, path_arg + 1);
	print_path(d, arg_ulong(d, path_arg));
	P(d, ", ");
	print_symbolic_mode(d, mode);
	if (is_device(mode)) {
		P(d, ", ");
		print_makedev(d, (uint32_t)arg_ulong(d, path_arg + 2));
	}
	return DEC_DONE;
}

DEFINE_DECODER(mknod)
{
	return mknod_common(d, 0);
}

DEFINE_DECODER(mknodat)
{
	print_dirfd(d, arg_int(d, 0));
	P(d, ", ");
	return mknod_common(d, 1);
}

/* ---- statfs family ---- */

#define STATFS_U(d, buf, is64, f) \
	((is64) ? FIELD_U(d, buf, statfs64, f) : FIELD_U(d, buf, statfs, f))
#define STATFS_OFF(d, is64, f) ((is64) ? OFF((d)->abi, statfs64, f) : OFF((d)->abi, statfs, f))

/* f_fsid={val=[0x39afdfa2, 0x44969d40]}: two ints in hex */
static void print_fsid(struct dctx *d, const unsigned char *buf, int off)
{
	PF(d, "f_fsid={val=[%#" PRIx64 ", %#" PRIx64 "]}", field_u(buf, off, 4), field_u(buf, off + 4, 4));
}

/* The whole struct statfs (or statfs64) as strace prints it; f_flags
 * only when the kernel marked it valid */
static void print_statfs_fields(struct dctx *d, const unsigned char *buf, bool is64)
{
	uint64_t flags = STATFS_U(d, buf, is64, f_flags);
	P(d, "{f_type=");
	print_xval(d, XLAT(d->abi, statfs_magic), STATFS_U(d, buf, is64, f_type), NULL);
	PF(d, ", f_bsize=%" PRIu64 ", f_blocks=%" PRIu64 ", f_bfree=%" PRIu64
	   ", f_bavail=%" PRIu64 ", f_files=%" PRIu64 ", f_ffree=%" PRIu64 ", ",
	   STATFS_U(d, buf, is64, f_bsize), STATFS_U(d, buf, is64, f_blocks),
	   STATFS_U(d, buf, is64, f_bfree), STATFS_U(d, buf, is64, f_bavail),
	   STATFS_U(d, buf, is64, f_files), STATFS_U(d, buf, is64, f_ffree));
	print_fsid(d, buf, STATFS_OFF(d, is64, f_fsid));
	PF(d, ", f_namelen=%" PRIu64 ", f_frsize=%" PRIu64,
	   STATFS_U(d, buf, is64, f_namelen), STATFS_U(d, buf, is64, f_frsize));
	if (flags & XV_ST_VALID) {
		P(d, ", f_flags=");
		print_flags(d, XLAT(d->abi, statfs_flags), flags, NULL);
	}
	P(d, "}");
}

/* At exit: the struct, or its address after an error or when the size
 * the caller passed (statfs64) is not the ABI's */
static void print_statfs_at(struct dctx *d, uint64_t addr, bool is64, uint64_t caller_size)
{
	unsigned char buf[MAX_STRUCT];
	int size = is64 ? SZ(d->abi, statfs64) : SZ(d->abi, statfs);
	if (syserror(d) || size <= 0 || size > MAX_STRUCT || (is64 && caller_size != (uint64_t)size)) {
		print_ptr(d, addr);
		return;
	}
	if (fetch_struct(d, addr, buf, (size_t)size))
		print_statfs_fields(d, buf, is64);
}

/* statfs(path, buf), fstatfs(fd, buf) */
static int statfs_common(struct dctx *d)
{
	if (!d->exiting) {
		print_arg(d, 0);
		P(d, ", ");
		return DEC_AGAIN;
	}
	print_statfs_at(d, arg_ulong(d, 1), false, 0);
	return DEC_DONE;
}

/* statfs64(path, size, buf), fstatfs64(fd, size, buf) */
static int statfs64_common(struct dctx *d)
{
	uint64_t size = arg_ulong(d, 1);
	if (!d->exiting) {
		print_arg(d, 0);
		PF(d, ", %" PRIu64 ", ", size);
		return DEC_AGAIN;
	}
	print_statfs_at(d, arg_ulong(d, 2), true, size);
	return DEC_DONE;
}

DEFINE_DECODER(statfs) { return statfs_common(d); }
DEFINE_DECODER(fstatfs) { return statfs_common(d); }
DEFINE_DECODER(statfs64) { return statfs64_common(d); }
DEFINE_DECODER(fstatfs64) { return statfs64_common(d); }
