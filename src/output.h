/* Line assembly and buffered output streams (-o, -ff, '|cmd'). */
#ifndef XSTRACE_OUTPUT_H
#define XSTRACE_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "outfmt.h"

struct tcb;

/* One destination: stderr, a file, a pipe to a command, or FILE.PID. */
struct outfile {
	int fd;
	bool is_pipe;
	bool line_buffered;   /* flush at each line end (stderr, ttys) */
	pid_t pipe_pid;
	char *buf;
	size_t len, cap;
	size_t col_base;      /* columns of the open line already written */
	struct tcb *curr;     /* tracee whose line is open, or NULL */
	int refs;
};

struct outfile *outfile_open(const char *path, bool append);
struct outfile *outfile_stderr(void);
/* A buffer that is never written anywhere by itself (-z/-Z staging). */
struct outfile *outfile_memory(void);
void outfile_unref(struct outfile *f);
void outfile_flush(struct outfile *f);
void outfile_flush_all(void);
void outfile_close_all(void);

/* Appending to the current line of a tracee's stream. */
void out_write(struct outfile *f, const char *s, size_t n);
static inline void out_puts(struct outfile *f, const char *s);
void out_printf(struct outfile *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void out_putc(struct outfile *f, char c);
/* Room for n more bytes at the end of the buffer; out_advance(f, k) then
 * keeps the k bytes written there. */
char *out_reserve(struct outfile *f, size_t n);
void out_advance(struct outfile *f, size_t n);
/* Column of the open line (for the "=" alignment). */
size_t out_column(const struct outfile *f);
/* End the line: flush when line buffered or the buffer is large. */
void out_line_end(struct outfile *f);

#include <string.h>
static inline void out_puts(struct outfile *f, const char *s)
{
	out_write(f, s, strlen(s));
}

#endif
