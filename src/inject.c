/* -e inject=SET:... and -e fault=SET:...: the grammar, the choice of
 * which invocation to tamper with (counted per syscall and per tracee),
 * and the actions at the entry and exit stops. The kernel-facing writes
 * are in tamper.c. */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "error.h"
#include "inject.h"
#include "options.h"
#include "output.h"
#include "print.h"
#include "tamper.h"
#include "xlat.h"

enum {
	A_ERROR = 1u << 0, A_RETVAL = 1u << 1, A_SIGNAL = 1u << 2, A_SYSCALL = 1u << 3,
	A_DELAY_ENTER = 1u << 4, A_DELAY_EXIT = 1u << 5, A_POKE_ENTER = 1u << 6,
	A_POKE_EXIT = 1u << 7,
	A_ACTIONS = A_ERROR | A_RETVAL | A_SIGNAL | A_DELAY_ENTER | A_DELAY_EXIT |
		A_POKE_ENTER | A_POKE_EXIT,
};

#define WHEN_MAX 0xffffu        /* first and step: 1..65535 */
#define LAST_INF 0xffffu        /* last: 1..65534, this means "no last" */
#define POKE_MAX 1024           /* bytes of data per argument */

struct poke {
	uint8_t argn;               /* 1..7 */
	uint16_t len;
	uint8_t *data;
};

struct action {
	unsigned flags;
	unsigned first, last, step; /* when=FIRST..LAST+STEP; step 0: once */
	int signo;
	int64_t rval;               /* retval=, or -errno */
	int32_t scno[ABI_COUNT];    /* syscall=: per ABI, -1 where absent */
	uint64_t delay_ns[2];       /* enter, exit */
	unsigned npoke[2];
	struct poke poke[2][7];
};

/* Per-tracee state, allocated at its first injectable call. */
enum { S_TAMPERED = 1u, S_POKED = 2u, S_DELAYED = 4u, S_DELAY_EXIT = 8u,
	S_POKE_EXIT = 16u };
struct inject_tcb {
	uint32_t *counts;           /* invocations so far, per (abi, nr) slot */
	const struct action *cur;
	unsigned state;
	int pending_sig;
	struct timespec due;
	struct tcb *next_delayed;
};

bool inject_enabled;
struct tcb *inject_delayed;
static const struct action **actions[ABI_COUNT];   /* by syscall number */
static uint32_t slot_base[ABI_COUNT], nslots;

/* ---- the grammar ---- */

/* strace's number syntax: decimal, leading blanks and a sign allowed,
 * nothing but one of `ends` after it. -1 when bad. */
static long parse_uint(const char *s, char **end, unsigned long max, const char *ends)
{
	char *e;
	errno = 0;
	long v = strtol(s, &e, 10);
	if (end)
		*end = e;
	if (e == s || errno || v < 0 || (unsigned long)v > max)
		return -1;
	if (*e && (!ends || !strchr(ends, *e)))
		return -1;
	return v;
}

/* when=FIRST[..LAST][+[STEP]] */
static bool parse_when(const char *v, struct action *a)
{
	char *e;
	long first = parse_uint(v, &e, WHEN_MAX, "+.");
	if (first < 1)
		return false;
	a->first = (unsigned)first;
	a->last = LAST_INF;
	if (*e == '.') {
		if (e[1] != '.')
			return false;
		long last = parse_uint(e + 2, &e, LAST_INF - 1, "+");
		if (last < first)
			return false;
		a->last = (unsigned)last;
	}
	a->step = 0;
	if (*e == '+') {
		a->step = 1;
		if (e[1]) {
			long step = parse_uint(e + 1, NULL, WHEN_MAX, NULL);
			if (step < 1)
				return false;
			a->step = (unsigned)step;
		}
	}
	return true;
}

static bool parse_errno(const char *v, struct action *a)
{
	long n = parse_uint(v, NULL, 4095, NULL);
	if (n < 0) {
		char name[32];
		size_t len = strlen(v);
		if (len >= sizeof(name))
			return false;
		for (size_t i = 0; i <= len; i++)
			name[i] = (char)toupper((unsigned char)v[i]);
		const struct name_value *e = errno_by_name(name, len);
		n = e ? e->value : -1;
	}
	if (n < 1)
		return false;
	a->rval = -n;
	return true;
}

