/* -P and --trace-fds, strace's rules: a syscall matches when one of the
 * arguments tables/fdtrack.def names is a selected fd, an fd whose path
 * (from the -y cache) is selected, or a selected path string. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "error.h"
#include "fdpath.h"
#include "pathtrace.h"

bool pathtrace_active;

static const char **paths;
static unsigned npaths, nrequested;

/* the fd set: bit i of fdbits, beyond nbits the value of fd_neg */
static uint8_t *fdbits;
static unsigned fdnbits;
static bool fd_neg, have_fdset;

static bool path_selected(const char *p)
{
	for (unsigned i = 0; i < npaths; i++)
		if (!strcmp(p, paths[i]))
			return true;
	return false;
}

/* false when the path was already selected */
static bool store(const char *p)
{
	if (path_selected(p))
		return false;
	const char **np = realloc(paths, (npaths + 1) * sizeof(*np));
	if (!np)
		error_msg_and_die("out of memory");
	paths = np;
	paths[npaths++] = p;
	return true;
}

/* strace's quoting of the notice: a C string with escapes */
static void quote_for_notice(const char *s, char *out)
{
	*out++ = '"';
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		const char *esc = NULL;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\v': esc = "\\v"; break;
		}
		if (esc) {
			out = stpcpy(out, esc);
		} else if (c >= ' ' && c < 0x7f) {
			*out++ = (char)c;
		} else {
			bool next_oct = s[1] >= '0' && s[1] <= '7';
			*out++ = '\\';
			if (next_oct || c >= 64)
				*out++ = (char)('0' + (c >> 6));
			if (next_oct || c >= 8)
				*out++ = (char)('0' + ((c >> 3) & 7));
			*out++ = (char)('0' + (c & 7));
		}
	}
	*out++ = '"';
	*out = '\0';
}

/* every -P in order, duplicates too: each gets its notice */
static const char **requested;

void pathtrace_add(const char *path)
{
	const char **nr = realloc(requested, (nrequested + 1) * sizeof(*nr));
	if (!nr)
		error_msg_and_die("out of memory");
	requested = nr;
	requested[nrequested++] = path;
	store(path);
	pathtrace_active = true;
}

static void resolve_one(const char *p, bool quiet)
{
	char *rp = realpath(p, NULL);
	if (!rp)
		return;
	if (!strcmp(rp, p)) {
		free(rp);
		return;
	}
	if (!quiet) {
		char *a = malloc(strlen(p) * 4 + 3), *b = malloc(strlen(rp) * 4 + 3);
		if (!a || !b)
			error_msg_and_die("out of memory");
		quote_for_notice(p, a);
		quote_for_notice(rp, b);
		error_msg("Requested path %s resolved into %s", a, b);
		free(a);
		free(b);
	}
	if (!store(rp))
		free(rp);
}

void pathtrace_resolve(bool quiet)
{
	for (unsigned i = 0; i < nrequested; i++)
		resolve_one(requested[i], quiet);
}

bool parse_trace_fds(const char *spec)
{
	const char *s = spec;
	bool neg = *s == '!';
	s += neg;
	free(fdbits);
	fdbits = NULL;
	fdnbits = 0;
	fd_neg = false;
	have_fdset = true;
	pathtrace_active = true;
	if (!strcmp(s, "none") || !strcmp(s, "all")) {
		fd_neg = neg != !strcmp(s, "all");
		return true;
	}
	char *copy = strdup(s);
	if (!copy)
		error_msg_and_die("out of memory");
	bool any = false;
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char *end;
		long v = tok[0] >= '0' && tok[0] <= '9' ? strtol(tok, &end, 10) : -1;
		if (v < 0 || *end || v > INT_MAX) {
			error_msg("invalid descriptor '%s'", tok);
			free(copy);
			return false;
		}
		if ((unsigned long)v >= fdnbits) {
			unsigned n = fdnbits ? fdnbits : 64;
			while (n <= (unsigned long)v)
				n *= 2;
			uint8_t *nb = realloc(fdbits, n / 8);
			if (!nb)
				error_msg_and_die("out of memory");
			memset(nb + fdnbits / 8, 0, (n - fdnbits) / 8);
			fdbits = nb;
			fdnbits = n;
		}
		fdbits[v / 8] |= (uint8_t)(1u << (v % 8));
		any = true;
	}
	free(copy);
	if (!any) {
		error_msg("invalid descriptor '%s'", spec);
		return false;
	}
	if (neg) {
		for (unsigned i = 0; i < fdnbits / 8; i++)
			fdbits[i] = (uint8_t)~fdbits[i];
		fd_neg = true;
	}
	return true;
}

static bool fd_selected(int fd)
{
	if (!have_fdset || fd < 0)
		return false;
	if ((unsigned)fd >= fdnbits)
		return fd_neg;
	return fdbits[fd / 8] >> (fd % 8) & 1;
}

struct pt_ctx {
	struct tcb *t;
	struct mem_reader m;
};

static bool fdmatch(struct pt_ctx *c, int fd)
{
	if (fd_selected(fd))
		return true;
	if (!npaths || fd < 0)
		return false;
	const char *p = fdpath_get(c->t->pid, c->t->tgid, fd);
	return p && path_selected(p);
}

