# stat and statx as both tracers print them: a character device (st_rdev,
# and statx's stx_size where stat has st_rdev), a directory, a file.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
need_oracle
compare_with_strace -e trace=statx,newfstatat,stat,lstat,fstatat64,stat64,lstat64 -- stat -c %n /dev/null / "$srcdir/README.md"
compare_with_strace -e trace=newfstatat,stat,lstat,fstatat64,stat64,lstat64 -- ls -ld /dev/null / "$srcdir/README.md"
exit 0
