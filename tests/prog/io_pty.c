/* ioctls on a pty master (posix_openpt): TIOCGPTN, TIOCSPTLCK, TCGETS,
 * TCSETS*, TCGETA, TIOCGWINSZ, TIOCSWINSZ, FIONREAD, FIONBIO, TIOCGPGRP,
 * TIOCOUTQ, TIOCMGET, TCXONC, TCFLSH, TIOCSTI, FIOCLEX/FIONCLEX, a request
 * with two names, unknown requests in _IOC form, bad pointers.  Prints
 * the lines xstrace must print with -e trace=ioctl.  The kernel's
 * struct termios (not glibc's) is what the calls pass. */
#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "tm_util.h"

struct kernel_termios {
	unsigned int c_iflag, c_oflag, c_cflag, c_lflag;
	unsigned char c_line, c_cc[19];
};

#define IOCTL(fd, req, arg) DO(syscall(SYS_ioctl, (long)(fd), (long)(req), (long)(arg)))

/* the flags as strace prints them, for the values this program sets */
static const char *const TERM_SET =
	"{c_iflag=BRKINT|ICRNL|IXON|IUTF8, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
	"c_cflag=B9600|CS8|CREAD|HUPCL, c_lflag=ISIG|ICANON|ECHO|IEXTEN|ECHOCTL|TOSTOP, ...}";
static const char *const TERM_ODD =
	"{c_iflag=, c_oflag=NL1|CR2|XTABS|BS1|VT0|FF1|OFILL|0x10000, "
	"c_cflag=B57600|B50<<IBSHIFT|CS5|, c_lflag=, ...}";

