#!/bin/sh
# The README's first command: install the dependencies, build xstrace,
# and trace a real command with it.
set -e
cd "$(dirname "$0")/.."
sh ci/install-deps.sh
./bootstrap
./configure
make -j"$(nproc)"
./xstrace ls /
