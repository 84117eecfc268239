/* The -c table: one row per syscall (per ABI), sorted, with the columns -U
 * asks for, in strace's widths. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "options.h"
#include "summary.h"

struct call_stats {
	uint64_t calls, errors;
	uint64_t total, min, max;          /* the time -c counts (-w: wall) */
};

static struct call_stats *stats[ABI_COUNT];

void summary_add(const struct abi *abi, uint64_t nr, bool failed, uint64_t sys_ns, uint64_t wall_ns)
{
	if (nr >= abi->nsyscalls)
		return;
	if (!stats[abi->id]) {
		stats[abi->id] = calloc(abi->nsyscalls, sizeof(struct call_stats));
		if (!stats[abi->id])
			error_msg_and_die("out of memory");
	}
	uint64_t t = cfg->summary_wall ? wall_ns : sys_ns;
	t = t > cfg->overhead_ns ? t - cfg->overhead_ns : 0;
	struct call_stats *s = &stats[abi->id][nr];
	if (!s->calls || t < s->min)
		s->min = t;
	if (t > s->max)
		s->max = t;
	s->calls++;
	s->total += t;
	s->errors += failed;
}

enum column { C_PERCENT, C_TOTAL, C_MIN, C_MAX, C_AVG, C_CALLS, C_ERRORS, C_NAME };

static const struct {
	const char *names[5];
	const char *header;
	int width;
} columns[] = {
	[C_PERCENT] = { { "time-percent", "time_percent", "percent", NULL }, "% time", 6 },
	[C_TOTAL] = { { "total-time", "total_time", "time-total", "time_total", "time" }, "seconds", 11 },
	[C_MIN] = { { "min-time", "min_time", "time-min", "time_min", "shortest" }, "shortest", 8 },
	[C_MAX] = { { "max-time", "max_time", "time-max", "time_max", "longest" }, "longest", 8 },
	[C_AVG] = { { "avg-time", "avg_time", "time-avg", "time_avg", NULL }, "usecs/call", 11 },
	[C_CALLS] = { { "calls", "count", NULL }, "calls", 9 },
	[C_ERRORS] = { { "errors", "error", NULL }, "errors", 9 },
	[C_NAME] = { { "name", "syscall", "syscall-name", "syscall_name", NULL }, "syscall", 16 },
};

static enum column default_columns[] = { C_PERCENT, C_TOTAL, C_AVG, C_CALLS, C_ERRORS, C_NAME };
static enum column chosen[16];
static unsigned nchosen;

static int column_by_name(const char *name)
{
	for (unsigned c = 0; c < sizeof(columns) / sizeof(columns[0]); c++)
		for (unsigned i = 0; i < 5 && columns[c].names[i]; i++)
			if (!strcmp(name, columns[c].names[i]))
				return (int)c;
	return -1;
}

bool summary_set_columns(const char *list, const char **bad)
{
	static char copy[256];
	snprintf(copy, sizeof(copy), "%s", list);
	nchosen = 0;
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int c = column_by_name(tok);
		if (c < 0 || nchosen >= sizeof(chosen) / sizeof(chosen[0])) {
			*bad = tok;
			return false;
		}
		chosen[nchosen++] = (enum column)c;
	}
	return true;
}

enum sort_key { S_TIME, S_MIN, S_MAX, S_AVG, S_CALLS, S_ERRORS, S_NAME, S_NOTHING };
static enum sort_key sort_by = S_TIME;

bool summary_set_sort(const char *key)
{
	static const struct { const char *name; enum sort_key key; } keys[] = {
		{ "time", S_TIME }, { "time-total", S_TIME }, { "total-time", S_TIME },
		{ "time_total", S_TIME }, { "total_time", S_TIME },
		{ "min-time", S_MIN }, { "shortest", S_MIN }, { "time-min", S_MIN },
		{ "min_time", S_MIN }, { "time_min", S_MIN },
		{ "max-time", S_MAX }, { "longest", S_MAX }, { "time-max", S_MAX },
		{ "max_time", S_MAX }, { "time_max", S_MAX },
		{ "avg-time", S_AVG }, { "time-avg", S_AVG }, { "avg_time", S_AVG }, { "time_avg", S_AVG },
		{ "calls", S_CALLS }, { "count", S_CALLS },
		{ "errors", S_ERRORS }, { "error", S_ERRORS },
		{ "name", S_NAME }, { "syscall", S_NAME }, { "syscall-name", S_NAME }, { "syscall_name", S_NAME },
		{ "nothing", S_NOTHING }, { "none", S_NOTHING },
	};
	for (unsigned i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (!strcmp(key, keys[i].name)) {
			sort_by = keys[i].key;
			return true;
		}
	}
	return false;
}

struct row {
	const char *name;
	const struct call_stats *s;
};

static uint64_t avg(const struct call_stats *s)
{
	return s->calls ? s->total / s->calls : 0;
}

/* descending by the key, names ascending; ties keep syscall order */
static int cmp_rows(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	uint64_t x = 0, y = 0;
	switch (sort_by) {
	case S_TIME: x = a->s->total; y = b->s->total; break;
	case S_MIN: x = a->s->min; y = b->s->min; break;
	case S_MAX: x = a->s->max; y = b->s->max; break;
	case S_AVG: x = avg(a->s); y = avg(b->s); break;
	case S_CALLS: x = a->s->calls; y = b->s->calls; break;
	case S_ERRORS: x = a->s->errors; y = b->s->errors; break;
	case S_NAME: return strcmp(a->name, b->name);
	case S_NOTHING: return 0;
	}
	return x < y ? 1 : x > y ? -1 : 0;
}