int main(void)
{
	one_write();
	int m = posix_openpt(O_RDWR | O_NOCTTY);
	if (m < 0)
		return 77;
	int n = -1;
	IOCTL(m, TIOCGPTN, &n);
	expect(RET, "ioctl(%d, TIOCGPTN, [%d])", m, n);
	int unlock = 0;
	IOCTL(m, TIOCSPTLCK, &unlock);
	expect(RET, "ioctl(%d, TIOCSPTLCK, [0])", m);

	struct kernel_termios t = { 0 };
	t.c_iflag = BRKINT | ICRNL | IXON | IUTF8;
	t.c_oflag = OPOST | ONLCR;
	t.c_cflag = B9600 | CS8 | CREAD | HUPCL;   /* what a pty master keeps */
	t.c_lflag = ISIG | ICANON | ECHO | IEXTEN | ECHOCTL | TOSTOP;
	t.c_cc[VMIN] = 1;
	IOCTL(m, TCSETS, &t);
	expect(RET, "ioctl(%d, SNDCTL_TMR_START or TCSETS, %s)", m, TERM_SET);
	IOCTL(m, TCSETSW, &t);
	expect(RET, "ioctl(%d, SNDCTL_TMR_STOP or TCSETSW, %s)", m, TERM_SET);
	IOCTL(m, TCSETSF, &t);
	expect(RET, "ioctl(%d, SNDCTL_TMR_CONTINUE or TCSETSF, %s)", m, TERM_SET);
	struct kernel_termios got;
	IOCTL(m, TCGETS, &got);
	expect(RET, "ioctl(%d, TCGETS, %s)", m, TERM_SET);
	/* zero flag words print as nothing; delays, input speed, unknown bits */
	struct kernel_termios odd = { 0 };
	odd.c_oflag = NL1 | CR2 | XTABS | BS1 | FF1 | OFILL | 0x10000;
	odd.c_cflag = B57600 | (B50 << 16) | CS5;
	IOCTL(-1, TCSETS, &odd);
	expect(RET, "ioctl(-1, SNDCTL_TMR_START or TCSETS, %s)", TERM_ODD);
	/* struct termio: 16-bit flag words */
	unsigned short tio[9] = { ICRNL | IXON, 0, B38400 | CS8 | CREAD, 0 };
	IOCTL(-1, TCSETA, tio);
	expect(RET, "ioctl(-1, TCSETA, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|, "
	       "c_cflag=B38400|CS8|CREAD, c_lflag=, ...})");
	IOCTL(-1, TCGETA, tio);
	expect(RET, "ioctl(-1, TCGETA, %p)", (void *)tio);

	struct winsize w = { 0 };
	IOCTL(m, TIOCGWINSZ, &w);
	expect(RET, "ioctl(%d, TIOCGWINSZ, {ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u})", m,
	       w.ws_row, w.ws_col, w.ws_xpixel, w.ws_ypixel);
	w.ws_row = 24;
	w.ws_col = 80;
	w.ws_xpixel = 640;
	w.ws_ypixel = 480;
	IOCTL(m, TIOCSWINSZ, &w);
	expect(RET, "ioctl(%d, TIOCSWINSZ, {ws_row=24, ws_col=80, ws_xpixel=640, ws_ypixel=480})", m);
	IOCTL(m, TIOCGWINSZ, &w);
	expect(RET, "ioctl(%d, TIOCGWINSZ, {ws_row=24, ws_col=80, ws_xpixel=640, ws_ypixel=480})", m);

	IOCTL(m, FIONREAD, &n);
	expect(RET, "ioctl(%d, FIONREAD, [%d])", m, n);
	IOCTL(m, TIOCOUTQ, &n);
	expect(RET, "ioctl(%d, TIOCOUTQ, [%d])", m, n);
	int one = 1;
	IOCTL(m, FIONBIO, &one);
	expect(RET, "ioctl(%d, FIONBIO, [1])", m);
	IOCTL(m, TIOCGPGRP, &n);
	if (last_ret == 0)
		expect(RET, "ioctl(%d, TIOCGPGRP, [%d])", m, n);
	else
		expect(RET, "ioctl(%d, TIOCGPGRP, %p)", m, (void *)&n);
	int modem = TIOCM_DTR | TIOCM_RTS | 0x100000;
	IOCTL(-1, TIOCMSET, &modem);
	expect(RET, "ioctl(-1, TIOCMSET, [TIOCM_DTR|TIOCM_RTS|0x100000])");
	modem = 0;
	IOCTL(-1, TIOCMBIS, &modem);
	expect(RET, "ioctl(-1, TIOCMBIS, [0])");
	IOCTL(-1, TCXONC, TCOON);
	expect(RET, "ioctl(-1, TCXONC, TCOON)");
	IOCTL(-1, TCFLSH, 7);
	expect(RET, "ioctl(-1, TCFLSH, 0x7 /* TC??? */)");
	IOCTL(-1, TCSBRK, -5);
	expect(RET, "ioctl(-1, TCSBRK, -5)");
	IOCTL(-1, TIOCSTI, "x");
	expect(RET, "ioctl(-1, TIOCSTI, \"x\")");
	IOCTL(m, FIOCLEX, 0);
	expect(RET, "ioctl(%d, FIOCLEX)", m);
	IOCTL(m, FIONCLEX, 0);
	expect(RET, "ioctl(%d, FIONCLEX)", m);

	/* bad pointers: NULL, an address, and a failed read at exit */
	IOCTL(m, TCGETS, 0);
	expect(RET, "ioctl(%d, TCGETS, NULL)", m);
	IOCTL(m, TIOCGWINSZ, 8);
	expect(RET, "ioctl(%d, TIOCGWINSZ, 0x8)", m);
	IOCTL(m, TIOCSWINSZ, 8);
	expect(RET, "ioctl(%d, TIOCSWINSZ, 0x8)", m);
	int devnull = open("/dev/null", O_RDONLY);
	IOCTL(devnull, TCGETS, &got);
	expect(RET, "ioctl(%d, TCGETS, %p)", devnull, (void *)&got);

	/* numbers nobody names: _IOC(dir, type, nr, size), the argument in hex */
	IOCTL(m, _IOC(_IOC_READ, 0x54, 0x99, 4), 0x1234);
	expect(RET, "ioctl(%d, _IOC(_IOC_READ, 0x54, 0x99, 0x4), 0x1234)", m);
	IOCTL(m, _IOC(_IOC_NONE, 0x54, 0x99, 0), 0);
	expect(RET, "ioctl(%d, _IOC(_IOC_NONE, 0x54, 0x99, 0), 0)", m);
	IOCTL(m, _IOC(_IOC_READ | _IOC_WRITE, 0xfe, 0x1, 0x3fff), -1);
	expect(RET, "ioctl(%d, _IOC(_IOC_READ|_IOC_WRITE, 0xfe, 0x1, 0x3fff), %#lx)", m, -1UL);
	IOCTL(m, _IOC(_IOC_WRITE, 0, 0, 8), 0);
	expect(RET, "ioctl(%d, _IOC(_IOC_WRITE, 0, 0, 0x8), 0)", m);
	/* strace's patterns with the number's fields */
	IOCTL(-1, _IOC(_IOC_READ, 'M', 0x3, 4), 0);
	expect(RET, "ioctl(-1, MIXER_READ(3) or MCE_GETCLEAR_FLAGS, 0)");
	IOCTL(-1, _IOC(_IOC_WRITE, 'M', 0x40, 4), 0);
	expect(RET, "ioctl(-1, MIXER_WRITE(64), 0)");
	close(devnull);
	close(m);
	return 0;
}
