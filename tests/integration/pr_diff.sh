# The pr_* programs traced by strace and by xstrace with the same options.
# Besides what tests/normalise.py evens out, values that differ from one
# run to the next are masked here: child pids in clone's parent_tid and
# waitid's id, CPU times, sysinfo's and times' snapshots, getsid's pid.
. "$srcdir/tests/lib.sh"
need_oracle

volatile() {
	sed -E \
		-e 's/parent_tid=\[[0-9]+\]/parent_tid=[PID]/g' \
		-e 's/(waitid\(P_PID|getsid\()(, )?[0-9]+/\1\2PID/' \
		-e 's/(tv_sec|tv_usec)=[0-9]+/\1=T/g' \
		-e 's/^([^ ]* )?sysinfo\(\{.*\}\)/\1sysinfo({...})/' \
		-e 's/^([^ ]* )?times\(\{.*\}\) += [0-9]+$/\1times({...}) = T/' \
		-e 's/^([^ ]* )?times\((0x[^)]*|NULL)\) += [0-9]+$/\1times(\2) = T/'
}

compare() {
	opts=()
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	"$STRACE_ORACLE" "${opts[@]}" -o strace.out "$@" > strace.stdout 2>&1
	src=$?
	"$XSTRACE" "${opts[@]}" -o xstrace.out "$@" > xstrace.stdout 2>&1
	xrc=$?
	[ "$src" = "$xrc" ] || fail "exit status: strace $src, xstrace $xrc"
	mode=
	case " ${opts[*]} " in *" -f "*) mode=--per-pid ;; esac
	python3 "$srcdir/tests/normalise.py" $mode < strace.out | volatile > strace.norm
	python3 "$srcdir/tests/normalise.py" $mode < xstrace.out | volatile > xstrace.norm
	if ! cmp -s strace.norm xstrace.norm; then
		diff -u strace.norm xstrace.norm >&2
		fail "xstrace differs from strace for: ${opts[*]} $*"
	fi
}

# (the programs' own output holds pids: its write is left out)
compare -e trace='!write' -- "$(prog pr_mem)"
compare -e trace='!write' -- "$(prog pr_proc)"
compare -f -e trace='!write' -- "$(prog pr_proc)"
compare -e trace='!write' -- "$(prog pr_info)"
compare -s 4 -e trace='!write' -- "$(prog pr_info)"
exit 0
