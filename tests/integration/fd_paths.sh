# statfs family, readlink, getcwd, utime family, xattrs, mknod, access
# family, openat2, file handles, mount/umount2.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/fd_lib.sh"
calls=statfs,fstatfs,readlink,readlinkat,getcwd,utime,utimes,futimesat,utimensat,setxattr,getxattr,fgetxattr,listxattr,llistxattr,flistxattr,fsetxattr,lsetxattr,removexattr,fremovexattr,mknod,mknodat,access,faccessat,faccessat2,openat2,name_to_handle_at,open_by_handle_at,mount,umount2
mkdir dir
# the date comments of the utime family are in the tracer's time zone
TZ=UTC check_self_printing paths -e trace=$calls "$(prog fd_paths)" "$T/dir"
