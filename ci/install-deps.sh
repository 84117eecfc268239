#!/bin/sh
# Installs what building and testing xstrace needs on Debian 12.
# strace is the oracle of the differential tests (procps: pgrep for the
# -I tests, groff-base: the man page lint); clang checks that the
# code builds warning-free with a second compiler.
set -e
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends \
	build-essential autoconf automake gperf python3 pkg-config \
	libunwind-dev strace clang xz-utils groff-base git iproute2 procps > /dev/null
# cross builds and the QEMU system tests (make check-qemu)
$SUDO apt-get install -y -qq --no-install-recommends \
	gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf gcc-riscv64-linux-gnu \
	gcc-i686-linux-gnu libc6-dev-arm64-cross libc6-dev-armhf-cross \
	libc6-dev-riscv64-cross libc6-dev-i386-cross \
	qemu-system-arm qemu-system-misc qemu-system-x86 qemu-user-static cpio > /dev/null
