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

/* makedev(0x8, 0x1); the number with -X raw, both with -X verbose */
static void print_makedev(struct dctx *d, uint64_t dev)
{
	if (xlat_style != XLAT_STYLE_ABBREV) {
		char num[24];
		snprintf(num, sizeof(num), "%#" PRIx64, dev);
		if (style_begin(d, num))
			return;
		print_makedev(d, dev);
		style_end(d);
		return;
	}
	uint64_t major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~(uint64_t)0xfff);
	uint64_t minor = (dev & 0xff) | ((dev >> 12) & ~(uint64_t)0xff);
	PF(d, "makedev(%#" PRIx64 ", %#" PRIx64 ")", major, minor);
}

#define ST_U(d, buf, is64, f) ((is64) ? FIELD_U(d, buf, stat64, f) : FIELD_U(d, buf, stat, f))
#define ST_S(d, buf, is64, f) ((is64) ? FIELD_S(d, buf, stat64, f) : FIELD_S(d, buf, stat, f))

/* ", st_atime=N" and its date comment, ", st_atime_nsec=N" */
static void print_stat_time(struct dctx *d, const char *name, int64_t sec, uint64_t nsec)
{
	PF(d, ", %s=%" PRId64, name, sec);
	print_date_comment(d, sec, nsec, 999999999, 9);
	PF(d, ", %s_nsec=%" PRIu64, name, nsec);
}

/* struct stat (or stat64): mode and size (or rdev) and "..." as strace
 * prints it by default; every field with -v */
static void print_stat_buf(struct dctx *d, uint64_t addr, bool is64)
{
	unsigned char buf[MAX_STRUCT];
	int size = is64 ? SZ(d->abi, stat64) : SZ(d->abi, stat);
	if (size <= 0 || size > MAX_STRUCT || !fetch_struct(d, addr, buf, (size_t)size)) {
		if (size <= 0 || size > MAX_STRUCT)
			print_ptr(d, addr);
		return;
	}
	bool full = !abbrev(d);
	unsigned mode = (unsigned)ST_U(d, buf, is64, st_mode);
	P(d, "{");
	if (full) {
		P(d, "st_dev=");
		print_makedev(d, ST_U(d, buf, is64, st_dev));
		PF(d, ", st_ino=%" PRIu64 ", ", ST_U(d, buf, is64, st_ino));
	}
	P(d, "st_mode=");
	print_symbolic_mode(d, mode);
	if (full)
		PF(d, ", st_nlink=%" PRIu64 ", st_uid=%" PRIu64 ", st_gid=%" PRIu64
		   ", st_blksize=%" PRIu64 ", st_blocks=%" PRIu64,
		   ST_U(d, buf, is64, st_nlink), ST_U(d, buf, is64, st_uid),
		   ST_U(d, buf, is64, st_gid), ST_U(d, buf, is64, st_blksize),
		   ST_U(d, buf, is64, st_blocks));
	if (is_device(mode)) {
		P(d, ", st_rdev=");
		print_makedev(d, ST_U(d, buf, is64, st_rdev));
	} else {
		PF(d, ", st_size=%" PRId64, ST_S(d, buf, is64, st_size));
	}
	if (!full) {
		P(d, ", ...}");
		return;
	}
	print_stat_time(d, "st_atime", ST_S(d, buf, is64, st_atime), ST_U(d, buf, is64, st_atime_nsec));
	print_stat_time(d, "st_mtime", ST_S(d, buf, is64, st_mtime), ST_U(d, buf, is64, st_mtime_nsec));
	print_stat_time(d, "st_ctime", ST_S(d, buf, is64, st_ctime), ST_U(d, buf, is64, st_ctime_nsec));
	P(d, "}");
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
	uint32_t sync = flags & XV_AT_STATX_SYNC_TYPE;
	/* both bits: AT_STATX_FORCE_SYNC|AT_STATX_DONT_SYNC; with -X raw a
	 * zero sync type prints nothing at all, as in strace */
	if (sync || xlat_style != XLAT_STYLE_RAW)
		print_flags(d, XLAT(d->abi, at_statx_sync_types), sync, "");
	flags &= ~(uint32_t)XV_AT_STATX_SYNC_TYPE;
	if (flags) {
		P(d, "|");
		print_flags(d, XLAT(d->abi, at_flags), flags, "");
	}
}

