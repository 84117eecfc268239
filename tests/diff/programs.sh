# The integration programs, traced by both tracers with the same options.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
compare_with_strace -e trace=openat,read,write,close -- "$(prog file_io)" "$T/data"
compare_with_strace -- "$(prog long_string)"
compare_with_strace -s 8 -- "$(prog long_string)"
compare_with_strace -- "$(prog exit_status)" 3
compare_with_strace -- "$(prog signal_handler)"
compare_with_strace -f -- "$(prog fork_wait)"
compare_with_strace -e trace=%file -- "$(prog file_io)" "$T/data"
compare_with_strace -e trace='!read,write' -- "$(prog file_io)" "$T/data"
compare_with_strace -e 'trace=/^(open|clo)' -- "$(prog file_io)" "$T/data"
compare_with_strace -a 20 -e trace=close -- "$(prog file_io)" "$T/data"
# timestamps: the same shapes and widths
for o in -t -tt -ttt -r -T '-t -r' --timestamps=format:unix,precision:ms --syscall-times=ns; do
	compare_with_strace $o -e trace=openat,close -- "$(prog file_io)" "$T/data"
done
# values with no name: hex and strace's "???" note
compare_with_strace -e trace=close_range,getpriority,faccessat,lseek,flock,mlockall,madvise,getrusage,eventfd2,epoll_create1 -- "$(prog unknown_values)"
exit 0
