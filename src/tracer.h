#ifndef XSTRACE_TRACER_H
#define XSTRACE_TRACER_H

/* Starts or attaches the tracees, runs the event loop to the end, and
 * returns the exit status xstrace should have (strace's rules). */
int run_tracer(void);

#endif
