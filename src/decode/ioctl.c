/* ioctl(fd, request, arg): the request by every name strace has for its
 * number (joined by " or "), else in _IOC(dir, type, nr, size) form; the
 * argument by the family of the request's type, else in hex. */
#include <inttypes.h>
#include <stdlib.h>

#include "common.h"
#include "decode/ioctl.h"
#include "decode/ioctl_names.h"
#include "print.h"
#include "printopts.h"

/* _IOC fields: the same layout on all five ABIs */
#define IOC_NR(c) ((c) & 0xff)
#define IOC_TYPE(c) (((c) >> 8) & 0xff)
#define IOC_SIZE(c) (((c) >> 16) & 0x3fff)
#define IOC_DIR(c) ((c) >> 30)
enum { IOC_WRITE = 1, IOC_READ = 2 };

/* first entry of code in the ABI's sorted table, or NULL */
static const struct ioctl_ent *ioctl_lookup(const struct abi *abi, uint32_t code, unsigned *count)
{
	const struct ioctl_names *t = &ioctl_names[abi->id];
	unsigned lo = 0, hi = t->n;
	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;
		if (t->ents[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	unsigned n = 0;
	while (lo + n < t->n && t->ents[lo + n].code == code)
		n++;
	*count = n;
	return n ? &t->ents[lo] : NULL;
}

/* the numbers strace names by a pattern with the number's fields in it */
static bool print_number_pattern(struct dctx *d, uint32_t code)
{
	unsigned dir = IOC_DIR(code), nr = IOC_NR(code), size = IOC_SIZE(code);
	switch (IOC_TYPE(code)) {
	case 'M':
		if (dir == IOC_WRITE || dir == IOC_READ) {
			PF(d, "%s(%u)", dir == IOC_WRITE ? "MIXER_WRITE" : "MIXER_READ", nr);
			return true;
		}
		return false;
	case 'H': {
		/* hidraw and hiddev numbers with a length (strace names a read
		 * of nr 6 HIDIOCSFEATURE too) */
		const char *name = NULL;
		if (dir == IOC_READ) {
			name = nr == 0x04 ? "HIDIOCGRAWNAME" : nr == 0x05 ? "HIDIOCGRAWPHYS"
			     : nr == 0x06 ? "HIDIOCSFEATURE" : nr == 0x08 ? "HIDIOCGRAWUNIQ"
			     : nr == 0x12 ? "HIDIOCGPHYS" : NULL;
		} else if (dir == (IOC_READ | IOC_WRITE)) {
			name = nr == 0x06 ? "HIDIOCSFEATURE" : nr == 0x07 ? "HIDIOCGFEATURE" : NULL;
		}
		if (!name)
			return false;
		PF(d, "%s(%u)", name, size);
		return true;
	}
	case 'U':
		if (dir == IOC_READ && nr == 0x2c) {
			PF(d, "UI_GET_SYSNAME(%u)", size);
			return true;
		}
		return false;
	case 'j':
		if (dir == IOC_READ && nr == 0x13) {
			PF(d, "JSIOCGNAME(%u)", size);
			return true;
		}
		return false;
	case 'k':
		if (dir == IOC_WRITE && nr == 0) {
			PF(d, "SPI_IOC_MESSAGE(%u)", size);
			return true;
		}
		return false;
	default:
		return false;
	}
}

static void print_ioctl_request(struct dctx *d, uint32_t code)
{
	unsigned n;
	const struct ioctl_ent *e = ioctl_lookup(d->abi, code, &n);
	char num[16];
	snprintf(num, sizeof(num), "%#x", code);
	/* -X raw: the number; verbose: the number, the names in a comment */
	if (n && xlat_style != XLAT_STYLE_ABBREV && style_begin(d, num))
		return;
	bool pattern = print_number_pattern(d, code);
	for (unsigned i = 0; i < n; i++) {
		if (pattern || i)
			P(d, " or ");
		P(d, e[i].name);
	}
	style_end(d);
	if (pattern || n)
		return;
	static const char *const dirs[] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"
	};
	PF(d, "_IOC(%s, %#x, %#x, %#x)", dirs[IOC_DIR(code)], IOC_TYPE(code), IOC_NR(code),
	   IOC_SIZE(code));
}

void ioctl_print_num(struct dctx *d, uint64_t addr, int size, bool is_signed)
{
	unsigned char buf[8];
	if (!fetch_or_addr(d, addr, buf, (size_t)size))
		return;
	if (is_signed)
		PF(d, "[%" PRId64 "]", field_s(buf, 0, size));
	else
		PF(d, "[%" PRIu64 "]", field_u(buf, 0, size));
}

static int ioctl_family(struct dctx *d, uint32_t code, uint64_t arg)
{
	switch (IOC_TYPE(code)) {
	case 'T':
		return ioctl_tty(d, code, arg);
	case 0x12: {
		/* decoded by nr: only numbers that have a name */
		unsigned n;
		ioctl_lookup(d->abi, code, &n);
		return n ? ioctl_block(d, code, arg) : IOCTL_RAW;
	}
	case 'L':
		return ioctl_loop(d, code, arg);
	default:
		return IOCTL_RAW;
	}
}

DEFINE_DECODER(ioctl)
{
	uint32_t code = (uint32_t)arg_ulong(d, 1);
	uint64_t arg = arg_ulong(d, 2);
	if (!d->exiting) {
		print_fd(d, arg_int(d, 0));
		P(d, ", ");
		print_ioctl_request(d, code);
	}
	switch (ioctl_family(d, code, arg)) {
	case IOCTL_AGAIN:
		return DEC_AGAIN;
	case IOCTL_RAW:
		P(d, ", ");
		print_hex(d, arg);
		return DEC_DONE;
	default:
		return DEC_DONE;
	}
}
