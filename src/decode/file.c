/* Files and paths: open/openat/creat/openat2, file handles,
 * getcwd, extended attributes, mount, and the utime family. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common.h"
#include "print.h"
#include "printopts.h"

/* Access mode first, then the other open flags: O_RDONLY|O_CLOEXEC. */
void print_open_flags(struct dctx *d, uint64_t flags)
{
	if (xlat_style != XLAT_STYLE_ABBREV) {
		char num[24];
		snprintf(num, sizeof(num), "%#" PRIx64, flags);
		if (style_begin(d, num))
			return;
		print_open_flags(d, flags);
		style_end(d);
		return;
	}
	print_xval(d, XLAT(d->abi, open_access_modes), flags & XV_O_ACCMODE, "");
	if (flags & ~(uint64_t)XV_O_ACCMODE) {
		P(d, "|");
		print_flags(d, XLAT(d->abi, open_flags), flags & ~(uint64_t)XV_O_ACCMODE, "");
	}
}

/* The mode argument is shown only when the flags make it matter. */
static bool open_needs_mode(struct dctx *d, uint64_t flags)
{
	int64_t tmpfile = LAYOUT(d->abi, O_TMPFILE);
	return (flags & XV_O_CREAT) ||
		(tmpfile > 0 && (flags & (uint64_t)tmpfile) == (uint64_t)tmpfile);
}

static int open_common(struct dctx *d, unsigned path_arg)
{
	print_path(d, arg_ulong(d, path_arg));
	P(d, ", ");
	uint64_t flags = (uint32_t)arg_ulong(d, path_arg + 1);
	print_open_flags(d, flags);
	if (open_needs_mode(d, flags)) {
		P(d, ", ");
		print_mode(d, (unsigned)arg_ulong(d, path_arg + 2));
	}
	return DEC_DONE;
}

DEFINE_DECODER(open)
{
	const char *n = d->sc->ent->name;
	if (n[0] == 'c') {   /* creat(path, mode) */
		print_path(d, arg_ulong(d, 0));
		P(d, ", ");
		print_mode(d, (unsigned)arg_ulong(d, 1));
		return DEC_DONE;
	}
	if (n[4] == 'a') {   /* openat */
		print_dirfd(d, arg_int(d, 0));
		P(d, ", ");
		return open_common(d, 1);
	}
	return open_common(d, 0);
}

/* ---- openat2 ---- */

static uint64_t tracer_page_size(void)
{
	long ps = sysconf(_SC_PAGESIZE);
	return ps > 0 ? (uint64_t)ps : 4096;
}

/* Bytes of a struct that the ABI's layout does not cover, when the
 * caller passed a bigger size: a "bytes 24..39" comment and the bytes in
 * hex if any is nonzero (at most a page is read, at most -s bytes are
 * shown), "???" if they cannot be read. */
static void print_nonzero_tail(struct dctx *d, uint64_t addr, uint64_t start, uint64_t size)
{
	uint64_t end = size < tracer_page_size() ? size : tracer_page_size();
	if (start >= end)
		return;
	size_t n = (size_t)(end - start);
	unsigned char *bytes = malloc(n);
	if (!bytes)
		return;
	if (d->mem->read(d->mem, addr + start, bytes, n) < 0) {
		P(d, ", ???");
	} else {
		size_t i = 0;
		while (i < n && !bytes[i])
			i++;
		if (i < n) {
			size_t shown = n < (size_t)d->max_strlen ? n : (size_t)d->max_strlen;
			PF(d, ", /* bytes %" PRIu64 "..%" PRIu64 " */ ", start, end - 1);
			print_quoted(d, bytes, shown, QUOTE_FORCE_HEX);
			if (shown < n)
				P(d, "...");
		}
	}
	free(bytes);
}