/* ", stx_atime={tv_sec=N, tv_nsec=N}" and its date comment */
static void print_statx_time(struct dctx *d, const char *name, const unsigned char *ts)
{
	int64_t sec = FIELD_S(d, ts, statx_timestamp, tv_sec);
	uint64_t nsec = FIELD_U(d, ts, statx_timestamp, tv_nsec);
	PF(d, ", %s={tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", name, sec, nsec);
	print_date_comment(d, sec, nsec, 999999999, 9);
}

static void print_statx_id(struct dctx *d, const char *name, uint64_t id)
{
	if ((uint32_t)id == UINT32_MAX)
		PF(d, ", %s=-1", name);
	else
		PF(d, ", %s=%" PRIu64, name, id);
}

/* struct statx: the fields strace shows by default, then "..."; with -v
 * all of them, the times and the mount id only when stx_mask has them */
static void print_statx_buf(struct dctx *d, const unsigned char *buf)
{
	bool full = !abbrev(d);
	uint64_t mask = FIELD_U(d, buf, statx, stx_mask);
	P(d, "{stx_mask=");
	print_flags(d, XLAT(d->abi, statx_mask), mask, "STATX_???");
	if (full)
		PF(d, ", stx_blksize=%" PRIu64, FIELD_U(d, buf, statx, stx_blksize));
	P(d, ", stx_attributes=");
	print_flags(d, XLAT(d->abi, statx_attrs), FIELD_U(d, buf, statx, stx_attributes), "STATX_ATTR_???");
	if (full) {
		PF(d, ", stx_nlink=%" PRIu64, FIELD_U(d, buf, statx, stx_nlink));
		print_statx_id(d, "stx_uid", FIELD_U(d, buf, statx, stx_uid));
		print_statx_id(d, "stx_gid", FIELD_U(d, buf, statx, stx_gid));
	}
	P(d, ", stx_mode=");
	print_symbolic_mode(d, (unsigned)FIELD_U(d, buf, statx, stx_mode));
	if (full)
		PF(d, ", stx_ino=%" PRIu64, FIELD_U(d, buf, statx, stx_ino));
	PF(d, ", stx_size=%" PRIu64, FIELD_U(d, buf, statx, stx_size));
	if (!full) {
		P(d, ", ...}");
		return;
	}
	PF(d, ", stx_blocks=%" PRIu64 ", stx_attributes_mask=", FIELD_U(d, buf, statx, stx_blocks));
	print_flags(d, XLAT(d->abi, statx_attrs), FIELD_U(d, buf, statx, stx_attributes_mask), "STATX_ATTR_???");
	if (mask & XV_STATX_ATIME)
		print_statx_time(d, "stx_atime", buf + OFF(d->abi, statx, stx_atime));
	if (mask & XV_STATX_BTIME)
		print_statx_time(d, "stx_btime", buf + OFF(d->abi, statx, stx_btime));
	if (mask & XV_STATX_CTIME)
		print_statx_time(d, "stx_ctime", buf + OFF(d->abi, statx, stx_ctime));
	if (mask & XV_STATX_MTIME)
		print_statx_time(d, "stx_mtime", buf + OFF(d->abi, statx, stx_mtime));
	PF(d, ", stx_rdev_major=%" PRIu64 ", stx_rdev_minor=%" PRIu64
	   ", stx_dev_major=%" PRIu64 ", stx_dev_minor=%" PRIu64,
	   FIELD_U(d, buf, statx, stx_rdev_major), FIELD_U(d, buf, statx, stx_rdev_minor),
	   FIELD_U(d, buf, statx, stx_dev_major), FIELD_U(d, buf, statx, stx_dev_minor));
	if (mask & XV_STATX_MNT_ID)
		PF(d, ", stx_mnt_id=%#" PRIx64, FIELD_U(d, buf, statx, stx_mnt_id));
	if (mask & XV_STATX_DIOALIGN)
		PF(d, ", stx_dio_mem_align=%" PRIu64 ", stx_dio_offset_align=%" PRIu64,
		   FIELD_U(d, buf, statx, stx_dio_mem_align), FIELD_U(d, buf, statx, stx_dio_offset_align));
	P(d, "}");
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
	print_statx_buf(d, buf);
	return DEC_DONE;
}

/* The entries of a getdents/getdents64 buffer as strace prints them
 * with -v: [{d_ino=N, d_off=N, d_reclen=N, d_type=DT_REG, d_name="x"}, ...]
 * (the old getdents has d_type in the last byte of the record, printed
 * after the name); records are read one by one. */
