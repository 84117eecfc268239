#!/bin/sh
# run.sh ARCH BUILDDIR [COMPAT_BUILDDIR]: the integration suite on a real
# Debian kernel of ARCH in QEMU (TCG). BUILDDIR holds a static cross build
# (configure --host=TRIPLET --enable-static; make; make check TESTS=); for
# aarch64, COMPAT_BUILDDIR is the same for arm, whose programs then run
# under the aarch64 xstrace too. QEMU exits 0 whatever happened inside, so
# the verdict comes from the runner's marker lines on the console.
# Prints each failure with its messages, then "ARCH: N passed, N failed";
# exits 0 only if the suite ran to its end with no failure.
#   XSTRACE_QEMU_TIMEOUT  seconds for the whole VM (default 600)
#   XSTRACE_QEMU_TESTS    only these tests (names from tests.sh)
#   XSTRACE_QEMU_REPEAT   run each test this many times
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/arch.sh"
[ $# = 2 ] || [ $# = 3 ] || { echo "usage: $0 ARCH BUILDDIR [COMPAT_BUILDDIR]" >&2; exit 2; }
arch=$1 build=$(cd "$2" && pwd) compat_build=${3:-}
qemu_arch "$arch" || exit 2
start=$(date +%s)
for tool in ${QEMU%% *} cpio dpkg-deb apt-get timeout; do
	command -v "$tool" > /dev/null || missing="${missing:-} $tool"
done
if [ -n "${missing:-}" ]; then
	echo "$arch: missing:$missing (apt-get install qemu-system-arm qemu-system-misc qemu-system-x86 cpio)"
	echo "$arch: 0 passed, 1 failed"; exit 1
fi

sh "$here/fetch.sh" "$arch" || { echo "$arch: 0 passed, 1 failed (fetch)"; exit 1; }
cache=$(qemu_cache_dir)/$arch
initrd=$build/qemu-initramfs.cpio
log=$build/qemu-console.log
if [ -n "$compat_build" ]; then
	[ -n "$COMPAT" ] || { echo "$arch runs no compat programs" >&2; exit 2; }
	set -- "$COMPAT" "$compat_build"
else
	set --
fi
sh "$here/initramfs.sh" "$arch" "$build" "$initrd" "$@" ||
	{ echo "$arch: 0 passed, 1 failed (initramfs)"; exit 1; }
qemu_arch "$arch"

# the runner's knobs travel as kernel parameters (init's environment)
extra_args() {
	[ -z "${XSTRACE_QEMU_TESTS:-}" ] || printf ' XSTRACE_QEMU_TESTS=%s' "$(echo $XSTRACE_QEMU_TESTS | tr ' ' ,)"
	[ -z "${XSTRACE_QEMU_REPEAT:-}" ] || printf ' XSTRACE_QEMU_REPEAT=%s' "$XSTRACE_QEMU_REPEAT"
}
echo "$arch: booting $(cat "$cache/versions" 2>/dev/null)"
timeout "${XSTRACE_QEMU_TIMEOUT:-600}" $QEMU -accel tcg -nographic -no-reboot \
	-kernel "$cache/vmlinuz" -initrd "$initrd" \
	-append "console=$CONSOLE panic=-1 loglevel=1 rdinit=/init$(extra_args)" \
	< /dev/null 2>&1 | tr -d '\r' > "$log"
secs=$(($(date +%s) - start))

# the verdict, from the marker lines
results=$(grep -a '^XSTRACE-QEMU-RESULT ' "$log")
pass=$(printf '%s\n' "$results" | grep -c ' PASS ')
fail=$(printf '%s\n' "$results" | grep -c ' FAIL ')
grep -a '^XSTRACE-QEMU-NOTE ' "$log" | sed 's/^XSTRACE-QEMU-NOTE /note: /'
# each failure with the lines the runner printed after it
awk '/^XSTRACE-QEMU-RESULT FAIL / { show = 1; print; next }
     /^XSTRACE-QEMU-/ { show = 0 } show && /^\| /' "$log"
# counts per program set and syscall-info path
printf '%s\n' "$results" | awk 'NF >= 5 { k = $3 " " $4; if ($2 == "PASS") p[k]++; else f[k]++; seen[k] = 1 }
	END { for (k in seen) printf "  %s: %d passed, %d failed\n", k, p[k], f[k] }' | sort
if ! grep -aq '^XSTRACE-QEMU-SUMMARY ' "$log"; then
	echo "$arch: the suite did not finish (timeout, crash or boot failure); console tail:"
	tail -n 30 "$log"
	fail=$((fail + 1))
fi
echo "$arch: wall time ${secs}s, console log $log"
echo "$arch: $pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ]
