#!/bin/sh
# unit.sh ARCH BUILDDIR: the unit tests of tests/unit (decoders and printers
# on fake tracee memory: no ptrace) built for ARCH in its cross build and
# run under qemu-user, or natively where this kernel runs ARCH's binaries
# (i386). Prints each test's verdict and "ARCH unit: N passed, N failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/arch.sh"
[ $# = 2 ] || { echo "usage: $0 ARCH BUILDDIR" >&2; exit 2; }
arch=$1 build=$2
qemu_arch "$arch"
tests="test_print test_fd test_proc test_time test_net test_ioctl test_ipc test_outfmt"
if ! (cd "$build" && make -j2 $(for t in $tests; do printf 'tests/unit/%s ' "$t"; done)) > "$build/unit-make.log" 2>&1; then
	tail -n 30 "$build/unit-make.log" >&2
	echo "$arch unit: 0 passed, 1 failed"
	exit 1
fi
case $arch in
i386) user=qemu-i386-static ;;
*) user=qemu-$arch-static ;;
esac
# natively when the kernel runs it (the first test answers), else qemu-user
runner=
if ! "$build/tests/unit/test_print" > /dev/null 2>&1; then
	command -v "$user" > /dev/null ||
		{ echo "$arch unit: no $user (apt-get install qemu-user-static)" >&2; echo "$arch unit: 0 passed, 1 failed"; exit 1; }
	runner=$user
fi
pass=0 fail=0
for t in $tests; do
	if $runner "$build/tests/unit/$t" > "$build/$t.log" 2>&1; then
		pass=$((pass + 1)); echo "PASS: $arch unit $t ($(grep -c '^ok' "$build/$t.log") checks${runner:+, $runner})"
	else
		fail=$((fail + 1)); echo "FAIL: $arch unit $t"; grep -v '^ok' "$build/$t.log" | tail -n 20
	fi
done
echo "$arch unit: $pass passed, $fail failed"
[ "$fail" = 0 ]