static bool upathmatch(struct pt_ctx *c, uint64_t addr)
{
	static char buf[PATH_MAX + 1];
	if (!npaths || !addr)
		return false;
	long n = c->m.read_str(&c->m, addr, buf, sizeof(buf));
	if (n <= 0 || buf[n - 1] != '\0')
		return false;
	return path_selected(buf);
}

static uint64_t word(const struct abi *abi, const unsigned char *p)
{
	if (abi->wordsize == 4) {
		uint32_t v;
		memcpy(&v, p, 4);
		return v;
	}
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

/* nfds, readfds, writefds, exceptfds: any fd set in the three sets */
static bool match_select(struct pt_ctx *c, const uint64_t a[4])
{
	int nfds = (int)a[0];
	if (nfds <= 0)
		return false;
	if (nfds > 1024 * 1024)
		nfds = 1024 * 1024;
	unsigned ws = c->t->sc.abi->wordsize;
	size_t size = (((size_t)nfds + 7) / 8 + ws - 1) & ~(size_t)(ws - 1);
	static unsigned char *set;
	static size_t cap;
	if (size > cap) {
		unsigned char *n = realloc(set, size);
		if (!n)
			return false;
		set = n;
		cap = size;
	}
	for (int i = 1; i <= 3; i++) {
		if (!a[i] || c->m.read(&c->m, a[i], set, size) < 0)
			continue;
		for (int fd = 0; fd < nfds; fd++)
			if ((set[fd / 8] >> (fd % 8) & 1) && fdmatch(c, fd))
				return true;
	}
	return false;
}

static bool match_poll(struct pt_ctx *c, uint64_t start, unsigned nfds)
{
	const struct abi *abi = c->t->sc.abi;
	int size = LAYOUT(abi, sizeof_pollfd), off = LAYOUT(abi, offsetof_pollfd_fd);
	if (nfds > 1024 * 1024)
		nfds = 1024 * 1024;
	if (!nfds || size <= 0)
		return false;
	unsigned char buf[64];
	for (unsigned i = 0; i < nfds; i++) {
		if (c->m.read(&c->m, start + (uint64_t)i * (unsigned)size, buf, (size_t)size) < 0)
			break;
		int32_t fd;
		memcpy(&fd, buf + off, 4);
		if (fdmatch(c, fd))
			return true;
	}
	return false;
}

static bool match_special(struct pt_ctx *c, unsigned special)
{
	const struct syscall_state *sc = &c->t->sc;
	const struct abi *abi = sc->abi;
	unsigned ws = abi->wordsize;
	unsigned char ind[6 * 8];
	switch (special) {
	case PT_POLL:
		return match_poll(c, sc->args[0], (unsigned)sc->args[1]);
	case PT_SELECT:
		return match_select(c, sc->args);
	case PT_OLDSELECT:
	case PT_OLD_MMAP: {
		unsigned n = special == PT_OLDSELECT ? 5 : 6;
		uint64_t a[6];
		if (c->m.read(&c->m, sc->args[0], ind, n * ws) < 0)
			return false;
		for (unsigned i = 0; i < n; i++)
			a[i] = word(abi, ind + i * ws);
		return special == PT_OLDSELECT ? match_select(c, a) : fdmatch(c, (int)a[4]);
	}
	case PT_FANOTIFY_MARK: {
		/* the 64-bit mask takes two slots on 32-bit ABIs */
		unsigned argn = ws == 8 ? 3 : 4;
		return fdmatch(c, (int)sc->args[argn]) || upathmatch(c, sc->args[argn + 1]);
	}
	case PT_FSCONFIG: {
		const char *cmd = xlat_name(XLAT(abi, fsconfig_cmds), (uint32_t)sc->args[1]);
		if (!cmd)
			return false;
		if (!strcmp(cmd, "FSCONFIG_SET_PATH") || !strcmp(cmd, "FSCONFIG_SET_PATH_EMPTY"))
			return fdmatch(c, (int)sc->args[4]) || upathmatch(c, sc->args[3]);
		if (!strcmp(cmd, "FSCONFIG_SET_FD"))
			return fdmatch(c, (int)sc->args[4]);
		return false;
	}
	}
	return false;
}

bool pathtrace_match(struct tcb *t)
{
	const struct sysent *e = t->sc.ent;
	if (!e || !e->ptspec)
		return false;
	struct pt_ctx c = { .t = t };
	mem_reader_for_pid(&c.m, t->pid);
	if (PT_SPECIAL_OF(e->ptspec))
		return match_special(&c, PT_SPECIAL_OF(e->ptspec));
	/* fds first, then paths, as strace tests them */
	for (unsigned i = 0; i < 6; i++)
		if (PT_ARG_KIND(e->ptspec, i) == PT_FD && fdmatch(&c, (int)t->sc.args[i]))
			return true;
	for (unsigned i = 0; i < 6; i++)
		if (PT_ARG_KIND(e->ptspec, i) == PT_PATH && upathmatch(&c, t->sc.args[i]))
			return true;
	return false;
}