static void print_dents(struct dctx *d, uint64_t addr, uint64_t len, bool is64)
{
	int name_off = is64 ? OFF(d->abi, linux_dirent64, d_name) : OFF(d->abi, linux_dirent, d_name);
	unsigned char rec[MAX_STRUCT];
	if (name_off <= 0 || name_off > MAX_STRUCT) {
		print_ptr(d, addr);
		return;
	}
	P(d, "[");
	uint64_t pos = 0;
	for (unsigned n = 0; pos < len; n++) {
		if ((uint64_t)name_off > len - pos) {
			/* a record cut short: strace shows no more */
			P(d, n ? ", ..." : "...");
			break;
		}
		if (dread(d, addr + pos, rec, (size_t)name_off) < 0) {
			P(d, n ? ", ..." : "...");
			break;
		}
		unsigned reclen;
		uint64_t ino;
		int64_t off;
		if (is64) {
			reclen = (unsigned)FIELD_U(d, rec, linux_dirent64, d_reclen);
			ino = FIELD_U(d, rec, linux_dirent64, d_ino);
			off = FIELD_S(d, rec, linux_dirent64, d_off);
		} else {
			reclen = (unsigned)FIELD_U(d, rec, linux_dirent, d_reclen);
			ino = FIELD_U(d, rec, linux_dirent, d_ino);
			off = (int64_t)FIELD_U(d, rec, linux_dirent, d_off);
		}
		PF(d, "%s{d_ino=%" PRIu64 ", d_off=%" PRId64 ", d_reclen=%u", n ? ", " : "", ino, off, reclen);
		/* the name (and old getdents' type byte) lie within the record */
		unsigned char name[512];
		size_t room = reclen > (unsigned)name_off ? reclen - (unsigned)name_off : 0;
		if (room > len - pos - (uint64_t)name_off)
			room = (size_t)(len - pos - (uint64_t)name_off);
		if (room > sizeof(name))
			room = sizeof(name);
		if (room && dread(d, addr + pos + (uint64_t)name_off, name, room) < 0)
			room = 0;
		if (is64) {
			P(d, ", d_type=");
			print_xval(d, XLAT(d->abi, dirent_types), field_u(rec, OFF(d->abi, linux_dirent64, d_type), 1), NULL);
		}
		P(d, ", d_name=");
		size_t nlen = room;
		if (!is64 && nlen)
			nlen--;   /* the type byte */
		print_quoted(d, name, nlen, QUOTE_NUL_TERMINATED);
		if (!is64) {
			P(d, ", d_type=");
			print_xval(d, XLAT(d->abi, dirent_types), room ? name[room - 1] : 0, NULL);
		}
		P(d, "}");
		if (reclen < (unsigned)name_off)
			break;
		pos += reclen;
	}
	P(d, "]");
}

/* getdents64(fd, ADDR followed by an entry count comment, count); with
 * -v the entries */
static int dents_common(struct dctx *d, int reclen_off, int reclen_size, bool is64)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	uint64_t addr = arg_ulong(d, 1);
	if (!verbose(d)) {
		print_ptr(d, addr);
		PF(d, ", %" PRIu64, arg_ulong(d, 2));
		return DEC_DONE;
	}
	if (!syserror(d) && !abbrev(d)) {
		print_dents(d, addr, (uint64_t)d->sc->rval, is64);
		PF(d, ", %" PRIu64, arg_ulong(d, 2));
		return DEC_DONE;
	}
	print_ptr(d, addr);
	if (!syserror(d) && verbose(d)) {
		uint64_t len = (uint64_t)d->sc->rval;
		unsigned count = 0;
		unsigned char buf[4096];
		uint64_t pos = 0;
		while (pos < len) {
			size_t chunk = len - pos > sizeof(buf) ? sizeof(buf) : (size_t)(len - pos);
			if (dread(d, addr + pos, buf, chunk) < 0)
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
	return dents_common(d, OFF(d->abi, linux_dirent64, d_reclen), FSZ(d->abi, linux_dirent64, d_reclen), true);
}

DEFINE_DECODER(getdents)
{
	return dents_common(d, OFF(d->abi, linux_dirent, d_reclen), FSZ(d->abi, linux_dirent, d_reclen), false);
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
