/* -k, --stack-trace: the tracee's stack, walked with libunwind's ptrace
 * accessors when the syscall enters and printed after its line, in
 * strace's format. Each frame is named by the mapping it falls in, from
 * /proc/PID/maps read once per process and again only after a syscall
 * that changes the mappings (%maps in tables/signatures.def). */
#include "config.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "fdpath.h"
#include "options.h"
#include "output.h"
#include "stacktrace.h"

bool stacktrace_enabled;
unsigned stacktrace_frame_limit = 256;

void stacktrace_set_limit(const char *arg)
{
	char *end;
	unsigned long n = strtoul(arg, &end, 10);
	if (end == arg || *end || *arg == '-' || n < 1 || n > 65535)
		error_msg_and_help("invalid --stack-trace-frame-limit argument: '%s'", arg);
	stacktrace_frame_limit = (unsigned)n;
}

void stacktrace_add_to_set(struct trace_set *s)
{
	for (int a = 0; a < ABI_COUNT; a++)
		for (uint32_t nr = 0; nr < abis[a].nsyscalls && nr < s->size[a]; nr++) {
			const struct sysent *e = abis[a].syscalls[nr];
			if (e && (e->classes & TC_MAPS))
				s->bits[a][nr >> 3] |= (uint8_t)(1u << (nr & 7));
		}
}

#ifndef HAVE_LIBUNWIND

void stacktrace_enable(void)
{
	error_msg_and_help("Stack traces (-k/--stack-trace) option is not supported by this build");
}

void stacktrace_entering(struct tcb *t, bool startup)
{
	(void)t, (void)startup;
}

void stacktrace_exiting(struct tcb *t, const struct stop_info *si)
{
	(void)t, (void)si;
}

void stacktrace_print(struct tcb *t, struct outfile *f)
{
	(void)t, (void)f;
}

void stacktrace_signal(struct tcb *t, struct outfile *f)
{
	(void)t, (void)f;
}

void stacktrace_forget(struct tcb *t)
{
	(void)t;
}

#else

#include <libunwind-ptrace.h>

/* One process's mappings, shared by its threads. */
struct map_ent {
	uint64_t start, end, off;
	size_t path;               /* offset in strings */
};
struct proc_maps {
	pid_t tgid;
	unsigned refs;
	unsigned gen;              /* bumped at each re-read */
	bool stale;
	struct map_ent *v;
	unsigned n, cap;
	char *strings;
	size_t slen, scap;
	struct proc_maps *next;
};

/* Per thread: its process's maps, its libunwind handle, the text of the
 * captured stack until the line is done. */
struct stack_tcb {
	struct proc_maps *pm;
	void *upt;
	unsigned upt_gen;
	bool deferred;             /* capture at the exit stop instead */
	char *text;
	size_t len, cap;
};

static unw_addr_space_t as;
static struct proc_maps *all_maps;

void stacktrace_enable(void)
{
	stacktrace_enabled = true;
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		error_msg_and_die("out of memory");
	return p;
}

static struct proc_maps *maps_of(pid_t tgid)
{
	for (struct proc_maps *m = all_maps; m; m = m->next)
		if (m->tgid == tgid) {
			m->refs++;
			return m;
		}
	struct proc_maps *m = xrealloc(NULL, sizeof(*m));
	memset(m, 0, sizeof(*m));
	m->tgid = tgid;
	m->refs = 1;
	m->stale = true;
	m->next = all_maps;
	all_maps = m;
	return m;
}

static void maps_unref(struct proc_maps *m)
{
	if (--m->refs)
		return;
	for (struct proc_maps **pp = &all_maps; *pp; pp = &(*pp)->next)
		if (*pp == m) {
			*pp = m->next;
			break;
		}
	free(m->v);
	free(m->strings);
	free(m);
}

static void maps_read(struct proc_maps *m, pid_t pid)
{
	char name[64];
	snprintf(name, sizeof(name), "/proc/%d/maps", pid);
	m->n = 0;
	m->slen = 0;
	m->stale = false;
	m->gen++;
	FILE *f = fopen(name, "re");
	if (!f)
		return;
	char *line = NULL;
	size_t lcap = 0;
	while (getline(&line, &lcap, f) > 0) {
		unsigned long long start, end, off;
		int pathpos = 0;
		if (sscanf(line, "%llx-%llx %*s %llx %*s %*s %n", &start, &end, &off, &pathpos) < 3 || !pathpos)
			continue;
		char *path = line + pathpos;
		path[strcspn(path, "\n")] = '\0';
		if (!*path)
			continue;   /* anonymous memory names no frame */
		size_t plen = strlen(path) + 1;
		if (m->n == m->cap) {
			m->cap = m->cap ? 2 * m->cap : 64;
			m->v = xrealloc(m->v, m->cap * sizeof(*m->v));
		}
		if (m->slen + plen > m->scap) {
			m->scap = (m->slen + plen) * 2;
			m->strings = xrealloc(m->strings, m->scap);
		}
		memcpy(m->strings + m->slen, path, plen);
		m->v[m->n++] = (struct map_ent){ start, end, off, m->slen };
		m->slen += plen;
	}
	free(line);
	fclose(f);
	/* libunwind's caches describe the old address space */
	unw_flush_cache(as, 0, 0);
}

static const struct map_ent *maps_find(const struct proc_maps *m, uint64_t ip)
{
	unsigned lo = 0, hi = m->n;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if (ip < m->v[mid].start)
			hi = mid;
		else if (ip >= m->v[mid].end)
			lo = mid + 1;
		else
			return &m->v[mid];
	}
	return NULL;
}

