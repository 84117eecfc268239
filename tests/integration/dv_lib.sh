# Shared by the dv_* tests (sourced after tests/lib.sh).
# dv_check TRACER NAME OPTIONS... -- PROGRAM ARGS...: the program prints
# the lines the tracer must print for it; from the first of them on, the
# trace must be exactly those lines. Run with xstrace, and with the distro
# strace where it is there, so that the expectations are strace's own.
dv_check() {
	tracer=$1 name=$2
	shift 2
	opts=()
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	"$tracer" "${opts[@]}" -o "$name.trace" "$@" > "$name.expected" || fail "$name: exit status $?"
	[ -s "$name.expected" ] || fail "$name: the program printed nothing"
	FIRST_LINE=$(head -n 1 "$name.expected") \
		awk 'found || $0 == ENVIRON["FIRST_LINE"] { found = 1; print }' "$name.trace" |
		grep -v '^+++' > "$name.got" || true
	exact "$name.expected" "$name.got"
}