/* {flags=O_RDONLY|O_CLOEXEC[, mode=0644], resolve=RESOLVE_BENEATH} */
static void print_open_how(struct dctx *d, uint64_t addr, uint64_t size)
{
	unsigned char buf[64];
	int how_size = SZ(d->abi, open_how);
	if (how_size <= 0 || how_size > (int)sizeof(buf) || size < (uint64_t)how_size) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)how_size))
		return;
	uint64_t flags = FIELD_U(d, buf, open_how, flags);
	uint64_t mode = FIELD_U(d, buf, open_how, mode);
	P(d, "{flags=");
	print_open_flags(d, flags);
	if ((flags & (XV_O_CREAT | XV___O_TMPFILE)) || mode)
		PF(d, ", mode=%#03" PRIo64, mode);
	P(d, ", resolve=");
	print_flags(d, XLAT(d->abi, open_resolve_flags), FIELD_U(d, buf, open_how, resolve), NULL);
	print_nonzero_tail(d, addr, (uint64_t)how_size, size);
	P(d, "}");
}

/* openat2(dirfd, path, how, size) */
DEFINE_DECODER(openat2)
{
	uint64_t size = arg_ulong(d, 3);
	print_dirfd(d, arg_int(d, 0));
	P(d, ", ");
	print_path(d, arg_ulong(d, 1));
	P(d, ", ");
	print_open_how(d, arg_ulong(d, 2), size);
	PF(d, ", %" PRIu64, size);
	return DEC_DONE;
}

/* ---- file handles ---- */

#define MAX_HANDLE_SZ 128   /* the kernel's limit on f_handle */

/* f_handle="\x15\x44...": handle_bytes bytes in hex, at most MAX_HANDLE_SZ */
static void print_f_handle(struct dctx *d, uint64_t handle_addr, uint32_t handle_bytes)
{
	unsigned char bytes[MAX_HANDLE_SZ];
	uint32_t len = handle_bytes < MAX_HANDLE_SZ ? handle_bytes : MAX_HANDLE_SZ;
	uint64_t addr = handle_addr + (uint64_t)OFF(d->abi, file_handle, f_handle);
	if (d->mem->read(d->mem, addr, bytes, len) < 0) {
		P(d, "???");
		return;
	}
	print_quoted(d, bytes, len, QUOTE_FORCE_HEX);
	if (handle_bytes > len)
		P(d, "...");
}

/* The fixed part of struct file_handle; prints the address if unreadable. */
static bool fetch_handle_header(struct dctx *d, uint64_t addr, uint32_t *bytes, int32_t *type)
{
	unsigned char buf[16];
	int size = SZ(d->abi, file_handle);
	if (size <= 0 || size > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return false;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size))
		return false;
	*bytes = (uint32_t)FIELD_U(d, buf, file_handle, handle_bytes);
	*type = (int32_t)FIELD_S(d, buf, file_handle, handle_type);
	return true;
}

static bool read_handle_header(struct dctx *d, uint64_t addr, uint32_t *bytes, int32_t *type)
{
	unsigned char buf[16];
	int size = SZ(d->abi, file_handle);
	if (size <= 0 || size > (int)sizeof(buf) || !addr ||
	    d->mem->read(d->mem, addr, buf, (size_t)size) < 0)
		return false;
	*bytes = (uint32_t)FIELD_U(d, buf, file_handle, handle_bytes);
	*type = (int32_t)FIELD_S(d, buf, file_handle, handle_type);
	return true;
}

static void print_handle_flags_tail(struct dctx *d)
{
	P(d, ", ");
	print_flags(d, XLAT(d->abi, name_to_handle_at_flags), (uint32_t)arg_ulong(d, 4), NULL);
}

/* name_to_handle_at(dirfd, path, {handle_bytes=128 => 8, handle_type=1,
 * f_handle="..."}, [mount_id], flags): the kernel updates handle_bytes
 * also when it fails with EOVERFLOW */
static int name_to_handle_exiting(struct dctx *d)
{
	uint32_t bytes;
	int32_t type;
	bool overflow = d->sc->error == EOVERFLOW;
	if ((!syserror(d) || overflow) && read_handle_header(d, arg_ulong(d, 2), &bytes, &type)) {
		if (bytes != (uint32_t)d->sc->aux[0])
			PF(d, " => %u", bytes);
		if (!syserror(d)) {
			PF(d, ", handle_type=%d, f_handle=", type);
			print_f_handle(d, arg_ulong(d, 2), bytes);
		}
	}
	P(d, "}, ");
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 3));
	else
		print_num_at(d, arg_ulong(d, 3), 4, true);
	print_handle_flags_tail(d);
	return DEC_DONE;
}

