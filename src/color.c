/* Colour for syscall lines, as strace 7.x documents --color: auto (the
 * default) colours only when the trace goes to a terminal that has
 * colours, NO_COLOR in the environment turns auto off, always forces it,
 * never disables it.  STRACE_COLORS="key=SGR:key=SGR..." changes the
 * palette (keys syscall, argname, argval, const, comment, punct, retval,
 * error; invalid entries are ignored).
 *
 * The line is coloured once it is complete, token by token, so that the
 * decoders and the "=" alignment know nothing of it. */
#include <ctype.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "color.h"

bool color_enabled;

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
static enum color_mode mode = COLOR_AUTO;

enum kind { K_SYSCALL, K_ARGNAME, K_ARGVAL, K_CONST, K_COMMENT, K_PUNCT, K_RETVAL, K_ERROR, K_COUNT };

/* the documented default: standard colours and bold, no bright ones */
static char palette[K_COUNT][24] = {
	[K_SYSCALL] = "\033[1;33m", [K_ARGNAME] = "\033[39m", [K_ARGVAL] = "\033[35m",
	[K_CONST] = "\033[1;36m", [K_COMMENT] = "\033[36m", [K_PUNCT] = "\033[0m",
	[K_RETVAL] = "\033[32m", [K_ERROR] = "\033[31m",
};
static const char reset[] = "\033[0m";

bool color_set_mode(const char *when)
{
	if (!strcmp(when, "auto"))
		mode = COLOR_AUTO;
	else if (!strcmp(when, "always"))
		mode = COLOR_ALWAYS;
	else if (!strcmp(when, "never"))
		mode = COLOR_NEVER;
	else
		return false;
	return true;
}

