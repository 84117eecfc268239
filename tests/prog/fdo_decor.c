/* fds of every kind -yy decorates, and the calls -P/--trace-fds select.
 * usage: fdo_decor MODE DIR
 *   sockets  pipes, /dev/null, dup2, a TCP loopback pair, a UNIX socketpair,
 *            a UNIX socket bound in DIR, UDP, netlink, /dev/ptmx, a pidfd,
 *            a deleted file: the
 *            fds are used by write/read/close only (compared with strace)
 *   paths    opens, reads and closes DIR/file through a symlink, DIR/other,
 *            and fd 9 (for -P and --trace-fds)
 *   kinds    eventfd, signalfd, pidfd: prints the lines of
 *            `-yy -e trace=read,close` (strace 7.2's formats)
 *   pids     prints the lines of `-Y --always-show-pid -e trace=getpid,kill,wait4`
 *            (with a third argument "pidfd": of `-yy -Y ... -e trace=...,close`)
 *   pidns    prints the lines of a child in a new pid namespace under
 *            `-f -e decode-pids=pidns` (exit 77 without the privilege)
 *   tracefds prints the lines of `--trace-fds=9` */
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include "fd_util.h"

static const char *dir;

static void sockets(void)
{
	char b[1];
	signal(SIGPIPE, SIG_IGN);   /* write on a listener: EPIPE */
	int p[2];
	if (pipe(p) < 0)
		exit(2);
	write(p[1], "p", 1);
	read(p[0], b, 1);
	close(p[0]);
	close(p[1]);

	int n = open("/dev/null", O_RDONLY);
	read(n, b, 1);
	dup2(n, 9);
	close(9);
	close(n);

	/* TCP: a listener, a client, the accepted end */
	int l = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t al = sizeof(a);
	if (bind(l, (void *)&a, sizeof(a)) || listen(l, 1) || getsockname(l, (void *)&a, &al))
		exit(2);
	int c = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(c, (void *)&a, sizeof(a)))
		exit(2);
	int s = accept(l, NULL, NULL);
	write(c, "t", 1);
	read(s, b, 1);
	write(l, "", 0);
	close(s);
	close(c);
	close(l);

	/* TCPv6 unbound: only the protocol is known */
	int t6 = socket(AF_INET6, SOCK_STREAM, 0);
	write(t6, "", 0);
	close(t6);

	/* UNIX: a socketpair used on both ends while both are open */
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		exit(2);
	write(sv[0], "u", 1);
	read(sv[1], b, 1);
	close(sv[0]);
	close(sv[1]);
	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv))
		exit(2);
	write(sv[0], "d", 1);
	read(sv[1], b, 1);
	close(sv[0]);
	close(sv[1]);

	/* UNIX: a named listener, a client, the accepted end; abstract name */
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	snprintf(un.sun_path, sizeof(un.sun_path), "%s/sock", dir);
	int us = socket(AF_UNIX, SOCK_STREAM, 0);
	if (bind(us, (void *)&un, sizeof(un)) || listen(us, 1))
		exit(2);
	int uc = socket(AF_UNIX, SOCK_STREAM, 0);
	if (connect(uc, (void *)&un, sizeof(un)))
		exit(2);
	int ua = accept(us, NULL, NULL);
	write(uc, "n", 1);
	read(ua, b, 1);
	write(us, "", 0);
	close(ua);
	close(uc);
	close(us);
	struct sockaddr_un ab = { .sun_family = AF_UNIX };
	memcpy(ab.sun_path, "\0xst\"abs", 9);
	int ud = socket(AF_UNIX, SOCK_DGRAM, 0);
	if (bind(ud, (void *)&ab, offsetof(struct sockaddr_un, sun_path) + 9))
		exit(2);
	write(ud, "", 0);
	close(ud);

	/* UDP: bound, then connected */
	int u = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in ua4 = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	write(u, "", 0);
	if (connect(u, (void *)&a, sizeof(a)))
		exit(2);
	(void)ua4;
	write(u, "", 0);
	close(u);

	/* netlink: unbound, then bound */
	int nl = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	struct sockaddr_nl na = { .nl_family = AF_NETLINK };
	write(nl, "", 0);
	if (bind(nl, (void *)&na, sizeof(na)))
		exit(2);
	write(nl, "", 0);
	close(nl);

	/* a pty master; a pidfd */
	int pt = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	if (pt >= 0) {
		write(pt, "", 0);
		close(pt);
	}
	int pf = (int)syscall(SYS_pidfd_open, getpid(), 0);
	if (pf >= 0) {
		write(pf, "", 0);
		close(pf);
	}

	/* a file unlinked while open; a name with <, > and a newline */
	char path[1100];
	snprintf(path, sizeof(path), "%s/gone", dir);
	int g = open(path, O_CREAT | O_RDWR, 0600);
	write(g, "x", 1);
	unlink(path);
	write(g, "x", 1);
	close(g);
	snprintf(path, sizeof(path), "%s/a<b>\nc", dir);
	g = open(path, O_CREAT | O_RDWR, 0600);
	write(g, "x", 1);
	close(g);
	unlink(path);
}