DEFINE_DECODER(name_to_handle_at)
{
	uint32_t bytes;
	int32_t type;
	if (d->exiting)
		return name_to_handle_exiting(d);
	print_dirfd(d, arg_int(d, 0));
	P(d, ", ");
	print_path(d, arg_ulong(d, 1));
	P(d, ", ");
	if (!fetch_handle_header(d, arg_ulong(d, 2), &bytes, &type)) {
		P(d, ", ");
		print_ptr(d, arg_ulong(d, 3));
		print_handle_flags_tail(d);
		return DEC_DONE;
	}
	PF(d, "{handle_bytes=%u", bytes);
	d->sc->aux[0] = bytes;
	return DEC_AGAIN;
}

/* open_by_handle_at(mount_fd, {handle_bytes=8, handle_type=1,
 * f_handle="..."}, flags) */
DEFINE_DECODER(open_by_handle_at)
{
	uint32_t bytes;
	int32_t type;
	uint64_t addr = arg_ulong(d, 1);
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	if (fetch_handle_header(d, addr, &bytes, &type)) {
		PF(d, "{handle_bytes=%u, handle_type=%d, f_handle=", bytes, type);
		print_f_handle(d, addr, bytes);
		P(d, "}");
	}
	P(d, ", ");
	print_open_flags(d, (uint32_t)arg_ulong(d, 2));
	return DEC_DONE;
}

/* ---- getcwd ---- */

#define PATH_LIMIT 4095   /* strace shows at most PATH_MAX - 1 bytes */

/* getcwd(buf, size): the path the kernel wrote, its length is the
 * return value (with the NUL) */
DEFINE_DECODER(getcwd)
{
	if (!d->exiting)
		return DEC_AGAIN;
	uint64_t addr = arg_ulong(d, 0);
	int64_t len = d->sc->rval - 1;
	if (syserror(d))
		print_ptr(d, addr);
	else
		print_str_at(d, addr, (size_t)(len < 0 ? 0 : len > PATH_LIMIT ? PATH_LIMIT : len), true);
	PF(d, ", %" PRIu64, arg_ulong(d, 1));
	return DEC_DONE;
}

/* ---- extended attributes ---- */

#define XATTR_SIZE_MAX 65536   /* larger values are shown as addresses */

/* An attribute value: at most -s bytes; a NUL ending them is left out */
static void print_xattr_value(struct dctx *d, uint64_t addr, uint64_t len)
{
	if (len > XATTR_SIZE_MAX || !addr) {
		print_ptr(d, addr);
		return;
	}
	size_t n = len < (uint64_t)d->max_strlen ? (size_t)len : (size_t)d->max_strlen;
	unsigned char *buf = malloc(n ? n : 1);
	if (!buf)
		return;
	if (d->mem->read(d->mem, addr, buf, n) < 0) {
		print_ptr(d, addr);
	} else {
		/* a NUL at the end of what is shown ends the value: no "..." */
		bool nul_ended = n && !buf[n - 1];
		print_quoted(d, buf, nul_ended ? n - 1 : n, 0);
		if (!nul_ended && len > (uint64_t)d->max_strlen)
			P(d, "...");
	}
	free(buf);
}

/* setxattr(path, name, value, size, flags), lsetxattr, fsetxattr */
DEFINE_DECODER(setxattr)
{
	uint64_t size = arg_ulong(d, 3);
	print_arg(d, 0);
	P(d, ", ");
	print_str(d, arg_ulong(d, 1));
	P(d, ", ");
	print_xattr_value(d, arg_ulong(d, 2), size);
	PF(d, ", %" PRIu64 ", ", size);
	print_flags(d, XLAT(d->abi, xattr_flags), (uint32_t)arg_ulong(d, 4), NULL);
	return DEC_DONE;
}

/* getxattr(path, name, value, size): value as long as the return value */
DEFINE_DECODER(getxattr)
{
	if (!d->exiting) {
		print_arg(d, 0);
		P(d, ", ");
		print_str(d, arg_ulong(d, 1));
		P(d, ", ");
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 2));
	else
		print_xattr_value(d, arg_ulong(d, 2), (uint64_t)d->sc->rval);
	PF(d, ", %" PRIu64, arg_ulong(d, 3));
	return DEC_DONE;
}

