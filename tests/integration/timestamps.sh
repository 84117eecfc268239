# -t, -tt, -ttt, -r, -T and their long forms: the shapes strace prints.
. "$srcdir/tests/lib.sh"
run() { "$XSTRACE" "$@" -o trace -e trace=close "$(prog file_io)" "$T/data" > /dev/null || fail "$*: exit status"; }
want() { # regex for every close line
	grep '^.*close(' trace > lines
	[ -s lines ] || fail "no close lines"
	grep -Ev "$1" lines && fail "line not of the form $1"
	return 0
}
run -t; want '^[0-9]{2}:[0-9]{2}:[0-9]{2} close\([0-9]+\) += 0$'
run -tt; want '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} close'
run -ttt; want '^[0-9]{10}\.[0-9]{6} close'
run --timestamps=format:unix,precision:ms; want '^[0-9]{10}\.[0-9]{3} close'
run --absolute-timestamps=ns; want '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9} close'
run -r; want '^ {5}[0-9]\.[0-9]{6} close'
run --relative-timestamps=ms; want '^ {5}[0-9]\.[0-9]{3} close'
run -t -r; want '^[0-9]{2}:[0-9]{2}:[0-9]{2} \(\+ {5}[0-9]\.[0-9]{6}\) close'
run -T; want '^close\([0-9]+\) += 0 <0\.[0-9]{6}>$'
run --syscall-times=ns; want '^close\([0-9]+\) += 0 <0\.[0-9]{9}>$'
# -T times the call: a 200 ms nanosleep takes at least that long
"$XSTRACE" -T -o trace -e trace=nanosleep,clock_nanosleep sleep 0.2 || fail "sleep"
grep -Eq '<0\.(19[5-9]|[2-9][0-9][0-9])[0-9]*>$' trace || { cat trace; fail "-T did not measure the sleep"; }
exit 0
