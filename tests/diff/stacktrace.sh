# -k traced by both tracers (the distro strace is built with libunwind
# too): the same frames, names and offsets, line for line.
. "$srcdir/tests/lib.sh"
. "$srcdir/tests/diff/run_diff.sh"
"$XSTRACE" -V | grep -q 'stack-trace=libunwind' || skip "built without libunwind"
need_oracle
"$STRACE_ORACLE" -V | grep -q 'stack-trace=libunwind' || skip "$STRACE_ORACLE unwinds with another library"
st=$(prog stack_target)
compare_with_strace -k -- "$st" plain
compare_with_strace -k -e trace=write -- "$st" plain
# (no SIGCHLD line: its stack is wherever the parent happens to be, in
# fork's return or already in wait4)
compare_with_strace -f -k -e trace=write -e signal='!SIGCHLD' -- "$st" fork
compare_with_strace -f -k -e trace=write -- "$st" thread
if command -v strip > /dev/null && cp "$st" st_stripped && strip st_stripped; then
	compare_with_strace -k -e trace=write -- ./st_stripped plain
fi
cc=${CC:-cc}
if command -v "$cc" > /dev/null && "$cc" -O1 -shared -fPIC -o libst.so "$srcdir/tests/prog/stack_lib.c" 2> /dev/null; then
	compare_with_strace -k -e trace=write,openat,mmap,munmap -- "$st" dlopen "$T/libst.so"
fi
exit 0
