# The fd_* programs traced by the distro strace and by xstrace.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
export TZ=UTC
mkdir dir
compare_with_strace -e trace=fcntl -- "$(prog fd_fcntl)" "$T/file" "$T/dir" nopids
iov=readv,writev,preadv,pwritev,preadv2,pwritev2,vmsplice
compare_with_strace -e trace=$iov -- "$(prog fd_iov)" 32 "$T/file"
compare_with_strace -s 3 -e trace=$iov -- "$(prog fd_iov)" 3 "$T/file"
compare_with_strace -x -e trace=$iov -- "$(prog fd_iov)" 32 "$T/file"
compare_with_strace -xx -e trace=$iov -- "$(prog fd_iov)" 32 "$T/file"
compare_with_strace -e trace=pipe,pipe2,dup,dup2,dup3,close_range,flock,fallocate,ftruncate,truncate,fadvise64,readahead,lseek,sendfile,splice,tee,copy_file_range -- "$(prog fd_misc)" "$T/file"
paths=statfs,fstatfs,readlink,readlinkat,getcwd,utime,utimes,futimesat,utimensat,setxattr,getxattr,fgetxattr,listxattr,llistxattr,flistxattr,fsetxattr,lsetxattr,removexattr,fremovexattr,mknod,mknodat,access,faccessat,faccessat2,openat2,mount,umount2
compare_with_strace -e trace=$paths -- "$(prog fd_paths)" "$T/dir" nohandles
compare_with_strace -s 4 -e trace=$paths -- "$(prog fd_paths)" "$T/dir" nohandles
exit 0