static int parse_signal(const char *v)
{
	if (*v >= '0' && *v <= '9')
		return (int)parse_uint(v, NULL, 255, NULL);
	if (!strncasecmp(v, "SIG", 3))
		v += 3;
	for (int sig = 1; sig <= 64; sig++) {
		const char *n = signame(sig);
		if (n && !strcasecmp(n + 3, v))
			return sig;
	}
	return -1;
}

/* The kernel's word for a result that looks like an error, per width. */
static void warn_retval(uint64_t rv)
{
	if ((int64_t)rv < 0 && (int64_t)rv >= -4095) {
		error_msg("Inadvertent injection of error %d is possible for retval=%llu",
			  (int)-(int64_t)rv, (unsigned long long)rv);
		return;
	}
	if (sizeof(long) < 8)
		return;
	/* a 64-bit tracer may have 32-bit tracees */
	int32_t r32 = (int32_t)(uint32_t)rv;
	if (r32 < 0 && r32 >= -4095)
		error_msg("Inadvertent injection of error %d is possible in compat personality for retval=%llu",
			  -r32, (unsigned long long)rv);
	else if (rv > UINT32_MAX)
		error_msg("Injected return value %llu will be clipped to %u in compat personality",
			  (unsigned long long)rv, (uint32_t)rv);
}

static bool parse_retval(const char *v, struct action *a)
{
	char *e;
	errno = 0;
	unsigned long long rv = strtoull(v, &e, 0);
	if (e == v || *e || errno)
		return false;
	a->rval = (int64_t)rv;
	warn_retval(rv);
	return true;
}

/* syscall=NAME: a %pure syscall run in place of the real one */
static bool parse_syscall(const char *v, struct action *a)
{
	const struct syscall_name_ent *n = syscall_by_name(v, strlen(v));
	if (!n)
		return false;
	bool any = false;
	for (int i = 0; i < ABI_COUNT; i++) {
		a->scno[i] = n->nr[i];
		if (n->nr[i] < 0)
			continue;
		const struct sysent *e = sysent_lookup(&abis[i], (uint64_t)n->nr[i]);
		if (!e || !(e->classes & TC_PURE))
			return false;
		any = true;
	}
	return any;
}

/* TIME: a number (integer, or with a fraction or exponent) and an
 * optional unit s, ms, us, ns; microseconds by default. */
static bool parse_delay(const char *v, uint64_t *ns)
{
	char *e;
	errno = 0;
	long long iv = strtoll(v, &e, 10);
	double fv = -1;
	bool is_float = e != v && (*e == '.' || *e == 'e' || *e == 'E');
	if (is_float) {
		errno = 0;
		fv = strtod(v, &e);
	}
	if (e == v || errno)
		return false;
	static const struct { const char *unit; uint64_t ns; } units[] = {
		{ "", 1000 }, { "s", 1000000000 }, { "ms", 1000000 }, { "us", 1000 }, { "ns", 1 },
	};
	for (unsigned i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(e, units[i].unit))
			continue;
		if (is_float) {
			double d = fv * (double)units[i].ns;
			if (!(d >= 0) || d > 1.8e19)
				return false;
			*ns = (uint64_t)d;
		} else {
			if (iv < 0)
				return false;
			*ns = (uint64_t)iv * units[i].ns;
			if (units[i].ns > 1 && *ns / units[i].ns != (uint64_t)iv)
				*ns = UINT64_MAX;
		}
		return true;
	}
	return false;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* @argN=HEX[,@argM=HEX]... */
