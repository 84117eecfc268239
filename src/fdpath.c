/* The fd cache of -y/-yy and -P: per process, one entry per fd number,
 * filled from /proc/TID/fd/N on first use and dropped when a syscall may
 * have changed that fd.  What each syscall does is a fact of
 * tables/fdtrack.def (struct sysent's fdfx), so a traced syscall costs no
 * /proc read and no name lookup once its fds are known. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "error.h"
#include "fdpath.h"
#include "sockdiag.h"

unsigned decode_fd_kinds;
bool fdpath_uncached;

struct fdcache {
	pid_t tgid;
	struct fdent *ents;  /* by fd number; path NULL: not known */
	int cap;
	char *cwd;
	struct fdcache *next;
};

#define NBUCKETS 256
static struct fdcache *buckets[NBUCKETS];

static struct fdcache *cache_of(pid_t tgid, bool create)
{
	struct fdcache **pp = &buckets[(unsigned)tgid % NBUCKETS];
	for (struct fdcache *c = *pp; c; c = c->next)
		if (c->tgid == tgid)
			return c;
	if (!create)
		return NULL;
	struct fdcache *c = calloc(1, sizeof(*c));
	if (!c)
		error_msg_and_die("out of memory");
	c->tgid = tgid;
	c->next = *pp;
	*pp = c;
	return c;
}

static char *read_link(const char *proc_path, size_t *len)
{
	char buf[4096];
	ssize_t n = readlink(proc_path, buf, sizeof(buf) - 1);
	if (n < 0)
		return NULL;
	buf[n] = '\0';
	if (len)
		*len = (size_t)n;
	return strdup(buf);
}

/* strace's test for " (deleted)": the name no longer leads to the file */
static bool strip_deleted(const char *link, char *path, size_t n)
{
	static const char sfx[] = " (deleted)";
	size_t sl = sizeof(sfx) - 1;
	if (n <= sl + 1 || memcmp(path + n - sl, sfx, sl))
		return false;
	struct stat st_link, st_path;
	if (stat(link, &st_link))
		return false;
	path[n - sl] = '\0';
	if (lstat(path, &st_path) || st_link.st_ino != st_path.st_ino
	    || st_link.st_dev != st_path.st_dev)
		return true;
	path[n - sl] = ' ';
	return false;
}

static void classify(struct fdent *e, const char *link)
{
	const char *p = e->path;
	if (!strncmp(p, "socket:[", 8)) {
		char *end;
		e->ino = strtoul(p + 8, &end, 10);
		if (e->ino && end[0] == ']' && !end[1])
			e->kind = FDK_SOCKET;
	} else if (!strcmp(p, "anon_inode:[eventfd]")) {
		e->kind = FDK_EVENTFD;
	} else if (!strcmp(p, "anon_inode:[signalfd]")) {
		e->kind = FDK_SIGNALFD;
	} else if (!strcmp(p, "anon_inode:[pidfd]") || !strncmp(p, "pidfd:", 6)) {
		e->kind = FDK_PIDFD;
	} else if (p[0] == '/' && (decode_fd_kinds & DF_DEV)) {
		struct stat st;
		(void)link;
		if (!stat(p, &st) && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))) {
			e->kind = FDK_DEV;
			e->dev_block = S_ISBLK(st.st_mode);
			e->dev_major = major(st.st_rdev);
			e->dev_minor = minor(st.st_rdev);
		}
	}
}

static void clear_ent(struct fdent *e)
{
	free(e->path);
	free(e->sock);
	memset(e, 0, sizeof(*e));
}

