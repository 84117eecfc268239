# Shared by the differential tests: trace the same command with the distro
# strace and with xstrace, normalise, and compare line for line.
# usage: . run_diff.sh; compare_with_strace [OPTIONS --] COMMAND ARGS...
compare_with_strace() {
	need_oracle
	opts=()
	if printf '%s\n' "$@" | grep -qx -- '--'; then
		while [ "$1" != -- ]; do opts+=("$1"); shift; done
		shift
	fi
	"$STRACE_ORACLE" "${opts[@]}" -o strace.out "$@" > cmd.out 2>&1
	src=$?
	"$XSTRACE" "${opts[@]}" -o xstrace.out "$@" > cmd.out 2>&1
	xrc=$?
	[ "$src" = "$xrc" ] || fail "exit status: strace $src, xstrace $xrc"
	mode=
	case " ${opts[*]} " in *" -f "*) mode=--per-pid ;; esac
	python3 "$srcdir/tests/normalise.py" $mode < strace.out > strace.norm
	python3 "$srcdir/tests/normalise.py" $mode < xstrace.out > xstrace.norm
	if ! cmp -s strace.norm xstrace.norm; then
		diff -u strace.norm xstrace.norm >&2
		fail "xstrace differs from strace for: $*"
	fi
}