static void parse_palette(const char *spec)
{
	static const struct { const char *name; enum kind kind; } keys[] = {
		{ "syscall", K_SYSCALL }, { "argname", K_ARGNAME }, { "argval", K_ARGVAL },
		{ "const", K_CONST }, { "comment", K_COMMENT }, { "punct", K_PUNCT },
		{ "retval", K_RETVAL }, { "error", K_ERROR },
	};
	char *copy = strdup(spec);
	if (!copy)
		return;
	for (char *save = NULL, *tok = strtok_r(copy, ":", &save); tok; tok = strtok_r(NULL, ":", &save)) {
		char *eq = strchr(tok, '=');
		if (!eq)
			continue;
		*eq = '\0';
		const char *val = eq + 1;
		/* an SGR parameter list: digits and ';', at least one digit */
		size_t n = strlen(val);
		bool digit = false, ok = n > 0 && n < sizeof(palette[0]) - 3;
		for (size_t i = 0; ok && i < n; i++) {
			digit |= isdigit((unsigned char)val[i]) != 0;
			ok = isdigit((unsigned char)val[i]) || val[i] == ';';
		}
		if (!ok || !digit)
			continue;
		for (unsigned i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
			if (!strcasecmp(tok, keys[i].name))
				snprintf(palette[keys[i].kind], sizeof(palette[0]), "\033[%sm", val);
	}
	free(copy);
}

/* Does fd (or the file the trace goes to) reach a terminal with colours? */
static bool terminal_with_colors(const char *outfname)
{
	bool tty;
	if (!outfname) {
		tty = isatty(2);
	} else if (outfname[0] == '|' || outfname[0] == '!') {
		tty = false;
	} else {
		int fd = open(outfname, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
		tty = fd >= 0 && isatty(fd);
		if (fd >= 0)
			close(fd);
	}
	if (!tty)
		return false;
	/* a terminal that says it cannot do colours */
	const char *term = getenv("TERM");
	return term && *term && strcmp(term, "dumb") != 0;
}

void color_init(const char *outfname, bool output_separately)
{
	color_enabled = false;
	if (mode == COLOR_NEVER)
		return;
	if (mode == COLOR_AUTO) {
		const char *no = getenv("NO_COLOR");
		if ((no && *no) || output_separately || !terminal_with_colors(outfname))
			return;
	}
	const char *spec = getenv("STRACE_COLORS");
	if (spec)
		parse_palette(spec);
	color_enabled = true;
}

/* ---- the line's tokens ---- */

struct sink {
	char *buf;
	size_t len, cap;
	bool failed;
};

static void put(struct sink *s, const char *p, size_t n)
{
	if (s->failed)
		return;
	if (s->len + n > s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 256;
		while (cap < s->len + n)
			cap *= 2;
		char *b = realloc(s->buf, cap);
		if (!b) {
			s->failed = true;
			return;
		}
		s->buf = b;
		s->cap = cap;
	}
	memcpy(s->buf + s->len, p, n);
	s->len += n;
}

static void token(struct sink *s, enum kind k, const char *p, size_t n)
{
	put(s, palette[k], strlen(palette[k]));
	put(s, p, n);
	put(s, reset, sizeof(reset) - 1);
}

static bool is_ident(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* The arguments: punctuation, strings, comments, names before '=',
 * constants (upper-case identifiers) and other values. */
static size_t color_args(struct sink *s, const char *t, size_t i, size_t n, size_t args_end)
{
	while (i < args_end) {
		char c = t[i];
		size_t j = i + 1;
		if (c == '"') {
			for (; j < n && t[j] != '"'; j++)
				if (t[j] == '\\')
					j++;
			j = j < n ? j + 1 : n;
			token(s, K_ARGVAL, t + i, j - i);
			/* a cut string's "..." goes with it */
			if (j + 3 <= args_end && !memcmp(t + j, "...", 3)) {
				token(s, K_ARGVAL, t + j, 3);
				j += 3;
			}
		} else if (c == '/' && i + 1 < args_end && t[i + 1] == '*') {
			const char *end = NULL;
			for (size_t k = i + 2; k + 1 < args_end; k++)
				if (t[k] == '*' && t[k + 1] == '/') {
					end = t + k + 2;
					break;
				}
			j = end ? (size_t)(end - t) : args_end;
			token(s, K_COMMENT, t + i, j - i);
		} else if (strchr("()[]{},=|", c)) {
			token(s, K_PUNCT, t + i, 1);
		} else if (c == ' ') {
			put(s, t + i, 1);
		} else if (is_ident(c)) {
			while (j < args_end && is_ident(t[j]))
				j++;
			bool name = j < args_end && t[j] == '=' && !(j + 1 < args_end && t[j + 1] == '=')
				&& !isdigit((unsigned char)c);
			bool upper = isupper((unsigned char)c);
			for (size_t k = i; upper && k < j; k++)
				upper = isupper((unsigned char)t[k]) || isdigit((unsigned char)t[k]) || t[k] == '_';
			token(s, name ? K_ARGNAME : upper ? K_CONST : K_ARGVAL, t + i, j - i);
		} else {
			/* anything else is part of a value: run to the next
			 * separator */
			while (j < args_end && !strchr("()[]{},=| \"", t[j]))
				j++;
			token(s, K_ARGVAL, t + i, j - i);
		}
		i = j;
	}
	return i;
}

void color_line(struct outfile *f, size_t from)
{
	if (from >= f->len)
		return;
	const char *t = f->buf + from;
	size_t n = f->len - from, i = 0;
	struct sink s = { 0 };
	/* the name, or "<... name resumed>" */
	if (t[0] == '<') {
		const char *close = memchr(t, '>', n);
		i = close ? (size_t)(close - t) + 1 : n;
		token(&s, K_SYSCALL, t, i);
	} else {
		while (i < n && t[i] != '(')
			i++;
		token(&s, K_SYSCALL, t, i);
	}
	/* the result starts at the last ") = " or ") ... = " of the line */
	size_t args_end = n;
	for (size_t k = n; k-- > i;) {
		if (t[k] == '=' && k >= 1 && t[k - 1] == ' ' && k + 1 < n && t[k + 1] == ' ') {
			size_t p = k - 1;
			while (p > i && t[p - 1] == ' ')
				p--;
			if (p > i && t[p - 1] == ')') {
				args_end = p - 1;
				break;
			}
		}
	}
	i = color_args(&s, t, i, n, args_end);
	if (i < n && t[i] == ')') {
		token(&s, K_PUNCT, t + i, 1);
		i++;
		size_t sp = i;
		while (i < n && t[i] == ' ')
			i++;
		put(&s, t + sp, i - sp);
		if (i < n && t[i] == '=') {
			token(&s, K_PUNCT, t + i, 1);
			i++;
			if (i < n && t[i] == ' ')
				put(&s, t + i++, 1);
			/* "-1 ENOENT (No such file ...)" and "? ERESTARTSYS (...)" */
			bool err = (n - i >= 3 && !memcmp(t + i, "-1 ", 3) && isupper((unsigned char)t[i + 3]))
				|| (n - i >= 3 && !memcmp(t + i, "? E", 3));
			size_t j = i;
			while (j < n && t[j] != ' ')
				j++;
			if (err) {
				/* the errno name and its message */
				size_t e = j + 1;
				while (e < n && t[e] != ' ')
					e++;
				if (e < n && t[e] == ' ' && e + 1 < n && t[e + 1] == '(') {
					const char *close = memchr(t + e, ')', n - e);
					e = close ? (size_t)(close - t) + 1 : n;
				}
				token(&s, K_ERROR, t + i, e - i);
				i = e;
			} else {
				token(&s, K_RETVAL, t + i, j - i);
				i = j;
			}
			/* what follows ("(flags ...)", " <0.000010>") stays plain */
		}
	}
	put(&s, t + i, n - i);
	if (!s.failed) {
		f->len = from;
		out_write(f, s.buf, s.len);
	}
	free(s.buf);
}
