/* The -y cache: per process, one path per fd number, filled from
 * /proc/TID/fd/N on first use and dropped when a syscall may have changed
 * that fd (one that returns a new fd, close, dup2, exec, ...), so that a
 * traced syscall costs no /proc read once its fds are known. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "fdpath.h"

struct fdcache {
	pid_t tgid;
	char **paths;        /* by fd number */
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

static char *read_link(const char *proc_path)
{
	char buf[4096];
	ssize_t n = readlink(proc_path, buf, sizeof(buf) - 1);
	if (n < 0)
		return NULL;
	buf[n] = '\0';
	return strdup(buf);
}

const char *fdpath_get(pid_t tid, pid_t tgid, int fd)
{
	struct fdcache *c = cache_of(tgid, true);
	if (fd < c->cap && c->paths[fd])
		return c->paths[fd];
	char proc[64];
	snprintf(proc, sizeof(proc), "/proc/%d/fd/%d", tid, fd);
	char *p = read_link(proc);
	if (!p)
		return NULL;
	if (fd >= c->cap) {
		int cap = c->cap ? c->cap : 64;
		while (cap <= fd)
			cap *= 2;
		char **np = realloc(c->paths, (size_t)cap * sizeof(*np));
		if (!np) {
			free(p);
			return NULL;
		}
		memset(np + c->cap, 0, (size_t)(cap - c->cap) * sizeof(*np));
		c->paths = np;
		c->cap = cap;
	}
	c->paths[fd] = p;
	return p;
}

const char *fdpath_cwd(pid_t tid, pid_t tgid)
{
	struct fdcache *c = cache_of(tgid, true);
	if (!c->cwd) {
		char proc[64];
		snprintf(proc, sizeof(proc), "/proc/%d/cwd", tid);
		c->cwd = read_link(proc);
	}
	return c->cwd;
}

static void drop_fd(struct fdcache *c, uint64_t fd)
{
	if (fd < (uint64_t)c->cap) {
		free(c->paths[fd]);
		c->paths[fd] = NULL;
	}
}

static void drop_all(struct fdcache *c)
{
	for (int i = 0; i < c->cap; i++) {
		free(c->paths[i]);
		c->paths[i] = NULL;
	}
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

/* What a call does to the fd table, by name: looked up once per call
 * only while -y is on. */
void fdpath_after_syscall(pid_t tgid, const struct sysent *e, const uint64_t args[6],
			  int64_t rval, bool failed)
{
	struct fdcache *c = cache_of(tgid, false);
	if (!c || !e)
		return;
	const char *n = e->name;
	if (!strcmp(n, "close")) {
		drop_fd(c, (uint32_t)args[0]);
		return;
	}
	if (failed)
		return;
	if (e->ret == R_FD) {
		/* a new fd, or dup2's target: whatever it was, it is new now */
		drop_fd(c, (uint64_t)rval);
		return;
	}
	if (!strcmp(n, "chdir") || !strcmp(n, "fchdir")) {
		free(c->cwd);
		c->cwd = NULL;
		return;
	}
	/* calls that make fds without returning them, or many at once */
	static const char *const many[] = {
		"close_range", "execve", "execveat", "pipe", "pipe2", "socketpair",
		"fcntl", "fcntl64", "recvmsg", "recvmmsg", "unshare", "socketcall",
		"ipc",
	};
	for (unsigned i = 0; i < sizeof(many) / sizeof(many[0]); i++) {
		if (!strcmp(n, many[i])) {
			drop_all(c);
			return;
		}
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
