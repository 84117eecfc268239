# Output options strace 6.1 has, compared line for line.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
sh_=$(prog signal_handler)
fio=$(prog file_io)
compare_with_strace -n -- "$sh_"
compare_with_strace -i -e trace=kill,rt_sigreturn -- "$sh_"
compare_with_strace -i -n -f -- "$(prog fork_wait)"
compare_with_strace -e quiet=exit -- "$sh_"
compare_with_strace -e quiet=all -e trace=kill -- "$sh_"
compare_with_strace -qq -e trace=kill -- "$sh_"
compare_with_strace -qqq -- "$sh_"
compare_with_strace -e signal=none -- "$sh_"
compare_with_strace -e 'signal=!SIGUSR1' -- "$sh_"
compare_with_strace -e signal=usr1,10 -- "$sh_"
compare_with_strace -E XSTRACE_TEST_VAR=1 -E HOME -e trace=execve -- env
compare_with_strace -u nobody -e trace=execve,getuid,geteuid -- id -u
# -y: fd paths (and the cwd of AT_FDCWD)
compare_with_strace -y -- "$fio" "$T/data"
compare_with_strace -y -f -- "$(prog fork_wait)"
compare_with_strace --decode-fds=path -e trace=%desc -- cat /etc/hostname
compare_with_strace -e decode-fds=path -e trace=dup2,close -- sh -c 'exec 5>/dev/null 6>&5; exec 5>&-'
# --seccomp-bpf: the same lines, only the traced calls stop
compare_with_strace -f --seccomp-bpf -e trace=openat,close,write -- "$fio" "$T/data"
compare_with_strace -f --seccomp-bpf -e trace=%file -- ls /
compare_with_strace --seccomp-bpf -e trace=close -- "$fio" "$T/data"
# status filters: lines held until the result is known
fio=$(prog file_io)
compare_with_strace -Z -- "$fio" "$T/data"
compare_with_strace -z -e trace=openat,close -- "$fio" "$T/data"
compare_with_strace -e status=unfinished -- "$fio" "$T/data"
compare_with_strace -e status=successful,unfinished -e trace=openat,exit_group -- "$fio" "$T/data"
compare_with_strace -e 'status=!failed' -e trace=%file -- "$fio" "$T/data"
compare_with_strace -Z -f -e trace=wait4,exit_group,openat -- "$(prog fork_wait)"
exit 0
