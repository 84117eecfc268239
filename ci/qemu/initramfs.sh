#!/bin/sh
# initramfs.sh ARCH BUILDDIR OUT [COMPAT_ARCH COMPAT_BUILDDIR]: the test
# VM's initramfs (cpio newc, uncompressed) at OUT: busybox (from the
# cache, see fetch.sh), /init, the static xstrace of BUILDDIR, its test
# programs, and the in-VM runner; with COMPAT_*, also the test programs of
# the compat arch (the arm programs an aarch64 xstrace must trace).
# Binaries are stripped: only the bytes QEMU must load matter here.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/arch.sh"
[ $# = 3 ] || [ $# = 5 ] || { echo "usage: $0 ARCH BUILDDIR OUT [COMPAT_ARCH COMPAT_BUILDDIR]" >&2; exit 2; }
arch=$1 build=$2 out=$3
qemu_arch "$arch"
progs="file_io long_string exit_status die_signal signal_handler fork_wait sleeper arm_private inject_target"

root=$(mktemp -d "${TMPDIR:-/tmp}/xstrace-initramfs.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/bin" "$root/dev" "$root/proc" "$root/sys" "$root/tmp" "$root/xstrace/bin" "$root/xstrace/prog"

# put_static TRIPLET FILE DEST: a static binary, stripped
put_static() {
	[ -x "$2" ] || { echo "initramfs: $2 missing (built with --enable-static?)" >&2; exit 1; }
	if command -v "$1-readelf" > /dev/null && "$1-readelf" -l "$2" | grep -q INTERP; then
		echo "initramfs: $2 is not static: configure with --enable-static" >&2; exit 1
	fi
	if command -v "$1-strip" > /dev/null; then "$1-strip" -o "$3" "$2"; else cp "$2" "$3"; fi
}

cp "$(qemu_cache_dir)/$arch/busybox" "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
cp "$here/init" "$root/init"
echo "$arch" > "$root/xstrace/name"
[ -z "$ARG0_LOST" ] || : > "$root/xstrace/arg0_lost"
cp "$here/runner.sh" "$here/one.sh" "$here/tests.sh" "$here/checks.sh" "$root/xstrace/"
chmod 755 "$root/init" "$root/bin/busybox"
put_static "$TRIPLET" "$build/xstrace" "$root/xstrace/bin/xstrace"
for p in $progs; do put_static "$TRIPLET" "$build/tests/prog/$p" "$root/xstrace/prog/$p"; done
if [ $# = 5 ]; then
	qemu_arch "$4"
	mkdir -p "$root/xstrace/compat/prog"
	echo "$4" > "$root/xstrace/compat/name"
	for p in $progs; do put_static "$TRIPLET" "$5/tests/prog/$p" "$root/xstrace/compat/prog/$p"; done
fi
(cd "$root" && find . | LC_ALL=C sort | cpio --quiet -o -H newc -R 0:0) > "$out"
