#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "error.h"

const char *program_name = "xstrace";
void (*die_cleanup)(void);

static void vmsg(int err, const char *fmt, va_list ap)
{
	/* messages quote the user's argument whole, however long */
	char small[1024], *buf = NULL;
	if (vasprintf(&buf, fmt, ap) < 0) {
		buf = NULL;
		snprintf(small, sizeof(small), "%s", fmt);
	}
	fflush(NULL);
	if (err)
		fprintf(stderr, "%s: %s: %s\n", program_name, buf ? buf : small, strerror(err));
	else
		fprintf(stderr, "%s: %s\n", program_name, buf ? buf : small);
	free(buf);
}

void error_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(0, fmt, ap);
	va_end(ap);
}

void perror_msg(const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	vmsg(err, fmt, ap);
	va_end(ap);
}

__attribute__((noreturn)) static void die(void)
{
	if (die_cleanup) {
		void (*f)(void) = die_cleanup;
		die_cleanup = NULL;
		f();
	}
	exit(1);
}

void error_msg_and_die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vmsg(0, fmt, ap);
	va_end(ap);
	die();
}

void perror_msg_and_die(const char *fmt, ...)
{
	int err = errno;
	va_list ap;
	va_start(ap, fmt);
	vmsg(err, fmt, ap);
	va_end(ap);
	die();
}

void error_msg_and_help(const char *fmt, ...)
{
	va_list ap;
	if (fmt) {
		va_start(ap, fmt);
		vmsg(0, fmt, ap);
		va_end(ap);
	}
	fprintf(stderr, "Try '%s -h' for more information.\n", program_name);
	die();
}