static bool parse_pokes(const char *v, struct action *a, int which)
{
	char *copy = strdup(v);
	if (!copy)
		error_msg_and_die("out of memory");
	bool ok = true;
	unsigned seen = 0;
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); ok && tok;
	     tok = strtok_r(NULL, ",", &save)) {
		ok = !strncmp(tok, "@arg", 4) && tok[4] >= '1' && tok[4] <= '7' && tok[5] == '=';
		if (!ok)
			break;
		unsigned argn = (unsigned)(tok[4] - '0');
		const char *hex = tok + 6;
		ok = *hex && !(seen & (1u << argn));
		if (ok && hex[0] == '0' && (hex[1] == 'x' || hex[1] == 'X'))
			hex += 2;
		size_t len = strlen(hex);
		ok = ok && len % 2 == 0 && len / 2 <= POKE_MAX;
		if (!ok)
			break;
		struct poke *p = &a->poke[which][a->npoke[which]++];
		p->argn = (uint8_t)argn;
		p->len = (uint16_t)(len / 2);
		p->data = malloc(len / 2 + 1);
		if (!p->data)
			error_msg_and_die("out of memory");
		for (size_t i = 0; ok && i < len / 2; i++) {
			int hi = hexval(hex[2 * i]), lo = hexval(hex[2 * i + 1]);
			ok = hi >= 0 && lo >= 0;
			if (ok)
				p->data[i] = (uint8_t)(hi << 4 | lo);
		}
		seen |= 1u << argn;
	}
	free(copy);
	return ok;
}

static bool parse_token(char *tok, struct action *a, bool fault)
{
	char *eq = strchr(tok, '=');
	if (!eq)
		return false;
	*eq = '\0';
	const char *key = tok, *v = eq + 1;
	unsigned f = a->flags;
	if (!strcmp(key, "when"))
		return parse_when(v, a);
	if (!strcmp(key, "error")) {
		if (f & (A_ERROR | A_RETVAL))
			return false;
		a->flags |= A_ERROR;
		return parse_errno(v, a);
	}
	if (fault)
		return false;
	if (!strcmp(key, "retval")) {
		if (f & (A_ERROR | A_RETVAL))
			return false;
		a->flags |= A_RETVAL;
		return parse_retval(v, a);
	}
	if (!strcmp(key, "signal")) {
		if (f & A_SIGNAL)
			return false;
		a->flags |= A_SIGNAL;
		a->signo = parse_signal(v);
		return a->signo >= 1 && a->signo <= 64;
	}
	if (!strcmp(key, "syscall")) {
		if (f & A_SYSCALL)
			return false;
		a->flags |= A_SYSCALL;
		return parse_syscall(v, a);
	}
	static const struct { const char *key; unsigned flag; int which; } two[] = {
		{ "delay_enter", A_DELAY_ENTER, 0 }, { "delay_exit", A_DELAY_EXIT, 1 },
		{ "poke_enter", A_POKE_ENTER, 0 }, { "poke_exit", A_POKE_EXIT, 1 },
	};
	for (unsigned i = 0; i < sizeof(two) / sizeof(two[0]); i++) {
		if (strcmp(key, two[i].key))
			continue;
		if (f & two[i].flag)
			return false;
		a->flags |= two[i].flag;
		if (two[i].flag & (A_DELAY_ENTER | A_DELAY_EXIT))
			return parse_delay(v, &a->delay_ns[two[i].which]);
		return parse_pokes(v, a, two[i].which);
	}
	return false;
}

static void setup_tables(void)
{
	if (actions[0])
		return;
	for (int i = 0; i < ABI_COUNT; i++) {
		actions[i] = calloc(abis[i].nsyscalls + 1, sizeof(*actions[i]));
		if (!actions[i])
			error_msg_and_die("out of memory");
		slot_base[i] = nslots;
		nslots += abis[i].nsyscalls;
	}
}

