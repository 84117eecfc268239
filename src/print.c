/* Printing primitives, with strace's exact conventions for strings,
 * addresses, flags and constants. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fddecor.h"
#include "fdpath.h"
#include "print.h"
#include "printopts.h"

int xflag;
bool decode_fds;

static bool needs_hex(const unsigned char *s, size_t n, unsigned style)
{
	if (style & QUOTE_FORCE_HEX || xflag == XFLAG_ALL)
		return true;
	if (xflag != XFLAG_NON_ASCII)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c == '\0' && (style & QUOTE_NUL_TERMINATED))
			break;
		if ((c < ' ' || c >= 0x7f) && !strchr("\t\n\v\f\r", c))
			return true;
	}
	return false;
}

void print_quoted(struct dctx *d, const unsigned char *s, size_t n, unsigned style)
{
	static const char hexd[] = "0123456789abcdef";
	bool hex = needs_hex(s, n, style);
	/* straight into the output buffer: at most four bytes per input byte,
	 * plus the quotes */
	char *buf = out_reserve(d->out, n * 4 + 2);
	char *o = buf;
	bool quotes = !(style & QUOTE_FD_PATH);
	if (quotes)
		*o++ = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c == '\0' && (style & QUOTE_NUL_TERMINATED))
			break;
		if (hex) {
			*o++ = '\\';
			*o++ = 'x';
			*o++ = hexd[c >> 4];
			*o++ = hexd[c & 15];
			continue;
		}
		switch (c) {
		case '"': case '\\':
			*o++ = '\\';
			*o++ = (char)c;
			continue;
		case '\f': *o++ = '\\'; *o++ = 'f'; continue;
		case '\n': *o++ = '\\'; *o++ = 'n'; continue;
		case '\r': *o++ = '\\'; *o++ = 'r'; continue;
		case '\t': *o++ = '\\'; *o++ = 't'; continue;
		case '\v': *o++ = '\\'; *o++ = 'v'; continue;
		}
		if (c >= ' ' && c < 0x7f && !((style & QUOTE_FD_PATH) && (c == '<' || c == '>'))) {
			*o++ = (char)c;
			continue;
		}
		if (xflag == XFLAG_NON_ASCII_CHARS) {
			*o++ = '\\';
			*o++ = 'x';
			*o++ = hexd[c >> 4];
			*o++ = hexd[c & 15];
			continue;
		}
		/* octal, as short as can be read back unambiguously */
		bool next_is_octal = i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7'
			&& !(style & QUOTE_NUL_TERMINATED && s[i + 1] == '\0');
		*o++ = '\\';
		if (next_is_octal || c >= 64) {
			*o++ = (char)('0' + (c >> 6));
			*o++ = (char)('0' + ((c >> 3) & 7));
		} else if (c >= 8) {
			*o++ = (char)('0' + ((c >> 3) & 7));
		}
		*o++ = (char)('0' + (c & 7));
	}
	if (quotes)
		*o++ = '"';
	out_advance(d->out, (size_t)(o - buf));
}

void print_ptr(struct dctx *d, uint64_t addr)
{
	if (!addr)
		P(d, "NULL");
	else
		out_hex(d->out, addr);
}

void print_hex(struct dctx *d, uint64_t v)
{
	out_hex(d->out, v);
}

#define PATH_MAX_READ 4096

/* Tracee data is read into one buffer that only ever grows: no allocation
 * per syscall. */
static unsigned char *scratch(size_t n)
{
	static unsigned char *buf;
	static size_t cap;
	if (n > cap || !buf) {   /* n == 0 still needs a buffer */
		size_t c = cap ? cap : 8192;
		while (c < n)
			c *= 2;
		unsigned char *nb = realloc(buf, c);
		if (!nb)
			return NULL;
		buf = nb;
		cap = c;
	}
	return buf;
}

