/* Files and descriptors: open/openat/creat, ioctl. */
#include <inttypes.h>

#include "common.h"
#include "print.h"

/* Access mode first, then the other open flags: O_RDONLY|O_CLOEXEC. */
void print_open_flags(struct dctx *d, uint64_t flags)
{
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

/* ioctl: known requests by name, the rest in _IOC() form. */
static void print_ioctl_request(struct dctx *d, uint32_t req)
{
	const char *name = xlat_name(XLAT(d->abi, ioctl_tty), req);
	if (name) {
		P(d, name);
		return;
	}
	unsigned dir = req >> 30, size = (req >> 16) & 0x3fff;
	unsigned type = (req >> 8) & 0xff, nr = req & 0xff;
	static const char *const dirs[] = { "_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE" };
	PF(d, "_IOC(%s, %#x, %#x, %#x)", dirs[dir], type, nr, size);
}

DEFINE_DECODER(ioctl)
{
	print_fd(d, arg_int(d, 0));
	P(d, ", ");
	print_ioctl_request(d, (uint32_t)arg_ulong(d, 1));
	P(d, ", ");
	print_hex(d, arg_ulong(d, 2));
	return DEC_DONE;
}
