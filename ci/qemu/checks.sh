# Comparison helpers of the in-VM tests (busybox sh, POSIX only): the same
# checks as tests/lib.sh, without bash.

fail() { echo "FAIL: $*" >&2; exit 1; }

# view: the lines as the comparisons see them. With MASK_ARG0 set (a
# register path that cannot know the first argument: riscv64 kernels with
# generic entry overwrite a0 with -ENOSYS before the entry stop and offer
# no regset holding orig_a0), every call's first argument reads A0, and
# the padding before " = " is squeezed since the lengths changed.
view() {
	if [ -n "${MASK_ARG0:-}" ]; then
		sed -E 's/^((\[pid +[0-9]+\] |[0-9]+ +)?[a-z_0-9]+\()[^<,)][^,)]*/\1A0/; s/\) +=/) =/'
	else
		cat
	fi
}

# exact EXPECTED ACTUAL: files equal (as view sees them), with a diff on
# failure
exact() {
	view < "$1" > .exp
	view < "$2" > .act
	if ! cmp -s .exp .act; then
		diff -u .exp .act >&2
		fail "output differs from expected ($1 vs $2)"
	fi
}

# Squeeze the alignment padding before " = " and turn -f's "PID   "
# prefix into "[pid PID] ", so lines compare on content.
squeeze() {
	sed -E 's/\) +=/) =/; s/^([0-9]+) +/[pid \1] /' | join_resumed
}

# Glue each "<unfinished ...>" line to the "<... NAME resumed>" line of the
# same pid.
join_resumed() {
	awk '{
		pfx = ""
		if (match($0, /^\[pid +[0-9]+\] /)) pfx = substr($0, 1, RLENGTH)
		rest = substr($0, length(pfx) + 1)
		if (rest ~ / <unfinished \.\.\.>$/) {
			held[pfx] = substr(rest, 1, length(rest) - length(" <unfinished ...>"))
			next
		}
		if ((pfx in held) && match(rest, /^<\.\.\. [a-z0-9_]+ resumed>/)) {
			rest = held[pfx] substr(rest, RLENGTH + 1)
			delete held[pfx]
			sub(/\) +=/, ") =", rest)
		}
		print pfx rest
	}'
}

# in_order EXPECTED ACTUAL: every expected line appears in the trace, in
# order, after squeezing.
in_order() {
	squeeze < "$1" | view > .exp
	squeeze < "$2" | view > .act
	awk 'NR == FNR { want[++n] = $0; next }
	     i < n && $0 == want[i + 1] { i++ }
	     END { if (i < n) { print "missing from trace: " want[i + 1] > "/dev/stderr"; exit 1 } }' \
		.exp .act || { echo "--- trace:" >&2; cat "$2" >&2; fail "expected lines missing"; }
}

# per_pid EXPECTED TRACE: in_order for each pid's lines on their own (the
# kernel orders two processes' lines freely)
per_pid() {
	squeeze < "$2" > .sq
	for pid in $(sed -E 's/^\[pid ([0-9]+)\].*/\1/' "$1" | sort -u); do
		grep "^\[pid $pid\]" "$1" > "exp.$pid"
		grep "^\[pid $pid\]" .sq > "act.$pid"
		in_order "exp.$pid" "act.$pid"
	done
}

# child_of PID: the pid of a child of PID (busybox may lack pgrep)
child_of() {
	parent=$1
	for s in /proc/[0-9]*/stat; do
		st=$(cat "$s" 2> /dev/null) || continue
		set -- ${st##*) }
		[ "${2:-}" = "$parent" ] && { s=${s#/proc/}; echo "${s%/stat}"; return; }
	done
}

# strip_personality: drop strace's "[ Process PID=N runs in 32 bit mode. ]"
# lines, which the programs do not print (the personality test checks them)
strip_personality() {
	grep -Ev '^(\[pid +[0-9]+\] |[0-9]+ +)?\[ Process PID=[0-9]+ runs in (32|64) bit mode\. \]$'
}

# cpu_times: the child's CPU times of a SIGCHLD line as T: the programs
# print 0, but under TCG a child's exit can take a tick (si_stime=1)
cpu_times() {
	sed -E 's/, si_utime=.*\} ---$/, si_utime=T, si_stime=T} ---/'
}

# proc_state PID: the one-letter state of /proc/PID/stat
proc_state() {
	sed -E 's/.*\) (.).*/\1/' "/proc/$1/stat"
}
