#!/bin/sh
# build.sh ARCH SRCDIR BUILDDIR: a static cross build of xstrace and its
# test programs for ARCH in BUILDDIR (configure --host=TRIPLET
# --enable-static, make, and the VM's test programs); configures only once.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/arch.sh"
[ $# = 3 ] || { echo "usage: $0 ARCH SRCDIR BUILDDIR" >&2; exit 2; }
arch=$1 src=$(cd "$2" && pwd) build=$3
qemu_arch "$arch"
command -v "$TRIPLET-gcc" > /dev/null ||
	{ echo "build $arch: no $TRIPLET-gcc (apt-get install gcc-$TRIPLET libc6-dev-$DEB_ARCH-cross)" >&2; exit 1; }
mkdir -p "$build"
cd "$build"
if [ ! -f Makefile ]; then
	"$src/configure" -q --host="$TRIPLET" --enable-static > configure.log 2>&1 ||
		{ tail -n 30 configure.log config.log >&2; exit 1; }
fi
# only the test programs the VM runs: others may use host-only syscalls
progs="file_io long_string exit_status die_signal signal_handler fork_wait sleeper arm_private inject_target"
if ! { make -j2 && make -j2 $(for p in $progs; do printf 'tests/prog/%s ' "$p"; done); } > make.log 2>&1; then
	tail -n 40 make.log >&2; exit 1
fi
