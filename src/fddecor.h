/* -y/-yy: the "<...>" printed after an fd, per -e decode-fds= kinds. */
#ifndef XSTRACE_FDDECOR_H
#define XSTRACE_FDDECOR_H

struct dctx;
void fddecor_print(struct dctx *d, int fd);

#endif
