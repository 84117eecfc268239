# The integration tests of tests/integration/, in POSIX sh for the VM's
# busybox. Each test_NAME runs in its own empty directory (the cwd), with
# what the runner sets: XSTRACE (the tracer), P (the directory of the test
# programs, native or the compat arch's), PROG_ARCH (their arch),
# COMPAT_SET (set for the compat arch's programs), XSTRACE_FORCE_REGS and
# MASK_ARG0 (checks.sh, view). It returns on success and calls fail (exit
# 1) otherwise. The self-printing programs (tests/prog) print the lines
# the trace must hold.

# the trace as the program's lines can say it: for another arch's programs
# (COMPAT_SET), without strace's personality line
trace_of() {
	if [ -n "${COMPAT_SET:-}" ]; then strip_personality < "$1"; else cat "$1"; fi
}

# openat ENOENT; write/read/close of binary bytes: exact lines
test_file_io() {
	"$XSTRACE" -o trace -e trace=openat,read,write,close "$P/file_io" "$PWD/data" > expected ||
		fail "exit status $?"
	# the loader's calls come first, the program's own stdout write last
	# (told by its text, as its fd may be masked: see view)
	sed -n '/nonexistent\/xstrace-test/,$p' trace | grep -v '^+++' |
		grep -Ev '^write\([^,]*, "openat\(AT_FDCWD' > got
	exact expected got
}

# -s cuts strings (not paths), "..." after the quote
test_long_string() {
	"$XSTRACE" -o trace -e trace=write,openat "$P/long_string" > expected || fail "exit status $?"
	grep -E '^write\([^,]*, "0123456789|^openat.*nonexistent' trace > got
	exact expected got
	"$XSTRACE" -s 5 -o trace5 -e trace=write "$P/long_string" > /dev/null
	want=$(echo 'write(3, "01234"..., 46) = 46' | view)
	squeeze < trace5 | view | grep -qxF "$want" || { cat trace5 >&2; fail "-s 5"; }
}

# the command's exit status is xstrace's; the exit line says it
test_exit_status() {
	"$XSTRACE" -o trace -e trace=exit_group "$P/exit_status" 3 > expected
	rc=$?
	[ "$rc" = 3 ] || fail "exit status $rc, want 3"
	trace_of trace > got
	exact expected got
	"$XSTRACE" -o trace -e trace=exit_group "$P/exit_status" 0 > expected || fail "status 0 run"
	trace_of trace > got
	exact expected got
}

# death by SIGSEGV and SIGKILL, re-raised by xstrace
test_die_signal() {
	"$XSTRACE" -o trace -e trace=none "$P/die_signal" segv > expected
	rc=$?
	[ "$rc" = 139 ] || fail "segv: exit status $rc, want 139"
	trace_of trace > got
	exact expected got
	"$XSTRACE" -o trace -e trace=kill "$P/die_signal" kill > expected
	rc=$?
	[ "$rc" = 137 ] || fail "kill: exit status $rc, want 137"
	trace_of trace > got
	exact expected got
}

# a signal delivered to a handler: the signal line, then rt_sigreturn (the
# old sigreturn on i386 and arm: the program knows which).
test_signal_handler() {
	"$XSTRACE" -o trace -e trace=kill,rt_sigreturn,sigreturn "$P/signal_handler" > expected || fail "exit status $?"
	trace_of trace | grep -v '^+++' > got
	exact expected got
}

# fork + wait4 under -f: child exit, SIGCHLD, wait4 status, pid prefixes
test_fork_wait() {
	"$XSTRACE" -f -o trace "$P/fork_wait" > expected 2> expected_sigchld || fail "exit status $?"
	per_pid expected trace
	grep -Eqv '^[0-9]+ +' trace && { cat trace >&2; fail "line without pid prefix"; }
	squeeze < trace | cpu_times > squeezed
	cpu_times < expected_sigchld > sigchld
	grep -qxF -f sigchld squeezed ||
		{ cat expected_sigchld >&2; echo "--- trace:" >&2; cat trace >&2; fail "no SIGCHLD line"; }
}

