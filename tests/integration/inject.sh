# -e inject / -e fault: the traced program sees what was injected, on both
# ways of tampering (PTRACE_SET_SYSCALL_INFO and the registers of arch/),
# for 64-bit and (where an i686 compiler exists) 32-bit tracees.
. "$srcdir/tests/lib.sh"
it64=$(prog inject_target)
targets=$it64
if command -v i686-linux-gnu-gcc > /dev/null &&
   i686-linux-gnu-gcc -static -O2 -o it32 "$srcdir/tests/prog/inject_target.c" 2> /dev/null &&
   ./it32 when > /dev/null 2>&1; then
	targets="$targets $T/it32"
fi
# run MODE OPTIONS...: the program's output in out.MODE
run() {
	m=$1; shift
	"$XSTRACE" -o trace "$@" "$it" "$m" > "out.$m" 2> err || { cat err; fail "$it $m: exit status"; }
}
want() { # MODE LINE...
	m=$1; shift
	printf '%s\n' "$@" > "want.$m"
	exact "want.$m" "out.$m"
}
for regs in 0 1; do
	export XSTRACE_FORCE_REGS=$regs
	for it in $targets; do
		what="$it (XSTRACE_FORCE_REGS=$regs)"
		# retval: the program sees the injected count
		run retval -e inject=write:retval=42:when=2
		want retval "write 1: 6" "write 2: 42" "write 3: 6"
		grep -qE '^write\(3, "abcdef", 6\) += 42 \(INJECTED\)$' trace || { cat trace; fail "$what: retval line"; }
		# when=2..4+2 hits calls 2 and 4 only
		run when -e inject=chdir:error=ENOENT:when=2..4+2
		want when "chdir 1: 0" "chdir 2: ENOENT" "chdir 3: 0" "chdir 4: ENOENT" "chdir 5: 0"
		[ "$(grep -c 'ENOENT (No such file or directory) (INJECTED)$' trace)" = 2 ] || { cat trace; fail "$what: when lines"; }
		# when=3+ and fault's default ENOSYS
		run when -e fault=chdir:when=3+
		want when "chdir 1: 0" "chdir 2: 0" "chdir 3: Function not implemented" \
			"chdir 4: Function not implemented" "chdir 5: Function not implemented"
		# syscall=: a pure call runs instead, the error is still injected
		run when -e inject=chdir:syscall=getpid:error=EPERM:when=5
		want when "chdir 1: 0" "chdir 2: 0" "chdir 3: 0" "chdir 4: 0" "chdir 5: Operation not permitted"
		# signal= is delivered
		run signal -e inject=chdir:signal=SIGUSR1
		want signal "chdir: 0, SIGUSR1 delivered"
		grep -qx -- '--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_KERNEL} ---' trace || { cat trace; fail "$what: signal line"; }
		# poke_enter changes the bytes the kernel writes into the pipe
		run poke -e inject=write:poke_enter=@arg2=42424242:when=1
		want poke "wrote 4, pipe holds 4: BBBB"
		grep -qE '^write\([0-9]+, "BBBB", 4\) += 4 \(INJECTED: args\)$' trace || { cat trace; fail "$what: poke line"; }
		# delays: at least the delay, no upper bound asserted
		run delay -e inject=chdir:delay_exit=150ms
		ms=$(sed -E 's/.*took ([0-9]+) ms/\1/' out.delay)
		[ "$ms" -ge 150 ] || fail "$what: delay_exit took $ms ms"
		grep -qE '^chdir\("\."\) += 0 \(DELAYED\)$' trace || { cat trace; fail "$what: delay line"; }
		run delay -e inject=chdir:delay_enter=100000:error=EACCES
		ms=$(sed -E 's/.*took ([0-9]+) ms/\1/' out.delay)
		[ "$ms" -ge 100 ] || fail "$what: delay_enter took $ms ms"
		grep -qE '^chdir\("\."\) += -1 EACCES \(Permission denied\) \(INJECTED\) \(DELAYED\)$' trace || { cat trace; fail "$what: delay+error line"; }
	done
	# the path really taken
	"$XSTRACE" -d -o /dev/null -e inject=chdir:error=EIO "$it64" when > /dev/null 2> err
	if [ "$regs" = 1 ]; then
		grep -q 'syscalls tampered with through registers$' err || { cat err; fail "register path not taken"; }
	else
		grep -qE 'syscalls tampered with through (PTRACE_SET_SYSCALL_INFO|registers)$' err || { cat err; fail "no tampering"; }
	fi
done
unset XSTRACE_FORCE_REGS
# a kernel with PTRACE_SET_SYSCALL_INFO (6.16+) uses it
case $(uname -r) in
[0-5].*|6.[0-9].*|6.1[0-5].*) ;;
*) grep -q 'through PTRACE_SET_SYSCALL_INFO$' err || true
   "$XSTRACE" -d -o /dev/null -e inject=chdir:error=EIO "$it64" when > /dev/null 2> err
   grep -q 'through PTRACE_SET_SYSCALL_INFO$' err || { cat err; fail "PTRACE_SET_SYSCALL_INFO not used on $(uname -r)"; } ;;
esac
# cat fails the way it reports EACCES (its third openat opens the file)
echo hello > file
LC_ALL=C "$XSTRACE" -o trace -e trace=openat -e inject=openat:error=EACCES:when=3 cat file > out 2> err && fail "cat succeeded"
grep -qx "cat: file: Permission denied" err || { cat err; fail "cat's message"; }
grep -qE '^openat\(AT_FDCWD, "file", O_RDONLY\) += -1 EACCES \(Permission denied\) \(INJECTED\)$' trace || { cat trace; fail "cat trace"; }
# counts are per tracee: with -f, each process counts its own calls, also
# under --seccomp-bpf
"$XSTRACE" -f --seccomp-bpf -e trace=chdir -o trace -e inject=chdir:error=ENOENT:when=2 \
	sh -c "$it64 when; $it64 when" > out 2> err || { cat err; fail "-f run"; }
[ "$(grep -c 'chdir 2: ENOENT' out)" = 2 ] && [ "$(grep -c ENOENT out)" = 2 ] || { cat out; fail "per-tracee counts"; }
# as in strace, calls that are not traced are not tampered with
"$XSTRACE" -o trace -e trace=write -e inject=chdir:error=ENOENT "$it64" when > out 2> err || fail "untraced run"
grep -q ENOENT out && { cat out; fail "an untraced call was tampered with"; }
exit 0
