/* Output streams. Lines are assembled in memory; a stream going to a file
 * or pipe is written in large blocks, and flushed before the tracer blocks
 * waiting for tracees (tracer.c) so nothing is held back while idle. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "error.h"
#include "output.h"

#define FLUSH_AT (64 * 1024)

static struct outfile *all_files[64];
static unsigned nall;
static struct outfile **extra_files;
static unsigned nextra, extra_cap;

static void remember(struct outfile *f)
{
	if (nall < sizeof(all_files) / sizeof(all_files[0])) {
		all_files[nall++] = f;
		return;
	}
	if (nextra == extra_cap) {
		extra_cap = extra_cap ? extra_cap * 2 : 64;
		extra_files = realloc(extra_files, extra_cap * sizeof(*extra_files));
		if (!extra_files)
			error_msg_and_die("out of memory");
	}
	extra_files[nextra++] = f;
}

static struct outfile *outfile_new(int fd)
{
	struct outfile *f = calloc(1, sizeof(*f));
	if (!f)
		error_msg_and_die("out of memory");
	f->fd = fd;
	f->cap = FLUSH_AT * 2;
	f->buf = malloc(f->cap);
	if (!f->buf)
		error_msg_and_die("out of memory");
	f->refs = 1;
	f->line_buffered = isatty(fd);
	remember(f);
	return f;
}

struct outfile *outfile_memory(void)
{
	struct outfile *f = calloc(1, sizeof(*f));
	if (!f)
		error_msg_and_die("out of memory");
	f->fd = -1;
	f->refs = 1;
	return f;
}

struct outfile *outfile_stderr(void)
{
	static struct outfile *err;
	if (!err) {
		err = outfile_new(STDERR_FILENO);
		/* strace writes each line as it ends when tracing to stderr */
		err->line_buffered = true;
	} else {
		err->refs++;
	}
	return err;
}

static struct outfile *outfile_pipe(const char *cmd)
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0)
		perror_msg_and_die("pipe");
	pid_t pid = fork();
	if (pid < 0)
		perror_msg_and_die("fork");
	if (pid == 0) {
		dup2(fds[0], STDIN_FILENO);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	struct outfile *f = outfile_new(fds[1]);
	f->is_pipe = true;
	f->pipe_pid = pid;
	return f;
}

struct outfile *outfile_open(const char *path, bool append)
{
	if (path[0] == '|')
		return outfile_pipe(path + 1);
	if (path[0] == '!' && path[1] == '|')   /* a file literally named |... */
		path++;
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), 0666);
	if (fd < 0)
		perror_msg_and_die("Can't fopen '%s'", path);
	return outfile_new(fd);
}

static void write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;   /* a closed pipe or full disk must not stop tracing */
		}
		p += w;
		n -= (size_t)w;
	}
}

void outfile_flush(struct outfile *f)
{
	if (!f->len)
		return;
	/* remember how much of an open line has already gone out */
	size_t tail = 0;
	while (tail < f->len && f->buf[f->len - 1 - tail] != '\n')
		tail++;
	f->col_base = tail == f->len ? f->col_base + tail : tail;
	write_all(f->fd, f->buf, f->len);
	f->len = 0;
}

static void for_each(void (*fn)(struct outfile *))
{
	for (unsigned i = 0; i < nall; i++)
		fn(all_files[i]);
	for (unsigned i = 0; i < nextra; i++)
		fn(extra_files[i]);
}

void outfile_flush_all(void)
{
	for_each(outfile_flush);
}

static void close_one(struct outfile *f)
{
	outfile_flush(f);
	if (f->fd != STDERR_FILENO) {
		close(f->fd);
		if (f->is_pipe) {
			int st;
			waitpid(f->pipe_pid, &st, 0);
		}
	}
	f->fd = -1;
}

void outfile_close_all(void)
{
	for_each(close_one);
}

void outfile_unref(struct outfile *f)
{
	if (!f || --f->refs > 0)
		return;
	/* files of -ff tracees are closed when the tracee goes away */
	if (f->fd > STDERR_FILENO) {
		outfile_flush(f);
		close(f->fd);
		f->fd = -1;
		free(f->buf);
		f->buf = NULL;
		f->cap = 0;
		f->len = 0;
	}
}

static void reserve(struct outfile *f, size_t n)
{
	if (f->len + n <= f->cap)
		return;
	if (f->len >= FLUSH_AT && !f->curr)
		outfile_flush(f);
	while (f->len + n > f->cap) {
		f->cap = f->cap ? f->cap * 2 : FLUSH_AT * 2;
		f->buf = realloc(f->buf, f->cap);
		if (!f->buf)
			error_msg_and_die("out of memory");
	}
}

void out_write(struct outfile *f, const char *s, size_t n)
{
	reserve(f, n);
	memcpy(f->buf + f->len, s, n);
	f->len += n;
}

char *out_reserve(struct outfile *f, size_t n)
{
	reserve(f, n);
	return f->buf + f->len;
}

void out_advance(struct outfile *f, size_t n)
{
	f->len += n;
}

void out_putc(struct outfile *f, char c)
{
	reserve(f, 1);
	f->buf[f->len++] = c;
}

void out_printf(struct outfile *f, const char *fmt, ...)
{
	va_list ap;
	reserve(f, 128);
	va_start(ap, fmt);
	int n = outfmt_fast(f->buf + f->len, f->cap - f->len, fmt, ap);
	va_end(ap);
	if (n >= 0) {
		f->len += (size_t)n;
		return;
	}
	va_start(ap, fmt);
	n = vsnprintf(f->buf + f->len, f->cap - f->len, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= f->cap - f->len) {
		reserve(f, (size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(f->buf + f->len, f->cap - f->len, fmt, ap);
		va_end(ap);
	}
	f->len += (size_t)n;
}

size_t out_column(const struct outfile *f)
{
	size_t i = f->len;
	while (i > 0 && f->buf[i - 1] != '\n')
		i--;
	return i == 0 ? f->col_base + f->len : f->len - i;
}

void out_line_end(struct outfile *f)
{
	out_putc(f, '\n');
	f->curr = NULL;
	if (f->line_buffered || f->len >= FLUSH_AT)
		outfile_flush(f);
}
