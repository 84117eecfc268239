#!/bin/sh
# fetch.sh ARCH: Debian's kernel and busybox-static for ARCH, into the
# cache (see arch.sh): CACHE/ARCH/vmlinuz and CACHE/ARCH/busybox. Only
# those two files are kept; nothing is installed and the host's apt setup
# is untouched (apt runs with private lists, cache, status and sources).
# A second run with both files present does nothing, offline.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/arch.sh"
[ $# = 1 ] || { echo "usage: $0 ARCH" >&2; exit 2; }
arch=$1
qemu_arch "$arch"
out=$(qemu_cache_dir)/$arch
[ -s "$out/vmlinuz" ] && [ -s "$out/busybox" ] && exit 0
mkdir -p "$out"
mirror=${XSTRACE_DEBIAN_MIRROR:-http://deb.debian.org/debian}

apt=$(mktemp -d "${TMPDIR:-/tmp}/xstrace-apt.XXXXXX")
trap 'rm -rf "$apt"' EXIT
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/parts" "$apt/debs"
: > "$apt/status"
cat > "$apt/sources.list" <<EOF
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $SUITE main
EOF
APT_OPTS="-q -oAPT::Architecture=$DEB_ARCH -oAPT::Architectures=$DEB_ARCH
 -oDir::State::Lists=$apt/lists -oDir::Cache=$apt/cache
 -oDir::State::status=$apt/status -oDir::Etc::SourceList=$apt/sources.list
 -oDir::Etc::SourceParts=$apt/parts -oAcquire::Languages=none"

# apt-get update may exit non-zero for an unrelated index: what counts is
# that the packages resolve afterwards.
echo "fetch $arch: $SUITE/$DEB_ARCH index"
apt-get $APT_OPTS update > "$apt/update.log" 2>&1 || true

# pkg_show PKG FIELD: a field of the newest candidate
pkg_field() {
	apt-cache $APT_OPTS show --no-all-versions "$1" 2>/dev/null | sed -n "s/^$2: //p" | head -n1
}
pkg_field busybox-static Package | grep -q . ||
	{ cat "$apt/update.log" >&2; echo "fetch $arch: busybox-static does not resolve" >&2; exit 1; }

# The kernel metapackage depends on the versioned image, which may in turn
# depend on the package holding the binary (linux-binary-* in newer
# suites): follow linux-image-*/linux-binary-* dependencies.
kernel_pkgs() {
	todo=$1 seen=
	while [ -n "$todo" ]; do
		set -- $todo; p=$1; shift; todo="$*"
		case " $seen " in *" $p "*) continue ;; esac
		seen="$seen $p"
		echo "$p"
		for d in $(pkg_field "$p" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*//; s/:.*//'); do
			case $d in linux-image-*|linux-binary-*) todo="$todo $d" ;; esac
		done
	done
}
pkgs=$(kernel_pkgs "$KERNEL_PKG")
[ -n "$(pkg_field "$KERNEL_PKG" Package)" ] ||
	{ cat "$apt/update.log" >&2; echo "fetch $arch: $KERNEL_PKG does not resolve" >&2; exit 1; }

echo "fetch $arch: download busybox-static" $pkgs
(cd "$apt/debs" && apt-get $APT_OPTS download busybox-static $pkgs > "$apt/download.log" 2>&1) ||
	{ cat "$apt/download.log" >&2; exit 1; }

# extract_one DEB PATTERN DEST: the first member matching PATTERN (a grep
# -E regex over the tar listing), alone, to DEST
extract_one() {
	member=$(dpkg-deb --fsys-tarfile "$1" | tar -t | grep -E "$2" | head -n1) || true
	[ -n "$member" ] || return 1
	dpkg-deb --fsys-tarfile "$1" | tar -x -O "$member" > "$3.tmp" && mv "$3.tmp" "$3"
}
extract_one "$apt"/debs/busybox-static_*.deb '^\./(usr/)?bin/busybox$' "$out/busybox" ||
	{ echo "fetch $arch: no busybox in busybox-static" >&2; exit 1; }
chmod 755 "$out/busybox"
found=
for deb in "$apt"/debs/linux-*.deb; do
	if extract_one "$deb" '^\./(boot/vmlinu[xz]-[^/]*|usr/lib/modules/[^/]*/vmlinu[xz])$' "$out/vmlinuz"; then
		found=$deb; break
	fi
done
[ -n "$found" ] || { echo "fetch $arch: no vmlinuz in" $pkgs >&2; exit 1; }
for bb in "$apt"/debs/busybox-static_*.deb; do :; done
echo "$(basename "$found") $(basename "$bb")" > "$out/versions"
echo "fetch $arch: $(cat "$out/versions")"
