/* Syscall entry and exit: filter, decode, print the line. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "options.h"
#include "print.h"
#include "printopts.h"
#include "qual.h"
#include "dump.h"
#include "argnames.h"
#include "color.h"
#include "syscall.h"
#include "fdpath.h"
#include "pathtrace.h"
#include "pidtrace.h"
#include "inject.h"
#include "stacktrace.h"
#include "summary.h"
#include "timestamp.h"
#include "decode/subcall.h"

unsigned nprocs;
uint64_t event_stime_ns;
bool syscall_limit_reached;
static uint64_t calls_printed;

static bool print_pid_pfx(void)
{
	return cfg->outfname && !cfg->output_separately
		&& (cfg->follow_forks || cfg->nattach > 1 || cfg->always_show_pid);
}

/* -N and --color on the part of a line printed so far */
static void decorate_line(struct tcb *t, struct outfile *f)
{
	struct syscall_state *sc = &t->sc;
	if (arg_names && sc->args_open) {
		sc->args_next = (uint8_t)argnames_insert(f, sc->args_at, sc->ent, sc->args_next);
		sc->args_open = false;
	}
	if (color_enabled)
		color_line(f, sc->name_at);
}

void close_open_line(struct tcb *t)
{
	struct outfile *f = t->out;
	if (f->curr && (arg_names || color_enabled) && (f->curr->flags & TCB_INSYSCALL))
		decorate_line(f->curr, f);
	if (f->curr) {
		f->curr->flags |= TCB_REPRINT;
		out_puts(f, " <unfinished ...>");
		out_line_end(f);
	}
}

void print_leader(struct tcb *t, enum leader_kind kind)
{
	struct outfile *f = t->out;
	if (f->curr)
		close_open_line(f->curr);
	f->curr = t;
	if (print_pid_pfx())
		pidtrace_prefix(f, t->pid, true);
	else if ((nprocs > 1 || cfg->always_show_pid) && !cfg->outfname)
		pidtrace_prefix(f, t->pid, false);
	if (cfg->ts_format != TS_NONE || cfg->relative)
		print_timestamps(f);
	if (kind == LEAD_PLAIN)
		return;
	if (cfg->print_nr)
		out_printf(f, "[%4u] ", (unsigned)t->sc.nr);
	if (cfg->print_ip) {
		int width = t->abi && t->abi->wordsize == 4 ? 8 : 16;
		if (kind == LEAD_EXIT)
			out_printf(f, "[%.*s] ", width, "????????????????");
		else
			out_printf(f, "[%0*" PRIx64 "] ", width, t->stop_ip);
	}
}

static const char *syscall_name(const struct syscall_state *sc, char *buf, size_t len)
{
	if (sc->ent)
		return sc->ent->name;
	snprintf(buf, len, "syscall_%#" PRIx64, sc->nr);
	return buf;
}

static void init_dctx(struct dctx *d, struct tcb *t, struct mem_reader *m, bool exiting)
{
	mem_reader_for_pid(m, t->pid);
	d->sc = &t->sc;
	d->abi = t->sc.abi;
	d->out = t->out;
	d->mem = m;
	d->exiting = exiting;
	d->max_strlen = cfg->max_strlen;
	d->tgid = decode_fds ? t->tgid : 0;
	d->auxstr[0] = '\0';
	d->ret_printed = false;
	d->ret_kind = -1;
}

/* An unknown syscall prints its raw arguments, as strace does. */
static int decode_unknown(struct dctx *d)
{
	for (unsigned i = 0; i < 6; i++) {
		if (i)
			P(d, ", ");
		print_hex(d, arg_ulong(d, i));
	}
	return DEC_DONE;
}

static int run_decoder(struct dctx *d)
{
	const struct sysent *e = d->sc->ent;
	if (!e || (d->sc->qual & QUAL_RAW))
		return d->exiting ? DEC_DONE : e ? decode_raw(d) : decode_unknown(d);
	return e->decode ? e->decode(d) : decode_generic(d);
}

static void personality_notice(struct tcb *t, const struct abi *abi)
{
	if (t->abi && t->abi != abi && !(cfg->quiet & QUIET_PERSONALITY)) {
		print_leader(t, LEAD_PLAIN);
		out_printf(t->out, "[ Process PID=%d runs in %s mode. ]", t->pid,
			   abi->wordsize == 4 ? "32 bit" : "64 bit");
		out_line_end(t->out);
	}
	t->abi = abi;
}