# -ff -o FILE: FILE.PID per process, no pid prefixes
test_ff_files() {
	"$XSTRACE" -ff -o out "$P/fork_wait" > expected 2> expected_sigchld || fail "exit status $?"
	n=$(ls out.* | wc -l)
	[ "$n" = 2 ] || fail "want 2 files, got $n: $(ls)"
	for pid in $(sed -E 's/^\[pid ([0-9]+)\].*/\1/' expected | sort -u); do
		[ -f "out.$pid" ] || fail "no out.$pid"
		grep "^\[pid $pid\]" expected | sed -E 's/^\[pid [0-9]+\] //' > "exp.$pid"
		in_order "exp.$pid" "out.$pid"
	done
	grep -l -E '^\[pid|^[0-9]+ ' out.* && fail "pid prefix in -ff file"
	sed -E 's/^\[pid [0-9]+\] //' expected_sigchld | cpu_times > sigchld
	cat out.* | cpu_times | grep -qxF -f sigchld || { cat sigchld out.* >&2; fail "no SIGCHLD line"; }
}

# -p attaches, SIGINT detaches, the process runs on (TCG is slow: the
# waits are longer than tests/integration's)
test_attach_detach() {
	"$P/sleeper" > ticks &
	victim=$!
	sleep 1
	"$XSTRACE" -o trace -p "$victim" 2> msgs &
	tracer=$!
	sleep 2
	kill -INT "$tracer"
	wait "$tracer"
	rc=$?
	# as strace does: detach, then die of the signal (128 + SIGINT)
	[ "$rc" = 130 ] || { cat msgs >&2; fail "xstrace exit status $rc after SIGINT"; }
	grep -q "xstrace: Process $victim attached$" msgs || { cat msgs >&2; fail "no attach message"; }
	grep -q "xstrace: Process $victim detached$" msgs || { cat msgs >&2; fail "no detach message"; }
	want=$(echo 'write(1, ".", 1) = 1' | view)
	squeeze < trace | view | grep -qxF "$want" || { cat trace >&2; fail "no write traced"; }
	head -n1 trace | view | grep -Eq '^(restart_syscall\(<\.\.\. resuming interrupted [a-z_0-9]+ \.\.\.>\) += 0|write\((1|A0), |clock_nanosleep(_time64)?\(|nanosleep\()' ||
		{ head -n1 trace >&2; fail "first line after attach"; }
	grep -Ev ' = [0-9]+$| <detached \.\.\.>$' trace >&2 && fail "incomplete line at detach"
	[ "$(tail -c1 trace | od -An -c | tr -d ' ')" = '\n' ] || fail "trace does not end with a newline"
	state=$(proc_state "$victim")
	case $state in T|t) fail "victim left stopped (state $state)" ;; esac
	before=$(wc -c < ticks); sleep 1; after=$(wc -c < ticks)
	kill "$victim"; wait "$victim" 2> /dev/null
	[ "$after" -gt "$before" ] || fail "victim stopped ticking after detach"
}

# SIGSTOP/SIGCONT of a tracee behave as without tracing
test_group_stop() {
	"$XSTRACE" -o trace "$P/sleeper" > ticks &
	tracer=$!
	sleep 1.5
	victim=$(child_of "$tracer")
	[ -n "$victim" ] || fail "no tracee"
	kill -STOP "$victim"
	sleep 1
	state=$(proc_state "$victim")
	[ "$state" = T ] || [ "$state" = t ] || fail "after SIGSTOP: state $state"
	before=$(wc -c < ticks); sleep 1; after=$(wc -c < ticks)
	[ "$after" = "$before" ] || fail "kept ticking while stopped"
	kill -CONT "$victim"
	sleep 1
	before=$(wc -c < ticks); sleep 1; after=$(wc -c < ticks)
	[ "$after" -gt "$before" ] || fail "did not resume after SIGCONT"
	kill "$victim"
	wait "$tracer"
	grep -q '^--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_USER, si_pid=[0-9]*, si_uid=[0-9]*} ---$' trace ||
		{ cat trace >&2; fail "no SIGSTOP line"; }
	grep -q '^--- stopped by SIGSTOP ---$' trace || { cat trace >&2; fail "no stopped line"; }
	grep -q '^--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER' trace || { cat trace >&2; fail "no SIGCONT line"; }
	grep -q '^+++ killed by SIGTERM +++$' trace || { cat trace >&2; fail "no kill line"; }
}