struct fdent *fdpath_ent(pid_t tid, pid_t tgid, int fd)
{
	if (fd < 0)
		return NULL;
	struct fdcache *c = cache_of(tgid, true);
	if (fd < c->cap && c->ents[fd].path && !fdpath_uncached)
		return &c->ents[fd];
	char proc[64];
	size_t n;
	snprintf(proc, sizeof(proc), "/proc/%d/fd/%d", tid, fd);
	char *p = read_link(proc, &n);
	if (!p)
		return NULL;
	if (fd >= c->cap) {
		int cap = c->cap ? c->cap : 64;
		while (cap <= fd)
			cap *= 2;
		struct fdent *ne = realloc(c->ents, (size_t)cap * sizeof(*ne));
		if (!ne) {
			free(p);
			return NULL;
		}
		memset(ne + c->cap, 0, (size_t)(cap - c->cap) * sizeof(*ne));
		c->ents = ne;
		c->cap = cap;
	}
	struct fdent *e = &c->ents[fd];
	clear_ent(e);
	e->path = p;
	e->deleted = strip_deleted(proc, p, n);
	classify(e, proc);
	return e;
}

const char *fdpath_get(pid_t tid, pid_t tgid, int fd)
{
	struct fdent *e = fdpath_ent(tid, tgid, fd);
	return e ? e->path : NULL;
}

const char *fdpath_cwd(pid_t tid, pid_t tgid)
{
	struct fdcache *c = cache_of(tgid, true);
	if (!c->cwd || fdpath_uncached) {
		char proc[64];
		free(c->cwd);
		snprintf(proc, sizeof(proc), "/proc/%d/cwd", tid);
		c->cwd = read_link(proc, NULL);
	}
	return c->cwd;
}

static void drop_fd(struct fdcache *c, uint64_t fd)
{
	if (fd < (uint64_t)c->cap)
		clear_ent(&c->ents[fd]);
}

static void drop_all(struct fdcache *c)
{
	for (int i = 0; i < c->cap; i++)
		clear_ent(&c->ents[i]);
}

void fdpath_forget(pid_t tgid)
{
	struct fdcache *c = cache_of(tgid, false);
	if (c) {
		drop_all(c);
		free(c->cwd);
		c->cwd = NULL;
	}
}

void fdpath_after_syscall(pid_t tgid, const struct sysent *e, const uint64_t args[6],
			  int64_t rval, bool failed)
{
	if (!e)
		return;
	if (e->fdfx == FX_NONE && (e->ret != R_FD || failed))
		return;
	struct fdcache *c = cache_of(tgid, false);
	if (!c)
		return;
	if (e->fdfx == FX_CLOSE) {
		drop_fd(c, (uint32_t)args[0]);
		return;
	}
	if (e->fdfx == FX_SOCK) {
		/* a socket the kernel did not know may be known now (also after
		 * a failed call: connect's EINPROGRESS) */
		uint64_t fd = (uint32_t)args[0];
		if (fd < (uint64_t)c->cap && c->ents[fd].sock && !c->ents[fd].sock->found)
			c->ents[fd].sock_tried = false;
		return;
	}
	if (failed)
		return;
	if (e->ret == R_FD)
		drop_fd(c, (uint64_t)rval);   /* a new fd, or dup2's target */
	if (e->fdfx == FX_ALL) {
		drop_all(c);
	} else if (e->fdfx == FX_NAMES) {
		for (int i = 0; i < c->cap; i++)
			if (c->ents[i].path && c->ents[i].kind == FDK_PATH)
				clear_ent(&c->ents[i]);
	} else if (e->fdfx == FX_CWD) {
		free(c->cwd);
		c->cwd = NULL;
	}
}

pid_t fdpath_tgid_of(pid_t tid)
{
	char proc[64], line[128];
	snprintf(proc, sizeof(proc), "/proc/%d/status", tid);
	FILE *f = fopen(proc, "re");
	pid_t tgid = tid;
	if (!f)
		return tgid;
	while (fgets(line, sizeof(line), f)) {
		if (!strncmp(line, "Tgid:", 5)) {
			tgid = (pid_t)atoi(line + 5);
			break;
		}
	}
	fclose(f);
	return tgid;
}
