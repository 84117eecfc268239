/* Parsing of the fd/pid decoration and path/fd filtering options. */
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "fdopts.h"
#include "fdpath.h"
#include "pathtrace.h"
#include "pidtrace.h"
#include "print.h"

static int ycount;
static bool decode_fds_given;

void fdopts_yflag(void)
{
	ycount++;
}

/* strace's set grammar: [!]all, [!]none, or [!]NAME[,NAME]... */
void fdopts_decode_fds(const char *spec)
{
	static const struct { const char *name; unsigned bits; } names[] = {
		{ "path", DF_PATH }, { "socket", DF_SOCKET }, { "dev", DF_DEV },
		{ "pidfd", DF_PIDFD }, { "signalfd", DF_SIGNALFD }, { "eventfd", DF_EVENTFD },
	};
	const char *s = spec + (*spec == '!');
	unsigned bits = 0;
	if (!strcmp(s, "all")) {
		bits = DF_ALL;
	} else if (strcmp(s, "none")) {
		char *copy = strdup(s);
		if (!copy)
			error_msg_and_die("out of memory");
		bool any = false;
		for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok;
		     tok = strtok_r(NULL, ",", &save)) {
			unsigned i;
			for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
				if (!strcmp(tok, names[i].name))
					break;
			if (i == sizeof(names) / sizeof(names[0]))
				error_msg_and_die("invalid decode-fds '%s'", tok);
			bits |= names[i].bits;
			any = true;
		}
		free(copy);
		if (!any)
			error_msg_and_die("invalid decode-fds '%s'", spec);
	}
	decode_fd_kinds = *spec == '!' ? DF_ALL & ~bits : bits;
	decode_fds_given = true;
}

void fdopts_decode_pids(const char *spec)
{
	if (!parse_decode_pids(spec))
		exit(1);
}

void fdopts_trace_path(const char *path)
{
	pathtrace_add(path);
}

void fdopts_trace_fds(const char *spec)
{
	if (!parse_trace_fds(spec))
		exit(1);
}

void fdopts_seccomp(bool filtered)
{
	fdpath_uncached = filtered && decode_fds;
}

void fdopts_finish(bool quiet_path_resolution)
{
	if (ycount && decode_fds_given)
		error_msg_and_die("-y and --decode-fds cannot be provided simultaneously");
	if (ycount == 1)
		decode_fd_kinds |= DF_PATH;
	else if (ycount > 1)
		decode_fd_kinds = DF_ALL;
	pathtrace_resolve(quiet_path_resolution);
	/* the fd cache serves both the decorations and -P */
	decode_fds = decode_fd_kinds || pathtrace_active;
}
