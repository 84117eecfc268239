# -e inject / -e fault traced by both tracers: the same lines, the same
# (INJECTED) and (DELAYED) notes, the same signals, the same exit status.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
it=$(prog inject_target)
compare_with_strace -e trace=chdir -e inject=chdir:error=ENOENT:when=2..4+2 -- "$it" when
compare_with_strace -e trace=chdir -e fault=chdir:when=3+ -- "$it" when
compare_with_strace -e trace=chdir -e fault=chdir:error=EPERM -- "$it" when
compare_with_strace -e trace=chdir -e inject=chdir:syscall=getpid:error=EIO:when=1 -- "$it" when
compare_with_strace -e trace=chdir -e inject=chdir:syscall=getppid:retval=7:when=2+2 -- "$it" when
compare_with_strace -e trace=write -e inject=write:retval=42:when=2 -- "$it" retval
compare_with_strace -e trace=chdir -e inject=chdir:signal=SIGUSR1 -- "$it" signal
compare_with_strace -e trace=chdir -e inject=chdir:signal=SIGUSR1:error=EPERM -- "$it" signal
compare_with_strace -e trace=write,read -e inject=write:poke_enter=@arg2=42424242:when=1 -- "$it" poke
compare_with_strace -e trace=write,read -e inject=write:poke_enter=@arg2=4242:error=EIO:when=1 -- "$it" poke
compare_with_strace -e trace=write,read -e inject=read:poke_exit=@arg2=43:retval=1:when=2 -- "$it" poke
compare_with_strace -e trace=chdir -e inject=chdir:delay_enter=10ms -- "$it" delay
compare_with_strace -e trace=chdir -e inject=chdir:delay_exit=10ms:retval=0 -- "$it" delay
# several expressions: the later one wins for a syscall both name
compare_with_strace -e trace=chdir,write -e inject=chdir,write:error=EIO -e inject=chdir:error=ENOENT:when=2 -- "$it" when
# injection into calls that are not printed, and -f
compare_with_strace -e trace=write -e inject=chdir:error=ENOENT:when=2 -- "$it" when
compare_with_strace -f -e trace=chdir -e inject=chdir:error=EACCES:when=3 -- sh -c "$it when; $it when"
echo hello > file
LC_ALL=C compare_with_strace -e trace=openat -e inject=openat:error=EACCES:when=3 -- cat file
exit 0