static void append(struct stack_tcb *s, const char *fmt, ...)
{
	for (;;) {
		va_list ap;
		va_start(ap, fmt);
		size_t room = s->cap - s->len;
		int n = vsnprintf(s->text + s->len, room, fmt, ap);
		va_end(ap);
		if (n < 0)
			return;
		if ((size_t)n < room) {
			s->len += (size_t)n;
			return;
		}
		s->cap = (s->len + (size_t)n + 1) * 2;
		s->text = xrealloc(s->text, s->cap);
	}
}

static struct stack_tcb *state_of(struct tcb *t)
{
	if (t->stk)
		return t->stk;
	if (!as) {
		as = unw_create_addr_space(&_UPT_accessors, 0);
		if (!as)
			error_msg_and_die("libunwind: unw_create_addr_space failed");
		unw_set_caching_policy(as, UNW_CACHE_GLOBAL);
	}
	struct stack_tcb *s = xrealloc(NULL, sizeof(*s));
	memset(s, 0, sizeof(*s));
	s->cap = 1024;
	s->text = xrealloc(NULL, s->cap);
	s->pm = maps_of(fdpath_tgid_of(t->pid));
	t->stk = s;
	return s;
}

/* Walks the stack into s->text, one " > ..." line per frame. A frame
 * without a symbol is "()" -- or "(+0x0)" in a stack strace keeps from
 * the entry of a call that does not come back the same (execve, exit):
 * held_name says which, to match strace's output. */
static void capture(struct tcb *t, struct stack_tcb *s, bool held_name)
{
	if (s->pm->stale)
		maps_read(s->pm, t->pid);
	if (s->upt && s->upt_gen != s->pm->gen) {
		_UPT_destroy(s->upt);
		s->upt = NULL;
	}
	if (!s->upt) {
		s->upt = _UPT_create(t->pid);
		s->upt_gen = s->pm->gen;
		if (!s->upt) {
			append(s, " > unexpected_backtracing_error\n");
			return;
		}
	}
	unw_cursor_t c;
	if (unw_init_remote(&c, as, s->upt) < 0) {
		append(s, " > unexpected_backtracing_error\n");
		return;
	}
	for (unsigned depth = 0; depth < stacktrace_frame_limit; depth++) {
		unw_word_t ip;
		if (unw_get_reg(&c, UNW_REG_IP, &ip) < 0) {
			append(s, " > unexpected_backtracing_error\n");
			return;
		}
		const struct map_ent *e = maps_find(s->pm, ip);
		if (!e) {
			append(s, " > backtracing_error [0x%" PRIx64 "]\n", (uint64_t)ip);
			return;
		}
		const char *path = s->pm->strings + e->path;
		uint64_t true_off = ip - e->start + e->off;
		char sym[512];
		unw_word_t off = 0;
		int rc = unw_get_proc_name(&c, sym, sizeof(sym), &off);
		if (rc == 0 || rc == -UNW_ENOMEM)
			append(s, " > %s(%s+0x%" PRIx64 ") [0x%" PRIx64 "]\n", path, sym,
			       (uint64_t)off, true_off);
		else if (held_name)
			append(s, " > %s(+0x0) [0x%" PRIx64 "]\n", path, true_off);
		else
			append(s, " > %s() [0x%" PRIx64 "]\n", path, true_off);
		if (unw_step(&c) <= 0)
			return;
	}
}

/* strace captures these at entry and prints them later, which shows in
 * how it prints a frame without a symbol */
static bool held_at_entry(const struct sysent *e)
{
	if (!e)
		return false;
	const char *n = e->name;
	return !strcmp(n, "execve") || !strcmp(n, "execveat") || !strcmp(n, "exit")
		|| !strcmp(n, "exit_group");
}

static bool native(const struct abi *abi)
{
	return abi && abi->wordsize == sizeof(long);
}

void stacktrace_entering(struct tcb *t, bool startup)
{
	struct stack_tcb *s = state_of(t);
	s->len = 0;
	bool maps_change = t->sc.ent && (t->sc.ent->classes & TC_MAPS);
	/* the command's own execve: its stack is the new program's, after */
	s->deferred = startup;
	/* libunwind walks stacks of the tracer's own arch only (strace prints
	 * nothing for a 32-bit tracee of a 64-bit tracer either) */
	if (!(t->flags & TCB_FILTERED) && !startup && native(t->sc.abi))
		capture(t, s, held_at_entry(t->sc.ent));
	if (maps_change)
		s->pm->stale = true;
}

void stacktrace_exiting(struct tcb *t, const struct stop_info *si)
{
	struct stack_tcb *s = t->stk;
	if (s && s->deferred && !(t->flags & TCB_FILTERED) && native(abi_by_audit_arch(si->arch))) {
		s->deferred = false;
		s->len = 0;
		capture(t, s, true);
	}
}

void stacktrace_signal(struct tcb *t, struct outfile *f)
{
	if (!native(t->abi))
		return;
	/* a syscall's stack may be waiting for its line: keep it */
	struct stack_tcb *s = state_of(t);
	size_t start = s->len;
	capture(t, s, false);
	out_write(f, s->text + start, s->len - start);
	s->len = start;
}

void stacktrace_print(struct tcb *t, struct outfile *f)
{
	struct stack_tcb *s = t->stk;
	if (!s || !s->len)
		return;
	out_write(f, s->text, s->len);
	s->len = 0;
}

void stacktrace_forget(struct tcb *t)
{
	struct stack_tcb *s = t->stk;
	if (!s)
		return;
	if (s->upt)
		_UPT_destroy(s->upt);
	maps_unref(s->pm);
	free(s->text);
	free(s);
	t->stk = NULL;
}

#endif
