# readv/writev family and vmsplice: iovec arrays cut at -s (strings and
# element count), short reads, errors, an array running into unmapped memory.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/fd_lib.sh"
calls=readv,writev,preadv,pwritev,preadv2,pwritev2,vmsplice
check_self_printing iov -e trace=$calls "$(prog fd_iov)" 32 "$T/file"
check_self_printing iov_s5 -s 5 -e trace=$calls "$(prog fd_iov)" 5 "$T/file"
check_self_printing iov_s1 -s 1 -e trace=$calls "$(prog fd_iov)" 1 "$T/file"
check_self_printing iov_s2 -s 2 -e trace=$calls "$(prog fd_iov)" 2 "$T/file"