void syscall_entering(struct tcb *t, const struct stop_info *si)
{
	struct syscall_state *sc = &t->sc;
	const struct abi *abi = abi_by_audit_arch(si->arch);
	if (!abi)
		abi = &abis[0];
	uint64_t prev = sc->nr;   /* 0 for a thread not seen in a syscall yet */
	memset(sc, 0, sizeof(*sc));
	sc->prev_nr = prev;
	sc->abi = abi;
	sc->nr = si->nr;
	memcpy(sc->args, si->args, sizeof(sc->args));
	sc->ip = si->ip;
	sc->sp = si->sp;
	t->stop_ip = si->ip;
	sc->ent = sysent_lookup(abi, si->nr);
	{
		struct mem_reader m;
		mem_reader_for_pid(&m, t->pid);
		socketcall_resolve(sc, &m);
		ipc_resolve(sc);
	}
	if (qual_custom)
		sc->qual = (uint8_t)qual_of(abi, sc->nr, sc->ent);
	t->flags |= TCB_INSYSCALL;
	t->flags &= ~(TCB_REPRINT | TCB_EXITING_PRINTED);

	if (t->flags & TCB_HIDE_LOG) {
		/* the command's own execve is the first line shown */
		if (sc->ent && (!strcmp(sc->ent->name, "execve") || !strcmp(sc->ent->name, "execveat")))
			t->flags &= ~TCB_HIDE_LOG;
		else {
			t->flags |= TCB_FILTERED;
			return;
		}
	}
	/* strace tells of a personality change at filtered calls too */
	if (cfg->count != COUNT_ONLY)
		personality_notice(t, abi);
	const struct abi *named_abi;
	uint64_t named_nr;
	if (!cfg->trace_all && !trace_set_has(&cfg->trace, abi, sc->nr) &&
	    !(subcall_named_in(sc, &named_abi, &named_nr) && trace_set_has(&cfg->trace, named_abi, named_nr))) {
		t->flags |= TCB_FILTERED;
		t->abi = t->abi ? t->abi : abi;
		return;
	}
	if (pathtrace_active && !pathtrace_match(t)) {
		t->flags |= TCB_FILTERED;
		t->abi = t->abi ? t->abi : abi;
		return;
	}
	t->flags &= ~TCB_FILTERED;
	if (cfg->status_mask != STATUS_ALL && !t->real_out) {
		if (!t->stage)
			t->stage = outfile_memory();
		t->stage->len = 0;
		t->stage->curr = NULL;
		t->real_out = t->out;
		t->out = t->stage;
	}
	/* the clock only for -T and -c -w: plain -c counts system time */
	if (cfg->syscall_times || (cfg->count && cfg->summary_wall))
		now_monotonic(&t->entry_time);
	if (cfg->count) {
		t->flags |= TCB_COUNTED;
		t->entry_stime = event_stime_ns;
		if (cfg->count == COUNT_ONLY) {
			/* counted at exit, never printed */
			t->flags |= TCB_FILTERED;
			return;
		}
	}
	print_leader(t, LEAD_SYSCALL);
	char nbuf[40];
	sc->name_at = (uint32_t)t->out->len;
	out_puts(t->out, syscall_name(sc, nbuf, sizeof(nbuf)));
	out_putc(t->out, '(');
	sc->args_at = (uint32_t)t->out->len;
	sc->args_open = true;
	struct dctx d;
	struct mem_reader m;
	init_dctx(&d, t, &m, false);
	if (run_decoder(&d) == DEC_DONE)
		sc->aux[3] = 1;   /* nothing left for the exit stop */
}

static void print_errno_ret(struct outfile *f, int err, bool restart_is_q)
{
	const char *name = NULL, *msg = NULL;
	if ((unsigned)err < errno_table_size) {
		name = errno_table[err].name;
		msg = errno_table[err].msg;
	}
	bool restart = err >= 512 && err <= 516;
	out_puts(f, restart && restart_is_q ? "? " : name ? "-1 " : "-1");
	if (name)
		out_printf(f, "%s (%s)", name, msg);
	else
		out_printf(f, "(errno %d)", err);
}

static void tab_to_column(struct outfile *f)
{
	size_t col = out_column(f);
	if (col < (size_t)cfg->acolumn) {
		static const char spaces[] = "                                                                ";
		size_t pad = (size_t)cfg->acolumn - col;
		while (pad) {
			size_t n = pad < sizeof(spaces) - 1 ? pad : sizeof(spaces) - 1;
			out_write(f, spaces, n);
			pad -= n;
		}
	} else {
		out_putc(f, ' ');
	}
}

static void print_resumed(struct tcb *t)
{
	char nbuf[40];
	print_leader(t, LEAD_SYSCALL);
	t->sc.name_at = (uint32_t)t->out->len;
	out_printf(t->out, "<... %s resumed>", syscall_name(&t->sc, nbuf, sizeof(nbuf)));
	t->sc.args_at = (uint32_t)t->out->len;
	t->sc.args_open = true;
}

