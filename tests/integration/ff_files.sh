# -ff -o FILE writes FILE.PID per process, without pid prefixes.
. "$srcdir/tests/lib.sh"
"$XSTRACE" -ff -o out "$(prog fork_wait)" > expected 2> expected_sigchld || fail "exit status $?"
n=$(ls out.* | wc -l)
[ "$n" = 2 ] || fail "want 2 files, got $n: $(ls)"
for pid in $(sed -E 's/^\[pid ([0-9]+)\].*/\1/' expected | sort -u); do
	[ -f "out.$pid" ] || fail "no out.$pid"
	grep "^\[pid $pid\]" expected | sed -E 's/^\[pid [0-9]+\] //' > "exp.$pid"
	in_order "exp.$pid" "out.$pid"
done
grep -l '^\[pid\|^[0-9]\+ ' out.* && fail "pid prefix in -ff file"
# the SIGCHLD line, without its prefix, in the parent's file
cat out.* | mask_times | grep -qxF -e "$(sed -E 's/^\[pid [0-9]+\] //' expected_sigchld | mask_times)" || fail "no SIGCHLD line"
exit 0
