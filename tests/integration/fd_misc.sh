# pipes, dup family, close_range, flock, fallocate, truncation, fadvise64,
# readahead, lseek, sendfile, splice, tee, copy_file_range.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/fd_lib.sh"
calls=pipe,pipe2,dup,dup2,dup3,close_range,flock,fallocate,ftruncate,truncate,fadvise64,readahead,lseek,sendfile,splice,tee,copy_file_range
check_self_printing misc -e trace=$calls "$(prog fd_misc)" "$T/file"
