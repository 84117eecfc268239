/* A printf for the formats the decoders use, without stdio: %d %i %u %x %X
 * %o %c %s %p %% with the flags # 0 -, a width, and the sizes l ll z.
 * Anything else (precision, '*', h, + and space flags, floating point)
 * is refused before it is consumed, and out_printf falls back to
 * vsnprintf. The output is byte for byte what glibc's printf gives. */
#include <stdint.h>
#include <string.h>
#include <sys/types.h>

#include "outfmt.h"
#include "output.h"

struct spec {
	bool alt, zero, left;
	unsigned width;
	char size;     /* 0, 'l' (long), 'L' (long long), 'z' (size_t) */
	char conv;
};

/* parses one conversion after '%'; false when we do not handle it */
static bool parse_spec(const char **pp, struct spec *s)
{
	const char *p = *pp;
	memset(s, 0, sizeof(*s));
	for (;; p++) {
		if (*p == '#')
			s->alt = true;
		else if (*p == '0')
			s->zero = true;
		else if (*p == '-')
			s->left = true;
		else
			break;
	}
	while (*p >= '0' && *p <= '9') {
		s->width = s->width * 10 + (unsigned)(*p++ - '0');
		if (s->width > 64)
			return false;
	}
	if (*p == 'l') {
		p++;
		s->size = 'l';
		if (*p == 'l') {
			p++;
			s->size = 'L';
		}
	} else if (*p == 'z') {
		p++;
		s->size = 'z';
	}
	switch (*p) {
	case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
		break;
	case 'c': case 's': case 'p': case '%':
		if (s->size || s->alt || s->zero)
			return false;
		if ((*p == 'p' || *p == '%') && (s->width || s->left))
			return false;
		break;
	default:
		return false;
	}
	s->conv = *p++;
	*pp = p;
	return true;
}

/* digits of v in base (8, 10, 16), at the end of buf; returns the start */
static char *utoa_end(char *end, unsigned long long v, unsigned base, bool upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char *p = end;
	if (base == 10) {
		while (v >= 10) {
			*--p = (char)('0' + v % 10);
			v /= 10;
		}
		*--p = (char)('0' + v);
		return p;
	}
	unsigned shift = base == 16 ? 4 : 3;
	do {
		*--p = digits[v & (base - 1)];
		v >>= shift;
	} while (v);
	return p;
}

struct sink {
	char *buf;
	size_t len, cap;
};

static bool put(struct sink *k, const char *s, size_t n)
{
	if (n > k->cap - k->len)
		return false;
	memcpy(k->buf + k->len, s, n);
	k->len += n;
	return true;
}

static bool pad(struct sink *k, char c, size_t n)
{
	if (n > k->cap - k->len)
		return false;
	memset(k->buf + k->len, c, n);
	k->len += n;
	return true;
}

/* prefix ("-", "0x", "0"), then digits; width pads as glibc does */
static bool emit_number(struct sink *k, const struct spec *s, const char *prefix,
			const char *digits, size_t ndigits)
{
	size_t plen = strlen(prefix), total = plen + ndigits;
	size_t fill = s->width > total ? s->width - total : 0;
	if (fill && !s->left && !s->zero && !pad(k, ' ', fill))
		return false;
	if (!put(k, prefix, plen))
		return false;
	if (fill && !s->left && s->zero && !pad(k, '0', fill))
		return false;
	if (!put(k, digits, ndigits))
		return false;
	return !(fill && s->left && !pad(k, ' ', fill));
}

int outfmt_fast(char *buf, size_t cap, const char *fmt, va_list ap)
{
	struct sink k = { buf, 0, cap };
	char num[32];
	char *end = num + sizeof(num);
	for (const char *p = fmt; *p;) {
		if (*p != '%') {
			const char *q = p;
			while (*q && *q != '%')
				q++;
			if (!put(&k, p, (size_t)(q - p)))
				return -1;
			p = q;
			continue;
		}
		p++;
		struct spec s;
		if (!parse_spec(&p, &s))
			return -1;
		switch (s.conv) {
		case '%':
			if (!put(&k, "%", 1))
				return -1;
			break;
		case 'c': {
			char c = (char)va_arg(ap, int);
			struct spec n = s;
			n.zero = false;
			if (!emit_number(&k, &n, "", &c, 1))
				return -1;
			break;
		}
		case 's': {
			const char *str = va_arg(ap, const char *);
			if (!str)
				return -1;   /* glibc's "(null)": leave it to vsnprintf */
			if (!emit_number(&k, &s, "", str, strlen(str)))
				return -1;
			break;
		}
		case 'p': {
			void *ptr = va_arg(ap, void *);
			if (!ptr)
				return -1;   /* "(nil)" */
			char *d = utoa_end(end, (uintptr_t)ptr, 16, false);
			if (!emit_number(&k, &s, "0x", d, (size_t)(end - d)))
				return -1;
			break;
		}
		case 'd': case 'i': {
			long long v;
			if (s.size == 'l')
				v = va_arg(ap, long);
			else if (s.size == 'L')
				v = va_arg(ap, long long);
			else if (s.size == 'z')
				v = (long long)va_arg(ap, size_t);   /* %zd: ssize_t */
			else
				v = va_arg(ap, int);
			unsigned long long mag = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
			char *d = utoa_end(end, mag, 10, false);
			if (!emit_number(&k, &s, v < 0 ? "-" : "", d, (size_t)(end - d)))
				return -1;
			break;
		}
		default: {   /* u x X o */
			unsigned long long v;
			if (s.size == 'l')
				v = va_arg(ap, unsigned long);
			else if (s.size == 'L')
				v = va_arg(ap, unsigned long long);
			else if (s.size == 'z')
				v = va_arg(ap, size_t);
			else
				v = va_arg(ap, unsigned);
			unsigned base = s.conv == 'u' ? 10 : s.conv == 'o' ? 8 : 16;
			char *d = utoa_end(end, v, base, s.conv == 'X');
			const char *prefix = "";
			if (s.alt && v && base == 16)
				prefix = s.conv == 'X' ? "0X" : "0x";
			else if (s.alt && base == 8 && *d != '0')
				prefix = "0";
			if (!emit_number(&k, &s, prefix, d, (size_t)(end - d)))
				return -1;
		}
		}
	}
	return (int)k.len;
}

/* ---- the hot printers' numbers, without a format ---- */

void out_udec(struct outfile *f, uint64_t v)
{
	char num[24], *end = num + sizeof(num);
	char *d = utoa_end(end, v, 10, false);
	out_write(f, d, (size_t)(end - d));
}

void out_dec(struct outfile *f, int64_t v)
{
	char num[24], *end = num + sizeof(num);
	char *d = utoa_end(end, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, 10, false);
	if (v < 0)
		*--d = '-';
	out_write(f, d, (size_t)(end - d));
}

void out_hex(struct outfile *f, uint64_t v)
{
	char num[24], *end = num + sizeof(num);
	char *d = utoa_end(end, v, 16, false);
	if (v) {
		*--d = 'x';
		*--d = '0';
	}
	out_write(f, d, (size_t)(end - d));
}