void inject_parse(const char *spec, bool fault)
{
	const char *what = fault ? "fault" : "inject";
	struct action *a = calloc(1, sizeof(*a));
	char *buf = strdup(spec);
	if (!a || !buf)
		error_msg_and_die("out of memory");
	a->first = 1;
	a->last = LAST_INF;
	a->step = 1;
	char *rest = strchr(buf, ':');
	if (rest)
		*rest++ = '\0';
	for (char *save = NULL, *tok = rest ? strtok_r(rest, ":", &save) : NULL; tok;
	     tok = strtok_r(NULL, ":", &save))
		if (!parse_token(tok, a, fault))
			error_msg_and_die("invalid %s argument '%s'", what, spec);
	struct trace_set set = { 0 };
	if (!parse_trace_spec(&set, buf))
		exit(1);
	if (fault && !(a->flags & A_ERROR)) {
		a->flags |= A_ERROR;
		a->rval = -ENOSYS;
	}
	if (!(a->flags & A_ACTIONS))
		error_msg_and_die("invalid %s argument '%s'", what, spec);
	if (!(a->flags & A_SYSCALL))
		for (int i = 0; i < ABI_COUNT; i++)
			a->scno[i] = -1;
	setup_tables();
	for (int i = 0; i < ABI_COUNT; i++)
		for (uint32_t nr = 0; nr < abis[i].nsyscalls; nr++)
			if (trace_set_has(&set, &abis[i], nr))
				actions[i][nr] = a;
	for (int i = 0; i < ABI_COUNT; i++)
		free(set.bits[i]);
	free(buf);
	inject_enabled = true;
}

/* ---- at the stops ---- */

static bool its_turn(const struct action *a, uint32_t n)
{
	if (n < a->first || (a->last != LAST_INF && n > a->last))
		return false;
	if (!a->step)
		return n == a->first;
	return (n - a->first) % a->step == 0;
}

static bool do_pokes(pid_t pid, const struct action *a, int which, const uint64_t *args)
{
	bool any = false;
	for (unsigned i = 0; i < a->npoke[which]; i++) {
		const struct poke *p = &a->poke[which][i];
		if (p->argn > 6 || !p->len)
			continue;   /* no seventh argument on these ABIs */
		if (tamper_write_mem(pid, args[p->argn - 1], p->data, p->len) == 0)
			any = true;
	}
	return any;
}

static void add_ns(struct timespec *ts, uint64_t ns)
{
	uint64_t sec = ns / 1000000000u;
	ts->tv_nsec += (long)(ns % 1000000000u);
	if (ts->tv_nsec >= 1000000000) {
		ts->tv_nsec -= 1000000000;
		sec++;
	}
	ts->tv_sec = sec > (uint64_t)(INT64_MAX / 2) ? INT64_MAX / 2 : ts->tv_sec + (time_t)sec;
}

static void delay(struct tcb *t, uint64_t ns, int sig)
{
	struct inject_tcb *s = t->inj;
	clock_gettime(CLOCK_MONOTONIC, &s->due);
	add_ns(&s->due, ns);
	s->pending_sig = sig;
	s->state |= S_DELAYED;
	s->next_delayed = inject_delayed;
	inject_delayed = t;
}

int inject_entering(struct tcb *t, const struct stop_info *si)
{
	if (t->inj)
		t->inj->state = 0;
	t->flags &= ~TCB_INJECT_EXIT;
	/* as strace: only traced calls are counted and tampered with, and the
	 * command's own execve (still hidden) is not */
	const struct abi *abi = abi_by_audit_arch(si->arch);
	if (!abi || si->nr >= abi->nsyscalls || (t->flags & TCB_HIDE_LOG))
		return 0;
	if (!cfg->trace_all && !trace_set_has(&cfg->trace, abi, si->nr))
		return 0;
	const struct action *a = actions[abi->id][si->nr];
	if (!a)
		return 0;
	struct inject_tcb *s = t->inj;
	if (!s) {
		s = t->inj = calloc(1, sizeof(*s));
		if (s)
			s->counts = calloc(nslots, sizeof(*s->counts));
		if (!s || !s->counts)
			error_msg_and_die("out of memory");
	}
	uint32_t *count = &s->counts[slot_base[abi->id] + si->nr];
	if (*count < UINT32_MAX)
		++*count;
	if (!its_turn(a, *count))
		return 0;
	s->cur = a;
	int sig = a->flags & A_SIGNAL ? a->signo : 0;
	if (a->flags & (A_ERROR | A_RETVAL)) {
		int32_t nr = a->scno[abi->id];
		if (tamper_set_nr(t->pid, nr >= 0 ? nr : -1, cfg->force_regs) == 0)
			s->state |= S_TAMPERED;
		static bool told;
		if (cfg->debug && !told) {
			told = true;
			error_msg("syscalls tampered with through %s", tamper_source());
		}
	}
	if ((a->flags & A_POKE_ENTER) && do_pokes(t->pid, a, 0, si->args))
		s->state |= S_POKED;
	if (a->flags & A_POKE_EXIT)
		s->state |= S_POKE_EXIT;
	if (a->flags & A_DELAY_EXIT)
		s->state |= S_DELAY_EXIT;
	if (s->state & (S_TAMPERED | S_POKE_EXIT | S_DELAY_EXIT))
		t->flags |= TCB_INJECT_EXIT;
	if (a->flags & A_DELAY_ENTER) {
		delay(t, a->delay_ns[0], sig);
		return -1;
	}
	return sig;
}