static void paths(void)
{
	char file[1100], link_path[1100], other[1100], b[4];
	snprintf(file, sizeof(file), "%s/file", dir);
	snprintf(link_path, sizeof(link_path), "%s/link", dir);
	snprintf(other, sizeof(other), "%s/other", dir);
	int f = open(file, O_CREAT | O_RDWR, 0600);
	write(f, "abc", 3);
	close(f);
	if (symlink(file, link_path))
		exit(2);
	int o = open(other, O_CREAT | O_RDWR, 0600);
	f = open(link_path, O_RDONLY);
	read(f, b, 1);
	read(o, b, 1);
	dup2(f, 9);
	pread(9, b, 1, 1);
	struct stat st;
	fstat(9, &st);
	close(9);
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	faccessat(dfd, "file", R_OK, 0);
	close(dfd);
	close(f);
	close(o);
	unlink(other);
	unlink(link_path);
	unlink(file);
}

/* the first value of KEY in /proc/self/fdinfo/FD, or "": read with
 * openat and pread64, which the traces of this program leave out (the
 * fdinfo fds stay open) */
static const char *fdinfo(int fd, const char *key)
{
	static char val[64];
	char path[64], buf[1024];
	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
	val[0] = '\0';
	int f = open(path, O_RDONLY);
	ssize_t n = f < 0 ? -1 : pread(f, buf, sizeof(buf) - 1, 0);
	if (n <= 0)
		return val;
	buf[n] = '\0';
	for (char *line = buf; *line; line += strcspn(line, "\n") + (line[strcspn(line, "\n")] != 0)) {
		if (!strncmp(line, key, strlen(key))) {
			const char *v = line + strlen(key);
			v += strspn(v, " \t");
			snprintf(val, sizeof(val), "%.*s", (int)strcspn(v, "\n"), v);
			break;
		}
	}
	return val;
}

/* strace 7.2's eventfd decoration, from what this kernel's fdinfo has */
static const char *efd_text(int fd)
{
	static char b[160];
	const char *count = fdinfo(fd, "eventfd-count:");
	int n = snprintf(b, sizeof(b), "{eventfd-count=%s%s", count[0] != '0' ? "0x" : "", count);
	const char *id = fdinfo(fd, "eventfd-id:");
	if (id[0]) {
		n += snprintf(b + n, sizeof(b) - (size_t)n, ", eventfd-id=%s", id);
		const char *sem = fdinfo(fd, "eventfd-semaphore:");
		if (sem[0])
			n += snprintf(b + n, sizeof(b) - (size_t)n, ", eventfd-semaphore=%s", sem);
	}
	snprintf(b + n, sizeof(b) - (size_t)n, "}");
	return b;
}

