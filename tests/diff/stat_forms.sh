# stat and statx as both tracers print them: a character device (st_rdev,
# and statx's stx_size where stat has st_rdev), a directory, a file; and
# with -X raw and -X verbose.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
need_oracle
compare_with_strace -e trace=statx,newfstatat,stat,lstat,fstatat64,stat64,lstat64 -- stat -c %n /dev/null / "$srcdir/README.md"
compare_with_strace -e trace=newfstatat,stat,lstat,fstatat64,stat64,lstat64 -- ls -ld /dev/null / "$srcdir/README.md"
# -X: device numbers as numbers (raw) or with makedev() in a comment
# (verbose); statx's sync type as strace prints it in each style
for x in raw verbose; do
	compare_with_strace -X $x -e trace=statx -- stat -c %n /dev/null /
	compare_with_strace -X $x -e trace=newfstatat,stat,lstat,fstatat64,stat64,lstat64 -- ls -ld /dev/null /
done
exit 0
