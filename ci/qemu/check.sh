#!/bin/sh
# check.sh SRCDIR TOPDIR [ARCH...]: for each ARCH (default: aarch64 arm
# riscv64 i386), a static cross build in TOPDIR/ARCH (build.sh) and the
# integration suite on that arch's kernel in QEMU (run.sh), and the unit
# tests under qemu-user (unit.sh); an arch with a
# compat arch (aarch64: arm) also runs that one's programs, which are
# built for it too. Ends with one line
# "qemu: N passed, N failed" summed over the arches; exits non-zero if any
# build or suite failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 2 ] || { echo "usage: $0 SRCDIR TOPDIR [ARCH...]" >&2; exit 2; }
src=$1 top=$2; shift 2
[ $# -gt 0 ] || set -- aarch64 arm riscv64 i386
mkdir -p "$top"
pass=0 fail=0 built=
summary=

# build_once ARCH: build.sh, once per run; 0 if built
build_once() {
	case " $built " in *" $1 "*) return 0 ;; esac
	echo "=== qemu: build $1"
	sh "$here/build.sh" "$1" "$src" "$top/$1" || return 1
	built="$built $1"
}

for arch in "$@"; do
	start=$(date +%s)
	compat=
	if ! build_once "$arch"; then
		fail=$((fail + 1)); summary="$summary
$arch: build failed"; continue
	fi
	other=$(sh "$here/arch.sh" "$arch" COMPAT)
	if [ -n "$other" ]; then
		if build_once "$other"; then compat=$top/$other; else fail=$((fail + 1)); fi
	fi
	# the unit tests, built for this arch and run under qemu-user
	sh "$here/unit.sh" "$arch" "$top/$arch" > "$top/$arch-unit.log" 2>&1
	cat "$top/$arch-unit.log"
	uline=$(grep -E "^$arch unit: [0-9]+ passed, [0-9]+ failed$" "$top/$arch-unit.log" | tail -n1)
	up=$(echo "$uline" | sed -nE 's/.*: ([0-9]+) passed.*/\1/p')
	uf=$(echo "$uline" | sed -nE 's/.* ([0-9]+) failed$/\1/p')
	pass=$((pass + ${up:-0})); fail=$((fail + ${uf:-1}))
	echo "=== qemu: run $arch${compat:+ (with $other programs)}"
	sh "$here/run.sh" "$arch" "$top/$arch" $compat > "$top/$arch.log" 2>&1
	cat "$top/$arch.log"
	line=$(grep -E "^$arch: [0-9]+ passed, [0-9]+ failed$" "$top/$arch.log" | tail -n1)
	p=$(echo "$line" | sed -nE 's/.*: ([0-9]+) passed.*/\1/p')
	f=$(echo "$line" | sed -nE 's/.* ([0-9]+) failed$/\1/p')
	pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))
	summary="$summary
$arch: ${p:-0} passed, ${f:-1} failed, $(($(date +%s) - start))s with its build"
	# run.sh's counts per program set and syscall-info path, indented
	sets=$(grep -E '^  [a-z0-9_]+ (info|regs): [0-9]+ passed, [0-9]+ failed$' "$top/$arch.log" |
		sed -E 's/^  ([a-z0-9_]+) (info|regs): ([0-9]+) passed, ([0-9]+) failed$/\1 programs, \2 path: \3 passed, \4 failed/')
	[ -z "$sets" ] || summary="$summary
$(printf '%s\n' "$sets" | sed 's/^/  /')"
	summary="$summary
  unit tests (qemu-user or native): ${up:-0} passed, ${uf:-1} failed"
done
echo "=== qemu: per arch$summary"
echo "qemu: $pass passed, $fail failed"
[ "$fail" = 0 ]
