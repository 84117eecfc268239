/* File descriptors: fcntl, iovec arrays, seeks, sendfile/splice, pipes. */
#include <inttypes.h>
#include <stdio.h>

#include "common.h"
#include "net.h"
#include "print.h"
#include "printopts.h"

static bool abi_is_32bit(const struct dctx *d)
{
	return d->abi->wordsize == 4;
}

/* ---- return value comments ---- */

/* "(PREFIX NAMES)" after a return value printed in hex */
static void hex_return_with_flags(struct dctx *d, const char *prefix, const struct xlat *x)
{
	struct aux_capture c;
	d->ret_kind = R_HEX;
	aux_begin(d, &c);
	P(d, prefix);
	print_flags(d, x, (uint64_t)d->sc->rval, "");
	aux_end(d, &c);
}

/* ---- fcntl ---- */

#define FLOCK_U(d, buf, is64, f) \
	((is64) ? FIELD_U(d, buf, flock64, f) : FIELD_U(d, buf, flock, f))
#define FLOCK_S(d, buf, is64, f) \
	((is64) ? FIELD_S(d, buf, flock64, f) : FIELD_S(d, buf, flock, f))

/* {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=0[, l_pid=0]} in
 * the ABI's struct flock, or struct flock64 */
static void print_flock(struct dctx *d, uint64_t addr, bool is64, bool with_pid)
{
	unsigned char buf[64];
	int size = is64 ? SZ(d->abi, flock64) : SZ(d->abi, flock);
	if (size <= 0 || size > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size))
		return;
	P(d, "{l_type=");
	print_xval(d, XLAT(d->abi, lock_types), FLOCK_U(d, buf, is64, l_type), NULL);
	P(d, ", l_whence=");
	print_xval(d, XLAT(d->abi, whence), FLOCK_U(d, buf, is64, l_whence), NULL);
	PF(d, ", l_start=%" PRId64 ", l_len=%" PRId64,
	   FLOCK_S(d, buf, is64, l_start), FLOCK_S(d, buf, is64, l_len));
	if (with_pid)
		PF(d, ", l_pid=%d", (int)FLOCK_S(d, buf, is64, l_pid));
	P(d, "}");
}

/* {type=F_OWNER_PID, pid=1234} */
static void print_owner_ex(struct dctx *d, uint64_t addr)
{
	unsigned char buf[16];
	int size = SZ(d->abi, f_owner_ex);
	if (size <= 0 || size > (int)sizeof(buf)) {
		print_ptr(d, addr);
		return;
	}
	if (!fetch_struct(d, addr, buf, (size_t)size))
		return;
	P(d, "{type=");
	print_xval(d, XLAT(d->abi, f_owner_types), (uint32_t)FIELD_U(d, buf, f_owner_ex, type), NULL);
	PF(d, ", pid=%d}", (int)FIELD_S(d, buf, f_owner_ex, pid));
}

/* F_GETLK64 and its two siblings take a struct flock64 on 32-bit ABIs;
 * 64-bit ABIs have no such commands and print the argument raw. */
static bool is_lk64_cmd(const struct dctx *d, int cmd)
{
	return abi_is_32bit(d) &&
		(cmd == XV_F_GETLK64 || cmd == XV_F_SETLK64 || cmd == XV_F_SETLKW64);
}

/* Commands whose lock argument is read back at exit. */
static bool fcntl_reads_lock(const struct dctx *d, int cmd)
{
	return cmd == XV_F_GETLK || cmd == XV_F_OFD_GETLK ||
		(cmd == XV_F_GETLK64 && is_lk64_cmd(d, cmd));
}

/* The third argument, for the commands that have one at entry. */
static void print_fcntl_arg(struct dctx *d, int cmd)
{
	uint64_t arg = arg_ulong(d, 2);
	switch (cmd) {
	case XV_F_DUPFD: case XV_F_DUPFD_CLOEXEC: case XV_F_SETPIPE_SZ:
		PF(d, "%" PRId64, arg_long(d, 2));
		break;
	case XV_F_SETOWN:
		PF(d, "%d", arg_int(d, 2));
		break;
	case XV_F_SETFD:
		print_flags(d, XLAT(d->abi, fd_flags), (uint32_t)arg, NULL);
		break;
	case XV_F_SETFL:
		print_open_flags(d, (uint32_t)arg);
		break;
	case XV_F_SETLEASE:
		print_xval(d, XLAT(d->abi, lock_types), (uint32_t)arg, NULL);
		break;
	case XV_F_NOTIFY:
		print_flags(d, XLAT(d->abi, dnotify_flags), (uint32_t)arg, NULL);
		break;
	case XV_F_ADD_SEALS:
		print_flags(d, XLAT(d->abi, seals), (uint32_t)arg, NULL);
		break;
	case XV_F_SETSIG:
		print_signo(d, arg_int(d, 2));
		break;
	case XV_F_SETLK: case XV_F_SETLKW:
		print_flock(d, arg, false, false);
		break;
	case XV_F_OFD_SETLK: case XV_F_OFD_SETLKW:
		print_flock(d, arg, true, false);
		break;
	case XV_F_SETOWN_EX:
		print_owner_ex(d, arg);
		break;
	default:
		if (is_lk64_cmd(d, cmd))
			print_flock(d, arg, true, false);
		else
			print_hex(d, arg);
	}
}