/* listxattr(path, list, size): with size 0 the kernel only counts */
DEFINE_DECODER(listxattr)
{
	if (!d->exiting) {
		print_arg(d, 0);
		P(d, ", ");
		return DEC_AGAIN;
	}
	uint64_t size = arg_ulong(d, 2);
	if (!size || syserror(d))
		print_ptr(d, arg_ulong(d, 1));
	else
		print_buf(d, arg_ulong(d, 1), (uint64_t)d->sc->rval, 0);
	PF(d, ", %" PRIu64, size);
	return DEC_DONE;
}

/* ---- mount ---- */

#define MS_MGC_MSK 0xffff0000u   /* where the old magic number goes */
#define MS_PROPAGATION_OR_MOVE \
	(XV_MS_BIND | XV_MS_MOVE | XV_MS_SHARED | XV_MS_PRIVATE | XV_MS_SLAVE | XV_MS_UNBINDABLE)

/* MS_MGC_VAL first when the magic is there, then the MS_* flags */
static void print_mount_flags(struct dctx *d, uint32_t flags)
{
	const struct xlat *x = XLAT(d->abi, mount_flags);
	struct xlat plain = *x;
	/* the set lists MS_MGC_VAL first for this lookup only */
	if (plain.n && plain.ents[0].val == XV_MS_MGC_VAL) {
		plain.ents++;
		plain.n--;
	}
	if ((flags & MS_MGC_MSK) == XV_MS_MGC_VAL) {
		char num[16];
		snprintf(num, sizeof(num), "%#x", XV_MS_MGC_VAL);
		if (xlat_style == XLAT_STYLE_ABBREV || !style_begin(d, num)) {
			P(d, "MS_MGC_VAL");
			style_end(d);
		}
		flags &= ~MS_MGC_MSK;
		if (!flags)
			return;
		P(d, "|");
	}
	print_flags(d, &plain, flags, NULL);
}

/* mount(source, target, fstype, flags, data): a remount has no type, a
 * bind, move or propagation change neither type nor data */
DEFINE_DECODER(mount)
{
	uint32_t flags = (uint32_t)arg_ulong(d, 3);
	uint32_t bits = (flags & MS_MGC_MSK) == XV_MS_MGC_VAL ? flags & ~MS_MGC_MSK : flags;
	bool type_unused = bits & (XV_MS_REMOUNT | MS_PROPAGATION_OR_MOVE);
	bool data_unused = !(bits & XV_MS_REMOUNT) && (bits & MS_PROPAGATION_OR_MOVE);
	print_path(d, arg_ulong(d, 0));
	P(d, ", ");
	print_path(d, arg_ulong(d, 1));
	P(d, ", ");
	if (type_unused)
		print_ptr(d, arg_ulong(d, 2));
	else
		print_str(d, arg_ulong(d, 2));
	P(d, ", ");
	print_mount_flags(d, flags);
	P(d, ", ");
	if (data_unused)
		print_ptr(d, arg_ulong(d, 4));
	else
		print_str(d, arg_ulong(d, 4));
	return DEC_DONE;
}

/* ---- utime, utimes, futimesat, utimensat ---- */

/* strace's comment after a time that means a date, in the tracer's time
 * zone: 2023-11-14T22:13:20.000002+0000 (the fraction only when nonzero);
 * none for 0 or an out of range fraction */
void print_date_comment(struct dctx *d, int64_t sec, uint64_t frac, uint64_t frac_max, int frac_width)
{
	char buf[96];
	struct tm tm;
	time_t t = (time_t)sec;
	if ((sec == 0 && frac == 0) || frac > frac_max || (int64_t)t != sec || !localtime_r(&t, &tm))
		return;
	size_t pos = strftime(buf, sizeof(buf), "%FT%T", &tm);
	if (!pos)
		return;
	if (frac)
		pos += (size_t)snprintf(buf + pos, sizeof(buf) - pos, ".%0*" PRIu64, frac_width, frac);
	if (pos >= sizeof(buf) || !strftime(buf + pos, sizeof(buf) - pos, "%z", &tm))
		return;
	PF(d, " /* %s */", buf);
}

