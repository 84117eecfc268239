/* Terminal ioctls (type 'T', FIO*): struct termios, termio, termios2,
 * winsize, modem lines and the int arguments, as strace 6.1 prints them.
 * These structures have one layout on all five ABIs: four flag words
 * (32-bit in termios/termios2, 16-bit in termio), c_line, c_cc. */
#include <inttypes.h>

#include "common.h"
#include "decode/ioctl.h"
#include "print.h"

/* strace prints nothing at all for a zero flags word here */
static void term_flags(struct dctx *d, const struct xlat *x, uint64_t v)
{
	if (v)
		print_flags(d, x, v, "");
}

static void print_oflag(struct dctx *d, uint64_t v)
{
	const struct { const struct xlat *x; uint64_t mask; } f[] = {
		{ XLAT(d->abi, term_nldly), XV_NLDLY },
		{ XLAT(d->abi, term_crdly), XV_CRDLY },
		{ XLAT(d->abi, term_tabdly), XV_TABDLY },
		{ XLAT(d->abi, term_bsdly), XV_BSDLY },
		{ XLAT(d->abi, term_vtdly), XV_VTDLY },
		{ XLAT(d->abi, term_ffdly), XV_FFDLY },
	};
	for (unsigned i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		print_xval(d, f[i].x, v & f[i].mask, "");
		P(d, "|");
		v &= ~f[i].mask;
	}
	term_flags(d, XLAT(d->abi, term_oflags), v);
}

static void print_cflag(struct dctx *d, uint64_t v)
{
	const struct xlat *baud = XLAT(d->abi, baud_options);
	print_xval(d, baud, v & XV_CBAUD, NULL);
	P(d, "|");
	if (v & XV_CIBAUD) {
		print_xval(d, baud, (v & XV_CIBAUD) >> XV_IBSHIFT, NULL);
		P(d, "<<IBSHIFT|");
	}
	print_xval(d, XLAT(d->abi, term_csize), v & XV_CSIZE, "");
	P(d, "|");
	term_flags(d, XLAT(d->abi, term_cflags), v & ~(uint64_t)(XV_CBAUD | XV_CIBAUD | XV_CSIZE));
}

/* termio: 16-bit flag words; termios and termios2: 32-bit */
static void print_term_at(struct dctx *d, uint64_t addr, int wsize, size_t size)
{
	unsigned char b[64];
	if (!fetch_or_addr(d, addr, b, size))
		return;
	P(d, "{c_iflag=");
	term_flags(d, XLAT(d->abi, term_iflags), field_u(b, 0, wsize));
	P(d, ", c_oflag=");
	print_oflag(d, field_u(b, wsize, wsize));
	P(d, ", c_cflag=");
	print_cflag(d, field_u(b, 2 * wsize, wsize));
	P(d, ", c_lflag=");
	term_flags(d, XLAT(d->abi, term_lflags), field_u(b, 3 * wsize, wsize));
	P(d, ", ...}");
}

static void print_winsize_at(struct dctx *d, uint64_t addr)
{
	unsigned char b[8];
	if (!fetch_or_addr(d, addr, b, sizeof(b)))
		return;
	PF(d, "{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}", (unsigned)field_u(b, 0, 2),
	   (unsigned)field_u(b, 2, 2), (unsigned)field_u(b, 4, 2), (unsigned)field_u(b, 6, 2));
}

static void print_modem_at(struct dctx *d, uint64_t addr)
{
	unsigned char b[4];
	if (!fetch_or_addr(d, addr, b, sizeof(b)))
		return;
	P(d, "[");
	print_flags(d, XLAT(d->abi, modem_flags), field_u(b, 0, 4), NULL);
	P(d, "]");
}

int ioctl_tty(struct dctx *d, uint32_t code, uint64_t arg)
{
	switch (code) {
	/* read by the kernel: printed at entry */
	case XV_TCSETS: case XV_TCSETSW: case XV_TCSETSF: case XV_TIOCSLCKTRMIOS:
	case XV_TCSETA: case XV_TCSETAW: case XV_TCSETAF:
	case XV_TCSETS2: case XV_TCSETSW2: case XV_TCSETSF2:
	case XV_TIOCSWINSZ:
	case XV_TIOCMBIS: case XV_TIOCMBIC: case XV_TIOCMSET:
	case XV_TIOCSPGRP: case XV_TIOCSETD: case XV_FIONBIO: case XV_FIOASYNC:
	case XV_TIOCSSOFTCAR: case XV_TIOCSPTLCK:
	case XV_TCXONC: case XV_TCFLSH: case XV_TCSBRK: case XV_TCSBRKP: case XV_TIOCSCTTY:
	case XV_TIOCSTI:
		break;
	/* written by the kernel: printed at exit */
	case XV_TCGETS: case XV_TIOCGLCKTRMIOS: case XV_TCGETA: case XV_TCGETS2:
	case XV_TIOCGWINSZ: case XV_TIOCMGET:
	case XV_TIOCGPGRP: case XV_TIOCGSID: case XV_TIOCGETD: case XV_TIOCGSOFTCAR:
	case XV_TIOCGPTN: case XV_FIONREAD: case XV_TIOCOUTQ: case XV_TIOCGEXCL:
	case XV_TIOCGDEV:
		if (!d->exiting)
			return IOCTL_AGAIN;
		break;
	/* no argument */
	case XV_TIOCSBRK: case XV_TIOCCBRK: case XV_TIOCCONS: case XV_TIOCNOTTY:
	case XV_TIOCEXCL: case XV_TIOCNXCL: case XV_FIOCLEX: case XV_FIONCLEX:
	case XV_TIOCVHANGUP: case XV_TIOCSSERIAL:
		return IOCTL_DONE;
	default:
		return IOCTL_RAW;
	}
	P(d, ", ");
	switch (code) {
	case XV_TCSETS: case XV_TCSETSW: case XV_TCSETSF: case XV_TIOCSLCKTRMIOS:
	case XV_TCGETS: case XV_TIOCGLCKTRMIOS:
		print_term_at(d, arg, 4, 36);
		break;
	case XV_TCSETS2: case XV_TCSETSW2: case XV_TCSETSF2: case XV_TCGETS2:
		print_term_at(d, arg, 4, 44);
		break;
	case XV_TCSETA: case XV_TCSETAW: case XV_TCSETAF: case XV_TCGETA:
		print_term_at(d, arg, 2, 18);
		break;
	case XV_TIOCSWINSZ: case XV_TIOCGWINSZ:
		print_winsize_at(d, arg);
		break;
	case XV_TIOCMBIS: case XV_TIOCMBIC: case XV_TIOCMSET: case XV_TIOCMGET:
		print_modem_at(d, arg);
		break;
	case XV_TCXONC:
		print_xval(d, XLAT(d->abi, tcxonc_options), arg, NULL);
		break;
	case XV_TCFLSH:
		print_xval(d, XLAT(d->abi, tcflsh_options), arg, NULL);
		break;
	case XV_TCSBRK: case XV_TCSBRKP: case XV_TIOCSCTTY:
		PF(d, "%d", (int)arg);
		break;
	case XV_TIOCSTI:
		print_buf(d, arg, 1, 0);
		break;
	default:
		ioctl_print_num(d, arg, 4, true);
		break;
	}
	return IOCTL_DONE;
}
