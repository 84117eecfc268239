# fcntl: every argument kind, locks read back, return comments, errors.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/fd_lib.sh"
mkdir dir
check_self_printing fcntl -e trace=fcntl "$(prog fd_fcntl)" "$T/file" "$T/dir"