void syscall_exiting(struct tcb *t, const struct stop_info *si)
{
	struct syscall_state *sc = &t->sc;
	t->flags &= ~TCB_INSYSCALL;
	if (t->flags & TCB_COUNTED) {
		t->flags &= ~TCB_COUNTED;
		uint64_t wall = 0;
		if (cfg->summary_wall) {
			struct timespec now;
			now_monotonic(&now);
			wall = (uint64_t)(now.tv_sec - t->entry_time.tv_sec) * 1000000000u
				+ (uint64_t)(now.tv_nsec - t->entry_time.tv_nsec);
		}
		uint64_t sys = event_stime_ns > t->entry_stime ? event_stime_ns - t->entry_stime : 0;
		summary_add(sc->abi, sc->nr, si->is_error, sys, wall);
	}
	if (decode_fds)   /* also for calls not printed: the fd cache sees all */
		fdpath_after_syscall(t->tgid, sc->ent, sc->args,
				     sc->abi->wordsize == 4 ? (int32_t)si->rval : si->rval, si->is_error);
	if (t->flags & (TCB_FILTERED | TCB_EXITING_PRINTED)) {
		t->flags &= ~(TCB_FILTERED | TCB_EXITING_PRINTED);
		return;
	}
	int64_t rval = si->rval;
	if (sc->abi->wordsize == 4)
		rval = (int32_t)rval;
	sc->rval = rval;
	sc->error = si->is_error ? (int)-rval : 0;

	if (t->out->curr != t || (t->flags & TCB_REPRINT))
		print_resumed(t);
	t->flags &= ~TCB_REPRINT;
	t->out->curr = t;

	struct dctx d;
	struct mem_reader m;
	init_dctx(&d, t, &m, true);
	if (!sc->aux[3])
		run_decoder(&d);
	rval = sc->rval;   /* a decoder may show another value (i386 ipc shmat) */
	struct outfile *f = t->out;
	if (arg_names && sc->args_open)
		argnames_insert(f, sc->args_at, sc->ent, sc->args_next);
	out_putc(f, ')');
	tab_to_column(f);
	out_puts(f, "= ");
	if (d.ret_printed) {
		/* the decoder printed the value */
	} else if (sc->error) {
		print_errno_ret(f, sc->error, true);
	} else {
		int rk = d.ret_kind >= 0 ? d.ret_kind : sc->ent ? sc->ent->ret : R_INT;
		if (sc->qual & QUAL_RAW)
			rk = R_HEX;
		switch (rk) {
		case R_HEX:
			if (sc->abi->wordsize == 4)
				out_printf(f, "%#" PRIx32, (uint32_t)rval);
			else
				out_hex(f, (uint64_t)rval);
			break;
		case R_OCT:
			out_printf(f, "%#03" PRIo64, (uint64_t)rval);
			break;
		case R_NONE:
			out_putc(f, '?');
			break;
		case R_FD:
			print_fd(&d, (int)rval);
			break;
		case R_PID:
			print_pid_arg(&d, (int)rval);
			break;
		default:
			out_dec(f, rval);
		}
	}
	if (d.auxstr[0]) {
		out_putc(f, ' ');
		out_puts(f, d.auxstr);
	}
	if (t->inj)
		inject_print_suffix(t, f);
	if (cfg->syscall_times)
		print_syscall_time(f, &t->entry_time);
	if (color_enabled)
		color_line(f, sc->name_at);
	out_line_end(f);
	if (sc->qual & QUAL_DUMP)
		dump_io(&d);
	if (t->stk)
		stacktrace_print(t, f);
	release_staged_line(t, sc->error ? STATUS_FAILED : STATUS_SUCCESSFUL);
	if (cfg->syscall_limit && ++calls_printed >= cfg->syscall_limit)
		syscall_limit_reached = true;
}

/* -z/-Z: the held line goes out if its status is wanted */
void release_staged_line(struct tcb *t, unsigned status)
{
	if (!t->real_out)
		return;
	struct outfile *stage = t->out;
	t->out = t->real_out;
	t->real_out = NULL;
	if ((cfg->status_mask & status) && stage->len) {
		if (t->out->curr)
			close_open_line(t->out->curr);
		out_write(t->out, stage->buf, stage->len);
		if (t->out->line_buffered)
			outfile_flush(t->out);
	}
	stage->len = 0;
	stage->curr = NULL;
}

void syscall_vanished(struct tcb *t)
{
	if (!(t->flags & TCB_INSYSCALL) || (t->flags & (TCB_FILTERED | TCB_EXITING_PRINTED)))
		return;
	if (t->out->curr != t || (t->flags & TCB_REPRINT))
		print_resumed(t);
	t->out->curr = t;
	if (arg_names && t->sc.args_open)
		argnames_insert(t->out, t->sc.args_at, t->sc.ent, t->sc.args_next);
	out_putc(t->out, ')');
	tab_to_column(t->out);
	out_puts(t->out, "= ?");
	if (color_enabled)
		color_line(t->out, t->sc.name_at);
	out_line_end(t->out);
	release_staged_line(t, STATUS_UNFINISHED);
	t->flags |= TCB_EXITING_PRINTED;
	t->flags &= ~TCB_REPRINT;
}
