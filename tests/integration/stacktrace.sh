# -k: the frames of a known call chain (main -> level1 -> level2 ->
# write) come out in order, in plain runs, with -f and in threads; a
# library dlopen()ed after start is named (the maps cache is refreshed);
# a stripped binary gives "()" frames; --stack-trace-frame-limit cuts.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -V | grep -q 'stack-trace=libunwind' || skip "built without libunwind"
st=$(prog stack_target)
# frames NAME...: the functions of the frames after the line of the write
# that printed MARK, in order
frames() { # FILE MARK
	awk -v mark="$2" '
		index($0, "write(1, \"" mark "\\n\"") || index($0, "syscall_0x1(") { on = 1; next }
		on && /^ > / { print; next }
		on { exit }' "$1" | sed -nE 's/^ > [^(]*\(([A-Za-z_0-9]*)\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$/\1/p' | tr '\n' ' '
}
want_chain() { # FILE MARK CHAIN
	got=$(frames "$1" "$2")
	case " $got" in *" $3 "*) ;; *) cat "$1"; fail "$2: frames '$got', want '$3' in order" ;; esac
}
"$XSTRACE" -k -e trace=write -o trace "$st" plain > out || fail "plain run"
want_chain trace plain "level2 level1 main"
grep -qE "^ > $st\\(level2\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]\$" trace || { cat trace; fail "frame format"; }
grep -qE '^ > /[^ ]*libc\.so\.6\((__)?write\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' trace || { cat trace; fail "libc frame"; }
# -f: the child's call
"$XSTRACE" -f -k -e trace=write -o trace "$st" fork > out || fail "fork run"
want_chain trace child "level2 level1 main"
# threads
"$XSTRACE" -f -k -e trace=write -o trace "$st" thread > out || fail "thread run"
want_chain trace thread "level2 level1 thread_main"
# the frame limit
"$XSTRACE" -k --stack-trace-frame-limit=2 -e trace=write -o trace "$st" plain > out || fail "limit run"
[ "$(grep -c '^ > ' trace)" = 2 ] || { cat trace; fail "--stack-trace-frame-limit=2"; }
# a library loaded after start: mmap refreshes the maps (also when
# --seccomp-bpf stops only at the traced calls and the %maps ones)
cc=${CC:-cc}
if command -v "$cc" > /dev/null && "$cc" -O1 -shared -fPIC -o libst.so "$srcdir/tests/prog/stack_lib.c" 2> /dev/null; then
	for opts in "" "-f --seccomp-bpf"; do
		"$XSTRACE" $opts -k -e trace=write -o trace "$st" dlopen "$T/libst.so" > out || fail "dlopen run ($opts)"
		want_chain trace lib "lib_level main"
		grep -qE "^ > $T/libst\\.so\\(lib_level\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]\$" trace || { cat trace; fail "library frame ($opts)"; }
	done
else
	echo "no C compiler: dlopen case skipped" >&2
fi
# a stripped copy: frames of the program without names, no crash
if command -v strip > /dev/null && cp "$st" st_stripped && strip st_stripped; then
	"$XSTRACE" -k -e trace=write -o trace ./st_stripped plain > out || fail "stripped run"
	grep -qE "^ > $T/st_stripped\\(\\) \\[0x[0-9a-f]+\\]\$" trace || { cat trace; fail "stripped frames"; }
fi
# the maps are read once, then again only after a call that changes them
# (libunwind's own accessors read them too, without O_CLOEXEC: not ours)
if [ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ]; then
	# LeakSanitizer cannot run under a tracer: no leak check in this run
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
	"$STRACE_ORACLE" -e trace=openat -o meta "$XSTRACE" -k -o trace "$st" plain > out 2>&1 || fail "meta run"
	reads=$(grep -c '"/proc/[0-9]*/maps", O_RDONLY|O_CLOEXEC' meta)
	changes=$(grep -cE '^(mmap|munmap|mprotect|brk|execve)\(' trace)
	calls=$(grep -cE '^[a-z_0-9]+\(' trace)
	[ "$reads" -ge 1 ] && [ "$reads" -le $((changes + 1)) ] && [ "$reads" -lt "$calls" ] ||
		{ cat meta; fail "maps read $reads times for $changes mapping changes in $calls calls"; }
fi
# bad input
"$XSTRACE" --stack-trace-frame-limit=0 -k true 2> err; [ $? = 1 ] || fail "limit 0 accepted"
grep -q "invalid --stack-trace-frame-limit argument: '0'" err || { cat err; fail "limit message"; }
exit 0
