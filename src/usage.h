/* -h and -V. */
#ifndef XSTRACE_USAGE_H
#define XSTRACE_USAGE_H

__attribute__((noreturn)) void print_usage(void);
__attribute__((noreturn)) void print_version(void);

#endif