static int fcntl_entering(struct dctx *d, int cmd)
{
	switch (cmd) {
	case XV_F_GETFD: case XV_F_GETFL: case XV_F_GETSIG:
	case XV_F_GETLEASE: case XV_F_GET_SEALS:
		return DEC_AGAIN;   /* the return value gets a comment */
	case XV_F_GETOWN: case XV_F_GETPIPE_SZ:
		return DEC_DONE;    /* no argument */
	}
	P(d, ", ");
	if (fcntl_reads_lock(d, cmd) || cmd == XV_F_GETOWN_EX)
		return DEC_AGAIN;
	print_fcntl_arg(d, cmd);
	return DEC_DONE;
}

/* The return value of the F_GET* commands, with strace's comment. */
static void fcntl_return(struct dctx *d, int cmd)
{
	int64_t rval = d->sc->rval;
	if (syserror(d))
		return;
	switch (cmd) {
	case XV_F_GETFD:
		if (rval)
			hex_return_with_flags(d, "flags ", XLAT(d->abi, fd_flags));
		break;
	case XV_F_GET_SEALS:
		if (rval)
			hex_return_with_flags(d, "seals ", XLAT(d->abi, seals));
		break;
	case XV_F_GETFL: {
		struct aux_capture c;
		d->ret_kind = R_HEX;
		aux_begin(d, &c);
		P(d, "flags ");
		/* strace names these flags in every -X style */
		enum xlat_style style = xlat_style;
		xlat_style = XLAT_STYLE_ABBREV;
		print_open_flags(d, (uint32_t)rval);
		xlat_style = style;
		aux_end(d, &c);
		break;
	}
	case XV_F_GETLEASE:
		d->ret_kind = R_HEX;
		aux_name(d, XLAT(d->abi, lock_types), (uint64_t)rval);
		break;
	case XV_F_GETSIG:
		if (rval) {
			const char *name = signame((int)rval);
			if (name)
				snprintf(d->auxstr, sizeof(d->auxstr), "(%s)", name);
			else
				snprintf(d->auxstr, sizeof(d->auxstr), "(%d)", (int)rval);
		}
		break;
	}
}

static int fcntl_exiting(struct dctx *d, int cmd)
{
	uint64_t arg = arg_ulong(d, 2);
	if (fcntl_reads_lock(d, cmd)) {
		if (syserror(d))
			print_ptr(d, arg);
		else
			print_flock(d, arg, cmd != XV_F_GETLK, true);
	} else if (cmd == XV_F_GETOWN_EX) {
		if (syserror(d))
			print_ptr(d, arg);
		else
			print_owner_ex(d, arg);
	} else {
		fcntl_return(d, cmd);
	}
	return DEC_DONE;
}

/* fcntl(fd, cmd, arg) and fcntl64 */
DEFINE_DECODER(fcntl)
{
	int cmd = arg_int(d, 1);
	if (d->exiting)
		return fcntl_exiting(d, cmd);
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_xval(d, XLAT(d->abi, fcntl_cmds), (uint32_t)cmd, NULL);
	return fcntl_entering(d, cmd);
}

/* ---- iovec arrays ---- */

static void print_iovec(struct dctx *d, const unsigned char *el, struct iov_data *data)
{
	uint64_t base = FIELD_U(d, el, iovec, iov_base);
	uint64_t len = FIELD_U(d, el, iovec, iov_len);
	P(d, "{iov_base=");
	if (data->as_strings) {
		uint64_t shown = len < data->left ? len : data->left;
		if (data->left != UINT64_MAX)
			data->left -= shown;
		if (data->netlink)
			print_netlink_at(d, arg_int(d, 0), base, shown);
		else
			print_buf(d, base, shown, 0);
	} else {
		print_ptr(d, base);
	}
	PF(d, ", iov_len=%" PRIu64 "}", len);
}

/* [{iov_base="...", iov_len=N}, ...]: at most -s elements, then "...";
 * an element that cannot be read ends the array with its address (each
 * element is read before the -s limit is looked at, as strace does). */
