# creat, pread64/pwrite64, fsync, sync_file_range, umask (octal return),
# lstat, fchdir, chroot, mkdirat, the rename/link/unlink families, chmod,
# getrandom, setsid/setpgid, getresgid, sched_rr_get_interval and an
# unknown ioctl: exact lines, checked against strace when it is there.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/integration/dv_lib.sh"
calls=umask,creat,pwrite64,pread64,fsync,fdatasync,sync_file_range,fchmod,chmod,ioctl,lstat,mkdirat
calls=$calls,fchdir,chroot,rename,renameat,renameat2,link,linkat,symlinkat,unlinkat,rmdir,getrandom
calls=$calls,setpgid,setsid,sched_rr_get_interval,getresgid
mkdir x.d s.d
dv_check "$XSTRACE" misc -e trace=$calls -- "$(prog dv_misc)" "$T/x.d"
if [ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ]; then
	dv_check "$STRACE_ORACLE" misc_strace -e trace=$calls -- "$(prog dv_misc)" "$T/s.d"
fi
exit 0