/* {actime=1000, modtime=2000}, each with its date comment */
static void print_utimbuf(struct dctx *d, uint64_t addr)
{
	unsigned char buf[32];
	int size = SZ(d->abi, utimbuf);
	if (size <= 0 || size > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size))
		return;
	int64_t actime = FIELD_S(d, buf, utimbuf, actime);
	int64_t modtime = FIELD_S(d, buf, utimbuf, modtime);
	PF(d, "{actime=%" PRId64, actime);
	print_date_comment(d, actime, 0, 0, 0);
	PF(d, ", modtime=%" PRId64, modtime);
	print_date_comment(d, modtime, 0, 0, 0);
	P(d, "}");
}

DEFINE_DECODER(utime)
{
	print_path(d, arg_ulong(d, 0));
	P(d, ", ");
	print_utimbuf(d, arg_ulong(d, 1));
	return DEC_DONE;
}

/* [{tv_sec=1, tv_usec=2}, {...}], each with its date comment */
static void print_timeval_pair(struct dctx *d, uint64_t addr)
{
	unsigned char buf[64];
	int size = SZ(d->abi, timeval);
	if (size <= 0 || size * 2 > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size * 2))
		return;
	P(d, "[");
	for (int i = 0; i < 2; i++) {
		const unsigned char *tv = buf + i * size;
		int64_t sec = FIELD_S(d, tv, timeval, tv_sec);
		uint64_t usec = FIELD_U(d, tv, timeval, tv_usec);
		PF(d, "%s{tv_sec=%" PRId64 ", tv_usec=%" PRIu64 "}", i ? ", " : "", sec, usec);
		print_date_comment(d, sec, usec, 999999, 6);
	}
	P(d, "]");
}

DEFINE_DECODER(utimes)
{
	print_path(d, arg_ulong(d, 0));
	P(d, ", ");
	print_timeval_pair(d, arg_ulong(d, 1));
	return DEC_DONE;
}

DEFINE_DECODER(futimesat)
{
	print_dirfd(d, arg_int(d, 0));
	P(d, ", ");
	print_path(d, arg_ulong(d, 1));
	P(d, ", ");
	print_timeval_pair(d, arg_ulong(d, 2));
	return DEC_DONE;
}

/* One utimensat time: UTIME_NOW, UTIME_OMIT or {tv_sec=.., tv_nsec=..} */
static void print_utime_timespec(struct dctx *d, int64_t sec, uint64_t nsec)
{
	const char *special = xlat_name(XLAT(d->abi, utime_nsec), nsec);
	if (special && xlat_style == XLAT_STYLE_ABBREV) {
		P(d, special);
		return;
	}
	PF(d, "{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", sec, nsec);
	if (special && xlat_style == XLAT_STYLE_VERBOSE)
		PF(d, " /* %s */", special);
	else if (!special)
		print_date_comment(d, sec, nsec, 999999999, 9);
}

/* [time, time] in the ABI's struct timespec, or the 64-bit time one of
 * utimensat_time64 */
static void print_timespec_pair(struct dctx *d, uint64_t addr, bool time64)
{
	unsigned char buf[64];
	int size = time64 ? SZ(d->abi, kernel_timespec) : SZ(d->abi, timespec);
	if (size <= 0 || size * 2 > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size * 2))
		return;
	P(d, "[");
	for (int i = 0; i < 2; i++) {
		const unsigned char *ts = buf + i * size;
		if (i)
			P(d, ", ");
		if (time64)
			print_utime_timespec(d, FIELD_S(d, ts, kernel_timespec, tv_sec),
					     FIELD_U(d, ts, kernel_timespec, tv_nsec));
		else
			print_utime_timespec(d, FIELD_S(d, ts, timespec, tv_sec),
					     FIELD_U(d, ts, timespec, tv_nsec));
	}
	P(d, "]");
}

/* utimensat(dirfd, path, times, flags) and utimensat_time64 */
DEFINE_DECODER(utimensat)
{
	bool time64 = strstr(d->sc->ent->name, "_time64") != NULL;
	print_dirfd(d, arg_int(d, 0));
	P(d, ", ");
	print_path(d, arg_ulong(d, 1));
	P(d, ", ");
	print_timespec_pair(d, arg_ulong(d, 2), time64);
	P(d, ", ");
	print_flags(d, XLAT(d->abi, at_flags), (uint32_t)arg_ulong(d, 3), NULL);
	return DEC_DONE;
}