/* a stable sort: strace's ties come out in syscall number order */
static void sort_rows(struct row *rows, unsigned n)
{
	for (unsigned i = 1; i < n; i++) {
		struct row r = rows[i];
		unsigned j = i;
		while (j > 0 && cmp_rows(&rows[j - 1], &r) > 0) {
			rows[j] = rows[j - 1];
			j--;
		}
		rows[j] = r;
	}
}

static void print_secs(struct outfile *f, int width, uint64_t ns)
{
	out_printf(f, "%*" PRIu64 ".%06" PRIu64, width - 7, ns / 1000000000u, ns % 1000000000u / 1000);
}

static void print_cell(struct outfile *f, enum column c, const char *name,
		       const struct call_stats *s, uint64_t all_total, int name_width)
{
	switch (c) {
	case C_PERCENT:
		out_printf(f, "%6.2f", all_total ? 100.0 * (double)s->total / (double)all_total : 0.0);
		break;
	case C_TOTAL: print_secs(f, 11, s->total); break;
	case C_MIN: print_secs(f, 8, s->min); break;
	case C_MAX: print_secs(f, 8, s->max); break;
	case C_AVG: out_printf(f, "%11" PRIu64, avg(s) / 1000); break;
	case C_CALLS: out_printf(f, "%9" PRIu64, s->calls); break;
	case C_ERRORS:
		/* an empty cell when there were none */
		if (s->errors)
			out_printf(f, "%9" PRIu64, s->errors);
		else
			out_printf(f, "%9s", "");
		break;
	case C_NAME: out_printf(f, "%-*s", name_width, name); break;
	}
}

static void print_dashes(struct outfile *f, const enum column *cols, unsigned n, int name_width)
{
	for (unsigned i = 0; i < n; i++) {
		int w = cols[i] == C_NAME ? name_width : columns[cols[i]].width;
		if (i)
			out_putc(f, ' ');
		for (int k = 0; k < w; k++)
			out_putc(f, '-');
	}
	out_line_end(f);
}

static void print_table(struct outfile *f, const struct abi *abi)
{
	static const struct call_stats none[1];
	const struct call_stats *st = stats[abi->id] ? stats[abi->id] : none;
	uint32_t nsys = stats[abi->id] ? abi->nsyscalls : 0;
	const enum column *cols = nchosen ? chosen : default_columns;
	unsigned ncols = nchosen ? nchosen : sizeof(default_columns) / sizeof(default_columns[0]);
	struct row *rows = calloc(abi->nsyscalls ? abi->nsyscalls : 1, sizeof(*rows));
	if (!rows)
		return;
	unsigned n = 0;
	struct call_stats total = { 0 };
	int name_width = 16;
	for (uint32_t nr = 0; nr < nsys; nr++) {
		if (!st[nr].calls)
			continue;
		const struct sysent *e = abi->syscalls[nr];
		rows[n].name = e ? e->name : "?";
		rows[n].s = &st[nr];
		if ((int)strlen(rows[n].name) > name_width)
			name_width = (int)strlen(rows[n].name);
		if (!total.calls || st[nr].min < total.min)
			total.min = st[nr].min;
		if (st[nr].max > total.max)
			total.max = st[nr].max;
		total.calls += st[nr].calls;
		total.errors += st[nr].errors;
		total.total += st[nr].total;
		n++;
	}
	sort_rows(rows, n);

	for (unsigned i = 0; i < ncols; i++) {
		enum column c = cols[i];
		if (i)
			out_putc(f, ' ');
		if (c == C_NAME)
			out_printf(f, "%-*s", i + 1 < ncols ? name_width : 0, columns[c].header);
		else if (c == C_PERCENT)
			out_printf(f, "%-*s", columns[c].width, columns[c].header);
		else
			out_printf(f, "%*s", columns[c].width, columns[c].header);
	}
	out_line_end(f);
	print_dashes(f, cols, ncols, name_width);
	for (unsigned r = 0; r < n; r++) {
		for (unsigned i = 0; i < ncols; i++) {
			if (i)
				out_putc(f, ' ');
			print_cell(f, cols[i], rows[r].name, rows[r].s, total.total, i + 1 < ncols ? name_width : 0);
		}
		out_line_end(f);
	}
	print_dashes(f, cols, ncols, name_width);
	for (unsigned i = 0; i < ncols; i++) {
		if (i)
			out_putc(f, ' ');
		if (cols[i] == C_PERCENT)
			out_printf(f, "%6.2f", 100.0);
		else
			print_cell(f, cols[i], "total", &total, total.total, i + 1 < ncols ? name_width : 0);
	}
	out_line_end(f);
	free(rows);
}

void summary_print(struct outfile *f)
{
	unsigned used = 0;
	for (int a = 0; a < ABI_COUNT; a++)
		used += stats[a] != NULL;
	bool first = true;
	for (int a = 0; a < ABI_COUNT; a++) {
		if (!stats[a])
			continue;
		if (used > 1) {
			if (!first)
				out_line_end(f);
			out_printf(f, "System call usage summary for %d bit mode:", abis[a].wordsize * 8);
			out_line_end(f);
		}
		first = false;
		print_table(f, &abis[a]);
	}
	if (!used)
		print_table(f, &abis[0]);
}
