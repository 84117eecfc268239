# ioctls on a pty and unknown ioctls: exact lines (the program prints them).
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/fd_lib.sh"
check_self_printing io_pty -e trace=ioctl "$(prog io_pty)"
