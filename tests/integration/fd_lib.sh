# Shared by the fd_* integration tests (sourced after tests/lib.sh).

# trace_from EXPECTED TRACE: the trace from the line equal to the first
# expected line on (the dynamic loader's calls come before it), without
# the exit line
trace_from() {
	# (through the environment: awk -v would interpret backslashes)
	FIRST_LINE=$(head -n 1 "$1") awk 'found || $0 == ENVIRON["FIRST_LINE"] { found = 1; print }' "$2" |
		grep -v '^+++'
}

# check_self_printing NAME XSTRACE-OPTIONS... -- PROGRAM ARGS...: the
# program prints the lines xstrace must print for it; compare exactly
check_self_printing() {
	name=$1; shift
	"$XSTRACE" -o "$name.trace" "$@" > "$name.expected" || fail "$name: exit status $?"
	[ -s "$name.expected" ] || fail "$name: the program printed nothing"
	trace_from "$name.expected" "$name.trace" > "$name.got" || true
	exact "$name.expected" "$name.got"
}
