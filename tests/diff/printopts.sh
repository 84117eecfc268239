# Output-format options against the distro strace: -e read=/write= dumps,
# -e raw=, -X styles, -x / --strings-in-hex variants.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
need_oracle
exec < /dev/null
dump=$(prog po_dump)
calls=read,write,pread64,pwrite64,readv,writev,preadv,pwritev,lseek,sendto,recvfrom
compare_with_strace -e trace=$calls -e read=all -e write=all -- "$dump" "$T/f"
compare_with_strace -e trace=$calls -e read=3 -e write=4,1 -- "$dump" "$T/f"
compare_with_strace -e trace=$calls --read=5 --write='!3' -- "$dump" "$T/f"
compare_with_strace -e trace=$calls -e reads=none -e writes=9 -- "$dump" "$T/f"
# the msghdr calls are decoded elsewhere: compare their dumps only
msgs=sendmsg,recvmsg,sendmmsg,recvmmsg
"$STRACE_ORACLE" -e trace=$msgs -e read=all -e write=all -o strace.out "$dump" "$T/f"
"$XSTRACE" -e trace=$msgs -e read=all -e write=all -o xstrace.out "$dump" "$T/f"
grep '^ [|*=] ' strace.out > strace.dumps
grep '^ [|*=] ' xstrace.out > xstrace.dumps
[ "$(wc -l < strace.dumps)" -gt 10 ] || fail "strace printed no msghdr dumps"
exact strace.dumps xstrace.dumps

xs=$(prog po_xstyle)
for opts in "-X raw" "-X abbrev" "-X verbose" "--const-print-style=verbose" \
	"-e raw=all" "-e raw=openat,lseek,mmap,socket,fcntl" "-e raw=!openat" "-e x=%file" \
	"--raw=access -X verbose" "-x" "-xx" "-xxx" "--strings-in-hex" \
	"--strings-in-hex=none" "--strings-in-hex=non-ascii" "--strings-in-hex=non-ascii-chars" \
	"--strings-in-hex=all" "-x -X raw -e raw=write"; do
	# shellcheck disable=SC2086
	compare_with_strace $opts -- "$xs"
done
compare_with_strace -X verbose -e raw=read -e read=all -- cat /etc/hostname
exit 0