int inject_exiting(struct tcb *t, struct stop_info *si)
{
	struct inject_tcb *s = t->inj;
	t->flags &= ~TCB_INJECT_EXIT;
	if (!s || !s->cur)
		return 0;
	const struct action *a = s->cur;
	if ((s->state & S_POKE_EXIT) && do_pokes(t->pid, a, 1, t->sc.args))
		s->state |= S_POKED;
	if (s->state & S_TAMPERED) {
		bool err = (a->flags & A_ERROR) != 0;
		if (tamper_set_rval(t->pid, a->rval, err, cfg->force_regs) == 0) {
			si->rval = a->rval;
			si->is_error = err;
		}
	}
	if (s->state & S_DELAY_EXIT) {
		delay(t, a->delay_ns[1], 0);
		return -1;
	}
	return 0;
}

void inject_print_suffix(struct tcb *t, struct outfile *f)
{
	const struct inject_tcb *s = t->inj;
	if (!s || !s->state)
		return;
	if (s->state & S_TAMPERED)
		out_puts(f, s->state & S_POKED ? " (INJECTED: args, retval)" : " (INJECTED)");
	else if (s->state & S_POKED)
		out_puts(f, " (INJECTED: args)");
	if (s->state & (S_DELAYED | S_DELAY_EXIT))
		out_puts(f, " (DELAYED)");
}

/* ---- delays ---- */

static bool before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec <= b->tv_nsec);
}

static timer_t wake_timer;
static bool have_timer;

void inject_run_due(void (*resume)(struct tcb *t, int sig))
{
	struct timespec now, next = { 0, 0 };
	clock_gettime(CLOCK_MONOTONIC, &now);
	bool any = false;
	for (struct tcb **pp = &inject_delayed; *pp;) {
		struct tcb *t = *pp;
		struct inject_tcb *s = t->inj;
		if (before(&s->due, &now)) {
			*pp = s->next_delayed;
			s->next_delayed = NULL;
			resume(t, s->pending_sig);
			continue;
		}
		if (!any || before(&s->due, &next))
			next = s->due;
		any = true;
		pp = &s->next_delayed;
	}
	if (!any)
		return;
	if (!have_timer) {
		struct sigevent ev;
		memset(&ev, 0, sizeof(ev));
		ev.sigev_notify = SIGEV_SIGNAL;
		ev.sigev_signo = SIGALRM;
		if (timer_create(CLOCK_MONOTONIC, &ev, &wake_timer) < 0)
			return;   /* the 100 ms flush tick still wakes us */
		have_timer = true;
	}
	struct itimerspec its = { { 0, 0 }, next };
	timer_settime(wake_timer, TIMER_ABSTIME, &its, NULL);
}

bool inject_holding(const struct tcb *t)
{
	for (const struct tcb *d = inject_delayed; d; d = d->inj->next_delayed)
		if (d == t)
			return true;
	return false;
}

void inject_forget(struct tcb *t)
{
	if (!t->inj)
		return;
	for (struct tcb **pp = &inject_delayed; *pp; pp = &(*pp)->inj->next_delayed) {
		if (*pp == t) {
			*pp = t->inj->next_delayed;
			break;
		}
	}
	free(t->inj->counts);
	free(t->inj);
	t->inj = NULL;
}