void print_iovec_array(struct dctx *d, uint64_t addr, uint64_t count, struct iov_data data)
{
	unsigned char el[16];
	uint64_t esize = (uint64_t)SZ(d->abi, iovec);
	if (!addr) {
		P(d, "NULL");
		return;
	}
	if (!count) {
		P(d, "[]");
		return;
	}
	if (!verbose(d)) {
		print_ptr(d, addr);
		return;
	}
	if (esize == 0 || esize > sizeof(el) || count > UINT64_MAX / esize ||
	    addr + count * esize <= addr) {
		print_ptr(d, addr);
		return;
	}
	for (uint64_t i = 0; i < count; i++) {
		uint64_t cur = addr + i * esize;
		if (i)
			P(d, ", ");
		if (dread(d, cur, el, (size_t)esize) < 0) {
			if (!i) {
				print_ptr(d, addr);
				return;
			}
			PF(d, "... /* %#" PRIx64 " */", cur);
			break;
		}
		if (!i)
			P(d, "[");
		if (i >= (uint64_t)d->max_strlen && abbrev(d)) {
			P(d, "...");
			break;
		}
		print_iovec(d, el, &data);
	}
	P(d, "]");
}

static const struct iov_data iov_all_data = { true, UINT64_MAX };

/* The file offset of preadv/pwritev/preadv2/pwritev2: one register on
 * 64-bit ABIs, two word halves (low first) on 32-bit ones. */
static int64_t vector_offset(const struct dctx *d)
{
	if (!abi_is_32bit(d))
		return (int64_t)d->sc->args[3];
	return (int64_t)((uint64_t)(uint32_t)d->sc->args[3] |
			 (uint64_t)(uint32_t)d->sc->args[4] << 32);
}

enum vector_tail { TAIL_NONE, TAIL_OFFSET, TAIL_OFFSET_FLAGS };

static void print_vector_tail(struct dctx *d, enum vector_tail tail)
{
	PF(d, ", %" PRIu64, arg_ulong(d, 2));
	if (tail == TAIL_NONE)
		return;
	PF(d, ", %" PRId64, vector_offset(d));
	if (tail == TAIL_OFFSET_FLAGS) {
		P(d, ", ");
		print_flags(d, XLAT(d->abi, rwf_flags), arg_ulong(d, 5), NULL);
	}
}

/* readv family: the buffers are shown at exit, up to the bytes read */
static int vector_read(struct dctx *d, enum vector_tail tail)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		return DEC_AGAIN;
	}
	struct iov_data data = { !syserror(d), (uint64_t)d->sc->rval };
	print_iovec_array(d, arg_ulong(d, 1), arg_ulong(d, 2), data);
	print_vector_tail(d, tail);
	return DEC_DONE;
}

/* writev family: everything at entry */
static int vector_write(struct dctx *d, enum vector_tail tail)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_iovec_array(d, arg_ulong(d, 1), arg_ulong(d, 2), iov_all_data);
	print_vector_tail(d, tail);
	return DEC_DONE;
}

DEFINE_DECODER(readv) { return vector_read(d, TAIL_NONE); }
DEFINE_DECODER(preadv) { return vector_read(d, TAIL_OFFSET); }
DEFINE_DECODER(preadv2) { return vector_read(d, TAIL_OFFSET_FLAGS); }
DEFINE_DECODER(writev) { return vector_write(d, TAIL_NONE); }
DEFINE_DECODER(pwritev) { return vector_write(d, TAIL_OFFSET); }
DEFINE_DECODER(pwritev2) { return vector_write(d, TAIL_OFFSET_FLAGS); }

/* vmsplice(fd, iov, nr_segs, flags): the buffers whatever the direction */
DEFINE_DECODER(vmsplice)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_iovec_array(d, arg_ulong(d, 1), arg_ulong(d, 2), iov_all_data);
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 2));
	print_flags(d, XLAT(d->abi, splice_flags), arg_ulong(d, 3), NULL);
	return DEC_DONE;
}

/* ---- offsets passed by pointer ---- */

/* [N]: an integer of size bytes at addr; false when only NULL or the
 * address could be printed */
bool print_num_at(struct dctx *d, uint64_t addr, int size, bool is_signed)
{
	unsigned char buf[8];
	if (!addr) {
		P(d, "NULL");
		return false;
	}
	if (dread(d, addr, buf, (size_t)size) < 0) {
		print_ptr(d, addr);
		return false;
	}
	if (is_signed)
		PF(d, "[%" PRId64 "]", field_s(buf, 0, size));
	else
		PF(d, "[%" PRIu64 "]", field_u(buf, 0, size));
	return true;
}

