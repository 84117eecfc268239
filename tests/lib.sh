# Shared helpers of the shell tests. Environment from make check:
# XSTRACE (the binary), TESTS_BIN (built test programs), STRACE_ORACLE,
# srcdir. Exit codes follow automake: 0 pass, 1 fail, 77 skip.

set -u
: "${XSTRACE:=$PWD/xstrace}"
: "${TESTS_BIN:=$PWD/tests}"
: "${STRACE_ORACLE:=}"
T=$(mktemp -d "${TMPDIR:-/tmp}/xstrace-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 99

fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }
prog() { echo "$TESTS_BIN/prog/$1"; }

need_oracle() {
	[ -n "$STRACE_ORACLE" ] && [ -x "$STRACE_ORACLE" ] || skip "no distro strace to compare with"
}

# Squeeze the alignment padding before " = " so that lines compare on
# content (the padding itself is checked by the exact tests).
squeeze() {
	sed -E 's/\) +=/) =/; s/^([0-9]+) +/[pid \1] /' | join_resumed
}

# Glue each "<unfinished ...>" line to its "<... NAME resumed>" line of
# the same pid, so that a call interrupted by another tracee's line reads
# as one line.
join_resumed() {
	awk '{
		pfx = ""
		if (match($0, /^\[pid +[0-9]+\] /)) pfx = substr($0, 1, RLENGTH)
		rest = substr($0, length(pfx) + 1)
		if (rest ~ / <unfinished \.\.\.>$/) {
			open[pfx] = substr(rest, 1, length(rest) - length(" <unfinished ...>"))
			next
		}
		if ((pfx in open) && match(rest, /^<\.\.\. [a-z0-9_]+ resumed>/)) {
			rest = open[pfx] substr(rest, RLENGTH + 1)
			delete open[pfx]
			sub(/\) +=/, ") =", rest)
		}
		print pfx rest
	}'
}

# CPU times in siginfo depend on the machine's load: compare them as T
mask_times() { sed -E 's/(si_[us]time)=[0-9]+( \/\* [0-9.]+ s \*\/)?/\1=T/g'; }

# exact EXPECTED ACTUAL: files equal, with a diff on failure
exact() {
	if ! cmp -s "$1" "$2"; then
		diff -u "$1" "$2" >&2
		fail "output differs from expected ($1 vs $2)"
	fi
}

# in_order EXPECTED ACTUAL: every expected line appears in the trace, in
# order, after squeezing padding.
in_order() {
	squeeze < "$1" > "$T/.exp"
	squeeze < "$2" > "$T/.act"
	awk 'NR == FNR { want[++n] = $0; next }
	     i < n && $0 == want[i + 1] { i++ }
	     END { if (i < n) { print "missing from trace: " want[i + 1] > "/dev/stderr"; exit 1 } }' \
		"$T/.exp" "$T/.act" || { echo "--- trace:" >&2; cat "$2" >&2; fail "expected lines missing"; }
}

# Normalise what differs between two runs of the same command: pids,
# addresses, random bytes, times.
normalise() {
	sed -E \
		-e 's/^\[pid +[0-9]+\]/[pid PID]/' \
		-e 's/^[0-9]+ +/PID /' \
		-e 's/0x[0-9a-f]+/0xADDR/g' \
		-e 's/(si_pid|si_uid)=[0-9]+/\1=N/g' \
		-e 's/(set_tid_address|getpid|gettid|getppid|fork|vfork|clone|clone3|wait4)\((.*)\) += [0-9]+$/\1(\2) = PID/' \
		-e 's/(wait4|kill|tgkill|tkill)\([0-9]+/\1(PID/' \
		-e 's/getrandom\("[^"]*"/getrandom("RANDOM"/' \
		-e 's/Process [0-9]+/Process PID/' \
		-e 's/PID=[0-9]+/PID=PID/'
}