void print_str_at(struct dctx *d, uint64_t addr, size_t limit, bool is_path)
{
	if (!addr) {
		P(d, "NULL");
		return;
	}
	size_t want = limit + 1;
	char *buf = (char *)scratch(want);
	if (!buf)
		return;
	long n = d->mem->read_str(d->mem, addr, buf, want);
	if (n < 0) {
		print_ptr(d, addr);
		return;
	}
	bool terminated = n > 0 && buf[n - 1] == '\0';
	size_t len = terminated ? (size_t)n - 1 : (size_t)n;
	bool cut = !terminated;
	if (len > limit) {
		len = limit;
		cut = true;
	}
	(void)is_path;
	print_quoted(d, (const unsigned char *)buf, len, 0);
	if (cut)
		P(d, "...");
}

void print_path(struct dctx *d, uint64_t addr)
{
	print_str_at(d, addr, PATH_MAX_READ, true);
}

void print_str(struct dctx *d, uint64_t addr)
{
	print_str_at(d, addr, (size_t)d->max_strlen, false);
}

void print_buf(struct dctx *d, uint64_t addr, uint64_t len, unsigned style)
{
	if (!addr) {
		P(d, "NULL");
		return;
	}
	size_t n = len > (uint64_t)d->max_strlen ? (size_t)d->max_strlen : (size_t)len;
	unsigned char *buf = scratch(n);
	if (!buf)
		return;
	if (d->mem->read(d->mem, addr, buf, n) < 0) {
		print_ptr(d, addr);
	} else {
		print_quoted(d, buf, n, style);
		if (n < len)
			P(d, "...");
	}
}

/* -y: "<path>" after an fd, escaped as strace escapes it */
static void print_fd_path(struct dctx *d, const char *path)
{
	if (!path)
		return;
	P(d, "<");
	print_quoted(d, (const unsigned char *)path, strlen(path), QUOTE_FD_PATH);
	P(d, ">");
}

void print_fd(struct dctx *d, int fd)
{
	out_dec(d->out, fd);
	if (decode_fd_kinds && fd >= 0 && d->tgid)
		fddecor_print(d, fd);
}

void print_dirfd(struct dctx *d, int fd)
{
	if (fd == -100) {
		if (style_begin(d, "-100"))
			return;
		P(d, "AT_FDCWD");
		style_end(d);
		if ((decode_fd_kinds & DF_PATH) && d->tgid)
			print_fd_path(d, fdpath_cwd(d->mem->pid, d->tgid));
	} else {
		print_fd(d, fd);
	}
}

void print_mode(struct dctx *d, unsigned mode)
{
	PF(d, "%#03o", mode);
}

const char *signame(int sig)
{
	static char buf[32];
	if (sig > 0 && (unsigned)sig < signal_names_size && signal_names[sig])
		return signal_names[sig];
	/* realtime signals past SIGRTMIN, as strace names them */
	if (sig > 32 && sig <= 64) {
		snprintf(buf, sizeof(buf), "SIGRT_%d", sig - 32);
		return buf;
	}
	return NULL;
}

void print_signo(struct dctx *d, int sig)
{
	const char *s = signame(sig);
	if (s && xlat_style != XLAT_STYLE_ABBREV) {
		char num[16];
		snprintf(num, sizeof(num), "%d", sig);
		if (!style_begin(d, num)) {
			P(d, s);
			style_end(d);
		}
	} else if (s)
		P(d, s);
	else
		PF(d, "%d", sig);
}

const char *xlat_name(const struct xlat *x, uint64_t val)
{
	if (!x)
		return NULL;
	for (unsigned i = 0; i < x->n; i++)
		if (x->ents[i].val == val)
			return x->ents[i].name;
	return NULL;
}

static const char *unknown_text(const struct xlat *x, const char *dflt)
{
	if (!dflt)
		dflt = x ? x->dflt : NULL;
	return dflt && *dflt ? dflt : NULL;
}

/* -X raw and verbose: the number, and in verbose the names in a comment
 * when there are any; true when that was all to print */
