/* -e trace=SET: which syscalls of which ABI are printed. One bit per
 * syscall number per ABI, so the per-stop check is one load. */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "options.h"

static const struct {
	const char *name;
	uint32_t bits;
} class_names[] = {
	{ "file", TC_FILE }, { "desc", TC_DESC }, { "network", TC_NETWORK },
	{ "net", TC_NETWORK }, { "process", TC_PROCESS }, { "signal", TC_SIGNAL },
	{ "ipc", TC_IPC }, { "memory", TC_MEMORY }, { "creds", TC_CREDS },
	{ "clock", TC_CLOCK }, { "stat", TC_STAT }, { "lstat", TC_LSTAT },
	{ "fstat", TC_FSTAT }, { "%stat", TC_STAT_LIKE }, { "statfs", TC_STATFS },
	{ "fstatfs", TC_FSTATFS }, { "%statfs", TC_STATFS_LIKE }, { "pure", TC_PURE },
};

/* Names accepted without the % for compatibility with old strace. */
static const char *const legacy_classes[] = {
	"file", "ipc", "network", "process", "signal", "desc", "memory",
};

bool trace_set_has(const struct trace_set *t, const struct abi *abi, uint64_t nr)
{
	if (nr < t->size[abi->id])
		return (t->bits[abi->id][nr >> 3] >> (nr & 7)) & 1;
	return t->sparse_all[abi->id];
}

static void set_bit(struct trace_set *t, enum abi_id a, uint64_t nr, bool on)
{
	if (nr >= t->size[a])
		return;
	if (on)
		t->bits[a][nr >> 3] |= (uint8_t)(1u << (nr & 7));
	else
		t->bits[a][nr >> 3] &= (uint8_t)~(1u << (nr & 7));
}

static void set_all(struct trace_set *t, bool on)
{
	for (int a = 0; a < ABI_COUNT; a++) {
		memset(t->bits[a], on ? 0xff : 0, (t->size[a] + 7) / 8);
		t->sparse_all[a] = on;
	}
}

static void init_set(struct trace_set *t)
{
	for (int a = 0; a < ABI_COUNT; a++) {
		if (!t->bits[a]) {
			t->size[a] = abis[a].nsyscalls;
			t->bits[a] = calloc((t->size[a] + 7) / 8 + 1, 1);
			if (!t->bits[a])
				error_msg_and_die("out of memory");
		}
	}
}

/* abi_mask: which ABIs a name@64 / name@32 applies to */
static unsigned abis_of_width(int width)
{
	unsigned m = 0;
	for (int a = 0; a < ABI_COUNT; a++)
		if (!width || abis[a].wordsize * 8 == width)
			m |= 1u << a;
	return m;
}

static bool add_by_classes(struct trace_set *t, uint32_t bits, bool on)
{
	for (int a = 0; a < ABI_COUNT; a++) {
		for (uint32_t nr = 0; nr < abis[a].nsyscalls; nr++) {
			const struct sysent *e = abis[a].syscalls[nr];
			if (e && (e->classes & bits))
				set_bit(t, (enum abi_id)a, nr, on);
		}
	}
	return true;
}

static bool add_by_regex(struct trace_set *t, const char *re, unsigned amask, bool on)
{
	regex_t rx;
	int rc = regcomp(&rx, re, REG_EXTENDED | REG_NOSUB);
	if (rc) {
		char msg[256];
		regerror(rc, &rx, msg, sizeof(msg));
		error_msg_and_die("regcomp: %s: %s", re, msg);
	}
	bool any = false;
	for (int a = 0; a < ABI_COUNT; a++) {
		if (!(amask & (1u << a)))
			continue;
		for (uint32_t nr = 0; nr < abis[a].nsyscalls; nr++) {
			const struct sysent *e = abis[a].syscalls[nr];
			if (e && regexec(&rx, e->name, 0, NULL, 0) == 0) {
				set_bit(t, (enum abi_id)a, nr, on);
				any = true;
			}
		}
	}
	regfree(&rx);
	return any || true;   /* strace accepts a regex that matches nothing */
}

static bool add_by_name(struct trace_set *t, const char *name, size_t len, unsigned amask, bool on)
{
	const struct syscall_name_ent *n = syscall_by_name(name, len);
	bool any = false;
	if (n) {
		for (int a = 0; a < ABI_COUNT; a++) {
			if ((amask & (1u << a)) && n->nr[a] >= 0) {
				set_bit(t, (enum abi_id)a, (uint32_t)n->nr[a], on);
				any = true;
			}
		}
	}
	/* syscall_0x1c8: a number that has no name */
	if (!n && len > 8 && !strncmp(name, "syscall_", 8)) {
		char *end;
		unsigned long nr = strtoul(name + 8, &end, 0);
		if (end == name + len) {
			for (int a = 0; a < ABI_COUNT; a++)
				if (amask & (1u << a))
					set_bit(t, (enum abi_id)a, nr, on);
			any = true;
		}
	}
	return any;
}

static bool add_one(struct trace_set *t, char *tok, bool on)
{
	bool optional = false;
	if (*tok == '?') {
		optional = true;
		tok++;
	}
	size_t len = strlen(tok);
	if (!strcmp(tok, "all"))
		return set_all(t, on), true;
	if (!strcmp(tok, "none"))
		return set_all(t, !on), true;
	if (*tok == '/')
		return add_by_regex(t, tok + 1, abis_of_width(0), on);
	const char *cls = NULL;
	if (*tok == '%')
		cls = tok + 1;
	else
		for (unsigned i = 0; i < sizeof(legacy_classes) / sizeof(*legacy_classes); i++)
			if (!strcmp(tok, legacy_classes[i]))
				cls = tok;
	if (cls) {
		for (unsigned i = 0; i < sizeof(class_names) / sizeof(*class_names); i++)
			if (!strcmp(cls, class_names[i].name))
				return add_by_classes(t, class_names[i].bits, on);
		return optional;
	}
	int width = 0;
	if (len > 3 && tok[len - 3] == '@') {
		if (!strcmp(tok + len - 2, "64"))
			width = 64;
		else if (!strcmp(tok + len - 2, "32"))
			width = 32;
		if (width)
			len -= 3;
	}
	if (add_by_name(t, tok, len, abis_of_width(width), on))
		return true;
	return optional;
}

bool parse_trace_spec(struct trace_set *t, const char *spec)
{
	init_set(t);
	set_all(t, false);
	bool on = true;
	if (*spec == '!') {
		set_all(t, true);
		on = false;
		spec++;
	}
	char *copy = strdup(spec);
	if (!copy)
		error_msg_and_die("out of memory");
	bool ok = true;
	if (!*copy) {
		error_msg("invalid system call '%s'", copy);
		ok = false;
	}
	for (char *save = NULL, *tok = strtok_r(copy, ",", &save); ok && tok;
	     tok = strtok_r(NULL, ",", &save)) {
		if (!add_one(t, tok, on)) {
			error_msg("invalid system call '%s'", tok);
			ok = false;
		}
	}
	free(copy);
	return ok;
}
