# runner.sh: the test suite inside the VM (busybox sh). Runs every test of
# tests.sh for the native programs and, where the initramfs has them, the
# compat arch's programs (personality), each once with
# PTRACE_GET_SYSCALL_INFO ("info") and once with XSTRACE_FORCE_REGS=1
# ("regs"). Prints one line per test, a failing test's messages prefixed
# with "| ", and a closing summary; run.sh reads them from the console:
#   XSTRACE-QEMU-RESULT PASS|FAIL PROGRAMS-ARCH info|regs TEST
#   XSTRACE-QEMU-SUMMARY passed=N failed=N
# From the kernel command line: XSTRACE_QEMU_TESTS picks tests by name
# (comma separated), XSTRACE_QEMU_REPEAT runs each that many times (to
# catch a flaky one).
here=$(dirname "$0")
. "$here/tests.sh"
export XSTRACE=$here/bin/xstrace
limit=${XSTRACE_QEMU_TEST_TIMEOUT:-120}
passed=0 failed=0
only=$(echo "${XSTRACE_QEMU_TESTS:-}" | tr , ' ')

# run ARCH PROGDIR COMPAT MODE TESTS...
run() {
	progs=$1 P=$2 COMPAT_SET=$3 mode=$4; shift 4
	PROG_ARCH=$progs MASK_ARG0=
	if [ "$mode" = regs ]; then
		export XSTRACE_FORCE_REGS=1
		if [ -f "$here/arg0_lost" ] && [ -z "$COMPAT_SET" ]; then
			MASK_ARG0=1
			echo "XSTRACE-QEMU-NOTE $progs $mode: the kernel's registers lose the first argument at syscall entry; it is not compared"
		fi
	else
		unset XSTRACE_FORCE_REGS
	fi
	export P COMPAT_SET PROG_ARCH MASK_ARG0
	for t in $(for name in "$@"; do seq "${XSTRACE_QEMU_REPEAT:-1}" | sed "s/.*/$name/"; done); do
		case " ${only:-$t} " in *" $t "*) ;; *) continue ;; esac
		if timeout "$limit" sh "$here/one.sh" "$t" > /tmp/log 2>&1; then
			passed=$((passed + 1)); verdict=PASS
		else
			failed=$((failed + 1)); verdict=FAIL
		fi
		echo "XSTRACE-QEMU-RESULT $verdict $progs $mode $t"
		[ $verdict = PASS ] || sed 's/^/| /' /tmp/log
	done
}

for mode in info regs; do
	run "$(cat "$here/name")" "$here/prog" "" $mode $TESTS $(arch_tests "$(cat "$here/name")")
	if [ -d "$here/compat/prog" ]; then
		run "$(cat "$here/compat/name")" "$here/compat/prog" 1 $mode $COMPAT_TESTS \
			$(arch_tests "$(cat "$here/compat/name")")
	fi
done
echo "XSTRACE-QEMU-SUMMARY passed=$passed failed=$failed"
[ "$failed" = 0 ]