# the syscall-info path asked for is the one taken (-d names it): without
# the knob the kernel's PTRACE_GET_SYSCALL_INFO, with it the registers
test_info_path() {
	"$XSTRACE" -d -o /dev/null "$P/exit_status" 0 > /dev/null 2> debug || fail "exit status $?"
	if [ "${XSTRACE_FORCE_REGS:-}" = 1 ]; then want=PTRACE_GETREGSET; else want=PTRACE_GET_SYSCALL_INFO; fi
	grep -q "syscall stops read with $want\$" debug || { cat debug >&2; fail "$want path not taken"; }
}

# compat programs only: strace's "[ Process PID=N runs in 32 bit mode. ]"
# line, once, in the trace (strace 6 prints it there, at the first syscall
# stop of the new ABI: right after execve's line)
test_personality() {
	# on stderr: -o implies -q, which hides the line (as in strace)
	"$XSTRACE" "$P/signal_handler" > expected 2> trace || fail "exit status $?"
	pid=$(sed -n 's/^kill(\([0-9]*\), .*/\1/p' expected)
	n=$(grep -c 'runs in .* bit mode' trace)
	[ "$n" = 1 ] || { cat trace >&2; fail "want one personality line, got $n"; }
	sed -n 1p trace | grep -q '^execve(' || { cat trace >&2; fail "first line is not execve"; }
	[ "$(sed -n 2p trace)" = "[ Process PID=$pid runs in 32 bit mode. ]" ] ||
		{ cat trace >&2; fail "second line is not '[ Process PID=$pid runs in 32 bit mode. ]'"; }
}

# arm's private calls (0xf0000 + n) named as strace names them, arguments
# as its raw printer prints them; the program prints the lines (its
# results are the kernel's). The startup's own set_tls comes first.
test_arm_private() {
	"$XSTRACE" -o trace "$P/arm_private" > expected || fail "exit status $?"
	[ "$(wc -l < expected)" = 3 ] || fail "the program printed $(wc -l < expected) lines, want 3"
	trace_of trace > got
	in_order expected got
	grep -q '^syscall_0xf000' got && { cat got >&2; fail "a private call left unnamed"; }
	return 0
}

# -e inject / -e fault: the program sees what was injected (a return
# value, an error on the calls when= picks, fault's ENOSYS, a signal, bytes
# poked into its buffer), by PTRACE_SET_SYSCALL_INFO where the kernel has
# it and by the registers of arch/ otherwise (and with the knob)
test_inject() {
	it=$P/inject_target
	"$XSTRACE" -o trace -e inject=write:retval=42:when=2 "$it" retval > out || fail "retval: exit status $?"
	printf 'write 1: 6\nwrite 2: 42\nwrite 3: 6\n' > want
	exact want out
	grep -qE '\) += 42 \(INJECTED\)$' trace || { cat trace >&2; fail "retval: no INJECTED line"; }
	"$XSTRACE" -o trace -e inject=chdir:error=ENOENT:when=2..4+2 "$it" when > out || fail "when: exit status $?"
	printf 'chdir 1: 0\nchdir 2: ENOENT\nchdir 3: 0\nchdir 4: ENOENT\nchdir 5: 0\n' > want
	exact want out
	[ "$(grep -c 'ENOENT (No such file or directory) (INJECTED)$' trace)" = 2 ] || { cat trace >&2; fail "when: want 2 INJECTED lines"; }
	"$XSTRACE" -o trace -e fault=chdir:when=3+ "$it" when > out || fail "fault: exit status $?"
	printf 'chdir 1: 0\nchdir 2: 0\n' > want
	for n in 3 4 5; do echo "chdir $n: Function not implemented" >> want; done
	exact want out
	"$XSTRACE" -o trace -e inject=chdir:signal=SIGUSR1 "$it" signal > out || fail "signal: exit status $?"
	echo 'chdir: 0, SIGUSR1 delivered' > want
	exact want out
	"$XSTRACE" -o trace -e inject=write:poke_enter=@arg2=42424242:when=1 "$it" poke > out || fail "poke: exit status $?"
	echo 'wrote 4, pipe holds 4: BBBB' > want
	exact want out
}

# the tests only one arch's programs have: arch_tests PROGRAMS-ARCH
arch_tests() {
	case $1 in
	arm) echo arm_private ;;
	esac
}

TESTS="file_io long_string exit_status die_signal signal_handler fork_wait ff_files attach_detach group_stop info_path inject"
COMPAT_TESTS="$TESTS personality"
