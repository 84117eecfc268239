#!/bin/sh
# Installs what building and testing xstrace needs on Debian 12.
# strace is the oracle of the differential tests; clang checks that the
# code builds warning-free with a second compiler.
set -e
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends \
	build-essential autoconf automake gperf python3 pkg-config \
	libunwind-dev strace clang xz-utils groff-base git > /dev/null
