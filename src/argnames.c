/* -N / --arg-names: "name=" before each argument, with the names of
 * tables/signatures.def.  The decoders print as usual; when a call's
 * arguments are complete (or its line is cut by another tracee's), the
 * text printed since its "(" is split at the top-level ", " and each
 * piece gets its name.  Nothing runs without -N. */
#include <stdlib.h>
#include <string.h>

#include "argnames.h"

bool arg_names;

/* Where the top-level arguments of text[0..n) end: the offsets of the
 * ", " separators outside strings, comments and brackets. */
static size_t split_args(const char *s, size_t n, size_t *cuts, size_t max)
{
	size_t ncuts = 0;
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '"') {
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
		} else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
			const char *end = NULL;
			for (size_t j = i + 2; j + 1 < n; j++)
				if (s[j] == '*' && s[j + 1] == '/') {
					end = s + j;
					break;
				}
			i = end ? (size_t)(end - s) + 1 : n;
		} else if (c == '<' && i + 1 < n && s[i + 1] == '<') {
			i++;   /* a shift (FUTEX_OP_ADD<<28), not a -y path */
		} else if (c == '(' || c == '[' || c == '{' || c == '<') {
			depth++;
		} else if (c == ')' || c == ']' || c == '}' || c == '>') {
			if (depth > 0)
				depth--;
		} else if (c == ',' && depth == 0 && i + 1 < n && s[i + 1] == ' ') {
			if (ncuts < max)
				cuts[ncuts++] = i;
		}
	}
	return ncuts;
}

unsigned argnames_insert(struct outfile *f, size_t from, const struct sysent *ent, unsigned first)
{
	if (!ent || from > f->len)
		return first;
	size_t n = f->len - from;
	char *text = malloc(n + 1);
	if (!text)
		return first;
	memcpy(text, f->buf + from, n);
	size_t cuts[64];
	size_t ncuts = split_args(text, n, cuts, sizeof(cuts) / sizeof(cuts[0]));
	f->len = from;
	size_t start = 0;
	unsigned idx = first;
	for (size_t k = 0; k <= ncuts; k++) {
		size_t end = k < ncuts ? cuts[k] : n;
		/* an argument not printed yet (entry text ending in ", ") or
		 * past the signature gets no name */
		if (end > start && idx < ent->nargs && ent->args[idx].name) {
			out_puts(f, ent->args[idx].name);
			out_putc(f, '=');
		}
		out_write(f, text + start, end - start);
		if (k < ncuts) {
			out_write(f, ", ", 2);
			idx++;
		}
		start = end + 2;
	}
	free(text);
	return idx;
}