/* _llseek(fd, offset_high, offset_low, [result], whence) */
DEFINE_DECODER(llseek)
{
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		uint64_t offset = (uint64_t)(uint32_t)arg_ulong(d, 1) << 32 | (uint32_t)arg_ulong(d, 2);
		PF(d, ", %" PRId64 ", ", (int64_t)offset);
		return DEC_AGAIN;
	}
	if (syserror(d))
		print_ptr(d, arg_ulong(d, 3));
	else
		print_num_at(d, arg_ulong(d, 3), 8, false);
	P(d, ", ");
	print_xval(d, XLAT(d->abi, whence), (uint32_t)arg_ulong(d, 4), NULL);
	return DEC_DONE;
}

/* sendfile(out_fd, in_fd, [offset] => [new offset], count): the offset is
 * an off_t (a word) for sendfile, a loff_t for sendfile64 */
static int sendfile_common(struct dctx *d, int offset_size)
{
	uint64_t offset_addr = arg_ulong(d, 2);
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		print_fd(d, arg_int(d, 1));
		P(d, ", ");
		if (print_num_at(d, offset_addr, offset_size, false))
			return DEC_AGAIN;
	} else if (!syserror(d) && d->sc->rval) {
		P(d, " => ");
		print_num_at(d, offset_addr, offset_size, false);
	}
	PF(d, ", %" PRIu64, arg_ulong(d, 3));
	return DEC_DONE;
}

DEFINE_DECODER(sendfile) { return sendfile_common(d, d->abi->wordsize); }
DEFINE_DECODER(sendfile64) { return sendfile_common(d, 8); }

/* splice(fd_in, [off_in], fd_out, [off_out], len, flags) */
static void print_fd_offset_pairs(struct dctx *d)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_num_at(d, arg_ulong(d, 1), 8, true);
	P(d, ", ");
	print_fd(d, arg_int(d, 2));
	P(d, ", ");
	print_num_at(d, arg_ulong(d, 3), 8, true);
	PF(d, ", %" PRIu64 ", ", arg_ulong(d, 4));
}

DEFINE_DECODER(splice)
{
	print_fd_offset_pairs(d);
	print_flags(d, XLAT(d->abi, splice_flags), (uint32_t)arg_ulong(d, 5), NULL);
	return DEC_DONE;
}

DEFINE_DECODER(copy_file_range)
{
	print_fd_offset_pairs(d);
	PF(d, "%u", (unsigned)arg_ulong(d, 5));
	return DEC_DONE;
}

/* arm's fadvise64_64(fd, advice, offset, len) prints in the usual order
 * fd, offset, len, advice; the 64-bit values are register pairs 2-3 and
 * 4-5 (low word first) */
DEFINE_DECODER(arm_fadvise64_64)
{
	uint64_t offset = (uint32_t)arg_ulong(d, 2) | (uint64_t)(uint32_t)arg_ulong(d, 3) << 32;
	uint64_t len = (uint32_t)arg_ulong(d, 4) | (uint64_t)(uint32_t)arg_ulong(d, 5) << 32;
	print_fd(d, arg_int(d, 0));
	PF(d, ", %" PRId64 ", %" PRId64 ", ", (int64_t)offset, (int64_t)len);
	print_xval(d, XLAT(d->abi, fadvise_advice), (uint32_t)arg_ulong(d, 1), NULL);
	return DEC_DONE;
}

/* ---- pipes ---- */

/* [3, 4], or the address after an error; an array like any other, so
 * -s 1 shows [3, ...] */
static void print_fd_pair(struct dctx *d, uint64_t addr)
{
	int32_t fds[2];
	if (syserror(d) || !addr || dread(d, addr, fds, sizeof(fds)) < 0) {
		print_ptr(d, addr);
		return;
	}
	P(d, "[");
	for (int i = 0; i < 2; i++) {
		if (i)
			P(d, ", ");
		if (i >= d->max_strlen && abbrev(d)) {
			P(d, "...");
			break;
		}
		print_fd(d, fds[i]);
	}
	P(d, "]");
}

DEFINE_DECODER(pipe)
{
	if (!d->exiting)
		return DEC_AGAIN;
	print_fd_pair(d, arg_ulong(d, 0));
	return DEC_DONE;
}

DEFINE_DECODER(pipe2)
{
	if (!d->exiting)
		return DEC_AGAIN;
	print_fd_pair(d, arg_ulong(d, 0));
	P(d, ", ");
	print_flags(d, XLAT(d->abi, pipe_flags), (uint32_t)arg_ulong(d, 1), NULL);
	return DEC_DONE;
}
