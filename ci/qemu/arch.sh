# Per-arch facts of the QEMU tests, in one place. Sourced by fetch.sh and
# run.sh (qemu_arch ARCH sets the variables below); run as a script,
# `sh ci/qemu/arch.sh ARCH VAR` prints one of them (the Makefile asks for
# the cross triplet this way).
#
#   DEB_ARCH    Debian's name of the arch
#   SUITE       Debian suite to take the kernel and busybox from
#   KERNEL_PKG  the kernel metapackage (it depends on the real image)
#   TRIPLET     the cross compiler's triplet (gcc-TRIPLET, --host=TRIPLET)
#   QEMU        the system emulator, with machine, cpu and memory
#   CONSOLE     the serial console the kernel writes to
#   COMPAT      the arch whose programs this one also runs (personality)
#   ARG0_LOST   set where the kernel's registers cannot give a syscall's
#               first argument at the entry stop: the register-path runs
#               then compare every other part of each line
#               (checks.sh, view)

qemu_arch() {
	COMPAT='' ARG0_LOST=''
	case $1 in
	aarch64)
		DEB_ARCH=arm64 SUITE=bookworm KERNEL_PKG=linux-image-arm64
		TRIPLET=aarch64-linux-gnu CONSOLE=ttyAMA0 COMPAT=arm
		QEMU="qemu-system-aarch64 -M virt -cpu cortex-a57 -m 512" ;;
	arm)
		DEB_ARCH=armhf SUITE=bookworm KERNEL_PKG=linux-image-armmp
		TRIPLET=arm-linux-gnueabihf CONSOLE=ttyAMA0
		QEMU="qemu-system-arm -M virt,highmem=off -cpu cortex-a15 -m 512" ;;
	riscv64)
		# bookworm has no riscv64; the unstable suite has. Its kernels
		# (generic entry) set a0 to -ENOSYS before the entry stop, and
		# user_regs_struct has no orig_a0: only
		# PTRACE_GET_SYSCALL_INFO knows the first argument
		DEB_ARCH=riscv64 SUITE=sid KERNEL_PKG=linux-image-riscv64
		TRIPLET=riscv64-linux-gnu CONSOLE=ttyS0 ARG0_LOST=1
		QEMU="qemu-system-riscv64 -M virt -bios default -m 512" ;;
	i386)
		DEB_ARCH=i386 SUITE=bookworm KERNEL_PKG=linux-image-686
		TRIPLET=i686-linux-gnu CONSOLE=ttyS0
		QEMU="qemu-system-i386 -M pc -m 512" ;;
	*)
		echo "unknown arch '$1' (aarch64, arm, riscv64, i386)" >&2
		return 1 ;;
	esac
}

# Where downloads are kept between runs: XSTRACE_QEMU_CACHE, else the XDG
# cache (CI may keep it); created when missing, and a temporary directory
# where it cannot be.
qemu_cache_dir() {
	d=${XSTRACE_QEMU_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/xstrace-qemu}
	mkdir -p "$d" 2> /dev/null && [ -w "$d" ] || d=${TMPDIR:-/tmp}/xstrace-qemu-cache
	mkdir -p "$d" && echo "$d"
}

# As a script: print one variable.
case $0 in
*arch.sh)
	[ $# = 2 ] || { echo "usage: $0 ARCH VAR" >&2; exit 2; }
	qemu_arch "$1" || exit 1
	eval "printf '%s\n' \"\$$2\""
	;;
esac