static void kinds(void)
{
	uint64_t v;
	int e = eventfd(3, EFD_SEMAPHORE);
	char before[160];
	snprintf(before, sizeof(before), "%s", efd_text(e));
	DO(read(e, &v, 8));
	expect(RET, "read(%d<%s>, \"\\1\\0\\0\\0\\0\\0\\0\\0\", 8)", e, before);
	snprintf(before, sizeof(before), "%s", efd_text(e));
	DO(close(e));
	expect(RET, "close(%d<%s>)", e, before);

	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGINT);
	sigaddset(&m, SIGUSR1);
	sigaddset(&m, SIGRTMIN + 2);
	int s = signalfd(-1, &m, 0);
	DO(close(s));
	/* glibc's SIGRTMIN is 34; strace counts from the kernel's 32: RT_4 */
	expect(RET, "close(%d<signalfd:[INT USR1 RT_4]>)", s);

	int p = (int)syscall(SYS_pidfd_open, getpid(), 0);
	if (p >= 0) {
		DO(close(p));
		expect(RET, "close(%d<pid:%d>)", p, getpid());
	}
}

/* run with -o: the prefix is "PID<comm> "; with_pidfd: also a pidfd
 * closed under -yy: close(N<pid:PID<comm>>) */
static void pids(bool with_pidfd)
{
	char pfx[64], comm[32], ret[64];
	pid_t me = getpid();
	snprintf(comm, sizeof(comm), "%s", "fdo_decor");
	snprintf(pfx, sizeof(pfx), "%d<%s> ", me, comm);
	snprintf(ret, sizeof(ret), "%d<%s>", me, comm);
	expect(ret, "%sgetpid()", pfx);
	DO(kill(me, 0));
	expect(RET, "%skill(%d<%s>, 0)", pfx, me, comm);
	DO(kill(-1 - 0x7ffffff0, 0));
	expect(RET, "%skill(%d, 0)", pfx, -1 - 0x7ffffff0);
	/* a zombie has a comm until wait4 reaps it: the argument has it,
	 * the result no longer */
	fflush(stdout);
	pid_t c = fork();
	if (c == 0)
		_exit(0);
	siginfo_t si;
	waitid(P_PID, (id_t)c, &si, WEXITED | WNOWAIT);
	int st;
	DO(wait4(c, &st, 0, NULL));
	expect(RET, "%swait4(%d<%s>, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL)", pfx, c, comm);
	if (with_pidfd) {
		int p = (int)syscall(SYS_pidfd_open, me, 0);
		DO(close(p));
		expect(RET, "%sclose(%d<pid:%d<%s>>)", pfx, p, me, comm);
	}
}

/* a child in a new pid namespace (needs CAP_SYS_ADMIN: exit 77 without):
 * the lines of `-f -e decode-pids=pidns -e trace=getpid,kill -o FILE` */
static int pidns(void)
{
	if (unshare(CLONE_NEWPID))
		return 77;
	fflush(stdout);
	pid_t c = fork();
	if (c == 0) {
		getpid();
		kill(1, 0);
		_exit(0);
	}
	if (c < 0 || waitpid(c, NULL, 0) != c)
		return 1;
	char pfx[32], ret[64];
	snprintf(pfx, sizeof(pfx), "%-5d ", c);
	snprintf(ret, sizeof(ret), "1 /* %d in strace's PID NS */", c);
	expect(ret, "%sgetpid()", pfx);
	expect("0", "%skill(1 /* %d in strace's PID NS */, 0)", pfx, c);
	return 0;
}

static void tracefds(void)
{
	char b[1];
	int n = open("/dev/null", O_RDONLY);
	DO(dup2(n, 9));
	expect(RET, "dup2(%d, 9)", n);
	DO(read(9, b, 1));
	expect(RET, "read(9, \"\", 1)");
	DO(close(9));
	expect(RET, "close(9)");
	close(n);
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	dir = argv[2];
	const char *mode = argv[1];
	if (!strcmp(mode, "sockets"))
		sockets();
	else if (!strcmp(mode, "paths"))
		paths();
	else if (!strcmp(mode, "kinds"))
		kinds();
	else if (!strcmp(mode, "pids"))
		pids(argc > 3 && !strcmp(argv[3], "pidfd"));
	else if (!strcmp(mode, "pidns"))
		return pidns();
	else if (!strcmp(mode, "tracefds"))
		tracefds();
	else
		return 2;
	return 0;
}