static bool styled(struct dctx *d, const char *num, bool named)
{
	if (xlat_style == XLAT_STYLE_RAW || named) {
		style_begin(d, num);
		return true;
	}
	return false;
}

static bool any_flag_named(const struct xlat *x, uint64_t val)
{
	if (!val)
		return xlat_name(x, 0) != NULL;
	for (unsigned i = 0; x && i < x->n; i++)
		if (x->ents[i].val && (val & x->ents[i].val) == x->ents[i].val)
			return true;
	return false;
}

void print_flags(struct dctx *d, const struct xlat *x, uint64_t val, const char *dflt)
{
	if (xlat_style != XLAT_STYLE_ABBREV) {
		char num[24];
		snprintf(num, sizeof(num), "%#" PRIx64, val);
		if (styled(d, num, any_flag_named(x, val))) {
			if (xlat_style == XLAT_STYLE_ABBREV) {
				print_flags(d, x, val, dflt);
				style_end(d);
			}
			return;
		}
	}
	dflt = unknown_text(x, dflt);
	unsigned n = 0;
	if (val == 0) {
		const char *z = xlat_name(x, 0);
		P(d, z ? z : "0");
		return;
	}
	for (unsigned i = 0; x && i < x->n && val; i++) {
		uint64_t v = x->ents[i].val;
		if (v && (val & v) == v) {
			if (n++)
				P(d, "|");
			P(d, x->ents[i].name);
			val &= ~v;
		}
	}
	if (n) {
		if (val)
			PF(d, "|%#" PRIx64, val);
	} else {
		PF(d, "%#" PRIx64, val);
		if (dflt)
			PF(d, " /* %s */", dflt);
	}
}

bool print_xval(struct dctx *d, const struct xlat *x, uint64_t val, const char *dflt)
{
	const char *s = xlat_name(x, val);
	if (xlat_style != XLAT_STYLE_ABBREV) {
		char num[24];
		snprintf(num, sizeof(num), "%#" PRIx64, val);
		if (styled(d, num, s)) {
			if (xlat_style == XLAT_STYLE_ABBREV) {
				P(d, s);
				style_end(d);
			}
			return s != NULL;
		}
	}
	if (s) {
		P(d, s);
		return true;
	}
	dflt = unknown_text(x, dflt);
	PF(d, "%#" PRIx64, val);
	if (dflt)
		PF(d, " /* %s */", dflt);
	return false;
}

void print_xval_d(struct dctx *d, const struct xlat *x, uint64_t val, const char *dflt)
{
	const char *s = xlat_name(x, val);
	if (xlat_style != XLAT_STYLE_ABBREV) {
		char num[24];
		snprintf(num, sizeof(num), "%" PRIu64, val);
		if (styled(d, num, s)) {
			if (xlat_style == XLAT_STYLE_ABBREV) {
				P(d, s);
				style_end(d);
			}
			return;
		}
	}
	if (s) {
		P(d, s);
		return;
	}
	dflt = unknown_text(x, dflt);
	PF(d, "%" PRIu64, val);
	if (dflt)
		PF(d, " /* %s */", dflt);
}

bool fetch_struct(struct dctx *d, uint64_t addr, void *buf, size_t len)
{
	/* -e verbose= without this call: structures as addresses */
	if (addr && verbose(d) && d->mem->read(d->mem, addr, buf, len) == 0)
		return true;
	print_ptr(d, addr);
	return false;
}

uint64_t field_u(const void *base, int off, int size)
{
	const unsigned char *p = (const unsigned char *)base + off;
	switch (size) {
	case 1: return *p;
	case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
	case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
	case 8: { uint64_t v; memcpy(&v, p, 8); return v; }
	}
	return 0;
}

int64_t field_s(const void *base, int off, int size)
{
	uint64_t v = field_u(base, off, size);
	switch (size) {
	case 1: return (int8_t)v;
	case 2: return (int16_t)v;
	case 4: return (int32_t)v;
	}
	return (int64_t)v;
}
