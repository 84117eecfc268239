/* Messages on stderr, worded as strace words them. */
#ifndef XSTRACE_ERROR_H
#define XSTRACE_ERROR_H

extern const char *program_name;

void error_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void perror_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
__attribute__((noreturn, format(printf, 1, 2)))
void error_msg_and_die(const char *fmt, ...);
__attribute__((noreturn, format(printf, 1, 2)))
void perror_msg_and_die(const char *fmt, ...);
/* "Try 'xstrace -h' for more information." and exit 1 */
__attribute__((noreturn, format(printf, 1, 2)))
void error_msg_and_help(const char *fmt, ...);
/* Called before dying: detach tracees, restore their state. */
extern void (*die_cleanup)(void);

#endif
